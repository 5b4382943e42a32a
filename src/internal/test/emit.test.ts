import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { OsmsElement } from '../osms-element.js';

interface ProbeEvents {
  'probe-said': { word: string };
}

@customElement('osms-emit-probe')
class Probe extends OsmsElement<ProbeEvents> {
  protected renderContent(): unknown {
    return 'probe';
  }

  say(word: string, cancelable = false): boolean {
    return this.emit('probe-said', { word }, cancelable);
  }

  /** Never called: the compiler (npm run typecheck) is the test. */
  misuse(): void {
    // @ts-expect-error an event name the widget does not have
    this.emit('probe-sayd', { word: 'x' });
    // @ts-expect-error a detail of the wrong shape
    this.emit('probe-said', { words: ['x'] });
  }
}

describe('emit()', () => {
  afterEach(() => fixtureCleanup());

  it('dispatches a bubbling, composed event with the detail, out of the shadow root', async () => {
    const host = await fixture<HTMLDivElement>('<div><osms-emit-probe></osms-emit-probe></div>');
    const probe = host.querySelector<Probe>('osms-emit-probe')!;
    const heard: Event[] = [];
    host.addEventListener('probe-said', (event) => heard.push(event));
    expect(probe.say('hello')).to.equal(true);
    expect(heard).to.have.length(1);
    const event = heard[0] as CustomEvent<{ word: string }>;
    expect([event.bubbles, event.composed, event.cancelable, event.detail.word]).to.deep.equal([
      true,
      true,
      false,
      'hello',
    ]);
  });

  it('returns false when a listener cancels a cancelable event', async () => {
    const probe = await fixture<Probe>('<osms-emit-probe></osms-emit-probe>');
    probe.addEventListener('probe-said', (event) => event.preventDefault());
    expect(probe.say('stop', true)).to.equal(false);
    expect(probe.say('stop', false)).to.equal(true);
  });
});
