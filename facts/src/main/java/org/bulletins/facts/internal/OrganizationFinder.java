package org.bulletins.facts.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organisations named in a text, as acronyms. Two sources:
 *
 * <ul>
 *   <li>a curated table of the big international bodies with their acronyms and names in English,
 *       Spanish, French and Portuguese; any of them stands for the English acronym ({@code OIM} and
 *       {@code Organización Internacional para las Migraciones} are {@code IOM});
 *   <li>any {@code Long Name (ACRONYM)} in the text: a run of capitalised words (small connecting
 *       words allowed inside) right before an all-capitals word in brackets. A run whose words name
 *       a document or a place rather than a body ({@code Policy}, {@code Memorandum}, {@code
 *       Station}...) is skipped.
 * </ul>
 *
 * <p>An acronym defined by the pattern counts again wherever it appears alone in the same text, and
 * so does an acronym (three letters or more) that spells the initials of a capitalised name in the
 * text: {@code RCM} alongside {@code Regional Conference on Migration}.
 */
public final class OrganizationFinder {

  // canonical | other acronyms | names in en; es; fr; pt (semicolon separated)
  private static final String[] TABLE = {
    "IOM|OIM|International Organization for Migration;International Organisation for Migration;"
        + "Organización Internacional para las Migraciones;"
        + "Organisation internationale pour les migrations;"
        + "Organização Internacional para as Migrações",
    "UNHCR|ACNUR,HCR|UN Refugee Agency;United Nations High Commissioner for Refugees;"
        + "Office of the United Nations High Commissioner for Refugees;"
        + "Alto Comisionado de las Naciones Unidas para los Refugiados;"
        + "Haut Commissariat des Nations unies pour les réfugiés;"
        + "Alto Comissariado das Nações Unidas para Refugiados",
    "UNICEF||United Nations Children's Fund;Fondo de las Naciones Unidas para la Infancia;"
        + "Fonds des Nations unies pour l'enfance;Fundo das Nações Unidas para a Infância",
    "WHO|OMS|World Health Organization;World Health Organisation;Organización Mundial de la Salud;"
        + "Organisation mondiale de la santé;Organização Mundial da Saúde",
    "WFP|PMA,PAM|World Food Programme;World Food Program;Programa Mundial de Alimentos;"
        + "Programme alimentaire mondial;Programa Alimentar Mundial",
    "UNDP|PNUD|United Nations Development Programme;Programa de las Naciones Unidas para el Desarrollo;"
        + "Programme des Nations unies pour le développement;"
        + "Programa das Nações Unidas para o Desenvolvimento",
    "UNFPA||United Nations Population Fund;Fondo de Población de las Naciones Unidas;"
        + "Fonds des Nations unies pour la population;Fundo de População das Nações Unidas",
    "ILO|OIT|International Labour Organization;International Labor Organization;"
        + "International Labour Organisation;Organización Internacional del Trabajo;"
        + "Organisation internationale du travail;Organização Internacional do Trabalho",
    "OCHA||United Nations Office for the Coordination of Humanitarian Affairs;"
        + "Oficina de Coordinación de Asuntos Humanitarios;"
        + "Bureau de la coordination des affaires humanitaires;"
        + "Escritório de Coordenação de Assuntos Humanitários",
    "UNODC|ONUDD|United Nations Office on Drugs and Crime;"
        + "Oficina de las Naciones Unidas contra la Droga y el Delito;"
        + "Office des Nations unies contre la drogue et le crime;"
        + "Escritório das Nações Unidas sobre Drogas e Crime",
    "FAO||Food and Agriculture Organization;"
        + "Organización de las Naciones Unidas para la Alimentación y la Agricultura;"
        + "Organisation des Nations unies pour l'alimentation et l'agriculture;"
        + "Organização das Nações Unidas para a Alimentação e a Agricultura",
    "ICRC|CICR|International Committee of the Red Cross;Comité Internacional de la Cruz Roja;"
        + "Comité international de la Croix-Rouge;Comitê Internacional da Cruz Vermelha",
    "IFRC|FICR|International Federation of Red Cross and Red Crescent Societies;"
        + "Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja;"
        + "Fédération internationale des Sociétés de la Croix-Rouge et du Croissant-Rouge;"
        + "Federação Internacional das Sociedades da Cruz Vermelha e do Crescente Vermelho",
    "UN|ONU|United Nations;Naciones Unidas;Nations unies;Nações Unidas",
    "EU|UE|European Union;Unión Europea;Union européenne;União Europeia",
    "AU|UA|African Union;Unión Africana;Union africaine;União Africana",
    "ECOWAS|CEDEAO|Economic Community of West African States;"
        + "Comunidad Económica de los Estados de África Occidental;"
        + "Communauté économique des États de l'Afrique de l'Ouest;"
        + "Comunidade Económica dos Estados da África Ocidental",
    "OAS|OEA|Organization of American States;Organización de los Estados Americanos;"
        + "Organisation des États américains;Organização dos Estados Americanos",
    "IDB|BID|Inter-American Development Bank;Banco Interamericano de Desarrollo;"
        + "Banque interaméricaine de développement;Banco Interamericano de Desenvolvimento",
    "MSF||Doctors Without Borders;Médicos Sin Fronteras;Médecins Sans Frontières;"
        + "Médicos Sem Fronteiras",
    "PAHO|OPS,OPAS|Pan American Health Organization;Organización Panamericana de la Salud;"
        + "Organisation panaméricaine de la santé;Organização Pan-Americana da Saúde",
    "UNESCO||United Nations Educational, Scientific and Cultural Organization;"
        + "Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura;"
        + "Organisation des Nations unies pour l'éducation, la science et la culture;"
        + "Organização das Nações Unidas para a Educação, a Ciência e a Cultura",
    "UNEP|PNUMA,PNUE|United Nations Environment Programme;"
        + "Programa de las Naciones Unidas para el Medio Ambiente;"
        + "Programme des Nations unies pour l'environnement;"
        + "Programa das Nações Unidas para o Meio Ambiente",
    "UNAIDS|ONUSIDA|Joint United Nations Programme on HIV/AIDS;"
        + "Programa Conjunto de las Naciones Unidas sobre el VIH/Sida;"
        + "Programme commun des Nations unies sur le VIH/sida;"
        + "Programa Conjunto das Nações Unidas sobre HIV/Aids",
    "IMF|FMI|International Monetary Fund;Fondo Monetario Internacional;"
        + "Fonds monétaire international;Fundo Monetário Internacional",
    "ECLAC|CEPAL|Economic Commission for Latin America and the Caribbean;"
        + "Comisión Económica para América Latina y el Caribe;"
        + "Commission économique pour l'Amérique latine et les Caraïbes;"
        + "Comissão Econômica para a América Latina e o Caribe",
    "WMO|OMM|World Meteorological Organization;Organización Meteorológica Mundial;"
        + "Organisation météorologique mondiale;Organização Meteorológica Mundial",
    "IAEA|OIEA,AIEA|International Atomic Energy Agency;Organismo Internacional de Energía Atómica;"
        + "Agence internationale de l'énergie atomique;Agência Internacional de Energia Atômica",
  };

