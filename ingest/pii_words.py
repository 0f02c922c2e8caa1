"""Word lists for the PERSON corrections: frequent English words that are not names
(``COMMON_WORDS``, for ``ingest.pii_names.drop_common_words``) and given names (``GIVEN_NAMES``,
for ``ingest.pii_missed_names.add_given_names``). Data only, generated once outside the project; nothing is fetched at
run time.

spaCy's small English model tags many capitalised everyday words as people ("Rate", "Jump",
"Complete", "Sick Leave"). These are the 8,000 most frequent English words of wordfreq 3.1
(word list data CC BY-SA 4.0, Robyn Speer et al.), ASCII letters only, minus every given name
and surname in Faker 40's person providers (all locales) and, by hand, public figures ("Putin"),
romanised Chinese and Korean surnames that are also English words ("Song", "Park"), name
particles ("Du") and profanity. A word that is also a name must not be here: a name is masked
unless it is left out of this list.

Regenerate (outside the project's environment, after ``pip install wordfreq faker``)::

    import importlib
    from faker.config import AVAILABLE_LOCALES
    from wordfreq import top_n_list

    names = set()
    for loc in AVAILABLE_LOCALES:
        try:
            p = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:
            continue
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names",
                     "first_names_nonbinary", "last_names_male", "last_names_female"):
            v = getattr(p, attr, None)
            if isinstance(v, (dict, list, tuple, set)):
                names |= {w.casefold() for n in v for w in n.replace("-", " ").split()}
    words = sorted(w for w in top_n_list("en", 8000) if w.isalpha() and w.isascii()
                   and (len(w) >= 2 or w == "i") and w not in names and w not in BY_HAND)

with ``BY_HAND``:

    ash barack batman des di du han hitler honey jin jr lt putin rain satan shakespeare
    sr superman trump xi sun song long fan pan he ma ye yu lu hu li shi wan gu fang ding
    bai lei tan ming hong wei yang moon park oh kang jung shin said chin lo wu ho bo
    fuck fucking fucked fuckin shit shitty bitch ass asshole pussy porn penis tits cum
    anal crap bullshit goddamn damn rape raped sexy nude piss pissed dude dudes
"""

COMMON_WORDS: frozenset[str] = frozenset(
    """
    aa abandon abandoned abc abilities ability able aboard abortion about above abroad absence
    absent absolute absolutely abstract absurd abu abuse abused ac academic academy accent
    accept acceptable acceptance accepted accepting access accessible accessories accident
    accidentally accidents accommodate accommodation accompanied accomplish accomplished
    accordance according accordingly account accounting accounts accuracy accurate accurately
    accused achieve achieved achievement achievements achieving acid acknowledge acknowledged
    acoustic acquire acquired acquisition acre acres across act acted acting action actions
    activated active actively activist activists activities activity actor actors actress acts
    actual actually acute ad adapt adaptation adapted added addiction adding addition
    additional additionally address addressed addresses addressing adds adequate adjacent
    adjust adjusted administered administration administrative administrator admire admission
    admit admits admitted adopt adopted adoption adorable ads adult adults advance advanced
    advances advantage advantages adventure adventures advertising advice advise advised
    adviser advisor advisory advocate advocates aesthetic af affair affairs affect affected
    affecting affects affiliate affiliated afford affordable afghanistan afraid africa african
    after afternoon afterwards ag again against age aged agencies agency agenda agent agents
    ages aggregate aggressive aging ago agree agreed agreement agreements agrees agricultural
    agriculture ahead ai aid aids aim aimed aims air aircraft airline airlines airport airports
    aka alarm alaska album albums alcohol alert algorithm alien aliens alike alive all
    allegations alleged allegedly alliance allied allies allow allowed allowing allows almost
    alone along alongside alot already alright also alter altered alternate alternative
    alternatives although altogether aluminum always am amateur amazing amazon ambassador
    ambitious ambulance amen amendment american americans amid amongst amount amounts amsterdam
    analysis analyst anatomy ancestors anchor ancient and android angels anger angle angry
    animal animals animated animation anime ankle anniversary announce announced announcement
    announces annoyed annoying annual annually anonymous another answer answered answering
    answers anti anticipated anxiety anxious any anybody anymore anyone anything anytime anyway
    anyways anywhere ap apart apartment apartments apologize apology app apparent apparently
    appeal appealing appeals appear appearance appearances appeared appearing appears apple
    apples applicable applicants application applications applied applies apply applying
    appointed appointment appointments appreciate appreciated appreciation approach approached
    approaches approaching appropriate approval approve approved approximately apps apr ar
    arabia arabic arc architect architectural architecture archive archives arctic are area
    areas arena argentina argue argued argues arguing argument arguments arise arkansas arm
    armed armor arms army around arrange arranged arrangement arrangements array arrest
    arrested arrival arrive arrived arrives arriving arrow arsenal article articles artificial
    artillery artist artistic artists artwork as ashamed ashes asian aside ask asked asking
    asks asleep aspect aspects assault assembled assembly assess assessment asset assets
    assigned assignment assist assistance assistant assisted assists associate associated
    associates association associations assume assumed assuming assumption assumptions assure
    assured asylum at ate athlete athletes athletic atlantic atmosphere atomic attached attack
    attacked attacking attacks attempt attempted attempting attempts attend attendance attended
    attending attention attitude attitudes attorney attorneys attract attracted attraction
    attractive attributed au auction audience audiences audio audit aug aunt australia
    australian austria authentic authorities authority authorized authors autism auto automatic
    automatically automobile automotive availability available ave avenue average aviation
    avoid avoided avoiding aw awake award awarded awards aware awareness away awesome awful
    awkward axis ba babies bachelor backed background backing backs backup backwards bacon
    bacteria bad badge badly bag bags balance balanced ballet ballot balls baltimore banana
    band bands bang bangladesh bank banking bankruptcy banned banner bar barcelona barely
    bargain barn barrel barrier barriers bars base baseball based basement bases basic
    basically basin basis basket basketball bat bathroom batteries battery battle battlefield
    battles bay bbc bc be beach beaches beam beans bear bearing bears beast beaten beating
    beats beautiful beauty became because become becomes becoming bed bedroom beds beef been
    bees before beg began begging begin beginning begins begun behalf behave behavior behaviour
    behind beijing being beings belgium belief beliefs believe believed believes believing
    belly belong belonged belonging belongs beloved below belt bench bend beneath beneficial
    benefit benefits berkeley beside besides bet better betting between beyond bi bias bible
    bicycle bid big bigger biggest bike billion billions bills bin binary binding bio
    biological biology birds birth birthday bit bitcoin bits bitter bizarre blacks blade blame
    blank blanket blast bleeding blend bless blessed blew blind blocked blocking blocks blog
    blogs blonde blood bloody bloom blow blowing blown blows blue blues board boarding boards
    boat boats bodies body bold bolt bomb bombing bombs bonds bone bonus book booked books boom
    boost boot boots border borders bored boring born borrow both bother bothered bottle
    bottles bottom bought bounce bound boundaries boundary bout bow bowl bowling box boxes
    boxing boy boyfriend boys brains brake branches brass brave brazil brazilian breach bread
    break breakdown breakfast breaking breaks breast breasts breath breathe breathing breed
    breeding bride brief briefly brilliant bring bringing brings brisbane britain british bro
    broad broadcast broadcasting broader broadway broke broken bronze bros brother brothers
    brought brush brussels brutal bs btw bubble bucket bucks budget buffalo bug bugs build
    building buildings builds built bulk bullet bullets bulls bullying bump bunch bundle burden
    bureau buried burn burned burning burnt burst bus buses business businesses businessman
    bust busy but butt butter butterfly button buttons buy buyer buyers buying buys buzz by bye
    ca cab cabin cabinet cable cafe cage cake calculated calendar california call called
    calling calls calm calories cambridge came camera cameras campaign campaigns camping campus
    canada canadian cancel cancelled cancer candidate candidates cannabis cannot canon canvas
    capabilities capability capable capacity cape capital capitalism capitol caps capture
    captured carbon card cards care cared career careers careful carefully cargo caribbean
    caring carpet carried carriers carries carrying cars cart cartoon casino cast casting
    castle casual casualties cat catch catches catching categories category cathedral catholic
    cats cattle caught cause caused causes causing caution cave cbs cc cd cease ceiling
    celebrate celebrated celebrating celebration celebrities celebrity cell cells celtic cement
    cemetery census cent center centered centers central centre centres cents centuries century
    ceo ceremony certain certainly certificate certification certified ch chain chains chair
    chairman chairs challenge challenged challenges challenging chamber champion champions
    championship championships chancellor chances change changed changes changing channel
    channels chaos chapel chapter chapters character characteristic characteristics
    characterized characters charge charged charges charging charm charming chart charter
    charts chasing chat cheap cheaper cheat cheating check checked checking checks cheek cheer
    cheers cheese chef chemical chemicals chemistry chess chest chicago chick chicken chief
    chiefs child childhood children chile chill chinese chips chocolate choice choices choose
    choosing chose chosen christianity christians christmas chronic churches cia cigarette
    cigarettes cincinnati cinema circle circles circuit circular circulation circumstances
    circus cited cities citing citizen citizens citizenship city civic civil civilian civilians
    civilization claim claimed claiming claims clan clash class classes classic classical
    classification classified classroom clause clean cleaned cleaning clearance cleared
    clearing clearly clerk clever click client clients climate climb climbing clinic clinical
    clip clips clock closed closely closer closes closest closet closing closure cloth clothes
    clothing cloud clouds clown club clubs clue cluster cm cnn co coach coaches coaching coal
    coalition coast coastal coat cocaine code codes coffee cognitive coin coincidence coins
    coke col cold collaboration collapse collar colleague colleagues collect collected
    collecting collection collections collective college colleges collision colombia colonial
    colonies colony color colorado colored colors colour colours column columns com combat
    combination combine combined come comeback comedian comedy comes comfortable comic comics
    coming command commander commands commentary commented comments commerce commercial
    commission commissioned commissioner commit commitment committed committee committees
    common commonly commons commonwealth communicate communication communications communist
    communities community compact companies companion comparable compare compared comparing
    comparison compassion compatible compelling compensation compete competing competition
    competitive competitors compiled complain complained complaining complaint complaints
    complete completed completely completing completion complex complexity compliance
    complicated complications comply component components composed composite composition
    compound compounds comprehensive compromise computer computers computing concentrate
    concentrated concentration concept concepts concern concerned concerning concerns concert
    concerts concluded conclusion conclusions concrete condemned condition conditions conduct
    conducted conducting conference conferences confidence confident configuration confirm
    confirmation confirmed conflict conflicts confused confusing confusion congrats
    congratulations congress congressional conjunction connect connected connecticut connecting
    connection connections conscience conscious consciousness consecutive consensus consent
    consequence consequences consequently conservation conservative conservatives consider
    considerable considerably consideration considered considering considers consist
    consistency consistent consistently consisting consists console conspiracy constantly
    constitution constitutional construct constructed construction consultant consultation
    consulting consumed consumer consumers consumption contact contacted contacts contain
    contained container containing contains contemporary content contents contest context
    continent continental continue continued continues continuing continuous continuously
    contract contractors contracts contrary contrast contribute contributed contributing
    contribution contributions control controlled controller controlling controls controversial
    controversy convenience convenient convention conventional conversation conversations
    conversion convert converted convicted conviction convince convinced convincing cooked
    cookie cookies cooking cool cooler cooling cooperation cop cope copies copper cops copy
    copyright core corn corner corners corp corporate corporation corporations corps correct
    corrected correction correctly corresponding corrupt corruption cos cost costly costs
    costume cottage cotton couch cough could councils counsel count counted counter counties
    counting countless countries country counts county coup couple coupled couples courage
    course courses court courtesy courts cover coverage covered covering covers cow cowboys
    cows cr crack cracked craft crash crashed crazy cream create created creates creating
    creation creative creativity creator creature creatures credit credits creek creepy crew
    cricket cried cries crime crimes criminal criminals crisis criteria critic critical
    criticism criticized critics crop crops crossed crossing crowd crowded crown crucial crude
    cruel crush crushed cry crying ct cuban cult cultural culture cultures cup cups cure
    curiosity curious currency current currently curriculum curse curve custody custom customer
    customers customs cut cute cuts cutting cyber cycle cycles cycling cylinder czech dad daddy
    daily dairy damage damaged damages dame dance dancer dancing danger dangerous dark darker
    darkness data database dated dates dating daughter daughters days dc dead deadline deadly
    deaf deal dealer dealers dealing deals dealt dear death deaths debate debates debt debts
    debut dec decade decades deceased december decent decide decided decides deciding decision
    decisions deck declaration declare declared decline declined decorated decrease decreased
    dedicated dedication deemed deeper deeply deer default defeat defeated defence defend
    defendant defended defender defenders defending defense defensive deficit define defined
    defining definitely definition degree degrees delay delayed delays delegates delete deleted
    delhi deliberately delicate delicious delight delighted deliver delivered delivering
    delivery demand demanded demanding demands demo democracy democrat democratic democrats
    demon demons demonstrate demonstrated demonstration denial denied denmark dense density
    dental deny denying department departments departure depend dependent depending depends
    deployed deposit deposits depot depressed depression depth deputy derby derived descent
    describe described describes describing description desert deserve deserved deserves design
    designated designed designer designers designs desire desired desires desk desktop
    desperate desperately despite destination destroy destroyed destroying destruction detail
    detailed details detect detected detection detective detention determination determine
    determined determining detroit develop developed developer developers developing
    development developments device devices devil devoted diabetes diagnosed diagnosis dial
    dialogue diameter diamonds diary dictionary did didnt died dies diesel diet differ
    difference differences different differently difficult difficulties difficulty dig digging
    digital dignity dimension dimensional dimensions dining dinner dip diplomatic direct
    directed direction directions directly director directors directory dirt dirty disabilities
    disability disabled disagree disappear disappeared disappointed disappointing
    disappointment disaster disc discharge discipline disclosure discount discover discovered
    discovery discrimination discuss discussed discusses discussing discussion discussions
    disease diseases disgusting dish dishes disk dismissed disney disorder disorders display
    displayed displays disposal dispute disputes distance distant distinct distinction
    distinctive distinguished distress distributed distribution district districts disturbing
    dive diverse diversity divide divided diving division divisions divorce divorced dj dna do
    doctors doctrine document documentary documentation documented documents dodge does doesnt
    dog dogs doing dollar dollars domain domestic dominant dominated donate donated donation
    donations done dont door doors dose double doubt doubts down download downtown dozen dozens
    dr draft drag dragged dragon dragons drain drama dramatic dramatically drank draw drawing
    drawings drawn draws dream dreaming dreams dress dressed dresses dressing dried drill
    drilling drink drinking drinks drive driven driver drivers drives driving drone drop
    dropped dropping drops drove drug drugs drums drunk dry dual dubai dublin duck due dull
    dumb dump duo duration during dust dutch duties duty dvd dying dynamic dynamics eager eagle
    eagles ear earlier earliest earn earned earning earnings ears earth earthquake ease easier
    easily east eastern easy eat eaten eating eats ebay economic economics economy edge edges
    edinburgh edited editing edition editor editorial editors educated education educational
    effect effective effectively effectiveness effects efficiency efficient effort efforts egg
    eggs ego egypt egyptian eh eight eighth either elaborate elderly elect elected election
    elections electoral electric electrical electricity electronic electronics elegant element
    elementary elements elephant elevated elevator eleven eligible eliminate eliminated
    elimination elite elsewhere em email emails embarrassed embarrassing embassy embrace
    emerged emergency emerging emissions emotion emotional emotionally emotions emperor
    emphasis empire employ employed employee employees employer employers employment empty
    enable enabled enables encounter encountered encounters encourage encouraged encouraging
    end ended ending endless ends enemies enemy energy enforce enforcement engage engaged
    engagement engaging engine engineer engineering engineers engines england enhance enhanced
    enjoy enjoyed enjoying enjoys enormous enough ensure ensuring enter entered entering
    enterprise enterprises enters entertaining entertainment enthusiasm entire entirely
    entities entitled entity entrance entrepreneur entries entry environment environmental
    environments ep epic episode episodes equal equality equally equation equipment equipped
    equity equivalent er error errors escape escaped escort especially espn essay essays
    essential essentially est establish established establishing establishment estate estimate
    estimated estimates et etc eternal ethical ethics ethnic eu euro europe european evaluate
    evaluation even evening event events eventually every everybody everyday everyone
    everything everywhere evidence evident evil evolution evolved ex exact exactly exam
    examination examine examined example examples exams excellence excellent except exception
    exceptional exceptions excess excessive exchange exchanges excited excitement exciting
    exclusive exclusively excuse excuses execute executed execution executive executives
    exercise exercises exhausted exhibit exhibition exist existed existence existing exists
    exit expand expanded expanding expansion expect expectation expectations expected expecting
    expedition expense expenses expensive experience experienced experiences experiencing
    experiment experimental experiments expert expertise experts explain explained explaining
    explains explanation explicit explicitly exploration explore exploring explosion explosive
    export exports expose exposed exposure express expressed expressing expression extend
    extended extending extends extension extensive extent external extra extract extraordinary
    extreme extremely eye eyed eyes fa fabric fabulous face facebook faced faces facial
    facilitate facilities facility facing fact factor factories factors factory facts faculty
    fail failed failing fails failure failures fairly faithful fake fallen falling falls false
    fame familiar families family famous fans fantastic fantasy far fare farm farmers farming
    farms fascinating fashion fashioned fast faster fastest fat fatal father fathers fault
    favor favorite favorites favour favourite fbi fc fear feared fears feast feat feature
    featured features featuring feb february federal federation feed feedback feeding feel
    feeling feelings feels fees feet fell fellow felt female females feminist fence festival
    fever few fewer fi fiber fiction fifa fifteen fifth fifty fig fight fighter fighters
    fighting fights figure figured figures file filed files filing fill filled filling film
    filmed filming films filter final finale finally finals finance financial financially
    financing find finding findings finds fine finest finger fingers finish finished finishing
    finland fire fired fires firing firm firmly firms first fiscal fish fishing fit fitness
    fits fitted fitting five fix fixed fixing fl flag flags flame flames flash flat flavor fled
    flesh flew flexibility flexible flies flight flights flip float floating flooding floors
    flour flow flower flowing flows flu fluid fly flying fm focus focused focuses focusing fold
    folk folks follow followed followers following follows food foods fool footage football for
    forbidden force forced forces forcing forecast foreign forests forever forgive forgot
    forgotten fork form formal formally format formation formed former formerly forming forms
    formula fort forth fortunate fortunately fortune forty forward fossil fought foul found
    foundation foundations founded founder founding four fourth fr fraction frame frames
    framework franchise frankly fraud freak freaking free freedom freeze freezing freight
    frequency frequent frequently freshman friday fridge fried friendly friends friendship from
    front frontier frozen fruit fruits frustrated frustrating frustration ft fuel full fully
    fun function functional functioning functions fund fundamental funded funding funds funeral
    funny fur furious furniture further furthermore fusion future ga gain gained gaining gains
    galaxy gallery gambling game gameplay games gaming gang gap garage garbage garden gardens
    gas gate gather gathered gathering gave gdp gear gen gender generally generate generated
    generating generation generations generator generic generous genes genetic genius genre
    gentle gentleman gentlemen gently genuine genuinely geographic geography germans germany
    get gets getting ghost giant giants gift gifts gig girl girlfriend girls give given gives
    giving glad glasgow global globe glorious glory gloves gm go goal goals goat god goddess
    gods goes goin going gold golf gone gonna goodbye goodness goods google gop gorgeous gospel
    got gotta gotten gov governance governing government governments governors gps grab grabbed
    grade grades gradually graduate graduated graduates graduation grain grammar grandfather
    grandma grandmother granted grants graph graphic graphics grasp grass grateful grave
    gravity great greater greatest greatly greece greek grew grid grief grind grinding grip
    grocery ground grounds group groups grow growing grown grows growth guarantee guaranteed
    guardian guards guess guessing guest guests guidance guide guided guidelines guides guild
    guilt guilty guinea guitar gulf gum guns guys gym ha habit habitat habits hack had haha
    hair half halfway halloween halt hampshire handed handful handle handled handling hands
    handsome hang hanging happen happened happening happens happier happily happiness happy
    harassment harbor harbour hard hardcore harder hardest hardly hardware harmful harvard
    harvest has hat hate hated hates hatred hats have having hawaii hazard hd head headache
    headed heading headline headquarters heads heal healing health healthcare healthy hear
    heard hearing heart hearts heat heated heating heavily heavy heels height heights
    helicopter hello helmet help helped helpful helping helps her herald here heritage hero
    heroes hers herself hes hey hi hidden hide hiding high higher highest highlight highlights
    highly highway hike hilarious him himself hindu hint hip hire hired hiring his hispanic
    historic historical historically history hit hits hitting hiv hmm hobby hockey hold holders
    holding holdings holds hole holes holiday holidays hollow holy home homeland homeless homes
    homework honest honestly honesty honor honored honour hop hoped hopefully hopes hoping
    horizon horrible horror horse horses hospital hospitals host hosted hostile hosting hosts
    hot hotel hotels hour hours household households houses housing how however hp hr http
    https hub huge huh human humanity humans humble humor hundred hundreds hunger hungry
    hunters hunting hurricane hurry hurting hurts husband hybrid hydrogen hype i ibm ice icon
    iconic id idea ideal ideas identical identification identified identify identifying
    identity ideology idiot idiots idk idol if ignorance ignorant ignore ignored ignoring iii
    il ill illegal illinois illness illusion illustrated im image images imagination imagine
    imagined imaging immediate immediately immigrant immigrants immigration immune impact
    impacts imperial implement implementation implemented implications implied implies import
    importance important importantly imported imposed impossible impress impressed impression
    impressive improve improved improvement improvements improving in inability inappropriate
    inc incentive inch inches incident incidents include included includes including inclusion
    inclusive income incoming incorporated incorrect increase increased increases increasing
    increasingly incredible incredibly indeed independence independent independently index
    indian indians indicate indicated indicates indicating indication indigenous indirect
    individual individuals indonesia indoor induced industrial industries industry inevitable
    infantry infected infection infections infinite inflation influence influenced influences
    influential info inform information informed infrastructure ingredients inhabitants initial
    initially initiated initiative initiatives injection injured injuries injury ink inn inner
    innings innovation innovative input inquiry insane insects insert inside insight insist
    insisted inspection inspector inspiration inspire inspired inspiring instagram install
    installation installed instance instances instant instantly instead institute institution
    institutional institutions instruction instructions instructor instrument instrumental
    instruments insult insurance intact intake integral integrated integration integrity intel
    intellectual intelligence intelligent intend intended intense intensity intensive intent
    intention intentions inter interact interaction interactions interactive interest
    interested interesting interests interface interference interim interior intermediate
    internal international internationally internet interpretation interstate intervention
    interview interviewed interviews intimate into introduce introduced introducing
    introduction invasion invented invention inventory invest invested investigate investigated
    investigating investigation investigations investing investment investments investor
    investors invisible invitation invite invited involve involved involvement involves
    involving ios iowa ip ipad iphone iran iranian iraq iraqi irish iron irrelevant is islam
    islamic island islands isolated isolation israeli issue issued issues it italian italy item
    items its itself itunes iv ive jacket jam japan japanese jar java jaw jazz jealous jeans
    jerk jersey jets jewelry jewish jews jobs join joined joining joins joint jokes joking
    journal journalism journalist journalists judged judges judging judgment judicial juice
    july jump jumped jumping jun junction jungle jurisdiction jury just justified justify
    kansas keen keep keeper keeping keeps kentucky kept keyboard keys kg kicked kicking kicks
    kid kidding kidnapped kids kill killed killing kills kinda kindly kindness kinds kingdom
    kings kissed kissing kitchen km knee knees knew knife knights knock knocked know knowing
    knowledge known knows kong korea korean lab label labels labor laboratory labour lack
    lacking ladder ladies laid lake lakes lame lamp land landed landing lands landscape lanes
    language languages lap laptop large largely larger largest las laser last lasted lasting
    late lately later latest latin latter laugh laughed laughing laughs laughter launch
    launched launching laundry lawn laws lawsuit lawyers lay layer layers laying layout lazy lb
    lbs lead leader leaders leadership leading leads leaf league leak leaked leap learn learned
    learning lease least leather leave leaves leaving lebanon lecture lectures led leeds left
    leg legacy legal legally legend legendary legends legislation legislative legislature legit
    legitimate legs leicester length lens lesbian lesser lesson lessons let lets letter letters
    letting level levels lgbt liability liar liberal liberals libraries library licence license
    licensed licensing lied lieutenant life lifestyle lifetime lift lifted lifting light
    lighter lighting lightly lightning lights like liked likely likes likewise liking limit
    limitations limited limiting limits linear lined lines lineup linked linking links linux
    lion lions lip liquid liquor listed listen listened listening listing lists lit literally
    literary literature litigation live lived liver liverpool lives living ll lmao load loaded
    loading loads loans lobby local locally locals locate located location locations lock
    locked locker locks lodge log logic logical logo lol lonely longer longest look looked
    looking looks loop loose lords los lose loser loses losing loss losses lost lots lottery
    loud loved lovely lover lovers loves loving lower lowest loyalty ltd luck lunch lung lungs
    luxury lying lyrics machine machinery machines madness magazine magazines magic magical
    magnetic magnificent magnitude mail main mainland mainly mainstream maintain maintained
    maintaining maintains maintenance majesty majority make maker makers makes makeup making
    malaysia males mama manage managed management manager managers manages managing manchester
    mandate mandatory manga manhattan manner mansion manual manufacture manufactured
    manufacturer manufacturers manufacturing many map maps marathon marble march margin
    marijuana maritime marked market marketing markets marking marriage married maryland mask
    mass massachusetts massage masses massive masters match matched matches matching material
    materials mates mathematical mathematics matrix matter matters mature maximum maybe mc md
    me meal meals mean meaning meaningful means meant meantime meanwhile measure measured
    measurement measurements measures measuring meat mechanical mechanics mechanism mechanisms
    medal medals median medical medicare medication medicine medieval meditation mediterranean
    medium meet meeting meetings meets mega melt member members membership memorable memorial
    memories memory men mental mentally mention mentioned mentions menu merchandise mercury
    mere merely merger merit mess message messages messed messenger met metal metals meter
    meters method methods metres metropolitan mexican mexico mg mi miami mice michigan micro
    microsoft mid middle midnight might mighty migration mild military milk mill million
    millions milwaukee min mind minded minds mine mineral minerals miners mines mini minimal
    minimum mining minister ministers ministry minnesota minorities minority minus minute
    minutes mirror miserable miss missed missile missiles missing mission missions mississippi
    mistake mistaken mistakes mix mixed mixing mixture mm mo mob mobile mobility mode model
    modeling models moderate modern modes modest modified molecular mom moment moments momentum
    monday monetary money monitor monitoring monkey monster monsters month monthly months
    montreal mood moral moreover morning mortgage moscow most mostly mother mothers motion
    motivated motivation motive motor motorcycle motors mount mountains mounted mouse mouth
    move moved movement movements moves movie movies moving mp mph mps mr mrs ms mt much mud
    multi multiple mum mumbai munich municipal murder murdered murders muscle muscles museum
    music musical musician musicians muslims mutual myself mysterious mystery myth nah nails
    naked name named namely names narrative narrow nasa nashville nasty nation national nations
    nationwide native nato natural naturally nature naval navigation navy nazis nba nbc nc ne
    near nearby nearest nearly neat nebraska necessarily necessary neck need needed needing
    needle needs negative negotiate negotiations neighbor neighborhood neighborhoods neighbors
    neighbourhood neither nephew nerve nerves nervous nest net netflix netherlands network
    networking networks neutral never nevertheless new newcastle newer newest newly news
    newspaper newspapers next nfl nhl nhs ni nice nicely nigeria nigerian night nightmare
    nights nine nintendo ninth nj no nobody noise nominated nomination nominee non none
    nonetheless nonsense noon nope nor norm normal normally northeast northern northwest norway
    norwegian nose not notable notably note noted notes nothing notice noticed noting notion
    nov novel novels november now nowadays nowhere nuclear number numbers numerous nurse nurses
    nursing nut nutrition nuts ny nyc oath object objective objectives objects obligation
    obligations observation observations observe observed obsessed obtain obtained obtaining
    obvious obviously occasion occasional occasionally occasions occupation occupied occupy
    occur occurred occurring occurs ocean oct october odds of off offence offended offense
    offensive offer offered offering offers office officer officers offices official officially
    officials offset often ohio oil ok okay oklahoma ol old older oldest olds olympic olympics
    omg on once one ones ongoing online only ontario onto open opened opening openly opens
    opera operate operated operates operating operation operational operations operator
    operators opinion opinions opponent opponents opportunities opportunity oppose opposed
    opposing opposite opposition optical optimal option options or orbit orchestra order
    ordered ordering orders ordinary ore oregon organ organic organisation organisations
    organised organization organizations organize organized organizing organs orientation
    oriented origin original originally origins orthodox os other others otherwise ottawa ought
    our ours ourselves out outbreak outcome outcomes outdoor outer outfit outlet outlets
    outlook output outside outstanding outta oval oven over overall overcome overhead overnight
    overseas overtime overview overwhelming own owned owner owners ownership owns oxford oxygen
    oz pa pac pacific pack package packages packaging packed packing packs pad paid pain
    painful paint painted painter painting paintings pair pairs pakistan pakistani palace pale
    palestine palestinian panel panels panic pants paper papers par parade paradise paragraph
    parallel parameters parents parish parking parliament parliamentary part partial partially
    participants participate participated participating participation particles particular
    particularly parties partly partner partners partnership party pass passage passed
    passenger passengers passes passing passion passionate passive passport password past patch
    patent path pathetic paths patient patients patriots patrol pattern patterns pause pay
    paying payment payments pays pc peaceful peak pee peers pen penalties penalty pencil
    pending peninsula pennsylvania pension people peoples perceived percent percentage
    perception perfect perfection perfectly perform performance performances performed
    performing performs perhaps period periods permanent permanently permission permit permits
    permitted person personal personality personally personnel persons perspective perth pet
    petition pets ph phase phd phenomenon philadelphia philippines philosophical philosophy
    phone phones photo photograph photographer photographs photography photos phrase physical
    physically physician physicians physics piano pic pick picked picking picks pics picture
    pictures pie piece pieces pig pigs pile pill pillow pills pilot pilots pin pine pipe
    pipeline pipes pirate pirates pistol pit pitch pittsburgh pity pizza place placed placement
    places placing plain plan plane planes planet planets planned planning plans plant planted
    plants plasma plastic plate plates platform platforms platinum play played player players
    playing playoff playoffs plays playstation plea please pleased pleasure pledge plenty plot
    plug plus pm po pocket pockets podcast poem poems poet poetry point pointed pointing points
    poison pokemon poker polar police policies policy polish political politically politician
    politicians politics poll polls pollution pond pool poor poorly pops popular popularity
    population populations pork port portable portal portfolio portion portions portland
    portrait ports portugal portuguese pose position positions positive possess possession
    possibilities possibility possible possibly postal posted poster posters posting posts pot
    potato potatoes potential potentially pound pounds pour poverty powder powered powerful pp
    pr practical practically practice practices practicing praise praised pray prayer prayers
    praying pre precise precisely precision predict predicted prediction predictions prefer
    preference preferred pregnancy pregnant preliminary premier premiere premises premium prep
    preparation prepare prepared preparing prescription presence present presentation presented
    presenting presents preservation preserve preserved presidency president presidential
    presidents pressed pressing pressure presumably pretend pretending pretty prevent prevented
    preventing prevention preview previous previously prey priced prices pricing pride priests
    primarily primary prime principal principle principles print printed printer printing
    prints prior priorities priority prison prisoner prisoners privacy private privately
    privilege prize prizes pro probability probably probe problem problems procedure procedures
    proceed proceedings proceeds process processed processes processing produce produced
    producer producers produces producing product production productive productivity products
    prof profession professional professionals professor profile profit profitable profits
    profound program programme programmes programming programs progress progressive prohibited
    project projected projects prominent promise promised promises promising promote promoted
    promoting promotion prone pronounced proof propaganda proper properly properties property
    prophet proportion proposal proposals propose proposed prosecution prosecutor prospect
    prospects protect protected protecting protection protective protein proteins protest
    protesters protests protocol proud prove proved proven proves provide provided provider
    providers provides providing province provinces provincial proving provision provisions ps
    psychological psychology pt pub public publication publications publicity publicly publish
    published publisher publishers publishing puerto pull pulled pulling pulls pulse pump punch
    punish punished punishment punk pupils puppy purchase purchased purchases purchasing pure
    purely purple purpose purposes purse pursue pursuing pursuit push pushed pushing puts
    putting puzzle qualified qualify qualifying qualities quality quantity quantum quarter
    quarterback quarterly quarters quebec queens queensland quest question questioned
    questioning questions quick quickly quiet quietly quit quite quote quoted quotes rabbit
    race races racial racing racism racist radar radiation radical radio rage raiders rail
    railroad railway rainbow raise raised raises raising rally ran ranch random randomly range
    rangers ranges ranging rank ranked ranking rankings ranks rap rapid rapidly rapper rare
    rarely rat rate rated rates rather rating ratings ratio rational rats raw rays rd re reach
    reached reaches reaching react reaction reactions readers readily reading reads ready
    realise realised realistic reality realize realized realizing really realm rear reasonable
    reasonably reasoning reasons rebel rebellion rebels recall recalled receive received
    receiver receives receiving recent recently reception recipe recipes recipient recognised
    recognition recognize recognized recommend recommendation recommendations recommended
    reconstruction record recorded recording records recover recovered recovery recreation
    recruiting recruitment reduce reduced reduces reducing reduction ref refer reference
    references referendum referred referring refers reflect reflected reflecting reflection
    reflects reform reforms refugee refugees refund refuse refused refuses refusing regard
    regarded regarding regardless regards regime regiment region regional regions register
    registered registration regret regular regularly regulated regulation regulations
    regulatory rehabilitation reign reject rejected relate related relating relation relations
    relationship relationships relative relatively relatives relax relaxed release released
    releases releasing relevant reliable relief relieved religion religious rely remain
    remainder remained remaining remains remarkable remarks remember remembered remembering
    remembers remind reminded reminder reminds remix remote removal remove removed removing
    renewed renowned rent rental rep repair repairs repeat repeated repeatedly replace replaced
    replacement replacing replied replies reply report reported reportedly reporter reporters
    reporting reports represent representation representative representatives represented
    representing represents republic republican republicans reputation request requested
    requests require required requirement requirements requires requiring rescue rescued
    research researchers reservation reserve reserved reserves residence resident residential
    residents resign resignation resigned resist resistance resistant resolution resolve
    resolved resort resource resources respect respected respective respectively respond
    responded responding response responses responsibilities responsibility responsible rest
    restaurant restaurants restoration restore restored restricted restrictions result resulted
    resulting results resume retail retain retained retire retired retirement retreat return
    returned returning returns reunion rev reveal revealed revealing reveals revelation revenge
    revenue revenues reverse review reviewed reviews revised revival revolution revolutionary
    reward rewards rhetoric rhythm rid ride rider riders rides ridiculous riding rifle right
    rights rings rio riot rip ripped rise rises rising risk risks risky ritual rival rivals
    road roads robbery robot robots robust rocket rockets rocks role roles rolled roller
    rolling rolls romance romantic roof rookie rooms root rope roses roster rotation rough
    roughly round rounded rounds route routes routine row rs rt rub rubber rude rugby ruin
    ruined ruins rule ruled rules ruling rumors run runner runners running runs rural rushed
    rushing russia russian russians sa sacred sacrifice sadly safe safely safer safety sail
    sailing saints sake salad salary sale salt salvation same sample samples samsung sanctions
    sanctuary sand sandwich sat satellite satisfaction satisfied satisfy satisfying saturday
    sauce saudi save saved saves saving savings saw say saying says sc scale scales scam scan
    scandal scare scared scary scattered scenario scene scenes schedule scheduled scheme
    schemes scholar scholars scholarship school schools sci science sciences scientific
    scientist scientists scope score scored scores scoring scotland scottish scout scratch
    scream screaming screen screening screens screw screwed script se sea seal sealed search
    searched searching seas season seasonal seasons seat seats seattle sec second secondary
    seconds secret secretary secretly secrets section sections sector sectors secular secure
    secured securing securities security see seed seeds seeing seek seeking seeks seem seemed
    seemingly seems seen sees segment segments seized select selected selection self selfish
    sell seller selling sells semester semi senate senator senators send sending sends senior
    sense sensible sensitive sensitivity sensors sent sentence sentenced sentences sentiment
    seo seoul separate separated separately separation sept september sequel sequence sergeant
    serial series serious seriously servant servants serve served servers serves service
    services serving session sessions set sets setting settings settle settled settlement setup
    seventh several severe severely sex sexual sexuality sexually shades shadow shadows shake
    shaking shall shallow shame shanghai shape shaped shapes share shared shareholders shares
    sharing shark sharks she shed sheep sheer sheet sheets shelf shell shells shelter sheriff
    shield shift shifted shifting shifts shining ship shipped shipping ships shirt shirts shock
    shocked shocking shoe shoes shook shoot shooter shooting shoots shop shopping shops shore
    shorter shortly shorts shot shots should shoulder shoulders shout shouting show showed
    shower showing shown shows shut shy si siblings sick side sided sides siege sigh sight sign
    signal signals signature signed significance significant significantly signing signs
    silence silent silicon silly similar similarly simple simply simulation simultaneously sin
    since singapore singing single singles sink sins sir sisters sit site sites sits sitting
    situated situation situations six sixteen sixth sixty size sized sizes sketch ski skill
    skilled skills skin skinny skirt skull slam slap slave slavery slaves sleep sleeping sleeve
    slept slice slide slight slightly slim slip slipped slot slow slower slowly smaller
    smallest smartphone smash smell smells smile smiling smoke smoking smooth snake snap sneak
    so soap sober soccer social socialist socially societies society socks soda soft software
    soil sold soldier soldiers solely solid solo solution solutions solve solved solving some
    somebody someday somehow someone something sometime sometimes somewhat somewhere songs
    sonic sons sony sooner sophisticated sore sorry sort sorts sought soul souls sound sounded
    sounds soundtrack soup source sources south southeast southern southwest sovereign soviet
    sp spa space spaces spam span spanish spare spark speak speaker speakers speaking speaks
    special specialist specialized specially species specific specifically specifications
    specified spectacular spectrum speculation speech speeches speed speeds spell spelling
    spend spending spends spent spice spider spike spin spine spinning spirit spirits spiritual
    spite split spoke spoken sponsor sponsored sport sporting sports spot spots spotted spouse
    spray spread spreading springs sprint spurs spy squad square squeeze sri ss stability
    stable stadium staff stage stages stairs stake stakes stamp stance stand standard standards
    standing stands staring starring stars start started starter starting starts stat state
    stated statement statements states static stating station stations statistical statistics
    stats statue status stay stayed staying stays steady steak steal stealing steam steel steep
    steering stem step stepped stepping steps stick sticking sticks still stir stocks stole
    stolen stomach stones stood stop stopped stopping stops storage store stored stores stories
    storms straight strain strange stranger strangers strategic strategies strategy straw
    streak stream streaming streams streets strength strengthen stress stressed stretch strict
    strictly strike strikes striking string strings strip stroke stronger strongest strongly
    struck structural structure structures struggle struggled struggles struggling stuck
    student students studied studies studio studios study studying stuff stuffed stunning
    stupid style styles sub subject subjects submission submit submitted subscribe subscribers
    subscription subsequent subsequently substance substances substantial substantially
    substitute subtle suburbs subway succeed succeeded success successful successfully
    succession successor such suck sucks sudden suddenly suffer suffered suffering sufficient
    sugar suggest suggested suggesting suggestion suggestions suggests suicide suit suitable
    suite suited sum summary summit sunset super superb superintendent superior supervision
    supervisor supplement supplied supplies supply support supported supporter supporters
    supporting supportive supports suppose supposed supposedly supreme sure surely surface
    surfaces surgeon surgery surgical surprise surprised surprising surprisingly surrender
    surrounded surrounding surveillance survey surveys survival survive survived surviving
    survivor survivors suspect suspected suspects suspended suspension suspicion suspicious
    sustain sustainable sustained swap swear sweat sweden swedish sweep sweet swept swim
    swimming swing swiss switch switched switching switzerland sword symbol symbols sympathy
    symptoms syndrome synthetic syria syrian system systems table tables tablet tackle tactical
    tactics tag tail taiwan take taken takes taking tale talent talented talents tales talk
    talked talking talks tall tanks tap tape target targeted targeting targets task tasks taste
    tastes tattoo taught tax taxes taxi tbh teach teacher teachers teaches teaching team
    teammates teams tear tears tech technical technically technique techniques technological
    technologies technology teen teenage teenager teenagers teens teeth telegraph telephone
    television tell telling tells temperature temperatures temple temporarily temporary ten
    tend tendency tender tends tennis tense tension tent tenure term terminal terms terrain
    terrible terrified terrifying territories territory terror terrorism terrorist terrorists
    test testament tested testimony testing tests text texts texture th thai thailand than
    thank thankful thanks thanksgiving that thats theater theatre thee theft their theirs them
    theme themed themes themselves then theoretical theories theory therapist therapy there
    thereafter thereby therefore thermal these thesis they thick thin thing things think
    thinking thinks third thirty this tho thorough thoroughly those thou though thought
    thoughts thousand thousands thread threat threaten threatened threatening threats three
    threshold threw thrilled throat throne through throughout throw throwing thrown throws
    thumb thunder thursday thus thy ticket tickets tide tie tied tier tiger tigers tight timber
    time timeline times timing tin tip tips tire tired tires tissue title titled titles tl to
    toast tobacco today toe toes together toilet tokyo told tolerance toll tomorrow ton tongue
    tonight tons took tool tools tooth top topic topics tops torn toronto torture total totally
    touch touchdown touched touches touching tough tour tourism tourist tourists tournament
    toward towards towel tower towers town towns township toxic toyota toys track tracked
    tracking tracks trade traded traders trades trading tradition traditional traditionally
    traditions traffic tragedy tragic trail trailer train trained trainer training trains
    traits trans transaction transactions transfer transferred transfers transform
    transformation transformed transit transition translate translated translation transmission
    transparent transport transportation trap trapped trash trauma travel traveled traveling
    travelled travelling travels treasurer treasury treat treated treating treatment treatments
    treats treaty tree trees trek tremendous trend trends trial trials triangle tribal tribe
    tribes tribute trick tricks tricky tried tries trigger triggered trio trip triple trips
    triumph troops trophy tropical trouble troubles truck trucks truly trunk trust trusted
    truth try trying tube tubes tuesday tuition tumor tune tunnel turkey turkish turn turned
    turning turns tv tweet tweeted tweets twelve twenty twice twin twins twist twisted twitter
    two tx type types typical typically uber ugh ugly uh uk ukraine ukrainian ultimate
    ultimately ultra um un unable unbelievable uncertain uncertainty uncle unclear
    uncomfortable unconscious under underground underlying underneath understand understanding
    understands understood underwear unemployment unexpected unfair unfortunate unfortunately
    unhappy uniform union unions unit united units unity universal universe universities
    university unless unlike unlikely unlimited unnecessary until unto unusual up upcoming
    update updated updates upgrade upgraded upload upon upper ups upset upside urge urged
    urgent usa usage usb usd use used useful useless user users uses using usual usually utah
    utility utterly va vacation vaccine vacuum valley valuable value valued values valve
    vampire vancouver variable variables variation variations varied varies varieties variety
    various vary varying vast ve vector vegan vegas vegetable vegetables vehicle vehicles
    venezuela venture venue verdict verified verse version versions versus vertical very vessel
    vessels veteran veterans via viable vibe vice victim victims victorian video videos vienna
    vietnam view viewed viewers viewing views village villages vintage vinyl violation
    violations violence violent viral virgin virtual virtually virtue virus visa visible vision
    visit visited visiting visitor visitors visits visual vital vitamin vocal voice voices void
    vol voltage volume volumes voluntary volunteer volunteers vote voted voter voters votes
    voting vs vulnerable wa wages waist wait waited waiting wake waking wales walk walked
    walking walks wallet walmart wanna want wanted wanting wants war warehouse warfare warm
    warming warn warned warning warrant warriors wars was washed washing waste wasted wasting
    watch watched watches watching wave waves ways we weak weakness wealth wealthy weapon
    weapons wear wearing wears weather web website websites wedding wednesday weed week weekend
    weekends weekly weigh weight weird welcome welcomed welfare well welsh went western
    westminster wet whale what whatever whatsoever wheat wheel wheels when whenever where
    whereas wherever whether which while whilst whip whites who whoever whole wholesale whom
    whose why wi wicked wide widely wider widespread widow width wife wifi wilderness wildlife
    willing win wind window windows winds wine wings winner winners winning wins wipe wire
    wireless wisconsin wisdom wish wished wishes wishing witch with withdraw withdrawal within
    without witness witnessed witnesses wives wizard woke wolves woman women won wonder
    wondered wonderful wondering wonders wont wooden word words wore work worked worker workers
    workforce working workout workplace works workshop world worlds worldwide worn worried
    worries worry worrying worse worship worst worthy would wound wounded wounds wow wrap
    wrapped wreck wrestling wrist write writer writers writes writing writings written wrong
    wrote wtf wwe xbox ya yankees yard yards yea yeah year years yelling yellow yep yes
    yesterday yet yield yo yorkshire you younger youngest your yours yourself youth youtube yup
    zealand zero zombie zone zones zoo
    """.split()
)


