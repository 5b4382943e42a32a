import { expect } from '@open-wc/testing';
import { DROP_IN, importModule, recordProblems } from '../support/load.js';
import { shadowText } from '../support/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

describe('a site whose own element already holds a generic tag name', () => {
  it('the warning says an unrelated element holds the name, and the recipe of docs/embedding.md registers ours under another name', async () => {
    // The site's own <service-list>, defined before our script.
    class SiteServiceList extends HTMLElement {}
    customElements.define('service-list', SiteServiceList);
    const problems = recordProblems();
    const { ServiceList } = (await importModule(DROP_IN)) as { ServiceList: CustomElementConstructor };
    problems.stop();
    expect(problems.errors).to.deep.equal([]);
    expect(customElements.get('service-list')).to.equal(SiteServiceList);
    expect(problems.warnings).to.have.length(1);
    expect(problems.warnings[0]).to.contain('<service-list>');
    expect(problems.warnings[0]).to.contain('not osms-widgets');
    expect(problems.warnings[0]).not.to.contain('another version');
    expect(problems.warnings[0]).to.contain('docs/embedding.md');

    // The recipe of docs/embedding.md: our class under a name of the site's choosing.
    customElements.define('osms-service-list', class extends ServiceList {});
    document.documentElement.lang = 'en';
    const ours = document.createElement('osms-service-list') as Widget;
    ours.setAttribute('package', 'gobmp');
    document.body.append(ours);
    await ours.updateComplete;
    expect(shadowText(ours)).to.contain('Free medical care');
    expect(ours.shadowRoot!.querySelectorAll('details').length).to.be.greaterThan(3);
    ours.remove();
  });
});
