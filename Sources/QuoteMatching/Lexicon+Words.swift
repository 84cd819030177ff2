/// The hand-written word lists of ``Lexicon``: closed classes that no generated table holds
/// (negations, their positive counterparts, months and days, lead-ins, opposed little words,
/// orders of magnitude), in the languages with stop-word lists.
///
/// ```swift
/// Lexicon.negationWords.contains("nunca")  // true
/// ```
///
/// - Complexity: constants; ``Lexicon`` reads them once.
extension Lexicon {
  /// Negations of the languages with stop-word lists (kept out of the function words).
  static let negationWords = """
    no nor not never none nothing nobody neither cannot ni nunca nada nadie ninguno ninguna \
    tampoco jamás ne pas non jamais rien personne aucun aucune nicht kein keine keinen keinem \
    keiner keines nie niemals nichts weder mai niente nulla nessuno nessuna não nenhum nenhuma \
    nem не нет ни никогда ничего никто niet geen nooit niets niemand inte ej ingen inget inga \
    aldrig ikke intet aldri nem sem soha semmi
    """

  /// Positive counterparts of the negations (en, es, fr, de, it, pt): `something`, `everyone`,
  /// `always`, `algo`, `siempre`, `toujours`, `immer`.
  static let counterpartWords = """
    something someone somebody everything everyone everybody always \
    algo alguien siempre todo todos todas quelque quelqu'un toujours tout tous \
    etwas jemand immer alles jeder qualcosa qualcuno sempre tutto tutti alguém tudo
    """

  /// Months and days of the week (en, es, fr, de, it, pt): two quotations naming different
  /// ones in the same place say different things.
  static let temporalWords = """
    january february march april may june july august september october november december \
    monday tuesday wednesday thursday friday saturday sunday \
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre \
    diciembre lunes martes miércoles jueves viernes sábado domingo \
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre \
    lundi mardi mercredi jeudi vendredi samedi dimanche \
    januar februar märz april mai juni juli august september oktober november dezember \
    montag dienstag mittwoch donnerstag freitag samstag sonntag \
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre \
    dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica \
    janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro \
    segunda terça quarta quinta sexta
    """

  /// Discourse words that open a quotation (`"No, Mexico is…"`, `"Furthermore, we…"`): weighted
  /// as function words when they come before the first comma.
  static let leadInWords = """
    no yes well so and but also furthermore moreover however besides indeed look now oh then \
    still again anyway actually additionally sí si bueno pues además pero y también entonces \
    mire oui non bon eh ben alors aussi mais et puis ja nein nun also aber und auch außerdem \
    sì beh allora anche inoltre ma e sim não bem então também além mas
    """

  /// Pairs of opposed prepositions, adverbs and quantifiers (en, es, fr, de, it, pt), each
  /// `word/word`: one in the place of the other says the opposite (``polarPairs``); `favor`
  /// stands for `in favor of` (`a favor de`, `en faveur de`), whose other words are little;
  /// `out` for `out of` (`in control` / `under control` / `out of control`).
  static let polarWordData = """
    for/against favor/against favour/against with/without before/after above/below \
    over/under more/less more/fewer in/out under/out \
    most/least up/down inside/outside \
    favor/contra con/sin antes/después más/menos encima/debajo arriba/abajo dentro/fuera \
    avec/sans avant/après plus/moins pour/contre faveur/contre dessus/dessous \
    mit/ohne mehr/weniger für/gegen \
    senza/con prima/dopo più/meno \
    com/sem depois/antes mais/menos
    """

  /// Plural orders of magnitude, which the number rules leave as words: "language power
  /// word…" per line. `dozens of people` / `hundreds of people` put two figures in the same
  /// place; `cientos` / `centenares` are one. (`miles` is a thousand in Spanish only.)
  static let magnitudeWordData = """
    en 1 dozens
    en 2 hundreds
    en 3 thousands
    en 6 millions
    en 9 billions
    en 12 trillions
    es 1 decenas docenas
    es 2 cientos centenares
    es 3 miles millares
    es 6 millones
    fr 1 dizaines douzaines
    fr 2 centaines
    fr 3 milliers
    fr 6 millions
    fr 9 milliards
    de 1 dutzende
    de 2 hunderte
    de 3 tausende
    de 6 millionen
    de 9 milliarden
    it 1 decine dozzine
    it 2 centinaia
    it 3 migliaia
    it 6 milioni
    it 9 miliardi
    pt 1 dezenas dúzias
    pt 2 centenas
    pt 3 milhares
    pt 6 milhões
    pt 9 bilhões
    """
}
