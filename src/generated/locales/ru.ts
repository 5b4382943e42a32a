
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'checker.intro': `Ответьте на несколько вопросов, чтобы узнать, какую бесплатную медицинскую помощь вы получаете и покрывает ли вас медицинское страхование. Мы не спрашиваем ИИН и имя, и ничего из выбранного не уходит с этой страницы.`,
'checker.title': `Проверьте своё право на медицинскую помощь`,
'exemptions.intro': `За этих людей взносы на медицинское страхование платит государство, поэтому они застрахованы, не платя сами.`,
'exemptions.title': `За кого взносы платит государство`,
'services.intro': `Часть помощи бесплатна для всех, кто имеет на неё право; ещё больше — бесплатно для застрахованных.`,
'services.title': `Бесплатная медицинская помощь и что добавляет страховка`,
    };
  