GIVEN_NAMES: frozenset[str] = frozenset(
    """
    aaaqil aaban aabid aachal aada aadam aaden aadhya aadi aadil aafiya aage aagot aahana aahil
    aalam aalee aalim aaliyah aamil aamir aamirah aanuoluwapo aapo aaqil aarav aarif aarini
    aariz aarna aarnav aarne aaro aaron aarush aaryan aarón aashi aashif aashir aasif aasim
    aatif aatiq aatos aaus aayan aayush aazim aba abaan abagail abayomi abb abbas abbi abbie
    abbigail abbos abby abdalla abdallah abdelatif abdelkader abdellah abderaouf abderrahmane
    abdi abdiel abdihakim abdirahman abdiş abdu abduaziz abduboriy abdul abdulbekir abdulgazi
    abdulhamid abdulkadir abdullah abdullahi abdulloh abdulmenaf abdulsemet abdumalik abdurahmon
    abdurrahman abdón abdülahat abdülcemal abdülhadi abdülkerim abdülsamed abdürreşit abebi
    abednego abeer abeiku abel abela abelardo abelone abena abeni abha abhimanyu abhiram abid
    abie abigael abigail abigaili abigale abigayle abigaíl abilio abina abiodun abiona abiye
    abner abosede abraham abram abril abror abubakar abubakr abuzar abyasa acar acarkan acey
    achiel achieng achille achim achsah acie aclan acy ada adaeze adah adak adal adalbert
    adalberto adaline adalyn adalynn adam adamaris adamo adan adasal adda addi addie addison
    addisyn addyson addý ade adebiyi adebowale adebukola adedayo adedeji adekitan adekola
    adekunle adel adela adelaida adelard adelardo adelasia adelbert adele adeleke adelgunde
    adelheid adelia adelin adelina adelinde adeline adell adella adelle adelmo adelyn adelynn
    adelía adem aden adenike adeniyi adeolu adeoti adepeju aderopo adesewa adeshina adesoji
    adesua adetayo adetoke adetoun adeyi adhiarja adhra adi adia adiarja adiela adigun adika
    adikara adil adila adilene adilə adimu adin adina adinata adis adison aditya adlai adlan
    adline admir adnan adolf adolfine adolfo adolph adolphe adolphus adomas adonis adora
    adoración adrain adria adriaan adrian adriana adriane adrianna adrianne adriano adriel
    adrien adriene adrienn adrienne adrija adrijana adrián adriána adron adrían adríana adríel
    adunni advaith advay advik advika adviye adweta adwoa adya adyson adán adèle adéla adélaïde
    adíel adólf adıgün aedan aedin aengus aenne afaq afer aferdita affie afia afife afil afiq
    afolarin afonso afra afrim afruza aftin afton afua afət agapito agastya agata agatha agathe
    aggie aggrey agim agla aglaia agnar agne agnea agnes agnesa agnese agness agneta agnete agni
    agnieszka agnolo agnos agnès agnė agostina agostino agripina agris agron agus agusta agustin
    agustina agustus agustín agáta agða ahat ahmad ahmed ahmet ahsen ahter ahti aicha aida aidan
    aideen aiden aidyn aidə aiga aigars aija aijuka aiko aila ailbhe aileen ailene aili ailis
    ailish aimable aime aimee aimo aimé aimée aina ainara aine aino ainoa ainsley ainārs airi
    aisha aishani aishling aisling aislinn aistis aisyah aitana aitor aivar aivaras aivars
    aiyana aiyanna aja ajala ajan ajani ajda ajeng ajiman ajimat ajimin ajiono ajla ajna ajoke
    akalan akanmu akar akarsana akatay akay akbar akbaş akboğa akcivan akdora akdurmuş akeelah
    akeem akgöl akgüneş aki akif akifə akinkunmi akinlabi akinwale akinyi akira akise akkerman
    akmal akmaner akmaral akobir akos akosua akoth akram aksay aksel akseli akshay aksoy aksöğüt
    aktemür akua akumaa akumu akver akwasi akwesi akyıldız akçabay akçasu aköz akınal alaaddin
    alabezek alade aladin aladino alaeddin alain alaina alambana alamiro alamu alan alana
    alanalp alani alanis alanna alannah alanta alanzo alara alastair alattin alaya alayna alaz
    alba alban albano albeiro alberico albert alberta alberte albertha albertina albertine
    alberto alberts albertus albin albina albino albion albrecht albulena alby albín albína
    alcan alcee alcide alcides alcie alcira alda aldair aldar aldemar alden alderano aldin aldis
    aldný aldo aldona aldonza aldís alea aleah alease alecia aleck aleen aleena aleida aleisha
    aleix alejandra alejandrina alejandro alejo alek aleks aleksandar aleksander aleksandr
    aleksandra aleksandras aleksandrs aleksanteri aleksei aleksej aleksi alen alena alene alenka
    aleodor alesha alesia alessandra alessandro alessia alessio aleta aletha alethea aletta alex
    alexa alexandar alexande alexander alexandr alexandra alexandre alexandrea alexandria
    alexandrie alexandrina alexandro alexandros alexandru alexandría alexe alexei alexej alexi
    alexia alexina alexis alexus alexys alexzander alexía alexíus aleš alf alfa alferd alfie
    alfio alfons alfonse alfonsina alfonso alfonz alfonzo alford alfred alfreda alfredo alfreð
    alfréd alfrēds alfífa alger algernon algie algirdas algot algış ali alia aliabbas aliana
    alica alice alicia alicja alida aliihsan alijah alika alin alina aline alinur alirio aliro
    alis alisa alise aliseydi alisha alison alissa alisson alistair alistar alister alivia alix
    aliya aliyah aliyu aliyə aliza alize alizée alja aljaž aljoša alka alkor alla allahverdi
    allan allana allean alleen allegra allen allena allene alli allie alline allison allisson
    allyn allyson allyssa allý alma almar almasi almast almaz almeda almedia almendra almer
    almeta almina almir almira almon almudena almus almut almuth almyra alois aloisia alojz
    alojzia alojzij alojzija aloma alondra alonso alonza alonzo aloys aloyse aloysius aloïs
    alparslan alpcan alpheus alphonce alphons alphonse alphonsine alphonso alphonsus alpin alpsü
    alrekur alrún alsoy alston alta altha althea altie altin alto alton altoğan altuğ altınbike
    altınkaya altınçiçek altınışın alva alvah alvan alvar alvaro alve alveiro alvena alver
    alvera alverda alverta alvia alvie alvilda alvin alvina alvira alvis alvy alvīne alwilda
    alwin alwina alwine aly alya alyce alycia alys alysa alyse alysha alysia alyson alyssa
    alyssia alyvia alzina alícia alída alína alís alísa alīda alışık alžbeta alžběta ama amada
    amadea amadeo amadeus amado amador amahle amaia amaira amal amalia amalie amalija amalía
    amancio amanda amandine amando amani amar amara amarachi amare amari amarilis amarion amaris
    amaro amaru amasa amaury amaya amaç ambar amber amberly ambers ambre ambrose ambrosio ambróz
    amedeo amedeu amel amela amelia amelie amelija amelía americo amerigo amey ami amiah amico
    amie amil amilía amin amina aminatu amine amir amira amirah amit amiya amiyah amleto amma
    ammie ammon amoke amol amon amondi amope amor amos amparo amra amre amri amrita amruta amy
    amya amza amália amélia amélie américa américo amílcar amír amíra amý amālija ana anabel
    anabela anabella anabelle anacleto anahera anahi anahis anahí anaida anais analia analía
    anamaria anamika ananias anar anargül anaru anas anasa anastacia anastacio anastasia
    anastasie anastasio anastasios anastasía anastatia anastazja anastázie anatol anatole
    anatoli anatolie anatolij anay anaya anaëlle anaís anaïs anca ancel ancil ancizar ancuța
    anda anders anderson andile andiç andjela andjelina andon andor andra andrada andrae andre
    andrea andreas andree andreea andrei andreia andrej andreja andrejka andrejs andrena andres
    andrew andrey andrešs andri andria andrian andrija andrin andrina andris andrius andrus
    andrzej andrá andrás andré andréa andréas andrée andrés andwele andy anděla ane anej anel
    anemona anes aneta anete anett anetta anette anežka anfernee anfinn angalia angantýr angavu
    ange angela angele angelia angelic angelica angelika angelina angeline angelino angelique
    angelita angella angelo angelíka anggabaya anghel anghelina angi angie angus angèle angélica
    angélique anh ani anibal anica anice anicet anie aniela anika anikó anina anirudh anis anisa
    anissa anita anitra aniya aniyah anișoara anja anjali anjanette anjelica anjolaoluwa anka
    anke ankica anmol ann anna annabel annabell annabella annabelle annah annak annalena
    annaliese annalisa annalise annalísa annamae annamaria annamarie annamária annar annarr
    annas annastacia anne annedore annegret annegrete annekatrin anneke annel anneleen annelene
    anneli annelie annelies anneliese annelise annelore annelí annemarie annemette annemie
    annemijn anner annerose annes annet annett annetta annette anney anni annibale annica annice
    annick annie anniina annija annika annikki annina annis annita annmarie annukka annunziata
    anny annía anný anom anon anona anoni anouk ansaldo ansel anselm anselma anselmo ansgar ansh
    ansis ansley anson ansora anssi antal antanas ante antero anthoney anthony antim antione
    antionette antje anto antoaneta antoin antoine antoinette anton antone antonela antonella
    antonello antonetta antonette antoni antonia antonie antonieta antonietta antonija antonin
    antonina antonino antonio antonios antoniu antonius antons antony antonía antonín antoníus
    antoon antoņina antra antti antun antwain antwan antwon antònia antónia antónio antônio anu
    anunciación anusha anuța anvar anvi anwar anya anyango anyelo anyi aníbal aníka anína aníta
    anđa anđela anže aodhan aoibheann aoibhin aoibhinn aoife aongus apaydın apisara apolena
    apolinar apolline apollonia apolonia apostolos apríl aqil aquiles ara arabella araceli
    aracely aradhana arah aral araminta aran aranka aras arba arben arbey arbie arbnor arcan
    arcelia archibald arda ardath ardelia ardell ardella ardelle arden ardeth ardian ardis ardit
    ardita ardith ardyce ardís areli arely ares aretha arey arezki argemiro argie argono argu
    arham ari aria ariadna arian ariana ariane arianna arianne aribert aric arie ariel ariela
    ariella arielle arielė arietta arif arifcan arifə arijus arike ariki arild arilíus arin
    arina arinbjörg arinbjörn arinola aris arisa arisara aristide aristides aristița arja arjun
    arkadiusz arkie arkut arla arlan arland arleen arlen arlena arlene arlet arleth arletta
    arlette arley arlie arlin arlind arlinda arline arlis arlo arly arlyn arlyne armahan arman
    armand armandas armande armando armands armani armas armelle armend armenía armida armin
    arminas arminda arminta armond armstead arna arnald arnaldo arnaldur arnar arnas arnau
    arnaud arnaude arnav arnberg arnbergur arnbjörg arnbjörn arnborg arnd arndt arndís arndór
    arne arnes arnett arnetta arney arnfinna arnfinnur arnfreyr arnfried arnfríður arngeir
    arngerður arngils arngrímur arngunnur arnheiður arnhildur arnie arnika arnim arnis arnkatla
    arnkell arnlaug arnlaugur arnleif arnleifur arnljót arnljótur arnlín arnmundur arnmóður arno
    arnoddur arnold arnoldas arnoldo arnolds arnošt arnrós arnrún arnsteinn arnulf arnulfo
    arnviður arnór arnóra arnúlfur arnþrúður arnþór arnþóra aroa aroha aron aronas arpağ arpád
    arra arran arrie arron arsenie arsenio arsim arsipatra arta artan artanto artawan artelia
    artemio artemisa arther arthor arthur arthúr artie artis arto arttu artturi artur arturo
    arturs artúr artūras artūrs aru arunima arusi arvel arvid arvil arvilla arvin arvo arvydas
    arvīds arya aryan aryana aryanna arziye arzu aránzazu aría aríanna aríel aríella arín arína
    arís aríus arıel arıkol arıpınar arısoy arūnas asa asad asael asafe asake asalet asali asani
    asanti asatira asberry asbjørn asbury ascensión asdrubal asger asha ashanti ashby ashely
    asher ashlea ashlee ashleigh ashlene ashley ashli ashlie ashling ashly ashlyn ashlynn ashton
    ashtyn asif asila asilbek asilə asiman asirwada asirwanda askja asko askur aslan aslanhan
    aslijan asliye asma asmadi asman asma’u asmianto asmini asmira asmuni ason aspar aspen assa
    assar assia assumpta assunta asta astrid astride astrit asu asunción aswani asírí asım asəf
    ataahua atabala atagün atalay atalía atamoğlan atanur atasagun atatöre atena atenulf atfat
    atgun atha athanasios atharv atheel athena athman athuman athumani ati atiena atieno atila
    atilhan atilio atinuke atit atiyye atla atli atma atmaja atnan attaf atte atticus attie
    attila attilio attracta atılgan aubra aubree aubrey aubrie aud aude audie audley audra
    audrey audriana audrianna audrina audrius audry audy augusta augustas auguste augustin
    augustina augustine augusto augusts augustus augustín aukusti aulikki aulis aune aunyaporn
    aura auraq aurel aurelia aurelian aureliana aureliano aurelien aurelija aurelio aurica
    aurică aurilla aurimas aurora aurore aurthur aurélia aurélie aurélien aurėja ausma austar
    austen austin austine austmann austmar auston austra austri austyn auther authur autry
    auðbergur auðbert auðbjörg auðbjörn auðbjört auðdís auðgeir auðkell auðlín auðmundur auðna
    auðný auðrún auðun auðunn auður auðólfur aušra aušrinė ava avah avelino averi averie averil
    avgust avi avie avis avni avon avram avril avunç avşin awadil awamil awamiri awan awani
    awero awesi awhina awj awlya awmar awrad axel axelle axelma axelía axenia axinte aya ayaan
    ayamin ayan ayana ayanna ayasun ayaydın aybet aybora aybəniz aycagül aydan aydar ayden aydin
    aydinç ayduru aydın aydınbey ayelén ayesha aygutalp aygönenç aygül aygün ayhan ayinde ayinke
    aykut aykutalp ayla ayleen aylil aylin aylla ayman aymen aymeric aynilhayat aynur aynurə
    aynımah ayodeji ayodele ayoka ayoub aypar aysar ayse aysel aysema aysevim aysoy aysu aysuna
    aytek ayten aytuna aytöz aytəkin aytən ayu ayub ayush ayushman ayvas ayyaruk ayyubi ayçan
    ayçiçək ayülker ayşan ayşeana ayşenur azaan azad azade azahar azahara azalea azalee azaria
    azariah azban azeeb azeglio azeneth azettin aziz aziza azize azizi azra azucena azul azzie
    azər açıkel açılay aída aïcha aðalberg aðalbergur aðalbert aðalbjörg aðalbjörn aðalbjört
    aðalborg aðalborgar aðaldís aðalfríður aðalgeir aðalheiður aðalmundur aðalráður aðalrós
    aðalsteina aðalsteinn aðalsteinunn aðalveig aðólf aþena ağa ağahadi ağakişi ağamalı ağamusa
    ağasəfa ağaxan ağbegim ağca ağmur aşhan aşir baaba baahir baaizeed baaqee baaqir baaree
    baashir baasim baasit babar babasola babatunji babawale baber babett babette babyboy baccio
    bachittar badawi badegül badr bagas baghyawati bagiya bagus bagya baha bahaa bahaddin
    bahadurjit bahadır bahari bahati bahittin bahiy bahtinur bahuraksa bahuwarna bahuwirya baiba
    bailee bailey bailie bairbel bairbre bairon bajragin bajram bakari bakda bakhshi baki
    bakiadi bakianto bakidin bakijan bakiman bakiono bakti baktiadi baktianto baktiono bala
    balamantri balangga balapati balatekin balaxanım balca baldassare baldey baldomero baldrún
    balduino baldur baldvin baldvina baleegh balendra balhaar balidin balijan balinda baljiwan
    ballard ballı baltasar baltazar baltaş balthasar balvan balveer balz balázs bama bambad
    bambang bambi banara banawa banawi bancar bandile banjeet banü baptiste baqar baqir bara
    barak baraka barasa barb barbara barbora barbra barbro barbu barbára barica baris bariş
    barkha barna barnabás barnard barnett barnie barr barraq barri barrie barron barry barsen
    bart bartek bartholomew bartholomäus bartley bartolomej bartolomeo bartolomeu bartolomé
    barði barışcan bas basaam basarab bascom baseer basel basem bashaar bashaarat bashar
    basharat basheer basheerah bashkim basil basile basilio basim basir basriye bassam bassi
    bassí bastiaan bastian bastien bastián bastían basım batal batool baturay batırhan baudelio
    baudouin baugur bautista bayard baydu baykan baylee baylie bayman bayram bayron bayruhan
    baytal bayzettin bazam bağdat bağdaş başay başhan başok bea beadie beata beate beatrice
    beatrijs beatrix beatriz beau beauden beaulah bebba bebe beckett beckie beda bedi bediriye
    bedri bedřich beecher begga begim begoña behbud behiza behrem behruz beinir beinteinn beitir
    bekan bekbay bekim bekir bektaşi bela belarmino belen belgizar belia belinda belisario
    belkize bella bellisan bello belo belton belva belén ben bena benard benas bence bendegúz
    benedek benedetto benedict benedicte benedicto benedikt benedikta benedikte benedita benek
    bengibay bengt bengta beni beniamin benice benicio benidikt benidikta benigna benigno benita
    benito benjaman benjamen benjamim benjamin benjamine benjamín benji benjiman benjman
    benjámin benn benna benney bennie benno benny benný benoit benol benone benoný benoît benta
    bente bentey benthe bento benton bentína benvenuto benía benício beníta benóní benóný beppe
    bera berat beray berdie beren berend berenice berent berezat berg bergdís bergen bergey
    bergfinnur bergfríður bergheiður berghildur berghreinn bergjón berglaug berglind bergljót
    berglín bergmann bergmannía bergmar bergmundur bergný bergrán bergrín bergrós bergrún
    bergsteinn bergsveinn bergur bergvin bergþór bergþóra berit beriye berkal berki berkley
    berksay bernabé bernadett bernadette bernadine bernard bernarda bernardine bernardino
    bernardita bernardo bernd berndt berneice bernetta bernfried bernhard bernhardine bernharð
    bernharður berni bernice berniece bernita bernt bernward bernódus bernódía berra berran
    berrin bersi bert berta bertalan bertel bertha berthe berthold bertie bertil bertina berto
    bertold berton bertram bertrand beryl besart besarta besey beshte besim besin besnik bess
    besse bessi bessie bessí beste bestla betania betanía beth betha bethan bethann bethany
    bethel bethzy betina betsey betsy betsý bett bette betti bettie bettina betty bettye
    bettyjane bettylou bettý betúel beula beulah bev bevan beverlee beverley beyda beyhatun
    beyler beyonce beyzade bezek beáta beňadik bhanumati bhavani bhavika bhavini bhavna bhavya
    bhekani bhekisisa bhekizizwe bhekokwakhe biagio bianca bianka bibi bibiana bibisora bibiána
    bibuwa bican bidayet biddie bieke biel bienvenida bil bilaal bilal bilay bilender bilgen
    bilginur bilgütay bilha biljana bilkay bilkisu billie billy billye bilol biltaş bimala bina
    binay binbaşar binışık birben birdella birdie birger birgid birgir birgit birgitt birgitta
    birgitte birgül birkir birna birnir birousk birsan birsen birt birta birte birtha birthe
    birtie birtingur birtir birtna biruta biserka bishakha bitten bitül bizhan bişar bjargar
    bjargdís bjargey bjargheiður bjarghildur bjarglind bjargmundur bjargþór bjarkan bjarkar
    bjarkey bjarki bjarklind bjarma bjarmar bjarmi bjarnar bjarndís bjarne bjarney bjarnfinnur
    bjarnfreður bjarnfríður bjarngerður bjarnharður bjarnheiður bjarnhildur bjarnhéðinn bjarni
    bjarnlaug bjarnlaugur bjarnleifur bjarnrún bjarnsteinn bjarnveig bjarnólfur bjarný
    bjarnþrúður bjarnþór bjarnþóra bjartey bjartmann bjartmar bjartmey bjartur bjartþór bjorn
    bjólan bjólfur björg björgey björgheiður björghildur björgmundur björgvin björgólfur
    björgúlfur björk björn björney björnfríður björnólfur björt bjørg bjørn bladimir blahoslav
    blain blaine blaise blake blanaid blanca blanch blanchard blanche blanchie blandine
    blanduzia blane blanka blas blathnaid blaž blažej blažena blerim blerina blerta bluette
    bluford bláey blædís blængur blær blævar blín blíða blómey boaz bob boban bobba bobbi bobbie
    bobby bobbye bobur bode bodhi bodil bodo boe boel boga bogdan bogdana bogdís bogey bogga
    boghildur bogi boglárka bogomir bohdan bohdana bohumil bohumila bohumír bohuslav bohuslava
    bohuš bojan bolatito bolden boleslav bolli boluwatife boma bonface boniface bonifacio
    bonifác bonita bonny bonu boone borahan borataş borbála borg borgar borgdís borghildur
    borgný borgrún borgúlfur borgþór borgþóra boris borja borris borut borys bose bosibori
    botnía botond bouchra bowman boyce boynak boysie bozbağ bozena bozerk boztaş boði boğatimur
    bořivoj boštjan božena božica božidara božo brad braden bradley bradly bradyn braeden
    braedon braelyn braga braghildur bragi brahim braiden bram bramwel brandan branddís brande
    brandee branden brandi brandie brandin brandon brandt brandur brandyn branislav branislava
    branka branko brannon branson brant brantley braulio bravin braxton brayan brayden braydon
    braylen braylon brea breana breandan breann breanna breanne brecht breda bree breeda breege
    breffni breki brencis brenda brendah brendan brenden brendon brenna brennen brennon breno
    brent brenton breonna bresi brestir bret brett bria brian briana brianda brianna brianne
    brice brid bridger bridget bridgett bridgette bridgit bridie briek brielle brien brieuc
    briget brigette brighid brigid brigita brigitta brigitte brijesh briley brilyant brimar
    brimdís brimhildur brimi brimir brimrún brinda brinley brion brionna brisa brita britany
    britney britni britny britt britta brittaney brittani brittanie brittany brittnay brittnee
    brittney brittni brittnie brittny britton brjánn broddi broderick brodie brody brogan brona
    bronach bronagh bronislava bronson bronwen bronwyn brooke brooklynn bror broņislava bruce
    bruna brunhild brunhilde bruni brunilda bruno bryan bryana bryanna brycen brylee bryn
    bryndís brynfríður bryngeir bryngerður brynheiður brynhildur brynja brynjar brynjólfur
    brynjúlfur brynlee brynleifur brynn brynný brynsteinn bryntýr brynþór bryon bryony bryson
    bryton brá brák brândușa bríana bríanna bríet brígida brími brăduț bucur budd buddie budi
    buel buelah buell buena buenaventura buffy buford buhari bujar bukurije bula bulah bulunç
    buna bunk bunmi buraid burak burakhan burckhard burcuhan burdette buren burghard burim burk
    burkard burkhard burkhardt burkney burkni burl burleigh burley burnell burnett burney
    burnice burnie burr burrel burrell burt burç busara busisiwe buster butch buyrukhan buşra
    bylgja bynum byrd byrdie bystrík bálint bára bárbara bárður bärbel bæring bæringur bæron
    béatrice béatrix béla bénédicte bérengère bérénice bíbí bína bóas bóel bói bót bóthildur
    bótólfur börje börkur börteçin böðvar bøje børge búi búri büget bünyamün büreyre büşranur
    bănel bērends bērtulis błażej břetislav bəhlul bəhram bəhruz bəkir bənövşə bəşir bảo cabbar
    cabir caddie cade caden cadence cael caetana cagak cager cahal cahan cahangir cahir cahya
    cahyadi cahyanto cahyo cahyono caiden cailin cailum cailyn caio cait caitlin caitlyn
    caitlynn caitriona caius cajsa caket cakrabirawa cakrabuana cakrajiya cakrawala cakrawangsa
    calcedonio caldonia cale caleb calebe caleigh calhoun cali calista calisto calixta calixto
    calla callan calleigh callie callum calogero calum calvin calvince cambria camelia cameron
    cami camil camila camilla camille camillo camillus camilo camisha cammie campo camren camron
    camryn canan canberk candace candela candelaria candelario candelas candeniz candi candice
    candida candido candis candra candrakanta candyce canfeza cangür canice cannie cannur
    canseven cansin cantemir cantez canur caoilfhionn caoimhe caoimhin caolain caolan caomhan
    capa capitola cappie caprice capucine cara caragh caraka caren cari caridad carie carin
    carina carine carisa carissa carita carl carla carlee carleen carleigh carlene carleton
    carley carli carlie carlijn carlisle carlito carlo carlos carlota carlotta carly carlyle
    carlyn carma carmel carmela carmelita carmella carmelo carmen carmenza carmina carmine
    carminho carnell caro carol carola carolann carole carolee carolien carolin caroline carolyn
    carolyne carolynn caron carra carren carri carrie carrol carsen carsten carter carub cary
    caryl caryn cas casandra casemiro casen casey casian casiana casie casimer casimir casimiro
    cason caspar casper cassandra cassidy cassie cassius cassondra caswell cataleya catalina
    catarina caterina cathal catharina catharine catherina catherine catheriona cathern cathey
    cathi cathie cathleen cathrin cathrina cathrine cathriona cathryn cathy catia catina catinca
    cato catrin catrina catrine catrinel catriona catur caturangga cauã cauê cavad cavid cavit
    cawisadi cawisono cawuk cayadi cayden caydence cayetana cayetano cayla caylee cazimir ceara
    ceasar cebesoy cebrián cecelia cecep cecil cecile cecilia cecilie cecilija cecilio cecille
    cecily cecilía cecília cedide cedric cedrick cedrin ceferino ceil celal celena celene
    celesta celeste celestia celestina celestine celestino celia celie celilay celina celinda
    celine celso cem cemal cemalettin cemani cemeti cemil cemiyle cemplunk cena cenan cengiz
    cengkal cengkir centa centrine ceola cephus cerasela cercis cesar cesare cetin cevale
    cevheri ceyhun ceyhunə ceyla ceylin ceylon ceyran cezar cezara cezary cezayir chaaya chabane
    chace chadd chadrick chadwick chaifah chaim chaitaly chaitanya chaiwut chaka chakradev
    chakradhar chakrika chalisa chalmer chalmers chamali chaman chameli champak chana chanakya
    chancey chanchal chancy chanda chandani chandra chandran chandresh chanel chanelle chaney
    chanez changaz chanie chanikan chaniya channie channing chantal chante chantel chantelle
    chanya charan charis charissa charisse charita charla charle charlee charleen charlene
    charles charlesh charley charlie charline charlize charlott charlotta charlotte charlottie
    charls charlsie charlton charly charmaine charo charolette charos charvi chas chashida
    chasity chasmum chastity chatresh chatura chauncey chauncy chausiki chavvi chawin chawish
    chaya chayanin chayapat chaz che chebet chege chelangat chelo chelsey chelsi chelsie chelsy
    chema chepkemoi chepkoech chepkorir cher cheragh cherelle cheri cherie cherif cherilyn
    cherise cherith cherotich cherrelle cherri cherrie cherryl cheruiyot cheryl cheryle cheryll
    chesley chessie chestina chet cheusi cheyanne cheyenne chiamaka chiara chibuzo chidimma
    chigozie chijioke chimere chinedu chinelo chinyere chipukizi chiquita chiraz chita chizoba
    chloe chloie chloé chloë chlóe chris chrissie chrissy christa christabel christal christeen
    christel christelle christen christena christene christer christi christiaan christian
    christiana christiane christianne christie christin christina christine christion christl
    christof christofer christoffer christop christoper christoph christophe christopher
    christos christy chrystal chucho chuki chukwudi chukwuemeka chus chuy chyna chynna châu cian
    cianan ciaobella ciara ciaran ciarra ciarrai cicely cicero cici cielo ciera cierra cihan
    cihandide ciji cilla cilli cillian cilly cinda cindi cindoruk cindy cinta cinthia cinthya
    cintia cinzia ciprian cipriana cipriano ciriaco ciril cirillo cirino cirkeline ciro ciríaco
    citlali citlalli citra claas clabe claes claiborne clair claire clara clarabelle clarance
    clare claribel clarice clarinda clarine clarisa clarissa clarisse clarnce clas classie claud
    claude claudette claudia claudie claudina claudine claudio claudiu claudius claudy claus
    clavs clayton clearence cleave cleda clelia clell clella clem clemence clemencia clemens
    clement clemente clementina clementine clemie clemma clemmie clemon cleo cleola cleon cleone
    cleopatra cleophas cleora cleta cleto cletus cleva cleve clevie clide cliffie clifford
    clifton clinton cliodhna cliona clive clodagh clodomiro cloe clora clorinda clothilde
    clotilda clotilde clovis cloyd cloé clyda clydie clytie clàudia cláudia cláudio cläre
    clémence clément clémentine clímaco coby codey codi codie codin codrin codrina codruț
    codruța cody coen colbert colby cole coleen coleton coletta colette coley colie colin coline
    colins colleen collette collie collier collin collince collis colm colman colomba colten
    colter colton coluccio colum columba colvin commodore conal conall conan conard concepcion
    concepción concepta concetta concha conchita conchur conleth conley conn connell conner
    connie connor conny conor conrad conradin conrado consolata constance constantin constantina
    constantine constantino constanza constanze constança constanța consuela consuelo contina
    coolidge cora coraima coralia coralie coraline corbett corbin corda cordaro cordelia cordell
    cordella cordero cordia cordie cordula corean corene corentin coretta corey cori corie
    corina corine corinna corinne coriolano corliss cormac cormack corneille cornel cornelia
    cornelio cornelious cornelis corneliu cornelius cornie corona corrado corrie corrina corrine
    corry corsin cortez cortney corvin corwin cory cosima cosimo cosmas cosme cosmin cosmina
    cosmo costache costantino costanzo costel costin coty courteney courtland courtney coy
    coşkun coşqun craig crenguța creola crescencia cressie crete crin crina cris crissie crissy
    crista cristal cristea cristen cristhian cristhofer cristi cristian cristiana cristiano
    cristin cristina cristine cristián cristobal cristofer cristofor cristopher cristy cristóbal
    crockett cruz crysta csaba csilla csongor ctibor ctirad cuheyna cullen cuman curdin curley
    curro curt curtis curtiss custodia custodio cvetka cvetko cydney cyndi cyntha cynthia
    cyprian cyprián cyriel cyril cyrill cyrille czeslaw cándida cándido cátia cäcilia cäcilie
    cécile cédric célestin célestine célia célina céline césar côme cümşüd cüneyit cýrus călin
    cătălin cătălina cəlal cəlil cəmalə cəmil cəmilə daamin daan daanish daanyaal daawood dabbah
    dabir dabney dace dacian daciana dacin dadap dadaş dadi dafina dafne dag dagbjartur dagbjörg
    dagbjört dagel dagfari dagfinnur dagfríður daggeir daggrós dagheiður daghfal dagmann dagmar
    dagmara dagmey dagny dagný dagnýr dagobert dagoberto dagrún dagur dagþór dahiana dahlia dai
    daiana daiga daija daijah daina dainess dainis dainius daire dairine dairo daisey daisha
    daisie daisy daisye daiyaan daja dajana dakhil dakoda dakotah daksh daksha dakshesh dalaja
    dalan dalbert dalbir daldís dale daler daley dalia dalibor dalila dalili dalima daliman
    dalimin daliono dalkılıç dalla dalli dallilja dallin dalmann dalmar dalmas dalrós dalvin
    dalía damar damarcus damari damarion damaris dameer dameon damian damiano damien damienne
    damife damijan damini damion damir damián damjan damjana damlanur damon damond damu damurah
    damyanti dan dana danae danang dancan dancun dandre dane daneen danelle danelíus danette
    daney danfríður dangelo danheiður danhildur dani dania danial danica daniel daniela daniele
    danielius daniella danielle danijel danijela danika danilo danique daniswara danita danitza
    danival danièle daniël danjuma dann danna dannie danniel dannielle danny danson dante danu
    danuja danuta danuše dany danyel danyell danyelle danía daníel daníela daníella daníval
    danış daphne daphné daquan dara daragh darain darby darci darcie darcy dardan darell daren
    daria darian dariana dariati darien darija darijan darika darimin darin darina darinka dario
    darion daris darius dariusz darja darko darl darla darleen darlene darline darlyne darmaji
    darman darmana darmanto darnell darold daron darpan darragh darran darrel darrell darren
    darri darrian darrick darrien darrin darrion darrius darron darry darryl darryle darryll
    darryn darsh darsirah dartono daru daruna darvin darwin darwyn dary daryani daryl daryle
    daryn darío daríus dasa dashawn dasia dastageer daud daudi daulton daunte davante dave davey
    davi davian david davida davide davie davin davina davion davnet davon davonta davonte davor
    davorin davy davíð dawid dawna dawne dawud dax daxton dayamai dayami dayana dayanara dayar
    dayita dayle dayna dayne dayse dayyaan daðey daði daðína dağistan deacon deaglan dean deana
    deandra deandre deane deangelo deann deanna deanne deante dearbhail dearbhaile dearbhla
    deasia deb debbi debbie debbra debby debera debi debora deborah deborrah debra debrah
    debroah debóra decebal declan dedra dedric dedrick deeann deedee deegan deena deepa deetta
    deforest deha deiby deicy deidra deidre deion deirbhile deirdre deisy deividas deja dejah
    dejan dejon dejuan del delaney delano delbert delcie delfina delfino delfín delia deliah
    delil delila delilah delina delinda delisa della dellar delle dellia dellie delma delmar
    delmas delmer delmus delois delora delores deloris delos delpha delphia delphin delphine
    delsie delton delvin delwin dema demarco demarcus demario demarion demeter demetra demetri
    demetria demetric demetrio demetrios demetrius demi demian demilade demirbüken demiriz
    demirok demiryürek demond demonte dempsey demus dena dendý deneen denese denice deniis
    denine denis denisa denise denisha denisse denita deniz denizalp denkel dennie dennis denny
    denton denzel denzell denzil deníel deon deondre deonta deontae deonte dequan derald dereck
    derek dereon deric derick derik derkay derl derly dermot dermott deron derrek derrell
    derrick derval dervilla dervla derwin derya deryanur deryl desean deshaun deshawn desi
    desiderio desirae desiree desirée desmond despina dessa dessie destany destin destinee
    destiney destini destry detlef detlev devan devansh devante devaughn deven devi devika devin
    deviner devonta devontae devonte devyn deward dewayne dewey dewi dewitt dex deyanira dezider
    dezső dezzie değer değmeer dhriti dhruv diah diallo dian diana dianah diandra diane diann
    dianna dianne diar diarmaid diarmuid dicie dickie dickson dicy dida didda didier didina
    diederik diedrich diego dierk dieter diethard diethelm diether dietlind dietlinde dietmar
    dietrich digdaya digna dijana dijon diken dilan dilara dilarə dilavər dilcan dilder dildora
    dilfeza dilhuş dilja diljá dillan dillard dillie dillion dillon dilnoz dilnur dilsitan
    dilşad dilşat dimas dimaz dimitri dimitrina dimitrios dimmblá dimmey dimple dina dinah
    dincer dinda dinis dink dino dinu dinçkol dinçsü diogo dion dione dionicio dionigi dionisia
    dionisio dionne dionte dionýz dipa dipta dirican dirja dirk dirlik dismas dita ditmar ditte
    dittmar divan divya dixie diya diyor diyora diána diðrik diāna djamel djuana djuna dmitri
    dobromila dobroslav dobroslava dochia docia dodo dofri dogan doina dola dolli dollie dollye
    dolores doloris dolph dolphine dolphus dolun domagoj domantas domas domen domenic domenica
    domenick domenico domhnall dominga domingo domingos dominic dominick dominik dominika
    dominique dominque dominyka dominykas domitila domnica domonique don dona donaciano donagh
    donal donald donat donata donatas donatella donatello donato donavan donavon dondre donell
    donia donie donita doniyor donn donna donnacha donncha donnell donnie donny dono donough
    donta dontae donte dora doralisa dorathea dorathy dorcas dorcus doreen dorel dorene doretha
    doretta dori dorian doriana dorien dorin dorina dorinda dorine dorinel doris dorit dorita
    dorla dorle dorli dorman dorota dorotea doroteja dorotha dorothe dorothea dorothee dorothy
    dorothée dorottya dorr dorris dorsey dorte dortha dorthe dorthea dorthey dorthy doru
    dorukhan dosha doshia doshie dosia doss dossie dottie dotty douglas douglass dounia dovie
    dovilė dovud dovydas doyinsola dozier doğanalp doğannur doğanşah doğuhan draga dragan
    dragana dragica drago dragoș dragutin drahomír drahomíra drahoslav drahoslava drajat drauma
    draumey draupnir draven dražen dreki drema drengur dries drilon drita driton droplaug
    drucilla drury drusilla drífa drótt dröfn duane duard duarte dubán ducu dudley duff dufgus
    dufþakur dugfús duha duilio duje dulce dulcie duma dumisani dumisile dumitra dumitrana
    dumitru duncan dunia dunja dunyo durab duracan durante durdali durdona durell durgadin
    durmuşali durna durodola durrell dursadiye dursun duruk duruöz durward durwood dusan dustan
    dustin dustyn duuk duván duwayne duyguhan duyên dušan dušanka dvalinn dwain dwaine dwan
    dwane dwayne dwi dwyane dyan dylan dylano dyllan dylon dymphna dympna dzidra dzintars
    dzintra dániel dávid dáša dæja débora déborah dénes désiré désirée día díana díanna díma dís
    dísa dísella díómedes dóa dómald dómaldi dómaldur dómhildur dónald dónaldur dór dóra dórey
    dóri dóris dórothea dórótea dóróthea dósóþeus dögg dögun dölensoy döner dönməz dörte dörthe
    dúa dúfa dúi dúna dúnn dündaralp dünya dünyamalı dürdanə dürnisə dürrüşehvar dýrborg
    dýrfinna dýri dýrleif dýrley dýrmundur dýrunn dārta dāvis dũng dương eadaoin eamon eamonn
    ean eanna earle earlean earlene earley earlie earline earnestine eartha easton eathel eavan
    eba ebb ebba ebbe ebbi ebbie eben ebeneser ebenezer eber eberg eberhard eberhardt ebert
    eboni ebonney ebony ebuakil ebuka ecaterina ecegül ecemiş eckard eckart eckehard eckhard
    eckhardt eckhart ecrin eda edaviye edd edda eddah eddie eddy edel edelbert edelgard edelmira
    edelmiro edeltraud edeltraut edeltrud eden eder edgar edgaras edgard edgardo edgars edgübay
    edhitha edi edie edier edil edilberto edilma edilon edilson edin edina edinah edinson edison
    edisson edita edith editha edla edmon edmond edmonia edmund edmundo edmunds edna ednah
    edoardo edon edona edouard edra edrie edris edsel edson edu eduar eduard eduarda eduardo
    eduards edvard edvardas edvin edvinas edvīns edw edwar edward edwardo edwin edwina edyth
    edythe edílon edīte eelis eemeli eemil eerik eero eesaa eesha eetu eeva efe efemía effa
    effie efil eflâtun efrain efraím efraín efrem efren efrén efser eftimia eftimie ega egbert
    egedía egenur eggert eggrún eggþór egidijus egil egill egils egla eglė egon egzon egzona
    ehan ehrenfried ehrentraud ehrhard ehsaas ehsan eider eidvilė eija eijaz eik eikar eila
    eileen eilis eilish eilífur eimantas eimear eimer eimhear einar einari einbjörg eindís einer
    einey einfríður einhildur einir eino einrún einvarður einína einþór eir eira eiravati eirdís
    eirfinna eirik eirný eiríka eiríkur eirún eitel eithan eithel eithne eivin eivind eivor
    eiðar eiðný eiðunn eiður eja ejaz ejlaal eka ekaja ekalinga ekani ekansh ekanta ekantika
    ekapad ekaraj ekaterina ekavir ekbal ekber ekene ekiya ekkehard ekkehart ekmel eko ekow
    ekrem ekta ekundayo ekundu ela eladio elaf elaina elaine elam elamiye elana elariz elayne
    elba elberg elbert elberta elbridge elby elcira elcy elda eldar eldbjörg elden eldey
    eldgrímur eldjárn eldlilja eldmar eldon eldora eldred eldridge eldrún eldur eldór eldəniz
    elea eleanor eleanora eleanore elease eleazar electa eleina elektra elemér elena elenborg
    eleni elenor elenora elenore elentínus eleodoro eleonor eleonora eleonore eleonóra eleuterio
    elex elfa elfar elfi elfida elfie elfreda elfrieda elfriede elfráður elfur elgie elgin elgün
    elhan eli elia eliabeth eliakimu elian eliana eliane elianna elias elick elida elie eliecer
    elien eliette eliezer elif elifnur eliga eligah elige eligia eligio elihu eliisa elijah
    elimar elin elina elinborg eline elinor elinore elinór elio eliona eliott elis elisa
    elisabet elisabeta elisabete elisabeth elisabetha elisabetta elisaveta elise eliseo elisha
    elissa elita eliud eliza elizabet elizabeta elizabete elizabeth elizah elizbeth elize
    elizebeth eliáš eliška elka elkana elke elkin ell ella elladio ellamae ellar elle ellen
    eller ellert ellery elley elli elliana ellie ellinor elliot elliott ellisif ellison elliði
    ellsworth ellwood elly ellyn ellín ellís ellý elma elman elmar elmer elmeri elmidar elmina
    elmir elmira elmire elmo elmore elmyra elmārs elməddin elna elnarə elnora elnur elnurə eloah
    elodia elodie elof eloi elois eloisa eloise elon elona elonzo elosy elouise eloy eloá eloísa
    eloïse elphas elpidio elroy els elsa elsabet elsbeth elsebeth elsevər elsie elsworth elsy
    elsí elsý elta elton elturan eluh elva elvan elvana elvar elver elvera elvi elvia elvie
    elvin elvina elvira elvire elvis elvy elvíra elvý elvīra elwanda elwin elwira elwood elwyn
    elxan ely elyas elyse elyssa elza elzada elzbieta elzie elzy elçin eléa eléna eléonore elí
    elía elíana elías elíeser elímar elín elína elínbergur elínbet elínbjörg elínbjört elínborg
    elíndís elíngunnur elínheiður elínmundur elínrós elíná elínór elírós elís elísa elísabet
    elísabeth elöve elīna elşad elşən elżbieta ema emal emaline eman emanoil emanuel emanuela
    emanuele emanuella emanuelly emanuil emanúel emas ember embla embrek embuh emeka emelia
    emelie emelina emeline emely emelyne emelía emelíana emelína emer emeralda emerson emery
    emese emett emiel emigdio emil emilce emile emilee emilia emilian emiliana emiliano emilie
    emilien emilija emilio emilis emilly emilse emily emilía emilíana emilíanna emilý emin emina
    emine emir emiro emirşan emit emiş emma emmaculate emmah emmalee emmaline emmanuel
    emmanuelle emmanúel emmer emmerich emmet emmett emmi emmie emmit emmitt emmons emmy emmý
    emogene emong emory emperatriz empluk emran emre emrullah emry emy emília emý emīlija emīls
    ena enar encarna encarnacion encarnación encarnita enda endah endra endre endrit ene enea
    eneka enes enfes engelbert engilbert engilbjartur engilbjört engiljón engill engilráð
    engilrós engin enginiz engla enid enika enikő eniola enis enith enja enna ennio ennis enno
    enoch enock enok enola enos enrico enrika enrique enriqueta ensar ensari ensio enteng enver
    enya enzi enzio enzo enóla eoghan eoin eola eowyn ephantus ephraim ephram ephriam epifanio
    eppie epsie eral eraldo erasmo erasmus erastus eraycan erbay erbil erby ercan ercihan erdal
    erdemer erdibay erdmute erdogan erdursun erem eremia eren erenalp erensoy eres ergener
    erginel ergönül ergül ergün erhard erhardt eric erica erich erick ericka erik erika erikas
    erin erina erinçer erion eris eriş erkan erkinel erkki erksoy erkılıç erla erland erlar erle
    erlen erlendur erlene erlinda erline erling erlingur erlín erma ermanis ermanno ermenegildo
    ermes ermina ermine ermutlu erna ernest ernestas ernestina ernestine ernesto ernests ernestó
    ernie ernir ernst erny ernő erol eron eroğul erpur errol ersel erseç ertan erten ertuncay
    ertün erva ervaniye ervin erving ervín erwan erwin eryk erykah eryn eryıldız erzsébet eröz
    erşat esa esau esben esco esekíel esenbay esengün esentürk esequiel esfandyar eshan eshana
    esi esila esja esjar esker eskil eskinalp esko eslemnur esley esma esmanperi esmarelda esmee
    esmeralda esmira esmée esna esneider esparta espartaco espen esperanza espiridión esra essa
    essi essie esta esteban estefan estefani estefania estefany estefanía estel estela estell
    estella estelle ester estera esteri estes estevan esther estiawan estie estill estiono
    estiva estiven eston estrella esupofo eszter eta etela etelka etelvina etha ethan ethel
    ethelbert ethelene ethelyn ethen ether ethie ethna ethne ethyl ethyle etibar etienne etiqad
    etizaaz etna etta etter ettie ettore euan eudora eufemia eufemía eufrosina eugen eugene
    eugenia eugenie eugenio eugine eugène eugénia eugénie eula eulah eulalia eulalie eulogio
    eulália euna eunan eunice eunika euphemia eura eusebia eusebio eusebiu eustace eustaquio
    eustațiu eutimio eutropio eva evald evaldas evalena evaline evalyn evalyne evamaria evan
    evance evander evangelia evangelina evangeline evangelista evangelos evanghelina evaristo
    evcimen evde evelena evelia evelien eveliina evelin evelina eveline evelio evelyn evelyne
    evelynn evelína everet everette everline everlyne evert evertt evette evey evfemía evgenía
    evi evia evie evija evita evlalía evon evonne evrim evrimer evy evíta ewa ewald ewan ewart
    ewatomi ewelina ewell ewin ewing exa exequiel exie eyberg eybjörg eybjört eydan eydís
    eyfríður eygerður eygló eyhildur eyja eyjalín eyjólfur eylaugur eyleif eyleifur eylín eymar
    eymundur eyríkur eyrós eyrún eysteinn eyvar eyveig eyvindur eyvör eyyub eyyüp eyþrúður eyþór
    eyþóra ezekiel ezell ezequiel ezgin ezgütekin ezio ezra ezzard eðna eðvald eðvar eðvarð eşim
    eşref e’zoza faas faber fabia fabian fabiana fabien fabienne fabio fabiola fabián fabiënne
    fabrice fabricio fabrisíus fabrizia fabrizio facundo fadekemi faderera fadil fadile fadime
    fadıla fae fahari fahmi fahrullah fainche faiq faisa faizah faizan faize falak falan falgeir
    falguni falk falko fallon falon falur fami famil familə fanaka fannar fannberg fanndís
    fanney fanngeir fanni fannie fannlaug fanny fannye fanný faqid farah faraj faraja farangiz
    faras farhan farhiya farhod farhunnisa farid farida farijika fariq faris fariz fariza faron
    farouk farrah farrell farris faruk farzona fathonah fatigül fatih fatiha fatihə fatima
    fatime fatimə fatinur fatma fatmanur fatmir fatmire faton fatteh fatuma faustas faustino
    fausto fawn fay faye fayette fayize fazil fazli fazul feargal fearghal febe febi febrún
    fedde fedele feden federica federico federigo fedor fehim fehintola fehmiye feisal felecia
    felice felicia feliciana feliciano felicidad felicie felicien felicitas felicity feliks
    feline felipa felipe felisa felisha felista felister felistus felix felizitas fella felton
    fem fema femke fengur fenna fenne fenni fenrir fenton ferahdiba ferat feraye ferd ferdi
    ferdinand ferdinando ferdínand feremez ferenc fergal fergus ferhan ferhat feriel ferihan
    ferinaz ferman fermuta fermín fern fernand fernanda fernande fernando ferne ferney ferny
    ferre ferrell ferris fersan fertram feruza feryas ferzi festus fetullah feyha feykir feyruz
    feyzin feza fiachra fiamma fibikemi fidan fidaye fidel fidela fidelia fidelis fidelma
    fidencio fidvi fielding fien fiene fiifi fikayomi fikrət fildan filip filipa filipe filippa
    filippo filippus filippía filipía filit filiz filofteia filomena filoména fimar finbar
    finbarr finian finis finley finn finna finnbjörg finnbjörk finnbjörn finnboga finnbogi
    finnborg finndís finnegan finney finnfríður finngeir finnjón finnlaug finnlaugur finnrós
    finnur finnvarður finola fintan fiodor fiona fionan fionna fionntan fionnuala fionnula
    fiorella fiorenzo fiorino firdavs firdevis firdovsi firman firmin firudin firuzə firəngiz
    fisnik fitan fitim fitnat fito fitore fitria fitriani fitzhugh fiyaz fizzə fjalar fjalldís
    fjarki fjolla fjóla fjólar fjólmundur fjölnir fjölvar fjörnir flamur flannan flavia flavie
    flavio flaviu fleda fleeta flem flemming fleta fleur flo floare floarea flonnie floortje
    flor flora florance flore florea florence florencia florencio florene florent florentin
    florentina florentine florentino florența floretta florian floriana floriane florica
    floridor florie florim florin florina florinda florine floris florián florrie flosi flossie
    floy flurin flurina flóki flóra flórent flóvent foch fodil folashade folda folke folker
    folkert folu fonda forni fortunata fortunato fossmar fotima fount fouzia foy frado fran
    franc franca frances francesca francesco franchesca franci francia francies francina
    francine francis francisc francisca francisco franciscus franciska francisquita franciszek
    franck franco francoise francy franjo frank franka franklin frankline franklyn franklín
    franky frans fransiska františek františka franz franziska françois françoise frančišek
    frauke frazer frazier fred freda freddy frede frederic frederica frederick fredericka
    frederico frederik frederika frederike frederikke frederique fredi fredie fredo fredric
    fredrick fredrik fredrika fredy freeda fregn freia freida freja fremont fresia freya
    freybjörn freydís freygarður freygerður freyja freylaug freyleif freymar freymundur
    freymóður freyr freysteinn freyviður freyþór fricis frida fridah fridolin fridrich frieda
    friedbert friedemann frieder friedericke friederike friedhelm friedhilde friedhold friedl
    friedlinde friedo friedrich frigg frithjof fritz friðberg friðbergur friðbert friðbjörg
    friðbjörn friðbjört friðborg friðdís friðdóra friðey friðfinna friðfinnur friðgeir
    friðgerður friðjón friðjóna friðlaug friðlaugur friðleif friðleifur friðlín friðmann friðmar
    friðmey friðmundur friðný friðrik friðrika friðrikka friðrós friðrún friðsemd friðsteinn
    friður friðveig friðvin friðþjófur friðþór friðþóra frode froilán frona fronia fronie
    fronnie frosti frostrós frusina fryderyk frán fránn frár frédéric frédérique frímann fríða
    fríður fróði fróðmar fróðný fuad fulgencio fulvio fuma fumiko funi fura furman fuzayl fuzuli
    fylkir fynn fábio fáfnir fálki fátima félicie féline félix fía fídes fífa fífill fólki fönn
    fúsi fügen füzuli fəhmin fərahim fərda fərhad fərid fəridə fərman fərqanə fərrux fəxri
    fəxriyyə fəxrəddin fəyyaz fəzail gabe gabel gabi gabin gabino gabor gabriel gabriela
    gabriele gabrielius gabriella gabrielle gabrielly gabriël gabríel gabríela gabríella gaby
    gada gadang gading gaduh gael gaetano gagan gage gaia gaida gaige gail gaiman gaines gaither
    gaja galak galang galar galasso galdur galen galih galilea galina galiono galip gallego galo
    galuh galur galvarino gamalíel gaman gamani gamanto gambira gamblang gambo ganda gandewa
    gandi ganep ganga gangsa gangsar gani ganimete ganiye ganjaran gannon gantar gara garan
    garang garda garech gareth garett garey garfield garibaldi garima garland garnet garnett
    garold garpur garret garreth garrett garri garrick garry garth garvan garvin gary garðar
    gaspar gaspard gaspare gasper gasti gaston gastone gastón gathoni gatis gatot gatra gaui
    gauja gaukur gaurang gaurangi gaurav gauri gaurika gautam gautami gauthier gauthildur gauti
    gautrekur gautur gautviður gavan gaven gavin gavyn gawati gayathri gaye gayla gayle gaylen
    gaylene gaylon gaylord gaynell gazel gazmend gaël gaëlle gaëtan gašpar gbadebo gbolahan
    gbowoade geanina gearld gearldine gearoid geary gebhard gediminas gedion geert geetika
    gefjun gefn geir geira geirarður geirbjörg geirdís geirfinna geirfinnur geirfríður
    geirharður geirhildur geirhjörtur geirhvatur geiri geirlaug geirlaugur geirleifur geirlöð
    geirmundur geirný geirríður geirröður geirrún geirtryggur geirvaldur geirólfur geirþjófur
    geirþrúður geisli gejza gelengül gellir gelsomina gelu gema gemma gena genaro gencaslan
    genevieve geneviève genevra genie gennaro gennie geno genovefa genoveva genta gençay
    gențiana geoffrey geoffroy geofrey georg georganna george georgeann georgeanna georgel
    georgene georges georgeta georgetta georgette georgiana georgiann georgianna georgie
    georgina georgine georgios georgía geovanni geovanny gerald geraldine geraldo geralyn gerard
    gerarda gerardine gerardo gerardus geraud geray gerd gerda gerdi gereon gerfried gergely
    gergő gerhard gerhardt gerhart gerhild geri gerlind gerlinde germain germaine germana germán
    gernot gero gerold gerolf geronimo gerrard gerri gerrit gerson gert gerta gertha gerti
    gertie gertraud gertraude gertraut gertrud gertrude gertrudis gertrúda gervasio gerwin gery
    gerða gerðar gerður gerónimo gesa gesare gesche gesine gestheiður gestný gestrún gestur geta
    gethera getrude geza ghaalib ghaazi ghaffaar ghafoor ghaith ghalib ghaliyati ghanee ghanem
    ghani ghannam ghasaan ghauth ghawth ghayoor ghazalan ghazanfar ghazanfer ghazawan ghazi
    ghazzal ghenadie gheorghe gheorghiță gherghina ghilas ghislain ghislaine ghiyaath ghiyath
    ghiță ghufran ghulaam ghulam ghunayn ghusharib ghusun ghutayf gia giacinto giacobbe giacomo
    giada giampaolo giampiero gian giana giancarlo gianfrancesco gianfranco gianina gianluca
    gianluigi gianmarco gianna gianni gianpaolo gianpietro gicu gică gideon gidget giedrius
    giedrė giel giesela gifford gifty gigi gijs gil gilang gilbert gilberte gilberto gilda
    gildardo gilford gilles gillian gillie gillis gillý gilma gilman gilmar gilmer gilmore gils
    gilslaug gina ginette ginny gino gintarė ginyas gioacchino gioachino gioele gioffre gioia
    gion gionata giorgia giorgian giorgiana giorgio giosuè giovani giovanna giovanni giovanny
    girik girindra girish girolamo girtha gisa gisbert gisela gisele giselle gislinde gisselle
    gissunn gissur gisèle gitau githinji gitonga gitta gitte giulia giuliana giuliano giulietta
    giulio giuseppa giuseppe giuseppina giustino giz gizela gizella gizem gizur gjaflaug gjúki
    gladis gladstone gladyce gladys glauco glen glenda glendon glendora glenn glenna glennie
    glennis glenwood glenys glinda gloria gloría glover glynda glynis glynn gló glóa glóbjört
    glódís glóey glói glóð glúmur gneisti gná gnúpur gnýr goda godelieva godelieve godfrey
    godofredo godwin goebel goffredo gohar golda goldia goldie goma goncafer goncalo gonzalo
    gonçalo gopal goran gorazd gordan gordana gorden gordon gorge gorm gottfrid gottfried
    gotthard gotthilf gotthold gottlieb gottlob gottskálk gottsveinn goyo goði goðmundur
    gracelyn gracia graciana graciano gracie graciela grady graeme grafton graham grainne grani
    grania grankell grant granville grayce graydon grayling grayson grazia graziano graziella
    grazyna grațian grațiana grațiela greca grecia greco grega greger gregg greggory gregor
    gregoria gregorian gregorio gregory grein greipur greppur gret greta gretar gretchen grete
    gretel grethe gretl gretta grettir greyson gricelda griet grieta grigore grisel griselda
    grit gro grover grzegorz grégoire grégory grélöð grét gréta grétar gríma grímar grímey
    grímheiður grímhildur grímkell grímlaugur grímnir grímur grímólfur grímúlfur gróa grēta
    guadalupe guarino gudrun gudula guenter guenther guglielmo gugu gugulethu guido guilford
    guilherme guillaume guillermina guillermo guiomar guiseppe gulab gulfaam gulfam gullbrá
    gullveig gullý gulshan gulzar gumercindo gumi gumma gunar gunbir gunborg gunda gundel
    gundhild gundi gundolf gundula guneet guney gunhild gunilla gunita gunn gunnar gunnberg
    gunnbjörg gunnbjörn gunnbjört gunnborg gunndís gunndór gunndóra gunnel gunnella gunner
    gunnfinna gunnfríður gunngeir gunnhallur gunnharða gunnheiður gunnhildur gunnjóna gunnlaug
    gunnlaugur gunnleif gunnleifur gunnlöð gunnröður gunnrún gunnsteinn gunnur gunnvaldur
    gunnveig gunnvör gunnólfur gunnóli gunný gunnþór gunnþóra gunnþórunn gunta guntars gunter
    gunther guntis guntram gunvor gunārs gurli gurney gurrý guss gussie gust gusta gustaaf
    gustaf gustas gustav gustave gustavo gustavus gustaw gusti gustie gustáv gusztáv guthrie
    gutti guttormur guus guusje guðberg guðbergur guðbjarni guðbjartur guðbjörg guðbjörn
    guðbjört guðborg guðbrandur guðdís guðfinna guðfinnur guðfreður guðfríður guðgeir guðjón
    guðjóna guðlaug guðlaugur guðleif guðleifur guðleikur guðlín guðmann guðmar guðmey guðmon
    guðmunda guðmundur guðmundína guðni guðný guðráður guðríður guðröður guðrún guðsteina
    guðsteinn guðvarður guðveig guðveigur guðvin guðþór gwen gwenael gwenaëlle gwenda gwendolen
    gwendoline gwendolyn gwyn gwyneth gyda gylfi gyrðir gytis gytta gytė gyula gyða gyðja
    gyðríður gyöngyi györgy györgyi győző gzim gábor gæfa gæflaug génesis gérald géraldine
    gérard géza gía gídeon gígja gígjar gísela gísla gísley gísli gíslný gíslrún gíslunn gíslína
    gíta góa gógó gói gök gökay gökbudun göken gökhan göknur gökperi göksev gökten gökçe
    gökçebalan gökçil göli gönen gönül göran görgünay görklü görsev gösta göte götz gözel gözem
    gúa gústaf gústav gücal gül gülarə gülay gülağa gülbala gülbani gülbeyan gülbiye gülcegün
    güldam gülder güldünya gülel gülenay güler gülev güleğen gülfari gülfeza gülgen gülgüzel
    gülhisar gülinaz gülkadın güllühan güllər gülmira gülmisal gülnar gülnarə gülnaz gülnaziye
    gülnur gülper gülsalın gülselin gülsen gülseren gülsevil gülsiye gülsü gülsüm gültac gülten
    gülter gültəkin gülxar gülzadiye gülzar gülçe gülçin gülçöhrə gülözge gülüs gülüstan gülüş
    gülşa gülşahin gülşeref gülşən gülər gümüştekin günar günay günaydin günden gündüz gündüzalp
    günebakan güneri güngördü güngören günkurt günsel günser günter günther günver günşen
    gürarda gürcüye gürelcem gürsal gürten güverçin güzey güçal güçlüer güçyeter gýgjar gýmir
    gəray habib habiba habibe habibu habil haciali hacile hacıbəy hadassa hadassah hadda haddi
    haddur haddý haden hadi hadicha hadija hadithi hadiza hadjer hadley hadrey hadrien hafberg
    hafbjörg hafborg hafdís hafey hafgrímur hafiz hafliða hafliði haflína hafnar hafni hafný
    hafrós hafrún hafsa hafsat hafshah hafsteina hafsteinn hafþór hafþóra hafıza hagalín
    hagbarður hagbert hagen haiba haiden hailee hailey hailie hairyanto hajnalka hajo hakan
    hakeem haki hakikat hakim halbert haleigh halenur haley hali halid halidun halie halil halim
    halima halina halisi haliye halla hallbera hallberg hallbjörg hallbjörn hallborg halldís
    halldór halldóra halle halley hallfreður hallfríður hallgarður hallgeir hallgerður hallgils
    hallgrímur hallgunnur hallie hallkatla hallkell hallmann hallmar hallmundur hallný hallrún
    hallsteinn hallur hallvarður hallveig hallvör hallþór halsey haluk hamar hami hamid hamima
    hamis hamish hamisi hamiyet hamp hampus hamsini hamza hamzah hana hanbiken hanedan hani
    hania hanife hanim hanja hanna hannabel hannah hannchen hanne hannele hannelore hannes
    hanney hanni hannibal hanno hanns hannu hanny hanora hans hansa hansel hansford hansgeorg
    hansjoachim hansjörg hansjürg hansjürgen hanspeter hansruedi hanss hansueli hansultan
    hansína haralamb haralambie harald haraldur harambee harbinaz hardana hardi hardie hardik
    hardin harding hardy hari harijs harimurti harinakshi harini haris harish harita hariz harja
    harjasa harjaya harjo harl harlan harland harlen harlene harlie harlon harlow harman harmon
    harnail harol harold haroldo haron harpa harrell harri harrie harriet harriett harriette
    harrison harro harrold harry harrý harsana harsanto harsaya harshil hartaka hartana hartley
    hartmann hartmut hartmuth harto hartvig hartwell hartwig haruko harun haruna harve harvey
    harvie harvy hasan hasbek hasel hasgül hashiki hasim haskell hasna hasret hassan hassie
    hasso hasta hatem hatice hatima hatin hattie hauksteinn haukur haukvaldur hauwa hauður hava
    havali havse hawa hawehindi hayali hayat hayden haydée hayel haylee hayleigh hayley haylie
    hayret hayrünnisa hays hayward haywood hazeem hazel hazelle hazen hazine hazle hazrat
    heather heba heber hebert hector hedda hedi hedvig hedviga hedvika hedwig hedy hedí hege
    heide heidelinde heidelore heidemarie heiderose heidi heidrun heidy heike heikir heikki
    heiko heilmóður heimir heimo heiner heinfried heini heino heinrekur heinrich heinz heisi
    heitor heiða heiðar heiðarr heiðberg heiðbert heiðbjörg heiðbjörk heiðbjört heiðbrá heiðdís
    heiðlaug heiðlindur heiðlóa heiðmann heiðmar heiðmundur heiðný heiðrekur heiðrós heiðrún
    heiður heiðveig hekima hekime hekla hekmet hektor helaine helan heleen helen helena helene
    helfried helga helge helgi heli helinä heliodoro hella helle hellen hellena hellevi hellmut
    hellmuth helma helmar helmer helmi helmtrud helmut helmuth helmút heloisa heloise heloísa
    helvi helyn helén heléne helēna hema hemal hemang hemangini hemani hemi hemmert hendra
    hendri hendrik hendrikka henery henife henk henna henner henni hennie henning henny henný
    henretta henri henric henrich henricus henrieta henrietta henriette henrik henrika henrike
    henrikki henriks henrique henry henryk henríetta henrý hera heracleea heraclio heraldo
    herbert herberto herbjörg herbjörn herbjört herborg herdis herdís herfinnur herfríður
    hergeir hergerður hergill hergils heribert heriberto herjólfur herlaug herlaugur herleifur
    herlinda herlinde herluf herma herman hermanis hermann hermanni hermelinda hermenegildo
    hermes hermina herminda hermine herminia herminio hermon hermundur hermína hermóður hernan
    hernando herney hernán herrmann herschel hershel hershell hersilía hersir hersteinn
    hersveinn herta hertha heru hervar hervarður hervey hervin hervé hervör herwig heryanto
    herþrúður hesbon hessie hester hesti hettie hetty heva heydər heyvetullah heyward hezekiah
    hezniye hezron hezzie hicham hicran hidaya hidde hideo hidir hikmət hilah hilal hilario
    hilary hilaríus hilayda hilbert hilda hildah hildar hildburg hilde hildegard hildegarde
    hildegart hildegund hildegunde hildibergur hildibjörg hildibrandur hildigeir hildigerður
    hildiglúmur hildigunnur hildimar hildimundur hilding hildingur hildir hildiríður hildisif
    hildiþór hildred hildur hilkka hillard hillary hillery hillevi hilliard hilma hilmar hilmer
    hilmir hiltraud hiltrud himawan himinbjörg himri hindal hinet hinewai hinrich hinrik hinrika
    hinrikka hipólito hiral hiram hiroshi hitesh hiçsönmez hjallkár hjalmar hjalmer hjalta
    hjalte hjaltey hjalti hjarnar hjálmar hjálmdís hjálmey hjálmfríður hjálmgeir hjálmgerður
    hjálmrós hjálmrún hjálmtýr hjálmur hjálmveig hjálmþór hjördis hjördís hjörfríður hjörleif
    hjörleifur hjörný hjörtfríður hjörtur hjörtþór hjörvar hlaðgerður hleiðar hlini hljómur
    hlynur hlédís hlégestur hlér hlíf hlífar hlín hlíðar hlíðberg hlökk hlöðmundur hlöður
    hlöðvarður hlöðver hnefill hnikar hnikarr hoani hobart hobert hobson hocine hodari hoke
    holgeir holger holli hollie hollis holly holm holti homero honora honoré horacio horatio
    horațiu horea horia horst hortencia hortense hortensia hortenzia horton horymír hosea hosie
    hosteen houcine houda howard howell hoy hoyt hoàng hoşkadem hrafn hrafna hrafnar hrafnbergur
    hrafnborg hrafndís hrafney hrafngerður hrafnheiður hrafnhildur hrafnkatla hrafnkell
    hrafnlaug hrafntinna hrafntýr hrannar hrappur hraunar hraundís hredhaan hrefna hreggviður
    hreimur hreindís hreinn hreiðar hreiðmar hringur hritik hrollaugur hrolleifur hrund hrvoje
    hrærekur hrímnir hróaldur hróar hróbjartur hrói hrólfdís hrólfur hrómundur hróðgeir hróðmar
    hróðný hróðvar hróðólfur hrönn hrútur huban hubbard hubert hubertine hubertus hudavent huey
    hugberg hugbjörg hugbjört hugborg hugdís hugh hughey hughie hugi huginn hugleikur hugljúf
    hugo hugrún hugues huguette hugó huia huld hulda huldah huldar huldrún huldís humaira
    humaiya humayra humberto humoyun hunalp hunor hurbert hurican hurley hurşide hussein huston
    huxley huy huzaifa huzuri hvannar hvönn hyltir hylur hyman hymen hynek hyrum hákon hákonía
    háleygur hálfdan hálfdán hámundur hárekur hárlaugur hásteinn hávar hávarr hávarður håkan
    håkon håvard hængur hænir héctor héloïse hélène héðinn híram hólm hólmar hólmbert hólmbjörg
    hólmdís hólmfastur hólmfríður hólmgeir hólmgrímur hólmkell hólmsteinn hólmþór hóseas hödd
    högna högni hökümə hörn hörður höskuldur höður húbert húgó húmi húnbjörg húnbogi húndís
    húngerður húni húnn húnröður hüda hükümdar hülya hümbət hümeyra hürdoğan hürmet hüryaşar
    hürüyet hüseyin hüseyn hüseynqulu hüsmen hüsniyyə hüsnühâl hıfzullah hưng hương həci həcər
    həmid həsən həsənağa həzi hồng iacob iain ian iancu ianis iara iasmina ibaad iben ibeth
    ibidapo ibironke ibn ibolya ibraaheem ibraheem ibrahim ibrani ibrohim ibun ibán ica icey
    icha icie ida idabelle idamae idda ide idell idella idika idrees idris idriz idun idık
    ieremia iesa iesha ieshia ieva ifa ifeanyi ifechukwu ifeoma ifora iftikhaar iftikhar
    ifunanya ige ignace ignacia ignacio ignacy ignas ignatius ignatz ignaz ignazio ignác ignė
    igor igors ihab ihaia ihsaan ihsan ihtesham ihtiram ihtishaam ihtsham iida iiris iisakki
    ijaya ijli ika ikbal ike ikenna ikeoluwa iker ikhlaas ikhsan ikin ikraam ikram ikramah
    ikrimah ikshita ila ilah ilan ilari ilaria ilarie ilarion ilda ildefonso ildiko ildikó ildız
    ileana ilene ilenia ilga ilgı ilhan iliana ilias ilie ilija ilinca ilir ilja ilka ilkka illa
    illugi illya ilma ilmari ilmur ilmārs ilo ilona ilonka ilsa ilse ilyas ilyes ilze ima imane
    imani imanol imants imany imara imaran imelda imene imer imke immaculate immanuel immanúel
    immo immý imogen imogene imona imran imre imrich imron ina inaya inda indah indali indi
    indira indra indrajit indrek indriði indriķis indrė indía indíana indíra ine inell ines
    inese ineta inez inga ingalill ingberg ingbert ingdís inge ingeborg ingeburg ingegerd
    ingegärd ingela ingelise ingelore ingemar inger ingetraud ingetraut ingey ingheiður
    inghildur ingi ingiberg ingibergur ingibert ingibjartur ingibjörg ingibjörn ingibjört
    ingiborg ingifinna ingifríður ingigerður ingilaug ingileif ingileifur ingilín ingimagn
    ingimar ingimaría ingimunda ingimundur ingiríður ingirós ingisól ingivaldur ingiveig ingiþór
    ingjaldur ingmar ingo ingolf ingram ingrid ingrida ingried ingrún ingrīda inguna ingunn
    ingvaldur ingvar ingveldur ingvi ingólfur ingþór inioluwa inka inken inkeri inmaculada inna
    inocencio inocențiu insa inta intan inès inés inês ināra ioan ioana ioanina ioannis iola
    iolanda iona ione ionel ionela ionelia ionică ionuț iosefina iosif ippazio ira irena irene
    iretioluwa irfan iriana iridenta iridian irina irine irinel iris irja irl irma irmantas
    irmela irmeli irmengard irmgard irmhild irmi irmingard irmtraud irmtraut irmtrud irmý
    irnanto irpa irsad irungu irva irven irvin irwan irya iryna irène irén iréne irēna irıs isa
    isaac isaack isaak isabel isabela isabell isabella isabelle isabelly isac isack isadora
    isadore isai isaiah isaias isak isaline isam isamar isaque isaura isaya isaías ise iseoluwa
    isfandiyor isha ishaan isham ishani ishanvi ishita ishmael ishola ishwar isiah isidor
    isidora isidore isidoro isidro isla islom ismael ismail ismaël ismet ismo ismoil ismık
    isobel isolde isolina isom isreal issa issac issack issi istvan istván ita itanya ituri
    itzel itziar iulia iulian iuliana iuliu iurie iustin iustina iustinian iva ivah ivan ivana
    ivanka ivanna ivano ivar ivars iver iverson iveta ivette ivey ivica ivie ivka ivo ivona
    ivone ivonne ivor ivy iván iwan iwo iwona iyabode iyadunni iyana iyanna iymona iza izaaz
    izabela izabella izabelle izabelė izaiah izayah ize izetta izidor izola izora iztok iða
    iðunn iñaki iľja işin işıkay işıman işın i̇biş i̇brahim i̇de i̇diris i̇hsan i̇kiz i̇klim
    i̇lahə i̇lalmış i̇lbek i̇ldem i̇ldeş i̇lgi i̇lham i̇lhamə i̇lim i̇lkanə i̇lkbahar i̇lkim
    i̇lkin i̇lklima i̇lmafer i̇lnarə i̇lper i̇lqar i̇lqarə i̇lsu i̇lteriş i̇lyas i̇mam i̇mge
    i̇mran i̇mren i̇mrihan i̇nançlı i̇narə i̇nayət i̇ncifir i̇nqilab i̇nsaf i̇ntihap i̇ntiqam
    i̇ntizar i̇radə i̇rfan i̇sa i̇sak i̇sgəndər i̇slam i̇slime i̇smayıl i̇smet i̇smət i̇sra
    i̇srafil i̇vecen i̇xtiyar i̇yiyürek i̇zel i̇zgü i̇zzət i̇çimbike i̇şcan jaabir jaafar jaak
    jaakko jaan jaana jaanus jabal jabari jabbaar jabbar jabez jabir jabr jabulani jacalyn jace
    jacek jacey jacinta jacintha jacinto jack jackeline jacki jackline jacklyn jackson jacky
    jaclyn jacob jacobine jacobo jacobus jacoby jacopo jacque jacquelin jacqueline jacquelyn
    jacques jacquez jacquline jacqulyn jad jada jade jaden jader jadiel jadon jadranka jadwiga
    jadyn jaeda jaeden jael jaelyn jaelynn jaeman jafar jafet jaffer jaga jagapati jagaraga
    jagat jagdish jagger jagrati jagvi jahangir jahanzeb jahdami jahdari jaheem jaheim jahi
    jahiem jahir jahiz jahm jahongir jai jaida jaiden jaider jaidyn jailene jailyn jaiman jaime
    jaimee jaimie jair jairaj jairo jairus jais jajuan jaka jakayla jake jaki jakob jakobe
    jakobs jakobína jakop jakov jakub jalaal jalal jaleel jalees jaleesa jalen jalia jalil
    jalisa jalissa jaliyah jalmari jalol jalon jalsa jalyn jalynn jalə jamaal jamal jamalia
    jamar jamarcus jamari jamarion jame jameel jamel james jameson jamey jami jamie jamil jamila
    jamin jamir jamison jamiya jammie jamshid jamya jan jana janae janaki janani janay jane
    janeen janel janell janelle janene janessa janet janeta janeth janett janetta janette janey
    janez jangwa jani janiah janic janice janick janie janik janin janina janine janis janiya
    janiyah janja jankat janko jann janna janne janneth jannette janni jannie jannik jannika
    jannis jano janos janosch januja janus janusz janya janyce japhet japheth jaquan jaquelin
    jaqueline jaquez jara jarad jared jaren jaret jarett jari jarkko jarl jarlath jarleth
    jarmila jarmo jarne jarno jarod jarolím jaromír jaromíra jaron jaroslav jaroslava jaroslaw
    jarrad jarred jarrell jarret jarrett jarrod jaruthip jaruwan jarvis jarwa jarwadi jarwi
    jarún jarþrúður jase jasen jasiah jasin jasiri jaslene jaslyn jasmani jasmijn jasmin jasmina
    jasmine jasminka jasmit jasmyn jasmyne jasmín jasna jason jasper jasur jaswadi jati jatin
    jatmiko jaunita javan javen javi javier javiera javion javohir javon javonte jax jaxen jaxon
    jaxson jaxton jay jaya jayadi jayce jaycee jaycie jaycob jayda jaydan jayde jayden jaydin
    jaydon jaye jayeng jayla jaylah jaylan jaylee jayleen jaylen jaylene jaylin jaylinn jaylon
    jaylyn jaylynn jayme jaymes jayne jayson jayvion jayvon jazlene jazlyn jazlynn jazmin
    jazmine jazmyn jazmyne jazmín jaël ja’far jean jeana jeane jeanetta jeanette jeanie jeanine
    jeanmarie jeanna jeanne jeannette jeannie jeannine jeannot jeanny jeb jebet jecinta jed
    jedediah jedidah jedidiah jeet jeevika jef jeferson jeff jefferey jefferson jeffery jeffie
    jeffrey jeffry jefri jeison jeisson jekaterina jelagat jelani jele jelena jelita jelka jelle
    jelte jemal jemima jemimah jemma jemutai jena jenaro jenel jenelle jenetta jenifer jeniffer
    jenilee jenipher jenna jennette jenni jennie jennifer jenniffer jenny jenný jens jensína
    jente jenő jep jepchirchir jepchumba jepkemoi jepkoech jepkorir jepkosgei jeppe jeptha
    jeptoo jerad jerald jeraldine jeramiah jeramie jeramy jere jered jerel jereme jeremey jeremi
    jeremiah jeremias jeremie jeremy jeremías jerguš jeri jerica jerilyn jerilynn jerimiah
    jerimy jerker jermain jermaine jerman jermey jermiah jernej jerneja jerod jeroen jerold
    jerome jeromy jeronimo jerono jerop jerotich jerrad jerrel jerrell jerri jerrica jerrie
    jerrilyn jerrod jerrold jerry jerson jerusha jeruto jeryl jerzy jerónimo jerôme jes jesca
    jesenia jesica jesper jesse jessee jessenia jessi jessica jessie jessika jessy jessye jessý
    jesusa jesús jethro jetmir jeton jett jetta jettie jevgeni jevon jewell jezups jhalak jhan
    jhoan jhoana jhon jhonatan jhonny jhony jil jiles jill jillian jim jimena jimmie jimmy jina
    jinawi jindra jindřich jindřiška jinjuta jinnie jinthe jip jiri jitka jitrin jiřina jiří
    joachim joacim joakim joan joana joanie joann joanna joanne joannes joao joaquim joaquin
    joaquina joaquín joash jobe jobst jocelyn jocelyne jocelynn jochem jochen jochum jodi jodie
    jody joe joel joell joella joelle joellen joep joerg joeri joeseph joesph joetta joette
    joffrey johan johana johann johanna johannah johanne johannes johans johathan john johnathan
    johnathon johney johnie johnna johnnie johnny johnpaul johnstone johny joi joko jokūbas
    jolana jolanda jolanta jolanthe joleen jolene jolette jolie jolien jolijn jolina joline
    jolán jon jona jonah jonas jonatan jonathan jonathon jonell joni jonna jonnie jonny jono
    jonás jonáš joojo joona joonas joonatan joost joppe joram joran jordan jordana jorden jordi
    jordin jordon jordy jordyn jordán joren joretta jorge joris jorja jorma jorn jort jorunn
    jory jorūnė jos jose josef josefa josefiina josefin josefina josefine josefita joselin
    joseline joseluis joselyn josep joseph josepha josephat josephina josephine josephus josette
    josh joshua joshuah josiah josiane josianne josie josiephine josip josipa joslyn joso
    josphat josphine josse jossie jost josua josue josué josy josé josée joséphine jouko jouni
    jovan jovana jovani jovanni jovanny jovany jovina jovita joyce joycelyn joye joyline jozef
    jozefína jozo joão joé joël joëlle joško jožef jožefa jožica jua juan juana juanita juanito
    judah judd jude judi judie judit judita judith judson judy judyth juelz juergen juha juhana
    juhani juho jukka jule jules juli julia julian juliana juliane juliann julianna julianne
    julie julien julienne juliet julieta julieth juliette julija julijana julio julious julisa
    julissa julita julius juliusz julián juluis juma jumaane jumadi jumari juna juni junia junie
    junious junius juozas juraj jure jurgen jurgita juri jurij juris jurre jussi justas justen
    justin justina justinas justine justiniani justo juston justus justyn justyna justína jusuf
    jutta juul juulia juuso juvenal juwan juwon jyoti jyrki jytte ján jános járnbrá járngerður
    járngrímur játgeir játmundur játvarður jázmin jérémie jérémy jérôme jéssica jóa jóakim jóann
    jóanna jódís jóel jófríður jóhann jóhanna jóhannes jói jólín jómar jómundur jón jóna jónanna
    jónar jónas jónasína jónatan jónbjörg jónbjörn jónbjört jóndís jóndór jóndóra jóney
    jónfríður jóngeir jóngerð jónheiður jónhildur jóninna jónmundur jónný jónsteinn jónída
    jónína jóný jónþór jóra jórlaug jórunn jóríður jósafat jósavin jósebína jósef jósefín
    jósefína jósep jósteinn jósúa jóvin józef józsef jökla jökull jökulrós jörfi jörg jörgen
    jörgína jörmundur jörn jörri jörundur jörvar jörvi jørgen júdea júdit júlia július júlí
    júlía júlían júlíana júlíanna júlíetta júlírós júlíus júní júnía júníana júníus júrek jürg
    jürgen jüri jānis jāzeps jēkabs jēkaubs jędrzej jūla jūle jūlija jūlijs kaamil kaan kaaren
    kaarina kaarlo kaashif kaat kaazim kabeer kabir kabiru kacey kachela kaci kacie kacper
    kacung kacy kada kade kadeem kaden kadence kader kadijah kadin kadir kadri kadyn kadınana
    kaeden kael kaela kaelyn kaelynn kafeel kahina kahir kahlil kahu kahurangi kai kaia kaiden
    kaija kaila kailee kailey kailyn kaique kairav kaisa kaitlin kaitlyn kaitlynn kaiya kaj kaja
    kajen kajetan kajji kajsa kajus kakali kaktus kala kalbi kaldi kale kaleb kaleem kaleema
    kaleena kaleigh kalel kalen kalene kalervo kalevi kaley kalgay kali kalie kalim kalina
    kaliyah kalla kalle kallie kalman kalmann kalmar kalpit kaltrina kaluwa kalvin kalyn kamal
    kamala kamar kamari kamaria kamau kambali kamden kameron kami kamidin kamiel kamil kamila
    kamilah kamilla kamilly kamilə kamma kamolchanok kamora kamran kamren kamron kamryn kamya
    kamí kanak kanda kandace kandef kandi kandice kandy kane kanesha kani kania kanini kanisha
    kanpulat kaombwe kapagan kapitola kaprasíus kapítóla kara karaamat karabaş karaca karaer
    karakucak karam karama karan karanbay karani karanja karataş karcan kardelen kardi kareem
    kareen karel karen kari karie karim karima karimah kariman karimi karin karina karine karis
    karissa karitas kariuki karja karkur karl karla karlee karlene karles karley karlfried
    karlheinz karli karlie karlijn karlinna karlo karlotta karlukhan karly karlína karlīna
    karman karmen karna karol karola karolien karoliina karolin karolina karoline karolis
    karolyn karolína karon karren karri karrie karsa karsana karson karsten karsyn karta karter
    kartika karvel karya karyl karyme karyn karí karín karína karítas karó karólín karólína
    kasam kasandra kasen kasey kash kashan kashangaki kashif kashish kashvi kasie kasim kasimir
    kasiran kasiyah kaskazi kason kaspar kaspars kasper kassandra kassidy kassie kassim kastriot
    kastíel kasusra kata katalin katalina katana katariina katarina katarzyna katarína katarínus
    katarīna katcha kate katelijne katelin katelyn katelynn katerina katerine katerína kateřina
    kathaleen katharina katharine katharyn katherin katherina katherine katherinne kathern
    katheryn kathey kathi kathie kathinka kathleen kathlene kathlyn kathrin kathrine kathryn
    kathryne kathy kathyrn kati katia katica katie katina katinka katja katla katleen katlin
    katlyn katlynn kato katri katrien katriina katrijn katrin katrina katrine katriona katrín
    katrína katrīna kattie katty katy kató katý kauko kauri kauthar kaver kavon kavurt kavya
    kawaca kawaya kawkab kawthar kay kaya kayagün kaycee kayden kaydence kaye kaygusuz kayla
    kaylah kaylan kaylee kayleen kayleigh kaylen kaylene kayley kayli kaylie kaylin kaylyn
    kaylynn kayrabay kaysan kayson kayun kayıt kazi kazim kazimierz kazimír kazuko kazuo kazım
    kaðlín kaşif keagan kealan keandre keanna keano keanu keara keaton kecia keegan keelan
    keeley keely keena keenan keenen keesha keeva kefser kegan keifer keijo keila keion keira
    keisha keith keji kelan kelby kelcie keld kelechi keli kelis kellan kellee kellen kelley
    kelli kellie kelly kellý kelsea kelsey kelsi kelsie kelton kelvin kelâmi kem kemal kemba
    kemboi kemuma kemunto ken kenan kenari kendal kendell kendra kendrick kenedy kenes keneth
    kenia kenisha kenji kenley kenn kenna kennard kennedi kennet kenneth kenney kennith kennth
    kenny kent kenter kenth kenton kenyangi kenyatta kenyon kenza kenzie kenzo keon keran keri
    kerim kerime kerman kermit kerri kerrie kerry kerstin kerttu kerubo kerwin kesha keshaun
    keshawn keshia kete ketilbjörg ketilbjörn ketilfríður ketill ketilríður kevan keven kevin
    kevon keya keyaan keyla keyon keyshawn kezban kezia keziah khaalid khaan khadidja khadija
    khadijah khaled khalid khalil khalilah khamani khamisi khanyisile khari khiry khloe khoa kia
    kiaan kiah kian kiana kiandra kianna kiano kiapo kiara kiaran kiarie kiarra kibafupia kibar
    kibet kibibi kiburi kiddý kiefer kiel kiera kieran kiernan kieron kierra kiersten kieth
    kifaye kifayət kijana kijani kike kikelomo kiki kiley kilian kiljan killian kilonzo kilían
    kim kimani kimanzi kimathi kimball kimber kimberely kimberlee kimberley kimberli kimberlie
    kimberly kimbilio kimeu kimmo kimora kimutai kimya kinaya kindra kinga kinley kinsey kinsley
    kinte kinubi kinuthia kinyanjui kinyua kiojah kioko kip kipchirchir kipchumba kipenzi
    kipepeo kipkemboi kipkemoi kipkirui kipkoech kipkorir kipkosgei kipkurui kiplagat kiplangat
    kiplimo kipngeno kipngetich kipp kipras kiprono kiprop kiprotich kipruto kipsang kiptoo
    kipyegon kira kiramettin kiri kirk kirsi kirsten kirsti kirstie kirstin kirstine kirsty
    kirstín kirt kirui kisha kisima kitan kitti kittie kittý kiume kiwara kiya kiyasi kiyoko
    kiyoshi kizzie kizzy kjalar kjallakur kjalvör kjaran kjartan kjarval kjeld kjell kjersti
    kjetil kjárr kjói klaas klara klas klaudia klaudie klaus klavdija klavs klea klemen klemens
    klement klementína klemenz kleópatra kliment kloe klothilde kládía klára kläre klængur knud
    knut knute knörr knútur koby kocabaş koda kodchaporn kody koech koen koenraad kofi koggi
    koha kojo koko kolawole kolbeinn kolbjörg kolbjörn kolbrá kolbrún kolby koldan koldís kole
    kolfinna kolfinnur kolfreyja kolgríma kolgrímur kolka kolmar koloman kolskeggur kolten
    kolton kolur kolviður koncagül kondo konguralp konkordía konner konnor konný konrad konradi
    konradus konráð konstantin konstantinos konstanty konstantínus konstanze konštantín kopan
    kora koray korbin korbinian kordell kordula korede korey kori korinna korir korka korkmazalp
    kormlöð kormákur kornel kornelia kornelija kornelius kornelía kornelíus kornél kornélia kort
    kortney korugan kory kosgei kosisochukwu kotryna kotuz kourtney kovu koçak koçkan koðrán
    koşukhan kraig kraki kreszentia kreszenz kriemhild kris krish krisha krishna krissy krista
    kristal kristall kristan kristaps kristberg kristbergur kristbjörg kristbjörn kristborg
    kristdór kristel kristen kristens kristensa krister kristers kristey kristfinnur kristfríður
    kristgeir kristgerður kristi kristiaan kristian kristiane kristie kristien kristiina
    kristijan kristin kristina kristine kristinn kristián kristiāna kristjan kristjana kristján
    kristjón kristjóna kristlaug kristlaugur kristleifur kristlind kristlín kristmann kristmar
    kristmundur kristný kristof kristofer kristoffer kristopher kristrós kristrún krists
    kristupas kristvaldur kristvarður kristveig kristvin kristvina kristy kristyn kristíana
    kristíanna kristín kristína kristóf kristófer kristólína kristýna kristþór kristþóra
    krisztina krisztián krisztofer kritika krišjānis krišs krištof krummi krysta krystal krysten
    krystian krystin krystina krystle krystyna kryštof krzysztof kría ksawery ksenija kuchanua
    kuddusi kujoe kujtim kullervo kulnun kumral kumush kunaporn kuncara kunibert kunigunda
    kunigunde kuno kunta kunthara kuria kurnia kurt kurtis kurunzi kushtrim kusiima kustaa
    kusuma kutay kutgün kutun kveldúlfur kvetoslav kvetoslava květa květoslava kwabena kwadwo
    kwaku kwamboka kwame kwamena kwasi kweku kweli kwesi kya kyalo kyan kyano kyara kyla kylah
    kylan kyle kylee kyleigh kylene kyler kylian kylie kyllian kyllikki kymani kyra kyree kyrie
    kyson kálmán kár kára kári károly kâmil kâzime käte käthe käthi kåre kæja kévim kévin kókó
    kópur köker köktaş könül kösemen kövsər kübran künkyi kürşad kārlis kęstutis kılıçbay kınel
    kırat kırgız kısmet kıvılcım kızıl kızıltunç kəmalə kəmaləddin kənan kəramət kərim laban
    labeeb labib labinot labuh lacey lachlan laci lacie lacy lada ladarius laddie ladina
    ladislau ladislaus ladislav ladislava ladli ladonna laeeq laetitia lafe lage lahiah lahoma
    laia laika laila lailah lailati laimonis lainey laini laiq laisha laith lajita lajlaj lajos
    lakeisha laken lakendra lakesha lakeshia lakisha laksana laksh lakshit lakshmi lala lalita
    lalla lalo laly lalə laləzar lamarcus lambert lamberto lameck lamine lamiyə lamont lamonte
    lana lanang lance landan landen lander landin lando landon landyn lanette laney
    langalibalele langat langgeng lani lanie lanita lanjar lannie lanny lantar laoise laora
    laqeet laquan laquita lara larae laraine laras larisa larissa lark larkin laron lars larue
    lary lascăr lashanda lashawn lashonda lashunda lasmanto lasmono lasonya lasse lassi lassie
    laswi laszlo latanya latarsha latasha lateef latesha latif latifah latika latisha latonia
    latonya latoria latosha latoya latoyia latrell latrice latricia latrina laufar laufey
    laufheiður laufhildur lauga laugey laugheiður laugi launa laura laurance laure laureano
    laureen lauren laurence laurene laurens laurent laurenz laurenția laurențiu lauretta
    laurette lauri laurian lauriane laurie laurin laurina laurine lauris laurita laurits lauritz
    lauryn laurynas laus laust lautaro lavada lavanya lavar lavelle lavender lavenia lavera
    lavern laverna laverne lavina lavinia lavon lavona lavonda lavonia lavonne lavínia lavīze
    lawanda lawerence lawrance lawrence lawrencia lawton layla laylah laylo layne layth layton
    lazar lazaro laze laziz lazzaro lazăr lazım laçın laëtitia laíla laís lea leafy leah leala
    leamon leana leander leandra leandro leaner leann leanna leanne leano leart leatha leatrice
    leda ledion ledün lee leeann leela leen leena leeroy leesa leevi lega legawa leia leider
    leidy leif leifur leigh leighton leiknir leikný leila leilani leire leisa leisha leitha
    leiðólfur lejla leke lekha lela lelah leland lelar lelia lella lem lembah lemma lemmie lempi
    lemuel len lena lenah lenard lene leni lenin lenka lenn lenna lennard lennart lennarth
    lennert lennie lenny lenon lenora lenord lenore lenwood leo leocadia leocadio leokadia leola
    leoma leon leona leonard leonardo leonce leoncio leone leonel leonhard leoni leonia leonid
    leonidas leonie leonor leonora leonore leons leontin leontina leontine leontīne leonóra
    leopold leopolda leopoldina leopoldine leopoldo leora leordean leota leoš lera lere leroy
    lerze lesa lesana lesia leslee lesley lesli leslie lesly lessie lesta leszek leta letha
    lethia leticia leticija letitia letizia letiția letta lettie letty letícia leva levar
    levente levern levi levie levin levina levis levon levoslav leví lew lewis lex lexi lexie
    lexis lexus leydi leyla leyli leyre lezize leïla leó león leóna leónidas leónóra leópold
    lhanzey lia liam lian liana liane lias liban libardo libbie libby liberto libia libni libor
    libuša libuše liceth licia lică lida liddie lidia lidie lidija lidwina lidya lieke lien
    liene liepa liesa liesbet liesbeth lieschen liesel lieselot lieselotte lieve lieven lieze
    lige ligia ligita liisa lila lilah lilburn lili lilia lilian liliana liliane lilianna lilie
    lilija lilijana lilita lilja liljana liljar liljurós liljá lill lilla lillard lillemor
    liller lilli lillia lillian lilliana lillianna lillie lillis lilly lillý lilo lilou lily
    lilyan lilyana lilyanna lilý lim liman limar limazah limon lina linah linas lind linda
    lindah lindar lindberg lindbergh linddís linde lindell linden lindita lindsay lindsey lindy
    linet linette lingný linh linn linna linnea linnie linnéa lino linsey lintang linton linus
    linwood linzy lio lioara lioba lionel lipika liridon liridona lirim lirjan lis lisa lisandro
    lisanne lisbet lisbeth lise liselott liselotte liseth lisette lish lisha lisle lissa
    lissette lissi lissie lissy listalín liston lita litha littie littleton litzy liv liva livia
    livingstone livio liviu liwia liya liyaaqat liyaqat liz liza lizabeth lizbeth lize lizete
    lizeth lizette lizz lizzie lizzy ljiljana ljubica ljubisa ljubov ljudmila ljósbjörg ljósbrá
    ljósálfur ljótunn ljótur ljúfur llewellyn lloyd lockie loda lode lodewijk lodovico loek loes
    lofn loftur loftveig logan logey logi lohit loice loida lois loise lokbrá loke loki lola
    lolita lolla lollie loma lon lona londisizwe londiwe londyn loney loni lonie lonna lonnie
    lonny lonzo loot lopa lope lora loraine loran lorayne lorcan lorean loredana loree loreen
    lorelai lorelei loren lorena lorene lorenz lorenza lorenzo loreto loretta loretto lori loria
    loriann lorie lorik lorin lorinda lorine loring loris lorna lorne lorraine lorrayne lorri
    lorrie lossie lota lotfi lothar lott lotta lotte lotti lottie lou louana louane louann
    louanna louella louetta loui louie louis louisa louise louka loula louna lourdes lourenço
    lousie louvenia lova lovell lovett lovey lovie lovina lovis lovisa lovre lovro lovísa lowell
    lowie loy loyce loyd loyola loïc loïs loðmundur luan luana luann luanne luara luay luberta
    lubomír luboš luc luca lucas lucca luce lucențiu lucero lucetta lucette luchino lucho lucia
    lucian luciana luciano lucie lucien lucienne lucija lucila lucile lucille lucina lucinda
    lucindy lucio lucious lucius lucrecia lucretia lucrezia lucreția lucrețiu lucy lucía luda
    ludger ludie ludivine ludmila ludmilla ludo ludolf ludovic ludovica ludovico ludovicus
    ludvig ludvik ludvík ludwig ludwina luděk lue luej luella luena luetta lugenia luhung luigi
    luigia luigina luis luisa luisana luise luisina luitgard luiz luiza lujza luka lukas lukasz
    luke lukita lukka lukman lukáš lula lulah lular lulie luljeta lulla lulu luluh lulut lulzim
    lum luminița lumír luna lundi lungile lunna lupe lupita luqmaan luqman lura lurana lurena
    lurhur lurline luster lut lute lutf lutfan lutfi lutgarde lutgardis lutgart luthfi lutie
    lutz luuk luvenia luverne luvinia luwar luwes luyanda luz luzia luzie luzius luzmira luís
    luísa lwandile lya lyam lyda lydell lydia lydiah lydiane lydianne lydie lydía lykke lyla
    lylah lyle lyman lyn lyna lynda lyndia lyndon lyndsay lyndsey lynette lyngar lyngheiður
    lynley lynn lynne lynnette lynsey lynwood lysiane lár lára lárensína lárent lárentíus
    láretta lárey lárus lászló lázaro lâle læla lærke léa léana léandre léane léna léo léon
    léonard léonce léone léonie léontine léopold lér lía líba líf lífdís lín lína línberg
    línbjörg líndís líneik líney línhildur líni lísa lísabet lísandra lísbet lísebet lív lívia
    lóa lóreley lórens lórenz lúcia lúcía lúkas lúna lúsinda lúsía lúter lúther lúvísa lúísa
    lúðvíg lúðvík lúðvíka lüfen lütfi lütfiyyə lýdia lýdie lýdía lýtingur lýður lăcrămioara lėja
    lība līga līna līza lūcija ləman lətafət lətif lətifə maahir maaike maajid maalik maanas
    maanav maaria maarit maarten maartje maawiya maaz maazin mabad mabel mabell mabelle mable
    macarena macaria macario macarthur macauley mace macel maceo macey macharia machelle maci
    macide macie maciej mackenzie macs macy madaha madalena madaline madalyn madalynn madani
    madara maddalena maddison maddox maddux maddý madeleine madelene madelief madeline madelyn
    madelynn madge madhav madhavi madie madilyn madilynn madina madini madisen madison madisyn
    madiyan madleina madlen madlyn madoa madora mads madyan madyson maebell maebelle maegan mael
    maeva maeve mafalda maftuna magali magalie magaly magan magarete magda magdalen magdalena
    magdalene magdaline magdaléna magdolna magen magga maggey maggi maggy maggý magna magndís
    magne magnea magnes magney magnfríður magngeir magnheiður magnhildur magni magnolia magnus
    magnús magnúsína magný magnþór magnþóra magret magrit magðalena mahad mahala mahali mahalia
    mahalie mahaz mahbeer mahboob mahbub mahdee mahdi mahdy maheen maher mahesa mahfooz mahfud
    mahfuj mahfuz mahi mahigül mahika mahir mahirə mahizər mahja mahlon mahmood mahmoud mahmud
    mahmut mahnaz mahsun mahter mahulena maia maicol maida maie maighread maija maik maike
    maiken maikol maila maimuna maimunah maina maingi maira maire mairead mairin mairtin maisa
    maisha maisy maisə maite maitê maivi maiya maj maja majani majd majdi majdy majeed majella
    majken majvor makai makaila makala makan makara makarena makau makayla makeen makena makenna
    makenzie makhi makini makokha makori maks maksim maksimiljan maksur maksymilian maksüde
    makunga makuta makuu mala malachi malachy malak malakai malaki malaya malcolm malcom malea
    maleah malen malena malene malgorzata malia maliah malik malika malin malinda malio malissa
    malissie maliyah maliza malla malle mallie mallorie mallory malorie malou malte malthe malu
    malva malvin malvina malvína malwina malía malín mamadou maman mame mamen mamie mammie mamun
    manaaki manaf manah manaia manan manawa manbir manca manda mandi mandie mandla mandlakhe
    mandy manel manerva manervia manford manfred manfreð manie manilla manja manley mannie
    manola manole manolo manon mansfield manson mansurali mantas manthan mantė manu manuel
    manuela manuelita manuella manuelle manus manuél manya manúel manúela maqsud mara maraea
    maralyn maranda maras marbjörn marc marcantonio marcel marcela marcelina marceline marcelino
    marcell marcella marcelle marcello marcellus marcelo marchello marcheta marci marcia marcial
    marciano marcie marcin marcio marco marcos marcu marcus marcy mardell mardís mare maree
    mareen mareike mareikura mareile marek mareks marel marela mareli marella marely maren
    marese marey marfríður marga margana margaret margareta margarete margaretha margarethe
    margarett margaretta margarette margarida margarita margarite margaritha margarito margaréta
    margaud margaux marge margeir margene margeret margery marget margherita margie margit
    margita margitta margo margot margoth margret margreth margrethe margrett margretta
    margrieta margrit margrith margrjet margrét margrímur marguerite margueritte margunnur
    margurite margus marguy margy marheiður mari maria mariadi mariah mariam marian mariana
    mariane marianela mariangela marianita mariann marianna marianne mariano maribel maribeth
    marica maricel maricela maricica maricruz marie mariechen marieke mariel mariela mariele
    mariella marielle marieluise marietta mariette marija marijan marijana marijke marijn
    marijón marika marikó marilee marilena marilla marilou mariluz marilyn marilynn marin marina
    marinda marinela marinella marinette marini marinka marino marinus marinó mario marioara
    mariola marion marisa marise marisel marisela marisol marissa maristela marit marita maritta
    maritza marius mariusz mariyah marián marja marjaana marjan marjana marjanca marjani
    marjatta marjeta marjo marjona marjorie marjory marjukka marjut marjón markas markel markell
    marketta markita markku marko markrún markus markéta markó markús markþór marla marlana
    marland marlaug marlee marleen marleigh marlen marlena marlene marleny marley marlie marlies
    marliese marlin marlis marlise marlo marlon marly marlyn marlys marlyse marlène marlén
    marlín marlís marni marnie marnita marnix marolyn maron maroof maroš marques marquez marquis
    marquise marquita marri marrion marsa marsellíus marselía marselína marsha marsibil marsilía
    marsito marsudi marsý marta martaka martana martani marte marteinn martell marten martez
    martha marthe marthen marti martijn martika martim martin martina martine martino martirio
    martta martti martyn martynas martí martín martína maruša marva marvin marwa marwata mary
    maryadi maryam maryann maryanne maryanto marybelle marybeth maryellen maryjane maryjo
    marylee marylin maryline marylou marylouise marylyn marylène maryse maryvonne marzena marí
    maría maríam marían maríana maríanna marías marín marína marínella marínó maríon marís
    marísa marísól marít maríuerla maríus marólína marý masako masao masar masika masinde mason
    massiel massimiliano massimo massinissa masume matas matea matei matej mateja mateo mateus
    mateusz matevž matheo matheus mathew mathews mathias mathieu mathijs mathilda mathilde
    mathis mathys mathéo mathías mati matias matic matie matija matilda matilde matiu matjaž
    mato matouš mats matta mattea matteo matthea matthew matthias matthieu matthijs matthilda
    matthildur matthäus matthía matthías matti mattia mattias mattie matts mattye mattéo
    mattíana mattías mattína mattý matunda matyáš matéo matías matúš matěj matīss maua maud
    maude maudie mauno maura maureen mauri maurice mauricette mauricio maurilio maurin maurine
    maurits mauritz maurizio mauro maurus maury maurycy maverick mavie mavis mavuno max maxence
    maxi maxie maxim maxima maxime maximiano maximilian maximiliano maximilien maximilián
    maximillian maximino maximo maximus maxine maxwel maxwell maxx maya maybell maybelle maye
    mayerly maykol mayme maymie maynard maynur mayra maysa mayte mazie mazlum maël maëlle maëlys
    maëva maía maídís maísól maïté maşide maša maža mbithi mboya mbugua mburu mcarthur mcebisi
    mckayla mckenna mckenzie mckinley meabh meagan meaghan mearl mechelle mechthild mechthilde
    mechtild mecide mecit meda medard medina medora medėja meelis meera mees mefarettin mefharet
    megan meggan megha meghan meghana meghann mehbarə mehdi mehdiqulu mehdiye mehin mehman
    mehmed mehmet mehmetzahir mehrigül mehrimoh meibh meik meike meinhard meinolf meinrad meja
    mekhala mekhi mekkin mekkinó mekkín melaha melania melanie melanine melany melba melchior
    melchor melek meleknur melichar melihcan melikkan melina melinda melisa melissa melissia
    melita melitta melker melkorka melkíor melkólmur mell melle mellie mellisa mellissa melodee
    melodie melonie melony melrakki melrós melton melva melville melvin melvina melvine melvyn
    melwin melánia melûl memili mena menachem mendy menfeat mengi mengüç menişan mensalder meral
    merba mercedes mercer merche mercyline merdi mereana merel meret merete merethe mergim
    meriem merijn merike merilyn merim merita merja merkúr merl merle merlene merlin merlyn
    merna merri merrie merrilee merrily merritt mert mertel mertie merton merva merve mervi
    mervin mervyn merwin mery meryem meryeme meryl merzuk meshack messíana mestur mesude mesut
    metehan metha methúsalem metin metinkaya metka metod metrine metta mette mettie metúsalem
    meveddet mevlüdiye mevlüt mey meyhanim meyransa meyvant mezide meşhur mia miah micael
    micaela micah micayla miceal micha michael michaela michaele michail michal michala michale
    michaël michał micheal micheala michel michela michelangelo michele micheletto michelina
    micheline michell michelle michelotto michial michiel michèle mickael mickaël mickie micky
    mie mieke miel miesha mieszko migdalia miglė mignon miguel miguela miguelangel miha mihael
    mihaela mihai mihail mihajlo mihels mihhail mihin mihkel mihnea mihrab mihriye mihály miia
    miika mijo mik mika mikael mikaela mikaelína mikaere mikaila mikal mikala mikalah mikayla
    mikayıl mike mikeal mikel mikels mikhail mikjáll mikkael mikkalína mikkel mikko miklós
    mikołaj mikuláš mikyas mila milada milagros milana milas milay milburn milcah milda
    mildinberg mildred mildríður milena milford milica milissa milka milkah milla millaray
    millard mille millicent millie milly millý milo milorad milos miloslav miloslava milota
    milou milovan miloš milton miluše milán mima mimi mimmi mimoza mimy mina minda mindaugas
    mindi mindy minenhle minerva minervia minh minibe minna minney minnie minný minodora minoru
    minta mintie minurə mio mioara miodrag mira mirabela miran miranda miray mirbadin mircea
    mirco mirdza mireia mireille mirela mirella mireya miriah miriam miriama mirian mirja mirjam
    mirjami mirjana mirko mirlinda mirna miro miron mirona mironshoh miroslav miroslava miroslaw
    miroslawa mirra mirriam mirsad mirta mirte mirtha mirthe mirtie miruna miryam mirzə mirəli
    misael mischa mishat mislav misra missie missy misti mistie misty misuli mitali mitchel
    mitchell mitchelle mitesh mitică mitra mitruț mittie mitzi mitzy miya miyesser mizhir
    miķelis miłosz mjalldís mjallhvít mjaðveig mjöll mjöllnir mjölnir mkarkara mladen mlungisi
    mnqobi moa modena modesta modesto modris modupe moesha mofifoluwa mogens mohamad mohamed
    mohamedi mohammad mohammed mohamud mohand mohini mohinur mohlaroyim moira moises moisés
    mojca mojisola mojisoluwa mojmír moli mollie molly momanyi mona monalisa monica monicah
    monika monique monis monja monna monnie monserrat mont montel montie montrell montserrat
    mora moraa moradeke morayo mordechai moreen morena morenike moreno morgan morgane moriah
    morine moritz morolake morris morten mortimer mose moshe mosi mosinmileoluwa mossie
    mosunmola motunrayo mouloud mounir mourad moureen mourib mourine moussa moya moyosore mozell
    mozella mozelle mrihani mthokozisi muarra mubina mucahit muchiri muema mueni mufide mugambi
    mugdha mugendi muggur mugo mugur mugurel muhallil muhamed muhamet muhammad muhammadali
    muhammadamin muhammadamir muhammadayub muhammadaziz muhammadrizo muhammadsafo muhammadsodiq
    muhammadsolih muhammadumar muhammadyasin muhammadyusuf muhammadziyo muhammed muhammet
    muharrem muhazzim muhima muhip muhiye muhsina muhyettin muia muireann muiruri muizza mujde
    mujur mukbile mukhwana muktedir mulele muli mulwa mulya mulyanto mulyono mumbi mumo mumpuni
    mumtoz munda mundheiður mundhildur mundína munene mungai muni muninn munisa munyao munyoki
    murad murat muratcan murdock muriel murielle muriithi murilo murimi murithi muriuki murl
    murod murry mursalina mursinin mursita murti musa musafet musaffa musau musee musembi
    musfira mushtariy musila muslima mustafa mustafo mustapha mustika mustofa musyoka musyoki
    mutai mutasım muthama muthengi muthoka muthoni muthui mutia mutie mutinda mutiso mutisya
    mutluhan mutua mutuku mutunga muturi muvaffak muvahhide muxlisa muxtar muzaffer muzayyana
    muzdahir muzdalifa muzhir mwamini mwanajuma mwanamisi mwangangi mwangi mwaniki mwanzia
    mwasaa mwaura mwende mwendwa mwezi mwikali mwiti mya myah mychal myer mykel myla mylee myles
    mylie mylène myra myranda myriam myrkvi myrl myrle myrna myron myrra myrta myrtha myrthe
    myrtice myrtie myrtis myrtle mzamo mábil málfríður málhildur málmfríður mánadís máney máni
    már mára márcio mária mário márk márta márton márus mátyás máté máxima máximo märta märtha
    måns mårten mégane mélanie mélina mélissa mélodie mía mías mímir mínerva mír míra míranda
    mítra míó módís móeiður móey móheiður móna mónica mónika móníka móri móric mórits móses móði
    möhsim mörk mörður múli mübariz mübetcel mücellib mücevher müferrih müfit müjde mükramin
    mükrüme mülayim mülâyim mümtaz mümtaze münezzer münif müntəzir münəvvər müret mürit mürsəl
    müsemma müslum müslüm müveddet müzekker müzəffər müğber müşkünaz müşüre mýr mýra mýrkjartan
    mýrún māra māris mārtiņš mārīte mădălin mădălina mălina mărioara măriuca mədinə məhru
    məhəmməd məhərrəm məlahət məleykə məmməd mənsur mənsurə məryəm mərziyyə məsmə mətanət naadir
    naail naajy naasih naasir naathim naazhim nabeeh nabeel nabhan nabigh nabih nabil nabila
    nacer nachiket nacho nacio nada nadeem nades nadeschda nadeshda nadežda nadhir nadia nadim
    nadin nadine nadir nadja nadr nadège nadía naděžda nae naeem nael nafasat nafees nafesa
    nafii nafile nafis nafula naglis nahashon nahiara nahidə nahla nahuel naiara naib naibə
    naide nailə naim naima naimh nair naja najair najam najee najeeb najib najuma najwa naki
    nakia nakif nakip nakisha nakita naksh nakul nalar naliaka nallely nalân namiq namon nan
    nana nanci nancie nancy nand nandini nando nanette nanie nanjala nanna nannette nanni nannie
    nanný nansý nanə naoimh naoise naom naoma naomh naomi naomy naomí napoleone naradi narcis
    narcisa narciso narcisse narcissus nardi narfi narhanim narimane narji narıngül nasab naser
    nashipie nasiba nasim nasir nasiru nasra nasrullah nassim nastja nasuf natacha natalee
    natali natalia natalie natalija natalio natalja nataly natalya natalía natan natanael
    nataniel nataníel natasa natascha natasha natasja natasza nataša natașa natella nath
    nathalia nathalie nathaly nathan nathanael nathanaël nathanial nathaniel nathari nathasha
    nathen natiq natividad natosha nattawun natália natálie natālija natəvan naud nautica naveen
    nawal nayara nayaret nayareth nayeli nayely nayfa nayibe nayil naz nazaret nazario nazende
    nazilə nazim nazimet nazimə nazir nazlihan nazlim nazlı nazmi nazıdil naël naïm naómí nağı
    ndegwa nderitu ndirangu nduku ndumiso ndung'u ndunge ndungu nduta nea nealie nealy neasa
    nebih nebiha nebojsa necati necdat nechifor necilal necmettin necva nedas nedda nedjma nedra
    needham neel neelima neely neema nefaret nefiye neftalí neha nehemiah nehip neider neil
    neill neisti neja nejc nejdet nekesa nel nela nelah nelcy nelda nele nelia nelie nelima
    nelio nell nella nelle nelli nellie nello nelly nellý nels nelson nelsy nelu nelya nemanja
    nena nenad nenna nenni neola neoma neppie neptúnus neptün nerea nereida neriban nerijus
    nerim neringa nermin nery nesfe nesip neslinur neslisah nesrine nessa nestor neta nete netra
    netta nettie neva nevaeh neval neveah nevenka nevgin nevin nevio nevise nevsal nevsale
    newell newt neyran nezengül nezihi nezize neşrin neža ng'ang'a ngaire ngamia nganga ngari
    ngeni ngigi ngozi ngugi ngọc nhiên nhlanhla nia nial niall niamh niara nibaldo nicanor nicat
    niccolò nichakarn nichelle nichifor nichol nichola nicholas nicholaus nichole nicholus nick
    nicki nicklas nicklaus nickolas nickson niclas nico nicoară nicodemo nicodemus nicodim nicol
    nicola nicolae nicolai nicolaie nicolaj nicolas nicolasa nicolaus nicole nicoleta nicoletta
    nicolette nicoline nicolle nicolás nicolò nicu niculina niculiță nicușor nicuță nidhi nidia
    nidra niek niels nienke nieves nigar nigel nigesa nihad nihai nihal nihan niharika niilo
    niina nik nika nikanor nikau nikhil niki nikia nikita nikki nikko niklas niklaus niko
    nikodem nikol nikola nikolai nikolaj nikolajs nikolaos nikolas nikolaus nikole nikolett
    nikoletta nikolina nikora niks nikulás nikíta nikólína nikša nil nila nilam nilcan nilda
    niles nili nilima nilo nils nilson nilufar nim nimakoah nimrat nina ninetta ninioluwa ninna
    ninnie nino ninoska ninthe nira niracha nirgül nirja nisa nisha nisə nita nitara nitesh
    nives niyaga niyaz niyazi niyilolawa niðbjörg niğmet njabulo njagi njenga njeri njeru njiru
    njogu njoki njoroge njozi njue njuguna njála njáll njóla njörður nkazimulo nkiruka nnamdi
    nneka noa noah noam nobantu nobie nobuhle noe noel noeleen noelia noeline noelle noemi
    noemie noemí nohely nohora noirin nojus nokulunga nola nolan nolberto noleen nolen nolia
    nolie nollaig noma nomagugu nomalanga noman nomasonto nomathalente nomathemba nomcebo
    nomthandazo nomusa nomvula nona nonhlanhla nonie nonjabulo nonni nonso noor noora noortje
    noppakao nora norah norbert norberto norbey nore noreen norene noreta noretta norica norina
    norine norita norma norman normand normann normunds norval norwood norðmann notburga
    nothando noud nour nout nova novella novi novruz noxolo nozibusiso nozima nozizwe noé noémi
    noémie noël noëlla noëlle noëmi nqobizitha nrima ntimi nuala nubia nugraha nuhu nula nuno
    nunzio nura nural nuran nuranə nuray nurbanu nurcan nurda nurdeniz nuretdin nurettin nurey
    nurgil nurhayet nuri nuria nuriat nuriya nuriyet nurkan nurlan nurlana nurmelek nurmuhammad
    nurseda nurser nursim nurtaç nurten nuru nurul nurulla nurullah nurveren nury nurşan nurşən
    nurşərəf nutcha nutkrita nutwadee nuyan nuşirəvan nuša nwabudike nya nyaboke nyaga nyah
    nyakundi nyamai nyambura nyana nyanchama nyasi nyasia nyawira nydia nyla nylah nynke nyoka
    nyoman nyongesa nyoni nyota nyree nyuki nzioka nzomo nádia nándor náttmörður náttsól
    náttúlfur nélida néstor níels níls nína níní nóa nóam nóel nói nóni nóra nóri nótt nóvember
    nökkvi növrəstə númi núria nübar nüdret nürice nürəddin nüsrət nüşabə nýbjörg nývarð nəcəf
    nəfisə nərgiz nəriman nərmin nərminə nəsib nəsimi nəzakət nəzrin oakley oana oba obaid
    obanijesu obdulia obe obed obianuju obie obinna ocampo ochieng ocie octa octav octave
    octavia octavian octaviana octavie octavio octaviu octavius océane oda odalis odalys odda
    oddbergur oddbjörg oddbjörn oddfreyja oddfreyr oddfríður oddgeir oddgerður oddhildur oddi
    oddie oddkell oddlaug oddleif oddleifur oddmar oddný oddrún oddsteinn oddur oddvar oddveig
    oddvör oddþór odelia odeline odell odessa odette odhiambo odhran odie odika odile odin odina
    odis odkanlı odongo oduor odus oeshi ofelia ofeliya offie oganer ogden ogechi ogooluwa oguş
    oisin oiva ojas ojasvi okanay okbay oke okechukwu okello okey okgüçlü okoth okseven okta
    oktavía oktavíus okto októ októvía októvíus oktüremiş okumu okyalaz ola oladare oladimeji
    olaf olajumoke olakunle olalla olan oland olanrewaju olansile olar olasunmbo olav olavi olca
    oldağ oldrich oldřich ole oleg olegario olen olena olene oleta olevia oley olfert olga
    olgeir olgierd olie olimpia olimpian olimpiu olin olinda oline oliva oliver olivert olivia
    olivie olivier olivija olivine oliviu olivér oliwer oliwier olle olli ollie ollý olof
    ololade oloo olov oluchi olufunke olufunmilayo olumorotimi oluoch oluwafemi oluwagbemiga
    oluwakemi oluwamumibori oluwamuyiwa oluwasanmi oluwasegun oluwole oluş olwen olwethu olympia
    olívia oma omaca omair omaira omaja oman omar omari omarion omeir omer omie omina omisha
    omkaar omobobola omobolanle omodunni omolabake omolara omondi omosalewa omotara omotayo
    omotola omotoun omowumi omran omya ona onat ondieki ondrej ondřej oneal oneida onesmus oneta
    oney ongay oni onie onkar onni onnie onofre onuker onur onurcan onursu onveer onyango
    onyinye oona oonagh opal opan opha ophelia ophélie opiyo opung opwonya oqtay ora orah oralia
    oran oranlı orazio orduxan orelia oren orene oreofe orestas oreste orfelina orfeus orfhlaith
    orgün orhan oriana orie orilla orin orinder orion oris orka orla orlagh orlaigh orlaith
    orland orlena orley orlin orlo orma ormar ormheiður ormhildur ormur orna ornella orpha orra
    orren orri orrie orrin orris orsolya orson ortak ortansa ortrud ortrun ortwin oruç orval
    orvar orvel orvil orville orvin orvis orvokki orxan orçin osa osama osbaldo osborn oscar
    osha osie osiyo oskar oskari oskars oskár osman osmo osogo ossama ossi ossian ossie osunleke
    osvald osvaldo osvalds oswald oswaldo oswin ota otabek otakar otay otelia otfried otha othel
    othmar otho otieno otilia otis otkatla otkell otmar oto otri ott otta ottavio ottfried otti
    ottie ottilia ottilie ottis ottmar otto ottokar ottomar ottone ottó otur otávio otília
    otýlie otīlija ouanes ouida ouma oussama outi ova ove ovid ovidio ovidiu ovila oviya owais
    owen owethu owino owuor oxana oyenike oyindasola oymak oysha ozana ozansü ozell ozella ozie
    ozioma ozy ozzie oğulbaş oğurata oğuzman oļģerts oľga paavo pabla pablo paca pachongruk paco
    pacífica pada padma padmi padraic padraig padraigh padraigin pahal paige paiman pairlee
    paisley paityn pak paker pakizə pakjira paksu pallavi palle pallie palma palmira paloma
    pamala pambe pamela pamelia pamella pamfil panagachie panait panca pancho pandora pandu
    panfilo pangeran pangestu panini panji pankrác pannawich pansy panya paola paoletta paolo
    paralee paramita paraschiva pardi paride parin parlee parley parman parmes parrish parsa
    parth parthenia parvez parís pascal pascale pascaline paschal pascual pascuala pasi paskalia
    pasqual pasquale pastora patchaploy patcharaporn pate patrek patrekur patric patrica patrice
    patricia patricie patricija patricio patrick patrik patrisía patrizia patrizio patryk
    patrícia patsy pattamon pattapon pattatomporn patti pattie pau paul paula paule pauletta
    paulette pauli paulica paulien pauliina paulin paulina pauline paulino paulius paulo pauls
    paulína paulīna pauric pavani pavao pavel pavla pavlína pavol paw pawan pawel paweł paxton
    paye payten payton paz paşa peadar peader pearce pearla pearle pearlene pearley pearlie
    pearline pearly pearse peder pedro pedró peem peeter peggie peggy pehlil pekka pekkan pelaji
    pelayo pelle pellegrino pembesin penelope penina peninah penni pennie pentti pepe pepijn
    pepita pepito percival peren perinur peris perkasa perla perley perlita permelia permun
    pernell pernilla pernille pero perri perrine pershing pertti pervaiz pesent peta petar peter
    petr petra petrana petras petre petrea petri petrică petrina petrișor petrona petronela
    petronella petronila petros petru petrus petruț petruța petrína petrónella petrós petrún
    petrúnella petter petteri phanice phebe phelim phelix phenphitcha pheobe phileine philemon
    philip philipp philippa philippe philis phillip phillis philo philomena philomene phineas
    phoebe phubes phylicia phylis phyliss phyllis phúc pia piaras piedad pien pierangelo pierce
    pierette piergiorgio piergiuseppe pierina pierluigi piermaria piero pierpaolo pierre
    pierrette piersanti piet pieter pietra pietro piia pijus pilar pili pim pina pinkey pinkie
    pinkney pintusorn piotr pippa pirahmet piran piret pirjo pirkko pirmin piroska pitipat pius
    pjetur ples pleun pleșu plinio pluma plummer plácido pol polad polina polk pollie polly
    pollý polona polonca pompeo pompilia pompiliu pomponio poncio pontus pooja popobawa porfirio
    pornchanok porsha portia posey poul povilas praba prabawa prabowo prabu prakosa prames
    pranata pranav pranawa praneel pranit prasetya prasetyo pratyush pravoslav prayitna prayoga
    prayogo preben predrag prentice prentiss presley pricilla priit prima primitiva primitivo
    primus prisca priscah priscila priscilla priscillah prisha priska priya profira prokop
    prosper prudence prudencia prudencio prudie pryor przemysław pría príor puccio puji puk
    pumbaa puntira puput purificación purl purwa purwadi purwanto pushti puspa puti putri putu
    pál pála páldís páley pálfríður pálhanna pálheiður pálhildur páll pálmar pálmey pálmfríður
    pálmi pálrún pálín pálína pánfilo päivi päivikki pär pål pénélope péter pétrína pétrún pétur
    pía pío pünhan pürçek pătru pēteris přemysl pəri pərişan pərvanə pərvin pərvinə pərviz
    qaadir qaasim qabeel qabil qadar qadeer qadi qadim qadir qahtan qaim qais qalib qamar qani
    qanit qaratel qareeb qarin qaseem qasid qasif qasim qasım qatadah qawee qay qays qiana qiyas
    qori qoşqar quadir quang qudamah quddoos qudoos queenie quentin quiana quincy quinn quint
    quinten quinter quintin quinton quinty quique quirino qulam qulu qumru qurban qusay qushi
    qutaybah qutb qutub qönçə qüdrət qızbəs qədir qələndər qənirə qəzənfər qəşəm raaghib raagini
    raahil raakin raamis raamiz raashid raatib rabah rabar rabb rabbaanee rabbani rabbiye rabea
    rabecca rabee rabi rabiah rabih rabit racha rachael rachana racheal rachel rachelle rachid
    rachida rachit rachita rachèle racquel rada radek radeke raden radha radhee radhika radi
    radika radim radit raditya radka radmila rado radomír radoslav radoslava radosław radovan
    radovana radu radvilė radúz rae raed raees raegan raekwon rael raelyn raelynn raewyn rafa
    rafael rafaela rafaella rafan rafay rafaél rafaël rafał rafe rafee rafeek rafeeq raffael
    raffaela raffaele raffaella raffaellino raffaello rafi rafia rafid rafih rafila rafiq rafn
    rafnar rafney rafnhildur rafnkell raghav ragheb raghib ragna ragnar ragnbjörg ragner ragney
    ragnfríður ragnheiður ragnhild ragnhildur ragúel rahab raharja rahat rahayu raheel raheem
    rahel rahiye rahma rahman rahmat rahmet rahmi rahn rahsaan rahul raiden raifə raihan raija
    raik raili raimo raimondo raimonds raimund raimundo raina rainer raisa raissa raivis raivo
    rajab rajata rajeshri rajko rakeem rakel rakide raksha ralf ralph raluca rama ramadan
    ramadhan ramazan ramid ramil ramilə raminta ramiro ramiz ramon ramona ramunė ramzi ramón
    ramóna ramūnas rana ranbir rance randal randalín randel randell randi randle randolf randver
    randíður randý rangga rani rania ranieri ranka rannva rannveig rannver ranveer raoul raphael
    raphaela raphaël raphaëlle raquan raquel rareș ras rasa rashaad rashaan rashad rashawn
    rasheed rashid rashida rashidi rasim rasimə rasma rasmus rastislav rasul ratchanon ratih
    ratna raul rauno ravi ravy rawiri ray rayaan rayan rayana rayburn rayfield rayford rayhona
    rayla raymon raymond raymonde raymund raymundo rayna raynard rayne rayshawn rayyona rayén
    razi raziyə razı raúl reanna reatha reba rebeca rebecca rebecka rebeka rebekah rebekka
    rebihat recep recepali reda redden redmond reece reese reet refet refik refugio refur regan
    regena regenia regina reginal reginald reginbaldur reginbjörg regine reginn regis regitse
    regitze regula regína regīna rehaan rehema rehime reidar reidun reifnir reijo reilly reimar
    reimer reimund rein reina reinald reinaldo reinar reine reinel reiner reingard reinhard
    reinhardt reinhart reinhild reinhilde reinhold reinis reino rejane reksa rella relu remazan
    rembrandt remedios remi remigio remington remo remus remy remzi rena renaat renada renae
    renaldo renan renard renata renate renato renaud rendy rene renea renee rengül reni renita
    rennie rens renske renzo renáta rené renée reshoni resi respati ressie restu resulcan reta
    retha reto retta rettie reuben reubin reva revza rexford rexhep reyansh reyes reyhan reyhanə
    reyn reyna reynald reynaldo reynar reyndís reynheiður reynhildur reynir reynold reyr reza
    rezin rezzak rhavi rhea rheta rhett rhian rhianna rhianne rhiannon rhoda rhona rhonda rhys
    ria riad rian rianna ricarda ricardo riccardo ricci ricciotti richard richardt richelle
    richárd rick rickard rickey ricki rickie ricky rico rida ridhi ridwan rigmor rigo rigoberto
    rihanna rihards riikka riina riitta rik rika rikard rikharð rikharður rikka rikke rikki riku
    riley rilla rillie rimantė rina rinaldo rinda rini rino rinor ripley risa risalet risasi
    rishi risper risto rita ritchie ritt ritva riya riyad riza riziki rizki rizvan ričardas
    ričards roan robb robbe robbin robby robert roberta robertas robertina roberto robin
    robinson robiya robley robt roby robyn rocco rochdi rochelle rochus rocio rocío rodah roddy
    roderic roderich roderick rodger rodica rodney rodolfo rodolphe rodrick rodrigo rodrigue roe
    roel roeland roena rogelio roger rohaan rohan rohat roise roisin rojnu rojus rok rokas roko
    roksana roland rolanda rolandas rolande rolando rolands roldán rolf rolla rolland rollande
    rollie rollin rollo romain romaine roman romana romane romanița romano romello romeo romie
    romina romolo romona romuald romualdas romulus romy román roméo ron rona ronal ronald
    ronaldo ronan ronda rondal roni ronin ronith ronja ronke ronna ronni ronnie ronny rono rony
    ronya roope roos roosa roque rory rorí rosa rosabelle rosalba rosalee rosaleen rosalia
    rosalie rosalina rosalind rosalinda rosalinde rosaline rosalva rosalyn rosalía rosamel
    rosamond rosann rosanna rosanne rosaria rosarie rosario rosaura rosco roscoe roseann
    roseanna roseanne rosel roselinde roseline rosella roselyn roselyne rosemarie rosemary
    rosena rosenda rosendo rosetta rosette rosevelt rosey rosi rosia rosie rosina rosita rosl
    roslyn rosman rosmarie ross rossa rossana rossie rostislav roswell roswita roswitha rosy
    rotich rotraud rotraut rouven rowan rowena rowland roxana roxane roxann roxanna roxanne
    roxelana roxie roxy roy roza rozalia rozalija rozanne rozella roziya rozália rua ruairi
    ruari rubani rube ruben rubi rubie rubiela rubin ruby rubye rubén rudecindo rudi rudolf
    rudolfo rudolph rudra rudy rudīte rueben ruedi ruel ruffin ruffus rufina rufino rufus
    ruggero ruggiero rugilė ruhide ruhiu ruhiyyə ruhsat ruhshona ruhugül ruhəngiz rui ruie rukia
    rumaysa rumeysa rune rungo runi runný runólfur ruperta ruperto ruqayya ruqiya ruqiyyə rushil
    ruslan rusman rusnė russel russell rustin rusul rut ruta rute ruth rutha ruthann ruthanne
    ruthe rutherford ruthie ruthild ruwaihim ruxanda ruxandra ruxsarə ruy ruzica ruža ružena
    ružica ryan ryann ryker rylan ryland rylee ryleigh ryley rylie rym ryma ryne ryszard rytis
    rytė rza rán ráðgeir ráðhildur ráðvarður réginald régine régis régulo réka rémi rémy
    ríkarður ríkey ríkharð ríkharður rín ríta ríó róbert róberta róbjörg rólant róman rómeó
    rómulo rós rósa rósalind rósanna rósant rósar rósberg rósbjörg rósborg róselía rósenberg
    rósey rósfríður róshildur rósi rósinberg rósinkar rósinkara rósinkrans rósinkransa róska
    róslaug róslind róslinda róslín rósmann rósmary rósmarý rósmunda rósmundur rósný róza rózsa
    róża röfn rögn rögnvald rögnvaldur rögnvar rökkvi röskva rövşanə rövşən röya röyal röyalə
    röðull rúbar rúben rúbý rúdólf rún rúna rúnar rúndís rúnhildur rúrik rúrí rútur rübabə
    rübeyda rüdiger rüfət rüknettin rümeysa rüşen răducu răzvan rıfkıye rūdolfs rūta růžena
    rəfiqə rəhilə rəis rəmziyyə rəna rəqsanə rəsmiyyə rəsul rəxşəndə rəşad rəşid s'fiso saabir
    saad saadat saadiq saafir saahir saaiq saajid saal saalih saalim saanvi saaqib saar saara
    saariyah saba sabah sabahat saban sabar sabari sabas sabastian sabatino sabbir sabeeh sabih
    sabihe sabil sabin sabina sabine sabiq sabir sabirə sable saboor sabra sabri sabrina sabrína
    sabur saburah sabína sabır sacha sachi sacidə sada sadaka sadan sadao sadaqat sadat saddam
    sade sadeed sadeti sadia sadie sadik sadiki sadina sadiq sadittin sadiye sadye sadıq safet
    safia safina safinaz safiri safiya safta safura safír sahibə sahil sahin sahir sahra sai
    saida saidi saiful saige saim sair sairah saire saka sakari sakarías sakina sakip saksham
    sakti sakura sal salah salami salbjörg saldís saleh salena salgerður salih salim salima
    salimah salimet salina salka salkın sallie sally salma salman salmann salmar salný
    salohiddin salome salomea salomey salomon salomé salomón salsabila salud salurbay salvador
    salvar salvatore salvi salvör salwa salín salína salóme salómon sam samahat samaksh samama
    samandar samanta samantha samar samara samarth samatha samesh sami samiah samie samina samir
    samira samirə samiya samiyah sammie sammy samo sampson samson samsul samu samual samuel
    samuele samuli samurtay samuël samwel samweli samy samúel sanaa sanai sanavber sanaya sancak
    sancho sanda sandalio sandel sander sandi sandie sandile sandis sandor sandra sandri
    sandrine sandro sandu sandur sanela sanford sani sanije sanita saniya saniyah sanja sanjar
    sanjuana sanjuanita sanna sanne sanni sannie santana sante santeri santiago santina santino
    santo santos santía sanur sanya sançar saoirse saood sapa saphira sara sarabi sarafina sarah
    sarahi sarai sardor sargın sari sariah sarina sarita sarmīte sarpkın sarrah sarthak
    sarunporn sarvan sarvar sarvinoz sarya sarína sarıcabay sasa sascha sasha saskia sathvik
    satrettin satu saturnina saturnino satya satıa saulius saumu saumya saundra sauti sava savak
    savana savanah savanna savannah saverio saveta savilla savina savion savni savon saxi sayalı
    saydam saygın sayrak sayın saçı saïd saúl sağcan sağıt saša sašo sa’adatu sa’diya scarleth
    scarlett scarlette schley schuyler scot scott scottie scotty seaborn seamus sean seana
    seanan seaneen seanna sebastiaan sebastian sebastiano sebastien sebastijan sebastián
    sebastião sebastjan sebastían sebattin sebigül seblâ sebrina seda sedat sedife sedrick
    sefanía sefer segilola segismundo segundo seha sehel seif seifur seija seimur sejda selah
    selaheddin selatin selcan selcen seldon selena selene seler selim selime selin selina seline
    selja selka selma selmer selmin selvi selâtin selçuk sem semaj semat semender semenica
    semine semir semra semrin sena senad senan sencar seneca seniha senn senna senne senol
    senora senta senía seona seosamh sepp seppe seppo septi septíma sera seracettin serafina
    serafín serah seraina serda sereina serena serenity serezli serfinaz serge sergei sergej
    sergey sergio sergiu sergius serhatmehmet serina serine serkan serma sernur serol serpil
    servinaz servác sesar seselía sesil sesilía sessa sesselja sesselía sessilía seth setya
    sevara sevcan sevdi sevdinar seve sever severiano severin severina severine severino severo
    severt severín sevgen sevginur sevican sevil sevim sevinc sevinch sevindik sevla sevsevil
    seward seydo seye seyfulla seyfullah seyfəddin seyhan seyithan seymur seyran seyyide sezal
    sezen sezginbaş seçgül seçme shaban shad shadrack shae shafter shahina shahnoza shahriyor
    shahzod shahzoda shaina shakila shakira shalon shalonda shamar shameka shamika shamsuddeen
    shan shana shanae shanda shandra shane shaneka shanell shanelle shanequa shani shania
    shanice shaniece shanika shaniqua shanita shaniya shanna shannan shannen shannon shanon
    shanta shante shantel shantell shaquan shaquana shaquille shaquita shara shardae sharday
    sharde sharee sharen shari sharif sharita sharla sharleen sharlene sharman sharon sharonda
    sharron sharyl sharyn shasta shatara shaun shauna shauneen shaunna shaurya shavon shavonne
    shawana shawanda shawna shawnda shawnee shawnna shawnte shay shayla shaylee shayna shayne
    shea sheamus shedrick sheela sheelagh sheena shehu sheila sheilah sheilla sheillah shekoni
    shelba shelbi shelbie shelby shelia shelley shelli shellie shelly shelton shelva shelvia
    shelvie shem shemar shena shenna shep sheree sheri sheridan sherie sherilyn sherita sherlyn
    sheron sherree sherri sherrie sherrill sherron sherry sherryl sherwin sherwood sheryl
    sheryll sheyla shianne shida shiela shiloh shinead shira shirl shirlee shirleen shirlene
    shirley shirleyann shirlie shivani shivansh shohjahon shohrux shoji shon shona shonda shonna
    shpresa shqipe shravya shreya shukrona shyann shyanne shyheim shyla sian sibbie sibel
    sibilla sibille sibonelo sibongile sibusisiwe sibusiso sibyl sibylla sibylle sidar siddharth
    siddie sidiq sidiqə sidki sidonia sidónia sie siebe siegbert siegfried sieghard sieglinde
    siegmar siegmund siegrid siegried siegrun siegward siem sien siena sienna sif sifa sifuna
    sigbergur sigbert sigbjartur sigbjörn sigdís sigdór sigdóra sigfastur sigfinnur sigfreður
    sigfrid sigfrido sigfried sigfríð sigfríður sigfús sigga sigge siggeir siggerður sighvatur
    sigismund sigita sigjón siglaugur siglinde sigmann sigmar sigmund sigmunda sigmundur signa
    signar signe signhildur signý sigri sigrid sigrun sigríkur sigríður sigrún sigsteinn
    sigtryggur sigtýr sigur sigurbaldur sigurberg sigurbergur sigurbirna sigurbjarni
    sigurbjartur sigurbjörg sigurbjörn sigurbjört sigurborg sigurbrandur sigurbára sigurd
    sigurdríf sigurdrífa sigurdís sigurdór sigurdóra sigurey sigurfinna sigurfinnur sigurfljóð
    sigurgeir sigurgeira sigurgestur sigurgrímur sigurgísli sigurhanna sigurhans sigurhelga
    sigurhildur sigurhjörtur sigurjón sigurjóna sigurkarl sigurlaug sigurlaugur sigurleif
    sigurleifur sigurlilja sigurlinn sigurlinni sigurliði sigurlás sigurlín sigurlína sigurmann
    sigurmar sigurmon sigurmunda sigurmundur sigurnanna sigurnýas sigurnýjas siguroddur
    sigurpáll sigurrós sigursteina sigursteinn sigursveinn sigurunn sigurvaldi sigurveig
    sigurvin sigurvina sigurást sigurásta sigurða sigurður siguróli sigurósk sigurþór sigurþóra
    sigvaldi sigvard sigvarður sigyn sigþrúður sigþór sigþóra sihawukele siim siiri sijuade siku
    sil sila silanur silas sile silfa silfrún silfá silja silje silka silke silla sille silli
    silondile silva silvan silvana silvano silvester silvestre silvestro silvia silvian silviana
    silvie silvija silvio silviu silvo silvía sima simas simber simen simeon simi similoluwa
    simina simion simisola simiyu simmie simo simon simona simonas simone simonetta simonne
    simphiwe simphiweyinkosi simten simuzər simão simón sina sinaida sinan sinda sindre sindri
    sindy sine sinead sini sinică sinikka sinisa siniša sintija siobain sioban siobhain siobhan
    siofra sione siper siphesihle sirac sirap siri sirje sirkka siro sirpa sirra sirrý siska
    sisko sissel sitarə sithembiso siti sitiwat sittik sittikorn siv sivert sixten sixto siya
    siyabonga sjafnar sjoerd sjöfn skafti skaidrīte skapti skarpheiður skarphéðinn skefill
    skeggi skender skjöldur skolastika skorri skugga skuggi skuld skye skyla skylar skyler skær
    skæringur skírnir skíði skúla skúli skúlína skúta slade sladjana slamet slavica slavisa
    slavka slavko slavomír slavomíra slavěna slawomir sloane slobodan sláva slávka smaranda
    smiltė smiður smyrill smári sneha sneider snezana snježana snjáfríður snjáka snjófríður
    snjóki snjólaug snjólaugur snjólfur snorra snorri snæbjartur snæbjörg snæbjörn snæbjört
    snæborg snæbrá snædís snæfríður snæhólm snælaug snælaugur snær snæringur snærós snærún
    snævar snævarr snæþór snót socorro soffanías soffía sofi sofia sofiane sofie sofija sofía
    sol solange soledad soleh soliha soline solma solmaz soloman solon solveig solvej solvita
    solène somadina somer sommer somtochukwu sona sonad sonata sondra sondre songurkan songül
    sonia sonja sonji sonnur sonny sonný sonya sophanías sophia sophie sophronia sophus sophy
    soraia sorana sorawut soraya sorcha soren sorin sorina sosimo souad soufiane souma soumia
    sowande soydaner soykan soykut soyselçuk soňa spartakus spencer spenser speranța sphiwe
    sporði spurgeon spói squire srečko stacey staci stacia stacie stacy staffan stan stana
    stanca stancu stanislaus stanislav stanislava stanislaw stanisław stanka stanko stanley
    stapi starkaður starla starling starr starri stasia stavros staņislavs steen stef stefaan
    stefan stefana stefani stefania stefanie stefano stefanía steffen steffi stefnir stefán
    stefánný steina steinar steinarr steinberg steinbergur steinbjörg steinbjörn steinborg
    steindís steindór steindóra steiney steinfinnur steinfríður steingerður steingrímur
    steinhildur steini steinkell steinlaug steinmann steinmar steinmóður steinn steinrós
    steinröður steinrún steinunn steinvarður steinvör steinólfur steinþór steinþóra stela
    stelian steliana stella stellah stellan steluța sten stephaine stephan stephane stephani
    stephania stephanie stephany stephen stephene stephenie stephon sterre stetson stevan steve
    steven steward stewart stian stien stig stijn stilla stina stine stirnir stiven stjarna
    stjepan stojan stonewall stoney stormur stormy stuart sture sturla sturlaugur sturri styr
    styrbjörn styrgerður styrkár styrmir styrr stéphan stéphane stéphanie stígheiður stígrún
    stígur stína stórólfur suat subomi subutiye suci sudi sudie sudiksha suellen suhani sula
    suleiman sulhi sultane sumarliði sumarlína sumarrós sumayya sumner sunay sune sunel sungara
    sunna sunnefa sunneva sunniva sunníva supasit supasita suphi surya susam susan susana
    susanita susann susanna susannah susanne suse susi susie sussanne sussie suus suvakit suvi
    suwijuk suzan suzana suzann suzanna suzanne suze suzette suzie suzy suğra svafa svafar svala
    svali svalrún svan svana svanberg svanbergur svanbjörg svanbjörn svanbjört svanborg svandís
    svaney svanfríður svangeir svanheiður svanhildur svanhvít svanhólm svani svanlaug svanlaugur
    svanmundur svanrós svante svanur svanþrúður svanþór svatopluk svatoslav svava svavar svea
    svein sveina sveinar sveinberg sveinbjartur sveinbjörg sveinbjörn sveinborg sveindís sveiney
    sveinfríður sveingerður sveinhildur sveinjón sveinlaug sveinlaugur sveinmar sveinn sveinrós
    sveinrún sveinsína sveinungi sveinveig sveinþór sven svend svenja svenning sverre sverrir
    svetlana svetozár sváfnir svätopluk svölnir svörfuður světlana swala swaleh swantje swen
    swetlana syahrini sybil sybilla sybille syble sydell sydnee sydni sydnie syed sylas sylgja
    sylivia sylke sylva sylvain sylvaine sylvan sylvana sylvania sylvanus sylvester sylvia
    sylviane sylvianne sylvie sylvio sylvère sylvía sylwia symone synnøve syreeta sys szabolcs
    szilveszter szilvia szilárd szymon sándor sára sânziana sæberg sæbergur sæbjörg sæbjörn
    sæbjört sæborg sædís sæfinna sæfríður sæhildur sæi sælaug sælaugur sæmann sæmunda sæmundur
    sæný sær særós særún sæsól sæunn sævald sævaldur sævar sævarr sævin sævör sæþór sébastien
    sérgio séverin séverine sía sílvia símon símonía sírnir sírus sísí síta sívar sófus sófónías
    sókrates sól sóla sólberg sólbergur sólbjartur sólbjörg sólbjörn sólbjört sólborg sólbrá
    sólbrún sóldís sóldögg sóley sólfríður sólgerður sólhildur sólimann sólkatla sóllilja sólmar
    sólmundur sólný sólon sólrós sólrún sólveig sólver sólvin sólvör sólín sónata sónia sökmen
    sölmundur sölva sölvar sölvey sölvi sölvína sönke sören sörli söyler sözer søren sørine søs
    súla súsan súsanna sübhan sücaettin sücəddin südabə süha süheyda sükrü süleyla süleyman
    sümerya sümeyye süner sürəyya süsen süvari süzer sýrus sıla sırriye sıylıhan səadət səbinə
    səbirə səbuhi sədaqət səfurə səfər səhər səidə səlahəddin səlim səlimə səma səmayə səməd
    sənan sənubər səriyyə sərvər sərxan sərəncam səxavət taahaa taahir taaj taalib taamir
    taanish taariq taban tabassum tabatha tabea tabetha tabish tabita tabitha taciddin tadas
    tade tadeen tadej tadeja tadeo tadeusz tadeáš tadhg tafazal taft tagangül tage taha tahaw
    tahawwur taheem tahir tahj tahmaseb tahmeed tahmid tahoor tahseen taial taimur taina taine
    taisir taisto taj taja tajammal tajammul tajudinn tajus takatifu takisha tal tala talal
    talan talat talayer talen talha talhah tali talia talib talibe taliyah tallie talmadge
    talmage talon talía talıb tama tamala tamam tamanna tamar tamara tamatha tamati tamaydın
    tamaşa tambika tambra tameka tamekia tamela tamera tami tamia tamica tamie tamika tamiko
    tamilla tamisha tammi tammie tammy tamra tamu tamya tamás tana tanak tanay tanbay tandoğdu
    tandri tandy tane taneli tanesha tangaroa tangela tanguy tangül tanhan tania tanika tanimu
    tanish tanisha taniya taniyah tanja tanmayi tanpınar tanses tansev tansığ tantri tanveer
    tanvi tanya tanyolaç tanyu tanía tanır tapani tapio tara tarah taraji tarak tarancı tarfaan
    tarfur tari tarik tariq tariyel tarja tarmo tarsha tartış taru taryn tarzícius tasdik tasha
    tashina tasia tasnim tassilo tasvir taswir tatia tatiana tatianna tatjana tatsuo tatu tatum
    tatyana tatyanna taufan taufik tauno taurean taurus tautvydas tavares tavaris tavian tavion
    tavon tawana tawanda tawanna tawkeel tawny tawnya taya tayaydın taygan tayla taylak tayler
    taylor tayshaun tayyibe tayyip taçnur taşar taşkan teagan teber tecimer tecla teddie teddy
    tedi teea teela teemu teena teerth teetat tegan teguh teija teitný teitur teja tejas tejs
    tekbay tekecan tekiner tekla teknaz teksoy telemaco telim tella tellervo telly telma telman
    telmo telse temidayo temime temir temirhan temistocle temizkal tempie temuçin tena tenika
    tenis tenisha tennie tennille tenvir tenzin teo teobaldo teodor teodora teodoro teodors
    teodosia teodosio teofil teohari teona tera terance tercan tere terell terence teresa terese
    teresia teresiah teresita teressa teresía tereza terezija terhi teri terina terje terlan
    tero terra terrance terrell terrence terri terrie terrill terry terttu teréz terézia tess
    tessa tessie teun teuta teuvo tevin tevs texanna texie teybet teymur teymuraz teymurçin
    tezcan tezol teófila teófilo thabani thabisa thabisile thabiti thad thaddeus thaddäus
    thalente thales thalia thanatcha thandazile thandeka thandiwe thando thea theadore theda
    thedore thekla thelma thembeka thembekile thembile thembisile theo theobald theodis
    theodocia theodoor theodor theodora theodore theodoro theodoros theodosia theodór theodóra
    theola theophil theophile theres theresa therese theresia therman theron therése theta
    theódór theódóra thi thiago thiare thibaud thibault thibaut thibo thierry thies thijmen
    thijn thijs thilo thinhinane thom thomas thomasina thomás thor thora thoralf thorben
    thorberg thore thorsten thorwald thos thresa thuo thure thurlow thurman thursa thurston
    thuthukile thyra thành théa théo théodore théophile thérèse thór thảo tia tiago tiana tianna
    tiara tiare tiarna tiarnan tiarra tibe tiberia tiberiu tibo tibor tiburcio ticen tichomír
    tiegan tiera tiernan tierra tiesha tiffani tiffanie tiffany tiia tiina tiit tiiu tijl tijmen
    tijn tijs tilda tilde tilden tilen tilla tillie tillman tillmann tilly tilman tilmann tilo
    tim timbul timea timm timmie timmothy timmy timo timon timotei timotej timoteo timothy
    timothée timur timurtaş timéo tina tinca tincuța tindar tindra tindri tindur tine tineke
    tiney tinie tinna tinne tinni tinnie tino tira tirdad tirsa tirta tirtayasa tirza tisa tisha
    tishie tishk titas titi titilayo titin tito titus tivadar tiziana tiziano tiğin tjaldur
    tjaša tjörfi tjörvi tobe tobi tobias tobiasz tobie tobin tobiáš toby tobías toccara tod todd
    todda todor todsawun tofiq toivo toker toki toktuğ tokunbo toköz tola tolbert tolli tollie
    tolonbay tolulope toluwanimi tom toma tomas tomasa tomasz tomaž tomeka tomi tomie tomika
    tomislav tommaso tommi tommie tommy tomo tomori tomris toms tomurcuk tomàs tomás tomáš tomé
    tonda toney tonguç toni tonia tonicha tonino tonja tonje tonni tonny tony tonya toomas toon
    topias topuz tora toralf torben torbjörg torbjörn torbjørn tord torey torfey torfheiður
    torfhildur torfi torgny torhan tori toriano toribio torie torill torquato torrance torrence
    torrey torrie torry torsten tosha toshiko toshio tova tove tovuz towanda toya toño toğan
    toğrul tracee tracey traci tracie tracy trae traian traude traudel traudl traugott trausti
    traute travis travon trayvon tre treacy treasa treena tremaine tremayne trena trenten
    trenton tresa tressa tressie treva trever trevin trevion trevon trevor trey treyton treyvon
    tricia triin trilby trina trine trini trinidad triona tripp tripti trish trisha trista
    tristan tristana tristen tristian tristin triston tristán triveni triya troels trond trostan
    troy trude trudel trudi trudie trudy trula trumaine trung tryggva tryggvi tryggvína trystan
    tránsito trú trúmann trīne trọng tsuma tuan tuana tudor tudora tudorița tudosia tuere tufani
    tugiman tui tuija tukufu tula tule tulia tulio tullio tulun tumas tumi tunahan tunar
    tunchanok tunguç tunradee tunçboğa tunçkılıç tuomas tuomo turabi tural turan turanə turcein
    ture turgut turid turlough turvi turxan tutkucan tutkun tutu tuukka tuula tuuli tuulia
    tuulikki tuur tuva tuyuğ tuğcan tuğrulhan tuğtaş tuğçe twan twila twyla tycho tye tyesha
    tygo tyla tyler tylor tymon tymoteusz tyquan tyra tyree tyreek tyreese tyrek tyreke tyrel
    tyrell tyrese tyrfingur tyrik tyrin tyriq tyrique tyron tyrone tyrus tyshawn tyson tânia téo
    tía tíbrá tímea tími tímon tímoteus tímóteus tína tístran tóbías tóbý tói tóka tóki tómas
    tór tóta tõnu törel tùng tükelalp tükəzban tülay tülin tümer tümkurt tünde tünzalə türabi
    türcan türkalp türkan türkanə türkmen türknur tüzeer tüzenur týr týra tınal təhminə təranə
    tərlan ubaadah ubadah ubaid ubaidah ubaldo ubay ubayd ubaydullah ubbi uberlinda uberto ubika
    ucchal uche uchenna uchita uda udant udarsh udeen udeera udo udyati ueli uffe ufukay uggi
    ugla ugnė ugo ugolino uhban ujamaa ujunwa ula ulakbey uldis ulduz ulf ulfat uli ulises ulla
    ullrich ulrica ulrich ulrik ulrika ulrike ultan ulu uludağ uluman ulutay uluğbey ulva ulya
    ulysses uma umaarah umair umande umang umar umay umaya umberto umi ummahani umman umoja umut
    umutcan umuşan una undine undína unggul unjani unna unnar unnati unnbjörg unnbjörn unndís
    unndór unni unnsteinn unnur unnþór uno uolevi upadhriti upasna upik upkaar upma ura uraltay
    urbain urbano urfan urhan uriah uriel urijah urishilla urmas urmi uroš urrab urs ursel
    ursina ursula urszula urte urvashi urvi urðar urður urša urška uršuľa uschi ushan ushindi
    usiku usman usmon usyi uta utama ute utkarsh utkucan utz uwe uxi uyanser uygun uzbay uzima
    uzsoy uçan uçbeyi uğan uğur uğurkan uğurtan vacibe vada vadim vafir vagn vagna vagnbjörg
    vagnfríður vahar vahid vahidə vahittin vaida vaidas vaishnavi vajèn vaka vakarė vakris vakur
    vala valarie valary valberg valbergur valbjörg valbjörk valbjörn valbjört valborg valbrandur
    valda valdemar valdheiður valdi valdimar valdis valdís valdór valeh valentijn valentim
    valentin valentina valentine valentino valentín valentína valentínus valentīna valeri
    valeria valerie valerij valerija valerio valeriu valero valery valería valeska valey
    valfríður valgarð valgarður valgeir valgerða valgerður valhildur validə valija valinda valka
    vallary vallaður vallie vallý valmar valmundur valný valon valorie valrós valrún valsteinn
    valter valtteri valtýr valur valva valère valèria valér valéria valérie valéry valíant valý
    valþrúður valþór vamakshi vance vanda vander vanesa vanessa vania vanja vannie vansha vanya
    vaqif vara varenya vargın varlık varmar varsha varvara vasana vasarė vasatika vasco vashon
    vashti vasif vasil vasile vasilica vasilică vassie vassilios vasudha vasyl vatnar vaughan
    vaughn vavrinec vaysal vazeh vecide veda vedant vedat vedhika vedika vedran veer veera
    veerle veeti vefia vega vegard veig veiga veigar veigur veijo veikko veis veit vela velda
    veli velia velitdin vella vello velma velta velva vena venancio venceslás vendela vendelín
    vendula venera veneranda venessa veniamin venie venita venla vennie veola ver vera verda
    verde verdell verdie vere verena vergie vergil verim verl verla verle verlene verlie verlin
    verlon verlyn vermundur vern verna vernal verne vernell vernelle verner verneri vernetta
    vernharð vernharður vernia vernice vernie vernita vero verona veronica veronicah veronika
    veronique versie vertie verónica verónika veróníka vesa vesna vessie vesta vestar vester
    vestmar veta vetrarrós veturliði veva veysəl vezat vezrife vibeka vicenta vicente vicenția
    vicențiu vicie vick vickey vicki vickie vicky victoire victor victoria victoriano victorine
    victorino victoría victória vicy vid vida vidadi vidal vidar vide vidhi viera vieroslava
    viesturs vigdís vigfús viggo viggó vigilija vignir vigný vigo vigri vigtýr vigur vihaan
    viivi vija vikar vikki viktor viktoria viktorie viktorija viktors viktoría viktória vilayət
    vilberg vilbergur vilbert vilbjörn vilbogi vilborg vilbrandur vildane vilde vildís vilfríður
    vilgeir vilgerður vilgot vilhelm vilhelmiina vilhelmina vilhelmína vilhjálmur vilho vili
    viliam vilis vilius viljami viljar viljem vilji viljo villads ville villi villimey vilma
    vilmar vilmer vilmos vilmundur vilnis vilný viltė vilém viman vina vinaya vinbjörg vince
    vincenc vincent vincentio vincenza vincenzo vincențiu vinciane vineta viney vinicio vinicius
    vinie vinjar vinko vinnie vinný vino vinsen vinson vinsý vinton vinzenz vinícius viola
    violet violeta violetta violette viorel viorela viorica vira viraj virdie virge virgel
    virgia virgie virgil virgilio virgill virginie virginía virgle viridiana virman virpi virág
    visar visarion visitación visvaldis vitali vitalija vitalis vito vitor vittoria vittorio
    vitus vitória viva vivaan viveka vivi vivian viviana viviane vivianne vivien vivienne viðar
    viðja viļums vjekoslav vjollca vlad vladimir vladimír vladimíra vladislav vladislavs vlado
    vlaicu vlasta vlastimil vlora vlădelina voichița voicu vojtech vojtěch voldemārs volkan
    volker volkhard volkmar vollie volney vonda vonetta voney vonnie vopni vordís vorm vratislav
    vratko vreneli vrinda vrishti vritti vuokko vurğun vusumuzi vyanjana vytautas vytė václav
    váli vápni vár vâlâ vân väinö vébjörg vébjörn védís végeir végerður vékell vélaug vélaugur
    vémundur véný véronique vésteinn víbekka víctor víf vífill vígdögg víggunnur víglundur
    vígmar vígmundur vígsteinn vígþór víkingur vísa vít vítor vítězslav víðar víðir víóla
    víóletta víťazoslav vöggur völundur vörður vöttur vüqar vüsal vüsalə vėjūnė věra vəfa
    vəfadar vəli waahid waail waajid waceera wachira wadee wadi wadood wafa wafae wafeeq wafi
    wafiq wafula wahab wahb wahban waheed wahhaab wahhaaj wahyu waida waimarie wainaina waino
    wairimu wakeeta wakiman walburga waldemar waldo waldtraut walentina walfried walid walli
    wally walter walther waltraud waltraut waltrud waluyo wamalwa wambua wambugu wambui wamwema
    wanda waneta wangari wangila wangui wani wanita wanja wanjala wanjiku wanjiru wanjohi wannes
    wanyama wanyonyi warda wardaya wardell wardi warhi waridi warinder warjas warji warre warren
    warsa warsita warta waseme wasin wasis wassaya wassim watika wava waverly wawan waweru wayde
    wayland waylon wayman waymon wayne wazir weddy weena wekesa weldon welton wenceslao wenche
    wencke wende wendel wendelin wendell wendi wendolin wendy wenke wenzel wera werner wesley
    wesonga wess wessel westin westley weston whit whitley whitney wibke widisha widya wiebke
    wieland wieslaw wigbert wikitoria wiktor wilber wilbert wilbur wilburn wilda wilder wilford
    wilfred wilfredo wilfrid wilfrido wilfried wilfriede wilhelm wilhelmina wilhelmine wilhelmus
    wiliam wilkie willa willaim willam willard wille willem willene willfried willi willia
    william willian williard willibald willibert willie williemae willodean willum willy wilma
    wilman wilmar wilmer wilson wilton wiltrud wim winda windell winfield winford winfred
    winfried winifred winni winnie winnifred winny winona winthrop winton wira wirda wiremu wirt
    wishi wisnu witold wladimir wojciech woldemar wolfgang wolfhard wolfram woodie woodroe
    woodrow woodson worley wout wouter wriddhish wridesh wulan wulf wur wuraola wyatt wycliff
    wycliffe wylie wyman wynona wálter xalak xalid xalidə xaliq xalisə xaləddin xamis xanana
    xander xankişi xanlar xanım xatirə xaver xavi xavier xavər xena xenia ximena xiomara xiti
    xobeen xolid xosrov xudaverdi xudayar xudu xumar xuân xzavier xénia xəlil xəyal xəyalə
    xəyyam yaa yaakov yaaseen yachana yacine yada yadavi yadid yadiel yadigar yadira yael yafi
    yafir yaghnam yagnesh yago yahaira yahia yahir yahvi yahya yahyaa yahyo yahşi yahşikan yair
    yaiza yajaira yakobo yalazabay yalgın yaltırak yalçın yalın yaman yamar yameen yamid yamile
    yamilet yamilex yamin yamini yamən yana yanara yance yancy yandel yanet yaneth yani yanick
    yanik yanina yanira yanis yanisa yankı yann yannic yannick yannik yannis yaqeen yaqoot yaqub
    yar yara yareli yaretzi yargı yaritza yasaar yasan yaseen yasemen yasemin yash yashasvi
    yashawini yashem yashica yashoda yashodhara yashvi yasin yasina yasinta yasir yasmeen yasmin
    yasmina yasmine yasmín yasna yasser yassin yassine yasti yasəf yasəmən yatan yathrib yatin
    yauvani yavuz yavər yaw yawar yawer yayak yazan yazeed yazganalp yazgül yazmin yazmín yağın
    yağızkurt yaşar yaşattin yda yecid yee yeferson yeganə yehuda yeimy yeison yejide yekbun
    yekda yelesen yeneral yeni yenifer yenny yeny yepelek yeraz yergha yerko yerson yertan
    yesenia yesica yesid yesoob yessenia yessi yessica yetişal yetta yetunde yewande yeşil yfke
    yigit yilmaz yina yineth yinthe ylenia ylfa ylfur ylja ylur ylva ylvi ylvie ymir yngvar
    yngve yngvi ynja yoan yoann yocelyn yochana yoel yohan yohana yohane yolal yolanda yolande
    yolima yolonda yonatan yonathan yono yoom yordan yoruç yosef yoselin yoshiko yoshio yoshita
    yosma youba youcef younes youri yousef yousra youssef yrja yrjö yrkill yrsa ysaline yudy yug
    yuli yulia yuliana yulieth yulisa yulissa yuly yuni yunis yunita yunt yunus yurani yurany
    yurdanur yurdaser yureed yurem yuri yuridia yurtgüven yurtseven yurttaş yury yusif yussuf
    yusuf yutika yuvraj yvan yves yvette yvon yvonne yésica yéssica yönetmen yücel yücelen yümun
    yıldır yıldız yılma yəhya yến zaafir zaahid zaahir zaakir zabir zablon zac zacarías zacharia
    zachariah zacharias zacharie zachary zachery zackariya zackary zackery zada zadie zaeem
    zaenab zafar zafeer zafir zafrul zahaar zaharia zaheer zahfer zahi zahid zahir zahnya zahra
    zahri zahro zahrun zahur zaib zaid zaida zaiden zain zainab zainabu zaira zaire zaitra
    zaituni zak zakaria zakariyo zakary zakaría zakarías zakayo zakhele zakir zakiyaxon zaliha
    zalindra zalán zaman zamfir zamfira zamin zamiq zamir zamira zana zander zandra zane zaniyah
    zansi zara zarar zaraza zaria zariah zarina zarna zarəngiz zashil zauqi zaur zavier zavion
    zaweel zayan zayd zayden zaynab zayne zayyan zayyir zbigniew zbyněk zdenka zdenko zdeněk
    zdeňka zdislava zdravko zeb zebirce zebulon zechariah zed zeferino zehaan zehnia zehra
    zehranur zejna zekayi zeke zeki zela zelaya zelha zelia zeljko zella zelma zelpha zemfira
    zemzem zena zenas zende zenia zennun zeno zenobia zenon zenovia zenta zenzele zenzile
    zerafet zerdad zeride zeta zetta zettie zevlüde zewad zeynal zeynelabidin zeynep zeyno
    zeynulla zeynəb zeynəgül zhane ziba zibeydə zibuyile ziedonis ziggy zigmund zigrīda zihni
    zikmund zilfa zillah zilmil zilpah zilpha zimran zina zinal zineb zinhle zinnura zinnure
    zinət zion zipporah zita ziya ziyaettin zizi zlatica zlatko zoa zoe zoey zofia zofija zoie
    zoila zoja zola zollie zoltan zoltán zona zophanías zophonías zora zoraida zoral zoran
    zorica zorka zoé zoë zsanett zsigmond zsolt zsombor zsuzsanna zsófia zuba zubayr zubeyde
    zuhri zula zulaikha zulema zulfa zulma zumaridi zunilda zuwayhir zuwena zuzana zvonka zvonko
    zwatie zélie zóphanías zóphonías zöhrehan zöhrə züfer züheyla zülbiye züleyxa zülfiyyə
    zülfüye zülgarni zümre zümrüd zəhra zəkəriyyə zəminə zərdüşt zərif zərifə zərnigar ábel ádám
    áfrica ágata ágatha ágnes águeda ágúst ágústa ágústína áki ákos álex álfar álfdís álfey
    álfgeir álfgerður álfgrímur álfheiður álfhildur álfrós álfrún álfsól álfur álfþór álvaro
    ámbar ámundi ángel ángela ángeles ánh árbjartur árbjörg árbjörn árbjört árdís árelía árelíus
    árgeir árgils árlaug ármann ármey árna árndís árney árnheiður árni árnína árný áron árpád
    ársæl ársæll ársól árveig árvök áróra árún árþóra ása ásberg ásbergur ásbjörg ásbjörn ásborg
    ásdís ásfríður ásgautur ásgeir ásgerður ásgils ásgrímur áshildur ási áskatla áskell ásla
    áslaug áslaugur ásleif áslákur ásmar ásmundur ásný ásrós ásröður ásrún ást ásta ástbjörg
    ástbjörn ástbjört ástdís ástfríður ástgeir ástgerður ástheiður ásthildur ástmar ástmundur
    ástráður ástríkur ástríður ástrós ástrún ástvald ástvaldur ástvar ástveig ástvin ástþrúður
    ástþór ástþóra ásvaldur ásvarður ásvör ásólfur ásþór áurea âdem âlemşah ângela ângelo änne
    åbjørn åge åke åsa åse ægileif ægir æsa æsgerður æsir ævar ævarr çakar çakırca çaltı çalım
    çamok çapkan çavuldur çağa çağdan çağlar çağlasın çağveren çelem çelikkan çelikyürek çerçi
    çetinsu çeviköz çevregül çilga çimnaz çinarə çinerk çingiz çisem çiçək çokan çolpan çopur
    çoğay çıdal çıvgın èric édgar édith édouard élisabeth élise élodie éléonore émile émilie
    éric érica étienne éva ëakumbu ían ída ígor íma ími ína íngrid íren írena íris írunn ísabel
    ísabella ísadóra ísafold ísak ísalind ísar ísarr ísbjörg ísbjörn ísdís íseldur ísey ísfold
    ísgeir ísgerður íshildur ísidór ísis íslaug ísleif ísleifur ísmael ísmar ísmey ísold ísrael
    ísrún íssól ísveig ísól ísólfur ítalo íunn íva ívan ívar íñigo óda ófeigur ófelía óla ólafur
    ólafía ólafína ólavía óli óliver ólivía ólína ólíver ólöf ómar ómi ósa óscar ósk óskar
    ósvald ósvaldur ósvífur ótta óttar óttarr óðinn öge ögmunda ögmundur ögn ögri ökkaş öktürk
    ölnir ölrún ölveig ölver ölvir ömer ömriye ömür öncel öndólfur önel öngen önsal önundur
    örbrún örfiye örik örjan örk örlaugur örlygur örn örnólfur örvar öryürek ösp össur östen
    över övün öxar özakan özalpsan özaslan özay özbay özbilek özbilge özdal özdeş özdil özdoğdu
    özel özerdinç özertem özge özger özgün özgür özinal özkent özkutlu özlem özlü özokçu özpetek
    özpınar özsözlü öztek öztürk özyurt özçam özüdoğru öğet øivind øjvind ørni øvli øystein
    øyvind úddi úlfa úlfar úlfdís úlfey úlfgeir úlfheiður úlfhildur úlfhéðinn úlfkell úlfljótur
    úlfrún úlftýr úlfur úlla úlrik úna úndína úranus úranía úrsula úrsúla übeydullah üge ülfet
    ülfət ülke ülküdeş ülküm ülkər ülle ülvi ülviyyə ümid ümmahan ümmet ümmühan ümray ünal ünek
    ünlen ünsever ünübol ürfettin ürper üsame üstün üzer üzeyir üçgül ýja ýma ýmir ýrar ýrr
    þalía þangbrandur þeba þengill þeyr þeódís þeódóra þinur þiðrandi þiðrik þjálfi þjóstar
    þjóstólfur þjóðann þjóðbjörg þjóðbjörn þjóðgeir þjóðhildur þjóðleifur þjóðmar þjóðrekur
    þjóðvarður þjóðólfur þoka þorberg þorbergur þorbjörg þorbjörn þorbrandur þorfinna þorfinnur
    þorgarður þorgautur þorgeir þorgerður þorgestur þorgils þorgnýr þorgríma þorgrímur þorgísl
    þorkatla þorkell þorlaug þorlaugur þorleif þorleifur þorleikur þorlákur þormar þormundur
    þormóður þorri þorsteina þorsteinn þorstína þorvaldur þorvar þorvarður þrastar þrymur þrá
    þráinn þrándur þróttur þröstur þrúða þrúðmar þrúður þula þura þurí þuríður þurý þyri þyrnir
    þyrí þór þóra þóranna þórar þórarinn þórarna þórbergur þórbjörg þórbjörn þórdís þórelfa
    þórelfur þórey þórfríður þórgnýr þórgrímur þórgunna þórgunnur þórhaddur þórhalla þórhalli
    þórhallur þórhanna þórheiður þórhildur þórir þórkatla þórlaug þórlaugur þórleif þórleifur
    þórlindur þórmar þórmundur þórný þórodda þóroddur þórormur þórsteina þórsteinn þórsteinunn
    þórstína þórunn þórveig þórvör þórða þórður þórólfur þórörn þöll þúfa ādams ādolfs ārija
    ąžuolas đuro đurđica ērika ēriks ēvalds ğanim ģederts ģirts ľubica ľubomír ľubomíra ľubor
    ľuboslav ľuboslava ľuboš ľudmila ľudomil ľudomila ľudovít łukasz şaban şabettin şadıman
    şafii şahat şahdiye şahin şahinbey şahinder şahlar şahmar şahmettin şahnaz şahnuray şahvələd
    şahıgül şakir şali şamiha şamil şamxal şanlı şavki şayan şazime şefi şefiye şehamet şehreban
    şehza şekim şelâle şemsettin şemsinisa şendoğan şenkal şennur şerafeddin şeref şerman şevket
    şevketfeza şeyda şide şilan şinasi şirin şirivan şirzad şuayp şöhret şövkət şükri şükufə
    şüküfe şükür şıxı şəfa şəfiqə şəhla şəhrəbanu şəlalə şəmsiyyə şərafət şərəfəddin šarlota
    šarūnas šime šimon špela štefan štefanija štefica štefka štefánia štěpán štěpánka šárka žan
    žaneta žanis željka željko želmíra žemyna žiga žigmund živa živilė žofia žofie žygimantas
    șerban ștefan ștefana ștefania əbdül əcəbnaz ədalət ədibə əflatun əhliman əhməd əhəd əjdər
    əkbər əkrəm əli əliş əliəkrəm ələkbər ələsgər əmin əminə əmir əntiqə ənvər ərtoğrul əsgər
    əsmər əyyub əşrəf
    """.split()
)
"""Given names (case-folded, Latin script, 3+ letters) from Faker 40's (MIT) person providers, all
locales: see ``ingest.pii_missed_names.add_given_names``. Left out: words in ``COMMON_WORDS``, frequent
English words (wordfreq zipf >= 3.5) listed by fewer than three locales ("author", "council"
are in Faker's ``en`` list), and by hand words and places that are mostly not names::

    angel april august bill brooklyn carolina charity chase chelsea crystal dawn destiny edit
    else eve faith france georgia german grace guy hope hunter india isis israel jesus job
    joy june junior lean line lucky marine mark may milan olive orlando paris patience per
    rose said sandy summer tea till urban virginia washington will

Regenerate like ``COMMON_WORDS`` above, keeping ``first_names*`` only, after
``words = {w for w in names if zipf_frequency(w, "en") < 3.5 or n_locales(w) >= 3}``."""

AMBIGUOUS_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    austin bob carol charlotte christian clinton cruz dean del diego don francisco frank grant
    jack jackson jan jay jean jordan josh kent madison mason max mike nan nick norman oscar
    peter ray robin roger roman victoria warren
    """.split()
)
"""The given names that are also an English word in lower-case use or a well-known place
("Austin", "Victoria", "Grant", "Frank"): a name only with a surname beside them or after a cue.
Picked by hand from the given names with wordfreq zipf >= 4.0; the others there ("Amanda",
"Scott", "Logan") are frequent because they are frequent names."""
