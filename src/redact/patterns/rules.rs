//! The table of shaped identifiers: each regular expression and what its match means. Read
//! top to bottom: earlier rules win where matches overlap (e-mail before names inside it,
//! DICOM UIDs before IP addresses). What each `Rule` does with a match is `Patterns::apply`.

use regex::Regex;

use super::super::lexicon::list;
use super::super::PhiKind;

pub(super) const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|(?-i:May|MAY)|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?";
pub(super) const ORDWORD: &str = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)";
pub(super) const STATES: &str = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|VI|GU|MP|AS|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming";
/// Canadian provinces and territories, Australian states: regions, never identifiers alone.
pub(super) const PROVINCES: &[&str] = &["Ontario", "Quebec", "Québec", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland", "Yukon", "Nunavut", "British Columbia", "Prince Edward Island", "Northwest Territories", "Queensland", "Victoria", "Tasmania", "New South Wales"];
/// Malaysia's states and federal territories: regions after a town, never a name (their
/// names are rare words the name rules would take).
pub(in crate::redact) const MY_STATES: &str = "Sarawak|Sabah|Selangor|Johor|Kedah|Kelantan|Pahang|Perak|Perlis|Terengganu|Negeri Sembilan|Melaka|Malacca|Pulau Pinang|Penang|Labuan";
/// South Africa's provinces, as Malaysia's states: regions after a town, never a name.
pub(in crate::redact) const ZA_PROVINCES: &str = "Western Cape|Eastern Cape|Northern Cape|Gauteng|KwaZulu-Natal|Limpopo|Mpumalanga|North West|Free State";
/// Mexican states as an address abbreviates them after a town, each with its dot ("Yuc.",
/// "N.L."); "Col." (Colima) is left out: before a name it is a colonia or a colonel.
pub(in crate::redact) const MX_STATES: &str = r"Ags\.|B\.[ \t]?C\.(?:[ \t]?S\.)?|Camp\.|Chis\.|Chih\.|Coah\.|Dgo\.|Gto\.|Gro\.|Hgo\.|Jal\.|Edo\.[ \t]+M[ée]x\.|M[ée]x\.|Mich\.|Mor\.|Nay\.|N\.[ \t]?L\.|Oax\.|Pue\.|Qro\.|Q\.[ \t]?R(?:oo)?\.|S\.[ \t]?L\.[ \t]?P\.|Sin\.|Son\.|Tab\.|Tamps\.|Tlax\.|Ver\.|Yuc\.|Zac\.";
/// Kin words that follow a given name rather than precede it: Hungarian "bácsi" and "néni" (an
/// older man, an older woman: "Feri bácsi", "Marika néni"); Uzbek and Karakalpak "buvi", "bobo",
/// "opa", "apa", "aka", "ota" and "xola" (grandmother, grandfather, elder sister, older woman,
/// elder brother, father, aunt: "Oynisa buvi", "Rustam aka"). The name is the word before; an age
/// may follow the kin word ("Oynisa buvi, 92").
pub(super) const KIN_AFTER_NAME: &str = "bácsi|néni|buvi|bobo|opa|apa|aka|ota|xola";
/// Month names of the languages whose dates reach English reports ("1 janvier 1940", "3 März 2025").
pub(super) const FOREIGN_MONTH: &str = r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|januar|februar|m[äa]rz|juni|juli|oktober|dezember|januari|februari|maart|machi|aprili|agosti|septemba|oktoba|novemba|desemba|janvye|fevriye|jiyè|septanm|oktòb|novanm|desanm|maret|desember|disember|julai|ogos|mac|augustus|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|xaneiro|febreiro|xuño|xullo|decembro|jannewaris|febrewaris|maaie|juny|septimber|novimber|desimber|schaner|favrer|avrigl|matg|zercladur|fanadur|avust|settember|october|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|augusti|mars|mei|maj|ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|pebrero|marso|hunyo|hulyo|setyembre|nobyembre|disyembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|prosinca|januwale|febuluwale|malichi|epulo|meyi|julayi|ogasiti|seputembala|okutobala|novembala|disembala|pherekgong|pherekhong|hlakola|hlakubele|mmesa|motsheanong|phupjane|phupu|phato|loetse|lwetse|mphalane|pudungwana|pulungoana|tshitwe|tšitoe|bhimbidvwane|indlovana|indlovulenkhulu|mabasa|inkhwekhweti|inhlaba|kholwane|ingci|inyoni|imphala|lweti|ingongoni|yanüari|febrüari|yüni|yüli|ougùstùs|sèptèmber|òktober|novèmber|desèmber|janeiru|fevereiru|marsu|abríl|maiu|juñu|jullu|agostu|setembru|outubru|novembru|dezembru|gener|febrer|març|maig|juny|juliol|agost|desembre|genièr|febrièr|junh|julhet|octòbre|stëcznika|gromicznika|strumiannika|łżëkwiôta|czerwińca|lëpińca|zélnika|séwnika|rujana|lëstopadnika|gòdnika|tienuare|pepuare|aperira|tiunu|tiurai|atete|tepetema|okotopa|noema|titema|ianuali|fepuali|apelila|iuni|iulai|aokuso|sepetema|oketopa|novema|tesemo|jinnaru|frivaru|marzu|aprili|maju|giugnu|giugnettu|lugliu|austu|sittèmmiru|uttùvru|nuvèmmiru|dicèmmiru|januara|februara|měrca|apryla|meje|junija|julija|awgusta|septembra|oktobra|nowembra|decembra|xineru|febreru|mayu|xunu|xunetu|ochobre|payares|avientu|djanvî|fevrî|måss|avri|djulete|awousse|setimbe|octôbe|nôvimbe|decimbe|jänner|märze|abrelle|augscht|septamber|oktower|novamber|dezamber|zenâr|fevrâr|avrîl|jugn|avost|setembar|otubar|novembar|dicembar|jaanuar|jaanuaril|veebruar|veebruaril|märts|märtsil|aprill|aprillil|juuni|juunil|juuli|juulil|augustil|septembril|oktoober|oktoobril|novembril|detsember|detsembril|vahtsõaastakuu|radokuu|urbõkuu|mahlakuu|lehekuu|piimäkuu|hainakuu|põimukuu|mihklikuu|rehekuu|märdikuu|joulukuu|jõulukuu|ianvari|tebervali|marti|maisi|ivnisi|ivlisi|agvisto|seqtemberi|sektemberi|oqtomberi|oktomberi|noemberi|dekemberi|yennayer|furar|meɣres|yebrir|mayyu|yunyu|yulyu|ɣuct|ctembe[ṛr]|tube[ṛr]|wambe[ṛr]|nunembe[ṛr]|dujembe[ṛr]|mart|avgust|septembar|oktobar|decembar|marta|aprila|juna|jula|avgusta|novembra|tenuare|fepuare|māti|eperera|tetepa|ātete|ātopa|tītema|ianouariou|fevrouariou|martiou|apriliou|maiou|iouniou|iouliou|avgoustou|septemvriou|oktovriou|noemvriou|dekemvriou|ianouarios|fevrouarios|martios|aprilios|maios|iounios|ioulios|avgoustos|septemvrios|oktovrios|noemvrios|dekemvrios|janar|shkurt|prill|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor|janari|shkurti|marsi|prilli|maji|qershori|korriku|gushti|shtatori|tetori|nëntori|dhjetori|yanvar|fevral|aprel|iyun|iyul|sentabr|sentyabr|oktabr|oktyabr|noyabr|dekabr|yanuari|fevruari|yuni|yuli|septemvri|oktomvri|noemvri|dekemvri|yanvarya|fevralya|aprelya|iyunya|iyulya|sentyabrya|oktyabrya|noyabrya|dekabrya)";
/// The months of the Islamic calendar, transliterated, as Arabic and as Pakistan write them
/// ("Jumada al-Akhirah", "Jamadi-us-Sani", "Zil-Hajj").
const HIJRI_MONTH: &str = r"(?:Muharram|Safar|Rabi['’ʿ]?[ \t\-]?al[ \t\-](?:Awwal|Thani|Akhir|Akhirah)|Rabi['’ʿ]?[ \t]+(?:I|II)|Jumada[ \t\-](?:al[ \t\-])?(?:Ula|Awwal|Akhirah|Akhira|Thani|Thaniyah)|Jumada[ \t]+(?:I|II)\b|Rajab|Sha['’ʿ]?ban|Ramadan|Ramadhan|Shawwal|Dhu[ \t\-]al[ \t\-](?:Qi['’ʿ]?dah|Qadah|Hijjah)|Jamadi[ \t\-]?(?:ul|us|al)[ \t\-]?(?:Awwal|Awal|Sani|Thani|Akhir|Akhira)|Rabi[ \t\-]?(?:ul|us|al)[ \t\-]?(?:Awwal|Awal|Sani|Thani|Akhir)|Zil[ \t\-]?(?:Hajj|Hijja|Hijjah|Qad|Qadah|Qa['’]dah)|Zilhaj|Ramazan|Shaban)";
/// The French "of" before a place or what a body serves, with its article: "de la Vallée",
/// "de l'Ouest", "de Kara", "du Nord", "des Moissons", "d'Ati".
const FRENCH_OF: &str = r"(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|de[ \t]+|du[ \t]+|des[ \t]+|d['’])";
/// A quarter of a French-speaking African city by its word: "Quartier Hamdallaye".
const QUARTIER: &str = r"\bQuartier[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?";
/// One number word as people say digits and numbers aloud ("oh", "twenty-one", "nineteen").
pub(super) const NUMWORD: &str = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero|oh|one|two|three|four|five|six|seven|eight|nine|hundred)";
/// The street kinds that French, Breton and Occitan addresses write in lower case after the house
/// number ("12 rue des Savonniers", "9 venelle du Four", "14, carrièra del Taur"): one list for
/// the address rules below and for the name rules, which must not read the street's name as a
/// person's (`names/listed.rs`).
pub(in crate::redact) const LOWER_STREET: &str = "rue|avenue|boulevard|chemin|impasse|venelle|allée|ruelle|passage|cours|quai|carrièra|carrieròt|plaça|camin|avenguda|bolevard|androna";
/// The street kinds that Norwegian, Swedish and Danish write in lower case after a name in
/// the genitive ("Isak Sabas vei 4", "Drottning Kristinas väg 12"): for the address rule and for
/// the name rules, where such a street after a comma ends the name (`names/mod.rs`).
pub(in crate::redact) const NORDIC_LOWER_STREET: &str = "vei|veg|gate|väg|vej|allé|plass|plads|torg|torv";
/// What a town of several words follows in the article-town rules: "of", "from", "in", "near",
/// Spanish "en"/"desde", or a comma.
const TOWN_LEAD: &str = r"(?:(?i:\b(?:of|from|in|near|en|desde))|,)[ \t]+";
/// A Spanish town's "de", "de la", "del" and what follows: "... del Rosario", "... de Gran Canaria".
const DE_TOWN: &str = r"(?:de[ \t]+(?:(?:la|las|los|La|Las|Los)[ \t]+)?|del[ \t]+)\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?";
pub(super) const STREET: &str = r"(?i:cottages|salai|marg|mawatha|sarani|street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|parkway|pkwy|highway|hwy|circle|cir|square|sq|trail|trl|route|rte|pike|alley|crescent|plaza|loop|grove|close|gardens|mews|row|yard|walk|crossing|view|quay|wharf|parade|esplanade|concourse|rise|green)";
/// What stands between the characters of a value written into a form's boxes: a bar, or one to
/// three spaces ("|0|4|/|1|1|", "1 2 / 0 2").
pub(super) const BOX: &str = r"(?:[ \t]?\|[ \t]?|[ \t]{1,3})";
/// A nickname or street name in straight or curly quotes, one or two capitalised words (group
/// 1): '"Boots"', '“Red”'.
pub(super) const QUOTED_NAME: &str = r#"["“](\p{Lu}[\p{L}'’\-]*(?:[ \t]\p{Lu}[\p{L}'’\-]*)?)["”]"#;
/// The Greek letters that name fraternities and sororities ("Beta Theta Pi").
const GREEK: &str = "(?:Alpha|Beta|Gamma|Delta|Epsilon|Zeta|Eta|Theta|Iota|Kappa|Lambda|Mu|Nu|Xi|Omicron|Pi|Rho|Sigma|Tau|Upsilon|Phi|Chi|Psi|Omega)";
/// Messenger and social-media services, before an account on them.
const SOCIAL: &str = r"wechat|whatsapp|telegram|skype|instagram|insta|facebook|twitter|tiktok|snapchat|line\s+id|viber|kakao(?:talk)?|discord";
/// An account name on such a service.
const HANDLE: &str = r"[A-Za-z0-9][A-Za-z0-9_.\-]{2,}[A-Za-z0-9]";
/// A Chinese syllable in Latin letters, capitalised and in lower case.
const SYLLABLE: &str = r"(?:(?:Ch|Hs|Sh|Ts|Tz|Zh|[BCDFGHJKLMNPQRSTWXYZ])h?[aeiou]{1,3}(?:ng|n)?|[AEO][aeiou]?(?:ng|n)?)";
const SYLLABLE_LOWER: &str = r"(?:(?:ch|hs|sh|ts|tz|zh|[bcdfghjklmnpqrstwxyz])h?[aeiou]{1,3}(?:ng|n)?|[aeo][aeiou]?(?:ng|n)?)";

pub(in crate::redact) const FACILITY: &str = r"(?:Salt Works|Saltworks|Salt Company|Salt Co\.|Match Works|Match Factory|Match Company|Loco Works|Locomotive Works|Carriage Works|Railway Works|Lime Works|Limeworks|Cement Works|Cement Plant|Petroleum|Charcoal Works|Charcoal Company|Charcoal Co\.|Producers Association|Producers' Association|Net Loft|Rope Works|Ropeworks|Cordage Company|Cordage Co\.|Netting|Feeds and Grains|Feed and Grain|Feeds & Grains|Feed & Grain|Beef Processing|Meat Processing|Pork Processing|Poultry Processing|Meat Packing|Packing Plant|Abattoir|Slaughterhouse|Marine Services|Marine Service|Tuna Processing|Fish Processing|Seafood Processing|Processing Plant|Barrel Works|Barrelworks|Barrel Company|Barrel Co\.|Cask Company|Cask Co\.|Pulp & Paper|Pulp and Paper|Paper Company|Paper Mills|Bruk AB|Bruk|Foods|Picturehouse|Picture House|Cinema|Harbour Centre|Birds of Prey Centre|Birds of Prey Center|Birds of Prey Trust|Raptor Centre|Raptor Center|Ports Authority|Port Authority|Taproom|Brewhouse|Circus School|Circus|Flower Market|Blooms|Tearooms|Tearoom|Bakehouse|Family Butchers|Butchers|Butchery|Fish & Oyster|Smokehouse|Seafood Market|Chocolate House|Chocolates|Creamery|Creameries|Coffee Roastery|Coffee Roasters|Roastery|Dairy Co-op|Cheese Company|Scuba Station|Scuba|Thatching|Thatchers|Plastering|Plasterers|Plaster & Tile|Tile & Stone|\(Pty\) Ltd|Escape Games|Escape Game|Laser Tag|Workshop|Bindery|Bookbinding|Buchbinderei|Ironworks|Iron Works|Smithy|Forge|Farriery|Blade Works|Horseshoeing|Healthcare Partners|Health Partners|Medical Partners|Wax & Wick|Wax and Wick|Candle & Soap|Candle and Soap|Candle Company|Candle Co\.|Candlery|Fragrance House|Fragrances|Bowling Association|Bowl & Entertainment|Fireworks Outlet|Fireworks Factory|Fireworks|Printing & Graphics|Universitetshospital|Universitetssygehus|Universitetssjukhuset|Universitetssjukhus|Universitetssykehus|Sygehus|Sjukhuset|Sjukhus|Solar Farm|Solar & Electric|Driving Range|Vinyl Pressing|Record Pressing|Pressing Plant|Rehearsal Rooms|Rehearsal Studios|Rehearsal Space|Malt House|Malthouse|Maltings|Furniture Restoration|Furniture Refinishing|Cabinetry|Millwork|Woodworks|Woodworking|Guitar Works|Heating & Cooling|Heating and Cooling|Air Conditioning|HVAC Services|HVAC|Duct Cleaning|Boiler & Furnace|Pet Grooming|Dog Grooming|Grooming|Humane Society|Doggy Daycare|Dog Daycare|Pet Resort|Boarding Kennels|Indoor Range|Shooting Range|Gun Range|Firing Range|Rod & Gun Club|Gun Club|Sporting Clays|Gunsmithing|Gun Shop|Gunworks|Greenhouses|Greenhouse|Garden Center|Garden Centre|Plant Nursery|Nurseries|Nursery|Florists|Florist|Hydroponics|Sportfishing Charters|Fishing Charters|Charters|Stoneworks|Stone Works|Cut Stone|Granite Works|Masonry Restoration|Memorials|Surfboards|Surf School|Surf Shop|Surf Co\.|Surf Company|Surf & Skate|Glassing & Repair|Wetsuit Repair|Aquarium Services|Aquarium Service|Aquarium Supply|Pet Supply|Pet Store|Pet Shop|Bicycle Works|Bicycle Shop|Bike Shop|Bicycles|Cycles|Cycling Center|Cycling Centre|Velodrome|Custom Upholstery|Upholstery & Design|Upholstery and Design|Upholstery|Drapery & Blinds|Drapery and Blinds|Drapery|Draperies|Mattress Factory|Mattress Company|Mattress Co\.|Chair Caning|Watch & Clock Repair|Watch and Clock Repair|Clock & Watch Repair|Watch Repair|Clock Repair|Clock Shop|Clock Company|Clock Co\.|Clockworks|Clock Works|Time Shop|Jewelers|Jewellers|Jewelry|Jewellery|Boat Works|Boatworks|Boatbuilders|Boat Builders|Sail Lofts|Sail Loft|Sailmakers|Rigging & Spar|Rigging and Spar|Rigging|Outfitters|Yacht Club|Sailing Club|Adventure Park|Theme Park|Amusement Park|Water Park|Waterpark|Family Fun Park|Fun Park|Trampoline Park|Amusements|Queens|Apiaries|Apiary|Honey Farm|Bee Farm|Meadery|Beekeepers Association|Palm Oil Mill|Oil Mill|Oil Palm Estate|Palm Oil Estate|Saffron Association|Growers Association|Growers' Association|Beekeepers' Association|Beekeepers Club|Equestrian Center|Equestrian Centre|Riding School|Riding Academy|Riding Center|Riding Centre|Horse Boarding|Boarding Stables|Farrier Services|Farrier Service|Racecourse|Racetrack|Bakery & Café|Bakery & Cafe|Bakery and Café|Bakery and Cafe|Bake Shop|Bakeshop|Donuts|Doughnuts|Donut Shop|Patisserie|Pâtisserie|Cakery|Cake Shop|Bagels|Flour Mill|Grist Mill|Gristmill|Feed Mill|Rice Mill|Sugar Mill|Sawmill|Paper Mill|Car Wash|Auto Wash|Hand Wash|Auto Spa|Car Spa|Self Serve|Egg Farm|Ceramics|Tile Works|Drop Zone|Facade Services|Mold Remediation|Mould Remediation|Remediation|Cleanup Crew|Clean-Up Crew|Wildlife Removal|Wildlife Control|Animal Removal|Dry Cleaning|Dry Cleaners|Cleaners|Commercial Laundry|Laundry|Laundromat|Linen Services|Linen Service|Public Library|Branch Library|Library|Distillery|Drydock & Repair|Drydock|Dry Dock|Dockyard|Rentals|Rental|Lodge|Family Fun Center|Family Entertainment Center|Fun Center|Arcade|Lanes|Escape Rooms|Escape Room|Signs & Graphics|Signs and Graphics|Banners & Signs|Banners and Signs|Sign Works|Signworks|Sign Company|Sign Co\.|Sign Shop|Express|Leaded Glass|Stained Glass|Art Glass|Hot Glass|Glassworks|Glass Works|Glass Company|Glass Co\.|Pianos & Organs|Pianos and Organs|Piano Tuning|Piano Service|Piano Restoration|Piano Gallery|Pianos|Organ Works|Organ Company|Organ Builders|Taxidermy & Tanning|Taxidermy|Mounts|Fur Dressing|Guild|Security & Locks|Security and Locks|Lock & Safe|Safe & Vault|Safe and Vault|Lockworks|Locksmiths|Locksmith|Lock Co\.|Lock Company|Lock Shop|Chimney Sweep|Chimney Services|Chimney Service|Chimney|Sweeps|Hearth & Stove|Hearth and Stove|Hearth & Home|Flue & Fireplace|Fireplace|Fireplaces|Stove Shop|Tannery|Tanneries|Leather Works|Leatherworks|Saddlery|Tanning Company|Custom Boots|Boot Company|Roller Rink|Skating Rink|Skating Club|Curling Club|Hockey Club|Skating Oval|Skate Palace|Ice Palace|Skate Center|Ice Center|Ice Centre|Mini Golf|Fine Art Conservation|Art Conservation|Museum|Gallery|Galleries|Archives|Archive|Contact Solutions|Contact Center|Contact Centre|Call Center|Call Centre|Answering Service|Teleservices|Solutions|Web Printing|Printing Company|Printing Co\.|Printing|Courier Service|Courier|Sentinel|Herald|Tribune|Chronicle|Laser Tattoo Removal|Tattoo Removal|Tattoo Studio|Tattoo Co\.|Tattoo Company|Tattoo|Body Piercing|Piercing|Body Art|Ink & Iron|Studios|Studio|Platinum|Mining|Minerals|Colliery|Collieries|Moving & Storage|Moving and Storage|Moving Company|Movers|Self Storage|Mini Storage|Storage|Furniture Delivery|Delivery Service|Delivery Services|Facility Services|Facilities Services|Scrap & Metal|Scrap and Metal|Scrap Metal|Scrap Yard|Scrapyard|Roll-Offs|Roll-Off|Recycling Center|Recycling Centre|Recycling|Cold Storage|Occupational Rehab|Power Station|Power Plant|Generating Station|Co-op|Cooperative|Co-operative|County Extension|Extension Office|Extension Service|Cattle Feeding|Cattle Company|Feedyard|Feedlot|Beef Packers|Packers|Dairy|Ranch|Nail Spa|Nail Salon|Auto Detailing|Detailing|Tree Service|Tree Care|Lawn & Landscape|Lawn and Landscape|Lawn Care|Landscaping|Hardscapes|Kórház|Kórháza|Rendelőintézet|Szakrendelő|Ground Handling|Aviation Fueling|Aviation Fuelling|Aviation Services|Pool Management|Pool Service|Pools & Spas|Pools and Spas|Pools|Swim Club|Swim School|3PL|Fulfillment Center|Fulfilment Centre|Distribution Center|Distribution Centre|Nails & Spa|Nails and Spa|Nails|Day Spa|Hair Studio|Beauty Salon|Beauty Supply|Beauty Bar|Salon|Barbershop|Barber Shop|Braiding|Stadium|Arena|Coliseum|Colosseum|Ballpark|Speedway|Fieldhouse|Ice Rink|Aquatics? Center|Ski Area|Ski Resort|Fairgrounds|Dive Center|Dive Centre|Dive Shop|Hyperbaric Unit|Hyperbaric Centre|Hyperbaric Center|Burn Center|Burn Centre|Burn Unit|Church|Parish|Hospice House|Medical Courier|Sleep Center|Sleep Centre|Sleep Clinic|Sleep Disorders Center|Medical Supply|Medical Supplies|Medical Equipment|Home Medical|Juvenile Detention Home|Detention Home|Juvenile Hall|Processing Center|Recovery House|Halfway House|Reentry Center|Work Release Center|Hotshots|Smokejumpers|Helibase|Fire Protection District|Fire District|Fire Department|Fire Rescue|Fire Company|Institute|Laboratories|Laboratory|Hospital|Medical Center|Medical Centre|Energy|Stunts|Effects|Bros|Vapor|Wellness Center|Wellness Centre|Wellness|Cannabis Co|Access Center|Access Centre|Vein Center|Kidney Center|Kidney Centre|Transport Services|Transport|Transportation|Clinical Center|Clinical Centre|Couriers|Logistics|Board of Health|Public Health Department|Health Department|Diner|Bistro|Pizzeria|Taqueria|Breweries|Brewery|Brewing Company|Bakery|Coffee House|Coffee|Coffeehouse|Restaurant|Steakhouse|Ballroom|Banquet Hall|Events|Catering|Zoo|Aquarium|Wildlife Sanctuary|Animal Sanctuary|Sanctuary|Animal Rescue|Rescue Mission|Rescue|Wildlife Park|Safari Park|Animal Hospital|Veterinary Clinic|Veterinary Hospital|Avian Clinic|Kennels|Cattery|Stables|Bar|Pub|Tavern|Nightclub|Sauna|Rail Yard|Railyard|Yard|Bus Depot|Depot|Roundhouse|Psychiatric Center|Psychiatric Centre|Psychiatric Hospital|Psychiatric Institute|Behavioral Health Center|Behavioral Health|Behavioural Health|Mental Health Center|Mental Health Centre|Crisis Center|Crisis Centre|Crisis Stabilization Unit|Health Center|Health Centre|Health Clinic|Health Care Program|Healthcare Program|Health Program|Health Care System|Healthcare System|Health System|Healthcare|Health Care|VAMC|VA Medical Center|VAHCS|Clinic|Clinics|Hospitals|Infirmary|Dispensary|Dispensaries|Medical Association|Imaging Center|Imaging|Radiology Associates|Radiology Group|Medical Group|Vineyards|Vineyard|Winery|Medical Scheme|Medical Aid Society|Medical Complex|Medical City|Labour Camp|Labor Camp|Communications|Unlimited|Memorial Park|Memorial Gardens|Memorial|Wing|Pavilion|IHS|CBOC|Health Service|Service Unit|Sykehjem|Sykehus|Plejehjem|Pflegeheim|Verpleeghuis|Äldreboende|Nursing Home|Assisted Living|Senior Living|Skilled Nursing Facility|Nursing Facility|Care Home|Retirement Home|Rehabilitation Center|Rehab Center|Urgent Care|Surgery Center|Surgical Center|Cancer Center|Care Center|Sanatorium|Hospice|Family Practice|Family Medicine|Family Health|Community Health|Medical Practice|Medical Associates|Associates|Consultants|Mine|Mines|Shipyard|Refinery|Foundry|Quarry|Primary Care|Manor|Retirement Community|Retirement Village|DHB|Health Board|Local Health District|Foundation Trust|Health Plan|Health Plans|Kidney Care|Dialysis Center|Dialysis Centre|Dialysis Unit|Dialysis|Group Home|Foster Home|Wind Farm|Offshore Wind Farm|Funeral Home|Funeral Homes|Funeral Chapel|Funeral Service|Funeral Services|Mortuary|Crematory|Cemetery|Choir|Chorale|Children's Home|Elementary School|Middle School|Catholic School|Christian School|Lutheran School|Day School|Charter School|Montessori School|High School|Public School|Secondary School|Primary School|Elementary|Academy|Preschool|Men's Shelter|Women's Shelter|Family Shelter|Shelter|Soup Kitchen|Food Bank|Food Pantry|Mission|Inn|Correctional Facility|Correctional Center|Correctional Institution|Detention Center|Detention Centre|Detention Facility|Penitentiary|State Prison|Prison|County Jail|Jail|Facility|Pulmonary Function Lab|Pulmonary Function Laboratory|Sleep Lab|Sleep Laboratory|Annex|Mobile Home Park|Trailer Park|Trailer Court|RV Park|Hotel|Motel|Hostel|Vihara|Viharaya|Kovil|Masjid|Mosque|Gurdwara|Mandir|Pagoda|Auto Repair|Auto Body|Body Shop|Accident Repair Centre|Accident Repair Center|Accident Repairs|Collision & Paint|Paint & Body|Body & Paint|Bodyshop|Nail Lounge|Nail Studio|Nail Boutique|Polish Spa|Polish Bar|Beauty Lounge|Collision|Tire & Lube|Tire|Tires|Lube|Transmission|Transmissions|Towing & Recovery|Towing|Automotive|Muffler|Gym|Yoga|Pilates|Aquatic Club|Boxing Club|Athletic Club|Racquet Club|Tennis Club|Golf Club|Country Club|Resort & Spa|Resort and Spa|Resort|Casino|Saloon|Cancer Care Alliance Proton Therapy|Cancer Care Alliance|Proton Therapy Center|Proton Therapy|Proton Center|Adult Day Center|Adult Day Health Center|Day Center|Senior Center|Community Center|University|College|Nurse Service|Nursing Service|Nurse Association|Home Health|Home Care|Health Services|Aviation Medicine|Flight Network|Medical Examiner|Medical Transport|Patient Transport|Ambulance Service|Ambulance Services|ARTCC|TRACON|Donor Services|Donor Network|Donor Alliance|Donor Program|Tissue Bank|Eye Bank|Tissue Services|Baby House|Orphanage|Welfare Institute|Family Services|Adoption Services|Children's Services|Charities|Travel Center|Travel Plaza|Public Schools|School District|Air Ambulance|Air Medical|Symphony Orchestra|Symphony|Philharmonic|Orchestra|Opera|Ballet Theatre|Ballet|Theatre|Theater|Pipes and Drums|Cathedral|Research Station|Ice Camp|Field Camp|Airfield|School for the Deaf|School for the Blind|Monastery|Abbey|Priory|Convent|Motherhouse|Seminary|Friary|Recovery Residence|Recovery Center|Recovery Centre|Treatment Center|Treatment Centre|Treatment Services|Sober Living|Alliance|HealthCare|Aboriginal Congress|Aboriginal Corporation|Aboriginal Medical Service|Flying Doctor Service|Oranga|Hauora|Birth Center|Birth Centre|Birthing Center|OB/GYN|OBGYN|Ob-Gyn|Women's Health|Dentistry|Dental Care|Dental Group|Dental Center|Dental Lab|Dental Laboratory|Dental|Implant Center|Oral Surgery|Maxillofacial Surgery|Orthodontics|Periodontics|Endodontics|Learning Center|Learning Centre|Child Care Center|Childcare Center|Child Development Center|Development Centre|Development Center|Agarbathi Works|Agarbatti Works|Incense Works|Incense Factory|Print Works|Printworks|Dye Works|Dyeworks|Dye Pits|Dye House|Dyehouse|Weaving Group|Weavers Group|Daycare|Day Care|Montessori|Service Center|Services Center|Drop-in Center|Drop-In Center|Resource Center|Navigation Center|Warming Center|Youth Center|Outreach Center|Gasthuis|Ziekenhuis|Ziekenhuizen|ziekenhuizen|Huisartsenpraktijk|Huisartsenpost|MC|UMC|HOSPITAL|MEDICAL CENTER|CLINIC|INFIRMARY|HEALTH CENTER|MEMORIAL|IMAGING CENTER|URGENT CARE|NURSING HOME|Escape)";

/// Syllables of Burmese names that are no English words, as the lexicon lists them among given
/// names (`data/first_names_myanmar.txt`), capitalised into one alternation: a name needs one.
fn mm_name() -> String {
    let cap = |w: &str| w[..1].to_uppercase() + &w[1..];
    let words: Vec<String> = list(include_str!("../data/first_names_myanmar.txt")).map(cap).collect();
    format!("(?:{})", words.join("|"))
}

/// Syllables of Burmese names that are English words too ("Tin", "Win", "Min").
const MM_ANY: &str = "(?:Suu|Aung|Tin|Min|Win|Mya|Nay|Chan|Tun|Thaw|San|Su|Yin|Wai|Moe|Thu|Zin|Mar|Nu|Ye|Han|Yan|Lin|Maung|Kyi|Paw|Eh|Than|Ohn|Tint|Cho|Zar|Ei|Hsu|Nan|Thin|Khaing|Thiha|Wa|Mon)";

/// The closing word of a German facility's one-word name ("Universitätsklinikum", "Kinderspital",
/// "Seniorenzentrum"), and the care homes' words: "Pflegeheim" but not any "-heim", which ends
/// surnames and towns ("Aasheim", "Mannheim").
const GERMAN_FACILITY_TAIL: &str = "(?:klinikum|klinik|spital|krankenhaus|zentrum|praxis)";
const GERMAN_CARE_HOME: &str = "(?:[Pp]flege|[Aa]lten|[Ss]enioren|[Kk]inder|[Ww]ohn|[Aa]lters)heim";
/// The words that end a Turkish facility's name ("Ankara Şehir Hastanesi").
pub(in crate::redact) const TURKISH_FACILITY: &str = "(?:Hastanesi|Hastaneleri|Fakültesi|Üniversitesi|Merkezi|Kliniği|Klinikleri|Polikliniği|Fabrikaları|Fabrikası|Dispanseri|Laboratuvarı|Eczanesi|Lisesi|Okulu|Huzurevi|Bakımevi|HASTANESİ)";
/// The door and flat numbers after a Turkish street: "No: 42/7", "No: 12 D: 5".
const TURKISH_DOOR: &str = r"(?:,?[ \t]+No[:.]?[ \t]*\d{1,4}[A-Z]?(?:/\d{1,3})?(?:,?[ \t]+(?:D|Daire|Kat)[:.]?[ \t]*\d{1,3})*)?";

/// A word of a Maltese name, with its article joined by a hyphen ("il-Baħar", "tal-Ħlas").
const MALTESE_WORD: &str = r"(?:(?:il|l|ir|is|it|ix|iż|in|id|iċ|tal|tas|tat|taż|tan|tad|taċ|tax|tar)-)?\p{Lu}[\p{L}'’]+";
/// A Maltese postcode: a locality's three letters and four digits ("BKR 9041"); only the codes
/// Malta Post gives its localities, since three capitals and four digits are as often a record.
pub(super) const MALTA_POSTCODE: &str = r"\b(?:ATD|BBG|BKR|BML|BRG|BZN|DGL|FGR|FNT|GHR|GXQ|GZR|HMR|HSR|IKL|ISL|KKP|KKR|KCM|LJA|LQA|MDN|MGR|MLH|MQB|MRS|MSD|MSK|MST|MTF|MXK|NDR|NXR|PBK|PLA|PTA|QRD|QRM|RBT|SGN|SGW|SLM|SLZ|SPB|STJ|SVR|SWQ|TXN|VCT|VLT|XBX|XJR|XLN|ZBG|ZBR|ZRQ|ZTN|GSM|SNT|MRR|QLA|XWK)[ \t]?\d{4}\b";

/// What to do with a pattern's match.
pub(super) enum Rule {
    /// The whole match (or capture group 1 when the pattern has one) is an identifier.
    Plain(PhiKind),
    /// Group 1, when it holds at least this many digits.
    Digits(PhiKind, usize),
    /// A dotted quad of octets.
    Ip,
    /// A token that looks like a record number: enough digits, not a measurement or a level.
    LooseId,
    /// A URL without trailing punctuation.
    Url,
    /// "on the 3rd": not when a noun follows ("of the 5th rib").
    Ordinal,
    /// A login without digits after an audit's word: an initial or two and a listed surname
    /// that together make no word ("jdoyle", "SRAO"); the next of a list is found after it.
    Login,
    /// Capitalised words (group 1) after "at" and before a comma and a listed town (group 2): a
    /// business named with everyday words ("at Pampered Paws, Boise").
    BusinessBeforeTown,
    /// Two capitalised words joined by "and" (group 1) after "at" and before a comma and a
    /// listed town (group 2): a street corner, unless both are ordinary words ("at Radiology and
    /// Cardiology, Boston").
    CornerBeforeTown,
    /// Capitalised words and a house number (group 1) before a comma and a listed town (group
    /// 2): a street written without a street word, unless a word of it is an everyday one ("Ward
    /// 4, Zagreb", "November 14, Boston") or a title opens it.
    StreetBeforeTown,
    /// Capitalised words (group 1) after the kind of business they name: "Bakery Flour & Crumb",
    /// "coffee shop Grindhouse Coffee".
    BusinessAfterKind,
    /// A city (group 1) followed by a state: a listed city, or any when a ZIP code follows.
    CityState,
    /// A capitalised place after a context word: only listed places.
    ContextPlace,
    /// A Spanish, Galician or Frisian town of an article and a noun (group 1, "La Línea de la
    /// Concepción", "A Coruña", "It Hearrenfean") after "of", "from" or "in": unless the noun
    /// opens an institution ("La Casa de la Cultura") or is an English word (after "O", a report
    /// word). After a comma, "A", "O", "As", "Os" and "It" open only a listed place.
    ArticleTown,
    /// A facility name: drop generic leading words ("Outside Hospital" is not a name).
    Facility,
    /// Capitalised words where a facility is expected: a name unless made of words.
    ContextFacility,
    /// A town (group 1) before a country (group 2): neither an English word nor a country itself.
    CityCountry,
    /// "Royal" and a listed place or first name (group 1): a hospital ("Royal Perth").
    RoyalFacility,
    /// A town where context says someone lives: listed, or no English word, or as ContextPlace.
    Town,
    /// The value of a facility field: a name unless every word of it is an ordinary one
    /// ("Hospital: Admitted overnight").
    LabelledFacility,
    /// The facility word first and a name after it ("Hospital Ángeles Lomas"): when the word
    /// after it (group 1) is no English one ("Hospital Course" stays).
    FacilityFirst,
    /// A day and a month whose two-digit "year" is the next date's day ("1 Dec, 14 Nov"): both.
    DayMonth,
    /// A word (group 1) and "Surgery": a practice when the word is rare or a listed place.
    NamedPractice,
    /// A house number and a street's one-word name (group 1, "of 12 Colomberie, St Helier"):
    /// when the word is no English word nor a listed name.
    BareStreet,
    /// "x.surname" (group 1) when the part after the dot (group 2) is a listed surname.
    DottedLogin,
    /// Two partners' names (groups 1, 2) and a practice word: surnames or rare words both.
    Partners,
    /// A proper name with the word that says what it names (group 1): a landform ("Rikers
    /// Island"), a dive site, a laboratory, a person in brackets. Of the kind given, unless its
    /// first word is clinical, a title or a department's ("Clinical Genetics"), or, for a person,
    /// one of its words is a listed place.
    Named(PhiKind),
    /// A word and an initial alone in a cell (group 1): a person when the word (group 2) is a
    /// surname, listed or rare, and no everyday word ("Kowalski R", not "Block E", "Vitamin D"), and
    /// a cell's separator or the line's end is on each side ("INDICATION: Hep C" is no cell).
    CellName,
    /// An Irish Eircode: its last four characters mix letters and digits.
    Eircode,
    /// A year of birth (group 1): an identifier when it makes the person older than 89.
    BirthYear,
    /// A postcode and the town after it (group 2), when the town is one: listed or rare.
    PostcodeTown,
    /// A town (group 1) before a postcode that names its locality ("Birkirkara BKR 9041"): when
    /// no word of it is an English word or a title ("The PTA 2000 criteria" is none).
    TownBeforeCode,
    /// A word and a number after "#" (group 1: the word): a shop or branch ("CVS #08817"),
    /// unless the word labels a record or a room ("MRN# 000772201": the label rules' number).
    Store,
    /// A month and day with nothing around them ("(12/1)", "the 9/14 film"), group 1: only where
    /// no fraction, score or scale is likely.
    BareMonthDay,
    /// A surname (group 1) and an initial after a comma ("Yamamoto, K."): when the word is a
    /// listed surname or rare, and neither clinical nor a word.
    SurnameInitial,
    /// Capital letters (group 1) before a long number: the number and its letters are one
    /// identifier ("HAP 44128839"), unless the letters label it ("MRN 1234567", "BSN 123456782"):
    /// then the label rules' number alone.
    PrefixedNumber,
    /// Number words read aloud: a phone after a word of calling, a ZIP code after "zip", else an ID.
    SpokenNumber,
    /// A clock time, unless it is a recording's offset at a transcript line's start ("[00:02:14]").
    ClockTime,
    /// A speaker's label (group 1): a listed first name that is no English word.
    Speaker,
    /// A Japanese block number and its district (group 1; group 2 the district's name): when the
    /// name is no English word ("1-2-3 Nishi-Shinjuku", not "1-2-3 Left").
    BlockAddress,
    /// A town (group 2) and its postcode after a comma (group 1 both): a listed place, even one
    /// that is a word too ("Shanghai"), or a rare word.
    TownPostcode,
    /// A trial subject's initials (group 1), unless they are a view ("A-P", "P-A").
    SubjectInitials,
    /// A rare word or a town (group 1) and a specialty: a practice ("Lakeside Pulmonary"),
    /// unless a clinical word follows ("Obstructive Pulmonary Disease").
    SpecialtyPractice,
    /// The word that ends a hospital's name in the Baltic languages ("slimnīca", "ligoninė",
    /// "haigla"): the name is up to three capitalised words before it, with up to three
    /// lower-case adjectives between ("Paula Stradiņa klīniskā universitātes slimnīca"). Found
    /// from the word back, because a pattern that starts at every capitalised word slows the
    /// rule set's one pass over each text by a tenth.
    TailFacility,
    /// The word that ends a Turkish name of a kind (group 1 or the match: "Hastanesi",
    /// "Caddesi", "Mah."; an Uzbek street's "ko'chasi" too): the name is the capitalised words
    /// before it, with "ve", numbers, "No'lu" and dotted titles or street words between ("Kartal
    /// Dr. Lütfi Kırdar Şehir Hastanesi", "Kızılay Mah. Gazi Mustafa Kemal Blv."). A suffix after
    /// an apostrophe ends a word and starts no name ("Hastanesi'nde", "Aralık'ta"). Found from the
    /// word back, as TailFacility.
    TurkishTail(PhiKind),
    /// Initials in a list ("A.R., J.T., M.K."): each a person, unless one is a country, a time
    /// or a common abbreviation ("U.S., U.K.", "A.M."); and the same initials again anywhere in the
    /// text.
    InitialsList,
}

pub(super) fn re(s: &str) -> Regex {
    Regex::new(s).unwrap_or_else(|e| panic!("redaction pattern {s}: {e}"))
}

/// Every rule, in the order they are tried.
pub(super) fn table() -> Vec<(Regex, Rule)> {
    use PhiKind::*;
    let m = MONTH;
    // Malay writes the day with "hb" (haribulan): "30hb November 2026".
    let ord = format!(r"(?:\d{{1,2}}(?:st|nd|rd|th|hb)?|{ORDWORD})");
    let year = r"(?:\d{4}|'\d{2}|\d{2})";
    let mm = mm_name();
    // The states' full names, for a region of one ("North Texas"); "West Virginia" is a state.
    let state_names: Vec<&str> = STATES.split('|').filter(|s| s.len() > 2).collect();
    let all_states = state_names.join("|");
    let states_but_virginia = state_names.iter().filter(|s| **s != "Virginia").copied().collect::<Vec<_>>().join("|");
    vec![
        // e-mail, URL, IP first: they contain things that look like names and numbers.
        (re(r"[\w.+\-'’]+@[\w\-]+(?:\.[\w\-]+)+"), Rule::Plain(Email)),
        // Written out against harvesters: "j.okafor at stlukes dot org", "jo [at] clinic [dot] com".
        (re(r"(?i)\b[\w.+\-]+\s*(?:\s+at\s+|\[at\]|\(at\))\s*[\w\-]+(?:\s*(?:\s+dot\s+|\[dot\]|\(dot\))\s*[\w\-]+)*\s*(?:\s+dot\s+|\[dot\]|\(dot\))\s*(?:com|org|net|edu|gov|ca|uk|au|nz|de|fr)\b"), Rule::Plain(Email)),
        (re(r"(?i)\b(?:https?://|ftp://|www\.)[^\s<>]+"), Rule::Url),
        (re(r"(?i)\b[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|org|net|edu|gov|io|us|health|example)(?:/[^\s<>]*)?\b"), Rule::Url),
        // DICOM UIDs ("1.2.840.113619.2.55...") before IPs: six or more dotted numbers.
        (re(r"\b[0-2](?:\.\d+){5,}\b"), Rule::Plain(Id)),
        (re(r"\b(?:\d{1,3}\.){3}\d{1,3}\b"), Rule::Ip),
        // MAC addresses of devices: "00:1B:44:11:3A:B7".
        (re(r"\b[0-9A-Fa-f]{2}(?:[:\-][0-9A-Fa-f]{2}){5}\b"), Rule::Plain(Id)),
        // An HL7 identifier with its assigning authority ("88231^^^MRN"): the number.
        (re(r"\b(\d{3,})\^[^|\s]*\^[A-Z][A-Z0-9]{1,9}\b"), Rule::Plain(Id)),
        // A DICOM time value after its tag name: "StudyTime=083015.000".
        (re(r"(?i)time\s*[=:]\s*((?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?:\.\d+)?)\b"), Rule::Plain(Date)),
        // The value of a user field in a log line: "user=mkowalczyk", "operator=tgreen".
        (re(r"(?i)\b(?:user|username|login|operator|uid)\s*=\s*([a-z][a-z0-9._\-]{2,})"), Rule::Plain(Name)),
        // Dates: numeric, ISO, with month names, ordinals, times.
        // One separator twice: "11/27-11/30" is a range, not "11/27-11".
        (re(r"\b\d{1,2}(?:/\d{1,2}/|-\d{1,2}-|\.\d{1,2}\.)(?:\d{4}|\d{2})\b"), Rule::Plain(Date)),
        // The first day of a range of days; the second is found after it ("11/27-11/30").
        (re(r"\b((?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))[ \t]*(?:-|–|to|through|thru)[ \t]*(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\b"), Rule::Plain(Date)),
        (re(r"\b\d{4}[/\-.]\d{1,2}[/\-.]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+\-]\d{2}:?\d{2}\b)?)?\b"), Rule::Plain(Date)),
        // OCR that spaces every character: "1 1 / 2 8 / 2 0 2 6".
        (re(r"\b\d(?: \d)? / \d(?: \d)? / \d(?: \d){1,3}\b"), Rule::Plain(Date)),
        (re(r"\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{4,6})?\b"), Rule::Plain(Date)),
        // Day, month and year run together, as military and lab systems write them: "01DEC26", "30NOV2026".
        (re(r"(?i)\b(?:0?[1-9]|[12]\d|3[01])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:\d{4}|\d{2})\b"), Rule::Plain(Date)),
        (re(&format!(r"(?i)\b(?:the\s+)?{ord}(?:\s+of)?[\s\-/.]*{m}(?:[\s\-/,.]*{year}\b)?")), Rule::DayMonth),
        (re(&format!(r"(?i)\b{m}[\s\-/.]*(?:the\s+)?{ord}\b(?:,?\s*{year}\b)?")), Rule::Plain(Date)),
        // Dictated in words, with the year too: "march third nineteen thirty one".
        (re(&format!(r"(?i)\b{m}[ \t]+(?:the[ \t]+)?{ORDWORD}\b(?:,?[ \t]+(?:nineteen|twenty|two[ \t]+thousand)(?:[ \t\-]+(?:and|oh|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine)\b){{1,3}})?")), Rule::Plain(Date)),
        // A clock time in words: "three fifteen p.m.", "ten o'clock".
        (re(r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[ \t\-]+(?:oh[ \t\-]+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty[ \t\-]five|fifty)(?:[ \t\-]+(?:one|two|three|four|five|six|seven|eight|nine))?)?[ \t]*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b)"), Rule::Plain(Date)),
        (re(&format!(r"(?i)\b{m},?\s+\d{{4}}\b")), Rule::Plain(Date)),
        // ... with a hyphen after the day too, as Uzbek writes it ("1-dekabr 2026"), or a Russian
        // ordinal's ending after the hyphen ("1-go dekabrya 2026").
        (re(&format!(r"(?i)\b\d{{1,2}}(?:\.?\s+|-(?:(?:go|ogo|ye|e)\s+)?){FOREIGN_MONTH}\s+\d{{4}}\b")), Rule::Plain(Date)),
        // A transliterated Russian or a French month cut short, the day before it and the year
        // after: "2 dek. 2026", "14 sent. 2026", "5 déc. 2026", "3 juil. 2026"; an Indonesian one,
        // its stop left out as often as not ("5 Des 2026", "17 Agu. 2026").
        (re(r"(?i)\b\d{1,2}[ \t]+(?:yanv|fevr|fev|mart|apr|iyun|iyul|avg|sent|sen|okt|noyab|noya|dek|janv|f[ée]vr|avr|juil|sept|d[ée]c)\.[ \t]*\d{4}\b"), Rule::Plain(Date)),
        (re(r"\b\d{1,2}[ \t]+(?:Mei|Agu|Agt|Agust|Okt|Nop|Des|Peb)\.?[ \t]+\d{4}\b"), Rule::Plain(Date)),
        // An Uzbek medical institution by its words after its town, in lower case: "Guliston
        // shahar tibbiyot birlashmasi" (the city's medical association), "Chimboy tuman markaziy
        // kasalxonasi".
        (re(r"\b\p{Lu}[\p{L}'’ʻ\-]+(?:[ \t]+(?:shahar|shahri|tuman|tumani|viloyat))?[ \t]+(?:tibbiyot[ \t]+birlashmasi|(?:markaziy[ \t]+)?(?:shifoxonasi|kasalxonasi|poliklinikasi))\b"), Rule::Plain(Facility)),
        // Lithuanian, the year first with "m." and the day with "d.", the month in the genitive:
        // "2026 m. gruodžio 3 d.", "gruodžio 3 d.".
        (re(r"(?i)\b(?:\d{4}[ \t]*m\.[ \t]+)?(?:sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio)[ \t]+\d{1,2}[ \t]*d\."), Rule::Plain(Date)),
        // A Finnic month is a word for a month ("kuu") by its ending, in any case: Finnish
        // "27. marraskuuta 2026", Karelian "28. kylmykuu", Estonian "lehekuu". Listed, every
        // inflection of every language's twelve would grow the month list past the lazy DFA. Its
        // letters are not counted ("{2,12}" copies a Unicode class twelve times: 2% dearer).
        (re(r"(?i)\b\d{1,2}\.[ \t]*\p{L}+kuu(?:ta|n|l|s|ssa|lla)?\b(?:[ \t]+\d{4}\b)?"), Rule::Plain(Date)),
        // A Basque date: the year with "-ko", the month in the genitive, the day with its case
        // ending: "2026ko azaroaren 27an", "abenduaren 1ean".
        (re(r"(?i)\b(?:\d{4}(?:ko|eko)[ \t]+)?(?:urtarril|otsail|martxo|apiril|maiatz|ekain|uztail|abuztu|irail|urri|azaro|abendu)aren[ \t]+\d{1,2}(?:a|an|ean|ko)?\b"), Rule::Plain(Date)),
        // A Persian place of two words joined by the ezafe: "Torbat-e Heydarieh", "Qasr-e Shirin"
        // (inside a facility's or a street's name, that hit holds it: "Vali-e Asr St.").
        (re(r"\b\p{Lu}\p{Ll}{2,}-e[ \t]+\p{Lu}\p{Ll}{2,}\b"), Rule::Plain(Location)),
        // A Solar Hijri date with its Persian or Afghan (Dari) month in Latin letters: "12 Azar
        // 1405", "15 Qaws 1405" (day and year both: "Bahman", "Mehr" and "Asad" are names too).
        (re(r"\b\d{1,2}[ \t]+(?:Farvardin|Ordibehesht|Khordad|Tir|Mordad|Amordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand|Hamal|Sawr|Saur|Jawza|Jauza|Saratan|Asad|Sunbula|Sonbola|Mizan|Aqrab|Qaws|Qaus|Jadi|Dalw|Hoot|Hut)[ \t]+1[34]\d{2}\b"), Rule::Plain(Date)),
        // Month first with a year, as Filipino English and Tagalog write it ("Disyembre 1, 2026"),
        // and the Tagalog ordinal ("ika-3 ng Disyembre, 2026").
        (re(&format!(r"(?i)\b{FOREIGN_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}\b")), Rule::Plain(Date)),
        (re(&format!(r"(?i)\bika-?\d{{1,2}}[ \t]+ng[ \t]+{FOREIGN_MONTH}(?:,?[ \t]+\d{{4}}\b)?")), Rule::Plain(Date)),
        // Without the year, with an ordinal mark or "de": "1º de dezembro", "1er décembre" (after "le", which stays), "3. März", "3hb Mac";
        // "d'" before a month that opens with a vowel, as Asturian, Catalan and Occitan write it: "1 d'avientu de 2026";
        // Friulian "dal" before the year: "28 di Novembar dal 2026".
        (re(&format!(r"(?i)\b\d{{1,2}}(?:º|ª|°|er|hb|\.)?\s+(?:de\s+|di\s+|d['’])?{FOREIGN_MONTH}\b(?:\s+(?:de\s+|di\s+|dal\s+)?\d{{4}}\b)?")), Rule::Plain(Date)),
        // Romansh, "da" between the day and the month, whose names are English's in two cases:
        // "25 da november 2026", "3 da favrer".
        (re(&format!(r"(?i)\b\d{{1,2}}\.?[ \t]+da[ \t]+(?:{FOREIGN_MONTH}|november|december)\b(?:[ \t]+\d{{4}}\b)?")), Rule::Plain(Date)),
        (re(&format!(r"(?i)\b(?:on|since|from|until|by|before|after|here|seen|again|dated|visited)\s+(the\s+(?:\d{{1,2}}(?:st|nd|rd|th)|{ORDWORD}))\b")), Rule::Ordinal),
        // A clock time with a dot, as British and West African English write it, only with its
        // "am" or "pm" ("4.15 pm"; "4.15 cm" is a measurement).
        (re(r"(?i)\b(?:[01]?\d|2[0-3])\.[0-5]\d[ \t]*(?:a\.m\.|p\.m\.|am\b|pm\b)"), Rule::Plain(Date)),
        (re(r"(?i)\b(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*(?:am|pm|a\.[ \t]?m\.|p\.[ \t]?m\.)|[ap]\b)?(?-i:[ \t]+(?:UTC|GMT|HST|HDT|AKST|AKDT|[ECMP][SD]T|BST|CET|CEST|AEST|AEDT|ACST|AWST|NZST|NZDT|IST|JST|KST|SGT)\b)?"), Rule::ClockTime),
        (re(&format!(r"(?i)\b(?:(?:last|next|this)\s+)?(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+(?:{m}[\s\-/.]*\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)\b")), Rule::Plain(Date)),
        (re(r"(?i)\b(?:on|dated|since|from|until|due|of|seen|date|exam|study|ct|cxr|mri|xr|dictated|signed|transcribed|typed|reviewed|amended|corrected|addended|revised|updated|grafi|grafisi|grafide|film|filmi|tarih|tarihi|tarihli|kontrol|çekim)\s+((?:0?[1-9]|[12]\d|3[01])[/\-.](?:0?[1-9]|[12]\d|3[01]))(?:\.?(?:[\s,;:)'’]|$))"), Rule::Plain(Date)),
        // ... or "@" and a 24-hour time: "cxr 12/1 @ 0800", the "@" inside the date.
        (re(r"\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])[ \t]*(?:@|at)[ \t]*(?:[01]\d|2[0-3]):?[0-5]\d\b"), Rule::Plain(Date)),
        // A month and day that a clock time follows: "changed 11/30 03:00".
        (re(r"\b((?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d\b"), Rule::Plain(Date)),
        // A month and day with a leading zero, which no measurement or range has: "12-01", "06-15".
        (re(r"(?:^|[^\d\-/.])((?:0[1-9]-(?:0[1-9]|[12]\d|3[01]))|(?:1[0-2]|[1-9])-0[1-9])(?:[^\d\-/.%]|\.(?:\s|$)|$)"), Rule::Plain(Date)),
        // "30/11": a day over 12 before a month cannot be a fraction or a ratio.
        (re(r"(?:^|[^\d/.\-])((?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2]))(?:[^\d/]|$)"), Rule::Plain(Date)),
        // A weekday alone dates an event as well as a date does ("the cough began Sunday"); a
        // recurring one dates nothing ("meetings every Tuesday"): its empty group 1 is no hit.
        (re(&format!(r"(?i)\b(?:every|each)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b()|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?:,?\s+the\s+(?:\d{{1,2}}(?:st|nd|rd|th)|{ORDWORD}))?")), Rule::Plain(Date)),
        // A weekday, its comma and the day and month after it are one date: "Friday, 4 December
        // 2026" (the comma between them is no less a part of it).
        (re(&format!(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),[ \t]+\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{m}(?:,?[ \t]+\d{{4}}\b)?")), Rule::Plain(Date)),
        (re(r"(?i:\b(?:on|since|from|until|last|next|this|by))\s+((?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?)"), Rule::Plain(Date)),
        // Abbreviations that are no English word ("Thurs", "Weds"), and the others where a
        // colon or a clock time makes them a day ("Sat: portable", "Mon 0800").
        (re(r"\b(?:Tues|Weds|Thur|Thurs|tues|thurs)\b\.?|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?(?::|[ \t]+(?:[01]?\d|2[0-3]):?[0-5]\d\b)"), Rule::Plain(Date)),
        // A weekday abbreviation closing a phrase: "tumor board Wed;", "(seen Thu)". Not "Sat" or
        // "Sun" ("O2 Sat, ..."), and only before punctuation, where "Wed" is no verb.
        (re(r"\b((?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri)\.?)[;,)]"), Rule::Plain(Date)),
        // A holiday on a fixed day dates an event as a date does.
        (re(r"\b(?:Thanksgiving(?:\s+(?:Day|weekend|Weekend|break))?|Christmas(?:\s+(?:Eve|Day))?|New\s+Year's(?:\s+(?:Eve|Day))?|Halloween|Independence\s+Day|Boxing\s+Day|Mardi\s+Gras|Fat\s+Tuesday|Valentine's\s+Day|Guy\s+Fawkes)\b"), Rule::Plain(Date)),
        (re(r"(?i)\b(?:0\d|1\d|2[0-3])[0-5]\d\s?(?:h|hrs|hours)\b"), Rule::Plain(Date)),
        // French and continental clock times: "14h30".
        (re(r"\b(?:[01]?\d|2[0-3])h[0-5]\d\b"), Rule::Plain(Date)),
        // A month in Roman numerals, as Central Europe writes it: "1.XII.2026", or spaced with
        // the full year: "2 XII 2026".
        (re(r"\b\d{1,2}\.[ ]?(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.[ ]?(?:\d{4}|\d{2})\b"), Rule::Plain(Date)),
        (re(r"\b\d{1,2}[ ](?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[ ]\d{4}\b"), Rule::Plain(Date)),
        // OCR reading O for 0 and 0 for O: "0ct 3O", "N0v 1O".
        (re(r"(?i)\b(?:0ct(?:ober)?|n0v(?:ember)?|0ctober)\.?[ \t]+[0-3]?[0-9o]\b|\b(?:oct|nov|jan|feb|mar|apr|jun|jul|aug|sep|dec)[a-z]*\.?[ \t]+[1-3][Oo]\b"), Rule::Plain(Date)),
        // A month and an abbreviated year: "Dec '26".
        (re(&format!(r"(?i)\b{m}\s*'\d{{2}}\b")), Rule::Plain(Date)),
        // "the 29th" alone: a day (13-31) unless a noun follows ("the 20th percentile").
        (re(r"(?i)\b(the\s+(?:1[3-9]|2\d|3[01])(?:st|nd|rd|th))\b"), Rule::Ordinal),
        // "@" has no word boundary before it: "seen @ 0800". A run sheet's events: "dispatched 0612".
        (re(r"(?i)(?:\bat|@|\b(?:dispatched|arrived|departed|en\s?route|on\s+scene|called|paged|collected|drawn))\s*(0\d[0-5]\d|1\d[0-5]\d|2[0-3][0-5]\d)\b"), Rule::Plain(Date)),
        // A 24-hour time heading an entry: "ER note 0215:", "0640: extubated".
        (re(r"(?m)(?:^|(?i:\bnote|\bentry|\bupdate|\bevent|\bcall|\bpage)[ \t]+)((?:[01]\d|2[0-3])[0-5]\d):(?:[ \t]|$)"), Rule::Plain(Date)),
        // ... and after a film: "Portable CXR 1630:", though not where it reads as a year
        // ("CXR 2019:"): no 19:00-20:39 there.
        (re(r"(?i:\bcxr|\bfilm|\bx-?ray|\bxr|\bradiograph)[ \t]+((?:[01][0-8]|2[1-3])[0-5]\d|20[45]\d):(?:[ \t]|$)"), Rule::Plain(Date)),
        // A flowsheet's time before what was charted then: "0800 PIP 28", "1600 extubated".
        (re(r"\b((?:[01]\d|2[0-3])[0-5]\d)[ \t]+(?:PIP|Pplat|PEEP|FiO2|SpO2|MAP|Vt|TV|RR|HR|BP|GCS|(?i:extubated|intubated|suctioned|weaned|proned|supined|repositioned))\b"), Rule::Plain(Date)),
        (re(r"(?i)\b(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*[-–]\s*)?(?:1[0-2]|0?[1-9])\s*(?:(?:am|pm)\b|a\.m\.|p\.m\.)"), Rule::Plain(Date)),
        (re(r"(?i)\b(?:19|20)\d{2}\s*(?:-|to|/)\s*(?:0?[1-9]|1[0-2])\s*(?:-|/)\s*(?:0?[1-9]|[12]\d|3[01])\b"), Rule::Plain(Date)),
        // Ages over 89: the number only.
        (re(r"(?i)\b(9\d|1[0-2]\d)\s*(?:-\s*)?(?:years?|yrs?|y)(?:\s*-\s*|\s+)old\b"), Rule::Plain(Age)),
        (re(r"(?i)\b(9\d|1[0-2]\d)\s*(?:yo\b|y/o\b|y\.\s?o\.?|yrs?\b|years?\b|-year\b)"), Rule::Plain(Age)),
        (re(r"(?i)\bage[ds]?\s*(?:of|is|:|=)?\s*(9\d|1[0-2]\d)\b"), Rule::Plain(Age)),
        // An age right after the patient, before a comma: "Pt 93, coughing", "client 91,".
        (re(r"(?i)\b(?:pt|patient|client|resident)[ \t]+(9\d|1[0-2]\d),"), Rule::Plain(Age)),
        (re(r"(?i)\bage[ds]?\s*(?:of|is|:)?\s*((?:ninety|one\s+hundred(?:\s+and)?)(?:[\s\-]+(?:one|two|three|four|five|six|seven|eight|nine))?)\b"), Rule::Plain(Age)),
        // Years in the languages of the notes: "93 år", "92 ans", "95 años", "91 Jahre", "93 urte".
        (re(r"(?i)\b(9\d|1[0-2]\d)\s*(?:år|ans|años|anos|jahre|jaar|anni|lat|vuotta|urte|歳|歲|才|岁|세|tahun|thn|tuổi|taon)"), Rule::Plain(Age)),
        (re(r"\b(9\d|1[0-2]\d)\s?(?:M|F|yo|Y|YO)\b"), Rule::Plain(Age)),
        // Lower case after a name and a comma, as handoffs write it: "faith rivers, 94f".
        (re(r"(?m)(?:,|^)[ \t]*(9\d|1[0-2]\d)[mf]\b"), Rule::Plain(Age)),
        // In words: "Ninety-three year old", "one hundred and two years".
        (re(r"(?i)\b((?:ninety|one\s+hundred(?:\s+and)?)(?:[\s\-]+(?:one|two|three|four|five|six|seven|eight|nine))?)[\s\-]*(?:years?|yrs?|y/?o)\b"), Rule::Plain(Age)),
        // "Patient is 96." — a bare number after "is", when nothing makes it a measurement.
        (re(r"(?i)\b(?:(?:patient|pt|he|she|mom|mother|dad|father|grandma|grandpa|i)\s+(?:is|am)|i'?m|i’m|she'?s|he'?s|shes|hes)\s+(9\d|1[01]\d)(?:\s*(?:years?|yrs?|y/?o))?(?:[,;)]|\.(?:\s|$)|\s+(?:and|with|who|old)\b|\s*$)"), Rule::Plain(Age)),
        // Russian SNILS in its 3-3-3 2 grouping: "112-233-445 95".
        (re(r"\b\d{3}-\d{3}-\d{3}[ \-]\d{2}\b"), Rule::Plain(Id)),
        // A Czech or Slovak birth number: "445114/1234".
        (re(r"\b\d{6}/\d{3,4}\b"), Rule::Plain(Id)),
        // Hungarian dates, year first: "2026. november 30.", "2026. nov. 30."
        (re(r"(?i)\b(?:19|20)\d{2}\.[ \t]*(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december|jan|febr?|márc|ápr|máj|jún|júl|aug|szept|okt|nov|dec)\.?[ \t]+\d{1,2}\.?"), Rule::Plain(Date)),
        // Dotted dates with spaces, as Central Europe types them: "29. 11. 2026."
        (re(r"\b(?:0?[1-9]|[12]\d|3[01])\.[ \t](?:0?[1-9]|1[0-2])\.[ \t]\d{4}\b\.?"), Rule::Plain(Date)),
        // A Czech postcode (3 and 2 digits) and its town with a district number: "150 06 Praha 5".
        (re(r"\b\d{3}[ ]\d{2}[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\d{1,2}\b)?"), Rule::Plain(Location)),
        // A Slovak or Czech street, its number after its name, just before a postcode of that
        // shape ("Obchodná 52, 811 06 Bratislava", "Na Poříčí 12/4, 110 00 Praha 1"): the postcode
        // says what the words before it are. A square by its word: "Námestie SNP 14", "nám.
        // Míru 9".
        (re(r"(?:^|[,;(][ \t]*|[ \t])(\p{Lu}[\p{L}'’\-.]*(?:[ \t]+(?:\p{Lu}[\p{L}'’\-.]*|na|nad|pod|pri|u|v|ve|z|ze)){0,2}[ \t]+\d{1,4}(?:/\d{1,4})?[a-zA-Z]?),[ \t]*\d{3}[ ]\d{2}[ \t]+\p{Lu}"), Rule::Plain(Address)),
        (re(r"\b(?:Námestie|Náměstí|(?i:nám)\.|Nábrežie|Nábřeží|Trieda|Třída)[ \t]+\p{L}[\p{L}.\-]*(?:[ \t]+\p{L}[\p{L}.\-]*){0,2}?[ \t]+\d{1,4}(?:/\d{1,4})?[a-zA-Z]?\b"), Rule::Plain(Address)),
        // An Albanian street with "Rruga" (or a boulevard, a square) and the house, building,
        // stairwell and flat after it: "Rruga e Durrësit, Nr. 45", "Rr. Myslym Shyri, Pallati 12,
        // Shkalla 3, Ap. 8".
        (re(r"\b(?:Rruga|Rr\.|Bulevardi|Blv\.|Sheshi)[ \t]+(?:(?:e|i|të)[ \t]+)?\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2}(?:,?[ \t]+(?:Nr\.|Pallati|P\.|Shkalla|Sh\.|Ap\.|Hyrja|Kati)[ \t]*\d{1,4}[A-Za-z]?\b)*"), Rule::Plain(Address)),
        // Albanian hospitals by their word and their adjectives or patron ("Spitali Rajonal
        // Shkodër", "Spitali Universitar i Traumës"), and the university centre by its initials
        // with its patron in quotes ("QSUT \"Nënë Tereza\"").
        (re(r"\b(?:Spitali|Qendra[ \t]+Spitalore|Qendra[ \t]+Shëndetësore|Maternitet(?:i)?)(?:[ \t]+(?:(?:i|e|të)[ \t]+)?\p{Lu}[\p{L}\-]+){1,3}"), Rule::Plain(Facility)),
        (re(r#"\b(?:QSUT|QKUM|QSU)\b(?:[ \t]+["“][\p{Lu}][^"”\n]{1,40}["”])?"#), Rule::Plain(Facility)),
        // A Malagasy plot by its code, a district's Roman numeral and letters before the number
        // and "Bis" after it: "Lot II M 85 Bis", "Lot VT 29", or the number first ("Lot 045 B"; a bare "Lot 12" stays to the rules
        // that know its street).
        (re(r"\bLot[ \t]+(?:(?:[IVX]{1,4}[ \t]+)?[A-Z]{1,3}[ \t]*\d{1,4}(?:[ \t]*[A-Z]\b)?|\d{1,4}[ \t]+[A-Z]{1,2}\b)(?:[ \t]+(?i:bis|ter)\b)?"), Rule::Plain(Address)),
        // A place by the landform word its name opens with, then one capitalised word: Vietnam's
        // Central Highlands in their minority peoples' words ("Chư", a mountain; "Krông", a river;
        // "Đắk", water: "Chư Sê", "Krông Pắc", "Đắk Mil") and a Malagasy island ("Nosy Be",
        // "Nosy Komba"; "Be" is a word to every other reader).
        (re(r"\b(?:Chư|Krông|Đắk|Đăk|Nosy)[ \t]+\p{Lu}\p{Ll}+\b"), Rule::Plain(Location)),
        // A Northern Sámi date, the month's name in the nominative or the genitive: "1.
        // juovlamánnu 2026", "30 skábmamánu".
        (re(r"\b\d{1,2}\.?[ \t]+(?:ođđajage|guovva|njukča|cuoŋo|miesse|geasse|suoidne|borge|čakča|golggot|skábma|juovla)mán(?:nu|u)(?:[ \t]+\d{4})?\b"), Rule::Plain(Date)),
        // A Malagasy date, with its weekday: "Alatsinainy 30 Novambra 2026", "3 Desambra".
        (re(r"\b(?:(?:Alatsinainy|Talata|Alarobia|Alakamisy|Zoma|Sabotsy|Alahady),?[ \t]+)?\d{1,2}[ \t]+(?:Janoary|Febroary|Martsa|Aprily|Mey|Jona|Jolay|Aogositra|Septambra|Oktobra|Novambra|Desambra)(?:[ \t]+\d{4})?\b"), Rule::Plain(Date)),
        // A Gagauz date, its month named as a season's month: "1 Kırım ayı 2026" (December),
        // "27 Kasım ayı". "ayı" is required but for the two winter months' "ay" and "Baba Marta".
        (re(r"\b\d{1,2}[ \t]+(?:(?:Büük|Küçük)[ \t]+ay|Baba[ \t]+Marta|(?:Çiçek|Hederlez|Kirez|Orak|Harman|Ceviz|Canavar|Kasım|Kırım|Kolada)[ \t]+ayı)(?:[ \t]+\d{4})?\b"), Rule::Plain(Date)),
        // An Ethiopian-calendar date written in Latin letters, the year always with it ("Sene",
        // "Tir" and "Hamle" are words and names too): "Hidar 21, 2019", "21 Hidar 2019" (sets
        // 475 and 487 leave the era after it, "E.C.", outside).
        (re(r"\b(?:(?:Meskerem|Tikimt|Tikemt|Teqemt|Hidar|Hedar|Tahsas|Tahisas|Tir|Ter|Yekatit|Yakatit|Megabit|Miyazya|Miyazia|Ginbot|Genbot|Sene|Hamle|Nehase|Nehasse|Pagume|Pagumen)[ \t]+\d{1,2},?|\d{1,2}[ \t]+(?:Meskerem|Tikimt|Tikemt|Teqemt|Hidar|Hedar|Tahsas|Tahisas|Tir|Ter|Yekatit|Yakatit|Megabit|Miyazya|Miyazia|Ginbot|Genbot|Sene|Hamle|Nehase|Nehasse|Pagume|Pagumen))[ \t]+20[0-2]\d\b"), Rule::Plain(Date)),
        // A Welsh date ("30 Tachwedd 2026", "1af Rhagfyr"); "Mai" and "Medi" are names too, so
        // they are read only with the year.
        (re(r"\b\d{1,2}(?:af|ail|ydd|fed|ed|ain)?[ \t]+(?:(?:Ionawr|Chwefror|Mawrth|Ebrill|Mehefin|Gorffennaf|Awst|Hydref|Tachwedd|Rhagfyr)(?:[ \t]+\d{4})?|(?:Mai|Medi)[ \t]+\d{4})\b"), Rule::Plain(Date)),
        // A Spanish or Portuguese month cut short with its stop, the year always with it: "3 dic.
        // 2026", "14 set. 2026" (the English shorts are the English rule's).
        (re(r"(?i)\b\d{1,2}[ \t]+(?:de[ \t]+)?(?:ene|abr|ago|dic|set|fev|dez|out)\.[ \t]*(?:de[ \t]+)?\d{4}\b"), Rule::Plain(Date)),
        // A Ukrainian date written in Latin letters, the month in the genitive: "2 hrudnia 2026".
        (re(r"\b\d{1,2}[ \t]+(?:sichnia|liutoho|lyutoho|bereznia|kvitnia|travnia|chervnia|lypnia|serpnia|veresnia|zhovtnia|lystopada|hrudnia)[ \t]+\d{4}\b"), Rule::Plain(Date)),
        // A Tongan date, the year always with it ("Sune" and "Siulai" are names too): "2 Tīsema 2026".
        (re(r"\b\d{1,2}[ \t]+(?:Sānuali|Fēpueli|Ma['ʻ]asi|['ʻ]Epeleli|Sune|Siulai|['ʻ]Aokosi|Sēpitema|['ʻ]Okatopa|Nōvema|Tīsema)[ \t]+\d{4}\b"), Rule::Plain(Date)),
        // A Samoan date, the year always with it ("Me" and "Mati" are words and names too): "2
        // Tesema 2026"; and Samoa's two great islands, their glottal stop written either way
        // ("Savai'i", "Savaiʻi"), which no list holds.
        (re(r"\b\d{1,2}[ \t]+(?:Ianuari|Fepuari|Fepuali|Mati|Aperila|Me|Iuni|Iulai|Aukuso|Setema|Oketopa|Novema|Tesema)[ \t]+\d{4}\b"), Rule::Plain(Date)),
        (re(r"\b(?:Savai['ʻ’]i|Upolu)\b"), Rule::Plain(Location)),
        // A Somali date, its weekday and its comma with it: "Isniin, 30 Noofembar 2026".
        (re(r"\b(?:(?:Isniin|Talaado|Arbaco|Khamiis|Jimce|Sabti|Axad),?[ \t]+)?\d{1,2}[ \t]+(?:Janaayo|Febraayo|Maarso|Abriil|Maajo|Juun|Luulyo|Ogost|Agoosto|Sebtembar|Oktoobar|Noofembar|Nofeembar|Desembar|Diseembar)(?:[ \t]+\d{4})?\b"), Rule::Plain(Date)),
        // An Omani address by its way's number and the building on it: "Way No. 3417, Building 28".
        (re(r"\bWay[ \t]+(?:No\.?[ \t]*)?\d{3,4}(?:,?[ \t]+(?:Building|Bldg\.?|House|Villa)[ \t]+(?:No\.?[ \t]*)?\d{1,4})?\b"), Rule::Plain(Address)),
        // A house on a Bengaluru or Mysuru cross or main road: "No. 214, 4th Cross", "#12, 3rd Main".
        (re(r"(?:\bNo\.[ \t]*|#[ \t]*)\d{1,4}(?:/\d{1,3})?,[ \t]*\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Cross|Main)(?:[ \t]+Road)?\b"), Rule::Plain(Address)),
        // A Ukrainian or Russian hospital transliterated, its town or region an adjective before
        // its kind: "Mukachivska tsentralna raionna likarnia", "Zakarpatska oblasna klinichna
        // likarnia im. Andriia Novaka" (a patron after "im.", his initials too: "im. P. P.
        // Zhemchueva"), "Yustinskaya rayonnaya bolnitsa", "Respublikanskiy protivotuberkuleznyy
        // dispanser".
        (re(r"\b\p{Lu}\p{Ll}+(?:ska|skyi|ckyi|skaya|skiy|skij|nyy|nyj)(?:[ \t]+\p{Ll}+){0,3}[ \t]+(?:likarnia|likarnya|poliklinika|ambulatoriia|dyspanser|klinika|bolnitsa|bol'nitsa|dispanser|gospital)\b(?:[ \t]+im\.[ \t]+(?:\p{Lu}\.[ \t]*){0,2}\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+){0,2})?"), Rule::Plain(Facility)),
        // A given name before the kin word that follows it, the word outside: "Feri bácsi",
        // "Oynisa buvi".
        (re(&format!(r"\b(\p{{Lu}}\p{{Ll}}+)[ \t]+(?:{KIN_AFTER_NAME})\b")), Rule::Plain(Name)),
        // A Japanese name before its honorific written in Latin letters: "Ogata Kenji-san",
        // "Tanaka-sensei" (the honorific stays).
        (re(r"\b(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)-(?:san|sama|sensei|kun|chan)\b"), Rule::Plain(Name)),
        // A given name before a Russian patronymic, and the surname after it: the patronymic
        // says person even when the given name reads as a word or a medical ending ("Sanal
        // Erdnievich Basangov": "-nal" is renal's; the Ukrainian "Oksana Petrivna").
        (re(r"\b\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna)(?:[ \t]+\p{Lu}\p{Ll}+)?\b"), Rule::Plain(Name)),
        // A Malagasy mobile number: "033 11 847 29".
        (re(r"\b03[2-489][ \t]\d{2}[ \t]\d{3}[ \t]\d{2}\b"), Rule::Plain(Phone)),
        // An Indonesian or Malay weekday before its day (the date rule reads the rest); never
        // alone: "Minggu" is also a week.
        (re(r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Isnin|Khamis|Jumaat|Ahad),?[ \t]+\d{1,2}\b"), Rule::Plain(Date)),
        // A Luxembourg social-security number after its label: "matricule 1942 0311 123 45".
        (re(r"(?i:\bmatricule)[ \t]*(?:no\.?|n°)?[ \t]*:?[ \t]*(\d{4}[ ]?\d{4}[ ]?\d{3}[ ]?\d{2})\b"), Rule::Plain(Id)),
        // Benin's national university hospital by its initials, alone or with the patron's after
        // a hyphen: "CNHU", "CNHU-HKM" (the other initials, "CHUD-OP" among them, are read with
        // what follows them by the initials rule further down).
        (re(r"\bCNHU(?:-[A-Z]{2,6})?\b"), Rule::Plain(Facility)),
        // A Polish street: "ul. Marszałkowska 10", "ul. Nowy Świat 4/6".
        (re(r"\b(?:ul|ulica|os|pl)\.?[ \t]+\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+)?[ \t]+\d{1,4}[a-zA-Z]?(?:/\d{1,4}|[ \t]+m\.[ \t]*\d{1,4})?"), Rule::Plain(Address)),
        // Turkish mobiles, 4-3-2-2: "0532 418 77 21".
        (re(r"\b0\d{3}[ ]\d{3}[ ]\d{2}[ ]\d{2}\b"), Rule::Plain(Phone)),
        // Hospitals of Central and Eastern Europe by their own words: "Szpital Wojewódzki w
        // Poznaniu", "Fakultní nemocnice v Motole", "NZOZ Przychodnia Zdrowie", "KBC Sestre
        // milosrdnice", "Spitalul Clinic Colentina", "ГКБ № 52".
        // Romanian hospitals and institutes join their words with "de" and may end in the town or
        // a patron: "Spitalul Clinic de Pneumoftiziologie Iași", "Institutul de Pneumoftiziologie
        // Marius Nasta", "Spitalul de Urgență Petroșani"; a patron may follow in quotes ("Spitalul
        // Clinic Republican „Timofei Moșneaga”"), and a Moldovan "Centrul de Sănătate" is one too;
        // "cel" joins a saint's epithet ("Spitalul Județean de Urgență Sfântul Ioan cel Nou").
        (re(r"\b(?:Spitalul|Institutul|Sanatoriul|Policlinica|Centrul[ \t]+Medical|Centrul[ \t]+de[ \t]+Sănătate)(?:[ \t]+(?:(?:de|din|pentru|și|cel|cea)[ \t]+)?\p{Lu}[\p{L}\-]+){1,5}(?:[ \t]+[„“\x22][^„“”\x22\n]{2,50}[”“\x22])?"), Rule::Plain(Facility)),
        (re(r"\b(?:(?:NZOZ|SPZOZ|ZOZ|SP[ \t]ZOZ)[ \t]+)?(?:Szpital|Przychodnia|Nemocnice|Nemocnica|Bolnica|Kórház|Spitalul|Poliklinika|Klinika)(?:[ \t]+\p{Lu}[\p{L}\-]+){1,3}(?:[ \t]+(?:w|we|v|ve|na|u|im\.|imienia)[ \t]+\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+)?)?"), Rule::Plain(Facility)),
        // A French town named for its saint, hyphenated, after "of", "in" or "from": "of
        // Sainte-Rose", "from Saint-Pierre-de-Chartreuse".
        (re(r"\b(?:of|in|from|near)[ \t]+((?:Saint|Sainte)-\p{Lu}\p{Ll}+(?:-(?:\p{Lu}\p{Ll}+|de|du|des|la|le|sur|en|lès|les))*)"), Rule::Plain(Location)),
        // Greek hospitals, health centres, surgeries and monasteries written in Latin letters, the
        // town in the genitive after them and the patron in guillemets: "Geniko Nosokomeio
        // Chanion «O Agios Georgios»", "Perifereiako Iatreio Choras Sfakion", "Iera Moni Prevelis".
        (re(r"\b(?:(?:Panepistimiako[ \t]+)?(?:Geniko[ \t]+)?Nosokomei?o|Kentro[ \t]+Ygeias|(?:Perifereiako|Periferiako|Polydynamo)[ \t]+Iatreio|Iera[ \t]+Moni)(?:[ \t]+\p{Lu}[\p{L}\-]+){1,3}(?:[ \t]+«[^«»\n]{2,50}»)?"), Rule::Plain(Facility)),
        // English towns named for a king or a bishop, whose possessive the name readers leave
        // out ("Queen Elizabeth Hospital, King's Lynn" read as "Lynn"); a hospital or a college
        // named so ("King's College Hospital") is no town, hence the list.
        (re(r"\b(?:King['’]s[ \t]+(?:Lynn|Langley|Sutton|Somborne|Norton)|Bishop['’]s[ \t]+(?:Stortford|Castle|Waltham|Cleeve|Lydeard|Itchington))\b"), Rule::Plain(Location)),
        // A Sapporo block address, its "jō" and "chōme" from the city's grid: "Minami 1-jo Nishi
        // 16-chome 291", "Kita 8-jō Nishi 5-chōme".
        (re(r"\b(?:Kita|Minami)[ \t]+\d{1,2}-?j[oō][ \t]+(?:Higashi|Nishi)[ \t]+\d{1,2}-?ch[oō]me(?:[ \t]+\d{1,4}(?:-\d{1,4})?)?"), Rule::Plain(Address)),
        // A Polish chapel, church, shrine or monastery by its word, its place after "na" or "w":
        // "Kaplica na Jaszczurówce".
        (re(r"\b(?:Kaplica|Kościół|Sanktuarium|Klasztor)[ \t]+(?:(?:na|w|we)[ \t]+)?\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+){0,2}"), Rule::Plain(Facility)),
        // Croatian, Serbian and Slovene hospitals by their kind and health centres, the town
        // after them ("Opća bolnica Pula", "Splošna bolnišnica Izola", "Dom zdravlja Umag"), and
        // a street by its kind after its name ("Kidričeva ulica 12"), ...; a clinical centre and
        // what a special hospital treats before its patron ("Klinički centar Crne Gore",
        // "Specijalna bolnica za plućne bolesti Dr Jovan Bulajić"), and a monastery ("Manastir
        // Ostrog").
        (re(r"\b(?:(?:Opća|Opšta|Splošna|Županijska|Klinička|Kantonalna|Specijalna|Regionalna)[ \t]+(?:bolnica|bolnišnica)(?:[ \t]+za(?:[ \t]+\p{Ll}+){1,3})?(?:[ \t]+(?:Dr\.?|dr\.?|Sveti|Sv\.))?|(?:Univerzitetski[ \t]+)?(?:Klinički|Kliničko-bolnički|Klinički[ \t]+bolnički)[ \t]+centar|Dom[ \t]+zdravlja|Zdravstveni[ \t]+dom)(?:[ \t]+\p{Lu}[\p{L}\-]+){0,3}|\b(?:Manastir|Samostan)(?:[ \t]+\p{Lu}[\p{L}\-]+){1,2}"), Rule::Plain(Facility)),
        (re(r"\b\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:ulica|cesta|nabrežje|obala)[ \t]+\d{1,4}[a-z]?\b"), Rule::Plain(Address)),
        // ... the kind first, a king's, a saint's or a title's word in lower case before the name
        // ("Obala kralja Tomislava 12", "Ulica sv. Roka 5"); a parish or a church by its
        // saint ("Župa sv. Jeronima"); an island after "otok" and one whose name holds the word
        // ("otok Vis", "Dugi otok").
        (re(r"\b(?:Obala|Ulica|Trg|Šetalište)[ \t]+(?:(?:kralja|kraljice|svetog|svete|sv\.|bana|dr\.|fra|don)[ \t]+)?\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+){0,2}[ \t]+\d{1,4}[a-z]?\b"), Rule::Plain(Address)),
        (re(r"\b(?:Župa|Crkva|Samostan|Katedrala)[ \t]+(?:sv\.|svetog|svete|svetoga|Gospe)[ \t]+\p{Lu}[\p{L}\-]+"), Rule::Plain(Facility)),
        (re(r"\botok[ \t]+(\p{Lu}\p{Ll}+)|\b(\p{Lu}\p{Ll}+[ \t]+otok)\b"), Rule::Plain(Location)),
        // A Croatian dotted date closes with its own dot, before a semicolon or a comma no full
        // stop stands before: "seen 1.12.2026.;".
        (re(r"\b(\d{1,2}\.\d{1,2}\.\d{4}\.)[;,)]"), Rule::Plain(Date)),
        (re(r"\b\p{Lu}\p{Ll}+[ \t]+(?:nemocnice|nemocnica|szpital|bolnica|kórház|przychodnia|poliklinika)\b(?:[ \t]+(?:w|we|v|ve|na|u)[ \t]+\p{Lu}[\p{L}\-]+|[ \t]+s[ \t]+poliklinikou(?:[ \t]+\p{Lu}[\p{L}\-]+){0,2})?"), Rule::Plain(Facility)),
        // ("OB Dr. Linda Cho" is her obstetrician: a word of two letters is no town.)
        (re(r"\b(?:KBC|KB|OB|SB)[ \t]+\p{Lu}[\p{L}\-]{2,}(?:[ \t]+\p{Ll}+)?\b"), Rule::Facility),
        (re(r"(?:ГКБ|ДГКБ|ГБ|ЦРБ|ОКБ|КБ|НИИ|ГП)[ \t]*№[ \t]*\d{1,4}(?:[ \t]+им\.[ \t]+(?:\p{Lu}\.[ \t]?){0,2}\p{Lu}\p{Ll}+)?"), Rule::Plain(Facility)),
        // ... in full, by their word with the adjectives before it and the number after: "Городская
        // больница № 3", "Київська міська клінічна лікарня № 8", "поликлиники № 12", "Алматы қалалық
        // клиникалық ауруханасы №7"; Bulgarian, Serbian and Greek hospitals by their own words.
        (re(r"(?:(?:\p{Lu}[\p{Cyrillic}\-]+|\p{Cyrillic}+(?:ая|яя|ый|ий|ой|ое|ська|цька|на|ня|ний|ная|ной|ской|ски|ска|лық|лік|ық|ік))[ \t]+){0,3}(?:больница|больницы|лікарня|лікарні|болница|поликлиника|поликлиники|поліклініка|поліклініки|госпиталь|диспансер|ауруханасы|емханасы)(?:[ \t]*№[ \t]*\d{1,4})?"), Rule::Plain(Facility)),
        (re(r"(?:УМБАЛ|МБАЛ|СБАЛ|УМБАЛСМ)[ \t]+(?:[„«\x22][^“”»\x22\n]{1,40}[“”»\x22]|\p{Lu}\p{Ll}+)"), Rule::Plain(Facility)),
        (re(r"(?:Клинички|Клиничко-болнички|Универзитетски|Клинический|Республиканский|Национальный)[ \t]+(?:центар|центр)(?:[ \t]+\p{Lu}\p{Ll}+){0,2}"), Rule::Plain(Facility)),
        (re(r"(?:(?:Γενικό|Πανεπιστημιακό|Περιφερειακό|Νομαρχιακό|Παίδων|Ογκολογικό|Στρατιωτικό|Ναυτικό)[ \t]+)?(?:Νοσοκομείο|Νοσοκομείου|Θεραπευτήριο)(?:[ \t]+\p{Lu}\p{Greek}+){1,2}(?:[ \t]+«[^»\n]{1,30}»)?"), Rule::Plain(Facility)),
        // Dates with a month in the genitive, Cyrillic and Greek: "3 ноября 2026", "5 Νοεμβρίου";
        // in the nominative as Tatar writes them ("28 ноябрь 2026", "5 гыйнвар").
        (re(r"(?i)\b(?:0?[1-9]|[12]\d|3[01])[ \t]+(?:гыйнвар|январь|февраль|апрель|июнь|июль|сентябрь|октябрь|ноябрь|декабрь|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември|јануара|фебруара|марта|априла|маја|јуна|јула|августа|септембра|октобра|новембра|децембра|Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου|Δεκεμβρίου)(?:[ \t]+\d{4})?\b"), Rule::Plain(Date)),
        // Ages over 89 beside an age word: "91 год", "ηλικία 93 ετών".
        (re(r"(?i)\b(9\d|1[0-2]\d)[ \t]*(?:год|года|лет|рік|роки|років|години|годин|ετών|χρονών|жаста|жас)\b"), Rule::Plain(Age)),
        (re(r"(?i)\b(?:возраст|вік|възраст|ηλικία|жасы)[ \t:]*(9\d|1[0-2]\d)\b"), Rule::Plain(Age)),
        // Policy and national numbers after their Cyrillic labels: "полис ОМС 7755 4433 2211 0099".
        (re(r"(?:полис(?:[ \t]+ОМС)?|ОМС|ИНН|ИИН|паспорт)[ \t:№]*(\d[\d \-]{5,22}\d)"), Rule::Digits(Id, 6)),
        // A Russian or Ukrainian street down to the flat: "ул. Ленина, д. 12, кв. 45".
        (re(r"(?:ул\.|улица|пр\.|проспект|пер\.|переулок|бул\.|бульвар|вул\.|вулиця|ш\.|шоссе)[ \t]*\p{Lu}[\p{Cyrillic}\-]+(?:[ \t]+\p{Lu}[\p{Cyrillic}\-]+)?,?[ \t]*(?:д\.|дом|буд\.)[ \t]*\d+[\p{Cyrillic}]?(?:/\d+)?(?:,?[ \t]*(?:корп\.|к\.)[ \t]*\d+)?(?:,?[ \t]*(?:кв\.|квартира)[ \t]*\d+)?"), Rule::Plain(Address)),
        // A surname with its initials after it, as Russian forms write a clinician: "Петров И. С.".
        (re(r"\b[\p{Cyrillic}&&\p{Lu}][\p{Cyrillic}&&\p{Ll}]+(?:-[\p{Cyrillic}&&\p{Lu}][\p{Cyrillic}&&\p{Ll}]+)?[ \t]+[\p{Cyrillic}&&\p{Lu}]\.[ \t]?[\p{Cyrillic}&&\p{Lu}]\."), Rule::Plain(Name)),
        // Identifiers read aloud and transcribed: five or more number words in a row ("five five
        // five, eight six seven, five three zero nine", "zero zero four, four seven one"), what
        // the words before make of them (a phone, a ZIP code, else a record number).
        (re(&format!(r"(?i)\b(?:area[ \t]+code[ \t]+)?{NUMWORD}(?:(?:[ \t]*,[ \t]*|[ \t]+|[ \t]*-[ \t]*|,?[ \t]+dash,?[ \t]+){NUMWORD}){{4,}}\b")), Rule::SpokenNumber),
        // A street number said in words: "one twenty-seven Juniper Hollow Road".
        (re(&format!(r"\b(?i:{NUMWORD}(?:[ \-]{NUMWORD}){{0,3}})[ \t]+(?:\p{{Lu}}\p{{Ll}}+[ \t]+){{1,3}}(?:Road|Street|Avenue|Drive|Lane|Court|Way|Place|Boulevard|Terrace|Circle|Trail|Parkway|Rd|St|Ave|Dr|Ln|Ct)\b\.?")), Rule::Plain(Address)),
        // An apartment said or written after the street: "apartment two B", "apt 4B".
        (re(&format!(r"(?i)\b(?:apartment|apt\.?|flat)[ \t]+#?((?:{NUMWORD}|\d{{1,4}})(?:[ \t]?(?-i:[A-Z])\b)?)")), Rule::Plain(Address)),
        // A name spelled out letter by letter: "K-O-W-A-L-C-Z-Y-K".
        (re(r"\b(?:[A-Z]-){3,}[A-Z]\b"), Rule::Plain(Name)),
        // Addresses as the rest of the world writes them. Japanese blocks ("1-2-3 Nishi-Shinjuku",
        // the word no English one) and wards, Korean districts and roads ("Gangnam-gu",
        // "45 Teheran-ro 10-gil").
        (re(r"\b(\d{1,2}-\d{1,2}-\d{1,3}[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))"), Rule::BlockAddress),
        (re(r"\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?-(?:ku|shi|gu|dong|myeon|eup|machi)\b"), Rule::Plain(Location)),
        (re(r"\b\d{1,4}[ \t]+\p{Lu}\p{Ll}+-(?:ro|gil|daero)\b(?:[ \t]+\d{1,3}(?:beon)?-gil\b)?"), Rule::Plain(Address)),
        // ... and with the building's number after, as Korea writes it: "Teheran-ro 52-gil 12".
        (re(r"\b\p{Lu}\p{Ll}+-(?:ro|gil|daero)(?:[ \t]+\d{1,3}(?:beon)?-gil)?[ \t]+\d{1,4}(?:-\d{1,3})?\b"), Rule::Plain(Address)),
        // Chinese and Malaysian numbered addresses: "Room 1203, No. 88 Nanjing West Road",
        // "No. 7, Jalan Ampang Hilir 3", and Brunei's with the lane's number before its road:
        // "No. 5, Simpang 118, Jalan Gadong".
        (re(r"\b(?:(?:Room|Rm\.?|Flat)[ \t]+\d{1,5}[A-Z]?,[ \t]*)?No\.[ \t]*\d{1,5}[A-Z]?,?[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+){1,3}(?:Road|Street|Avenue|Lu|Jie|Dajie|Lane|Rd)\b\.?"), Rule::Plain(Address)),
        (re(r"\b(?:(?:No\.[ \t]*)?\d{1,5}[A-Z]?,?[ \t]*)?(?:Simpang[ \t]+\d{1,4}[A-Z]?,?[ \t]*)?(?:Jalan|Jln\.?|Jl\.?|Gg\.?|Gang|Lorong|Persiaran|Lebuh)[ \t]+\p{Lu}\p{L}+(?:[ \t]+(?:No\.[ \t]*\d{1,5}[A-Z]?|\p{Lu}\p{L}+|\d{1,3}(?:/\d{1,3}[A-Z]?)?\b))*"), Rule::Plain(Address)),
        // A Malay village or town is a place, as is a town before its state, and an estate
        // (plantation) a business: "Kampung Baru", "Kg. Sungai Penchala", "Bandar Seri Begawan",
        // "Sibu, Sarawak", "Ladang Sungai Tekam" ("Bandar bin Sultan" is a man: no capital after).
        (re(r"\b(?:Kampung|Kampong|Kg\.|Kpg\.|Bandar)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}"), Rule::Plain(Location)),
        (re(&format!(r"\b(\p{{Lu}}\p{{Ll}}+(?:[ \t]\p{{Lu}}\p{{Ll}}+)?),[ \t]+(?:{MY_STATES}|{ZA_PROVINCES})\b")), Rule::Plain(Location)),
        // South Africa's townships: with an extension or a zone ("Cosmo City Ext 5", "Diepkloof
        // Zone 4"), or named "Kwa-" ("KwaMashu"; the province "KwaZulu-Natal" is none).
        (re(r"\b\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}[ \t]+(?:Ext\.?|Extension|Zone)[ \t]*\d{1,3}\b"), Rule::Plain(Location)),
        (re(r"\bKwa(?:[A-Y]|Z[a-tv-z]|Zu[a-km-z])\p{Ll}+\b"), Rule::Plain(Location)),
        // Poland: a coal mine by its abbreviation ("KWK Pniówek"), a hospital named before its
        // word ("Podhalański Szpital Specjalistyczny"), a gmina or powiat after its word, which
        // stays outside ("gm. Pawłowice", "pow. nowotarski", the powiat written as an adjective).
        (re(r"\bKWK[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?"), Rule::Plain(Facility)),
        (re(r"\b(?:\p{Lu}\p{Ll}+[ \t]+){1,2}Szpital\b(?:[ \t]+\p{Lu}\p{Ll}+){0,3}"), Rule::Plain(Facility)),
        (re(r"\b(?:gm\.|gmina|pow\.|powiat)[ \t]+(\p{L}[\p{L}\-]+(?:[ \t]+\p{Lu}\p{L}+)?)"), Rule::Plain(Location)),
        // A radio or television station by its call sign with its frequency or band ("WKTX 98.1",
        // "KPUA Radio", "WXYZ-TV"); a call sign alone is too like WBC or KUB to take.
        (re(r"\b[KW][A-Z]{3}(?:-(?:FM|AM|TV|LP)\b|(?:-(?:FM|AM|TV))?[ \t]+(?:\d{2,3}\.\d\b|\d{3,4}[ \t]?AM\b|FM\b|AM\b|Radio\b|TV\b))"), Rule::Plain(Facility)),
        // A hospital group's hospital by its town: "Mediclinic Durbanville", "Gleneagles Kuala Lumpur".
        (re(r"\b(?:Mediclinic|Netcare|Gleneagles|KPJ|Pantai|Columbia[ \t]+Asia)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?"), Rule::Plain(Facility)),
        (re(r"\bLadang[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}"), Rule::Plain(Facility)),
        // A flat or a house in a named building or estate: "Flat 3B, Sai Residency", "House 17, Jacaranda Estate".
        (re(r"\b(?:Flat|House|Villa|Plot|Door\s+No\.?)[ \t]+\d{1,5}[A-Z]?,[ \t]*(?:\p{Lu}\p{L}+[ \t]+){1,3}(?:Residency|Apartments|Apts|Towers|Tower|Estate|Enclave|Heights|Gardens|Court|Mansions?|Villas|Colony|Nagar|Complex|Society|Block|Residences?)\b"), Rule::Plain(Address)),
        // Portuguese and Spanish streets with the number after a comma and the flat: "Rua das
        // Flores, 123, apto 45"; Peru's jirón: "Jr. Huallaga 812"; Spain's floor and door: "C/
        // Mallorca 245, 3º 2ª", "Avda. de la Constitución 18, 1º B".
        // Cuban streets, the house number after "#" and the two cross streets it lies between
        // after "e/" (entre): "Calle 23 #456 e/ J y K", "Calle Línea #1052 e/ 12 y 14".
        (re(r"\b(?:Calle|Avenida|Ave\.|Calzada)[ \t]+(?:\d{1,3}[A-Z]?|\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?)[ \t]*(?:#|No\.|N[º°])[ \t]*\d{1,5}[A-Z]?[ \t]+(?:e/|entre)[ \t]*(?:\d{1,3}[A-Z]?|\p{Lu}[\p{L}\d]*)[ \t]+y[ \t]+(?:\d{1,3}[A-Z]?|\p{Lu}[\p{L}\d]*)\b"), Rule::Plain(Address)),
        // A house on a numbered highway or a rural road: "9100 Ranch Rd 620", "4500 Hwy 71",
        // "21750 FM 1960 W", "12 County Road 44".
        (re(r"\b\d{1,6}[ \t]+(?:(?:Ranch|Farm)[ \t]+(?:to[ \t]+Market[ \t]+)?(?:Rd\.?|Road)|FM|RM|Hwy\.?|Highway|State[ \t]+(?:Hwy\.?|Highway|Route|Rte\.?)|SH|U\.?S\.?[ \t]+(?:Hwy\.?|Highway|Route)|County[ \t]+(?:Road|Rd\.?)|CR|Route|Rte\.?)[ \t]+\d{1,4}[A-Z]?\b(?:[ \t]+(?:N|S|E|W|North|South|East|West)\b)?"), Rule::Plain(Address)),
        // A flat and the street its building stands on, as Glasgow's tenements ("Flat 2/1, 14
        // Dumbarton Road": second floor, first door) and Edinburgh's stairs ("Flat 3F2") number them.
        (re(&format!(r"\bFlat[ \t]+\d{{1,2}}(?:/\d{{1,2}}|F\d{{1,2}}),[ \t]*\d{{1,5}}[A-Z]?[ \t]+(?:\p{{Lu}}[\p{{L}}'’\-]+[ \t]+){{1,3}}{STREET}\b\.?")), Rule::Plain(Address)),
        // South Asian, Gulf, Ghanaian and Cuban house addresses, a house, flat, villa or building
        // number and its parts after commas: "H.No. 8-2-293/A, Road No. 12, Banjara Hills", "House
        // No. 45, Street 7, G-9/2", "Flat 302, Sai Residency, Plot 14, Sector 21", "Building 12,
        // Road 3803, Block 338", "H/No. C 114/7", "Edificio 12, apto 7", "Hse No. 14, Kasarani Estate", "House 22, Naxal Tole", "Plot No. 47, GIDC Estate";
        // a Dakar villa in its estate: "Villa n° 2145, Sicap Liberté 6", "Villa 88, HLM Grand Yoff".
        (re(r"\b(?:H\.[ \t]?No\.?|H/No\.?|House(?:[ \t]+No\.?)?|Hse[ \t]+No\.?|Flat(?:[ \t]+No\.?)?|Plot(?:[ \t]+No\.?)?|Door[ \t]+No\.?|D\.[ \t]?No\.?|Villa(?:[ \t]+(?:No\.?|n[°º]))?|Building|Bldg\.?|Edificio|Edif\.)[ \t]*(?:[A-Z][ \t])?\d[\w/\-]*(?:,[ \t]*(?:(?:apto|apt|apartamento)\.?[ \t]*\d{1,4}[A-Z]?|(?:Sicap|HLM|Cité|Parcelles[ \t]+Assainies)(?:[ \t]+\p{Lu}[\p{L}\-]*){0,2}(?:[ \t]+(?:Unité[ \t]+)?\d{1,2})?|(?:Road|Street|Lane|Sector|Block|Plot|Phase|Gali|Cross|Main)[ \t]+(?:No\.?[ \t]*)?[0-9A-Z][\w/\-]*|\p{Lu}-\d{1,2}(?:/\d)?|Al[ \t\-]\p{Lu}\p{Ll}+(?:[ \t]+\d{1,2})?|(?:(?:\p{Lu}\p{Ll}+|[A-Z]{2,6})[ \t]+){0,2}(?:Residency|Apartments?|Society|Nagar|Colony|Hills|Enclave|Complex|Towers?|Heights|Layout|Vihar|Bagh|Gardens|Chambers|Mansion|Bhavan|Niwas|Sadan|Estate|Tole))){0,4}"), Rule::Plain(Address)),
        // Dates of the Islamic calendar, transliterated: "15 Jumada al-Akhirah 1448", "8 Dhu
        // al-Hijjah", "20 Jumada II 1448", the month first too ("Jamadi-us-Sani 20, 1448"); an
        // era's "AH" after one is read and left, as an "E.C." or "Uhr" is ("1 Ramadan 1448 AH").
        (re(&format!(r"\b(\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{HIJRI_MONTH}(?:[ \t]+\d{{4}})?|{HIJRI_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}})(?:[ \t]*AH\b)?")), Rule::Plain(Date)),
        // Language-service companies by name: "LanguageLine Solutions", "CyraCom", "GLOBO".
        (re(r"\b(?:LanguageLine(?:[ \t]+Solutions)?|Language[ \t]+Line(?:[ \t]+Solutions)?|CyraCom|GLOBO|Propio|Boostlingo|Jeenie|InDemand(?:[ \t]+Interpreting)?|Stratus[ \t]+(?:Audio|Video)|Certified[ \t]+Languages(?:[ \t]+International)?)\b"), Rule::Plain(Facility)),
        // An interpreter's or a call centre operator's number: "operator 47720", "interpreter ID 204417".
        (re(r"(?i:\b(?:operator|interpreter))[ \t]*(?:ID|#|No\.?)?[ \t]*#?[ \t]*(\d{4,7})\b"), Rule::Named(Id)),
        // A Portuguese private company, "Lda." closing a name that may hold "do", "da" or "e":
        // "Corticeira do Norte Lda.", "Silva e Filhos Lda.", and Brazil's "Ltda." (the company
        // rule's particles stop at "de", since "Trabalhador da Vale S.A." is a worker of "Vale S.A.").
        (re(r"\b\p{Lu}\p{Ll}+(?:[ \t]+(?:(?:d[oa]s?|de|e)[ \t]+)?\p{Lu}\p{Ll}+){0,3}[ \t]+Ltda?\."), Rule::Plain(Facility)),
        // A Portuguese plot in a named estate or development: "Quinta do Vale, Lote 7", "Urbanização
        // da Portela, Lote 12A".
        (re(r"\b(?:Quinta|Urbaniza[çc][ãa]o|Urb\.)[ \t]+(?:(?:d[oa]s?|de)[ \t]+)?\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?,[ \t]*Lote[ \t]+\d{1,4}[A-Z]?\b"), Rule::Plain(Address)),
        // Portugal's Cartão de Cidadão ("12345678 9 ZX4") and a staff number ("nº mecanográfico 77410").
        (re(r"\b\d{8}[ \t]\d[ \t][A-Z]{2}\d\b"), Rule::Plain(Id)),
        (re(r"(?i:\bn\.?[ºo°]\.?[ \t]+mecanogr[áa]fico)[ \t]*:?[ \t]*(\d{3,8})\b"), Rule::Named(Id)),
        // Southern African community health centres and midwife units with their names ("Khayelitsha
        // Site B CHC"), and stands and erven by number ("Stand 2147").
        (re(r"\b\p{Lu}[\p{L}\-]*[ \t]+(?:(?:\p{Lu}[\p{L}\-]*|\d{1,3})[ \t]+){0,3}(?:CHC|PHC|PHCC|PHCU|MOU)\b"), Rule::Plain(Facility)),
        (re(r"\b(?:Stand|Erf)[ \t]+(?:No\.?[ \t]*)?\d{1,6}\b"), Rule::Plain(Address)),
        // ... and the high-density suburb after a stand, with its number ("Stand 5521, Glen View
        // 3"); Zimbabwe's national ID written with spaces ("63-2217745 K 43").
        (re(r"\b(?:Stand|Erf)[ \t]+(?:No\.?[ \t]*)?\d{1,6},[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?(?:[ \t]+\d{1,2})?)\b"), Rule::Plain(Location)),
        (re(r"\b\d{2}-\d{6,7}[ \t]+[A-Z][ \t]+\d{2}\b"), Rule::Plain(Id)),
        // Medical aids (South Africa's private insurers) by name.
        (re(r"\b(?:Discovery[ \t]+Health(?:[ \t]+Medical[ \t]+Scheme)?|Bonitas|Medshield|Fedhealth|Bestmed|Momentum[ \t]+Health|Bankmed|Polmed)\b"), Rule::Plain(Facility)),
        // Canadian provincial health numbers by their labels, spaced: "BC PHN 9123 456 789", "Sask.
        // HSN 987 654 321".
        (re(r"(?i:\b(?:PHN|HSN|ULI|OHIP|health[ \t]+card(?:[ \t]+(?:no\.?|number|#))?))[ \t]*:?[ \t]*#?[ \t]*(\d{3,5}(?:[ \-]\d{3,4}){1,3}(?:[ \-][A-Z]{2})?)\b"), Rule::Named(Id)),
        // Numbered streets and roads: "7421 128 Street", "4417 Road 28".
        (re(r"\b\d{1,6}[ \t]+(?:\d{1,3}(?:st|nd|rd|th)?[ \t]+(?:Street|St\.?|Avenue|Ave\.?)|(?:Road|Rd\.?|Avenue|Ave\.?)[ \t]+\d{1,4}[A-Z]?)\b"), Rule::Plain(Address)),
        // An alien registration number, spaced: "A 212 447 183".
        (re(r"\bA[ \-]?\d{3}[ \-]\d{3}[ \-]\d{3}\b"), Rule::Plain(Id)),
        // Czech streets named by an adjective, before the house's conscription number and its
        // orientation number after a slash: "Vinohradská 1511/230" (not the possessive "-ova":
        // "Petrova 45" is as likely a Russian surname and an age).
        (re(r"\b\p{Lu}\p{Ll}+(?:ská|cká|ého)[ \t]+\d{1,5}(?:/\d{1,4}[a-z]?)?\b"), Rule::Plain(Address)),
        // Irish and Welsh streets name their kind first, often with an article: "14 Ard na
        // Gréine", "22 Heol y Frenhines", "3 Bóthar an Locha".
        (re(r"\b\d{1,4}[ \t]+(?:Heol|Ffordd|Stryd|Lôn|Bóthar|Bothar|Sráid|Ard|Páirc|Cnoc|Radharc|Cúirt|Ascaill|Plás|Lána|Gleann|Cluain|Bryn|Maes|Llys)[ \t]+(?:(?:na|an|y|yr|'r)[ \t]+)?\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?"), Rule::Plain(Address)),
        // Islands by name: "Isle of Harris", "Isle of Man".
        (re(r"\bIsle[ \t]+of[ \t]+\p{Lu}\p{Ll}+"), Rule::Plain(Location)),
        // Streets that name their kind first (Iberian, Latin American, Greek), a flat or a floor
        // after the number inside: "Calle Mayor 12, 3º B", "Leoforos Kifisias 112, 3rd floor", "Av.
        // Rivadavia 5820, piso 3, depto. C", "Calle Uría 21, 3º izda.", a Mexican industrial park
        // after the number ("Av. Industrias 2300, Parque Industrial Escobedo"); Asturian "Cai" and
        // "Caleya"; Paraguay's corner after "c/" or "esq.": "Avda. Mariscal López 1234 c/ Brasil".
        (re(r"\b(?:Rua|Rúa|Avenida|Av\.|Avda\.|Bv\.|Bvar\.|Bulevar|Leoforos|Leof\.|Odos|Plateia|Travessa|Alameda|Calle|C/|Carrera|Calzada|Paseo|Pº|P\.º|Plaza|Pl\.|Plaça|Passeig|Ronda|Travesía|Camino|Jr\.|Jirón|Jiron|Pasaje|Psje\.|Cai|Caleya)[ \t]*(?:(?:de|da|das|do|dos|del|de[ \t]+la|la|los|las)[ \t]+)?\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)*,?[ \t]+(?:n\.?[ºo°]\.?[ \t]*|#[ \t]*)?\d{1,5}(?:[ \t]+(?:int\.?|interior|depto\.?)[ \t]*\d{1,4}[A-Z]?|,[ \t]*(?:(?:apto|apt|ap|depto|dpto|casa|bloco|bl|piso|sala|conj)\.?[ \t]*(?:\d{1,4}[A-Z]?|[A-Z]\b)|\d{1,2}\.?[ºª°](?:[ \t]*(?:\d{1,2}[ºª°]|(?:Esq|Dto|Dt|Fte|Frente|[Ii]zda|[Ii]zq|[Dd]cha)\.?|[A-Z]\b))?|(?:Parque|Zona|Pol[íi]gono)[ \t]+Industrial(?:[ \t]+(?:de[ \t]+|del[ \t]+)?\p{Lu}[\p{L}\-]+){1,3}|\d{1,2}(?:st|nd|rd|th)[ \t]+floor\b|(?:bajo|bajos|entlo\.|entresuelo|ático|atico|pral\.|principal)(?:[ \t]+(?:izq(?:da)?\.?|dcha\.?|[A-Z]\b))?)|[ \t]+(?:c/|esq\.|casi|esquina)[ \t]*\p{Lu}[\p{L}.]+(?:[ \t]+\p{Lu}[\p{L}.]+){0,3}){0,2}"), Rule::Plain(Address)),
        // Colombian addresses, a numbered street and the crossing street's number with the
        // distance along it: "Calle 63 # 9-42", "Cra. 15 No. 93-47", "Av. Calle 26 # 68C-61 Sur", with the
        // street's own side before the number and the flat after ("Calle 10 Sur # 32-15, Apto 502").
        (re(r"\b(?:(?:Av\.|Avenida)[ \t]+)?(?:Calle|Cl\.|Carrera|Cra\.?|Kr\.?|Diagonal|Dg\.|Transversal|Tv\.|Avenida|Av\.)[ \t]+\d{1,3}[A-Z]?(?:[ \t]+[Bb]is)?(?:[ \t]+(?:Sur|sur|Este|este|Norte|norte))?[ \t]*(?:#|No\.?|N[º°])[ \t]*\d{1,3}[A-Z]?[ \t]*-[ \t]*\d{1,3}(?:[ \t]+(?:Sur|sur|Este|este))?(?:,?[ \t]*(?:Apto|Apt|Apartamento|Int|Interior|Torre|Casa|Oficina|Of|Local)\.?[ \t]*\d{1,4}[A-Z]?)*"), Rule::Plain(Address)),
        // A Colombian cédula after its label, its digits grouped by dots: "C.C. 19.345.872",
        // "cédula 1.020.345.678" (the label stays outside, as labels do).
        (re(r"(?:\bC\.[ \t]?C\.|\b[Cc][ée]dula(?:[ \t]+de[ \t]+ciudadan[íi]a)?(?:[ \t]+(?:No\.?|N[º°]))?:?)[ \t]*(\d{1,3}(?:\.\d{3}){2,3})\b"), Rule::Plain(Id)),
        // An insurer after the word for one, which a Latin American note gives alone: "Prepaga
        // OSDE", "EPS Sura", "Isapre Colmena", "ARS Humano" (a public one, "Fonasa", "EsSalud",
        // "SENASA", has no such cue).
        (re(r"\b(?:[Mm]utualista|Prepaga|prepaga|[Oo]bra[ \t]+[Ss]ocial|EPS|ARS|Isapre|ISAPRE|[Aa]seguradora|[Oo]peradora|[Cc]onv[êe]nio)[ \t]*:?[ \t]+(\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*){0,2})"), Rule::Plain(Facility)),
        // Weekdays in the languages of Europe and in Chichewa (English has its own rule, which also leaves "every
        // Tuesday"); Portuguese only with "-feira", since "segunda" is also "second"; a short
        // date after one is the day's ("wtorek 24.11", "středa 25.11"); so are its comma and the
        // day before "de" or a month, where the month rule reads the rest ("sábado, 28 de
        // novembro", "poniedziałek, 30 listopada", "Montag, 30. November"), and a Danish "den" between
        // ("torsdag den 3. december 2026").
        (re(&format!(r"\b(?i:esmaspäev|teisipäev|kolmapäev|neljapäev|reede|laupäev|pühapäev|pondelok|utorok|streda|štvrtok|piatok|nedeľa|pirmadienis|antradienis|trečiadienis|ketvirtadienis|penktadienis|šeštadienis|sekmadienis|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|segunda-feira|ter[çc]a-feira|quarta-feira|quinta-feira|sexta-feira|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|poniedziałek|wtorek|czwartek|piątek|sobota|niedziela|pondělí|úterý|středa|čtvrtek|pátek|neděle|maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|pazartesi|salı|çarşamba|perşembe|cumartesi|cuma|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|luni|marți|marţi|miercuri|joi|vineri|sâmbătă|duminică|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|mánudag(?:ur)?|þriðjudag(?:ur)?|miðvikudag(?:ur)?|fimmtudag(?:ur)?|föstudag(?:ur)?|laugardag(?:ur)?|sunnudag(?:ur)?|hétfő|hétfőn|kedd|kedden|szerda|szerdán|csütörtök|csütörtökön|péntek|pénteken|szombat|szombaton|vasárnap|lolemba|lachiwiri|lachitatu|lachinayi|lachisanu|loweruka|lamulungu|ponedjeljak|utorak|srijeda|četvrtak|petak|subota|nedjelja|ponedeljek|torek|sreda|četrtek|petek|nedelja)\b(?:,?[ \t]+\d{{1,2}}[./]\d{{1,2}}\b(?:[./]\d{{2,4}}\b)?|,[ \t]+\d{{1,2}}\.?[ \t]+(?i:de\b|{FOREIGN_MONTH}|{MONTH})|[ \t]+den[ \t]+\d{{1,2}}\.?[ \t]+(?i:{FOREIGN_MONTH}|{MONTH}))?")), Rule::Plain(Date)),
        // French and Québec institutions by their acronyms: "EHPAD Les Tilleuls", "CLSC de la
        // Jonquière", "CHSLD Saint-Joseph".
        (re(r"\b(?:EHPAD|CLSC|CHSLD|CIUSSS|CISSS|CHRU|CHR)\s+(?:(?:de\s+la|de\s+l'|du|des|de|d')\s*)?(?:(?:Les|La|Le)\s+)?\p{Lu}[\p{L}'’\-]+(?:\s+(?:(?:de|du|des|la|le)\s+)?\p{Lu}[\p{L}'’\-]+){0,3}"), Rule::Plain(Facility)),
        // The employer after "chez" (at the premises of): "Ouvrier chez Airbus" (a title after it,
        // "chez Mme Roux", is a person's home, and no facility).
        (re(r"\bchez[ \t]+(\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+)?)"), Rule::Named(Facility)),
        // Staffing agencies and teleradiology groups by their names, which a note gives alone
        // ("prelim by vRad", "coordinator at Medical Solutions").
        (re(r"\b(?:vRad|Virtual[ \t]+Radiologic|StatRad|NightHawk|Radiology[ \t]+Partners|Medical[ \t]+Solutions|AMN[ \t]+Healthcare|Weatherby(?:[ \t]+Healthcare)?|LocumTenens\.com|Barton[ \t]+Associates|Hayes[ \t]+Locums|Jackson[ \t]+&[ \t]+Coker|Vista[ \t]+Staffing|CompHealth|Aya[ \t]+Healthcare|Cross[ \t]+Country[ \t]+Healthcare)\b"), Rule::Plain(Facility)),
        // A German-speaking old people's home by its word first, often a saint's: "Alters- und
        // Pflegeheim St. Martin", "Seniorenheim Haus Abendrot".
        (re(r"\b(?:Alters-[ \t]+und[ \t]+)?(?:Pflegeheim|Altersheim|Seniorenheim|Alterszentrum)[ \t]+(?:(?:St\.|Sankt|Haus)[ \t]+)?\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?"), Rule::Plain(Facility)),
        // A clock time with a point before "Uhr" or "uur", as German and Dutch write it: "um
        // 09.40 Uhr", "om 14.20 uur".
        (re(r"\b((?:[01]?\d|2[0-3])\.[0-5]\d)[ \t]+(?:Uhr|uur)\b"), Rule::Plain(Date)),
        // A Dutch academic hospital by its town with its "+" ("Maastricht UMC+"): the facility
        // words read "Amsterdam UMC", but their closing word boundary cannot take the "+".
        (re(r"\b\p{Lu}\p{Ll}+[ \t]+UMC\+"), Rule::Plain(Facility)),
        // The Thai identity number grouped 1-4-5-2-1, in an English note too ("3 7204 00182 51 1").
        (re(r"\b\d[ \-]\d{4}[ \-]\d{5}[ \-]\d{2}[ \-]\d\b"), Rule::Plain(Id)),
        // A Spanish convent, monastery, brotherhood or guild, or a Portuguese or Spanish mission,
        // by the word that opens its name, a place or a patron after "de" in it too: "Convento de
        // Santa Clara", "Hermandad del Rocío de Huelva", "Cofradía de Pescadores de Conil",
        // "Missão Católica de Lândana".
        (re(r"\b(?:Convento|Monasterio|Hermandad|Cofrad[íi]a|Missão|Misión)[ \t]+(?:(?:de[ \t]+la|de[ \t]+los|de[ \t]+las|de|del|do|da)[ \t]+)?\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:(?:de[ \t]+la|de|del)[ \t]+)?\p{Lu}[\p{L}'’\-]+){0,3}"), Rule::Plain(Facility)),
        // A coffee washing station, as Burundi and Rwanda name them: "Station de Lavage Kinyovu".
        (re(r"\bStation[ \t]+de[ \t]+[Ll]avage[ \t]+(?:de[ \t]+|d['’])?\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2}"), Rule::Plain(Facility)),
        // Spanish, Catalan and French health centres and homes by the words that open their
        // names: "Centro de Salud Delicias", "Residencia Los Olivos", "Centre d'Atenció Primària
        // d'Ordino", "Résidence A Qietüdine" (the Monegasque and Galician article "A").
        (re(r"\b(?:Centro\s+de\s+Salud|Centre\s+de\s+Salut|Centro\s+de\s+Sa[úu]de|Centre\s+d['’]Atenció\s+Primària|Centro\s+de\s+Atención\s+Primaria|Residencia|Residència|Résidence|Consultorio|Ambulatorio)\s+(?:(?:de|del|la|el|los|las|A)\s+|d['’])?\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2}"), Rule::Plain(Facility)),
        // A Spanish mobile in three groups of three, in brackets or after its label: "(654 321
        // 987)", "móvil 612 345 678"; in brackets also as three and three twos: "(985 71 62 09)".
        (re(r"\(([6-9]\d{2}[ \t](?:\d{3}[ \t]\d{3}|\d{2}[ \t]\d{2}[ \t]\d{2}))\)"), Rule::Plain(Phone)),
        // A Greek mobile, ten digits from 69, in groups: "6944 172 935", "697 241 7293".
        (re(r"\b69(?:\d{2}[ \t]\d{3}[ \t]\d{3}|\d[ \t]\d{3}[ \t]\d{4})\b"), Rule::Plain(Phone)),
        // A Danish or Norwegian number, eight digits in pairs, in brackets: "(29 94 17 29)".
        (re(r"\(([2-9]\d(?:[ \t]\d{2}){3})\)"), Rule::Plain(Phone)),
        // A Danish date, the year after a hyphen: "2/12-2026".
        (re(r"\b(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])-\d{4}\b"), Rule::Plain(Date)),
        (re(r"(?i:\b(?:tel[ée]fono|tel\.|m[óo]vil|m[òo]bil|telf\.?))[ \t]*:?[ \t]*([6-9]\d{2}[ \t]?\d{3}[ \t]?\d{3})\b"), Rule::Plain(Phone)),
        // An Asturian lane known by its kind alone, with its article and number: "La Caleya 4".
        (re(r"\b(?:La|El)[ \t]+(?:Caleya|Caleyina|Quintana|Corrada)[ \t]+\d{1,4}\b"), Rule::Plain(Address)),
        // Spain's social security number, province / number / check: "33/10482759/36".
        (re(r"\b\d{2}/\d{8}/\d{2}\b"), Rule::Plain(Id)),
        // A Dutch street of two words and its number: "Grote Markt 1", "Oude Gracht 112a".
        (re(r"\b(?:Grote|Kleine|Oude|Nieuwe|Korte|Lange|Hoge|Lage)[ \t]+\p{L}+[ \t]+\d{1,4}[a-z]?\b"), Rule::Plain(Address)),
        // Dutch practices, homes and hospitals by the words that open their names:
        // "Huisartsenpraktijk De Linde", "Gezondheidscentrum Het Anker", "Medisch Centrum
        // Leeuwarden".
        (re(r"\b(?:(?:Universitair[ \t]+)?Medisch[ \t]+(?:Centrum|Spectrum)|Huisartsenpraktijk|Huisartsenpost|Gezondheidscentrum|Verpleeghuis|Verzorgingshuis|Ziekenhuis)[ \t]+(?:(?:De|Het|'t)[ \t]+)?\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?"), Rule::Plain(Facility)),
        // A university medical centre in one word: "Radboudumc".
        (re(r"\b\p{Lu}\p{Ll}+umc\b"), Rule::Plain(Facility)),
        // Where the street sleeps: a corner ("at 5th and Alder"), a numbered avenue or a street
        // named without a house number ("on 82nd Ave", "at Skid Row, San Julian St"), a park or a
        // bridge ("in Cal Anderson Park").
        (re(r"\b(?i:at|on|near|of|by|off)[ \t]+(\d{1,3}(?:st|nd|rd|th)[ \t]+(?:and|&)[ \t]+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+[ \t]+(?:and|&)[ \t]+\d{1,3}(?:st|nd|rd|th))\b"), Rule::Plain(Address)),
        (re(r"\b(?i:at|on|near|off|along)[ \t]+(\d{1,3}(?:st|nd|rd|th)[ \t]+(?:Ave|Avenue|St|Street|Blvd|Boulevard|Rd|Road|Pl|Place)\b\.?)"), Rule::Plain(Address)),
        (re(r"(?:\b(?i:on|at|off|near|along)[ \t]+|,[ \t]*)((?:\p{Lu}\p{Ll}+[ \t]+){1,2}(?:St|Ave|Blvd|Rd|Street|Avenue|Boulevard|Road|Lane|Ln|Way|Pkwy)\.?)(?:[,;:)\n]|[ \t]+[\p{Ll}\d(]|$)"), Rule::Plain(Address)),
        (re(r"\b(?i:in|at|near|under|behind|by|to|from)[ \t]+(?:the[ \t]+)?((?:\p{Lu}\p{Ll}+[ \t]+){1,3}(?:Park|Bridge|Overpass|Underpass|Viaduct|Plaza|Square|Pier|Tunnel))\b"), Rule::Plain(Location)),
        (re(r"\bSkid[ \t]+Row\b"), Rule::Plain(Location)),
        // A nickname in quotes that a bracket says is one: '"Bear" (baby's nickname)'.
        (re(&format!(r"{QUOTED_NAME}[ \t]*\([^()\n]{{0,20}}\b(?i:nickname|nick|aka|a\.k\.a\.)")), Rule::Plain(Name)),
        // Islands named after a day or a feast, which the landform rule reads as words.
        (re(r"\b(?:Thursday|Christmas|Easter)[ \t]+Island\b"), Rule::Plain(Location)),
        // A house that takes people in, where someone goes or comes from: "Drop-in at Covenant
        // House" ("House" alone ends too many other names to be a facility word).
        (re(r"\b(?i:at|to|from|into)[ \t]+((?:\p{Lu}\p{Ll}+[ \t]+){1,2}House)\b"), Rule::Plain(Facility)),
        // A street name in quotes after the word for a person who goes by it: 'guest "Red"'.
        (re(&format!(r"\b(?i:guest|client|call[ \t]+sign|callsign|street[ \t]+name|known[ \t]+as|aka|a\.k\.a\.|nicknamed|goes[ \t]+by|calls[ \t]+(?:him|her)self)[ \t]*:?[ \t]+{QUOTED_NAME}")), Rule::Plain(Name)),
        // An Iranian or Afghan address from the house up: "No. 14, Golestan Alley, Vali-Asr Ave".
        (re(r"\bNo\.[ \t]*\d{1,4}(?:,[ \t]*(?:\p{Lu}[\p{L}'’\-]+[ \t]+){1,3}(?:Alley|Lane|Kuche|Koocheh|St\.?|Street|Ave\.?|Avenue|Blvd\.?|Boulevard|Square|Sq\.?|Highway|Hwy\.?)){1,3}"), Rule::Plain(Address)),
        // A Caribbean town before its parish: "Half Way Tree, St. Andrew", "Hastings, Christ
        // Church" (the parish is the saint's rule's).
        (re(r"\b(?:(?:From|In|At|Of|To|Near|Lives|Living)[ \t]+(?:in[ \t]+)?)?((?:\p{Lu}\p{Ll}+[ \t]+){0,2}\p{Lu}\p{Ll}+),[ \t]+((?:St\.?|Saint)[ \t]+(?:Andrew|Thomas|Mary|Ann|James|Elizabeth|Catherine|Michael|Philip|George|John|Joseph|Lucy|Peter)|Christ[ \t]+Church|Clarendon|Trelawny|Westmoreland|Hanover|Portland|Manchester)\b"), Rule::Plain(Location)),
        // Lots, schemes and Trinidad's light poles: "Lot 214 Greater Portmore", "Lot 17 Section
        // B", "LP 45 Rahamut Trace".
        (re(r"\bLot[ \t]+\d{1,4}[A-Z]?,?[ \t]+(?:Section[ \t]+[A-Z]\b|(?:\p{Lu}\p{Ll}+[ \t]+){0,2}\p{Lu}\p{Ll}+\b)|\bLP[ \t]*#?[ \t]*\d{1,4},?[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+){1,3}(?:Trace|Road|Rd\.?|Street|St\.?|Avenue|Ave\.?|Lane|Drive|Extension|Ext\.?)"), Rule::Plain(Address)),
        // "Washington, DC" is the city.
        (re(r"\b(Washington),?[ \t]+D\.?[ \t]?C\.?\b"), Rule::Plain(Location)),
        // A given name before the note that the surname is unknown: "Ahmed (surname unknown)".
        (re(r"\b(\p{Lu}\p{Ll}+)[ \t]*\((?:surname|last[ \t]+name|family[ \t]+name)[ \t]+(?:unknown|not[ \t]+known|withheld|not[ \t]+given)\)"), Rule::Plain(Name)),
        // A co-operative named as Greek and Balkan ones translate: its members, then its place
        // ("Cooperative of Saffron Growers of Kozani").
        (re(r"\bCo-?operative[ \t]+of[ \t]+(?:\p{Lu}[\p{L}'’\-]+[ \t]+){0,3}\p{Lu}[\p{L}'’\-]+(?:[ \t]+of[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?)?"), Rule::Plain(Facility)),
        // An organisation of a place: "AIDS Foundation of Chicago", "Lutheran Services of Iowa".
        (re(r"\b((?:\p{Lu}[\p{L}'’\-]+[ \t]+){1,3}(?:Foundation|Society|Association|Alliance|Coalition|League|Network|Project|Services)[ \t]+of[ \t]+(?:Greater[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)"), Rule::Named(Facility)),
        // A Greek postcode after its label: "TK 151 24", "T.K. 54622".
        (re(r"\bT\.?[ \t]?K\.?[ \t]*(\d{3}[ \t]?\d{2})\b"), Rule::Plain(Location)),
        // A street with its number after its kind, as Cyprus writes it in English: "Makariou III
        // Avenue 45", "Ledras Street 120".
        (re(r"\b(?:\p{Lu}\p{Ll}+[ \t]+){1,2}(?:[IVX]{1,4}[ \t]+)?(?:Avenue|Street|street|Road|Ave\.?|St\.|Rd\.)[ \t]+\d{1,4}[A-Z]?\b(?:,[ \t]*(?:apt\.?|flat|apartment|kv\.)[ \t]*\d{1,4}\b)?"), Rule::Plain(Address)),
        // A street with its number after its name, as Belgium and the Congo write it: "Avenue
        // Lumumba 12", "Avenue de la Justice 27", "Avenue Kasa-Vubu n° 45".
        (re(r"\b(?:Avenue|Av\.|Boulevard|Bd\.?|Rue|Chaussée)[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|de|du|des)[ \t]*)?\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2}(?:[ \t]*,?[ \t]*n°[ \t]*|[ \t]+)\d{1,4}[A-Za-z]?\b"), Rule::Plain(Address)),
        // A street that needs no street word, after its number: "5512 N Broadway".
        (re(r"\b\d{1,5}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:Broadway|Bowery)\b"), Rule::Plain(Address)),
        // A boat by its name after the word for it: "boat Agia Marina II", "trawler Kelly Ann".
        (re(r"\b(?i:boat|vessel|trawler|caique|yacht|sailboat|longliner|seiner)[ \t]+(?:(?i:named|called)[ \t]+)?((?:\p{Lu}\p{Ll}+[ \t]+){0,2}\p{Lu}\p{Ll}+(?:[ \t]+[IVX]{1,4}\b)?)"), Rule::Plain(Facility)),
        // A Nepali month and its day, either order, a Bikram Sambat year before or after:
        // "Mangsir 15", "3 Poush", "2082 Mangsir 16".
        (re(r"\b(?:(?:(?:19|20)\d{2}[ \t]+)?(?:Baisakh|Baishakh|Jestha|Jeth|Asar|Ashadh|Shrawan|Saun|Bhadra|Bhadau|Ashwin|Asoj|Kartik|Mangsir|Poush|Push|Magh|Falgun|Phagun|Chaitra)[ \t]+\d{1,2}|\d{1,2}[ \t]+(?:Baisakh|Baishakh|Jestha|Jeth|Asar|Ashadh|Shrawan|Saun|Bhadra|Bhadau|Ashwin|Asoj|Kartik|Mangsir|Poush|Push|Magh|Falgun|Phagun|Chaitra)(?:,?[ \t]+(?:19|20)\d{2})?)\b"), Rule::Plain(Date)),
        // A business by its name between "at" and its town: "groomer at Pampered Paws, Boise".
        (re(r"\b(?i:at|works[ \t]+for|owner[ \t]+of)[ \t]+((?:\p{Lu}\p{Ll}+[ \t]+){1,2}\p{Lu}\p{Ll}+),[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)\b"), Rule::BusinessBeforeTown),
        // A town before its region, as Ghana and others write them: "Ho, Volta Region".
        (re(r"\b(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?),[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+){1,2}Region\b"), Rule::Plain(Location)),
        // A GhanaPost digital address: "GA-183-8164" after its label.
        (re(r"(?i:\b(?:digital[ \t]+address|ghanapost(?:[ \t]+gps)?|gps[ \t]+address))[ \t]*:?[ \t]+([A-Z]{2}-\d{3,4}-\d{4})\b"), Rule::Plain(Address)),
        // Mongolia: a father's initial of two letters before the given name ("Ts. Enkhjargal"),
        // a civil register number with two Cyrillic letters ("УБ95061214"), a city district or
        // a soum before its word ("Bayanzürkh district", "Tsetserleg soum": a listed town or a
        // word no list holds), a ger district's
        // address by khoroo, building and flat.
        (re(r"\b((?:Ts|Ch|Sh|Kh|Zh)\.[ \t]?\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)"), Rule::Named(Name)),
        (re(r"\b[А-ЯЁӨҮ]{2}\d{8}\b"), Rule::Plain(Id)),
        (re(r"\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]+(?:district|soum|düüreg|duureg)\b"), Rule::Town),
        (re(r"\b(?i:khoroo)[ \t]+\d{1,3}(?:,?[ \t]+(?i:building|bldg\.?|block|apartment|apt\.?|door|toot)[ \t]*\d{1,4})*"), Rule::Plain(Address)),
        // A given name alone opening a line before an age: "Narantuya, 34, from Erdenet".
        (re(r"(?m)^(\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?),[ \t]+\d{1,2},"), Rule::Named(Name)),
        // A corner of two bare street names before its town: "hit at Halsted and Division, Chicago".
        (re(r"\b(?i:at|corner\s+of)[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:and|&)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?),[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)\b"), Rule::CornerBeforeTown),
        // A street without a street word, its number, then the town, as Europe writes it:
        // "Ferhadija 14, Sarajevo", "Ilica 242, 10000 Zagreb", or without a number, as the Balkans
        // write it ("bb"): "Ljubljanska bb, 81000 Podgorica".
        (re(r"\b((?:\p{Lu}\p{Ll}+[ \t]+){0,2}\p{Lu}\p{Ll}{2,}[ \t]+(?:\d{1,4}[a-z]?|bb)),[ \t]*(?:\d{4,5}[ \t]+)?(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)\b"), Rule::StreetBeforeTown),
        // Post-Soviet addresses: a microdistrict or street, the house and the flat: "mkr.
        // Samal-2, 58, kv. 14", "ul. Navoi 24, kv. 3"; Polish "ul." and Kashubian "ùlëca" alike.
        (re(r"\b(?:mkr\.|ul\.|ùlëca|ùl\.|vul\.|prosp\.|pr-t|ulitsa|mikrorayon)[ \t]*\p{Lu}\p{L}*(?:-\p{L}+)*(?:-\d{1,2})?(?:[ \t]+\p{Lu}\p{L}+)?(?:,?[ \t]+(?:d\.[ \t]*)?\d{1,4}[A-Za-z]?)?(?:,[ \t]*(?:kv\.|apt\.?|flat)[ \t]*\d{1,4})?"), Rule::Plain(Address)),
        // Romanian and Moldovan addresses: the street's abbreviation, its name, "nr." and the
        // block, stairway, floor and flat: "Str. Mihai Eminescu nr. 14, bl. A3, sc. 2, ap. 17",
        // "Bd. Eroilor 7"; a prince's epithet with "cel" and a date's day in the name too:
        // "Strada Ștefan cel Mare nr. 12", "Bulevardul 1 Decembrie 1918 nr. 21".
        (re(r"\b(?:Str\.|Strada|Bd\.|Bdul\.?|B-dul|Bulevardul|Calea|Șos\.|Șoseaua|Sos\.|Aleea|Piața|Intrarea|Splaiul)[ \t]+(?:(?:\p{Lu}[\p{L}\-]*\.?|\d{1,2}|cel|cea|lui)[ \t]+){0,3}\p{Lu}[\p{L}\-]*(?:[ \t]+(?:nr\.[ \t]*)?\d{1,4}[A-Za-z]?)?(?:,?[ \t]+(?:nr|bl|sc|et|ap)\.[ \t]*[A-Z0-9]{1,4})*"), Rule::Plain(Address)),
        // ... and written lower-case, as Moldovan forms do ("str. Lenin 176", "str. Ştefan cel Mare
        // 41"): then with its number, which a lower-case "str." before a capital alone does not
        // promise.
        (re(r"\bstr\.[ \t]*(?:\p{Lu}[\p{L}\-]*\.?[ \t]+|(?:cel|de|din|lui|și|şi)[ \t]+){0,4}\p{Lu}[\p{L}\-]*[ \t]+(?:nr\.[ \t]*)?\d{1,4}[A-Za-z]?\b(?:,?[ \t]+(?:nr|bl|sc|et|ap)\.[ \t]*[A-Z0-9]{1,4})*"), Rule::Plain(Address)),
        // A shelter by its name after the word: "Shelter: Hope House", "refuge Haven Place".
        (re(r"\b(?i:shelter|refuge|safe[ \t]+house)[ \t]*:?[ \t]+((?:\p{Lu}\p{Ll}+[ \t]+){0,2}(?:House|Home|Haven|Place|Center|Centre|Shelter|Refuge))\b"), Rule::Plain(Facility)),
        // A restaurant or a café by its word first: "Tacos El Güero", "Trattoria Da Nino".
        (re(r"\b(?:Tacos|Taquería|Taqueria|Panadería|Panaderia|Restaurante|Cafetería|Pizzería|Trattoria|Ristorante|Osteria|Café|Bistro|Brasserie)[ \t]+(?:(?:El|La|Los|Las|Da|Del|Chez|Le|Il)[ \t]+)?\p{Lu}[\p{L}'’]+(?:[ \t]+\p{Lu}[\p{L}'’]+)?"), Rule::Plain(Facility)),
        // A business after the word for its kind: "Bakery Flour & Crumb", "catering company Silver
        // Spoon Events", "pet shop Aquarium World".
        (re(r"\b(?i:bakery|food[ \t]+truck|catering[ \t]+company|coffee[ \t]+shop|pet[ \t]+shop|pet[ \t]+store|barbershop|boutique|salon|pub)[ \t]*:?[ \t]+((?-i:\p{Lu}[\p{L}'’]+)(?:[ \t]+(?:&|(?-i:\p{Lu}[\p{L}'’]+))){0,3})"), Rule::BusinessAfterKind),
        // A Beirut address, which goes by street, building and floor, not numbers: "Rue Monot,
        // Building Azar, 3rd floor".
        (re(r"\b(?:Rue|Street|Shari'?a?)[ \t]+\p{Lu}\p{Ll}+,?[ \t]*(?:Building|Bldg\.?|Immeuble)[ \t]+\p{Lu}\p{Ll}+(?:,[ \t]*\d{1,2}(?:st|nd|rd|th)[ \t]+floor)?"), Rule::Plain(Address)),
        // A numbered street in a numbered Cairo district: "15 Street 9".
        (re(r"\b\d{1,4}[ \t]+(?:Street|St\.|Road|Rd\.)[ \t]+\d{1,4}[A-Z]?\b"), Rule::Plain(Address)),
        // A kunya, a parent named for a child, is how people are called: "Abu Khaled", "Umm
        // Ahmed" ("Abu Dhabi", "Abu Ghraib" and "Abu Simbel" are the place rules': no word after
        // "Abu" opening "Dh", "Gh" or "Si" is taken).
        (re(r"\b((?:Abu|Abou|Umm|Um|Oum)[ \t]+(?:[A-CEFH-RT-Z]\p{Ll}{2,}|D[a-gi-z]\p{Ll}+|G[a-gi-z]\p{Ll}+|S[a-hj-z]\p{Ll}+))\b"), Rule::Plain(Name)),
        // Mérida's streets by number with the two streets the block lies between: "Calle 60 #491
        // x 57 y 59", "Calle 59 No. 514 x 72 y 74".
        (re(r"\bCalle[ \t]+\d{1,3}[A-Z]?(?:[ \t]*(?:#|No\.|N[º°])[ \t]*\d{1,4}[A-Z]?)?[ \t]+(?:x|por)[ \t]+\d{1,3}[A-Z]?(?:[ \t]+y[ \t]+\d{1,3}[A-Z]?)?\b"), Rule::Plain(Address)),
        // Central America. Guatemala numbers its avenues and streets and gives the house as the
        // crossing and the distance: "4a. Avenida 12-45", "12 Calle 1-25"; Panamá and Honduras
        // add a cardinal, a block and a house: "Calle 73 Este, casa 14", "bloque 14, casa 2208";
        // Puebla's add "Oriente" and "Poniente" and the house's "No." ("Calle 6 Norte No. 1208").
        (re(r#"\b\d{1,2}(?:a|ª|o|º)?\.?[ \t]+(?:[Aa]venida|[Cc]alle|Av\.)(?:[ \t]+"?[A-Z]"?)?[ \t]+\d{1,3}-\d{1,3}\b"#), Rule::Plain(Address)),
        (re(r"\b(?:Calle|Avenida|Av\.)[ \t]+\d{1,3}[A-Z]?[ \t]+(?:Este|Oeste|Norte|Sur|Oriente|Poniente)\b(?:,?[ \t]*(?:casa|Casa|edificio|Edificio)[ \t]*(?:#|No\.?)?[ \t]*\d{1,4}[A-Z]?|[ \t]+(?:No\.|#|N[º°])[ \t]*\d{1,5}[A-Z]?\b)?"), Rule::Plain(Address)),
        (re(r"\b(?:[Bb]loque|[Bb]lq?\.)[ \t]*[0-9A-Z]{1,4},?[ \t]+(?:[Cc]asa|[Cc]\.)[ \t]*(?:#|No\.?)?[ \t]*\d{1,5}[A-Z]?\b"), Rule::Plain(Address)),
        // Burmese names in Latin letters have no surname: a run of syllables, one of them no
        // English word, after an honorific or in twos ("U Tin Oo", "Ma Thiri", "Zaw Lin Oo").
        (re(&format!(r"\b(?:U|Daw|Ko|Ma|Maung|Mg|Naw|Saw|Sai|Nang)[ \t]+((?:{MM_ANY}[ \t]+){{0,3}}{mm}(?:[ \t]+(?:{MM_ANY}|{mm})){{0,3}})\b|\b((?:{MM_ANY}[ \t]+){{1,3}}{mm}(?:[ \t]+(?:{MM_ANY}|{mm})){{0,3}}|{mm}(?:[ \t]+(?:{MM_ANY}|{mm})){{1,3}})\b")), Rule::Plain(Name)),
        // Hungary: a street and its kind after its name, then the number ("Kossuth Lajos utca 12",
        // "Váci út 45") and a floor and door after it ("3. em. 12.", "fszt. 2."); a date in the
        // Hungarian order with its spaced stops ("2026. 11. 17.";
        // the unspaced "2026.11.28" is read by the numeric date rules, a full stop after it not).
        (re(r"\b(?:\p{Lu}[\p{L}\-]+[ \t]+){1,3}(?:utca|út|útja|tér|körút|krt\.|sor|köz|fasor|rakpart|sétány)[ \t]+\d{1,4}(?:/[A-Za-z])?\.?(?:,?[ \t]+(?:(?:\d{1,2}|[IVX]{1,4})\.[ \t]*(?:em\.|emelet)|fszt\.)(?:[ \t]*\d{1,3}\.?(?:[ \t]*ajtó)?)?)?"), Rule::Plain(Address)),
        (re(r"\b(?:19|20)\d{2}\.[ \t](?:0?[1-9]|1[0-2])\.[ \t](?:0?[1-9]|[12]\d|3[01])\."), Rule::Plain(Date)),
        // Thailand: a house number (with its unit after a slash) and its village's "Moo", or a
        // "Soi" with its road and number ("99/12 Moo 4", "88 Soi Sukhumvit 39"); its tambon,
        // amphoe, khwaeng and khet are read with Cambodia's words below.
        (re(r"\b\d{1,4}(?:/\d{1,4})?[ \t]+(?:Moo|Mu|M\.)[ \t]*\d{1,2}\b|\b(?:\d{1,4}(?:/\d{1,4})?[ \t]+)?Soi[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?(?:[ \t]+\d{1,3}\b)?"), Rule::Plain(Address)),
        // An airport by its name: "Tri-Cities Regional Airport", "Sumburgh Airport".
        (re(r"\b(?:\p{Lu}[\p{L}'’\-]+[ \t]+){1,4}Airport\b"), Rule::Plain(Location)),
        // Utah's grid: a house's distance from the meridian, then its street's ("1350 E 300 S",
        // "255 N 200 W, Apt 12"); a Latter-day Saint ward by its town and ordinal ("Riverton 3rd
        // Ward"), a congregation, not a hospital's ward ("Ward 3").
        (re(r"\b\d{2,5}[ \t]+[NSEW]\.?[ \t]+\d{2,5}[ \t]+[NSEW]\b\.?(?:,?[ \t]*(?:Apt|Unit|Ste|Suite|#)\.?[ \t]*#?[ \t]*[0-9A-Z\-]{1,5}\b)?"), Rule::Plain(Address)),
        (re(r"\b\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+\d{1,2}(?:st|nd|rd|th)[ \t]+Ward\b"), Rule::Plain(Facility)),
        // Nairobi's Eastleigh numbers its sections and avenues: "Section 3, 2nd Avenue".
        (re(r"\bSection[ \t]+\d{1,2},[ \t]*\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Avenue|Ave\.?|Street|St\.?)"), Rule::Plain(Address)),
        // Puerto Rico writes the development first, then the street, block and house, or a
        // highway and its kilometre: "Urb. Villa Carolina, Calle 412 Bloque 170 #9", "Cond. Torres
        // del Parque, Apt. 1204", "Carr. 172 Km 14.3"; the barrio is a place ("Bo. Mamey").
        // Brazil's state and federal roads go by their kilometre the same way: "Rodovia CE-040, km 23".
        (re(r"\b(?:Urb\.|Urbanizaci[oó]n|Cond\.|Condominio|Residencial|Parcelas|Parc\.)[ \t]+\p{Lu}[\p{L}\-]*(?:[ \t]+(?:(?:de|del|de[ \t]+la|los|las)[ \t]+)?(?:\p{Lu}[\p{L}\-]*|\d{1,3}\b))*(?:,[ \t]*Calle[ \t]+(?:\d{1,4}[A-Z]?|\p{Lu}\p{L}+)(?:[ \t]+(?:(?:Bloque|Blq\.?)[ \t]*[0-9A-Z]{1,4}\b|\p{Lu}\p{L}+)){0,3}(?:[ \t]*#[ \t]*\d{1,4}[A-Z]?)?)?(?:,[ \t]*(?:Apt|Apto|Apartamento|Edif)\.?[ \t]*#?[ \t]*[0-9A-Z\-]{1,6})?"), Rule::Plain(Address)),
        (re(r"\bCalle[ \t]+\d{1,4}[A-Z]?[ \t]+(?:Bloque|Blq\.?)[ \t]*[0-9A-Z]{1,4}(?:[ \t]*#[ \t]*\d{1,4}[A-Z]?)?"), Rule::Plain(Address)),
        // A Colombian road by its kilometre first: "Km 12 Vía Puerto López".
        (re(r"\bKm\.?[ \t]*\d{1,3}(?:[.,+]\d{1,3})?[ \t]+(?:Vía|Via|Carretera|Autopista)[ \t]+(?:(?:a|al)[ \t]+)?\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+){0,2}"), Rule::Plain(Address)),
        // A Spanish road or street without a number: "Carretera de Torredonjimeno s/n".
        (re(r"\b(?:Carretera|Camino|Calle|Avenida|Avda\.|Paseo|Plaza)[ \t]+(?:(?:de|del|de[ \t]+la|a)[ \t]+)?\p{Lu}[\p{L}\-]+(?:[ \t]+(?:(?:de|del|la)[ \t]+)?\p{Lu}[\p{L}\-]+){0,3},?[ \t]+[sS]/[nN]\b"), Rule::Plain(Address)),
        (re(r"\b(?:Carr\.|Carretera|PR-?|(?:Rodovia|Rod\.)[ \t]+[A-Z]{2}-)[ \t]*\d{1,3}[A-Z]?,?[ \t]+(?i:km)\.?[ \t]*\d{1,3}(?:[.,]\d{1,3})?"), Rule::Plain(Address)),
        // A unit in a business park or on an estate, the park's name after the comma: "Unit 12,
        // Brookfield Business Park", "Unit 4, Imperial Park".
        (re(r"\bUnit[ \t]+\d{1,4}[A-Z]?,[ \t]*(?:\p{Lu}\p{L}+[ \t]+){1,3}(?:(?:Business|Industrial|Retail|Trade|Trading|Enterprise|Technology|Science|Commercial)[ \t]+)?(?:Park|Estate|Centre|Center)\b"), Rule::Plain(Address)),
        // A French business or industrial zone by its name, with its lot: "ZA du Bois Joli", "ZI
        // des Paluds", "lot 14, zone artisanale de Pandop".
        (re(r"\b(?:(?i:lots?)[ \t]+\d{1,4}[A-Z]?,?[ \t]+)?(?:ZA|ZI|ZAC|ZAE|(?i:zone)[ \t]+(?:artisanale|industrielle|commerciale|portuaire|d['’]activités?))[ \t]+(?:du|des|de[ \t]+la|de|d['’])[ \t]*\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,3}"), Rule::Plain(Address)),
        // A Spanish workshop by its trade and name, a name in quotes after it: 'Taller de Pintura
        // Automotriz "El Rápido"', "Taller Mecánico Hernández".
        (re(r#"\bTaller(?:es)?[ \t]+(?:de[ \t]+)?\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+){0,3}(?:[ \t]+["“][^"”\n]{1,30}["”])?"#), Rule::Plain(Facility)),
        // A Texas loop, spur or farm-to-market road with its number: "2207 N Loop 12", "14 FM 1960".
        (re(r"\b\d{1,6}[ \t]+(?:[NSEW][ \t]+)?(?:Loop|Spur|FM|Farm[ \t]+to[ \t]+Market[ \t]+Road)[ \t]+\d{1,4}\b"), Rule::Plain(Address)),
        // Rarotonga's two roads round the island, which stand for a house's address there: "Ara
        // Tapu" (the coast road), "Ara Metua" (the inland road); a Cook Islands Christian Church by
        // its village ("CICC Ngatangiia").
        (re(r"\bAra[ \t]+(?:Tapu|Metua)\b"), Rule::Plain(Address)),
        (re(r"\bCICC[ \t]+\p{Lu}\p{L}+"), Rule::Plain(Facility)),
        // A Mexican shop or flat inside its building after the street's number: "Av. Insurgentes
        // Sur 1457, local 3", "Calle Hidalgo 22, int. 4".
        (re(r"\b(?:Av\.|Avenida|Calle|Blvd\.|Calz\.|Calzada)[ \t]+(?:\p{Lu}[\p{L}\.]*[ \t]+){1,4}\d{1,5}[A-Z]?,[ \t]*(?:local|int\.|interior|depto\.|despacho|piso)[ \t]*\d{1,4}[A-Z]?\b"), Rule::Plain(Address)),
        // A Canadian suite before the house number, joined by a hyphen: "3-1150 Kingsway",
        // "12-4400 Main Street".
        (re(&format!(r"\b\d{{1,4}}-\d{{2,6}}[ \t]+(?:\p{{Lu}}\p{{L}}+[ \t]+){{0,3}}(?:{STREET}\b|Kingsway\b|Broadway\b)")), Rule::Plain(Address)),
        // A Sicilian or southern Italian rural district as a house's address: "C.da Piano Lupo 14",
        // "Contrada Bonvicino".
        (re(r"\b(?:C\.da|C/da|Contrada)[ \t]+\p{Lu}[\p{L}'’]+(?:[ \t]+(?:(?:di|del|della|dei)[ \t]+)?\p{Lu}[\p{L}'’]+){0,3}(?:,?[ \t]+\d{1,4}[A-Za-z]?\b)?"), Rule::Plain(Address)),
        // A print works by its trade opening its name and its form after it: "Imprimerie Soleil
        // d'Ébène", "Imprimerie du Port", "Druckerei Schnellbach KG".
        (re(r"\b(?:Imprimerie|Druckerei|Tipografia|Imprenta|Gráficas|Graficas|Artes[ \t]+Gráficas|Litografía)[ \t]+(?:(?:du|des|de[ \t]+la|del|di)[ \t]+)?\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:(?:de|du|des|del|di)[ \t]+|[dl]['’])?\p{Lu}[\p{L}'’\-]+){0,3}(?:[ \t]+(?:S\.A\.|S\.L\.|SARL|KG|GmbH|S\.r\.l\.))?"), Rule::Plain(Facility)),
        // A firm of brothers ("Hnos.", hermanos) and its form: "Gráficas Olivares Hnos. S.A.",
        // "Pérez Hnos.".
        (re(r"\b\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+){0,3}[ \t]+Hnos\.(?:[ \t]+(?:S\.A\.|S\.L\.|S\.R\.L\.|Ltda\.))?"), Rule::Plain(Facility)),
        // A Mexican highway or a Chilean road by the town it leads to and its kilometre:
        // "Carretera a Salinas Victoria km 8.5", "Camino a Chinquihue km 12".
        (re(r"\b(?:Carretera|Camino)[ \t]+(?:a|al|a[ \t]+la|de|del)[ \t]+\p{Lu}[\p{L}\-]+(?:[ \t]+(?:(?:de|del|la)[ \t]+)?\p{Lu}[\p{L}\-]+){0,3},?[ \t]+(?i:km)\.?[ \t]*\d{1,3}(?:[.,]\d{1,3})?"), Rule::Plain(Address)),
        // ... and the kilometre first, the road in lower case: "km 8 camino a Labranza"; a
        // Chilean plot in its rural sector: "parcela 14, sector Chapod".
        (re(r"\b(?i:km)\.?[ \t]*\d{1,3}(?:[.,]\d{1,3})?,?[ \t]+(?i:camino|carretera|ruta)[ \t]+(?:a|al|de|del)[ \t]+\p{Lu}[\p{L}\-]+(?:[ \t]+(?:(?:de|del|la)[ \t]+)?\p{Lu}[\p{L}\-]+){0,2}"), Rule::Plain(Address)),
        (re(r"\b(?i:parcela|hijuela|lote|sitio)[ \t]+\d{1,4}[A-Z]?,?[ \t]+(?i:sector)[ \t]+\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+){0,2}"), Rule::Plain(Address)),
        // Peru's settlements, Cuba's repartos and Chile's poblaciones and comunas after their words
        // are places the same way ("AA.HH. Los Jardines de Manchay", "P.J. El Ermitaño", "Reparto
        // Sueño", "Población La Victoria", "comuna de La Florida"); a Lima house by its block and
        // lot is an address ("Mz. B Lt. 14", with its avenue before: "Av. Industrial Mz. B Lote
        // 7"), and an Argentine one by its block and house ("Manzana 14, Casa 7").
        (re(r"\b(?:Bo\.|[Bb]arrio(?:[ \t]+de)?|[Vv]ereda|[Cc]orregimiento|Reparto|Poblaci[óo]n|[Cc]omuna[ \t]+de|AA\.[ \t]?HH\.|A\.[ \t]?H\.|Asentamiento[ \t]+Humano|P\.[ \t]?J\.|Pueblo[ \t]+Joven)[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+(?:(?:de|del)[ \t]+)?\p{Lu}\p{Ll}+){0,2})"), Rule::Plain(Location)),
        (re(r"\b(?:(?:Av\.|Avenida|Calle|Jr\.|Jirón|Psje\.|Pasaje)[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+){0,2}[ \t]+)?(?:Mz|Mza|Manzana)\.?[ \t]*[A-Z]{0,2}\d{0,2}[A-Z]?,?[ \t]+(?:Lt|Lote|Casa)\.?[ \t]*\d{1,3}[A-Z]?\b"), Rule::Plain(Address)),
        // A diagnostic and treatment centre by its town ("CDT de Loíza"); an insurer by its brand
        // and "Salud" ("Triple-S Salud"), where a public body has "de" between ("Departamento de Salud").
        (re(r"\bCDT[ \t]+(?:de[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?|\b(?:\p{Lu}[\p{L}]*-\p{Lu}[\p{L}]*|\p{Lu}{2,6})[ \t]+Salud\b"), Rule::Plain(Facility)),
        // Nicaragua and Costa Rica give an address as a landmark and the blocks or metres from it:
        // "del semáforo de Rubenia 2 c. al lago, 1 c. arriba", "100 m norte y 50 oeste de la Fuente
        // de la Hispanidad".
        (re(r"\b(?:de(?:l|[ \t]+la|[ \t]+los|[ \t]+las)?)[ \t]+[\p{L} ]{3,40}?[ \t]+\d{1,3}[ \t]*(?:c\.|cuadras?|m\b|vrs\.?|varas)[ \t]+(?:al[ \t]+)?(?:lago|sur|norte|este|oeste|arriba|abajo)\b(?:,?[ \t]*(?:y[ \t]+)?(?:\d{1,3}|media)[ \t]*(?:c\.|cuadras?|m\b|vrs\.?|varas)[ \t]+(?:al[ \t]+)?(?:lago|sur|norte|este|oeste|arriba|abajo)\b)*"), Rule::Plain(Address)),
        (re(r"\b\d{2,3}[ \t]*(?:m|metros|vrs\.?|varas)[ \t]+(?:al[ \t]+)?(?:norte|sur|este|oeste)(?:[ \t]+y[ \t]+\d{2,3}[ \t]*(?:m|metros|vrs\.?|varas)?[ \t]*(?:al[ \t]+)?(?:norte|sur|este|oeste))?[ \t]+de(?:l|[ \t]+la|[ \t]+los|[ \t]+las)?[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+(?:(?:de|del|de[ \t]+la)[ \t]+)?\p{Lu}\p{Ll}+){0,4}"), Rule::Plain(Address)),
        // Guatemala City's zones and the capitals named for their countries: "Zona 10", "Ciudad
        // de Panamá".
        (re(r"\b[Zz]ona[ \t]+\d{1,2}\b"), Rule::Plain(Location)),
        (re(r"\bCiudad[ \t]+de[ \t]+(?:Guatemala|Panamá|Panama|México|Mexico)\b"), Rule::Plain(Location)),
        // A Salvadoran, Guatemalan or Honduran national number after its label: "DPI 2587 41963
        // 0101", "DUI 03958127-4", "identidad 0801-1968-04417".
        (re(r"(?i)\b(?:DPI|CUI|DUI|identidad|tarjeta[ \t]+de[ \t]+identidad)[ \t]*(?:No\.?|#)?[ \t]*:?[ \t]*(\d{4}[ \t]\d{5}[ \t]\d{4}|\d{8}-\d|\d{4}-\d{4}-\d{5})\b"), Rule::Plain(Id)),
        // Insurers by the Spanish word for one: "Seguros El Roble", "Aseguradora General".
        (re(r"\b(?:Seguros|Aseguradora)(?:[ \t]+(?:(?:de(?:l)?|la|el|los)[ \t]+)?\p{Lu}\p{Ll}+){1,3}\b"), Rule::Plain(Facility)),
        // Where a Central American patient lives, after the word for a resident: "vecino de San
        // Pedro de Montes de Oca".
        (re(r"\b(?:[Vv]ecin[oa]s?|[Rr]esidentes?|[Oo]riund[oa]s?|[Oo]riginari[oa]s?)[ \t]+(?:de|en)[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+(?:(?:de|del|de[ \t]+la|de[ \t]+los)[ \t]+)?\p{Lu}\p{Ll}+){0,4})"), Rule::Plain(Location)),
        // Papua New Guinea's urban addresses, a section and a lot in either order: "Section 45,
        // Lot 12", "Lot 9, Section 118".
        (re(r"\b(?:Section|Sec\.)[ \t]+\d{1,4},?[ \t]+(?:Lot|Allotment)[ \t]+\d{1,4}\b|\b(?:Lot|Allotment)[ \t]+\d{1,4},?[ \t]+(?:Section|Sec\.)[ \t]+\d{1,4}\b"), Rule::Plain(Address)),
        // A park by name before what kind it is: "Splash Kingdom water park".
        (re(r"\b(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})[ \t]+(?:water|theme|amusement|trampoline)[ \t]+park\b"), Rule::Plain(Facility)),
        // Casinos by their house's name, with the town of the property: "Harrah's Lake Tahoe".
        (re(r"\b(?:Harrah['’]s|Caesars(?:[ \t]+Palace)?|Foxwoods|Borgata|Bellagio|Tropicana|MGM[ \t]+Grand|Mohegan[ \t]+Sun|Circus[ \t]+Circus|Golden[ \t]+Nugget|Hard[ \t]+Rock)(?:[ \t]+(?:Hotel|Casino|Resort|&[ \t]+Casino|Lake[ \t]+Tahoe|Las[ \t]+Vegas|Atlantic[ \t]+City|Reno|Cherokee|Biloxi|Tulsa))*\b"), Rule::Plain(Facility)),
        // Pakistan: a village by its chak number ("Chak No. 45/GB"), a house and street down to
        // the sector, block or DHA phase ("House 22-B, Street 4, DHA Phase 6"), a neighbourhood
        // joined by "-e-" ("Gulshan-e-Iqbal"), a tehsil or district by name after its word.
        (re(r"\bChak[ \t]+(?:No\.?[ \t]*)?\d{1,4}(?:[-/][A-Z]{1,3})?\b"), Rule::Plain(Address)),
        (re(r"\bHouse[ \t]+(?:No\.?[ \t]*)?\d{1,4}(?:-?[A-Z])?,[ \t]*Street[ \t]+(?:No\.?[ \t]*)?\d{1,3}(?:,[ \t]*(?:[A-Z]-\d{1,2}(?:/\d)?|(?:DHA[ \t]+)?Phase[ \t]+\d{1,2}|Sector[ \t]+[A-Z0-9\-/]+|Block[ \t]+[0-9A-Z\-]+))?"), Rule::Plain(Address)),
        (re(r"\b\p{Lu}\p{Ll}+-e-\p{Lu}\p{Ll}+\b"), Rule::Plain(Location)),
        (re(r"\b(?:Tehsil|Tahsil|District|Taluka|Mandal)[ \t]+(\p{Lu}\p{Ll}+)\b"), Rule::Plain(Location)),
        // Cambodia and Laos: a house on a numbered Phnom Penh street ("#45E0, St. 271"), a borey
        // (a gated estate) down to its house, a quarter, commune, village or district after its
        // word ("Sangkat Tuol Tumpung", "Khan Chamkarmon", "Phum Prek Eng"; "Khan" only before one
        // of Phnom Penh's khans, as it is a surname; a Lao "Ban" only before a comma, as "Ban" is
        // one too), and a mobile number in threes ("012 884 451"; not after "#", where it is a number's).
        // Thailand's subdistrict and district words read the same way ("Tambon Nong Prue", "Khet
        // Watthana"; a changwat is a province, unmarked).
        (re(r"#\d{1,4}[A-Z]{0,2}\d{0,2},?[ \t]*(?:St\.|Street)[ \t]*\d{1,4}[A-Z]?\b"), Rule::Plain(Address)),
        (re(r"\bBorey[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,3}(?:,[ \t]*(?:Street|St\.)[ \t]*\d{1,4}[A-Z]?)?(?:,[ \t]*(?:House|No\.?)[ \t]*\d{1,4}[A-Z]?)?"), Rule::Plain(Address)),
        (re(r"\b(?:Sangkat|Phum|Khum|Srok|Tambon|Amphoe|Khwaeng|Khet)[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})"), Rule::Plain(Location)),
        (re(r"\bKhan[ \t]+(Chamkarmon|Chamkar[ \t]+Mon|Daun[ \t]+Penh|Prampir[ \t]+Makara|Tuol[ \t]+Kouk|Dangkao|Mean[ \t]+Chey|Russey[ \t]+Keo|Sen[ \t]+Sok|Pou[ \t]+Senchey|Chroy[ \t]+Changvar|Prek[ \t]+Pnov|Chbar[ \t]+Ampov|Boeng[ \t]+Keng[ \t]+Kang|Kamboul)\b"), Rule::Plain(Location)),
        (re(r"\bBan[ \t]+(\p{Lu}\p{Ll}{3,})[ \t]*,"), Rule::Plain(Location)),
        (re(r"(?:^|[^#\s])[ \t]*(0(?:1\d|[6-9]\d)[ \t]\d{3}[ \t]\d{3})\b"), Rule::Plain(Phone)),
        // Sri Lanka: Colombo's numbered postal zones ("Colombo 03"), and a clinic's number with
        // its letters and a slash ("clinic no. RCH/4471").
        (re(r"\bColombo[ \t]+(?:0?[1-9]|1[0-5])\b"), Rule::Plain(Location)),
        (re(r"(?i:\b(?:clinic|file|record|reg(?:istration)?)[ \t]+(?:no\.?|number|#))[ \t]*:?[ \t]*([A-Z]{2,5}/\d{3,6})\b"), Rule::Plain(Id)),
        // Iraq: a Baghdad address by quarter number, alley and house ("Mahalla 905, Zuqaq 12, House
        // 7"), and a quarter named with "Hay" or for its market ("Hay al-Jamia", "Souq al-Juma").
        (re(r"\bMahall?a[ \t]+\d{1,4},?[ \t]*(?:Zuqaq|Zukak|Alley|Street)[ \t]+\d{1,3},?[ \t]*(?:House|Dar|Bldg\.?)[ \t]+\d{1,4}[A-Z]?\b"), Rule::Plain(Address)),
        (re(r"\b(?:Hay|Souq|Souk|Suq)[ \t]+(?:al|el|Al|El)-\p{Lu}\p{Ll}+"), Rule::Plain(Location)),
        // A gym of the CrossFit affiliates by its box's name: "CrossFit Ironside".
        (re(r"\bCrossFit[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?"), Rule::Plain(Facility)),
        // An OSHA inspection's number: "inspection 1764320.015".
        (re(r"(?i)\binspection[ \t]*(?:no\.?|#)?[ \t]*:?[ \t]*(\d{6,9}\.\d{3})\b"), Rule::Plain(Id)),
        // A Mexican town before its state's abbreviation: "Mérida, Yuc.", "Monterrey, N.L.", with
        // "General", "Ciudad" or "Santa" shortened in its name: "Gral. Escobedo, N.L.".
        (re(&format!(r"(?m)\b(?:(?:Comunidad|Municipio|Ejido|Pueblo|Localidad|Ranchería)[ \t]+(?:de[ \t]+)?)?((?:(?:Gral|Cd|Sta)\.[ \t]+)?\p{{Lu}}\p{{Ll}}+(?:[ \t]+(?:(?:de|del|de[ \t]+la)[ \t]+)?\p{{Lu}}\p{{Ll}}+){{0,3}}),[ \t]+(?:{MX_STATES})(?:[ \t]*[,;:)]|[ \t]*$|[ \t]+C\.P\.)")), Rule::Plain(Location)),
        // A fraccionamiento or a housing unit, which no colonel shares: "Fracc. Las Fuentes".
        (re(r"\b((?:Fracc\.|Fraccionamiento|Unidad[ \t]+Habitacional|U\.[ \t]?H\.)[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+){0,2})"), Rule::Plain(Location)),
        // A Mexican colonia after a comma ("Col." alone is a colonel) and its postcode "C.P. 68000".
        (re(r",[ \t]*(Col(?:\.|onia)[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+){0,2})"), Rule::Plain(Location)),
        (re(r"\bC\.P\.[ \t]*(\d{5})\b"), Rule::Plain(Location)),
        // A town council, municipality or sub-county in East or Southern Africa, its kind outside:
        // "Pader Town Council", "Nansana Municipality", "Kira Sub-county", "Kathmandu Metropolitan City".
        (re(r"\b(\p{Lu}\p{Ll}+)[ \t]+(?:Town[ \t]+Council|Municipal[ \t]+Council|Rural[ \t]+Municipality|Municipality|Sub-?[Cc]ounty|(?:Sub-)?Metropolitan[ \t]+City)\b"), Rule::Plain(Location)),
        // A district of a city: "Jing'an District", "District 1".
        (re(r"\b\p{Lu}[\p{L}'’]+[ \t]+District\b|\bDistrict[ \t]+\d{1,2}\b"), Rule::Plain(Location)),
        // The town before a British postcode after a comma, listed or not: ", Leeds LS2 7EY",
        // ", Hebden Bridge HX7 8AD" (the postcode is found by its own rule).
        (re(r",[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2})[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b"), Rule::Plain(Location)),
        // French food shops by their word first: "Fromagerie Dubois", "Chocolaterie Arnaud",
        // "Boucherie Martin".
        (re(r"\b(?:Fromagerie|Chocolaterie|Boulangerie|Pâtisserie|Patisserie|Brûlerie|Fruitière|Laiterie|Charcuterie|Boucherie|Poissonnerie)[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?"), Rule::Plain(Facility)),
        // A county road by its letters, with the house number before it: "2210 County Road JJ".
        (re(r"\b\d{1,5}[ \t]+(?:County|Cty\.?|Co\.?)[ \t]+(?:Road|Rd\.?|Highway|Hwy\.?|Trunk)[ \t]+[A-Z]{1,2}\b"), Rule::Plain(Address)),
        // The Maldives: a house by its name after its ward's letters ("Ma. Finifenmaage", "H.
        // Lily Villa"), with the street ("..., Ameenee Magu"); a street alone by its "Magu",
        // "Hingun" or "Goalhi".
        (re(r"\b(?:H|M|Ma|G|Hdh|S|Gn|K|Lh)\.[ \t]+(?:\p{Lu}\p{Ll}+(?:ge|aage)\b|\p{Lu}\p{Ll}+[ \t]+Villa\b)(?:,[ \t]*\p{Lu}\p{Ll}+[ \t]+(?:Magu|Hingun|Goalhi)\b)?"), Rule::Plain(Address)),
        (re(r"\b\p{Lu}\p{Ll}+[ \t]+(?:Magu|Hingun|Goalhi)\b"), Rule::Plain(Address)),
        // A French company by its word first ("Société Nationale des Eaux", "Société Nationale Industrielle et Minière", "Compagnie des Bauxites de Guinée") and a French road by
        // where it goes ("Route de la Corniche", "Route du Port"), with its kilometre as North
        // Africa gives one ("Route de Tunis km 9").
        // A Dutch or Flemish business by its trade's word first, the owner's particles inside:
        // "Kwekerij Van der Berg", "Bakkerij de Jong", "Brouwerij Het Anker".
        (re(r"\b(?:Kwekerij|Boomkwekerij|Bloemenkwekerij|Bloemisterij|Bakkerij|Slagerij|Brouwerij|Drukkerij|Smederij|Hoveniersbedrijf|Schildersbedrijf|Loonbedrijf)[ \t]+(?:(?:van[ \t]+de[ \t]+|van[ \t]+der[ \t]+|van[ \t]+den[ \t]+|van[ \t]+|de[ \t]+|den[ \t]+|het[ \t]+|Van[ \t]+de[ \t]+|Van[ \t]+der[ \t]+|Van[ \t]+den[ \t]+|Van[ \t]+|De[ \t]+|Het[ \t]+))?\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?"), Rule::Plain(Facility)),
        (re(r"\b(?:Société|Compagnie)[ \t]+(?:(?:des|du|de[ \t]+la|de)[ \t]+|(?:de[ \t]+l|d)['’])?\p{Lu}\p{L}+(?:(?:[ \t]+(?:(?:des|du|de[ \t]+la|de|et)[ \t]+)?|[ \t]+(?:de[ \t]+l|d)['’])\p{Lu}\p{L}+){0,4}"), Rule::Plain(Facility)),
        (re(r"\bRoute[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de)[ \t]*\p{Lu}\p{L}+(?:,?[ \t]+km[ \t]*\d{1,3}(?:[.,]\d{1,3})?\b)?"), Rule::Plain(Address)),
        // A Spanish town of an article and "de la" after "of" or "from" (see Rule::ArticleTown).
        (re(r"(?i:\b(?:of|from|in|near|en|de|desde))[ \t]+((?-i:La|El|Los|Las)[ \t]+\p{Lu}\p{Ll}+[ \t]+(?-i:de[ \t]+(?:la|los|las)|del|de)[ \t]+\p{Lu}\p{Ll}+)"), Rule::ArticleTown),
        // A house of its own name and a French road, as the Channel Islands write them: "Le Clos
        // de la Fontaine, La Rue de la Mare", "La Route du Fort", "La Grande Route de St Jean".
        (re(r"\b(?:(?:Le|La|Les)[ \t]+\p{Lu}\p{Ll}+[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de)[ \t]*\p{Lu}\p{Ll}+,[ \t]*)?(?:La|Le)[ \t]+(?:Rue|Route|Ruelle|Chasse|Vallette|Grande[ \t]+Route|Chemin)[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|du[ \t]+|des[ \t]+|de[ \t]+|ès[ \t]+|és[ \t]+|à[ \t]+)\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?"), Rule::Plain(Address)),
        // A street of one word after its number (see Rule::BareStreet).
        (re(r"(?i:\b(?:of|at))[ \t]+(\d{1,4}[A-Za-z]?[ \t]+\p{Lu}\p{Ll}{3,}),[ \t]+(?:St\.?[ \t]+)?\p{Lu}\p{Ll}"), Rule::BareStreet),
        // A British National Insurance number, Jersey's "JY" too: "AB 12 34 56 C", "JY482107C".
        (re(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D]\b"), Rule::Plain(Id)),
        // An Azorean lane ("canada") or a Portuguese alley, its number after "n.º": "Canada do
        // Pilar n.º 7", "Travessa da Sé, n.º 12" (English "Canada do" needs the number).
        (re(r"\b(?:Canada|Travessa|Beco|Ladeira|Caminho)[ \t]+(?:d[oa]s?|de)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?,?[ \t]+(?:n\.?[ºo°]|nº|N\.?º)[ \t]*\d{1,4}[A-Z]?\b"), Rule::Plain(Address)),
        // A Portuguese old people's home by its word first: "Lar de Idosos de Santa Luzia", "Lar
        // São José", "Casa de Repouso da Misericórdia".
        (re(r"\b(?:Lar|Casa[ \t]+de[ \t]+Repouso)(?:[ \t]+de[ \t]+Idosos)?[ \t]+(?:d[oa]s?[ \t]+|de[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+(?:d[oa]s?[ \t]+|de[ \t]+)?\p{Lu}\p{Ll}+){0,3}"), Rule::Plain(Facility)),
        // A French hamlet by its "lieu-dit": "Lieu-dit Pinarellu", "lieu-dit Les Granges".
        (re(r"\b[Ll]ieu-dit[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?"), Rule::Plain(Address)),
        // A French social-security number after its label, Corsica's "2A" and "2B" for a
        // department: "n° sécurité sociale 1 32 08 2A272 014 66"; after "INS" (the health
        // identity that carries it) or "NIR" in capitals.
        (re(r"(?i:\b(?:sécurité[ \t]+sociale|sécu|n°[ \t]+insee|insee|(?-i:INS|NIR)))[ \t]*:?[ \t]*([12][ \t]?\d{2}[ \t]?\d{2}[ \t]?(?:\d{2}|2[ABab])[ \t]?\d{3}[ \t]?\d{3}(?:[ \t]?\d{2})?)\b"), Rule::Plain(Id)),
        // A foundry or a soap works by its word first, its family's or place's names after:
        // "Fonderie Paccard", "Pontificia Fonderia Marinelli", "Glockengießerei Rincker", "Fonderie
        // Cornille-Havard", "Savonnerie du Vieux Port", "Seifenfabrik Kappus".
        (re(r"\b(?:Fonderie|Fonderia|Fundição|Fundición|Glockengießerei|Gießerei|Savonnerie|Saponificio|Jabonería|Saboaria|Seifenfabrik|Seifenwerk|Seifensiederei)[ \t]+(?:(?:de[ \t]+la|de|di|del|della|des|du)[ \t]+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \t]+\p{Lu}\p{Ll}+)?"), Rule::Plain(Facility)),
        // A French state works by its word first ("Manufacture nationale de Sèvres", "Manufacture
        // des Gobelins"), and a town whose hyphens join its parts by a lower-case link
        // ("Stoke-on-Trent", "Berwick-upon-Tweed", "Weston-super-Mare", "Ashby-de-la-Zouch").
        (re(r"\bManufacture[ \t]+(?:(?:nationale|royale|impériale)[ \t]+)?(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|des[ \t]+|du[ \t]+|de[ \t]+|d['’])\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+)?"), Rule::Plain(Facility)),
        (re(r"\b\p{Lu}\p{Ll}+(?:-(?:on|upon|under|super|by|in|le|la|de|en|sur|sous|the))+-\p{Lu}\p{Ll}+\b"), Rule::Plain(Location)),
        // A Cornish mine by "Wheal" and its name ("Wheal Jane", "Wheal Martyn"; a street named for
        // one is the address rule's: "12 Wheal Harmony Terrace").
        (re(r"(?:^|[^\d \t][ \t]+|[(,;])(Wheal[ \t]+\p{Lu}\p{Ll}+)\b"), Rule::Plain(Facility)),
        // A hospital named for the Virgin by her title ("Hospital Universitario Nuestra Señora de
        // Candelaria", "Hospital Nossa Senhora da Conceição"): the facility rules stop at "de".
        (re(r"\b(?:Hospital|Clínica|Clinica|Sanatorio|Policlínica)(?:[ \t]+(?:Universitario|Universitário|General|Regional|Materno-Infantil))*[ \t]+(?:Nuestra[ \t]+Señora|Nossa[ \t]+Senhora)[ \t]+(?:de[ \t]+(?:la[ \t]+|las[ \t]+|los[ \t]+)?|del[ \t]+|d[aeo]s?[ \t]+)\p{Lu}[\p{L}\-]+"), Rule::Plain(Facility)),
        // A Spanish town of several words, a particle inside, after "of", "from", "in" or a comma:
        // "Puerto del Rosario", "Las Palmas de Gran Canaria", "Villa de Mazo", and a town named
        // for its saint: "Santiago de los Caballeros", "San Cristóbal de las Casas".
        // With "Las" or "Los" first its noun must pass Rule::ArticleTown, as that rule's towns do.
        (re(&format!(r"{TOWN_LEAD}((?:Puerto|Villa|Valle|Vega|Cabo|Santiago|San|Santa|Santo)[ \t]+(?:\p{{Lu}}\p{{Ll}}+[ \t]+)?{DE_TOWN})")), Rule::Plain(Location)),
        (re(&format!(r"{TOWN_LEAD}((?:Las|Los)[ \t]+\p{{Lu}}\p{{Ll}}+[ \t]+{DE_TOWN})")), Rule::ArticleTown),
        // A Galician or Frisian town by its article ("A Coruña", "O Grove", "As Pontes", "A Pobra
        // do Caramiñal", "It Hearrenfean") after "of", "from", "in", "near" or a comma; its noun
        // must pass Rule::ArticleTown, which after a comma takes only listed places: there "A"
        // may be an initial ("Dr B Okafor, A Nwosu").
        (re(&format!(r"{TOWN_LEAD}((?-i:A|O|As|Os|It)[ \t]+\p{{Lu}}\p{{Ll}}+(?:[ \t]+(?-i:d[oa]s?|de)[ \t]+\p{{Lu}}\p{{Ll}}+)?)\b")), Rule::ArticleTown),
        // A Norwegian, Swedish or Danish hospital in one word, its town or region after it:
        // "Universitetssykehuset Nord-Norge", "Finnmarkssykehuset Hammerfest", "Sahlgrenska
        // Universitetssjukhuset".
        (re(r"\b\p{Lu}\p{Ll}*(?:sykehuset|sykehus|sjukehuset|sjukehus|sjukhuset|sjukhus|sygehuset|sygehus)(?:[ \t]+\p{Lu}[\p{L}\-]+)?"), Rule::Plain(Facility)),
        // A Galician or Spanish hospital complex by its words first, its city after "da", "de" or
        // "del": "Complexo Hospitalario Universitario da Coruña", "Complejo Hospitalario de
        // Toledo".
        (re(r"\b(?:Complexo|Complejo)[ \t]+Hospitalario(?:[ \t]+Universitario)?[ \t]+(?:d[aeo]s?|de[ \t]+la|del)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?"), Rule::Plain(Facility)),
        // A Pakistani health facility by its kind's letters and its town: a rural health centre,
        // a basic health unit, a tehsil or a district headquarters hospital ("RHC Booni", "BHU
        // Passu", "THQ Hospital Aliabad"); so India's community and primary health centres
        // ("CHC Diglipur", "PHC Kalighat").
        (re(r"\b(?:RHC|BHU|THQ|DHQ|CHC|PHC)(?:[ \t]+Hospital)?[ \t]+\p{Lu}\p{Ll}+\b"), Rule::Plain(Facility)),
        // A Portuguese hospital centre or local health unit by its towns, joined by a particle or
        // a slash when it serves two: "Centro Hospitalar Póvoa de Varzim/Vila do Conde", "Centro
        // Hospitalar de Lisboa Central", "Unidade Local de Saúde de Matosinhos".
        (re(r"\b(?:Centro[ \t]+Hospitalar(?:io)?|Unidade[ \t]+Local[ \t]+de[ \t]+Saúde)(?:(?:[ \t]+|/)(?:(?:de|do|da|dos|das|e)[ \t]+)?\p{Lu}[\p{L}\-]+){1,5}"), Rule::Plain(Facility)),
        // A Breton house by "Ti" (house) and its name after "of", "at" or "from": "of Ti Koz".
        (re(r"(?i:\b(?:of|at|from))[ \t]+(Ti[ \t]+\p{Lu}\p{Ll}+)\b"), Rule::Plain(Address)),
        // Åland and Sweden: a health service by its region's genitive and its words in lower
        // case ("Ålands hälso- och sjukvård"), and a record number after "journal nr" whose
        // letters may be Swedish ("journal nr ÅHS-558102").
        (re(r"\b\p{Lu}\p{Ll}+s[ \t]+hälso-[ \t]+och[ \t]+sjukvård\b"), Rule::Plain(Facility)),
        (re(r"(?i:\bjournal(?:nummer|[ \t]+(?:nr|no|nummer)\.?))[ \t]*:?[ \t]*([\p{L}\d][\p{L}\d\-/]*\d[\p{L}\d\-/]*)"), Rule::Plain(Id)),
        // A firm with a comma before its form: "Micronix Technology, Inc.", "Acme Tools, LLC",
        // a Portuguese family firm "Auto Pinturas Carvalho & Filhos, Lda.".
        (re(r"\b\p{Lu}\p{Ll}+(?:[ \t]+(?:(?:&|e|and)[ \t]+)?\p{Lu}\p{Ll}+){0,4},[ \t]*(?:Inc\.|Inc\b|LLC\b|L\.L\.C\.|Ltd\.|Ltd\b|Corp\.|Ltda\.|Lda\.)"), Rule::Facility),
        // A Turkish firm by its form, its trades' abbreviations before it: "Demirtaş Kaplama San.
        // ve Tic. Ltd. Şti.", "Öztürk Gıda Tic. A.Ş.".
        (re(r"\b\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,3}(?:[ \t]+(?:San|Tic|İnş|Paz|İth|İhr)\.(?:[ \t]+ve)?)+[ \t]+(?:Ltd\.[ \t]*Şti|A\.Ş)\.?"), Rule::Plain(Facility)),
        // A Czech or Slovak firm by its form after a name that goes on in lower case ("Sedlecký
        // kaolin a.s.", "Plzeňský prazdroj a.s.", "Česká spořitelna a.s.").
        (re(r"\b\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}+){1,2}[ \t]+(?:a\.[ \t]?s\.|s\.[ \t]?r\.[ \t]?o\.)"), Rule::Plain(Facility)),
        // Curaçao and Aruba: a street by its Papiamentu "Kaya" ("Kaya Kapitan Pedro 9"), a place by
        // its hill ("Seroe Colorado 4": Aruba's neighbourhoods), and works by their Spanish word
        // first ("Refinería Paraguaná").
        (re(r"\b(?:Kaya|Seroe)[ \t]+\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,3}(?:[ \t]+\d{1,4}[A-Za-z]?\b)?"), Rule::Plain(Address)),
        (re(r"\bRefiner[ií]a[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?"), Rule::Plain(Facility)),
        // A Faroese company by its form before the name: "P/F Føroya Bjór", "Sp/f Tindur".
        (re(r"\b(?:P/F|Sp/f|SP/F)[ \t]+\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+){0,2}"), Rule::Plain(Facility)),
        // Coastal places of French-speaking islands by their cove, bay or point and "aux", "à la",
        // "du", "de": "Anse aux Pins", "Baie à la Chaux", "Pointe du Sel", "Port de Doraleh";
        // and Nouméa's valleys ("Vallée des Colons").
        (re(r"\b(?:Anse|Baie|Pointe|Cap|Port|Vallée)[ \t]+(?:aux|à[ \t]+la|à|des|du|de[ \t]+la|de)[ \t]+\p{Lu}\p{Ll}+"), Rule::Plain(Location)),
        // Lesotho: a plot in a village named "Ha" and its chief's name ("Plot 14, Ha Abia"), and
        // towns of southern Africa named after someone's landform ("Mohale's Hoek", "Qacha's Nek").
        (re(r"\bPlot[ \t]+\d{1,5}[A-Z]?,[ \t]*Ha[ \t]+\p{Lu}\p{Ll}+"), Rule::Plain(Address)),
        (re(r"\b\p{Lu}\p{Ll}+['’]s[ \t]+(?:Hoek|Nek|Kop|Drift)\b"), Rule::Plain(Location)),
        // A listed town (or a rare word) and its postcode after a comma: ", Shanghai 200040",
        // ", Riyadh 11564", ", Tokyo 160-0023", and the Greek and Swedish three and two:
        // ", Komotini 691 00".
        (re(r",[ \t]*((\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)[ \t]+(?:\d{5,6}|\d{3}-\d{4}|[1-9]\d{2}[ \t]\d{2}))\b"), Rule::TownPostcode),
        // Places of worship named by their word first: "Gurdwara Sahib of Fremont", "Masjid Al-Noor".
        (re(r"\b(?:Gurdwara|Masjid|Mandir|Mosque|Synagogue|Congregation|Iglesia|Parroquia|Igreja)[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2}(?:[ \t]+of[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)?"), Rule::Plain(Facility)),
        // A waste transfer station is a business, not the place rule's station below: "at Eastgate
        // Transfer Station" (on the same span the first rule's type stays).
        (re(r"\b(?:\p{Lu}[\p{L}'’\-]+[ \t]+){1,2}Transfer[ \t]+Station\b"), Rule::Plain(Facility)),
        // A region of a state is smaller than one ("North Texas", "Western New York", "East
        // Tennessee"): a place, where the state alone stays unmarked ("West Virginia" is a state).
        (re(&format!(r"\b(?:(?:North|South|East|Central|Northern|Southern|Eastern|Western|Upstate|Downstate|Northeast|Northeastern|Northwest|Northwestern|Southeast|Southeastern|Southwest|Southwestern)[ \t]+(?:{all_states})|West[ \t]+(?:{states_but_virginia}))\b")), Rule::Plain(Location)),
        // A station, a bridge or a pier where someone is found: "at Union Station", "under the Fremont Bridge".
        (re(r"\b(?i:at|from|near|outside|behind|under|in|to)[ \t]+(?:the[ \t]+)?(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:Station|Terminal|Depot|Bridge|Pier|Wharf|Mall|Plaza|Overpass|Underpass))\b"), Rule::Plain(Location)),
        // A practice named for its specialty and partnership: "Blue Ridge Radiology Partners".
        (re(r"\b(?:\p{Lu}\p{Ll}+[ \t]+){1,3}(?:Radiology|Imaging|Pulmonary|Cardiology|Oncology|Pathology)[ \t]+(?:Partners|Associates|Group|Consultants|Physicians|Specialists|PC|LLC|PLLC)\b"), Rule::Facility),
        // A speaker's label in a transcript, at a line's or a quotation's start: '"Maria: is the
        // effusion bigger?' (a listed first name that is no word: "Findings:" stays).
        (re(r#"(?m)(?:^|["“][ \t]*|[.?!][ \t]+)(\p{Lu}\p{Ll}+):[ \t]"#), Rule::Speaker),
        // A firm of two partners' surnames without a trade word after it: "Feldman & Ruiz".
        // A third partner before them opens the firm's name: "Stein, Ruiz & Kagan" (group 3).
        (re(r"\b(?:(\p{Lu}\p{Ll}+),[ \t]*)?(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)[ \t]*&[ \t]*(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)\b"), Rule::Partners),
        // Brazilian CPF numbers: "123.456.789-09".
        (re(r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b"), Rule::Plain(Id)),
        // A social-media handle: "@rosie_b_1931" (a letter first: "@0800" is a time).
        (re(r"(?:^|[\s(])(@[A-Za-z][A-Za-z0-9_.]{2,29}[A-Za-z0-9_])"), Rule::Plain(Id)),
        // An age this year: "95 this year", "turns 93", "turned 101".
        (re(r"(?i)\b(9\d|1[0-2]\d)\s+this\s+year\b"), Rule::Plain(Age)),
        (re(r"(?i)\b(?:turns|turned|turning)\s+(9\d|1[0-2]\d)\b"), Rule::Plain(Age)),
        // SSN before phones (3-2-4 is not a phone).
        (re(r"\b\d{3}[\s\-]\d{2}[\s\-]\d{4}\b"), Rule::Plain(Id)),
        // Phones and faxes.
        (re(r"(?:\+?1[\s.\-]?)?(?:\(\d{3}\)|\b\d{3})[\s.\-]?\d{3}[\s.\-]\d{4}\b(?:\s*(?i:x|ext\.?|extension)\s*\d{1,6})?"), Rule::Plain(Phone)),
        (re(r"\+\d{1,3}(?:[\s.\-]?\(?\d{1,4}\)?){2,5}\b(?:\s*(?i:x|ext\.?|extension)\s*\d{1,6})?"), Rule::Digits(Phone, 8)),
        // The international prefix dialled as "00": "0049 89 4400 7712".
        (re(r"\b00[1-9]\d{0,2}(?:[\s.\-]\d{1,4}){2,5}\b"), Rule::Digits(Phone, 9)),
        // The country code in brackets: "(+44) 20 7946 0958".
        (re(r"\(\+\d{1,3}\)[ \t]?\d{1,4}(?:[ \t.\-]\d{2,4}){2,4}\b"), Rule::Plain(Phone)),
        // Trunk-prefixed area codes: "(02) 9374 4000", "(0161) 496 0732", with an extension
        // ("(04) 2205-2121 ext. 3315").
        (re(r"\(0\d{1,4}\)\s?\d{3,4}[\s\-]?\d{3,4}\b(?:\s*(?i:x|ext\.?|extension)\s*\d{1,6}\b)?"), Rule::Plain(Phone)),
        // Taiwan: an address from the number up, through lane, alley and section, to the road
        // ("No. 7, Ln. 25, Sec. 3, Zhongshan N. Rd."), with a floor before it ("4F, No. 118, ...");
        // a district by its abbreviation ("Banqiao Dist."); a Republic-of-China date, whose
        // year counts from 1912 ("115/12/01").
        (re(r"\b(?:\d{1,2}F,?[ \t]+)?No\.[ \t]*\d{1,4}(?:-\d{1,3})?,[ \t]*(?:(?:Ln\.|Lane|Aly\.|Alley|Sec\.|Section)[ \t]*\d{1,4},[ \t]*){1,3}(?:\p{Lu}\p{Ll}+[ \t]+){1,3}(?:[NSEW]\.[ \t]+)?(?:Rd\.|Road|St\.|Street|Blvd\.|Ave\.)"), Rule::Plain(Address)),
        (re(r"\b\d{1,2}F,[ \t]+No\.[ \t]*\d{1,4}(?:-\d{1,3})?,[ \t]*(?:\p{Lu}\p{Ll}+[ \t]+){1,3}(?:[NSEW]\.[ \t]+)?(?:Rd\.|Road|St\.|Street|Blvd\.|Ave\.)"), Rule::Plain(Address)),
        (re(r"\b\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+)?[ \t]+Dist\."), Rule::Plain(Location)),
        (re(r"\b1[01]\d/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\b"), Rule::Plain(Date)),
        // A Chinese name in Wade-Giles or pinyin, family name first and the given name's two
        // syllables hyphenated ("Kao Li-hua", "Tsai Pei-shan"): every part a syllable, which
        // English words joined by a hyphen ("Mild air-space") are not.
        (re(&format!(r"\b{s}[ \t]+{s}-{l}\b", s = SYLLABLE, l = SYLLABLE_LOWER)), Rule::Plain(Name)),
        // A Hokkien or Cantonese name of Malaysia and Singapore with the familiar "Ah" between
        // the family name and the given syllable: "Lim Ah Kow", "Tan Ah Seng".
        (re(r"\b(?:Lim|Tan|Lee|Ng|Ong|Goh|Chan|Wong|Teo|Koh|Chua|Low|Yeo|Ho|Lau|Leong|Chong|Foo|Sim|Toh|Yap|Loh|Khoo|Tay|Chin|Lai|Soh|Quek|Seah|Heng|Pang|Chia|Kwek|Lum|Yong|Liew|Chew|Chee|Tham|Fong|Yip|Kok|Ang|Chow|Cheong|Kwan|Mok|Siew)[ \t]+Ah[ \t]+\p{Lu}\p{Ll}{1,5}\b"), Rule::Plain(Name)),
        // British numbers with the trunk 0 and no brackets: "07700 900461", "020 7946 0958"; and
        // German ones of a five-digit area code: "08651 700 2214", in pairs "07231 44 19 80", the
        // area before a slash and an extension after a hyphen: "07071/98442-0", "089/2180-3311";
        // a village's six-digit area code in groups: "035935 217 84"; a German mobile, its
        // prefix and seven or eight digits: "0176 41729385".
        (re(r"\b01[5-7]\d{1,2}[ \t]\d{7,8}\b|\b0\d{3,4}\s?\d{6}\b|\b0\d{1,3}\s\d{3,4}\s\d{4}\b|\b0\d{4}\s\d{3}\s\d{3,4}\b|\b0\d{4}[ \-]\d{2}[ \t]\d{2}[ \t]\d{2}\b|\b0[2-9]\d{4}[ \t]\d{2,3}[ \t]\d{2,3}\b"), Rule::Plain(Phone)),
        (re(r"\b0[1-9]\d{1,4}/\d{3,8}(?:-\d{1,5})?\b"), Rule::Plain(Phone)),
        // An Argentine landline outside Buenos Aires, a four-digit area code and a hyphened
        // number: "2962 49-1729", "(0294) 442-7170".
        (re(r"(?:\b0?[23]\d{3}|\(0?[23]\d{3}\))[ \t]\d{2,3}-\d{4}\b"), Rule::Plain(Phone)),
        // An Indian mobile with its trunk 0, in two fives: "094191 72836".
        (re(r"\b0[6-9]\d{4}[ \t]\d{5}\b"), Rule::Plain(Phone)),
        (re(r"(?i)\b(?:phone|ph|tel|telephone|cell|mobile|mob|ring|fax|pager|paged|pgr|beeper|bleep|bleeper|callback|call\s+back|ext|extension|voicemail|cel|celular|m[óo]vil|tel[ée]fono|telefone|telefon|tlf|puh|sími|tālr|tél|téléphone|joignable(?:\s+au)?|whatsapp|hp|telp|no\.\s*hp|no\.\s*telp)\.?(?:\s+(?:number|no\.?|#))?\s*(?:is|at|of)?\s*[:#]?\s*(\+?\d[\d\s().\-]{2,14}\d)\b"), Rule::Digits(Phone, 4)),
        (re(r"\bx\d{4,5}\b"), Rule::Plain(Phone)),
        // The Pacific islands' short numbers after their country code: "+683 4127" (Niue), "+682
        // 22 664" (the Cook Islands).
        (re(r"\+6(?:7\d|8\d|9[0-2])[ \t]?\d{2}[ \t]?\d{2,3}\b"), Rule::Plain(Phone)),
        // Australian mobiles: "0412 345 678".
        (re(r"\b04\d{2}[ \-]?\d{3}[ \-]?\d{3}\b"), Rule::Plain(Phone)),
        // East African and other mobiles written 4-3-3 with the trunk zero: "0772 418 902".
        (re(r"\b0[1-9]\d{2}[ \-]\d{3}[ \-]\d{3}\b"), Rule::Plain(Phone)),
        // Seven or eight digits in two groups after a telephone word, with an extension ("phoned
        // 2487 1515 int. 2231", "phoned 543 1000"), in four pairs ("phoned 38 63 50 00"), or as
        // Poland and Lithuania write them ("tel. 22 569 02 00", "mobile 601 234 567", "phoned 8
        // 45 507 100"), or as Malawi, Algeria and the Seychelles write landlines ("phoned 01 284
        // 530", "tel. 021 56 78 90", "phoned 4 225 100"), or Guinea-Bissau's nine in 2-3-4
        // ("phoned 95 512 3344"), or Oman's eight in 4-4 after "GSM" ("GSM 9941 7293"), or a
        // Polish mobile after "kom." (komórka, "kom. 601 417 293"):
        // without the word, two groups are as often a count or a code.
        (re(r"(?i:\b(?:phoned|phone|tel\.?|tel[ée]fono|cel\.?|celular|cell|mobile|called|gsm|kom\.?|komórka))[ \t]*:?[ \t]*(?:at[ \t]+)?(\d{3,4}[ \t\-]\d{4}(?:[ \t]*(?:int\.?|ext\.?|interno|x)[ \t]*\d{1,5})?|\d{2}(?:[ \t]\d{2}){3}|\d{2}[ \t]\d{3}[ \t]\d{2}[ \t]\d{2}|\d{1,3}[ \t]\d{3}[ \t]\d{3}|0\d{2}(?:[ \t]\d{2}){3}|8[ \t]\d{1,2}[ \t]\d{3}[ \t]\d{3,4}|0\d{1,3}/\d{3,4}[ \t]?\d{3,4}|0\d{2}[ \t]\d{2}[ \t]\d{3}[ \t]\d{2}|\d{2}[ \t]\d{3}[ \t]\d{4})\b"), Rule::Plain(Phone)),
        // The Faroes' six digits in pairs, the Comoros' seven in 3-2-2, Guinea's nine in 3-2-2-2,
        // Tuvalu's five in 2-3 and Andorra's six in 3-3, after a telephone word that counts
        // nothing ("phoned 31 20 40", "tel. 763 20 11", "phoned 664 20 31 77", "phoned 20 480",
        // "phoned 871 000"; "called 10 12 15 times" is no number).
        (re(r"(?i:\b(?:phoned|phone|tel\.?|mobile))[ \t]*:?[ \t]*(\d{2,3}[ \t]\d{2}[ \t]\d{2}(?:[ \t]\d{2})?|\d{2,3}[ \t]\d{3})(?:[ \t]*[,;.)]|[ \t]+\p{L}|$)"), Rule::Plain(Phone)),
        // Lithuania and Estonia: a street by its name and its kind after it, the flat after a
        // hyphen ("Gedimino pr. 9-12", "Laisvės al. 44-3", "Vilniaus g. 5", "Narva mnt 12-5",
        // "Lai tn 3"); Estonian hospitals by their word ("Põhja-Eesti Regionaalhaigla", "Tartu
        // Ülikooli Kliinikum"), a firm by "OÜ" after its name; a firm by its legal
        // form and its name in quotes ("UAB \"Baltijos laivų statykla\"", "SIA \"Latvijas Balzams\"").
        (re(r"\b\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:(?:pr|al|g|pl|skg)\.|(?:mnt|tn|pst|põik)\.?)[ \t]*\d{1,4}[A-Za-z]?(?:-\d{1,4})?\b"), Rule::Plain(Address)),
        (re(r#"\b(?:UAB|AB|VšĮ|SIA|AS|OÜ|AAS)[ \t]+["„“][^"“”\n]{1,50}["“”]"#), Rule::Plain(Facility)),
        (re(r"\b(?:\p{Lu}[\p{L}\-]+[ \t]+){0,2}(?:\p{Lu}\p{Ll}*haigla|Haigla|Kliinikum|Polikliinik)\b"), Rule::Plain(Facility)),
        (re(r"\b\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}[ \t]+OÜ\b"), Rule::Plain(Facility)),
        // Polish and Ukrainian numbers: the area code in brackets and 3-2-2 ("(71) 784 25 00",
        // "(057) 725 11 40"), Chile's in brackets and 3-4 ("(45) 221 3847").
        (re(r"\((?:0\d{2}|\d{2})\)[ \t]?\d{3}[ \t](?:\d{2}[ \t]\d{2}|\d{4})\b"), Rule::Plain(Phone)),
        // A Dutch or Surinamese hospital named with the old genitive "'s" ("'s Lands Hospitaal").
        (re(r"(?:^|[ \t(;,])(['’]s[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?[ \t]+(?:Hospitaal|Ziekenhuis|Gasthuis))\b"), Rule::Plain(Facility)),
        // Malta: a "Triq" street with its house number before it and a flat and block before
        // that ("Flat 4, Block B, Triq San Pawl", "12, Triq il-Kbira"), and the town before a
        // postcode with a locality's code ("San Pawl il-Baħar SPB 3415"; the postcode is found
        // after the town).
        (re(&format!(r"\b(?:Flat[ \t]+\d{{1,3}},[ \t]*)?(?:Block[ \t]+[A-Z0-9]{{1,2}},[ \t]*)?(?:\d{{1,4}}[A-Za-z]?,?[ \t]*)?Triq[ \t]+(?:ta['’][ \t]+)?{w}(?:[ \t]+(?:ta['’][ \t]+)?{w}){{0,3}}", w = MALTESE_WORD)), Rule::Plain(Address)),
        (re(&format!(r"(?:^|[,;(][ \t]*|[ \t])(\p{{Lu}}[\p{{L}}'’\-]+(?:[ \t]+(?:ta['’][ \t]+)?{w}){{0,2}}),?[ \t]+{MALTA_POSTCODE}", w = MALTESE_WORD)), Rule::TownBeforeCode),
        // A Maltese association or band club by its name, the article joined to the word after it:
        // "Għaqda tan-Nar San Pawl" (a fireworks association, which runs its own factory),
        // "Każin tal-Banda".
        (re(&format!(r"\b(?:Għaqda|Każin|Socjetà)[ \t]+{w}(?:[ \t]+{w}){{0,3}}", w = MALTESE_WORD)), Rule::Plain(Facility)),
        // Bulgaria: a street whose name is quoted and its floor and flat ("ul. \"Rakovski\" 112,
        // et. 3, ap. 7"), a housing estate with block, entrance, floor and flat ("zh.k. Mladost 1,
        // bl. 12, vh. B, et. 4, ap. 15"), and hospitals by their form ("UMBAL \"Sv. Georgi\"",
        // "MBAL Varna").
        (re(r#"\b(?:ul|bul|pl)\.[ \t]*["„“]\p{Lu}[^"“”\n]{0,40}["“”][ \t]*(?:No[ \t]*)?\d{1,4}[A-Za-z]?(?:,[ \t]*(?:et|ap|vh|bl)\.[ \t]*[\dA-Z]{1,4})*"#), Rule::Plain(Address)),
        (re(r"\bzh\.[ \t]?k\.[ \t]*\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*)?(?:[ \t]+\d{1,2})?(?:,[ \t]*(?:bl|vh|et|ap)\.[ \t]*[\dA-Z]{1,4})*"), Rule::Plain(Address)),
        (re(r#"\b(?:UMBAL|MBAL|SBAL|SBALO|UMBALSM)[ \t]+(?:["„“]\p{Lu}[^"“”\n]{0,40}["“”]|\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+)?)"#), Rule::Plain(Facility)),
        // A Ukrainian or Russian firm by its legal form written first ("TOV Ahrotek-Poltava",
        // "PrAT Kyivstar", "OOO Vostok").
        (re(r"\b(?:TOV|TzOV|PrAT|OOO|ZAO|OAO)[ \t]+[«\x22]?\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+)?[»\x22]?"), Rule::Plain(Facility)),
        // ... and in Cyrillic with the name in guillemets, an oil field's production unit (НГДУ)
        // and a public clinic's form (ГБУЗ, ГАУЗ) too: "ООО «Татнефть-Бурение»", "НГДУ «Елховнефть»";
        // the name alone, the form and the guillemets outside (as set 93 writes "ГБУЗ «ГКБ № 15»").
        (re(r"(?:ООО|ОАО|ЗАО|ПАО|АО|НГДУ|ГБУЗ|ГАУЗ|ФГБУ|ГУП|МУП|ТОО)[ \t]+«([^»\n]{1,60})»"), Rule::Plain(Facility)),
        // A Polish street: "ul.", "al." or "pl." and the patron's words, a regnal numeral, the
        // house number with its flat after a slash or "m." ("al. Jana Pawła II 18/4", "ul.
        // Marszałkowska 112 m. 14"); "et al." before a journal's name and year is no avenue.
        (re(r"(?:^|[^t][ \t]|[^e]t[ \t]|[^\p{L}]t[ \t]|[(\[,;])((?:ul|al|pl|Al|Ul|Pl)\.[ \t]*(?:\p{Lu}[\p{L}\-]*\.?[ \t]+){1,3}(?:[IVX]{1,4}[ \t]+)?\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?:[ \t]+(?:m|lok)\.[ \t]*\d{1,4})?)\b"), Rule::Plain(Address)),
        // A clock time after the Nordic "kl." and the Finnish "klo" ("kl. 14.30", "klo 14.20").
        (re(r"\b(?:kl\.|klo)[ \t]*(\d{1,2}[.:]\d{2})\b"), Rule::Plain(Date)),
        // A Finnish reindeer-herding or other co-operative by its word after its name:
        // "Näkkälä paliskunta", "Suonttavaara osuuskunta".
        (re(r"\b\p{Lu}\p{Ll}+[ \t]+(?:paliskunta|osuuskunta)\b"), Rule::Plain(Facility)),
        // Iceland: hospitals in one word ("Landspítali") or by their town ("Sjúkrahúsið á
        // Akureyri"), and a street with its floor ("Laugavegur 45, 3. hæð").
        (re(r"\b\p{Lu}\p{L}*(?:spítali|spítalinn)\b|\bSjúkrahús(?:ið)?(?:[ \t]+(?:á|í)[ \t]+\p{Lu}\p{L}+)?"), Rule::Plain(Facility)),
        (re(r"\b\p{Lu}\p{L}*(?:vegur|gata|stræti|braut|stígur)[ \t]+\d{1,4}[a-z]?,[ \t]*\d{1,2}\.[ \t]*hæð\b"), Rule::Plain(Address)),
        // A Khoekhoe name with its click letter written "!" ("Frieda !Naruseb"), which the name
        // readers take for punctuation; after a space, not a word ("effusion!Large" is a typo).
        (re(r"(?:^|[ \t(])((?:\p{Lu}\p{Ll}+[ \t]+)?[!ǃǂǁǀ]\p{Lu}\p{Ll}+)"), Rule::Plain(Name)),
        // A cédula after its label, with stops and with a check digit or without: "CI 2.345.671"
        // (Paraguay).
        (re(r"\b(?:CI|C\.I\.|C\.I\.N\.|[Cc]édula)[ \t]*(?:N[º°o]\.?)?[ \t]*:?[ \t]*(\d{1,2}\.\d{3}\.\d{3}(?:-\d)?)\b"), Rule::Plain(Id)),
        // A street named for a marshal, a general or a colonel, with its number and the corner
        // after it: "Mcal. López 1840 c/ Brasilia" (a number is what makes it no person).
        (re(r"\b(?:Mcal|Gral|Cnel|Tte|Pdte)\.[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+\d{1,5}\b(?:[ \t]+(?:c/|casi|esq\.|esquina)[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{Ll}+)?)?"), Rule::Plain(Address)),
        // A Uruguayan cédula, seven digits with stops and a check digit: "1.834.552-7".
        (re(r"\b\d\.\d{3}\.\d{3}-\d\b"), Rule::Plain(Id)),
        // A street named for a date, then its house number, not a year: "25 de Mayo 174", "Calle
        // 18 de Julio 2210" (a date writes its month in lower case).
        (re(r"\b(?:(?:Calle|Avenida|Av\.|Avda\.|Bv\.|Bvar\.|Pasaje)[ \t]+)?\d{1,2}[ \t]+de[ \t]+(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Setiembre|Octubre|Noviembre|Diciembre)[ \t]+(?:\d{1,3}|1[0-8]\d{2}|2[1-9]\d{2}|[3-9]\d{3}|\d{5})\b"), Rule::Plain(Address)),
        // Vietnamese landlines, the trunk "0", a three-digit province code, then four and three
        // digits: "0274 3812 446".
        (re(r"\b0\d{3}[ .]\d{4}[ .]\d{3}\b"), Rule::Plain(Phone)),
        // An Indonesian limited company, "PT" and its name, whose first word no list holds: "PT
        // Kretek Sumber Rejeki" (else "PT" is the patient's label, and the name rules read on).
        (re(r"\bPT[ \t]+(\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}\p{Ll}+){1,3}(?:[ \t]+Tbk\.?)?"), Rule::NamedPractice),
        // A Vietnamese company by its word "Công ty" (a co-operative by "Hợp tác xã", a factory or a
        // mill by "Nhà máy", an enterprise by "Xí nghiệp") and the name after it, whose words may be
        // in lower case ("Công ty Dệt may Bình Dương"): up to its last capitalised word.
        (re(r"\b(?:Công[ \t]+ty|Hợp[ \t]+tác[ \t]+xã|Nhà[ \t]+máy|Xí[ \t]+nghiệp)(?:[ \t]+\p{L}+){0,5}[ \t]+\p{Lu}\p{L}*"), Rule::Plain(Facility)),
        // Dutch landlines, the trunk "0" and a three- or two-digit area, then pairs: "0570 61 22
        // 93", "010 412 33 80".
        (re(r"\b0(?:\d{3}[ \-]\d{2}|\d{2}[ \-]\d{3})[ \t]\d{2}[ \t]\d{2}\b"), Rule::Plain(Phone)),
        // Hungarian numbers with the trunk prefix "06", then the area: "06 1 555 2390".
        (re(r"\b06[ \-](?:1|[2-9]\d)[ \-]\d{3}[ \-]\d{3,4}\b"), Rule::Plain(Phone)),
        // Labelled identifiers: strong labels need two digits, weak ones four.
        // Longer labels before their prefixes ("account" before "acc"): the first that matches wins.
        (re(r"(?i)\b(?:(?-i:NIN)|mrn|m\.r\.n\.|medical\s+record|med\s+rec|record|accession|account|acct|acc|ssn|social\s+security|member|policy|subscriber|insurance|license|licence|lic|npi|dea|serial|s/n|sn\b|patient\s+id|pt\s+id|identifier|id(?:\s+badge)?|encounter|visit|episode|epis[óo]dio|utente|nif|fin|csn|requisition|req|register|registry|reference|ref|dossier|namba\s+ya\s+faili|rider|ride|voucher|specimen|plate|vin|chart|health\s+plan|workstation|hostname|terminal|badge|carte(?:\s+d['’]identit[ée])?|cni\b|cps|card|discharge\s+book|seaman'?s\s+book|cdc|official\s+number|o\.n\.|crew\s+id|station\s*name|ae\s*title|claim|webex|meeting\s+number|conference\s+id|mr)\s*(?:number|no\.?|n\.?[ºo°]\.?|num|#|id|code)?\s*(?:is|was|of|on\s+file\s+is|ending(?:\s+in)?|last\s+(?:four|4)(?:\s+digits)?)?\s*[:#=]?\s*#?\s*(\d{2,4}(?:[ ]\d{3,4}){1,3}\b|(?-i:[A-Z]{1,4}[ \t]+)?[A-Za-z0-9][A-Za-z0-9\-_/.]*[A-Za-z0-9])"), Rule::Digits(Id, 2)),
        // Weak labels with a number word; a Romanian chart ("FO nr. 48817/2026", foaie de
        // observație) and "nr." as Central Europe writes it.
        (re(r"(?i)\b(?:order|case|study|exam|device|report|file|template|code|ticket|site|incident|event|occurrence|complaint|grievance|ip|op|ipd|opd|inpatient|outpatient|fo|focg|foaie\s+de\s+observa[țţt]ie)\s*(?:number|no\.?|nr\.?|num|#|id|code)\s*[:#=]?\s*([A-Za-z0-9][A-Za-z0-9\-_/.]*[A-Za-z0-9])"), Rule::Digits(Id, 2)),
        // A hospital's own number, often with the hospital's letters: "hospital no. GSH 1123987".
        (re(r"(?i)\b(?:hospital|hosp|folder|registration|reg)\.?\s*(?:number|no\.?|num|#)\s*[:#]?\s*((?-i:[A-Z]{2,4}[ \t]+)?[A-Za-z0-9][A-Za-z0-9\-/]*\d[A-Za-z0-9\-/]*)"), Rule::Digits(Id, 3)),
        // Numbers of people at work, with an explicit number word ("employee no. 40913"; "worker
        // 12 hours" is none): and certifications ("NIOSH certification B-4471").
        (re(r"(?i)\b(?:employee|miner|worker|staff|union|guild|volunteer|member|certification|certificate|cert|student)\.?\s*(?:number|no\.?|num|#|id)\s*[:#]?\s*([A-Za-z0-9][A-Za-z0-9\-/]*\d[A-Za-z0-9\-/]*)"), Rule::Digits(Id, 3)),
        (re(r"(?i)\b(?:certification|certificate|cert|licen[cs]e)\s*[:#]?\s*((?-i:[A-Z]{1,3})-?\d{3,})\b"), Rule::Plain(Id)),
        // A trial subject's initials: "initials J-D-K", "subject SCR-3319 (A.M.)", "subject M.T.R.'s";
        // a child's, as courts name them: "films of minor J.M.".
        (re(r"(?i:\b(?:initials|subject|participant|minor|juvenile))[ \t]*:?[ \t]*(?:[A-Z0-9]+-?[0-9][A-Z0-9\-]*[ \t]*)?\(?[ \t]*((?-i:[A-Z])(?:[.\-](?-i:[A-Z])){1,3}\.?)"), Rule::SubjectInitials),
        // National and insurer numbers, often written in digit groups: "Medicare 2123 45670 1",
        // "NHS No: 943 476 5919", "UHID AIIMS/2026/004517", a Russian health policy's "OMS 1452
        // 8930 4172 6618".
        (re(r"(?i)\b(?:paspor|no\.?\s*rm|nomor\s+rekam\s+medis|rekam\s+medis|medicare|medicaid|nhs|chi|bsn|uhid|ihi|mbi|hcn|pps|ppsn|cpr|personnummer|health\s+card|insurance|member|policy|aadhaar|aadhar|nir|insee|nhi|passport|ramq|carte\s+soleil|dni|rut|run|cuil|cuit|c[ée]dula|credencial|tarjeta\s+sanitaria|tsi|nhc|dui|sus|cns|nhc|prontu[áa]rio|historia\s+cl[íi]nica|hkid|rrn|hn|nrc|nrn|sv-nr\.?|sv-nummer|versicherungsnummer|niss|rijksregisternummer|taj|snils|снилс|oms|kimlik(?:\s+no)?|nhia|nhis|protokol|dosya|sicil|księgi(?:\s+głównej)?|cnp|iqama|idnp|emirates\s+id|civil\s+id|kennitala|f\.?[ \t]?nr\.?|fødselsnummer|hetu|henkilötunnus|isikukood|asmens\s+kodas|personas\s+kods|a\.k\.|p\.k\.|cni|cnib|cin|nin|mbo|fayda|my\s+number|cnas|cnss|nss|nus|nr\.?\s*hist\.?\s*chor\.?|historii\s+choroby|n\.?\s*nosologico|nosologico)\s*(?:number|no\.?|num|#|id)?\s*[:#=]?\s*(\d{1,2}/[A-Za-z]{3,12}\([A-Z]{1,3}\)\d{5,6}|[A-Z][ \t]\d{7}\b|\d[\d ]{6,24}\d(?-i:-[A-Z]{2})?|[A-Z]{4}[ \t]?\d{4}[ \t]?\d{4}(?:[ \t]?\d{4})?|[A-Za-z0-9][A-Za-z0-9\-_/.]*\d[A-Za-z0-9\-_/.]*[A-Za-z0-9])\b"), Rule::Digits(Id, 4)),
        // A teaching file's case id: "case ID rID 88213" (Radiopaedia's).
        (re(r"\brID:?[ \t]*\d{3,}\b"), Rule::Plain(Id)),
        // Day and month with a closing stop, as Norwegian, Danish and German write them
        // ("taken 30.11.", "am 1.12."), where a word before dates it; a measurement has a unit.
        (re(r"(?i:\b(?:on|taken|tatt|taget|dated|date|den|fra|from|am|vom|seit|til|until))[ \t]+((?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.)(?:[^\d]|$)"), Rule::Plain(Date)),
        // Lower-case Nordic facility words after a place: "Hammerfest sykehus", "Karasjok legekontor",
        // "Tampereen yliopistollinen sairaala" (a university hospital), the Sámi "Sámi klinihkka"
        // (clinic) and "buohcciviessu" (hospital).
        (re(r"\b\p{Lu}[\p{L}\-]+[ \t]+(?:yliopistollinen[ \t]+)?(?:sykehus|sjukehus|sykehuset|sjukhuset|universitetssjukehus|universitetssykehus|universitetssjukhus|universitetssygehus|universitetshospital|centralsjukhus|centralsjukhuset|sairaala|keskussairaala|terveyskeskus|sjúkrahús|helsesenter|legekontor|legesenter|sykehjem|helsestasjon|sygehus|sjukhus|vårdcentral|vårdcentralen|hälsocentral|hälsocentralen|lasarett|lasarettet|lægehus|klinihkka|buohcciviessu)\b"), Rule::Plain(Facility)),
        // ... and a Swedish health centre or county hospital before its town: "Vårdcentralen
        // Slite", "Lasarettet i Ystad".
        (re(r"\b(?:Vårdcentralen|Hälsocentralen|Lasarettet[ \t]+i|Sjukhuset[ \t]+i)[ \t]+\p{Lu}[\p{L}\-]+"), Rule::Plain(Facility)),
        // First Nations and reserves: "Sandy Lake First Nation".
        (re(r"\b(?:\p{Lu}[\p{L}'’\-]+[ \t]+){1,3}(?:First[ \t]+Nations?|Indian[ \t]+Reserve|Reservation|Rancheria)\b"), Rule::Plain(Location)),
        // A Hong Kong identity card with its check digit, a Korean resident number masked after
        // the sex digit: "HKID A123456(7)", "RRN 850412-2******" (no word boundary after them).
        (re(r"(?i:\b(?:hkid|rrn)\s*(?:no\.?|number|#)?\s*[:#]?\s*)((?-i:[A-Z]{1,2}\d{6}\([0-9A]\))|\d{6}-\d[\d*]{6})"), Rule::Plain(Id)),
        // A short label glued to a number by "#": "ORD#77812-A", "REQ#4471".
        (re(r"\b[A-Z]{2,6}#\s?([A-Za-z0-9][A-Za-z0-9\-_/]*\d[A-Za-z0-9\-_/]*)"), Rule::Digits(Id, 3)),
        // ... the whole of it when a label says it is a number: "Order ORD#77812-A".
        (re(r"(?i)\b(?:order|requisition|req|case|study|exam|claim|ref|reference)\s*[:=]?\s*([A-Z]{2,6}#\s?[A-Za-z0-9][A-Za-z0-9\-_/]*\d[A-Za-z0-9\-_/]*)"), Rule::Digits(Id, 3)),
        (re(r"(?i)\b(?:voiceprint|fingerprint|retina|retinal|iris|biometric|template)\s+(?:template\s+|scan\s+)?(?:id\s+)?([A-Za-z0-9][A-Za-z0-9\-]*\d[A-Za-z0-9\-]*)"), Rule::Digits(Id, 2)),
        (re(r"(?i)\b[\w\-]+\.(?:jpe?g|png|dcm|dicom|pdf|tiff?|bmp|gif|docx?)\b"), Rule::Plain(Id)),
        (re(r"\b[A-Za-z0-9][A-Za-z0-9\-_]{4,}[A-Za-z0-9]\b"), Rule::LooseId),
        // British vehicle registrations: "KX19 ABC".
        (re(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"), Rule::Plain(Id)),
        // Street addresses, PO boxes, city + state (+ ZIP), counties, ZIP codes.
        (re(&format!(r"\b(?:(?i:lot|flat|unit|apt|apartment|suite|ste)\.?\s*#?(?:[A-Za-z]?\d+[A-Za-z]?,?\s+)?)?(?:(?:No\.?|N[°º])[ \t]*)?\d{{1,6}}(?:/\d{{1,4}})?[A-Za-z]?(?:,\s*|[ ])(?:[NSEW]\.?\s+)?(?:(?:\p{{Lu}}[\p{{L}}'’\-]*|\d+(?:st|nd|rd|th))\s+){{1,4}}{STREET}\b\.?(?:\s+(?:NE|NW|SE|SW|[NSEW])\b\.?)?(?:,?\s*(?i:apt|apartment|suite|ste|unit|floor|fl|#)\.?\s*#?\s*[A-Za-z0-9\-]+)?")), Rule::Plain(Address)),
        (re(r"(?i)\bp\.?\s?o\.?\s+box\s+\d+"), Rule::Plain(Address)),
        (re(r"(?i)\b(?:rural\s+route|r\.?r\.?|hc|star\s+route)\s*[#\-]?\s*\d{1,3},?\s+box\s+\d+"), Rule::Plain(Address)),
        // ... with the Danish floor and door ("Nørrebrogade 44, 3. tv.") or the Finnish stair and
        // flat ("Strandgatan 9 B 14") or the Swedish entrance and flat ("Adelsgatan 14 B, lgh
        // 1102") after the number.
        (re(r"\b\p{Lu}\p{L}*(?:gaden|gade|vejen|vej|stræde|gatan|gata|vägen|veien|gate|katu|tie)[ \t]+\d{1,4}[a-zA-Z]?(?:,[ \t]*(?:\d{1,2}\.|st\.)[ \t]*(?:tv|th|mf)\b\.?|[ \t]+[A-Z][ \t]+\d{1,3}\b|(?:[ \t]+[A-Z])?,?[ \t]+(?:lgh|lägenhet)\.?[ \t]*\d{3,4}\b)"), Rule::Plain(Address)),
        // A Nordic street named for a person in the genitive, its kind in lower case: "Isak Sabas
        // vei 4", "Drottning Kristinas väg 12".
        (re(&format!(r"\b\p{{Lu}}[\p{{L}}\.]+(?:[ \t]+\p{{Lu}}[\p{{L}}\.]+){{0,3}}[ \t]+(?:{NORDIC_LOWER_STREET})[ \t]+\d{{1,4}}[a-zA-Z]?\b")), Rule::Plain(Address)),
        // A Sorbian street, its kind in lower case after the name: "Hłowna dróha 14", "Póstowe
        // naměsto 2".
        (re(r"\b\p{Lu}\p{L}+[ \t]+(?:dróha|droga|dróga|hasa|naměsto|naměsć|puć)[ \t]+\d{1,4}[a-zA-Z]?\b"), Rule::Plain(Address)),
        // A grammar school named in Sorbian, Czech, Polish or German, its kind after an adjective
        // or a name, with the town after it: "Serbski gymnazij Budyšin", "Humboldt-Gymnasium"
        // (the English "gymnasium" is a hall, written in lower case).
        (re(r"\b\p{Lu}\p{L}+[ \t\-]+(?:[Gg]ymnazij|Gymnasium|[Gg]ymnázium|[Gg]imnazjum)(?:[ \t]+\p{Lu}[\p{L}\-]+)?"), Rule::Plain(Facility)),
        // A Spanish industrial estate by its name and the plot or bay in it: "Polígono Industrial
        // La Pahilla, parcela 14".
        (re(r"\b(?:Pol[íi]gono|Pol\.)[ \t]+(?:Industrial|Ind\.)(?:[ \t]+(?:de|del|la|las|los|el|La|Las|Los|El|\p{Lu}[\p{L}'’\-]+)){1,5}(?:,?[ \t]+(?:parcela|nave|parc\.)[ \t]*(?:n[º°o]\.?[ \t]*)?\d{1,4}[A-Za-z]?)?"), Rule::Plain(Address)),
        // A Nordic firm of two words or more by its form after "of", "at", "from", "by" or "for":
        // "Store Norske Spitsbergen Kulkompani AS", "Gimo Hårdmetall AB" (alone, "AS" is aortic
        // stenosis and "AB" a blood group: "Severe AS").
        (re(r"(?i:\b(?:of|at|from|by|for))[ \t]+(\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+){1,3}[ \t]+(?:AS|ASA|AB|Oyj))\b"), Rule::Plain(Facility)),
        // Street first, number after, as northern Europe writes it: "Kungsgatan 12", "Hauptstraße
        // 5a", Frisian "Tsjerkestrjitte 7".
        (re(r"\b\p{Lu}\p{L}*(?:gatan|gata|vägen|straße|strasse|weg|laan|straat|gracht|plein|gasse|vej|gade|veien|gate|katu|allee|platz|ring|damm|ufer|chaussee|strjitte|wei|dyk|leane|paad)\s+\d{1,4}[a-zA-Z]?\b(?:-(?:I{1,3}|IV|hs|\d{1,2})\b|[ \t]+(?:bis|hs|huis)\b)?"), Rule::Plain(Address)),
        // The street word first and the number after, as Italian, Spanish and French write
        // it: "Via Garibaldi 14", "Calle Mayor 5", a king's with his numeral ("Corso Umberto I 45"),
        // Venice's quays and alleys ("Fondamenta dei Vetrai 42", "Salizada San Lio 5"), a borough's
        // street in Italian and Friulian ("Borgo Pinti 12", "Borc San Pieri 12").
        (re(r"\b(?:Via|Viale|Piazza|Piazzale|Corso|Largo|Borgo|Borc|Fondamenta|Salizada|Sotoportego|(?i:calle|carrer|rua|avenida|avinguda|rue))\s+(?:(?:da\s+la|de|del|della|dei|delle|degli|di|da|dos|des|du|la|le)\s+|(?:dell|dall|d|l)['’])?\p{Lu}[\p{L}'’\-]+(?:\s+(?:(?:di|del|della|dei|delle|degli)\s+)?\p{Lu}[\p{L}'’\-]+){0,2}(?:\s+[IVX]{1,4})?,?\s+\d{1,4}[a-zA-Z]?\b"), Rule::Plain(Address)),
        // Newfoundland and Labrador's health card after its label, in capitals ("MCP" in lower
        // case or before a joint's numbers is the metacarpophalangeal): "MCP 492 817 305 112".
        (re(r"\bMCP(?:[ \t]+(?:no\.?|#|number))?[ \t]*:?[ \t]*(\d{3}[ \t]?\d{3}[ \t]?\d{3}[ \t]?\d{3})\b"), Rule::Plain(Id)),
        // Friulian clubs abroad by their name: "Fogolâr Furlan di Toronto".
        (re(r"\bFogol[âa]r[ \t]+Furlan(?:[ \t]+(?:di|de|dal|of)[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?)?"), Rule::Plain(Facility)),
        // A French main street with the number first: "45 Grand'Rue", "3 Grande Rue".
        (re(r"\b\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?:Grand['’]Rue|Grand-Rue|Grande[ \t]+Rue)\b"), Rule::Plain(Address)),
        // An Australian office's level before its street: "Level 2, 41 Coventry St".
        (re(r"\bLevel[ \t]+\d{1,2},[ \t]*\d{1,5}[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:St|Street|Rd|Road|Ave|Avenue|Pde|Parade|Tce|Terrace|Pl|Place|Dr|Drive|Hwy|Highway|Lane|Ln|Blvd|Boulevard)\b\.?"), Rule::Plain(Address)),
        // A Walloon street, its kind first and a Walloon "of" after: "Rowe des Fosses 7", "Vôye
        // di Hotton 22" ("Rowe" is a surname too, so the particle is asked for).
        (re(r"\b(?:Rowe|Vôye|Plèce|Tchåssêye)[ \t]+(?:(?:des|di|dè|do|du|al|å)[ \t]+|d['’])\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?[ \t]+\d{1,4}\b"), Rule::Plain(Address)),
        // The town after a street, before a state or a postcode, listed or not: "14 Wattle
        // Street, Fitzroy VIC 3065", "27 Mill Lane, Galway H91 E2K3".
        (re(&format!(r"\b{STREET}\b\.?,\s+(?:\p{{Lu}}\p{{Ll}}+(?:[ \-]\p{{Lu}}\p{{Ll}}+)?,\s+)?(\p{{Lu}}\p{{Ll}}+(?:[ \-]\p{{Lu}}\p{{Ll}}+){{0,2}}),?\s+(?:(?:[A-Z]{{2,3}}\s+)?\d{{4,5}}|[AC-FHKNPRTV-Y]\d[0-9W]\s[AC-FHKNPRTV-Y0-9]{{4}}|[A-Z]{{1,2}}\d[A-Z\d]?\s\d[A-Z]{{2}})\b")), Rule::Plain(Location)),
        // ... and the postcode after that town: "23 Kauri Street, Rotorua 3010".
        (re(&format!(r"\b(?:{STREET}\b\.?|RD[ \t]+\d{{1,2}}),\s+(?:\p{{Lu}}\p{{Ll}}+(?:[ \-]\p{{Lu}}\p{{Ll}}+)?,\s+)?\p{{Lu}}\p{{Ll}}+(?:[ \-]\p{{Lu}}\p{{Ll}}+){{0,2}},?\s+(?:[A-Z]{{2,3}}\s+)?(\d{{4,5}})\b")), Rule::Plain(Location)),
        // A New Zealand rural delivery route and the town after it: "rural delivery RD 2, Gisborne".
        (re(r"(?i:\brural[ \t]+delivery)[ \t]+(RD[ \t]+\d{1,2})\b"), Rule::Plain(Address)),
        (re(r"\bRD[ \t]+\d{1,2},[ \t]+(\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+)?)"), Rule::Plain(Location)),
        // The city after a street address ("221B Baker Street, London"): listed places only.
        (re(&format!(r"(?:\b{STREET}\b\.?|\b(?i:apt|suite|unit)\.?\s*#?[A-Za-z0-9\-]+|\b\d{{1,6}},?\s+(?i:{LOWER_STREET}|via|calle|avenida|strasse|straße|carrer|rua)\s+[\p{{L}}'’\- ]+?),\s+(\p{{Lu}}\p{{Ll}}+(?:[ \-]\p{{Lu}}\p{{Ll}}+){{0,2}})")), Rule::ContextPlace),
        // British and Canadian postcodes ("SW1A 1AA", "K1A 0B1").
        (re(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"), Rule::Plain(Location)),
        // Irish Eircodes ("D09 V2N0") and Australian state + postcode ("VIC 3065").
        (re(r"\b[AC-FHKNPRTV-Y]\d[0-9W]\s(?:[AC-FHKNPRTV-Y0-9]{4})\b"), Rule::Eircode),
        (re(r"\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\s+(\d{4})\b"), Rule::Plain(Location)),
        // Continental postcode before its town, after a street: ", 114 56 Stockholm", ", 3511 AB
        // Utrecht", ", 4000-447 Porto".
        (re(r",[ \t]*((?:\d{3}[ \t]\d{2}|\d{4}-\d{3}|\d{2}-\d{3}|LT-\d{5}|LV-\d{4}|L-\d{4}|FO-\d{3}|\d{4}[ \t]?[A-Z]{2}|\d{3,5})[ \t]+(\p{Lu}[\p{L}\-]+(?:[ \t]\p{Lu}[\p{L}\-]+)?)(?:[ \t](?:N|S|V|K|C|Ø|NV|SV|NØ|SØ)\b)?)"), Rule::PostcodeTown),
        // A Portuguese town after the plot or the floor that ends its address: "Lote 7, Santa
        // Maria da Feira", "2.º Dto., Setúbal".
        (re(r"\b(?:Lote[ \t]+\d{1,4}[A-Z]?|(?:Esq|Dto|Dt)\.),[ \t]+(?:\d{4}-\d{3}[ \t]+)?(\p{Lu}\p{Ll}+(?:[ \t]+(?:d[aoe]s?[ \t]+)?\p{Lu}\p{Ll}+){0,3})"), Rule::Plain(Location)),
        // A French town with its article after the street, listed or not: "4 rue des Tilleuls,
        // La Ferté", "12 chemin des Lilas, Le Vigan" (the article opens no given name there).
        (re(&format!(r"\b\d{{1,6}},?[ \t]+(?i:{LOWER_STREET}|route)[ \t]+[\p{{L}}'’\- ]+?,[ \t]+((?:Le|La|Les)[ \t]+\p{{Lu}}[\p{{L}}'’\-]+(?:[ \t]\p{{Lu}}[\p{{L}}'’\-]+)?)")), Rule::Plain(Location)),
        // A French or Occitan street in lower case without its number, between commas: "Clinica de
        // l'Union, bolevard de Ratalens, Sant Joan".
        (re(&format!(r"(?:^|[,;(][ \t]*)((?i:{LOWER_STREET})[ \t]+(?:(?:de|du|des|la|le|del|dels|dau)[ \t]+|[ld]['’]){{0,2}}\p{{Lu}}[\p{{L}}'’\-]+(?:[ \t]+\p{{Lu}}[\p{{L}}'’\-]+){{0,2}})[ \t]*[,;]")), Rule::Plain(Address)),
        // The house number is no check digit: "DUI 03958127-4, Calle Los Sisimiles" holds none.
        (re(&format!(r"(?:^|[^\w\-])((?:[Nn][°º][ \t]*)?\d{{1,6}}(?:,?\s+(?i:{LOWER_STREET}|route)|\s+(?i:via|calle|avenida|strasse|straße|carrer|rua))\s+(?:(?:de|du|des|la|le|del|dels|dau|da|do|dos)\s+){{0,2}}(?:[ld]['’]\p{{Lu}}|[A-Z])[\p{{L}}'’\-]+(?:\s+[A-Z][\p{{L}}'’\-]+){{0,2}}(?:\s+(?:Est|Ouest|Nord|Sud|[NSEOW])\b)?)")), Rule::Plain(Address)),
        // The ZIP ends at a word boundary: "DoD ID 1298847302" holds no ZIP (and "ID" no state).
        (re(&format!(r"\b([A-Z][\p{{L}}.'’]+(?:[ \-][A-Z][\p{{L}}'’]+){{0,2}}),?\s+(?:{STATES})\b(?:\s+\d{{5}}(?:-\d{{4}})?\b)?")), Rule::CityState),
        (re(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+(?:County|Parish|Township|Borough)\b"), Rule::Plain(Location)),
        // A town before its country: "Apia, Samoa", "Kumasi, Ghana".
        (re(r"\b(\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+){0,2}),[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+(?:and[ \t]+)?\p{Lu}\p{Ll}+){0,3})"), Rule::CityCountry),
        (re(&format!(r"\b(?:{STATES})\s+(\d{{5}}(?:-\d{{4}})?)\b")), Rule::Plain(Location)),
        (re(r"(?i)\b(?:zip|zip\s*code|postal\s*code|postcode)\s*(?:is|of)?\s*(?:on\s+the\s+chart\s+is\s+)?[:#]?\s*(\d{5}(?:-\d{4})?)\b"), Rule::Plain(Location)),
        // Where someone lives: a listed place or a word that is no English one ("lives in Fremantle").
        (re(r"(?i:\b(?:lives\s+in|living\s+in|lives\s+at|living\s+at|resides\s+in|resident\s+of|home\s+in|moved\s+to|moved\s+from))\s+(\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+){0,2}|[A-Z]{3,}(?:[ \-][A-Z]{3,}){0,2})"), Rule::Town),
        // "from", also in the languages of notes written abroad ("aus München", "från Göteborg").
        (re(r"(?i:\b(?:in|from|near|at|to|of|via|city\s+of|town\s+of|visiting|(?:leaving|bound|departing)\s+for|aus|nach|från|uit|naar|desde|de|à))\s+(\p{Lu}\p{Ll}+(?:-(?:au|aux|de|du|des|la|le|les|en|sur|lès|sous|di|da|do)-\p{Lu}\p{Ll}+|[ \-]\p{Lu}\p{Ll}+){0,2}|[A-Z]{3,}(?:[ \-][A-Z]{3,}){0,2})"), Rule::ContextPlace),
        // A facility by its closing word, with a king's numeral inside ("King George V Hospital"),
        // and what its "of" names, joined by "and" to a last part as India's institutes are
        // ("Christian Institute of Health Sciences and Research").
        (re(&format!(r"\b(?:(?:St\.?|Saint|Mount|Mt\.?)\s+)?(?:(?:No\.?[ \t]?\d{{1,3}}|Level[ \t]\d|\p{{Lu}}[\p{{L}}'’\-]+|[A-Z][a-z]{{0,2}}\.|(?:[A-Z]\.){{2,3}}|(?:IV|VI{{0,3}}|I{{1,3}}|IX|X{{1,2}})\b)\s+(?:(?:of|the|and|&|N)\s+)?){{1,5}}{FACILITY}\b(?:\s+(?:No\.?|№|#)[ \t]?\d{{1,4}}\b|\s+(?:II|III|IV)\b)?(?:\s+(?:&|and)\s+Research\s+(?:Centre|Center|Institute))?(?:\s+(?i:of|at)\s+(?:the\s+)?[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){{0,2}}(?:\s+(?:and|&)\s+(?:Research|Hospital|Technology|Rehabilitation|Training)\b)?)?")), Rule::Facility),
        (re(r"\b(?:St\.?|Saint)\s+[A-Z][a-z]+(?:'s)?\b"), Rule::Facility),
        // The town right after a facility's name: "Beaumont Hospital, Dublin", "Mayo Clinic Rochester".
        (re(&format!(r"\b{FACILITY}\b,?\s+([A-Z][a-z]+(?:[ \-][A-Z][a-z]+){{0,2}})")), Rule::ContextPlace),
        // The value of a facility field: "HOSPITAL: ST JOSEPHS MERCY", "Facility: Lakeview".
        (re(r"(?i:\b(?:hospital|facility|institution|referring\s+facility|outside\s+facility|sending\s+facility))[ \t]*:[ \t]*(\p{Lu}[\p{L}'’.\-]*(?:[ ](?:\p{Lu}[\p{L}'’.\-]*|of|the|and|&)){0,5})"), Rule::LabelledFacility),
        // A British GP practice named after its street: "Abbey Road Surgery".
        (re(r"\b(?:[A-Z][a-z]+\s+){1,2}(?:Road|Street|Lane|Avenue|Park|Green|Hill|Square)\s+(?:Surgery|Practice|Health\s+Centre)\b"), Rule::Plain(Facility)),
        // "Royal" and a place or a person: "Royal Perth", "Royal Victoria", "Royal Free".
        (re(r"\bRoyal\s+(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?"), Rule::RoyalFacility),
        // Hospitals known by a short name without a facility word, or by their initials ("OHSU").
        (re(r"\b(?:Good\s+Samaritan|Mass(?:achusetts)?\s+General|MGH|Brigham(?:\s+and\s+Women's)?|Johns\s+Hopkins|Hopkins|Cedars[\s\-]Sinai|M(?:oun)?t\.?\s+Sinai(?:\s+(?:West|Morningside|Queens|Brooklyn|South\s+Nassau))?|Great\s+Ormond\s+Street|Westmead|Royal\s+Brompton|Papworth|Cleveland\s+Clinic|Mayo\s+Clinic|Jackson\s+Memorial|Sloan[\s\-]Kettering|MSKCC|Walter\s+Reed|Bellevue|Parkland|MD\s+Anderson|Beth\s+Israel(?:\s+Deaconess)?|NYU\s+Langone|Lenox\s+Hill|Kaiser(?:\s+Permanente)?|Groote\s+Schuur|Karolinska|Charité(?:\s+Campus\s+\p{Lu}[\p{L}\-]+)?|Addenbrooke's|Guy's(?:\s+and\s+St\.?\s+Thomas')?|Ichilov|Rambam|Soroka|Assuta(?:\s+\p{Lu}\p{Ll}+)?|Hadassah(?:\s+(?:Ein\s+Kerem|Mount\s+Scopus))?|Uber\s+Health|Lyft\s+Healthcare|ModivCare|Modivcare|(?:OHSU|UCSF|UCSD|UCLA(?:\s+Health)?|Option\s+Care(?:\s+Health)?|PeaceHealth(?:\s+(?:Sacred\s+Heart|St\.?\s+\p{Lu}\p{L}+|Southwest|Peace\s+Island|Ketchikan))?|National\s+Jewish\s+Health|Makati\s+Med(?:ical\s+Center)?|The\s+Medical\s+City|Lung\s+Center\s+of\s+the\s+Philippines|Philippine\s+Heart\s+Center|UC\s+(?:Davis|Irvine|San\s+Diego|San\s+Francisco|Los\s+Angeles|Berkeley|Riverside|Santa\s+Barbara|Santa\s+Cruz|Merced)(?:\s+Health)?|UPMC|MUSC|UAMS|UTMB|UTSW|VUMC|URMC|BWH|CHOP|CHOA|UCHealth|UW\s+Medicine|UVA\s+Health|UNC\s+Health)\b)"), Rule::Plain(Facility)),
        // Hospital systems and the VA, with the campus after them ("Mercy West", "VA Palo Alto",
        // "Providence St. Vincent"): the system's word alone is a surname or a place too.
        (re(r"\b(?:VA|VAMC|Mercy|Sutter|Kaiser\s+Permanente|Banner|Dignity|Atrium|Ascension|Novant|Prisma|AdventHealth|Advocate|Providence|Intermountain|Geisinger|Ochsner|Northwell|Montefiore|Hackensack|Scripps|Christus|Allina|Essentia|Sanford|Baptist|Methodist|Presbyterian|Adventist)\s+(?:St\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?"), Rule::Plain(Facility)),
        // One-word hospital names of the Nordic, German and Dutch languages ("Rigshospitalet",
        // "Sahlgrenska sjukhuset", "Universitätsspital"), and university hospital acronyms
        // with their town ("UMC Utrecht", "CHU Rennes").
        (re(&format!(r"\b\p{{Lu}}\p{{L}}{{2,}}(?:hospitalet|sjukhuset|sykehus|sykehuset|sjúkrahúsið|sjúkrahús|sairaala|kliniken|ziekenhuis|{GERMAN_FACILITY_TAIL}|{GERMAN_CARE_HOME})\b")), Rule::Plain(Facility)),
        // Austrian provincial and accident hospitals by their initials and town ("LKH Villach",
        // "UKH Klagenfurt"); a hospital of a religious order by the order, its town after it
        // ("Krankenhaus der Barmherzigen Brüder St. Veit an der Glan").
        (re(r"\b(?:LKH|UKH|Landeskrankenhaus|Unfallkrankenhaus)[ \t]+\p{Lu}[\p{L}\-]+(?:[ \t]+(?:am|an[ \t]+der|im)[ \t]+\p{Lu}[\p{L}\-]+)?"), Rule::Plain(Facility)),
        (re(r"\b(?:Krankenhaus|Spital|Klinikum|Ordensklinikum|Konvent)[ \t]+der[ \t]+(?:Barmherzigen[ \t]+(?:Brüder|Schwestern)|Elisabethinen)(?:[ \t]+(?:St\.[ \t]+)?\p{Lu}[\p{L}\-]+(?:[ \t]+(?:am|an[ \t]+der|im|in)[ \t]+\p{Lu}[\p{L}\-]+)?)?"), Rule::Plain(Facility)),
        // Slovene, Croatian and Serbian grammar schools by what names them: "Zvezna gimnazija za
        // Slovence", "Gimnazija Kranj", "Prva gimnazija u Zagrebu".
        (re(r"\b(?:\p{Lu}\p{Ll}+[ \t]+)?[Gg]imnazija(?:[ \t]+(?:za|v|na|u)[ \t]+\p{Lu}[\p{L}\-]+|[ \t]+\p{Lu}[\p{L}\-]+){1,2}"), Rule::Plain(Facility)),
        // A German facility word with what names it: a place after "am", "im", "an der"
        // ("Seniorenzentrum Am Stadtpark", "Praxis am Marktplatz"), or adjectives before it
        // ("Evangelisches Krankenhaus", "Dr. von Haunersches Kinderspital").
        (re(&format!(r"\b(?:\p{{Lu}}\p{{L}}{{2,}}{GERMAN_FACILITY_TAIL}|\p{{L}}*{GERMAN_CARE_HOME}|Klinikum|Klinik|Spital|Krankenhaus|Zentrum|Praxis)[ \t]+(?:[Aa]m|[Ii]m|[Aa]n[ \t]+der|[Zz]um|[Zz]ur)[ \t]+\p{{Lu}}[\p{{L}}\-]+")), Rule::Plain(Facility)),
        (re(r"\b(?:(?:Dr\.|St\.)[ \t]+)?(?:von[ \t]+)?(?:\p{Lu}\p{Ll}+(?:es|er|en|sche|sches|scher|schen)[ \t]+){1,2}(?:\p{Lu}\p{L}{2,})?(?:klinikum|klinik|spital|krankenhaus|Klinikum|Klinik|Spital|Krankenhaus)\b"), Rule::Plain(Facility)),
        // Hospitals by their initials, then their place or patron after a space or a hyphen:
        // "CHU de Nantes", "UZ Gent", "CHRR Sambava", "CSRéf de Koutiala", "CHUD-OP", "CHUD-Borgou",
        // "CHU de la Cavale Blanche" (a bare "CHU" is only the kind).
        (re(r"\b(?:USF|UCSP|UMC|CHU|CHRU|CHRR|CHRD|CSB1|CSB2|CSB[ \t]+I{1,2}|CHUV|CHUM|UZ|AZ|LUMC|AMC|UKE|HUG|AP-HP|NHS\s+Trust|KBC|KCS|KB|UKC|AKH|UNN|HUS|OUS|TAYS|KYS|OYS|CHR|CHN|CHD|CMA|EHU|EPH|EHS|CHUD|CSRéf|CSRef|CSCom|CSPS)(?:\s+|-)(?:(?:de\s+la|de\s+l'|de|du|des|d')\s*)?[A-Z][\p{L}\-]+(?:\s+[A-Z][\p{L}\-]+)?"), Rule::Plain(Facility)),
        // Algeria's hospitals named after a day of its history: "EHU 1er Novembre 1954".
        (re(r"\b(?:EHU|EPH|EHS|CHU)\s+\d{1,2}(?:er)?\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?\b"), Rule::Plain(Facility)),
        // After a transfer or an outside study, a run of capitalised words is where it came
        // from ("transferred from Royal Prince Alfred", "From Groote Schuur"), unless the run is
        // a place, a person's title or ordinary and clinical words.
        (re(r"(?i:\b(?:transferred\s+from|transfer\s+from|transfer(?:red)?\s+to|films?\s+from|images?\s+from|studies\s+from|study\s+from|agency|DME\s+from|transported\s+to|taken\s+to|flown\s+to|brought\s+to|imaged\s+at|imaging\s+at|performed\s+at|obtained\s+at|done\s+at|seen\s+at|treated\s+at|admitted\s+to|referred\s+from|from))\s+((?:[A-Z][\p{L}'’\-]+\s+(?:of\s+)?){1,3}[A-Z][\p{L}'’\-]+|[A-Z][\p{L}'’\-]+)"), Rule::ContextFacility),
        // A town's clinic, lower case: "Juliaca clinic", "the Kadıköy hospital" (listed or rare towns only).
        (re(r"\b(\p{Lu}\p{Ll}+)[ \t]+(?:clinic|hospital|health\s+post|health\s+centre|health\s+center)\b"), Rule::Town),
        // A British practice named by one unusual word or a town: "Greenbank Surgery" ("Thoracic
        // Surgery", "General Surgery" are specialties).
        (re(r"\b(\p{Lu}\p{Ll}+)[ \t]+Surgery\b"), Rule::NamedPractice),
        // A login with a dot after "by", in lower case as logins are ("amended by t.nakashima";
        // "by Dr.Abernathy" is a title): a listed surname after the dot.
        (re(r"\b(?i:by)[ \t]+([a-z]{1,2}\.([a-z]{3,20}))\b"), Rule::DottedLogin),
        // A practice named after its partners: "Hartwell & Osei Radiology", "Brandt and Okafor Imaging".
        (re(r"\b(\p{Lu}[\p{L}'’\-]+)\s*(?:&|and)\s*(\p{Lu}[\p{L}'’\-]+)\s+(?:Radiology|Imaging|Pathology|Cardiology|Pulmonary|Medical|Associates|Partners|Physicians|Family\s+Practice|Clinic|Surgery|Surgeons)\b"), Rule::Partners),
        // A practice named by its specialty, where someone is seen or followed: "at Cedar Ridge
        // Pulmonary", "with Lakeside Cardiology".
        (re(r"\b(?i:at|with|from|to)\s+((?:\p{Lu}[\p{L}'’\-]+\s+){1,3}(?:Pulmonary|Pulmonology|Cardiology|Oncology|Orthopedics|Orthopaedics|Pediatrics|Paediatrics|Dermatology|Neurology|Gastroenterology|Nephrology|Urology|Dialysis|Physicians|Specialists))\b(?:[ \t]+(?:Associates|Partners|Group|Clinic|Center|Centre|LLC|PC))?"), Rule::Facility),
        // A place named by its landform after a word of place: "from Pelican Bay", "in Cedar Falls".
        (re(r"\b(?i:from|in|at|to|near|outside|of)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:Bay|Valley|Springs|Falls|Heights|Hills|Hill|Creek|Branch|Fork|Hollow|Holler|Gap|Knob|Harbor|Harbour|Beach|Lake|Ridge|Junction|Landing|Township|Mountain|Island|State\s+Park|National\s+Park|County\s+Park|State\s+Forest))\b"), Rule::Named(Location)),
        // University of a place, campus halls and Greek-letter houses: "University of Vermont",
        // "floor 4 of Sproul Hall", "Beta Theta Pi house". A hall needs a word of place before it
        // ("Dr. Anthony Hall" is a person, and his title keeps the rule off).
        (re(r"\bUniversity\s+of\s+(?:the\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}"), Rule::Plain(Facility)),
        // Offshore installations before what they are, an aircraft's registration after its type,
        // a wind turbine's number: "the Thunder Horse platform", "S-92 G-WNSR", "turbine WTG-C07";
        // a research station: "McMurdo Station".
        (re(r"\b(\p{Lu}\p{Ll}+(?:[ \t]+(?:\p{Lu}\p{Ll}+|\d{2,5})){0,2})[ \t]+(?:platform|rig|drilling\s+rig|drillship|jack-up)\b"), Rule::Named(Facility)),
        (re(r"\b(?:S-92A?|S-76[A-D]?|AW1[0-9]{2}|EC1[0-9]{2}|H1[0-9]{2}|(?i:helicopter|aircraft|tail\s+number|registration))[ \t]+([A-Z]{1,2}-[A-Z]{3,4}|N\d{1,5}[A-Z]{0,2})\b"), Rule::Plain(Id)),
        (re(r"(?i:\bturbine)[ \t]+(?:no\.?[ \t]*|#[ \t]*)?([A-Z]{1,4}-?[A-Z]?\d{1,3})\b"), Rule::Plain(Id)),
        // A line crew's number, as a utility dispatches it: "crew 4417", "crew #12".
        (re(r"(?i:\bcrew)[ \t]+(?:no\.?[ \t]*|#[ \t]*)?(\d{2,5})\b"), Rule::Plain(Id)),
        (re(r"\b(\p{Lu}[\p{L}'’\-]+[ \t]+Station)[ \t]+(?:clinic|medical)"), Rule::Plain(Facility)),
        // Licence blocks: "UKCS block 211/29", "Mississippi Canyon Block 778" (the Gulf's areas).
        (re(r"(?i:\b(?:UKCS|NCS|licence|license)[ \t]+block)[ \t]+(\d{1,3}/\d{1,2}[a-z]?)\b"), Rule::Plain(Location)),
        (re(r"\b(?:Mississippi|Green|Keathley|Alaminos|De[ \t]+Soto)[ \t]+Canyon[ \t]+(?:Block[ \t]+)?\d{1,4}\b|\b(?:Garden[ \t]+Banks|Walker[ \t]+Ridge|Viosca[ \t]+Knoll|Atwater[ \t]+Valley|Eugene[ \t]+Island|Ship[ \t]+Shoal|South[ \t]+Timbalier|West[ \t]+Cameron|Main[ \t]+Pass)[ \t]+Block[ \t]+\d{1,4}\b"), Rule::Plain(Location)),
        // Payment handles after the service's name: "Venmo @Jess-Ortiz-559", "CashApp $RubenDiaz47".
        (re(r"(?i:\b(?:venmo|cash[ \t]?app|paypal(?:\.me)?|zelle))[ \t]*:?[ \t]*(@[A-Za-z0-9_.\-]{3,30}|\$[A-Za-z][A-Za-z0-9_\-]{2,20})"), Rule::Plain(Id)),
        // A contractor, operator or employer by its trade word or its company suffix: "contractor Wood
        // Group", "employer Cascade Timber Co.".
        (re(r"(?i:\b(?:employer|employed\s+by|contractor|subcontractor|operator))[ \t]*:?[ \t]+((?-i:(?:\p{Lu}[\p{L}'’&\-]+[ \t]+){1,3}(?:Group|Holdings|Services|Energy|Resources|Drilling|Offshore|Marine|Solutions|Industries|Petroleum|Company|LLC)\b|(?:\p{Lu}[\p{L}'’&\-]+[ \t]+){1,3}(?:Co|Inc|Corp|Ltd)\b\.?))"), Rule::Plain(Facility)),
        // A care home named by what it serves: "Hospice of the Wabash Valley", "Hospital of
        // Central Connecticut", "Institute of Emergency Medicine"; a veterans' or fraternal post by its number: "VFW Post 972".
        (re(r"\b(?:Hospice|Hospital|Infirmary|Visiting\s+Nurses?|Medical\s+Cent(?:er|re)|Institute)\s+of\s+(?:the\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}"), Rule::Plain(Facility)),
        // The Western Balkans' clinical centres, by their region or town ("Clinical Center of
        // Vojvodina", "University Clinical Center of Kosovo", "Clinical Hospital Center Zemun"),
        // and by initials alone ("KCUS", "UCCK", "QSUT").
        (re(r"\b(?:University\s+)?Clinical\s+(?:Hospital\s+)?Cent(?:er|re)\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2}|\b(?:KCUS|UCCK|QSUT|KBCSM|KCCG|UKCL|UKCM|UKCRS)\b"), Rule::Plain(Facility)),
        // A parcel hub or warehouse with its number ("FedEx Ground Hub 0551"), and a
        // fulfilment centre by its site code ("BFI4 fulfilment center").
        (re(r"\b(?:\p{Lu}[\p{L}\-]+[ \t]+){1,3}(?:Hub|Depot|Warehouse|Sort[ \t]+Center|Distribution[ \t]+Center|Fulfil?lment[ \t]+Center)[ \t]+(?:#[ \t]?)?[A-Z]{0,3}\d{2,5}\b|\b([A-Z]{3}\d)[ \t]+(?i:fulfil?lment[ \t]+cent(?:er|re)|sort[ \t]+cent(?:er|re)|delivery[ \t]+station|warehouse|FC)\b"), Rule::Plain(Facility)),
        (re(r"\b(?:VFW|American\s+Legion|AMVETS|DAV|Elks|Moose|Eagles|Knights\s+of\s+Columbus)\s+(?:Post|Lodge|Aerie|Council|Chapter)\s+(?:No\.?\s*|#\s*)?\d{1,5}\b"), Rule::Plain(Facility)),
        (re(r"(?:\b(?i:in|at|of|to|from|outside|near|inside)|,)\s+(?:the\s+)?((?:\p{Lu}\p{Ll}+\s+){1,2}Hall)\b"), Rule::Plain(Facility)),
        (re(&format!(r"\b(?:{GREEK}\s+){{1,2}}{GREEK}(?:\s+(?i:house|chapter|fraternity|sorority))?\b")), Rule::Plain(Facility)),
        // A mine as Spanish writes it: "Mina Cerro de Pasco", "Compañía Minera Antamina".
        (re(r"\b(?:Mina|Compañía\s+Minera|Minera)\s+\p{Lu}[\p{L}'’\-]+(?:\s+(?:(?:de|del|la|el)\s+)?\p{Lu}[\p{L}'’\-]+){0,3}"), Rule::Plain(Facility)),
        // Military posts and bases: "Fort Liberty", "Camp Lejeune", "Joint Base Lewis-McChord".
        (re(r"\b(?:Fort|Ft\.|Camp|Joint\s+Base|Naval\s+Station|Naval\s+Air\s+Station|Air\s+Force\s+Base)\s+\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{L}+)?(?:\s+(?:AFB|Air\s+Force\s+Base))?"), Rule::Plain(Facility)),
        // Health insurers, their plans and the benefit managers that review imaging for them, by
        // name ("Aetna Choice POS II", "Blue Cross Blue Shield of Michigan", "eviCore"): the
        // names are words of the not-names list, so no name rule reads them. Public programmes
        // (Medicare, Medicaid, Tricare) are no company and stay.
        (re(r"\b(?:UnitedHealthcare|United[ \t]+Healthcare|Aetna|Cigna|Humana|Anthem|Blue[ \t]+Cross(?:[ \t]+(?:and[ \t]+|&[ \t]+)?Blue[ \t]+Shield)?|BCBS|Blue[ \t]+Shield|Centene|Molina|WellCare|Wellcare|Highmark|Elevance|Ambetter|Carelon|eviCore|EviCore|Optum|Amerigroup|CareSource|CareFirst|Premera|Regence|EmblemHealth|Mutual[ \t]+of[ \t]+Omaha|MAXIMUS|Maximus)(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?|Community[ \t]+Plan|Choice|Healthcare|Health(?:[ \t]+Plans?)?|Medicare[ \t]+Advantage|Federal[ \t]+Services|Medical[ \t]+Benefits[ \t]+Management|Specialty[ \t]+Health|PPO|HMO|EPO|POS|II|Open[ \t]+Access|Plus))*"), Rule::Plain(Facility)),
        // A health plan named in one word: "Superior HealthPlan".
        (re(r"\b(?:\p{Lu}\p{Ll}+[ \t]+){1,2}HealthPlan\b"), Rule::Plain(Facility)),
        // Employers and insurers by their company word: "Acme Foundry", "Meridian Mining Ltd".
        // A name may be hyphenated or run together ("Turner-Baird Construction", "TradeForce
        // Staffing"), and the trades' closing words join with "&" ("Midwest Fab & Weld"); a
        // Mexican company closes with "de C.V." ("Botones del Mar S.A. de C.V."); a French name
        // joins with "d'" ("Liège d'Algérie SARL"); a Japanese one closes with "K.K." or
        // "Kabushiki Kaisha" ("Naniwa Insatsu K.K."), a Sri Lankan one with "(Pvt) Ltd", a Thai
        // limited partnership with "Part., Ltd.", a Central American co-operative or company with
        // "de R.L." ("Cooperativa Añil de Santiago Nonualco de R.L."), a Basque co-operative with
        // "S. Coop.", an Andalusian one with "S.C.A.", a Croatian or Slovene company with "d.d."
        // or "d.o.o.", a public company with "Plc" ("Eastern Premier Breweries Plc").
        (re(r"\b(?:\p{Lu}{2,6}[ \t]+)?\p{Lu}\p{Ll}+(?:-?\p{Lu}\p{Ll}+)?(?:(?:\s+(?:&\s+|and\s+|del?\s+)?|\s+d['’])\p{Lu}\p{Ll}+(?:-?\p{Lu}\p{Ll}+)?){0,3}\s+(?:&\s+)?(?:(?:Ltd|Ltda|Lda|Inc|Corp|Co\.,[ \t]*Ltd|Co\.[ \t]+W\.L\.L|Co|K\.K|Y\.K|S\.R\.L|S\.r\.l|S\.p\.A|S\.L\.U|S\.L|Sdn\.[ \t]*Bhd|Sdn[ \t]+Bhd|Bhd|S\.A\.S|S\.n\.c|S\.N\.C|S\.a\.s|S\.A\.C|S\.A|B\.V|N\.V|a\.s|s\.r\.o|S\.à[ \t]?r\.l|sh\.p\.k|sh\.a|W\.L\.L|K\.S\.C\.[CP]|K\.S\.C|A\.Ş|[Ss]p\.[ \t]*z[ \t]*o\.o|Pvt\.[ \t]*Ltd|Part\.,[ \t]*Ltd|(?:S\.[ \t]+)?de[ \t]+R\.[ \t]?L|S\.[ \t]?Coop|S\.C\.A|d\.d|d\.o\.o|Kft|Zrt|Nyrt|Bt|ehf|hf)\.|(?:Pvt\.?[ \t]+Ltd|\(Pvt\)[ \t]+Ltd|Ltd|Plc|PLC|LLC|LLP|PLLC|Inc|Corp|Corporation|Company|International|Holdings|Logistics|Foundry|Mining|Manufacturing|Industries|Joint[ \t]+Venture|Janitorial|Maids|Cleaning|Building[ \t]+Services|Construction|Roofing|Staffing|Welding|Weld|Fabrication|Erectors|Contractors|Contracting|Builders|Concrete|Excavating|Masonry|Paving|Scaffolding|Demolition|Insulation|Drywall|Plumbing|Trucking|Steel|Motors|Cement|Textiles|Pharmaceuticals|Mills|Plastics|Chemicals|Mutual|Life|Re|Assurance|Reinsurance|Financial|Airlines|Air\s+Lines|Airways|Maritime|Shipping|GmbH[ \t]+&[ \t]+Co\.?[ \t]+KG|GmbH|Limited|PLC|SpA|SARL|S\.A\.R\.L|SA|S\.A|Sp\.[ \t]*z[ \t]*o\.o|AG|KG|OHG|KGaA|ApS|A/S|BV|NV|SRL|SL|SLU|SAS|Oy|Kft|Zrt|Nyrt|EOOD|OOD|EAD|Ltée|Pty[ \t]+Ltd|Kabushiki[ \t]+Kaisha|Yūgen[ \t]+Kaisha|Offshore|Drilling)\b)(?:[ \t]+(?:JSC|Joint[ \t]+Stock[ \t]+Company)\b|[ \t]+\(Pty\)[ \t]+Ltd\b|[ \t]+de[ \t]+(?:R\.L\.[ \t]+de[ \t]+)?C\.V\.)?"), Rule::Facility),
        // A firm in capitals before a legal form written in mixed case: "PLASTMET Sp. z o.o.",
        // "NORDTEK GmbH" (four letters at least: no imaging acronym; a line in capitals keeps its
        // form in capitals, so a report shouting stays unread).
        (re(r"\b\p{Lu}{3}\p{Lu}+(?:[ \t]+\p{Lu}\p{Lu}+)?[ \t]+(?:Sp\.[ \t]*z[ \t]*o\.o\.|S\.A\.|S\.L\.|GmbH\b|Ltd\b\.?|Inc\.|S\.r\.l\.|S\.p\.A\.|s\.r\.o\.|Kft\.|A\.Ş\.)"), Rule::Plain(Facility)),
        // A Chinese place in pinyin whose syllables an apostrophe parts: "Chang'an", "Xi'an",
        // "Huai'an" (the syllable before closes as pinyin does; no English or French elision does).
        (re(r"\b[BCDFGHJKLMNPRSTWXYZ]h?[a-z]{0,4}(?:ng|n|i|u|o|a)['’](?:an|ang|ai|ao|en|eng|e|ou|er|a)\b"), Rule::Plain(Location)),
        // A saint's name with "de" before a facility's word: "St. Martin de Porres Hospital". The
        // facility rule joins no particle: letting it read one took the words before five sets'
        // facilities into them.
        (re(&format!(r"\b(?:St\.?|Saint)[ \t]+\p{{Lu}}\p{{Ll}}+[ \t]+(?:de|del|da)[ \t]+\p{{Lu}}\p{{Ll}}+[ \t]+{FACILITY}\b")), Rule::Plain(Facility)),
        // A friends' group of a library, park or hospital: "Friends of the Eastside Library".
        (re(&format!(r"\bFriends[ \t]+of[ \t]+the[ \t]+(?:\p{{Lu}}[\p{{L}}'’\-]+[ \t]+){{1,3}}{FACILITY}\b")), Rule::Plain(Facility)),
        // Homes, ranches and hospitals by whom they serve: "St. Jude's Ranch for Children",
        // "Royal Hospital for Children and Young People", "Hospital for Sick Children".
        (re(r"\b(?:\p{Lu}[\p{L}'’.]+(?:\s+\p{Lu}[\p{L}'’.]+){0,3}\s+(?:Ranch|Home|House|Village|Center|Centre|Hospital)|Hospital)\s+for\s+(?:(?:Sick|Special)\s+)?(?:Children|Boys|Girls|Youth|Women|Men|Veterans|Surgery)(?:\s+and\s+Young\s+People)?\b"), Rule::Facility),
        // A runner's bib number in a field of thousands: "bib 21487", "bib #5532" (a two-digit
        // bib in a small meet, "(bib 14)", identifies no one outside it).
        (re(r"(?i)\bbib(?:[ \t]+(?:no\.?|number))?[ \t]*[:#]?[ \t]*(\d{3,6})\b"), Rule::Plain(Id)),
        // A street named with its direction and kind but no number: "on NW Skyline Blvd".
        (re(r"\b(?:N|S|E|W|NE|NW|SE|SW)\.?[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:Blvd|Boulevard|Ave|Avenue|St|Street|Rd|Road|Dr|Drive|Ln|Lane|Pkwy|Parkway|Hwy|Highway|Way)\b\.?"), Rule::Plain(Address)),
        // A code that opens a door: "gate code 4417#", "lockbox 2290", "lockbox code 4471#".
        (re(r"(?i)\b(?:(?:gate|door|entry|access|key\s*box)\s+code|(?:lockbox|keypad)(?:\s+code)?)\s*[:#]?\s*([0-9][0-9*#]{2,9})"), Rule::Plain(Id)),
        // A year of birth: "b. 1931", "born in 1928", "YOB 1930".
        (re(r"(?i)(?:\bb\.|\bborn(?:\s+in)?|\byob|\byear\s+of\s+birth)\s*:?\s*((?:18|19|20)\d\d)\b"), Rule::BirthYear),
        // Numbers of people and places in a service: "Interpreter (#40217", "chair 14" (dialysis).
        (re(r"(?i)\b(?:interpreter|operator|agent)\b[ \t(]{0,3}(#[ \t]?\d{3,})"), Rule::Plain(Id)),
        (re(r"(?i)\bchair[ \t]+#?(\d{1,3}[A-Z]?)\b"), Rule::Plain(Id)),
        // A barcode: after the word (with a digit: "barcode wristband" is none), or between Code 39's
        // asterisks ("*1048812266*").
        (re(r"(?i:\bbarcode)\s*[:#]?\s*(\*?[A-Z\-]{0,5}\d[A-Z0-9\-]{4,}\*?)|(?i:\*[A-Z0-9\-]{6,}\*)"), Rule::Plain(Id)),
        // A military unit's code: "unit VFA-213", "squadron HSM-74".
        (re(r"(?i)\b(?:unit|squadron|battalion|company|detachment)\s+((?-i:[A-Z]{2,5})-\d{1,4})\b"), Rule::Plain(Id)),
        // A shop or branch by its number: "CVS #08817", "Walgreens #4412".
        (re(r"\b([A-Z]{2,5}|\p{Lu}\p{Ll}+(?:s|'s|’s))[ \t]*#[ \t]?\d{3,}\b"), Rule::Store),
        // A trial site's number: "site 114" (the subject number is a loose ID already).
        (re(r"(?i)\bsite\s*(?:number|no\.?|#|id)?\s*[:#]?\s*(\d{3,})\b"), Rule::Plain(Id)),
        // A company named in one camel-cased word before its trade: "NightHawk Radiology".
        (re(r"\b\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+\s+(?:Radiology|Teleradiology|Imaging|Diagnostics|Health)\b"), Rule::Plain(Facility)),
        // National numbers written in dotted groups: "756.1234.5678.97" (Swiss AHV), "MG-12.345.678" (Brazilian RG).
        (re(r"\b\d{2,4}(?:\.\d{2,4}){2,}\b"), Rule::Digits(Id, 9)),
        (re(r"\b[A-Z]{1,3}-\d{1,2}(?:\.\d{3}){2}\b"), Rule::Plain(Id)),
        // Grid addresses of South Asia, the Gulf and Lilongwe, two parts or more: "House 12, Road
        // 7", "Plot 45, Sector 12", "Block 4, Street 12, Jaddah 3, House 27" (Kuwait's avenues),
        // "Area 25, Sector 6, Plot 41" ("Area" only opens one: alone it is any ward's area). The area
        // after them is a place of its own ("..., Dhanmondi"), which the town rules read.
        (re(r"\b(?:House|Holding|Plot|Flat|Block|Sector|Road|Lane|Street|Area)[ \t]*(?:No\.?|#)?[ \t]*\d{1,4}[A-Z]?(?:/(?:\d{1,4}|[A-Z]\b))?(?:,[ \t]*(?:House|Holding|Plot|Flat|Block|Sector|Road|Lane|Street|Jaddah|Avenue)[ \t]*(?:No\.?|#)?[ \t]*\d{1,4}[A-Z]?(?:/(?:\d{1,4}|[A-Z]\b))?)+"), Rule::Plain(Address)),
        // "Md." (Mohammad) or "Mst." (Mosammat) opening a Bangladeshi name: "Md. Rafiqul Islam",
        // "Mst. Rokeya Begum" ("MD" after a name is a degree).
        (re(r"\b(?:Md\.?|Mst\.)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2}"), Rule::Plain(Name)),
        // Bangladesh's rural address as forms write it, each place after its label ("Vill: Char
        // Kukri, PO: Daulatkhan, Dist: Bhola"); a national ID in spaced groups.
        (re(r"\b(?:Vill|Village|PO|Post|Upazila|Thana|Dist)[ \t]*:[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})"), Rule::Plain(Location)),
        (re(r"\bNID(?:[ \t]+(?:No\.?|#))?[ \t]*:?[ \t]*(\d{3,5}(?:[ \t]\d{3,5}){1,4})\b"), Rule::Plain(Id)),
        // A dealership by its place and make(s): "Sun Valley Toyota", "Papadakis Chevrolet Buick GMC".
        (re(r"\b(?:\p{Lu}[\p{L}'’\-]+[ \t]+){1,3}(?:Toyota|Honda|Ford|Chevrolet|Nissan|Hyundai|Kia|Subaru|Mazda|Volkswagen|Lexus|Jeep|Dodge|Chrysler|Buick|Cadillac|Acura|Infiniti|Volvo|Audi)(?:[ \t]+(?:Chevrolet|Buick|GMC|Cadillac|Chrysler|Dodge|Jeep|Ram|Lincoln|Mazda|Kia|Hyundai|Subaru|Nissan|Ford|Toyota|Honda|Volkswagen))*\b"), Rule::Facility),
        // A messenger or social-media account after its service ("WeChat kevin_oy88"); "signal" is a word.
        // Behind a colon or "handle", or shaped like a handle (an "@", a digit, "_" or "."), so that
        // "Facebook post by ..." names nobody.
        (re(&format!(r"(?i)\b(?:{SOCIAL})(?:\s*(?:id|handle|account))?\s*[:#]\s*(@?{HANDLE})")), Rule::Plain(Id)),
        (re(&format!(r"(?i)\b(?:{SOCIAL})\s*(?:id|handle|account)\s+(@?{HANDLE})")), Rule::Plain(Id)),
        (re(&format!(r"(?i)\b(?:{SOCIAL})\s+(@{HANDLE}|[A-Za-z0-9_.\-]*[0-9_.][A-Za-z0-9_.\-]*[A-Za-z0-9])")), Rule::Plain(Id)),
        (re(r"(?:^|[^\w/.\-])((?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))(?:[^\w/%.\-]|[.\-](?:\s|$)|$)"), Rule::BareMonthDay),
        // A number after "#" alone: "incident #55019", "(#40217)".
        (re(r"(?:^|[\s(\[])#[ \t]?(\d{4,})\b"), Rule::Plain(Id)),
        // A works, plant or yard by its company's name: "the Tyson plant", "Bath Iron Works shipyard".
        (re(r"\b\p{Lu}[\p{L}'’]+(?:\s+\p{Lu}[\p{L}'’]+){0,2}\s+(?:plant|factory|warehouse|refinery|shipyard|mill|mine|quarry|cannery|distribution\s+center)\b"), Rule::Facility),
        // Sports clubs: "Rathmines RFC", "Ballymun Kickhams GAA", "Leyton Orient FC".
        (re(r"\b\p{Lu}[\p{L}'’]+(?:\s+\p{Lu}[\p{L}'’]+){0,2}\s+(?:RFC|RUFC|AFC|FC|GAA|CC|RC|SC|YMCA|YWCA|Rovers|United|Athletic)\b"), Rule::Facility),
        // A street named without its number, where someone is: "on Cranston St", "off Mill Road".
        (re(r"(?i:\b(?:on|off|near|along|at\s+the\s+corner\s+of|corner\s+of))\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Pl|Place|Terrace|Crescent|Parkway|Pike)\b\.?(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\b)?)"), Rule::Plain(Address)),
        // The end of a day range after a month and day: "Nov 2-9" (the "2" is found as a date).
        (re(&format!(r"(?i)\b{m}[ \t]*\d{{1,2}}[ \t]*[-–][ \t]*(\d{{1,2}})\b")), Rule::Plain(Date)),
        // A login in an access audit: "accesses by jdoyle", "user SRAO".
        (re(r"(?i:\b(?:users?|usernames?|logins?|logons?|(?:accesse[sd]|viewed|opened|printed)[ \t]+by))[ \t]*[:=]?[ \t]*((?-i:[a-z]{4,16}|[A-Z]{4,16})\d{0,3})\b"), Rule::Login),
        // A printer's or a workstation's name: "printer RAD-PRN-07", "terminal ED-WS12".
        (re(r"(?i)\b(?:printer|workstation|terminal|computer|hostname|host)[ \t]*(?:id|name|#|no\.?)?[ \t]*:?[ \t]+((?-i:[A-Z0-9][A-Z0-9\-_]*\d[A-Z0-9\-_]*))\b"), Rule::Plain(Id)),
        // An app or portal login with digits in it: "app user gwhitford52", "username: mk_2291".
        (re(r"(?i)\b(?:user(?:name)?|login|handle|account|screen\s+name)\s*[:=]?\s*([a-z][a-z0-9._\-]*\d[a-z0-9._\-]*)\b"), Rule::Plain(Id)),
        // Where a sample sits: "freezer F12 rack C4", "shelf 3B".
        (re(r"(?i)\b(?:freezer|rack|shelf|slot|drawer|tank|cassette|cryobox)\s*#?\s*((?-i:[A-Z])?\d{1,3}(?-i:[A-Z])?)\b"), Rule::Plain(Id)),
        // A street named for the railway beside it, as West African towns have them: "7 Old
        // Railway Line" (the facility rule below would take "Old Railway" for a company).
        (re(r"\b\d{1,5}[A-Z]?[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+){0,2}Railway[ \t]+Line\b"), Rule::Plain(Address)),
        // The town after it is one, listed or not: "..., Railway Line, Bo" ("Bo" is a word too).
        (re(r"\bRailway[ \t]+Line,[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)\b"), Rule::Plain(Location)),
        // Railroads by name, which no word around them gives away: "Union Pacific", "CSX",
        // "Amtrak"; and any "... Railway", "... Railroad" ("Railroad Retirement Board" is public).
        (re(r"\b(?:BNSF|Union[ \t]+Pacific|CSX|Norfolk[ \t]+Southern|Canadian[ \t]+Pacific(?:[ \t]+Kansas[ \t]+City)?|CPKC|Canadian[ \t]+National|Kansas[ \t]+City[ \t]+Southern|Amtrak|VIA[ \t]+Rail|Conrail|Genesee[ \t]+&[ \t]+Wyoming|Wabtec|Loram|Herzog)(?:[ \t]+(?:Railway|Railroad|Rail|Corporation|Corp\.?|Inc\.?|Maintenance[ \t]+of[ \t]+Way))?\b|\b(?:\p{Lu}[\p{L}&'’\-]+[ \t]+){1,3}(?:Railway|Railroad|Railways|Rail[ \t]+Road)\b"), Rule::Plain(Facility)),
        // A union local: "Local 597", "Local No. 12".
        (re(r"\bLocal\s+(?:No\.?\s*)?(\d{1,4}(?:[A-Z]{1,3}\b)?)\b"), Rule::Plain(Id)),
        // ... and a rail or transit union's division or lodge: "BLET Division 191", "IAM Lodge 19".
        (re(r"\b(?:BLET|BMWED|SMART|SMART-TD|TCU|IBEW|ATU|TWU|IAM|UTU|BRS)\s+(?:Division|Lodge|Local)\s+(?:No\.?\s*)?(\d{1,4})\b"), Rule::Plain(Id)),
        // Aircraft registrations: "tail N319AE", "N4127K".
        (re(r"\bN\d{2,5}[A-Z]{1,2}\b|(?i:\btail\s*(?:#|no\.?|number)?\s*)((?-i:[A-Z]{1,2}-?[A-Z0-9]{3,5}))\b"), Rule::Plain(Id)),
        // ... and after the aircraft itself, a registration with its country's hyphen: "helicopter HB-ZRK".
        (re(r"(?i:\b(?:helicopter|aircraft|airframe|chopper|flight))[ \t]*(?:#|no\.?|reg(?:istration)?\.?)?[ \t]*((?-i:[A-Z]{1,2}-[A-Z0-9]{3,5}))\b"), Rule::Plain(Id)),
        // Parcel tracking numbers: "FedEx 7741 2290 3318", "UPS 1Z999AA10123456784".
        (re(r"(?i)\b(?:fedex|ups|usps|dhl|tracking)\s*(?:#|no\.?|number)?\s*[:#]?\s*([0-9A-Z]{4,}(?:[ \-]?[0-9A-Z]{4}){1,5})\b"), Rule::Digits(Id, 8)),
        // The other party of a lawsuit: "Dutton v. Owens-Illinois" (legal "v.", not "vs.", which reports use between findings).
        (re(r"\b\p{Lu}[\p{L}'’\-]+\s+v\.\s+((?:\p{Lu}[\p{L}'’\-&.,]*\s+){0,3}\p{Lu}[\p{L}'’\-&]+)"), Rule::ContextFacility),
        // A practice named by a rare word or a town and its specialty: "Lakeside Pulmonary".
        (re(r"\b(\p{Lu}\p{Ll}+)[ \t]+(?:Pulmonary|Pulmonology|Cardiology|Oncology|Orthopedics|Pediatrics|Radiology|Imaging|Internal\s+Medicine|Family\s+Physicians|Physicians|Specialists|Health)\b(?:[ \t]+(\p{L}+))?"), Rule::SpecialtyPractice),
        // A chat line's author after its timestamp: "[11/30 22:14] drnguyen: ...".
        (re(r"(?m)\][ \t]*([A-Za-z][\w.\-]{2,30}):[ \t]"), Rule::Plain(Name)),
        (re(r"\b(\p{Lu}\p{Ll}+),[ \t]?\p{Lu}\.(?:[ \t]?\p{Lu}\.)?"), Rule::SurnameInitial),
        // An Italian religious house by its kind and what it is dedicated to, particles between:
        // "Convento di Santa Maria dei Frati Cappuccini", "Santuario della Madonna di Polsi".
        (re(r"\b(?:Convento|Monastero|Santuario|Abbazia|Eremo)[ \t]+(?:di|del|della|dello|dei|degli|delle)[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:(?:di|del|della|dello|dei|degli|delle)[ \t]+)?\p{Lu}[\p{L}'’\-]+){0,4}"), Rule::Plain(Facility)),
        // An Italian hospital by its kind, then its town after a particle, its founders in
        // guillemets or its name: "Grande Ospedale Metropolitano «Bianchi-Melacrino-Morelli»",
        // "Ospedale Civile di Locri" (the kind alone names no place).
        (re(r"\b(?:Grande[ \t]+)?(?:Ospedale|Ospedali)[ \t]+(?:Metropolitano|Civile|Maggiore|Regionale|Provinciale|Generale|Pediatrico|Riuniti)(?:[ \t]+(?:di|del|della|dei|degli)[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2}|[ \t]+«[^«»\n]{2,60}»|[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2})"), Rule::Plain(Facility)),
        // Catholic hospitals by their dedication: "Our Lady of the Lake", "Our Lady of Lourdes".
        (re(r"\bOur Lady of (?:the\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}"), Rule::Plain(Facility)),
        // The facility word first, as Romance languages write it ("Hospital Santa Maria",
        // "Clínica de la Costa", "Centre de Référence de Dzoumogné", a pass's "Hospice du
        // Grand-Saint-Bernard"): with a saint or a particle after it, or a word that is no
        // English one ("Hospital Ángeles Lomas"), so that "Hospital Course" stays; a French
        // hospital's kind in lower case between ("Hôpital régional de Tozeur", "Hôpital
        // provincial de Tinghir"); a ruler's number after the name ("Hospital Raja Perempuan
        // Zainab II").
        (re(r"\b(?:(?:University|Regional|General|County|District|Area|Community)[ \t]+)?(?:Hospital|Hôpital|hôpital|Hopital|Clínica|Clinica|Klinikum|Spital|Ospedale|Policlinico|Sanatorio|Szpital|Nemocnice|Kórház|Bolnica|Spitalul|Centre[ \t]+[Hh]ospitalier)(?:\s+(?:Regional|General|Central|Provincial|Municipal))?\s+(?:(?:Dr|Dra|Prof)\.?\s+)?(\p{Lu}[\p{L}'’\-]+)(?:\s+(?:(?:de|da|do|dos|das)\s+)?\p{Lu}[\p{L}'’\-]+){0,2}(?:[ \t]+(?:II|III|IV|VI|VII|VIII)\b)?"), Rule::FacilityFirst),
        (re(r"\b(?:(?:Hospital|Hôpital|Hopital)(?:\s+(?:r[ée]gional|g[ée]n[ée]ral|universitaire|local|d[ée]partemental|militaire|psychiatrique|provincial|pr[ée]fectoral))?|H[ôo]tel-Dieu|Hospice|Clínica|Clinica|Klinikum|Krankenhaus|Ospedale|Policlinico|Sanatorio|Cliniques?(?:\s+[Uu]niversitaires?)?|Centre\s+[Hh]ospitalier(?:\s+[Uu]niversitaire|\s+[Rr]égional|\s+[Dd]épartemental)*|Centre\s+de\s+[Rr]éférence|Centre\s+[Mm]édical)\s+(?:(?:de|del|da|do|das|dos|di|des|du|am|im|an\s+der|rechts\s+der|links\s+der)\s+(?:la\s+|los\s+|las\s+|l['’])?|(?:San|Santa|Santo|São|Sant|Saint|Sainte|St\.?)[\s\-]+)[A-Z][\p{L}'’\-]+(?:\s+[A-Z][\p{L}'’\-]+){0,2}(?:\s+(?:della|delle|degli|dei|di)\s+[A-Z][\p{L}'’\-]+(?:\s+[A-Z][\p{L}'’\-]+)?){0,2}"), Rule::Facility),
        // A Romance-language hospital with its place or patron after a particle: "Hospital
        // Regional de Iquitos", "IMSS Hospital General de Zona 1", "Hospital de Clínicas de Porto
        // Alegre", "Clínica Alemana de Santiago". The particle is what keeps "Hospital Course" out.
        // A Chilean hospital by its town and the doctor it is named for after it: "Hospital
        // Puerto Montt Dr. Eduardo Schütz Schroeder", "Hospital Base Valdivia Dr. Juan Noé".
        (re(r"\bHospital(?:[ \t]+(?:Base|Clínico|Regional|Provincial))*(?:[ \t]+\p{Lu}[\p{L}\-]+){1,3}[ \t]+Dra?\.[ \t]+\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+){1,3}"), Rule::Plain(Facility)),
        (re(r"\b(?:(?:IMSS|ISSSTE)\s+)?(?:Hospital|Hôpital|Hopital|Clínica|Clinica|Policlínico|Policlinico|Sanatorio|Centro\s+M[ée]dico|Centro\s+de\s+Salud|Centro\s+de\s+Sa[úu]de|Posto\s+de\s+Sa[úu]de|Santa\s+Casa)(?:\s+(?:General|Universitario|Universitário|Regional|Nacional|Militar|Central|Provincial|Municipal|Estadual|Federal|Clínic|Clinic|Italiano|Alemán|Alemana|Británico|Británica|Español|Española|Francés|Principal|Militaire|Général|Régional|National|Départemental|Préfectoral|Infantil|Materno-Infantil|Pediátrico|Escuela|Escola|Civil))*(?:\s+(?:de|del|da|do|das|dos|di|du|des)\s+(?:la\s+|los\s+|las\s+|l['’])?|\s+d['’])\p{Lu}[\p{L}'’\-]+(?:\s+(?:(?:et\s+)?(?:de|del|da|do|das|dos|du|des)\s+(?:la\s+|l['’])?|(?:y|e|i|et)\s+)?(?:(?:No\.|Núm\.|N[º°]\.?)[ \t]*\d{1,4}\b|\p{Lu}[\p{L}'’\-]+|\d{1,3}\b)){0,3}"), Rule::Plain(Facility)),
        // Brazilian, Chilean and Catalan primary-care units by their acronym: "UBS Jardim
        // Ângela", "CAP Raval Sud".
        // West Africa's integrated and community health centres likewise: "CSI Yantala" (Niger),
        // "CSPS Tanghin" (Burkina Faso), "CSCom Banconi" (Mali).
        (re(r"\b(?:UBS|UPA|CESFAM|CESAM|CAP|CUAP|CSI|CSPS|CSCom)\s+\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2}"), Rule::Plain(Facility)),
        // A Portuguese rope or charcoal works by its word first: "Cordoaria Nacional do Norte",
        // "Carvoaria Santa Luzia".
        (re(r"\b(?:Cordoaria|Carvoaria)(?:[ \t]+(?:(?:d[oa]s?|de)[ \t]+)?\p{Lu}[\p{L}'’\-]+){1,3}"), Rule::Plain(Facility)),
        // French and Belgian schools by their kind, its qualifiers after: "Athénée royal de Huy",
        // "Lycée technique Saint-Luc", "École communale de Bouge".
        (re(&format!(r"\b(?:Athénée|Lycée|Collège|École)(?:[ \t]+(?:royal|provincial|communal|communale|privé|public|primaire|secondaire|fondamental|fondamentale|technique|professionnel|polyvalent|général|agricole|libre)){{0,2}}[ \t]+(?:{FRENCH_OF})?\p{{Lu}}[\p{{L}}'’\-]+(?:[ \t]+\p{{Lu}}[\p{{L}}'’\-]+){{0,2}}")), Rule::Plain(Facility)),
        // A French co-operative by its word and what it gathers: "Coopérative Agricole des
        // Moissons", "Coopérative Laitière de la Vallée"; a charcoal works, lime kilns and a port
        // authority so: "Charbonnerie du Larzac", "Chaufours de Dinant", "Port Autonome de Kribi";
        // a wine co-operative's cellar: "Cave coopérative de Ribeauvillé"; an oil mill
        // ("Huilerie Moderne de Meknès"); the town after them
        // ("Coopérative des Tanneurs de Fès"); or its own name first ("Coopérative Souktana du Safran");
        // a Senegalese economic interest group by "GIE" ("GIE des Récolteuses de Sel du Lac Rose").
        (re(&format!(r"\b(?:(?:Cave[ \t]+[Cc]oop[ée]rative|Coop[ée]rative)(?:[ \t]+(?:Agricole|Laitière|Forestière|Fruitière|Viticole))?|Charbonnerie|Chaufours?|Huilerie|Port[ \t]+Autonome|GIE)[ \t]+{FRENCH_OF}?\p{{Lu}}[\p{{L}}'’\-]+(?:[ \t]+\p{{Lu}}[\p{{L}}'’\-]+){{0,2}}(?:[ \t]+{FRENCH_OF}\p{{Lu}}[\p{{L}}'’\-]+(?:[ \t]+\p{{Lu}}[\p{{L}}'’\-]+)?){{0,2}}")), Rule::Plain(Facility)),
        // Spanish brickworks and tile makers by their trade word first, with the company's "S.L." or
        // "S.A.": "Cerámica La Sagra S.L.", "Ladrillera del Norte".
        (re(r"\b(?:Cerámicas?|Ladrilleras?|Tejeras?|Azulejos)[ \t]+(?:(?:de[ \t]+)?(?:la|el|los|las|del|La|El|Los|Las)[ \t]+)?\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2}(?:,?[ \t]+S\.(?:L|A)\.(?:U\.)?)?"), Rule::Plain(Facility)),
        // Mexican and Spanish schools by number or name, and pharmacies by name: "Secundaria
        // Técnica 14", "Escuela Primaria Benito Juárez", "Farmacias Guadalajara".
        (re(r"\b(?:Escuela|Secundaria|Primaria|Preparatoria|Telesecundaria|Jardín[ \t]+de[ \t]+Niños)(?:[ \t]+(?:Técnica|Federal|Estatal|General|Primaria|Secundaria|Rural|Oficial|Normal))*[ \t]+(?:(?:No\.|Núm\.|N[º°]\.?)[ \t]*)?(?:\d{1,4}\b|\p{Lu}\p{Ll}+(?:[ \t]+(?:de[ \t]+)?\p{Lu}\p{Ll}+){0,2})"), Rule::Plain(Facility)),
        (re(r"\bFarmacias?[ \t]+(?:(?:del|de[ \t]+la|San|Santa)[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?\b"), Rule::Plain(Facility)),
        // Mexican mobile numbers in their 2-4-4 grouping: "55 4120 8876".
        (re(r"\b\d{2}[ ]\d{4}[ ]\d{4}\b"), Rule::Plain(Phone)),
        // French numbers in five pairs: "05 56 79 56 79", "01.42.34.56.78".
        (re(r"\b0[1-9](?:[ .]\d{2}){4}\b"), Rule::Plain(Phone)),
        // Ships by their prefix: "USS Carl Vinson", "HMCS Halifax", offshore vessels "DSV Seven
        // Falcon" (not "MV", the mitral valve, nor "PSV" or "RV", pressure support and the ventricle).
        (re(r"\b(?:USS|USNS|USCGC|HMS|HMCS|HMAS|HMNZS|DSV|MSV|AHTS|FPSO|RV|R/V|RRS|RVIB)[ \t]+(?:\p{Lu}[\p{L}'’.\-]*[ \t]+){0,2}\p{Lu}[\p{L}'’\-]+"), Rule::Plain(Facility)),
        // An aircraft's tail number after its type, as polar and air-ambulance logs give one:
        // "LC-130 XD-131", "Twin Otter C-GKBO".
        (re(r"\b(?:LC|KC|HC|MC|C)-1[0-9]{2}[A-Z]?[ \t]+([A-Z]{1,2}-?[A-Z0-9]{2,5})\b|\b(?:Twin[ \t]+Otter|Basler|Dash[ \t]+7|King[ \t]+Air)[ \t]+([A-Z]{1,2}-[A-Z0-9]{3,5})\b"), Rule::Plain(Id)),
        // A relay or captioning assistant's number: "captioning assistant CA 2271".
        (re(r"(?i:assistant|operator|agent|relay)[ \t]+(?:CA|VI|OA)[ \t]*#?[ \t]*(\d{3,6})\b"), Rule::Plain(Id)),
        // Military units by their number: "2nd Battalion, 506th Infantry Regiment", "60th Medical Group".
        (re(r"\b\d{1,3}(?:st|nd|rd|th)[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+){0,2}(?:Battalion|Brigade|Regiment|Division|Squadron|Wing|Group|Fleet|Corps|Detachment)\b(?:,[ \t]*\d{1,3}(?:st|nd|rd|th)[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+){0,2}(?:Battalion|Brigade|Regiment|Division|Squadron|Wing|Group))?"), Rule::Plain(Facility)),
        // Bases by their suffix: "Travis AFB", "Whidbey Island NAS", "MCAS Miramar".
        (re(r"\b\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+)?[ \t]+(?:AFB|ARB|NAS|JRB|MCAS|MCB)\b|\b(?:MCAS|MCB|NAS)[ \t]+\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+)?"), Rule::Plain(Facility)),
        // An alien registration number: "A# 078 334 129", "A-number 212448907".
        (re(r"(?i)\b(?:a#|a-number|a-no\.?|alien\s+(?:registration\s+)?(?:number|no\.?|#))[ \t]*[:#]?[ \t]*(\d{3}[ \-]?\d{3}[ \-]?\d{3}|\d{8,9})\b"), Rule::Plain(Id)),
        // Italian health authorities by their acronym and area: "ASL Roma 2", "ASST Spedali Civili",
        // Sicilian hospitals of national standing ("ARNAS Civico").
        (re(r"\b(?:ASL|ASST|AUSL|ULSS|IRCCS|AOU|ARNAS|AORN|AOUP|ASP)[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:\p{Lu}[\p{L}'’\-]+|\d{1,2}\b))*"), Rule::Plain(Facility)),
        // Continental streets with the number after them: "Ismaninger Straße 22", "Kamperstraat 12",
        // a German one named for a person with hyphens ("Friedrich-List-Straße 21").
        (re(r"\b\p{Lu}\p{L}+(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|straat|laan|gracht|plein|kade|steeg|dreef|singel|vegur|gata|braut|stræti|gatan|vägen|vej|gade|veien|katu|tie)[ \t]+\d{1,4}[a-z]?\b|\b\p{Lu}\p{L}+[ \t]+(?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Damm|Ufer)[ \t]+\d{1,4}[a-z]?\b|\b\p{Lu}\p{L}+(?:-\p{L}+){0,3}-(?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Damm|Ufer|Ring)[ \t]+\d{1,4}[a-z]?\b"), Rule::Plain(Address)),
        // A place by its landform opening a name, no place word before it: "Rikers Island"; a
        // township ("Oakland Township").
        (re(r"\b(\p{Lu}\p{Ll}+[ \t]+(?:Island|Bay|Valley|Springs|Falls|Heights|Creek|Harbor|Harbour|Township))\b"), Rule::Named(Location)),
        // A bayou by its name, the landform's word first: "Bayou Lafourche", "Bayou Teche".
        (re(r"\bBayou[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?"), Rule::Plain(Location)),
        // The time a board, a list or a census was printed, in 24-hour digits: "ED board 0315:".
        (re(r"(?i:\b(?:board|census|worklist|whiteboard|huddle|sign-?out|handoff))[ \t]*:?[ \t]*((?:[01]\d|2[0-3])[0-5]\d)\b"), Rule::Plain(Date)),
        // A passenger as airlines write one, surname/given and a title: "ADEBAYO/OLUWASEUN MR".
        (re(r"\b([A-Z][A-Z'\-]+(?:[ ][A-Z][A-Z'\-]+)?/[A-Z][A-Z'\-]+(?:[ ][A-Z][A-Z'\-]+)?)[ \t]+(?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF)\b"), Rule::Plain(Name)),
        // A booking reference: "PNR K7XQ2M", "record locator 4XT9QZ".
        (re(r"(?i:\b(?:pnr|booking\s+(?:ref(?:erence)?|code|no\.?|number)|record\s+locator|confirmation\s+(?:code|no\.?|number|#)))[ \t]*[:#]?[ \t]*((?-i:[A-Z0-9]{6}))\b"), Rule::Digits(Id, 1)),
        // The airports of a flight's leg: "flight BA 075 05DEC LOS-LHR".
        (re(r"(?i:\b(?:flight|flt)\.?)[ \t]+[A-Z0-9]{2}[ \t]?\d{1,4}[A-Z]?(?:[ \t]+[0-9A-Z]{3,7}){0,2}?[ \t]+([A-Z]{3}[\-–/][A-Z]{3})\b"), Rule::Plain(Location)),
        // ... or after an airline's code and a flight number alone: "AA 2291 PHX-ORD".
        (re(r"\b[A-Z][A-Z0-9][ \t]?\d{1,4}[ \t]+([A-Z]{3}[\-–/][A-Z]{3})\b"), Rule::Plain(Location)),
        // A police or fire department by its town: "Mesa PD", "Tempe Police".
        (re(r"\b\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:PD|FD|Police(?:[ \t]+Department)?|Sheriff's[ \t]+Office|Fire[ \t]+Department)\b"), Rule::Facility),
        // A workplace after work words: "works nights at Sky Harbor Parking", "coworker at Desert Sun Produce".
        (re(r"(?i:\b(?:works?|worked|working|employed|coworkers?|co-workers?)(?:[ \t]+[a-z]+){0,2}[ \t]+at)[ \t]+(\p{Lu}[\p{L}'’&]+(?:[ \t]+\p{Lu}[\p{L}'’&]+){0,3})"), Rule::Plain(Facility)),
        // Ships by the prefixes that are also clinical abbreviations (MS, MV), where a ship is
        // being talked about: "Ship's infirmary, MS Nieuw Statendam", "seaman, MV Pacific Mariner".
        (re(r"(?i:\b(?:ship|ship's|vessel|aboard|on\s+board|cruise|crew|seaman|seafarer|sailor|deckhand|captain|master|cook|steward|bosun|chandler|signed\s+(?:off|on)|joining|joined|liveaboard|dive\s+boat|boat|yacht|charter|off\s+the|disembark(?:ed)?|embark(?:ed)?))\b[^.\n]{0,60}?\b((?:MS|MV|SS|MY|RMS|M/V|M/S|MT|M/T|F/V|FV)[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2})"), Rule::Plain(Facility)),
        // Vessels by the word for them ("Tug Crowley Ranger", "fishing vessel Santa Rosalía II"),
        // cruise ships "of the Seas", a port, an anchorage, a position at sea.
        (re(r"\b(?i:tug|trawler|fishing\s+vessel|vessel|longliner|seiner|crab\s+boat|tanker|freighter|ferry|liveaboard)[ \t]+((?:\p{Lu}[\p{L}'’\-]+[ \t]+){0,2}\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:II|III|IV))?)"), Rule::Named(Facility)),
        (re(r"\b\p{Lu}\p{Ll}+[ \t]+of[ \t]+the[ \t]+Seas\b"), Rule::Plain(Facility)),
        (re(r"\bPort[ \t]+of[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?|\b\p{Lu}\p{Ll}+[ \t]+anchorage\b"), Rule::Plain(Location)),
        (re(r#"\b\d{1,3}°[ \t]?\d{1,2}(?:\.\d+)?['′]?(?:[ \t]?\d{1,2}(?:\.\d+)?["″])?[ \t]?[NS],?[ \t]*\d{1,3}°[ \t]?\d{1,2}(?:\.\d+)?['′]?(?:[ \t]?\d{1,2}(?:\.\d+)?["″])?[ \t]?[EW]\b|\b\d{1,2}\.\d{3,}°?[ \t]?[NS],?[ \t]*\d{1,3}\.\d{3,}°?[ \t]?[EW]\b|\b\d{1,2}\.\d{2}°[ \t]?[NS],?[ \t]*\d{1,3}\.\d{2}°[ \t]?[EW]\b"#), Rule::Plain(Location)),
        // Signed decimal degrees as GPS units log them: "GPS 45.5231, -122.6765", "at 45.4812,
        // -122.5947": four decimals or more on both, after a word that says where, or with a
        // western longitude's sign (a specific gravity pair, "1.0150, 1.0200", is neither).
        (re(r"(?i:\b(?:gps|coordinates|coords|lat(?:itude)?(?:/lon(?:g|gitude)?)?|location|position|pos|loc|pin|at)\b|@)[ \t:=]*\(?(-?\d{1,2}\.\d{4,7},[ \t]*-?\d{1,3}\.\d{4,7})\b"), Rule::Plain(Location)),
        (re(r"(?:^|[^\w.\-])(-?\d{1,2}\.\d{4,7},[ \t]*-\d{2,3}\.\d{4,7})\b"), Rule::Plain(Location)),
        // A spreadsheet's cells: "Kowalski R" (a surname and an initial alone in a field), an age
        // over 89 before the sex column (",94,F,").
        (re(r"\b((\p{Lu}\p{Ll}+)[ \t]\p{Lu})\b"), Rule::CellName),
        (re(r"(?:^|[,;|\t])[ \t]*(9\d|1[01]\d)[ \t]*[,;|\t][ \t]*(?:M|F|(?i:male|female))\b"), Rule::Plain(Age)),
        // A reading company's site code, letters and digits in dashed parts ("site TX-HCA-118"; a
        // tumour's "site C34.1" is a topography code).
        (re(r"(?i:\bsite)[ \t]*(?:#|(?i:code|id))?[ \t]*:?[ \t]*([A-Z]{2,}-[A-Z0-9]+(?:-[A-Z0-9]+)*\d)\b"), Rule::Plain(Id)),
        // A quoted surname cell before a quoted given name ("\"O'Callaghan\",\"Siobhan\""), and a
        // reader's initials in capitals ("reader TKW").
        (re(r#""(\p{Lu}[\p{L}'’\-]+)"[ \t]*[,;][ \t]*"\p{Lu}\p{Ll}+""#), Rule::Named(Name)),
        (re(r"(?i:\breader|\bread\s+by|\btech)[ \t]*:?[ \t]+((?-i:[A-Z]{2,3}))(?:[ \t]*$|[ \t]*[,;.)]|[ \t]+[a-z])"), Rule::Named(Name)),
        // A court's file number after "No.": "No. 2026 GRD 28841", "Case No. 26-PR-00417".
        (re(r"\b(?:(?i:case|docket|file)[ \t]+)?No\.[ \t]*(\d{2,4}[ \t\-][A-Z]{2,4}[ \t\-]\d{3,7})\b"), Rule::Plain(Id)),
        // A clock time with its zone: "0340 UTC", "1415 hrs".
        (re(r"\b(?:[01]\d|2[0-3])[0-5]\d[ \t]?(?:UTC|GMT|Z|hrs|LT)\b"), Rule::Plain(Date)),
        // A hotel by the word before its name: "Hotel Continental".
        (re(r"\bHotel[ \t]+(?:de[ \t]+la[ \t]+|du[ \t]+|de[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?"), Rule::Plain(Facility)),
        // A lot in a mobile-home park: "Lot 14, Sunset Mobile Home Park".
        (re(r"\b(?i:lot|space|site)[ \t]+#?\d{1,4}[A-Z]?,?[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+){1,3}(?:Mobile[ \t]+Home[ \t]+Park|Trailer[ \t]+(?:Park|Court)|RV[ \t]+Park|Mobile[ \t]+Estates)\b"), Rule::Plain(Address)),
        // Camps and settlements by their numbered parts: "Camp 15", "Camp 8W", "Village 3",
        // "Block E", "shelter B-22" (a heart block has no letter after it).
        (re(r"\bCamp[ \t]+\d{1,2}[A-Z]\b|\b(?:Camp|Village|Sector)[ \t]+\d{1,3}\b|\bBlock[ \t]+[A-Z](?:-\d{1,3})?\b"), Rule::Plain(Location)),
        (re(r"(?i:\b(?:shelter|tent|plot))[ \t]+((?-i:[A-Z])-\d{1,3})\b"), Rule::Plain(Location)),
        // Names given to patients who arrive unidentified: "TRAUMA ZULU" (the phonetic words that
        // also name trauma activation levels, alpha to delta, left out), "Doe, Jane 14",
        // "Jane Doe #3", "alias Kestrel, Unknown".
        (re(r"(?i)\btrauma[ \t]+(?:echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|yankee|zulu)\b(?:[ \t]+\d{1,3}\b)?"), Rule::Plain(Name)),
        (re(r"\b(?:(?:John|Jane|Baby|JOHN|JANE|BABY)[ \t]+(?:Doe|DOE)|(?:Doe|DOE),[ \t]*(?:John|Jane|Baby|Unknown|JOHN|JANE|BABY|UNKNOWN))\b(?:[ \t]*#?[ \t]*\d[\d\-]*)?"), Rule::Plain(Name)),
        (re(r"(?i:\b(?:alias|aka|a\.k\.a\.))[ \t]*:?[ \t]*(\p{Lu}[\p{L}\-]+,[ \t]*(?:Unknown|UNKNOWN))\b"), Rule::Plain(Name)),
        // A rural corner, a highway and a road: "Hwy 14 and 470th Ave", "County Road 12 and Elm
        // Rd" (a highway alone is no address: "I-94 near exit 212").
        (re(r"\b((?:Hwy|Highway|County[ \t]+Road|CR|SR|State[ \t]+Road)[ \t]*-?[ \t]*\d{1,4}[A-Z]?[ \t]+(?:and|&)[ \t]+(?:\d{1,4}(?:st|nd|rd|th)[ \t]+(?:Ave|Avenue|St|Street|Rd|Road)\b|(?:Hwy|Highway|County[ \t]+Road|CR)[ \t]*\d{1,4}\b|\p{Lu}\p{Ll}+[ \t]+(?:Rd|Road|Ave|Avenue|St|Street|Ln|Lane|Dr|Drive)\b))"), Rule::Plain(Address)),
        // A street corner: "corner of 5th and Alder", "intersection of Main St and 3rd Ave".
        (re(&format!(r"(?i:\b(?:corner|intersection)[ \t]+of)[ \t]+((?:\d{{1,3}}(?:st|nd|rd|th)|\p{{Lu}}\p{{Ll}}+)(?:[ \t]+{STREET}\b\.?)?[ \t]+(?:and|&)[ \t]+(?:\d{{1,3}}(?:st|nd|rd|th)|\p{{Lu}}\p{{Ll}}+)(?:[ \t]+{STREET}\b\.?)?)")), Rule::Plain(Address)),
        // A month and a year after a word that dates: "films dated 2/2023", "since 11/2024".
        (re(r"(?i:\b(?:dated|from|since|until|in|on|closed|due|expires|exp))[ \t]+((?:0?[1-9]|1[0-2])/(?:19|20)\d{2})\b"), Rule::Plain(Date)),
        // A document of a day: "the radiograph of the 9th" (Ordinal: not "of the 9th rib").
        (re(r"(?i)\b(?:film|radiograph|x-?ray|cxr|study|exam|letter|note|visit|report|scan|images?|order|email|e-mail|call|message)s?[ \t]+(?:of|from)[ \t]+(the[ \t]+\d{1,2}(?:st|nd|rd|th))\b"), Rule::Ordinal),
        // Dive sites by the word for the place under water: "Blue Corner", "Dean's Blue Hole",
        // "Shark Reef"; a wreck by name: "the Spiegel Grove wreck".
        (re(r"\b((?:\p{Lu}\p{Ll}+(?:['’]s)?[ \t]+){1,2}(?:Blue[ \t]+Hole|Reef|Reefs|Wreck|Pinnacles?|Corner|Atoll|Lagoon|Seamount|Shoal|Drop-?[Oo]ff))\b"), Rule::Named(Location)),
        (re(r"(?i:\bthe)[ \t]+((?-i:\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2}))[ \t]+(?i:wreck)\b"), Rule::Named(Location)),
        // A boat by what it is, without a prefix: "Liveaboard Nautilus Belle Amie", "dive boat Sea Wolf".
        (re(r"(?i:\b(?:liveaboard|live-aboard|dive\s+boat|yacht|sailboat|trawler|fishing\s+boat|charter\s+boat))[ \t]+(?:the[ \t]+)?((?-i:\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,3}))"), Rule::Named(Location)),
        // A genetics laboratory by its name: "Prevention Genetics", "Birmingham Women's Genetics Lab"
        // ("Clinical Genetics" is a department: Named leaves a department's first word).
        (re(r"\b((?:\p{Lu}\p{Ll}+(?:['’]s)?[ \t]+){1,3}(?:Genetics|Genomics|Diagnostics)(?:[ \t]+(?:Lab|Laboratory|Laboratories))?)\b"), Rule::Named(Facility)),
        // Nordic and continental company forms after an employer word: "employer Subsea Integrity AS".
        (re(r"(?i:\b(?:employer|employed\s+by|company|contractor|works\s+for))[ \t]*:?[ \t]+((?-i:\p{Lu}[\p{L}'’&\-]+(?:[ \t]+\p{Lu}[\p{L}'’&\-]+){0,3}[ \t]+(?:AS|ASA|AB|Oy|AG|SA|NV|BV|KK|SE)))\b"), Rule::Plain(Facility)),
        // Rural fire numbers, a direction letter and the number before the road: "W4521 County Rd K",
        // "N7788 Hwy 51".
        (re(r"\b[NSEW]\d{3,5}[ \t]+(?:(?:County|Cty|Co\.?)[ \t]+(?:Rd|Road|Hwy|Highway|Trunk)\.?[ \t]+[A-Z]{1,2}\b|(?:State[ \t]+|US[ \t]+)?(?:Hwy|Highway|Rd|Road|Route)\.?[ \t]+\d{1,3}\b|\p{Lu}\p{Ll}+[ \t]+(?:Rd|Road|Ln|Lane|Dr|Drive|Ave|Avenue|St|Street|Trl|Trail)\b\.?)"), Rule::Plain(Address)),
        // Public land survey descriptions: "NE1/4 Sec. 22, T6N, R21E", "Section 17, Oakland Township".
        (re(r"\b(?:(?:[NS][EW]|[NSEW])[ \t]?(?:1/4|¼|1/2|½)[ \t]*(?:of[ \t]+(?:the[ \t]+)?)?,?[ \t]*){0,2}Sec(?:tion)?\.?[ \t]*\d{1,2},?[ \t]*T\d{1,3}[NS],?[ \t]*R\d{1,3}[EW]\b"), Rule::Plain(Location)),
        (re(r"\b(?:Lot[ \t]+\d{1,3},[ \t]*)?Section[ \t]+\d{1,2},[ \t]*\p{Lu}\p{Ll}+[ \t]+Township\b"), Rule::Plain(Location)),
        // A centre named for its work after the institution: "Mount Sinai Center for Post-COVID Care".
        (re(r"\b((?:\p{Lu}[\p{L}'’\-]+[ \t]+){1,4}(?:Center|Centre|Institute|Pavilion|Hospital|School|College|Academy)[ \t]+for[ \t]+(?:(?:\p{Lu}[\p{L}'’\-]+|and|&)[ \t]+){0,3}\p{Lu}[\p{L}'’\-]+)"), Rule::Named(Facility)),
        // Air ambulances by name after the verb that sends a patient: "flown by Guardian Flight".
        (re(r"(?i:\b(?:by|via|with|called|per))[ \t]+((?-i:(?:\p{Lu}\p{Ll}+[ \t]+){1,2}(?:Flight|Lifeteam|Air[ \t]+Ambulance|Aeromedical|Air[ \t]+Medical)))\b"), Rule::Named(Facility)),
        // An airport by its code before a terminal or the word: "JFK Terminal 4", "at ORD airport".
        (re(r"\b([A-Z]{3})[ \t]+(?:Terminal|terminal|Airport|airport|International)\b|(?i:\bairport)\b[ \t]*,?[ \t]+((?-i:[A-Z]{3}))\b"), Rule::Plain(Location)),
        // Values written into a form's boxes, one character a box, or spelt out with spaces, after
        // their label: "Surname |N|A|K|A|M|U|R|A|", "DOB |0|4|/|1|1|/|1|9|6|2|", "MRN: 0 0 4 4 7 1 9 2".
        (re(&format!(r"(?i:\b(?:surname|given(?:\s+names?)?|first\s+name|last\s+name|family\s+name|patient\s+name|name)|\(print\))[ \t:|]*((?-i:\p{{Lu}}\b(?:(?:{BOX}|[ \t]?,[ \t]?)[\p{{Lu}}'\-]\b){{2,}}))")), Rule::Plain(Name)),
        (re(&format!(r"(?i:\b(?:dob|d\.o\.b\.?|date(?:\s+of\s+birth|\s+signed)?|birth\s*date|signed|dated))[ \t:|.]*(\d(?:{BOX}?\d)?{BOX}?[/.\-]{BOX}?\d(?:{BOX}?\d)?{BOX}?[/.\-]{BOX}?\d(?:{BOX}?\d){{1,3}})\b")), Rule::Plain(Date)),
        (re(r"(?i:\b(?:mrn|id|npi|member(?:\s+id)?|group|hospital\s+no\.?|acct|account|no\.?))[ \t:#|.]*((?-i:(?:[0-9]{1,3}|[A-Z])\b(?:(?:[ \t]?\|[ \t]?|[ \t])(?:[0-9]{1,3}|[A-Z])\b){2,}))"), Rule::Digits(Id, 5)),
        // Chat threads: a display name "Surname, Given" as the app prints who joined or left, or who
        // wrote to whom ("Ogunleye, Folake to Brennan-Shaw, Lucas:"); a speaker as "Laila H.:"
        // before a quote; initials signing a quote ('–KO"') or called at its start ('"JB, can u').
        (re(r"\b(\p{Lu}[\p{L}'’\-]+,[ \t]+\p{Lu}[\p{L}'’\-]+)(?:[ \t]+\([^)\n]{1,20}\))?[ \t]+(?:joined|left[ \t]+the[ \t]+(?:meeting|chat|call|conversation)|was[ \t]+added|has[ \t]+joined|reacted)\b"), Rule::Plain(Name)),
        (re(r"\b(\p{Lu}[\p{L}'’\-]+,[ \t]+\p{Lu}[\p{L}'’\-]+)[ \t]+to[ \t]+\p{Lu}[\p{L}'’\-]+,[ \t]+\p{Lu}[\p{L}'’\-]+[ \t]*:"), Rule::Plain(Name)),
        (re(r"\b(\p{Lu}\p{Ll}+[ \t]\p{Lu}\.)[ \t]*:[ \t]*[\x22“]"), Rule::Plain(Name)),
        (re(r"[–—][ \t]*([A-Z]{2,3})[\x22”]"), Rule::Plain(Name)),
        (re(r"[\x22“]([A-Z]{2,3}),[ \t]+(?:can|could|pls|please|are|r|u|you|did|have|any|would|will)\b"), Rule::Plain(Name)),
        // A 24-hour time after a day word: "CXR tomorrow 0700".
        (re(r"(?i:\b(?:tomorrow|tonight|today|overnight|this\s+morning|this\s+evening))[ \t]+(?:at[ \t]+)?((?:[01]\d|2[0-3])[0-5]\d)\b"), Rule::Plain(Date)),
        // A form's city field: "City: Chicago", "City Chicago   State IL".
        (re(r"\bCity[ \t]*:[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)"), Rule::Plain(Location)),
        (re(r"\bCity[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)[ \t]+(?:State|ST|Zip|ZIP|Province|Postcode)\b"), Rule::Plain(Location)),
        // A fax's subject in capitals, surname first: "RE: ABERNATHY JR, CLYDE".
        (re(r"\bRE:[ \t]+([A-Z][A-Z'’\-]+(?:[ \t]+(?:JR|SR|II|III|IV))?,[ \t]*[A-Z][A-Z'’\-]+)\b"), Rule::Plain(Name)),
        // Indonesia and Malaysia: a neighbourhood's RT/RW units, a Malaysian housing estate
        // ("Taman Sri Muda"), a clock time with its zone or after "pukul" ("10.30 WIB"), a
        // letter's or report's number with its year and month ("RAD/2026/11/04417").
        (re(r"\b(RT\.?[ \t]*\d{1,3}[ \t]*/[ \t]*RW\.?[ \t]*\d{1,3})\b"), Rule::Plain(Address)),
        (re(r"\b(Taman[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})"), Rule::Plain(Location)),
        (re(r"(?:\b(?i:pukul|jam)[ \t]+(\d{1,2}[.:]\d{2})\b|\b(\d{1,2}[.:]\d{2})[ \t]*(?:WIB|WITA|WIT|MYT)\b)"), Rule::Plain(Date)),
        (re(r"\b([A-Z]{2,6}/(?:[A-Z]{2,6}/)?(?:20)?\d{2}/(?:\d{1,2}/)?\d{3,6})\b"), Rule::Plain(Id)),
        // An orphanage or children's home known by its number: "Baby House No. 12".
        (re(r"\b((?:Baby[ \t]+House|Orphanage|Children's[ \t]+Home|Boarding[ \t]+School)[ \t]+No\.?[ \t]*\d{1,3})\b"), Rule::Plain(Facility)),
        // A month and year in digits, the month in two ("home study 06/2026"; a dilution of
        // 1/2000 is none).
        (re(r"\b((?:0[1-9]|1[0-2])/(?:19|20)\d{2})\b"), Rule::Plain(Date)),
        // Swahili: hospitals, dispensaries and health centres with their rank words ("Hospitali ya
        // Rufaa ya Kanda ya Bugando", "Kituo cha Afya Mbagala Rangi Tatu"), a street and house
        // ("Mtaa wa Uhuru, Nyumba Na. 14").
        (re(r"\b((?:Hospitali|Zahanati|Kituo[ \t]+cha[ \t]+Afya)(?:[ \t]+(?:ya|wa|cha|la))?(?:[ \t]+(?:Rufaa|Taifa|Wilaya|Mkoa|Kanda|Teule)(?:[ \t]+(?:ya|wa))?)*[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,3})"), Rule::Plain(Facility)),
        (re(r"\b(Mtaa[ \t]+wa[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?(?:,?[ \t]*Nyumba[ \t]+(?:Na\.?|Namba)[ \t]*\d{1,5})?)"), Rule::Plain(Address)),
        // A commercial driver's licence with its state: "CDL WA REYESGO217KB", "CDL OR 7741902".
        (re(r"(?i:\bcdl\b)[ \t#:]*((?-i:[A-Z]{2})[ \t]+[A-Z0-9]*\d[A-Z0-9]*)\b"), Rule::Plain(Id)),
        // The French Caribbean and Haiti: a street in Creole or French with its number after it
        // ("Ri Kapwa #23"), an overseas department's postcode and its town ("97200
        // Fort-de-France"), a town named in the French way with a particle between hyphens
        // ("Port-au-Prince", "Pointe-à-Pitre").
        (re(r"\b((?:Ri|Rue|Avni|Ruelle)[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+){0,2}[ \t]*#[ \t]*\d{1,4})"), Rule::Plain(Address)),
        (re(r"\b(97[1-8]\d{2})[ \t]+\p{Lu}"), Rule::Plain(Location)),
        (re(r"\b(\p{Lu}\p{Ll}+-(?:au|aux|de|du|des|la|le|en|sur|lès|à)-\p{Lu}\p{Ll}+)\b"), Rule::Plain(Location)),
        // A religious house or order named "of" its patron: "Abbey of Gethsemani", "Carmel of St.
        // Joseph", "School Sisters of Notre Dame", "Daughters of Charity".
        (re(r"\b((?:Abbey|Monastery|Priory|Convent|Carmel|Friary|Hermitage|(?:School[ \t]+)?Sisters|Brothers|Daughters|Servants|Missionaries|Poor[ \t]+Clares)[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:St\.?|Saint|Our[ \t]+Lady[ \t]+of)[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,3})"), Rule::Plain(Facility)),
        // A blood unit's ISBT 128 donation number: collection facility, year, sequence
        // ("W0397 26 118402"); and a report's year and sequence after its word ("SHOT report
        // 2026/0412").
        (re(r"\b([A-Z]\d{4}[ \t]?\d{2}[ \t]?\d{6})\b"), Rule::Plain(Id)),
        (re(r"(?i:\b(?:report|case|ref|reference|incident|event|file))[ \t]*(?:no\.?|#|number)?[ \t]*:?[ \t]*(20\d{2}/\d{3,6})\b"), Rule::Plain(Id)),
        // A health system written as one word with an inner capital: "PeaceHealth", "MultiCare",
        // "UCHealth"; and such a word naming the campus after a hospital's name ("Sacred Heart
        // Medical Center RiverBend").
        (re(r"\b((?:\p{Lu}\p{Ll}+|\p{Lu}{2,4})(?:Health|Care|Medica))\b"), Rule::Named(Facility)),
        (re(r"\b((?:Center|Centre|Hospital|Clinic)[ \t]+\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+)\b"), Rule::Named(Facility)),
        // A practice or a hospital in capitals, as fax headers and labels print one: "LAKESHORE FAMILY HEALTH".
        (re(r"\b((?:[A-Z][A-Z'’\-]+[ \t]){1,3}(?:FAMILY[ \t]+HEALTH|FAMILY[ \t]+PRACTICE|FAMILY[ \t]+MEDICINE|HEALTH[ \t]+CENTER|HEALTH[ \t]+CENTRE|MEDICAL[ \t]+CENTER|MEDICAL[ \t]+CENTRE|MEDICAL[ \t]+GROUP|URGENT[ \t]+CARE|HOSPITAL|CLINIC))\b"), Rule::Named(Facility)),
        // Cross streets and a highway's exit, as dispatch logs give a scene: "3rd Ave and Pike St",
        // "Aurora Ave N and N 85th St", "I-5 SB at Mercer St".
        (re(&format!(r"\b((?:\d{{1,3}}(?:st|nd|rd|th)|\p{{Lu}}\p{{Ll}}+)[ \t]+{STREET}\b\.?(?:[ \t]+(?:NE|NW|SE|SW|[NSEW])\b)?[ \t]+(?:and|&|at|/)[ \t]+(?:(?:NE|NW|SE|SW|[NSEW])[ \t]+)?(?:\d{{1,3}}(?:st|nd|rd|th)|\p{{Lu}}\p{{Ll}}+)[ \t]+{STREET}\b\.?)")), Rule::Plain(Address)),
        (re(&format!(r"\b(I-\d{{1,3}}(?:[ \t]+(?:NB|SB|EB|WB))?[ \t]+(?:at|and|&|/)[ \t]+(?:\d{{1,3}}(?:st|nd|rd|th)|\p{{Lu}}\p{{Ll}}+)[ \t]+{STREET}\b\.?)")), Rule::Plain(Address)),
        // A vehicle's or a boat's plate after its word: "OR plate 471 KZD", "vessel reg WN 4471 ZK".
        (re(r"(?i:\b(?:plate|plates|licen[cs]e\s+plate|tag|reg(?:istration)?)\b\.?)[ \t]*(?:no\.?|#)?[ \t]*:?[ \t]*((?-i:(?:[A-Z]{2}[ \t])?[A-Z0-9]{2,4}[ \t\-]?[A-Z0-9]{2,4}(?:[ \t][A-Z]{1,3}\b)?))\b"), Rule::Digits(Id, 2)),
        // "SURNAME, Given" in brackets after what was done to them: "biopsy RUL nodule (Okonkwo-Bell, Adaeze)".
        (re(r"\((\p{Lu}[\p{L}'’\-]+,[ \t]+\p{Lu}\p{Ll}+)\)"), Rule::Named(Name)),
        // An employee's number in brackets or after the word alone: "(employee 00418)".
        (re(r"(?i)\bemployee[ \t]*#?[ \t]*(\d{3,})\b"), Rule::Plain(Id)),
        // Organ procurement organisations by their brand: "LifeShare of the Carolinas", "Gift of Hope".
        (re(r"\b(?:Life\p{Lu}\p{Ll}+|Gift[ \t]+of[ \t]+(?:Life|Hope))(?:[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)?"), Rule::Plain(Facility)),
        // A company in one camel-cased word that ends in its trade: "MinuteClinic", "Quality
        // HealthCare" (not "PhilHealth", a public insurer).
        (re(r"\b(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+(?:Clinic|Care|Labs?)\b"), Rule::Facility),
        // Hospitals of the Baltic languages, by the word that ends their names: "Paula Stradiņa
        // klīniskā universitātes slimnīca", "Vilniaus universiteto ligoninė Santaros klinikos",
        // "Kauno klinikos").
        (re(r"\b(?:slimnīca|ligoninė|haigla|klinikos)\b(?:[ \t]+\p{Lu}\p{L}+[ \t]+klinikos)?"), Rule::TailFacility),
        // The end of a day range written day first: "24/11-30/11".
        (re(r"\b(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])[ \t]*[-–][ \t]*((?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2]))\b"), Rule::Plain(Date)),
        // South-East Asian places: a barangay, a Singapore block and its unit, a Vietnamese house
        // in its lanes and street, a Vietnamese date with its word for day.
        (re(r"\b(?:Brgy|Bgy|Barangay)\.?[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+){0,2}"), Rule::Plain(Location)),
        (re(r"\bBlk\.?[ \t]+\d{1,4}[A-Z]?[ \t]+(?:(?:Lot[ \t]+\d{1,4}[ \t]+)?(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ring|Crescent|Cres|Close|Walk|Lane)\b\.?(?:[ \t]+\d{1,3}\b)?(?:,?[ \t]*#\d{1,3}-\d{1,5})?)"), Rule::Plain(Address)),
        (re(r"\b(?:(?:số|Số)[ \t]+)?\d{1,4}[A-Z]?(?:/\d{1,3})?(?:[ \t]+(?:ngõ|ngách|hẻm|kiệt)[ \t]+\d{1,4}[A-Z]?)*[ \t]+(?:phố|Phố|đường|Đường)[ \t]+\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*){0,3}"), Rule::Plain(Address)),
        // A lane's house before its street ("Hẻm 14/3 Nguyễn Trãi", "Ngõ 8 Tôn Đức Thắng"), and a
        // house number before a street named for a person, as most Vietnamese streets are, with
        // no street word ("27 Lý Thường Kiệt"): only after punctuation and before a comma or
        // semicolon, and only with a letter only Vietnamese writes, so "bed 12 John Smith" stays
        // a name.
        (re(r"\b(?:Hẻm|hẻm|Ngõ|ngõ|Ngách|ngách|Kiệt|kiệt)[ \t]+\d{1,4}[A-Z]?(?:/\d{1,3}){0,2}[ \t]+\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*){0,3}"), Rule::Plain(Address)),
        (re(r"(?:^|[,;(][ \t]*)(\d{1,4}[A-Z]?(?:/\d{1,3})?(?:[ \t]+\p{Lu}\p{L}*){0,2}[ \t]+(?:\p{Lu}\p{L}*[ơưăđ\x{1EA0}-\x{1EF9}]\p{L}*|[ĐƠƯĂ\x{1EA0}-\x{1EF9}]\p{L}*)(?:[ \t]+\p{Lu}\p{L}*){0,2})(?:[,;]|$)"), Rule::Plain(Address)),
        // A city after its word ("TP. Hồ Chí Minh", "thành phố Đà Nẵng"); provinces ("tỉnh") are
        // first-level regions and stay.
        (re(r"\b(?:TP\.|Tp\.|Thành[ \t]+phố|thành[ \t]+phố)[ \t]*(\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*){0,3})"), Rule::Plain(Location)),
        // A Vietnamese weekday: capitalised alone ("Thứ Hai", "Chủ Nhật"), in lower case only
        // with its date ("thứ ba 24/11"), since "xương sườn thứ năm" is the fifth rib.
        (re(r"\b(?:Thứ[ \t]+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ[ \t]+Nhật)\b(?:,?[ \t]+(?:ngày[ \t]+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\b)?|\b(?:[Tt]hứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy)|[Cc]hủ[ \t]+nhật),?[ \t]+(?:ngày[ \t]+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"), Rule::Plain(Date)),
        (re(r"(?i:\bngày)[ \t]+\d{1,2}(?:[ \t]+(?i:tháng)[ \t]+\d{1,2}(?:[ \t]+(?i:năm)[ \t]+\d{4})?|/\d{1,2}(?:/\d{2,4})?)"), Rule::Plain(Date)),
        // Hospitals by their own word first: Vietnamese "Bệnh viện Bạch Mai", Indonesian "RSUP Dr.
        // Sardjito", "RS Hasan Sadikin", "Puskesmas Kalibaru".
        // A province, city or district word may stand before the name and a number after it:
        // "Bệnh viện Đa khoa tỉnh Thái Bình", "Bệnh viện Nhi Đồng 1".
        (re(r"\b(?:Bệnh[ \t]+viện|Trạm[ \t]+Y[ \t]+tế|Trung[ \t]+tâm[ \t]+Y[ \t]+tế|Phòng[ \t]+khám)(?:[ \t]+(?:Đa[ \t]+khoa|đa[ \t]+khoa|Trung[ \t]+ương))?(?:[ \t]+(?:tỉnh|thành[ \t]+phố|TP\.?|huyện|quận|Quân[ \t]+y|Quân[ \t]+đội))?[ \t]+\p{Lu}\p{L}*(?:[ \t]+(?:Trung[ \t]+ương\b|\p{Lu}\p{L}*)){0,3}(?:[ \t]+\d{1,3}\b)?"), Rule::Plain(Facility)),
        // A Vietnamese firm by its word first, with its kind: "Công ty TNHH May Việt Tiến",
        // "Công ty Cổ phần Thép Hòa Phát", "Tập đoàn Vingroup".
        (re(r"\b(?:Công[ \t]+ty|Tổng[ \t]+[Cc]ông[ \t]+ty|Tập[ \t]+đoàn)(?:[ \t]+(?:TNHH|CP|[Cc]ổ[ \t]+phần)(?:[ \t]+(?:MTV|[Mm]ột[ \t]+thành[ \t]+viên))?)?[ \t]+\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*){0,4}"), Rule::Plain(Facility)),
        // A house number and a street of capitalised words before a numbered district, as
        // Ho Chi Minh City addresses are written in English: "45 Le Loi, District 1".
        (re(r"\b(\d{1,4}[A-Z]?(?:[ \t]+\p{Lu}\p{Ll}+){1,3}),[ \t]*(?:District|Quận|Q\.)[ \t]*\d{1,2}\b"), Rule::Plain(Address)),
        (re(r"\b((?:District|Quận)[ \t]+\d{1,2})\b"), Rule::Plain(Location)),
        // An Indonesian hospital, clinic or health centre by its kind's letters or words, then
        // its namesake with a title and initials: "RSUD Dr. Soetomo", "RSUD dr. M. Haulussy", "RSUD
        // Prof. Dr. Margono Soekarjo", an Acehnese scholar's "Tgk." ("RSUD Tgk. Chik Ditiro").
        (re(r"\b(?:RSUP|RSUD|RSU|RSIA|RSAB|RSPAD|RSCM|RS|Rumah[ \t]+Sakit(?:[ \t]+Umum)?|Puskesmas|Klinik(?:[ \t]+(?:Pratama|Utama))?)[ \t]+(?:(?:Dr|dr|Prof|Tgk|Teuku|Tengku|H)\.?[ \t]+){0,2}(?:\p{Lu}\.[ \t]*){0,3}\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+){0,3}"), Rule::Plain(Facility)),
        // Basque streets by their kind after the name ("Goiru kalea 1", "Gasteiz etorbidea 45, 3.
        // esk.", "Begiristain doktorea pasealekua 109") or "Kale" before it ("Kale Nagusia 14, 2.
        // ezk."), with the floor and side. Any lower-case word where "doktorea" stands made the
        // rule set's automaton 2% dearer on the shared reports.
        (re(r"\b(?:\p{Lu}\p{L}+(?:[ \t]+doktorea)?[ \t]+(?:kalea|etorbidea|pasealekua|hiribidea|bidea|errepidea|plaza|enparantza)|Kale[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?)[ \t]+\d{1,4}[A-Z]?\b(?:,[ \t]*\d{1,2}\.[ \t]*(?:ezk|esk|ezkerra|eskuina|erdia)\b\.?)?"), Rule::Plain(Address)),
        // A Vietnamese national or provincial road and its hamlet: "Quốc lộ 80, ấp Tân Hưng".
        (re(r"\b(?:Quốc|Tỉnh)[ \t]+lộ[ \t]+\d{1,3}[A-Z]?(?:,[ \t]*(?:ấp|Ấp|xã|Xã)[ \t]+\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*){0,2})?"), Rule::Plain(Address)),
        // An Indian road by its initials: "G.T. Road", "M.G. Road", "S.V. Marg".
        (re(r"\b(?:[A-Z]\.[ \t]?){2,3}[ \t]*(?:Road|Rd\.|Marg|Salai)\b"), Rule::Plain(Address)),
        // An Italian provincial or state road with its kilometre: "Strada Provinciale 31, km 7".
        (re(r"\b(?:Strada[ \t]+(?:Provinciale|Statale|Regionale|Comunale)|S\.P\.|S\.S\.)[ \t]*\d{1,3}[a-z]?,?[ \t]+km[ \t]*\d{1,3}(?:[.,+]\d{1,3})?"), Rule::Plain(Address)),
        // French-speaking Africa, the Maghreb and the Pacific: a post-office box ("BP 3006", "BP
        // E1234", and "BP 318", as no blood pressure reaches 300; not "BP 138/86" or "BP 90"), a
        // Kanak tribe's village and its commune ("tribu de Tiéta, Voh"), a residence and its
        // building and flat, a cité and its street number, a quarter where someone lives
        // ("domicilié à Cocody Riviera 2"), a health centre or a pharmacy by its place ("Centre de
        // santé de Bonapriso", "Centre de Santé Communal Tamanar", a village's "Poste de santé de
        // Mlomp", "pharmacie du Rond-Point"), a
        // named avenue.
        (re(r"\b((?:B\.?P\.?|S\.L\.P\.?)[ \t]+(?:[A-Z]\d{1,6}|\d{4,6}|[3-9]\d{2}))(?:[^\d/]|$)"), Rule::Plain(Address)),
        (re(r"\btribus?[ \t]+(?:de[ \t]+|d['’])(\p{Lu}\p{L}+(?:[ \t\-]\p{Lu}\p{L}+)?)"), Rule::Plain(Location)),
        (re(r"\btribus?[ \t]+(?:de[ \t]+|d['’])\p{Lu}\p{L}+(?:[ \t\-]\p{Lu}\p{L}+)?,[ \t]*(\p{Lu}\p{L}+(?:[ \t\-]\p{Lu}\p{L}+)?)"), Rule::Plain(Location)),
        (re(r"\bRésidence[ \t]+\p{Lu}\p{L}+(?:(?:[ \t]+(?:de[ \t]+la|de|du|des)[ \t]+|[ \t]+(?:de[ \t]+l|d)['’]|[ \t]+)\p{Lu}\p{L}+){0,3}(?:,[ \t]*(?:Imm\.?|Immeuble|[Bb]ât\.?|[Bb]âtiment|Bloc)[ \t]*[A-Z0-9]{1,4})?(?:,[ \t]*(?:Apt|Appt|App)\.?[ \t]*\d{1,4})?"), Rule::Plain(Address)),
        // A Moroccan estate with its block and number: "Lot Al Houda, Bloc C n° 112".
        (re(r"\b(?:Lot|Lotissement)[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2},?[ \t]+(?:(?:Bloc|Imm\.?|Immeuble)[ \t]+[A-Z0-9]{1,3},?[ \t]+)?(?:[nN][°º]|No\.?)[ \t]*\d{1,4}\b"), Rule::Plain(Address)),
        // Algeria's estates by their number of flats, with block and door: "Cité 850 Logements,
        // Bt 3 n° 12".
        (re(r"\bCité[ \t]+(?:\d{2,5}[ \t]+(?i:logements|lgts|logts)\.?|\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+){0,2})(?:,[ \t]*(?:(?i:rue)[ \t]+\d{1,5}|(?:Bt|Bât\.?|Bâtiment|Bloc)[ \t]*[A-Z0-9]{1,4})(?:[ \t]+n[°º][ \t]*\d{1,4})?)?"), Rule::Plain(Address)),
        (re(r"(?i:\b(?:domicilié|domiciliée|domicile|demeurant|résidant|résidente?|habitant|habite))[ \t]+(?:à|au|aux)[ \t]+(\p{Lu}\p{L}+(?:[ \t\-]\p{Lu}\p{L}+){0,2}(?:[ \t]+\d{1,2}\b)?)"), Rule::Plain(Location)),
        (re(r"\b(?:(?:Centre|Centres)[ \t]+(?i:de[ \t]+santé(?:[ \t]+(?:intégré|communal|rural|urbain))?|médico-hospitalier|médical|médico-social|hospitalier)|(?:Poste|Case)[ \t]+(?i:de[ \t]+santé))[ \t]+(?:de[ \t]+|du[ \t]+|d['’])?\p{Lu}\p{L}+(?:[ \t\-]\p{Lu}\p{L}+){0,2}"), Rule::Plain(Facility)),
        (re(r"\b(?i:pharmacie)[ \t]+(?:du[ \t]+|de[ \t]+la[ \t]+|des[ \t]+|de[ \t]+|d['’])?\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+)?"), Rule::Plain(Facility)),
        (re(r"\b(?:Avenue|Boulevard)[ \t]+(?:de[ \t]+l['’]|de[ \t]+la[ \t]+|du[ \t]+|des[ \t]+)\p{Lu}[\p{L}\-]+"), Rule::Plain(Address)),
        // A quarter of a French-speaking African city by its word ("Quartier Hamdallaye"), and the
        // commune or town after it and a comma, listed or not ("Quartier Hamdallaye, Ratoma").
        (re(QUARTIER), Rule::Plain(Address)),
        (re(&format!(r"{QUARTIER},[ \t]*(\p{{Lu}}\p{{Ll}}+(?:[ \t\-]\p{{Lu}}\p{{Ll}}+)?)(?:[ \t]*[,;.)]|$)")), Rule::Plain(Location)),
        // A French hospital of a territory whose name closes with a lower-case adjective: "Centre
        // Hospitalier de la Polynésie française", "Centre hospitalier de l'Ouest guyanais".
        (re(&format!(r"\bCentres?[ \t]+[Hh]ospitaliers?(?:[ \t]+(?:Universitaire|Régional|Territorial))?[ \t]+{FRENCH_OF}\p{{Lu}}\p{{L}}+(?:[ \t\-]\p{{Lu}}\p{{L}}+)?[ \t]+\p{{Ll}}+(?:ais|aise|ois|oise|ien|ienne|ain|aine)\b")), Rule::Plain(Facility)),
        // A house in French Polynesia by the kilometre post on the coast road and its side, and the
        // town after it: "PK 12,5 côté mer, Punaauia", "PK 3,2 côté montagne".
        (re(r"\bPK[ \t]*\d{1,3}(?:[,.]\d{1,2})?[ \t]+côté[ \t]+(?:mer|montagne|lagon)\b"), Rule::Plain(Address)),
        (re(r"\bPK[ \t]*\d{1,3}(?:[,.]\d{1,2})?[ \t]+côté[ \t]+(?:mer|montagne|lagon),[ \t]*(\p{Lu}[\p{L}'’ʻ\-]+(?:[ \t]\p{Lu}[\p{L}'’ʻ\-]+)?)"), Rule::Plain(Location)),
        // A Polynesian place whose glottal stop is written as an apostrophe, syllables of a vowel
        // or a consonant and a vowel, after "of", "in", "from", "near", "at" or a comma: "Faa'a",
        // "Hawai'i", "Nu'uanu" (not "Ma'am", not "O'Brien").
        (re(r"(?:(?i:\b(?:of|in|from|near|at))|,)[ \t]+(\p{Lu}(?:[aeiouāēīōū]|[hkmnprtvwfgl][aeiouāēīōū])*['’ʻ](?:[aeiouāēīōū]|[hkmnprtvwfgl][aeiouāēīōū])+)\b"), Rule::Plain(Location)),
        // A French national, university or regional hospital by its kind alone, the town after it
        // optional ("Centre Hospitalier National", "Centre Hospitalier Universitaire de Kara"), and a
        // plot in a West African city by its block and lot ("Îlot K, lot 118").
        (re(&format!(r"\bCentres?[ \t]+[Hh]ospitaliers?[ \t]+(?:National|Universitaire|Régional|Départemental|Préfectoral|Provincial|Territorial|Intercommunal)(?:[ \t]+{FRENCH_OF}\p{{Lu}}\p{{L}}+(?:[ \t\-]\p{{Lu}}\p{{L}}+){{0,2}})?")), Rule::Plain(Facility)),
        (re(r"\b[ÎIîi]lot[ \t]+[A-Z]{1,2}\d{0,2},?[ \t]*(?:lot|Lot)[ \t]*(?:n°[ \t]*)?\d{1,4}[A-Za-z]?\b"), Rule::Plain(Address)),
        // A French street named for a day ("Boulevard du 13 Janvier", "Rue du 4 Septembre"): the
        // street, not a date.
        (re(&format!(r"\b(?:Avenue|Av\.|Boulevard|Bd\.?|Rue|Place)[ \t]+du[ \t]+\d{{1,2}}(?:er)?[ \t]+(?i:{FOREIGN_MONTH})\b(?:[ \t]+\d{{4}}\b)?")), Rule::Plain(Address)),
        // East Africa: an age after the Swahili (or Polish) word for years ("miaka 91", "lat 93"),
        // a place before the word for what it is ("Olympic estate", "Kirkos sub-city"; in Turkish
        // "Yukarıçiftlik köyü"), a Rwandan national number in its groups, a street named with an
        // ordinal and no house number ("3rd Parklands Avenue"), an Ethiopian district by its
        // number ("woreda 08").
        (re(r"(?i:\b(?:miaka|lat))[ \t]+(9\d|1[0-2]\d)\b"), Rule::Plain(Age)),
        (re(r"\b(\p{Lu}\p{Ll}+)[ \t]+(?:estate|village|sub-county|sub-city|municipality|woreda|kebele|köyü|köyünde|köyünden|beldesi|ilçesi)\b"), Rule::Plain(Location)),
        (re(r"\b1[ ]?(?:19|20)\d{2}[ ]?[78][ ]?\d{7}[ ]?\d[ ]?\d{2}\b"), Rule::Plain(Id)),
        (re(r"\b\d{1,2}(?:st|nd|rd|th)[ \t]+\p{Lu}\p{Ll}+[ \t]+(?:Avenue|Road|Street|Drive|Lane)\b"), Rule::Plain(Address)),
        (re(r"(?i:\bworeda)[ \t]+\d{1,2}\b"), Rule::Plain(Location)),
        // Israel: the health funds and their clinics ("Clalit Kiryat Yovel clinic"), kibbutzim,
        // moshavim and towns by their first word, streets after "Rehov", Tel Aviv and Tel HaShomer.
        (re(r"\b(?:Clalit|Maccabi|Meuhedet|Leumit)(?:[ \t]+\p{Lu}\p{Ll}+){0,2}(?:[ \t]+clinic)?\b"), Rule::Plain(Facility)),
        (re(r"\b(?:Kibbutz|Moshav|Kfar|Kiryat|Givat|Ramat|Neve|Beit|Ma'ale)[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}\p{Ll}+)?"), Rule::Plain(Location)),
        (re(r"\b(?:Rehov|Rechov|Derech|Sderot)[ \t]+(?:\p{Lu}\p{L}+[ \t]+){1,3}\d{1,4}\b"), Rule::Plain(Address)),
        (re(r"\bTel[ \t]+(?:Aviv(?:-Yafo)?|HaShomer|Sheva|Mond)\b"), Rule::Plain(Location)),
        // Drug makers and contract research organisations by their names, which drug-safety
        // reports give alone ("called Pfizer Medical Information", "IQVIA Safety"); not those that
        // are also clinical abbreviations (PPD, BMS) or a first name alone ("Lilly"), nor a maker
        // in brackets naming its vaccine ("dose 4 (Pfizer, lot ...)"), which the empty group leaves.
        // Home medical equipment and oxygen suppliers by their names, which an order gives alone
        // ("Home oxygen from Apria").
        (re(r"\b(?:Apria(?:[ \t]+Healthcare)?|Lincare|AdaptHealth|Rotech(?:[ \t]+Healthcare)?|AeroCare|Byram[ \t]+Healthcare|Edgepark)\b"), Rule::Plain(Facility)),
        // Genetic testing laboratories by their names, which a counselling note gives alone
        // ("Invitae report ..."); not "Myriad" or "Color", which are words first.
        (re(r"\b(?:Invitae|GeneDx|Ambry(?:[ \t]+Genetics)?|Myriad[ \t]+Genetics|Natera|Blueprint[ \t]+Genetics|Fulgent(?:[ \t]+Genetics)?|PreventionGenetics|Baylor[ \t]+Genetics|AncestryDNA|23andMe)\b"), Rule::Plain(Facility)),
        (re(r"\((?:Pfizer|Moderna|Novavax|AstraZeneca|Janssen|Sanofi|GSK)[,)]()|\b(?:Pfizer|Merck|AstraZeneca|Novartis|Genentech|GlaxoSmithKline|GSK|Sanofi|AbbVie|Bristol[ \t\-]Myers[ \t]Squibb|Eli[ \t]Lilly|Janssen|Johnson[ \t]&[ \t]Johnson|Amgen|Gilead|Takeda|Boehringer[ \t]Ingelheim|Moderna|Regeneron|Biogen|Novo[ \t]Nordisk|Viatris|Daiichi[ \t]Sankyo|Astellas|Eisai|Otsuka|IQVIA|Parexel|Syneos(?:[ \t]Health)?|Medpace|Labcorp)\b"), Rule::Plain(Facility)),
        // Workers' compensation insurers and claims administrators by their names, which no
        // facility word follows ("Adjuster Kristin Albrecht (Travelers, ...)", "CorVel denied").
        (re(r"\b(?:Liberty[ \t]+Mutual|The[ \t]+Hartford|Gallagher[ \t]+Bassett|Sedgwick[ \t]+CMS|Sedgwick|CorVel|Broadspire|AmTrust|Chubb|ICW[ \t]+Group|Genex|Travelers)(?:[ \t]+(?:Insurance|Indemnity|Casualty|Claims))?\b"), Rule::Plain(Facility)),
        // A time after the department someone is taken to, not where it reads as a year
        // ("dropped at Radiology 0930"; no 19:00-20:39, as after a film).
        (re(r"(?i:\b(?:radiology|x-?ray\s+department|imaging))[ \t]+(?:at[ \t]+)?((?:[01][0-8]|2[1-3])[0-5]\d|20[45]\d)\b"), Rule::Plain(Date)),
        // A weekday and an ordinal day: "Thu 3rd".
        (re(r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?\.?[ \t]+\d{1,2}(?:st|nd|rd|th)\b"), Rule::Plain(Date)),
        // An age before the word for years: "90 th" (tahun, in Indonesian; never "90th"), Polish
        // "93 lata", Turkish "92 yaşında". The age alone is the span.
        (re(r"\b(9\d|1[0-2]\d)[ \t]+(?:th|lat|lata|yaşında|yaşındaki|yaş|yaşlı)\b"), Rule::Plain(Age)),
        // Nigeria: teaching hospitals and federal medical centres by their initials, with the town
        // after them ("UCH Ibadan", "FMC Abeokuta"); a plot and its street ("Plot 14, Adeola
        // Odeku Street"; India's "Plot No. 8, MIDC Phase Road No. 2" numbers the road as well).
        (re(r"\b(?:LUTH|LASUTH|UCH|UNTH|ABUTH|OAUTHC|UITH|UBTH|JUTH|AKTH|UMTH|NAUTH|FETHA|FMC|KBTH|KATH|CCTH|EFSTH|UGMC)\b(?:[ \t]+\p{Lu}\p{Ll}+)?"), Rule::Plain(Facility)),
        (re(r"\bPlot[ \t]+(?:No\.?[ \t]*)?\d{1,5}[A-Z]?,?[ \t]+(?:\p{Lu}\p{L}+[ \t]+){1,4}(?:Street|Road|Avenue|Close|Crescent|Way|Drive|Lane|Str\.|Rd\.?|Ave\.?)(?:[ \t]+No\.?[ \t]*\d{1,3}\b)?"), Rule::Plain(Address)),
        // Youth programmes: a camp by its name ("YMCA Camp Warren", "Camp Kesem Minnesota"), a
        // Scout troop's or pack's number.
        (re(r"\b(?:(?:YMCA|YWCA)[ \t]+)?Camp[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}"), Rule::Plain(Facility)),
        (re(r"\b(?:Troop|Pack)[ \t]+#?(\d{1,4})\b"), Rule::Plain(Id)),
        // Initials in a list, as a roster gives campers or subjects: "A.R., J.T., M.K.".
        (re(r"\b[A-Z]\.[A-Z]\.(?:[A-Z]\.)?(?:(?:,[ \t]*|,?[ \t]+and[ \t]+)[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)+"), Rule::InitialsList),
        // A VA claim ("C-file") number: "C-28 447 193".
        (re(r"\bC-?\d{2}[ ]?\d{3}[ ]?\d{3}\b"), Rule::Plain(Id)),
        // Brazil: a mobile with its area code in brackets ("(11) 98765-4321"), an hour after "às"
        // ("às 14h").
        (re(r"\(\d{2}\)[ \t]?9?\d{4}-\d{4}\b"), Rule::Plain(Phone)),
        (re(r"(?i:\b(?:às|as|à|a[ \t]+las|vers))[ \t]+((?:[01]?\d|2[0-3])h)\b"), Rule::Plain(Date)),
        // Poland: hospitals, clinics and institutes by their first word in any case ("ze Szpitala
        // Bielańskiego", "z Przychodni Lekarzy Rodzinnych „Medyk”"), its number after "nr"
        // ("Szpital Specjalistyczny nr 1 w Bytomiu"), a patron after "im." and the town after "w"
        // (ages by "lat" are read with the other languages' words for years).
        (re(r"\b(?:(?:Uniwersytecki|Wojewódzki|Powiatowy|Miejski|Samodzielny[ \t]+Publiczny|Wielospecjalistyczny|Specjalistyczny|Kliniczny)[ \t]+)*(?:Szpital(?:a|u|em)?|Przychodni[aęą]?|Instytut(?:u)?|Centrum|Poradni[aęą]?|Ośrodek|Ośrodka)(?:[ \t]+(?:\p{Lu}\p{L}+|[–\-]|„\p{Lu}\p{L}+”|\x22\p{Lu}\p{L}+\x22)){1,5}(?:[ \t]+nr[ \t]+\d{1,3})?(?:[ \t]+im\.[ \t]+(?:(?:św\.|bł\.|prof\.|dr\.?|gen\.|Jana[ \t]+Pawła)[ \t]+)?\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+){0,2})?(?:[ \t]+we?[ \t]+\p{Lu}\p{L}+)?"), Rule::Plain(Facility)),
        // Polish associations, foundations and co-operatives by their first word, with a branch
        // in a town after a comma ("Zrzeszenie Kaszubsko-Pomorskie, Oddział w Kartuzach").
        (re(r"\b(?:Zrzeszenie|Stowarzyszenie|Towarzystwo|Fundacja|Spółdzielnia)(?:[ \t]+\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?){1,4}(?:,?[ \t]+(?:Oddział|Koło)[ \t]+(?:\p{Lu}\p{L}+[ \t]+)?we?[ \t]+\p{Lu}\p{L}+)?"), Rule::Plain(Facility)),
        // Germany's social insurance (pension) number: area, birth date, the surname's initial and
        // a serial ("12 150386 B 417"), with or without its spaces.
        (re(r"\b\d{2}[ \t]?(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[ \t]?[A-Z][ \t]?\d{3}\b"), Rule::Plain(Id)),
        // Russia: a town after "г." (город), the abbreviation outside as with the year's "г." after
        // a date, two words when an adjective opens it ("г. Набережные Челны"), never after a
        // year's digits on its line ("2026 г. Рентгенография" ends a sentence there; a line may
        // open with it), and the six-digit postcode before it ("420111, г. Казань"); a Tatar or
        // Bashkir street with "урамы" after its name ("Тукай урамы 18"); a mobile with the trunk
        // "8" ("8 917 284 66 13") and a landline with it, its area code in brackets ("8 (41134)
        // 2-41-73", "8 (4112) 41-72-93", "8 (30145) 4 17 29").
        (re(r"\b(\d{6}),?[ \t]+г\.[ \t]*\p{Lu}"), Rule::Plain(Location)),
        (re(r"(?:^|[^\d \t]|\d{6})[ \t]*\bг\.[ \t]*(\p{Lu}\p{Ll}*(?:ые|ий|ый|ая|ое|ой)[ \t]+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)"), Rule::Plain(Location)),
        (re(r"\b\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+урамы(?:,?[ \t]*\d{1,4}[а-я]?\b)?"), Rule::Plain(Address)),
        (re(r"\b8[ \t\-]?\(?9\d{2}\)?[ \t\-]?\d{3}(?:[ \t\-]?\d{2}){2}\b"), Rule::Plain(Phone)),
        (re(r"\b8[ \t]?\([1-9]\d{2,4}\)[ \t]?\d{1,3}(?:[ \t\-]\d{2}){2}\b"), Rule::Plain(Phone)),
        // A Japanese pottery's kiln by its name and "-gama" ("Shirakawa-gama").
        (re(r"\b\p{Lu}\p{Ll}+-gama\b"), Rule::Plain(Facility)),
        // Estonia: a farm and its village ("Pähni talu, Lüllemäe küla"), a non-profit by its
        // form first ("MTÜ Obinitsa Leelokoor"), a mobile alone in brackets ("(5621 7730)").
        (re(r"\b\p{Lu}\p{Ll}+[ \t]+talu(?:,[ \t]*\p{Lu}\p{Ll}+[ \t]+küla)?\b"), Rule::Plain(Address)),
        (re(r"\bMTÜ(?:[ \t]+\p{Lu}[\p{L}\-]*){1,4}"), Rule::Plain(Facility)),
        (re(r"\((5\d{3}[ \t]?\d{3,4})\)"), Rule::Plain(Phone)),
        // India: an industrial area and the plot on it ("Jajmau Industrial Area, Plot 41").
        (re(r"\b\p{Lu}\p{Ll}+[ \t]+Industrial[ \t]+(?:Area|Estate),[ \t]*Plot[ \t]+(?:No\.?[ \t]*)?\d{1,4}[A-Z]?\b"), Rule::Plain(Address)),
        // A federal prison or detention centre by its kind and town: "FCI Sheridan", "MDC Brooklyn".
        (re(r"\b(?:FCI|FCC|USP|FMC|FDC|MDC|FPC|MCC)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?"), Rule::Plain(Facility)),
        // The Philippines: a hospital named "of" its city in Tagalog ("Ospital ng Maynila"), a
        // rural health unit or barangay health station by its town, a purok or sitio (the zones
        // of a barangay).
        (re(r"\b(?:Ospital|Pagamutan|Pagamutang[ \t]+Bayan|Sentrong[ \t]+Medikal)[ \t]+ng[ \t]+(?:Lungsod[ \t]+ng[ \t]+)?\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+){0,2}"), Rule::Plain(Facility)),
        (re(r"\b(?:RHU|BHS|BHC)[ \t]+(?:of[ \t]+|ng[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?|\b\p{Lu}\p{Ll}+[ \t]+(?:RHU|BHS)\b"), Rule::Plain(Facility)),
        (re(r"\b(?:Purok|Sitio)[ \t]+(?:\d{1,2}[A-Z]?|\p{Lu}\p{Ll}+)\b"), Rule::Plain(Location)),
        // A fire department by its town and the word "Fire", before its units and ranks ("Eugene
        // Springfield Fire medic 6"); not a state agency ("Cal Fire") nor an incident ("the
        // Ridgeline Fire").
        (re(r"\b((?:\p{Lu}\p{Ll}+[ \t]+){1,3}Fire(?:[ \t]+(?:&|and)[ \t]+Rescue)?)[ \t]+(?i:medic|medics|engine|truck|ladder|station|crew|paramedics?|emt)\b"), Rule::Plain(Facility)),
        // Turkey: hospitals, faculties, health centres and works by the word that ends their
        // names; streets by theirs, with the door and flat numbers after ("No: 42/7", "D: 4");
        // a neighbourhood by "Mah." (a village by "köyü" is East Africa's rule for a place before
        // its word).
        (re(&format!(r"\b{TURKISH_FACILITY}\b")), Rule::TurkishTail(Facility)),
        (re(&format!(r"\b(?:Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Sokağı|Sk\.|Blv\.|Bulvarı|Bul\.){TURKISH_DOOR}")), Rule::TurkishTail(Address)),
        (re(r"\b(?:Mah\.|Mahallesi|Mh\.)"), Rule::TurkishTail(Location)),
        // An Uzbek street by the word after its name, with its number: "Berdaq ko'chasi 12",
        // "Amir Temur shoh ko'chasi 4" (an avenue), "Navoiy prospekti 30".
        (re(r"\b(?:(?:shoh|tor)[ \t]+)?(?:ko['’ʻ‘`]chasi|prospekti)(?:[ \t]+\d{1,4}[A-Za-z]?\b)?"), Rule::TurkishTail(Address)),
        // ... and a street known by its number, as new quarters number them: "1203 Sok. No: 8";
        // an organised industrial zone's streets by their ordinal, the zone before them:
        // "Organize Sanayi Bölgesi 3. Cadde No: 14".
        (re(&format!(r"\b\d{{1,5}}[ \t]*(?:Sok\.|Sokak|Sk\.|Cad\.|Cd\.){TURKISH_DOOR}")), Rule::Plain(Address)),
        (re(&format!(r"\b(?:Organize[ \t]+Sanayi[ \t]+Bölgesi,?[ \t]+|OSB[ \t]+)?\d{{1,3}}\.[ \t]+(?:Cadde|Caddesi|Sokak|Sokağı){TURKISH_DOOR}")), Rule::Plain(Address)),
        // Letters before a long number, as portals print a case: "HAP 44128839".
        (re(r"\b([A-Z]{2,4})[ \t]+\d{7,}\b"), Rule::PrefixedNumber),
    ]

}