  /** Words that make a bracketed acronym a document, a plan or a place, not a body. */
  private static final Set<String> NOT_A_BODY =
      Set.of(
          "policy",
          "politica",
          "politique",
          "memorandum",
          "agreement",
          "acuerdo",
          "accord",
          "acordo",
          "protocol",
          "protocolo",
          "protocole",
          "plan",
          "strategy",
          "estrategia",
          "strategie",
          "station",
          "estacion",
          "estacao",
          "law",
          "ley",
          "loi",
          "lei",
          "campaign",
          "campana",
          "campagne",
          "campanha",
          "project",
          "proyecto",
          "projet",
          "projeto",
          "report",
          "informe",
          "rapport",
          "relatorio");

  /** Small words allowed inside a long name: {@code Ministry of Labour and Social Security}. */
  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "for", "and", "the", "on", "de", "del", "la", "las", "los", "el", "y", "para",
          "des", "du", "le", "les", "et", "pour", "d", "l", "do", "da", "dos", "das", "e", "o", "a",
          "as", "os", "&", "en", "contra", "sobre", "sur");

  private static final int MAX_NAME_WORDS = 14;

  /** Shorter acronyms match initials by chance too often. */
  private static final int MIN_INITIALS = 3;

  private final PhraseTable names = new PhraseTable();
  private final Map<String, String> acronyms = new HashMap<>();

  /** Builds the tables once; the finder is immutable afterwards and safe to share. */
  public OrganizationFinder() {
    for (String row : TABLE) {
      String[] cells = row.split("\\|", -1);
      acronyms.put(cells[0], cells[0]);
      for (String other : cells[1].split(",")) {
        if (!other.isEmpty()) {
          acronyms.put(other, cells[0]);
        }
      }
      for (String name : cells[2].split(";")) {
        names.add(name, cells[0]);
      }
    }
  }

  /**
   * The acronym facts use for an organisation's acronym: the English one for the bodies of the
   * table ({@code OIM} is {@code IOM}), any other unchanged.
   *
   * @param acronym an acronym, upper case
   * @return the acronym facts use
   */
  public String canonical(String acronym) {
    return acronyms.getOrDefault(acronym, acronym);
  }

  /**
   * The acronyms of the organisations named, in order of first mention.
   *
   * @param tokens all tokens of the text
   * @param into where to add acronyms not yet there
   */
  public void find(List<Token> tokens, Collection<String> into) {
    List<String> defined = new ArrayList<>();
    boolean[] inLongName = new boolean[tokens.size()];
    for (int i = 1; i + 2 < tokens.size(); i++) {
      if (tokens.get(i).is('(') && tokens.get(i + 1).allCaps() && tokens.get(i + 2).is(')')) {
        int start = longNameStart(tokens, i);
        if (start >= 0) {
          String acronym = tokens.get(i + 1).text();
          defined.add(acronyms.getOrDefault(acronym, acronym));
          for (int k = start; k < i; k++) {
            inLongName[k] = true;
          }
        }
      }
    }
    // Curated names outside defined long names (United Nations in "United Nations Office on
    // Drugs and Crime (UNODC)" is UNODC, not UN), and acronyms alone, in text order.
    List<Token> words = new ArrayList<>();
    List<Integer> wordIndex = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() == Token.Kind.WORD && !inLongName[i]) {
        words.add(tokens.get(i));
        wordIndex.add(i);
      }
    }
    Map<Integer, String> found = new java.util.TreeMap<>();
    Set<String> initials = null;
    for (PhraseTable.Match match : names.find(words, m -> words.get(m.start()).capitalized())) {
      found.putIfAbsent(wordIndex.get(match.start()), match.value());
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.allCaps()) {
        String acronym = acronyms.get(token.text());
        if (acronym == null && defined.contains(token.text())) {
          acronym = token.text();
        }
        if (acronym == null && token.text().length() >= MIN_INITIALS) {
          if (initials == null) {
            initials = initialsOfNames(tokens);
          }
          if (initials.contains(token.text())) {
            acronym = token.text(); // RCM with "Regional Conference on Migration" in the text
          }
        }
        if (acronym != null) {
          found.putIfAbsent(i, acronym);
        }
      }
    }
    for (String acronym : found.values()) {
      if (!into.contains(acronym)) {
        into.add(acronym);
      }
    }
  }

  private static boolean isPossessive(List<Token> tokens, int k) {
    return k > 0
        && tokens.get(k).text().equals("s")
        && !tokens.get(k).spaceBefore()
        && (tokens.get(k - 1).is('\'') || tokens.get(k - 1).is('\u2019'));
  }

  private static boolean isHyphenated(List<Token> tokens, int k) {
    return k > 1
        && tokens.get(k).kind() == Token.Kind.WORD
        && !tokens.get(k).spaceBefore()
        && tokens.get(k - 1).is('-')
        && tokens.get(k - 2).capitalized();
  }

  /**
   * The initials of every run of capitalised words (connectors allowed inside): {@code Regional
   * Conference on Migration} gives {@code RCM}.
   */
  private static Set<String> initialsOfNames(List<Token> tokens) {
    Set<String> initials = new java.util.HashSet<>();
    StringBuilder run = new StringBuilder();
    for (Token token : tokens) {
      if (token.capitalized() && !token.allCaps()) {
        run.append(Character.toUpperCase(token.text().charAt(0)));
      } else if (!(token.kind() == Token.Kind.WORD
          && CONNECTORS.contains(token.folded())
          && run.length() > 0)) {
        if (run.length() >= MIN_INITIALS) {
          initials.add(run.toString());
        }
        run.setLength(0);
      }
    }
    if (run.length() >= MIN_INITIALS) {
      initials.add(run.toString());
    }
    return initials;
  }

  /**
   * Where the long name before the bracket at {@code bracket} starts, or -1 if there is none: it
   * must end in a capitalised word, hold at least two words, and be no document or place.
   */
  private static int longNameStart(List<Token> tokens, int bracket) {
    int start = bracket;
    int capitals = 0;
    boolean notABody = false;
    for (int k = bracket - 1; k >= 0 && bracket - k <= MAX_NAME_WORDS; k--) {
      Token token = tokens.get(k);
      if (token.capitalized()) {
        capitals++;
        notABody |= NOT_A_BODY.contains(token.folded());
        start = k;
      } else if (isPossessive(tokens, k) || isHyphenated(tokens, k)) {
        // part of the name, read on: "Migration’s (RCM)", "Agro-industrial Chambers"
      } else if ((token.kind() == Token.Kind.WORD && CONNECTORS.contains(token.folded()))
          || token.is('\'')
          || token.is('\u2019')
          || token.is('-')) {
        if (k == bracket - 1) {
          return -1;
        }
      } else {
        break;
      }
    }
    return capitals >= 2 && !notABody ? start : -1;
  }
}
