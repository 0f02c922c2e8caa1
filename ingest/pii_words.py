"""Frequent English words that are not names, for ``ingest.pii_names.drop_common_words``.

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
