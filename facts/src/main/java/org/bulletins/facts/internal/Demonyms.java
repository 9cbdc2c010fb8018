package org.bulletins.facts.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people of the countries that matter most in news of Latin America, Africa and Europe, written
 * as in English, Spanish, French and Portuguese (folded). Each cell gives the masculine singular;
 * {@link #forms} adds the feminine and plural by the language's regular rule. A cell with {@code /}
 * lists its forms in full instead (irregular ones). A {@code -} cell means no form is safe to use
 * (English {@code American} names a continent too; {@code Spanish} is also the language, as is
 * French {@code français}). Ambiguous demonyms (Guinean, Congolese) are left out.
 */
final class Demonyms {

  // code | en | es | fr | pt
  private static final String[] TABLE = {
    // North and Central America, Caribbean
    "MX|mexican|mexicano|mexicain|mexicano",
    "GT|guatemalan|guatemalteco|guatemalteque|guatemalteco",
    "HN|honduran|hondureno|hondurien|hondurenho",
    "SV|salvadoran,salvadorean|salvadoreno|salvadorien|salvadorenho",
    "NI|nicaraguan|nicaraguense|nicaraguayen|nicaraguense",
    "CR|costa rican|costarricense|costaricien|costarriquenho",
    "PA|panamanian|panameno|panameen|panamenho",
    "BZ|belizean|beliceno|belizien|belizenho",
    "CU|cuban|cubano|cubain|cubano",
    "DO|dominican|dominicano|dominicain|dominicano",
    "HT|haitian|haitiano|haitien|haitiano",
    "US|-|estadounidense|-|estadunidense",
    "CA|canadian|canadiense|canadien|canadense",
    // South America
    "CO|colombian|colombiano|colombien|colombiano",
    "VE|venezuelan|venezolano|venezuelien|venezuelano",
    "EC|ecuadorian,ecuadorean|ecuatoriano|equatorien|equatoriano",
    "PE|peruvian|peruano|peruvien|peruano",
    "BO|bolivian|boliviano|bolivien|boliviano",
    "CL|chilean|chileno|chilien|chileno",
    "AR|argentine,argentinian|argentino|argentin|argentino",
    "BR|brazilian|brasileno|bresilien|brasileiro",
    "UY|uruguayan|uruguayo|uruguayen|uruguaio",
    "PY|paraguayan|paraguayo|paraguayen|paraguaio",
    "GY|guyanese|guyanes/guyanesa/guyaneses/guyanesas|guyanien|guianense",
    // Africa
    "NG|nigerian|nigeriano|nigerian|nigeriano",
    "NE|nigerien|nigerino|nigerien|nigerino",
    "ML|malian|maliense|malien|maliano",
    "BF|burkinabe|burkines/burkinesa/burkineses/burkinesas|burkinabe|burquinense",
    "SN|senegalese|senegales/senegalesa/senegaleses/senegalesas|senegalais"
        + "|senegales/senegalesa/senegaleses/senegalesas",
    "CI|ivorian|marfileno|ivoirien|marfinense",
    "GH|ghanaian|ghanes/ghanesa/ghaneses/ghanesas|ghaneen|ganes/ganesa/ganeses/ganesas",
    "CM|cameroonian|camerunes/camerunesa/cameruneses/camerunesas|camerounais|camaronense",
    "SD|sudanese|sudanes/sudanesa/sudaneses/sudanesas|soudanais|sudanes/sudanesa/sudaneses/sudanesas",
    "SS|south sudanese|sursudanes/sursudanesa/sursudaneses/sursudanesas|sud-soudanais|sul-sudanes",
    "ET|ethiopian|etiope|ethiopien|etiope",
    "SO|somali|somali/somalies/somalis|somalien|somali/somalis",
    "ER|eritrean|eritreo|erythreen|eritreu/eritreia/eritreus/eritreias",
    "KE|kenyan|keniano|kenyan|queniano",
    "UG|ugandan|ugandes/ugandesa/ugandeses/ugandesas|ougandais|ugandense",
    "LY|libyan|libio|libyen|libio",
    "TN|tunisian|tunecino|tunisien|tunisino",
    "MA|moroccan|marroqui/marroquies|marocain|marroquino",
    "DZ|algerian|argelino|algerien|argelino",
    "EG|egyptian|egipcio|egyptien|egipcio",
    "TD|chadian|chadiano|tchadien|chadiano",
    "ZA|south african|sudafricano|sud-africain|sul-africano",
    "ZW|zimbabwean|zimbabuense|zimbabween|zimbabueano",
    "MZ|mozambican|mozambiqueno|mozambicain|mocambicano",
    "AO|angolan|angoleno|angolais|angolano",
    "CV|cape verdean|caboverdiano|cap-verdien|cabo-verdiano",
    "LR|liberian|liberiano|liberien|liberiano",
    "RW|rwandan|ruandes/ruandesa/ruandeses/ruandesas|rwandais|ruandes/ruandesa/ruandeses/ruandesas",
    "MR|mauritanian|mauritano|mauritanien|mauritano",
    "GM|gambian|gambiano|gambien|gambiano",
    "SL|sierra leonean|sierraleones/sierraleonesa/sierraleoneses/sierraleonesas|sierra-leonais"
        + "|serra-leones/serra-leonesa/serra-leoneses/serra-leonesas",
    // Europe
    "ES|-|espanol/espanola/espanoles/espanolas|espagnol|espanhol/espanhola/espanhois/espanholas",
    "FR|-|frances/francesa/franceses/francesas|-|frances/francesa/franceses/francesas",
    "PT|-|portugues/portuguesa/portugueses/portuguesas|portugais|portugues/portuguesa/portugueses/portuguesas",
    "IT|italian|italiano|italien|italiano",
    "DE|german|aleman/alemana/alemanes/alemanas|allemand|alemao/alema/alemaes/alemas",
    "GB|british|britanico|britannique|britanico",
    "UA|ukrainian|ucraniano|ukrainien|ucraniano",
    "PL|polish|polaco|polonais|polones/polonesa/poloneses/polonesas",
    "GR|greek|griego|grec/grecque/grecs/grecques|grego",
    "RO|romanian|rumano|roumain|romeno",
    "NL|dutch|neerlandes/neerlandesa/neerlandeses/neerlandesas|neerlandais"
        + "|neerlandes/neerlandesa/neerlandeses/neerlandesas",
    "BE|belgian|belga/belgas|belge|belga/belgas",
    "CH|swiss|suizo|suisse|suico",
  };

  private Demonyms() {}

  /**
   * Every form of every demonym, folded, with its country code; English forms (always written with
   * a capital) have their code followed by {@code *}.
   *
   * @return form to code, in table order
   */
  static Map<String, String> all() {
    Map<String, String> forms = new LinkedHashMap<>();
    for (String row : TABLE) {
      String[] cells = row.split("\\|", -1);
      for (int language = 1; language < cells.length; language++) {
        for (String base : cells[language].split(",")) {
          for (String form : forms(base, language)) {
            forms.putIfAbsent(form, language == 1 ? cells[0] + "*" : cells[0]);
          }
        }
      }
    }
    return forms;
  }

  /** How many countries the table covers. */
  static int countryCount() {
    return TABLE.length;
  }

  private static List<String> forms(String base, int language) {
    List<String> forms = new ArrayList<>();
    if (base.equals("-")) {
      return forms;
    }
    if (base.contains("/")) {
      return List.of(base.split("/"));
    }
    forms.add(base);
    switch (language) {
      case 1 -> { // English: plural in -s, except -ese and -ss
        if (!base.endsWith("ese")
            && !base.endsWith("ss")
            && !base.endsWith("sh")
            && !base.endsWith("ch")) {
          forms.add(base + "s");
        }
      }
      case 2, 4 -> { // Spanish, Portuguese: -o/-a/-os/-as, -e/-es (es) or -e/-es (pt)
        if (base.endsWith("o")) {
          String stem = base.substring(0, base.length() - 1);
          forms.addAll(List.of(stem + "a", stem + "os", stem + "as"));
        } else {
          forms.add(base + "s");
        }
      }
      case 3 -> { // French: -e/-s/-es, -ien/-ienne, -en/-enne
        if (base.endsWith("e")) {
          forms.add(base + "s");
        } else if (base.endsWith("s")) {
          forms.addAll(List.of(base + "e", base + "es"));
        } else {
          String feminine = base.endsWith("en") ? base + "ne" : base + "e";
          forms.addAll(List.of(base + "s", feminine, feminine + "s"));
        }
      }
      default -> throw new IllegalStateException("column " + language);
    }
    return forms;
  }
}
