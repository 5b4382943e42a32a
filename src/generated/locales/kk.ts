
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'checker.intro': `Қандай тегін медициналық көмек алатыныңызды және сақтандыру сізді қамти ма, соны білу үшін бірнеше сұраққа жауап беріңіз. ЖСН-іңізді де, атыңызды да сұрамаймыз, таңдағаныңыз осы беттен еш жаққа жіберілмейді.`,
'checker.title': `Медициналық көмекке құқығыңызды тексеріңіз`,
'exemptions.intro': `Бұл адамдар үшін медициналық сақтандыру жарналарын мемлекет төлейді, сондықтан олар өздері төлемей-ақ сақтандырылған.`,
'exemptions.title': `Жарнаны мемлекет төлейтін адамдар`,
'services.intro': `Кейбір көмек құқығы бар әр адамға тегін; одан да көп көмек сақтандырылғандарға тегін.`,
'services.title': `Тегін медициналық көмек және сақтандыру не қосады`,
    };
  