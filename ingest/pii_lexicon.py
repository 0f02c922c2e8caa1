"""English words for ``ingest.pii_case``: data only, generated once outside the project.

``ENGLISH_WORDS``: the 40,000 most frequent English words of wordfreq 3.1 (word list data
CC BY-SA 4.0, Robyn Speer et al.), letters only, 2+ letters, minus ``ingest.pii_words.COMMON_WORDS``
(the top 8,000, held there) and minus every given name and surname in Faker 40's person providers
(all locales) and the public figures and romanised surnames of ``pii_words``' ``BY_HAND`` list.
``WORDLIKE_NAMES``: the words of that top 40,000 that *are* a Faker name somewhere but are frequent
English words (wordfreq zipf >= 4.5) and not in ``GIVEN_NAMES``: "Date", "House", "Brown".

In text typed in one case, a word on these lists is written in lower case when the case is
restored ("SALESPERSON" -> "salesperson"), so that the NER model does not read it as a name;
a ``WORDLIKE_NAMES`` word right after a given name or a title stays a name ("ANNA BROWN").

Regenerate (outside the project's environment, after ``pip install wordfreq==3.1.1 faker``),
with ``names`` built as in ``ingest.pii_words``::

    from wordfreq import top_n_list, zipf_frequency

    top = [w for w in top_n_list("en", 40000) if w.isalpha() and len(w) >= 2]
    english = sorted(w for w in top if w not in COMMON_WORDS and w not in names
                     and w not in FIGURES)
    wordlike = sorted(w for w in top if w not in COMMON_WORDS and w in names
                      and zipf_frequency(w, "en") >= 4.5 and w not in GIVEN_NAMES
                      and w not in SURNAMES)

with ``FIGURES``: barack batman des di du han hitler jin jr lt putin satan shakespeare sr
superman trump xi ma ye yu lu hu li shi wan gu fang ding bai lei tan ming hong wei yang kang
jung shin chin lo wu ho bo he; ``SURNAMES``, by hand: johnson jones miller smith williams
obama matt.
"""

ENGLISH_WORDS: frozenset[str] = frozenset(
    """
    aaa aac aah aam aap aarp ababa aback abandoning abandonment abandons abbot abbreviated
    abbreviation abbreviations abd abdel abdication abdomen abdominal abduct abducted abduction
    abercrombie aberdeen aberdeenshire aberration aberystwyth abetting abhorrent abi abide
    abiding abilene abingdon abject ablation ablaze abnormal abnormalities abnormality
    abnormally abo abode abolish abolished abolishing abolition abolitionist abominable
    abomination aboriginal aborigines abort aborted abortions abound abrams abrasion abrasive
    abreast abridged abrupt abruptly abs abscess absences absentee absolution absolve absorb
    absorbed absorbent absorbing absorbs absorption abstain abstained abstinence abstracted
    abstraction abstractions abstracts absurdity absurdly abt abuja abundance abundant
    abundantly abuser abusers abuses abusing abusive abv abysmal abyss aca acacia academia
    academically academics academies acapulco acc accelerate accelerated accelerates
    accelerating acceleration accelerator accelerators accented accents accentuate acceptor
    accepts accessed accessibility accessing accession accessory accidental accidently acclaim
    acclaimed accolade accolades accommodated accommodates accommodating accommodations
    accompanies accompaniment accompany accompanying accomplice accomplices accomplishes
    accomplishing accomplishment accomplishments accord accorded accordion accords
    accountability accountable accountancy accountant accountants accounted accra accreditation
    accredited accretion accrue accrued accumulate accumulated accumulates accumulating
    accumulation accusation accusations accuse accuser accusers accuses accusing accustomed acer
    aces acetate acetone ach ache aches achievable achieves achilles aching acidic acidity acids
    ack ackerman acknowledgement acknowledges acknowledging acknowledgment acl aclu acm acme
    acne acorn acorns acoustics acp acquaintance acquaintances acquainted acquires acquiring
    acquisitions acquittal acquitted acreage acrobatic acrobatics acronym acronyms acrylic acs
    acta actin actionable activate activates activating activation activator activision activism
    acton actresses actuality actuarial actuator acuity acumen acupuncture acura acutely adage
    adair adama adamant adaptability adaptable adaptations adapter adapters adapting adaptive
    adapts adb adc addams addendum adderall addict addicted addicting addictions addictive
    addicts addis additions additive additives addy adept adequacy adequately adf adhd adhere
    adhered adherence adherents adheres adhering adhesion adhesive adhesives adidas adieu
    adipose adirondack adjective adjectives adjoining adjourned adjudication adjunct adjustable
    adjusting adjustment adjustments adjusts adjutant adl adm admin administer administering
    administers administrations administrators admins admirable admirably admirals admiralty
    admiration admired admirer admirers admires admiring admissible admissions admittance
    admittedly admitting ado adobe adolescence adolescent adolescents adopters adopting
    adoptions adoptive adopts adoration adore adored adores adoring adorn adorned adp adr
    adrenal adrenalin adrenaline adriatic adrift adsorption adultery adulthood adv advancement
    advancements advancing advantageous advent adventist adventurer adventurers adventurous
    adversarial adversaries adversary adverse adversely adversity advert advertise advertised
    advertisement advertisements advertiser advertisers advertises adverts advices advisable
    advisers advises advising advisors advocacy advocated advocating ae aec aegean aegis aerial
    aero aerobic aerobics aerodynamic aerodynamics aeronautical aeronautics aeroplane aeroplanes
    aerosmith aerosol aerospace aes aesthetically aesthetics aether aetna afar afb afc afd aff
    affection affectionate affectionately affections affective affidavit affiliates affiliation
    affiliations affinity affirm affirmation affirmations affirmative affirmed affirming affirms
    affixed affleck afflicted affliction affluence affluent affordability afforded affording
    affords affront afghan afghans afield afl afloat afoot aforementioned afp afresh africans
    afrikaans afro aft afterlife aftermarket aftermath afternoons afterthought afterward aga
    agar agave ageing agendas aggies aggravate aggravated aggravating aggravation aggregated
    aggregates aggregation aggregator aggression aggressively aggressiveness aggressor aggrieved
    agile agility agitated agitation agm agnostic agonist agonizing agony agra agrarian
    agreeable agreeing agri agribusiness agro aground agua aha ahem ahh ahhh ahhhh ahl ahmedabad
    ahn ahold ahs aia aide aided aides aiding aig aiken ailing ailment ailments aiming aimlessly
    ain ainsworth aint airbag airbags airbase airbnb airborne airbus aired aires airfare
    airfield airflow airforce airing airlift airliner airman airmen airplane airplanes airplay
    airs airship airspace airstrike airstrikes airstrip airtight airtime airwaves airway airways
    airy ais aisle aisles ait aj ajax ajay ak akin akron aladdin alam alameda alamo alamos
    alarmed alarming alarms alaskan albania albanian albanians albans albany albatross albeit
    albemarle albright alcatraz alchemist alchemy alcoholic alcoholics alcoholism alcohols alder
    alderman aldermen aldi aldrich aleppo alerted alerting alertness alerts ales alexey alfalfa
    algae algebra algebraic algebras algeria algerian algiers algorithmic algorithms alhambra
    alias aliases alibaba alibi alienate alienated alienating alienation alight align aligned
    aligning alignment alignments aligns alimony alkali alkaline alkyl allah allahabad alle
    allegation allege alleges allegheny allegiance alleging allegorical allegory allele alleles
    allentown allergic allergies allergy alleviate alleviating alley alleys alleyway alliances
    alligator alligators allocate allocated allocating allocation allocations allot allotment
    allotments allotted allowable allowance allowances alloy alloys alluded alludes alluding
    allure alluring allusion allusions alluvial almanac almighty almonds alms aloe aloft aloha
    aloof aloud alp alpaca alphabet alphabetical alphabetically alpine alps alr als alsace alt
    altar altars alteration alterations altercation altering alternately alternates alternating
    alternatively alternator alters altitude altitudes altman altruism altruistic alum aluminium
    alumni alumnus alveolar amalgam amalgamated amalgamation aman amarillo amass amassed
    amassing amateurs amaze amazed amazement amazes amazingly amazonian amazons ambassadors
    ambience ambient ambiguity ambiguous ambition ambitions ambivalence ambivalent ambulances
    ambulatory ambush ambushed amc amd ame amenable amend amended amending amendments amends
    amenities amenity amer americana americas ames amethyst amex amg amherst amiable amicable
    amicus amidst amigo amigos amino amis amish amiss amity aml amman ammo ammonia ammonium
    ammunition amnesia amnesty amok amore amorous amorphous amortization amounted amounting
    amour amp amped amphetamine amphetamines amphibians amphibious amphitheater amphitheatre
    ample amplification amplified amplifier amplifiers amplify amplitude amps amputated
    amputation amr amritsar ams amt amtrak amulet amuse amused amusement amusing amygdala
    amyloid anabolic anaconda anaerobic anaesthetic anaheim anakin anal analog analogies
    analogous analogue analogy analyse analysed analyses analysing analysts analytic analytical
    analytics analyze analyzed analyzer analyzes analyzing anarchism anarchist anarchists
    anarchy anathema anatolia anatomical anc ancestor ancestral ancestry anchorage anchored
    anchoring anchors ancients ancillary andaman andean andes andhra andi andover androgen
    androids andromeda anecdotal anecdote anecdotes anemia anemic anesthesia anesthetic aneurysm
    anew anfield ang angelou angered angers angina angled angler anglers angles anglesey anglia
    anglican angling anglo angola angrier angrily angst anguish angular anil animate animating
    animations animator animators animosity aniston ankara ankles annals annan annapolis annex
    annexation annexed annihilate annihilated annihilation anniversaries anno annotated
    annotation annotations announcements announcer announcers announcing annoy annoyance annoys
    annuities annuity annular annulled annulment annum ano anode anointed anointing anomalies
    anomalous anomaly anonymity anonymously anorexia ans ansari ansi ant antagonism antagonist
    antagonistic antagonists antarctic antarctica antebellum antelope antenna antennae antennas
    anterior anthem anthems anthologies anthology anthrax anthropogenic anthropological
    anthropologist anthropologists anthropology antibacterial antibiotic antibiotics antibodies
    antibody antichrist anticipate anticipates anticipating anticipation antics antidepressant
    antidepressants antidote antifa antigen antigens antigua antilles antimicrobial antioch
    antioxidant antioxidants antiquarian antiquated antique antiques antiquities antiquity
    antisemitic antisemitism antiseptic antisocial antithesis antitrust antiviral antivirus
    antlers antrim antwerp anus anvil anxieties anxiously anyhow anz anzac ao aoc aoki aol aorta
    aortic apa apache apartheid apathetic apathy apc ape aperture apes apex aphrodite api apical
    apiece apis apk apnea apo apocalypse apocalyptic apolitical apologetic apologies apologise
    apologised apologising apologist apologists apologized apologizes apologizing apoptosis
    apostasy apostle apostles apostolic apostrophe apothecary appalachia appalachian appalled
    appalling apparatus apparel apparition appealed appease appeasement appellant appellate
    appellation appendage appendages appended appendicitis appendix appetite appetites appetizer
    appetizers applaud applauded applauding applauds applause appleby appleton appliance
    appliances applicability applicant appoint appointee appointees appointing appoints
    appraisal appraisals appraised appraiser appreciable appreciates appreciating appreciative
    apprehend apprehended apprehension apprehensive apprentice apprentices apprenticeship
    apprenticeships approachable appropriated appropriately appropriateness appropriating
    appropriation appropriations approvals approves approving approx approximate approximation
    apricot apricots apron aps apt aptitude aptly aq aqua aquaculture aquaman aquarium aquariums
    aquarius aquatic aqueduct aqueous aquifer aquila aquinas aquino arabian arable arabs arafat
    aragon aram aramaic arbiter arbitrage arbitrarily arbitrary arbitration arbitrator arbor
    arboretum arcade arcades arcadia arcane archaeological archaeologist archaeologists
    archaeology archaic archangel archbishop archdiocese archduke arched archeological
    archeology archers archery arches archetypal archetype archetypes archipelago architects
    architectures archival archived archivist arcs ard ardent arduino arduous aren arg argent
    argentine argentinian argh argo argon argos arguably argumentative argus argyle argyll arid
    aries arisen arises arising aristocracy aristocrat aristocratic aristocrats aristotle
    arithmetic ariz ark arkham armada armageddon armagh armament armaments armchair armenia
    armenian armenians armies arming armistice armitage armored armory armour armoured armpit
    armpits arnhem aroma aromatic arose arousal arouse aroused arousing arr arraignment arranges
    arranging arrays arrears arresting arrests arrivals arrogance arrogant arrowhead arrows ars
    arse arsehole arsene arsenic arson arte artefacts artemis arterial arteries artery artful
    arthritis articulate articulated articulating articulation artifact artifacts artificially
    artisan artisanal artisans artiste artistically artistry artsy artworks arty aruba arun
    arundel arvind ary asahi asap asbestos asc ascend ascendancy ascendant ascended ascending
    ascension ascent ascertain ascertained ascetic ascii ascot ascribe ascribed asd asda asean
    asexual asf asgard ash ashcroft asheville ashford ashland ashok ashore ashraf ashram asi
    asians asiatic asic askin asl asm aso asos asparagus asphalt aspiration aspirations aspire
    aspired aspires aspirin aspiring ass assad assailant assailants assam assange assassin
    assassinate assassinated assassination assassinations assassins assaulted assaulting
    assaults assay assays assed assemblage assemble assemblies assembling assemblyman assent
    assert asserted asserting assertion assertions assertive asserts asses assessed assesses
    assessing assessments assessor asshole assholes assign assigning assignments assigns
    assimilate assimilated assimilation assistants assisting assn associating associative
    assorted assortment asst assumes assurance assurances assuredly assures assuring assyrian
    ast aster asterisk asteroid asteroids asthma astm astonished astonishing astonishingly
    astonishment astor astoria astounded astounding astra astral astray astro astrologer
    astrological astrology astronaut astronauts astronomer astronomers astronomical astronomy
    astrophysics astros astute asuka asus aswell asymmetric asymmetrical asymmetry asymptomatic
    asynchronous atari atc atelier atf ath atheism atheist atheists athenian athens
    atherosclerosis atherton athleticism athletics athos atk atl atlantis atleast atletico
    atlético atm atmospheres atmospheric atms ato atoll atom atoms atone atonement atop atp
    atrial atrium atrocious atrocities atrocity atrophy ats att atta attach attaches attaching
    attachment attachments attaché attacker attackers attain attainable attained attaining
    attainment attains attenborough attendant attendants attendees attends attentions attentive
    attenuated attenuation attest attested attic attica attire attracting attractions
    attractiveness attracts attributable attribute attributes attributing attribution attrition
    attuned atty atv atwood atx atypical auburn auckland auctioned auctioneer auctioneers
    auctions audacious audacity audi audible audiobook audiobooks audiovisual audited auditing
    audition auditioned auditioning auditions auditor auditorium auditors auditory audits
    audubon auf augment augmentation augmented augsburg auld aung auntie aunts aunty aur aural
    aurelius aureus auschwitz auspices auspicious aussie aussies aust austere austerity
    australasia australasian australians austrian austrians austro auth authenticated
    authentication authenticity authored authoring authorisation authorise authorised
    authoritarian authoritarianism authoritative authorization authorize authorizes authorizing
    authorship autistic autobiographical autobiography autocorrect autocratic autograph
    autographed autographs autoimmune automakers automata automate automated automation
    automobiles autonomous autonomy autopilot autopsy autos autumnal aux auxiliary av avail
    avalanche avalon avant avatar avatars avec avenge avenged avenger avengers avenging avenues
    averaged averages averaging averse aversion avert averted avg avian aviator avid avionics
    aviv avocado avocados avoidable avoidance avoids awa await awaited awaiting awaits awaken
    awakened awakening awakens awarding awash awd awe awesomeness awfully awhile awkwardly
    awkwardness awoke awry aws aww awww ax axe axed axes axial axiom axioms axle axles ay
    ayatollah aye ayer ayn ayr ayres ayrshire az azerbaijan azerbaijani azhar aztec aztecs azure
    baal bab babble babbling babcock babel babes babs babylon babylonian babysit babysitter
    babysitting bac baccalaureate bacchus bachelorette bachelors backbone backcountry backdoor
    backdrop backend backers backfire backfired backgrounds backhand backlash backlog backpack
    backpacking backpacks backroom backseat backside backstage backstory backstreet backups
    backward backwater backwoods backyard bacterial bacterium badass baddies baden badger
    badgers badges badlands badminton bae baek baer baffled baffles baffling bafta bagel bagels
    baggage bagged bagging baggy baghdad bagley bagpipes baguette bahamas bahia bahrain baht
    bailed bailiff bailing baillie bailout bain bainbridge baines bait baited baiting baja bak
    bake baked bakeries bakers bakersfield bakery baking bakr baku balances balancing balboa
    balconies balcony bald balding bales balfour balinese balkan balkans ballad ballads ballarat
    ballast baller ballerina balling ballistic ballistics ballon balloon balloons ballots
    ballpark ballroom balm balmain baloch balochistan balsamic baltic bam bamboo banal bananas
    banco bancroft banda bandage bandages bandai bandana bandcamp banded banding bandit bandits
    bandwagon bandwidth bane banff bangalore banged banger bangers banging bangkok bangla
    bangladeshi bangles bangor bangs banish banished banishment banjo banked banker bankers
    banknotes bankroll bankrupt bankruptcies banksy banners banning bannister banquet bans
    banshee bantam banter bantu bao bap baptised baptism baptists baptized barbados barbarian
    barbarians barbaric barbarism barbecue barbed barbers barbershop barbour barbs barca barclay
    barclays barcode bard bareback barefoot barf bargained bargaining bargains barge barges bari
    baring barista baritone bark barked barking barkley barks barley barnabas barnaby barnet
    barns barnsley barometer baroness baronet barons baroque barrack barracks barracuda barrage
    barred barrels barren barricade barricades barring barrington barrister barristers barrow
    barrymore bartender bartenders barter baruch basal basalt baseless baseline baseman
    basements bash bashed bashing basics basilica basing basingstoke basins bask baskets basking
    basque basra bassist bastard bastards bastille bastion batch batches bate bateman bathe
    bathed bathing bathrooms baths bathtub bathurst baton bats batsman batsmen battalion
    battalions batted batten batter battered battering batters battersea batting battled
    battlefields battlefront battleground battleship battleships battlestar battling batty
    bavaria bavarian bawling bayern bayesian bayley baylor bayonet bayonets bayou bays baz
    bazaar bb bbb bbl bbq bbs bbw bcc bcci bce bcs bd bdo bds bdsm beachfront beacon beacons
    bead beaded beads beagle beak beaker beaks beamed beaming beams beanie bearable bearded
    beards bearer bearers bearings bearish beastie beastly beasts beater beaters beatings
    beatles beaufort beauties beautifully beaver beavers bebop bec becca becket beckman bedding
    bedfordshire bedouin bedrock bedrooms bedside bedtime beech beefy beehive beep beers beet
    beethoven beetle beetles beetroot beets befitting beforehand befriend befriended beggar
    beggars begged beginner beginners beginnings begs behaved behaves behaving behavioral
    behaviors behavioural behaviours beheaded beheading behemoth behest behold beholden beholder
    bei beige bein beirut beit bel belarus belarusian belated belcher belfast belgian belgians
    belgrade belichick believable believer believers belittle belive belize bellamy belleville
    bellevue bellies belligerent bellingham bellow bellows bells belmont belongings belted
    belting belts beltway belvedere benched benches benchmark benchmarking benchmarks bendigo
    bending bends bene benedictine benefactor benefactors beneficiaries beneficiary benefited
    benefiting benefitted benefitting benevolence benevolent benfica bengal bengali bengals
    bengaluru benghazi benign benin benning benzema benzene beowulf bequeathed bequest ber
    bereaved bereavement bereft beret bering berks berkshire berman bermuda bern berne bernstein
    berries berserk berth berths berwick beryllium bes beseech beset besieged bespoke bestow
    bestowed bestseller bestselling bethesda bethlehem beto betray betrayal betrayed betraying
    betrays betrothed bets betta bettering betterment betts beverage beverages beware bewildered
    bewildering bewitched beyoncé bezel bezos bf bfa bff bg bh bhai bharat bharatiya bhopal bhp
    bhutan bhutto biased biases bib bibles biblical bibliography bic bicentennial biceps
    bickering bicycles bidder bidders bidding biddle biden bids bieber biennale biennial biff
    bigelow bigfoot biggie biggs bigoted bigotry bigots bihar biker bikers bikes biking bikini
    bikinis bilateral bilbo bile bilingual billboard billboards billed billet billiard billiards
    billing billings billionaire billionaires bim bimbo binaries bind binders bindings binds
    bing binge bingham binghamton bingo binoculars biochemical biochemistry biodegradable
    biodiversity biofuels biographer biographical biographies biography bioinformatics
    biologically biologist biologists biomarkers biomass biomedical biometric bionic biopic
    biopsy bios biosphere biosynthesis biotech biotechnology bipartisan bipolar birdies birdman
    birthdays birthing birthplace birthright births bis biscuit biscuits bisexual bishops
    bismarck bison bistro bitch bitches bitching bitchy bitcoins bites biting bitterly
    bitterness bittersweet bitty bitumen biz bj bjp bk bl bla blackadder blackberries blackberry
    blackbird blackboard blacked blackened blackface blackhawks blackish blackjack blacklist
    blacklisted blackmail blackmailed blackmailing blackman blackness blackout blackouts
    blackpool blackrock blacksmith blackstone blackwater blackwood bladder blades blah blamed
    blameless blames blaming bland blankets blanks blaring blasio blasphemous blasphemy blasted
    blaster blasters blasting blasts blatant blatantly blazed blazer blazers blazes blazing
    bleach bleached bleachers bleaching bleak bled bledsoe bleed bleeds bleep blemish blended
    blender blending blends blessings bleu blight blighted blimp blinded blindfold blindfolded
    blinding blindly blindness blinds bling blink blinked blinking blinks blip blissful
    blissfully blister blistering blisters blitz blizzard blm bloated blob bloc blockade
    blockage blockbuster blockbusters blockchain blocker blockers blogged blogger bloggers
    blogging bloke blokes blond blondes blondie bloodbath bloodborne blooded bloodied bloodline
    bloods bloodshed bloodstream bloodthirsty bloomberg bloomfield blooming bloomington blooms
    bloomsbury blossomed blossoming blossoms blount blouse blower blowers blowjob blowjobs
    blowout bls blu blueberries blueberry bluebird bluegrass blueprint blueprints bluetooth
    bluff bluffing bluffs bluish blumenthal blunder blunders blunt bluntly blur blurb blurred
    blurring blurry blush blushes blushing blvd blythe bm bmc bmi bmw bmx bn bnp boa boar
    boarded boarders boardroom boardwalk boars boas boast boasted boasting boasts boating boba
    bobbing bobcat bobcats bobo bobs boca bod bodega bodied bodily bodybuilder bodybuilding
    bodyguard bodyguards bodywork boehner boeing bog bogart bogged boggling boggs bogota bogs
    bogus bohemia bohemian boi boil boiled boiler boilers boiling boils boing bois boise
    boisterous bok boko bol bolder boldly boldness bolivar bolivia bolivian bollocks bollywood
    bologna bolshevik bolsheviks bolster bolstered bolted bolts bom bombard bombarded bombardier
    bombardment bombay bombed bomber bombers bombings bombshell bon bonanza bonaparte bondage
    bonded bondholders bondi bonding boned boneless bonfire bong bongo bonham bonjour bonkers
    bonn bonneville bono bonsai bonuses bony boo boob boobies boobs booby booed boogie booing
    bookcase bookies booking bookings bookkeeper bookkeeping booklet booklets bookmark bookmarks
    bookseller booksellers bookshelf bookshop bookstore bookstores boolean boomed boomer
    boomerang boomers booming booms boop boos boosted booster boosters boosting boosts bootcamp
    booted booths booties booting bootleg bootstrap booty booze bop bordeaux borden bordered
    bordering borderlands borderline borealis boredom bores borne borneo borno boro boron
    borough boroughs borrowed borrower borrowers borrowing borrowings borrows borussia bosh
    bosnia bosnian bosom boson bosses bossy boswell bosworth bot botanic botanical botanist
    botany botched botha bothering bothers botox bots botswana bottas bottled bottleneck
    bottlenecks bottling bottomed bottomless bottoms boulder boulders boulevard bounced bouncer
    bouncers bounces bouncing bouncy bounded boundless bounds bounties bountiful bounty bouquet
    bouquets bourbon bourgeoisie bourne bournemouth boutique boutiques bouts bovine bowed bowel
    bowels bower bowie bowing bowled bowlers bowls bows bowser boxed boxer boxers boycott
    boycotted boycotting boycotts boyfriends boyhood boyish boyz bp bpa bpd bpm bps br bra brace
    braced bracelet bracelets braces bracing bracken bracket brackets bradbury braddock brag
    bragg bragged bragging brah brahma brahman brahmin brahms braid braided braids braille
    brainchild brainer brainless brainstorm brainstorming brainwashed brainwashing brakes
    braking brampton bran branched branching branded brandeis brandenburg branding brando bras
    brash brasil brat brats bravado bravely braver bravery braves bravest brawl brawn brazen
    brazilians brb breached breaches breaching breadcrumbs breads breadth breakage breakaway
    breakdowns breaker breakers breakfasts breakout breakthrough breakthroughs breakup breasted
    breastfeed breastfeeding breathable breathed breather breathes breathless breaths
    breathtaking bred breech breeder breeders breeds brees breeze breezes breezy breitbart
    bremen brentford brentwood brethren brevity brew brewed breweries brewers brewery brewing
    brews brewster brexit bri briar bribe bribed bribery bribes bribing bricks bridal bridegroom
    brides bridesmaid bridesmaids bridged bridgeport bridgewater bridging bridle brie briefcase
    briefed briefing briefings briefs brig brigade brigades brigadier brigham brighten
    brightened brightening brighter brightest brightly brightness brighton brill brilliance
    brilliantly brim brimming brimstone brine brinkley briscoe brisk brisket bristle bristles
    bristow britannia britannica briton britons brits brittle brixton broadband broadcaster
    broadcasters broadcasts broaden broadened broadening broadest broadly broads broadside
    broccoli brochure brochures broker brokerage brokered brokers brom bromley bromwich bron
    bronchitis bronco broncos bronte bronx brooch brood brooding brookfield brookings broom
    broome broth brothel brothels brotherhood brotherly broughton brow broward brownie brownies
    brownish brownlee brownlow browns brownsville brows browse browser browsers browsing bruges
    bruh bruins bruise bruised bruises bruising brunch brunei brunette brunswick brunt brushed
    brushes brushing brutality brutally brute brutus bruv bsa bsc bsp bst bt btc bts bu bub
    bubba bubblegum bubbles bubbling bubbly buccaneers bucharest buckets buckeye buckeyes
    bucking buckingham buckinghamshire buckle buckled buckles buckwheat bucky bucs budapest
    buddha buddhism buddhist buddhists buddies budding budge budgetary budgeted budgeting
    budgets buds budweiser buenos buff buffaloes buffer buffering buffers buffet buffett buffon
    buffoon buffs bugatti bugged bugger bugging buggy bugle buh builder builders buildup bulb
    bulbs bulgaria bulgarian bulgarians bulge bulging bulkhead bulky bullard bulldog bulldogs
    bulldozer bulletin bulletins bulletproof bullied bullies bullion bullish bullpen bullseye
    bullshit bullshitting bully bulwark bum bumble bumblebee bumbling bummed bummer bumped
    bumper bumpers bumping bumps bumpy bums bun bunches bund bundesliga bundled bundles bundy
    bungalow bungalows bungee bunker bunkers bunnies bunny buns bunt bunting buoy buoyancy
    buoyant buoys bur burbank burberry burdened burdens burdensome bureaucracy bureaucrat
    bureaucratic bureaucrats bureaus burg burgeoning burgers burgh burglar burglaries burglars
    burglary burgundy burial burials burkina burlesque burlington burly burma burmese burner
    burners burnham burnley burnout burnside burp burrito burritos burroughs burrow bursting
    bursts burundi burying busan busch bushel bushes bushy busier busiest businessmen
    businesswoman buss busses busted busters busting bustle bustling busts busty butchered
    butchers bute buttercup buttered butterfield butterflies buttermilk butters butterworth
    buttery butthole butthurt buttocks buttoned butts buxton buyout buzzard buzzed buzzer
    buzzfeed buzzing bv bw byers bygone bylaws bypass bypassed bypassing byproduct bystander
    bystanders byte bytes byu byzantine byzantium caa cabal cabaret cabbage cabernet cabinets
    cabins cables cabot cabs cac cacao cache caches cacti cactus cad cadbury caddy cadet cadets
    cadillac cadmium cadre cadres cady caesars caf cafes cafeteria caffeine café cafés caged
    cages cagr cai cairo cajun cakes calais calamity calc calcium calculate calculates
    calculating calculation calculations calculator calculators calculus calcutta calder
    caledonia caledonian calendars calf calgary caliber calibrate calibrated calibration calibre
    calico calif californian californians caliph caliphate callaway callback calle caller
    callers calligraphy callin callous calmed calmer calming calmly calmness calms caloric
    calorie calvary calvert calves calypso camaraderie camaro cambodia cambodian cambrian
    cambridgeshire camcorder camel camelot camels cameo cameos cameraman cameroon camo
    camouflage camouflaged campaigned campaigner campaigners campaigning camped camper campers
    campfire campground campsite campsites campuses camry cams canaan canadians canadiens
    canaries canary canaveral canberra canceled canceling cancellation cancellations cancelling
    cancels cancerous cancers cancun candid candidacy candidly candies candle candlelight
    candles candlestick candor cane canes canine canines canister canisters canned cannes
    cannibal cannibalism cannibals cannonball cannons canoe canoeing canoes canola canonical
    canons canopy cans canteen canterbury canto canton cantonese cantor canucks canvases canvass
    canvassing canyons cao capacitance capacities capacitor capacitors capcom caper capers capes
    capillary capita capitalist capitalists capitalization capitalize capitalized capitalizing
    capitals capitulation capped cappella capping cappuccino capri capricious capricorn capsized
    capsule capsules capt captaincy captained captains caption captioned captions captivated
    captivating captive captives captivity captors captures capturing caracas caramel carat
    carats caravan caravans carb carbide carbine carbohydrate carbohydrates carbonate carbonated
    carboniferous carbs carburetor carcass carcasses carcinogenic carcinoma cardboard carded
    cardi cardiac cardiff cardigan cardinal cardinals cardio cardiologist cardiology
    cardiovascular carefree caregiver caregivers careless carelessly carelessness carer carers
    caress caretaker caretakers caribou caricature caricatures carlsbad carmichael carnage
    carnal carne carnegie carnival carnivores carnivorous carolinas carols carotid carousel carp
    carpenters carpentry carpets carpool carrey carriage carriages carriageway carrick
    carrington carrot carrots carta cartagena carte cartel cartels cartesian carthage cartier
    cartilage cartman cartons cartoonist cartoons cartridge cartridges carts carve carved carver
    carving carvings casablanca cascade cascades cascading cashback cashed cashew cashier
    cashiers cashing cashmere casing casings casinos cask casket caspian cassava casserole
    cassette cassettes cassini caste caster casters castes castile castings castles castor
    castrated castration casts casually casualty catacombs catalan catalog catalogs catalogue
    catalogued catalogues catalonia catalyst catalysts catalytic catania catapult cataract
    cataracts catastrophe catastrophes catastrophic catcher catchers catchment catchphrase
    catchy cate catechism categorical categorically categorization categorize categorized cater
    catered catering caterpillar caterpillars caters catfish cath cathartic cathay cathedrals
    catheter cathode catholicism catholics cation catwalk catwoman caucasian caucasus caucus
    caucuses caudal cauldron cauliflower causal causality causation causeway caustic cautionary
    cautioned cautions cautious cautiously cav cava cavalier cavaliers cavalry caveat caveats
    caved caveman cavendish cavern cavernous caverns caves caviar caving cavities cavity cavs
    cayenne cayman cb cba cbc cbd cbe cbi cbn cbo cbp cbt cca ccc ccd ccm ccp ccs cctv cdc cdn
    cdr cds cdt cdu ce ceased ceasefire ceases ceasing cebu cec cece cech cedar cedars cede
    ceded cee ceilings cel celeb celebrates celebrations celebratory celebs celery celestial
    celiac celibacy cellar cellars cello cellphone cellphones cellular cellulite cellulose
    celsius celtics celts cemented cementing cemeteries censor censored censoring censors
    censorship censure centaur centenary centennial centering centerpiece centimeter centimeters
    centimetres centipede centralised centralized centrally centred centric centrifugal
    centrifuge centrist centro centurion ceos ceramic ceramics cerberus cereal cereals cerebral
    ceremonial ceremonies ceres cern cersei cert certainty certificates certifications certify
    certifying cervical cervix ces cesc cessation cessna cet cetera cf cfa cfb cfc cfl cfo cfp
    cfr cfs cg cgi cha chaff chagrin chained chainsaw chaired chairmanship chairmen chairperson
    chairwoman chakra chalet chalice chalk chalkboard challenger challengers chameleon champaign
    championed championing champlain champs chancery chandelier chandeliers chandigarh
    changeable changer changers channeled channeling chant chanted chanting chants chao chaotic
    chap chapels chaperone chapin chaplain chaplains chaplin chapo chappell chappelle chaps
    chara characterisation characterised characteristically characterization characterize
    characterizes characterizing charade charcoal chardonnay charger chargers charing chariot
    chariots charisma charismatic charitable charities charlemagne charleston charlestown
    charlottesville charmed charms charred charted chartered charters charting chased chaser
    chasers chases chasm chassis chaste chateau chatham chats chatsworth chattanooga chatted
    chatter chattering chatting chatty chaucer chauffeur cheapest cheaply cheated cheater
    cheaters cheats chechen chechnya checker checkered checkers checklist checkmate checkout
    checkpoint checkpoints checkup cheddar chee cheekbones cheeks cheeky cheered cheerful
    cheerfully cheering cheerios cheerleader cheerleaders cheerleading cheery cheeseburger
    cheeseburgers cheesecake cheeses cheesy cheetah cheetahs chefs chelmsford cheltenham chem
    chemically chemist chemists chemo chemotherapy cheney cheng chengdu chennai cheque cheques
    cherished chernobyl cherokee cherries chesapeake cheshire chested chesterfield chestnut
    chestnuts chests cheung chevron chevy chew chewed chewing chews chewy chez chf chia chiang
    chic chica chicano chichester chickens chicks chiefly chieftain chien chiffon chihuahua
    childbirth childcare childish childless childlike childrens childress childs chilean chiles
    chili chilled chilli chillin chilling chills chilly chilton chime chimera chimes chimney
    chimneys chimp chimpanzee chimpanzees chimps chinatown chino chinook chipmunk chipotle
    chipped chipper chippewa chipping chiropractic chiropractor chirp chirping chisel chisholm
    chit chiu chivalry chlamydia chloride chlorine chloroform chlorophyll cho chock chocolates
    choir choirs choke choked chokes choking cholera cholesterol chomsky chong chongqing choo
    chooses chop chopin chopped chopper chopping choppy chops chopsticks choral chord chords
    chore choreographed choreographer choreography chores chorizo chorus choruses chou chow
    chowder chp chr christchurch christened christening chroma chromatic chromatin
    chromatography chrome chromium chromosomal chromosome chromosomes chronically chronicle
    chronicled chronicles chronicling chronological chronologically chronology chrysler chs chu
    chubb chubby chucked chucking chuckle chuckled chuckles chuckling chucky chug chugging chum
    chump chun chunk chunks chunky churchill churchyard churn churning chute chutney château ci
    ciao cic cider cig cigar cigars cigs cilantro cinco cinder cinderella cinemas cinematic
    cinematographer cinematography cio cipher cir circa circadian circled circling circuitry
    circuits circulate circulated circulating circulatory circumcised circumcision circumference
    circumstance circumstantial circumvent cirque cirrhosis cis cisco cit citadel citation
    citations cite cites citi citibank citizenry citrate citrus citywide ciudad civ civics
    civilisation civilised civility civilizations civilized cj ck cl cla clad cladding claimant
    claimants clam clamoring clamp clamped clamping clamps clams clandestine clans clap clapham
    clapped clapper clapping claps clapton claremont clarendon claret clarification clarified
    clarifies clarify clarifying clarinet clarion clarity clarkson clary clashed clashes
    clashing clasp classed classically classics classifications classifies classify classifying
    classmate classmates classrooms classy clauses claustrophobic claw clawed claws clays cle
    cleaner cleaners cleanest cleanliness cleanly cleans cleanse cleansed cleanser cleansing
    cleanup clearances clearer clearest clears clearwater cleats cleavage cleaver cleft clegg
    clemency clemson clenched clergy clergyman cleric clerical clerics clerks clermont cleverly
    cli cliche cliches cliché clichés clicked clicking clicks clientele cliffhanger cliffs
    climactic climates climatic climax climbed climber climbers climbs clinch clinched clinching
    cling clinging clings clingy clinically clinician clinicians clinics clintons clipboard
    clipped clipper clippers clipping clippings clique clit clitoris cllr cloak cloaked clocked
    clocking clocks clockwise clockwork clog clogged clogging clogs cloister clone cloned clones
    cloning closeness closets closures clot clothe clothed cloths clots clotting clouded cloudy
    clough clout clove clover cloves clowns clubbing clubhouse clueless clues clump clumps
    clumsy clung clunky clustered clustering clusters clutch clutched clutches clutching clutter
    cluttered cma cmc cmd cme cmon cmos cms cn cna cnbc cnc cnet cns coa coached coachella
    coalitions coals coarse coaster coasters coastline coasts coated coating coatings coats coax
    coaxial cob cobain cobalt cobbled cobbler cobra coburn cochin cochlear cochrane cocked
    cocker cockney cockpit cockroach cockroaches cocks cocktail cocktails cocky coco cocoa
    coconut coconuts cocoon cod coda coded codeine coders codex codified coding coe coed
    coefficient coefficients coerce coerced coercion coercive coeur coexist coexistence coffees
    coffers coffin coffins cog cognac cognition cognizant cogs coherence coherent cohesion
    cohesive cohn cohort cohorts coil coiled coils coimbatore coinage coincide coincided
    coincidences coincidental coincidentally coincides coinciding coined coker cola colchester
    colder coldest coldplay colds coleridge colgate coli coliseum colitis collab collaborate
    collaborated collaborating collaborations collaborative collaborator collaborators collage
    collagen collapsed collapses collapsing collarbone collared collars collated collateral
    collectible collectibles collectively collector collectors collects collegiate collide
    collided collider colliding colliery collingwood collisions colloquial colluded colluding
    collusion colo cologne colombian colombo colonialism colonists colonization colonize
    colonized colonoscopy coloration colorectal colorful coloring colorless colossal colosseum
    colossus coloured colourful colouring colts columbian columbine columnist columnists coma
    comanche comatose comb combatant combatants combating combative combed combinations combines
    combing combining combo combos combustible combustion comcast comebacks comedians comedic
    comedies comers comet cometh comets comey comfortably comforted comforter comforting
    comforts comfy comical comically comin comm comma commandant commanded commanders commanding
    commandment commandments commando commandos commas comme commemorate commemorated
    commemorates commemorating commemoration commemorative commence commenced commencement
    commences commencing commend commendable commendation commended commensurate commentaries
    commentator commentators commenter commenters commenting commercialization commercially
    commercials commie commies commissary commissioners commissioning commissions commitments
    commits committing commodities commodity commoner commoners commonplace commotion comms
    communal commune communes communicable communicated communicates communicating communicative
    communicator communion communism communists commute commuted commuter commuters commutes
    commuting como comp companions companionship compaq comparative comparatively compares
    comparisons compartment compartments compass compassionate compatibility compatriot
    compatriots compel compelled compels compendium compensate compensated compensating
    compensatory competed competence competencies competency competent competes competitions
    competitively competitiveness competitor compilation compilations compile compiler compilers
    compiles compiling complacency complacent complainant complainants complains complement
    complementary complemented complements completeness completes completions complexes
    complexion complexities compliant complicate complicates complicating complication complicit
    complicity complied complies compliment complimentary complimented complimenting compliments
    complying compose composer composers composing composites compositional compositions compost
    composting composure compounded compounding comprehend comprehension comprehensively
    compress compressed compression compressor compressors comprise comprised comprises
    comprising compromised compromises compromising comps comptroller compulsion compulsive
    compulsory computation computational computations compute computed computerized comrade
    comrades comstock concave conceal concealed concealer concealing concealment concede
    conceded concedes conceding conceit conceited conceivable conceivably conceive conceived
    conceiving concentrates concentrating concentrations concentric conception conceptions
    conceptual conceptually concerted concerto concession concessions conch concierge
    conciliation conciliatory concise conclave conclude concludes concluding conclusive
    conclusively concocted concoction concomitant concord concorde concordia concourse concubine
    concur concurred concurrent concurrently concussion concussions condemn condemnation
    condemning condemns condensate condensation condensed condenser condescending condiments
    conditional conditioned conditioner conditioners conditioning condo condolence condolences
    condom condominium condominiums condoms condone condor condos conducive conduction
    conductive conductivity conductor conductors conducts conduit cone cones coney conf
    confectionery confederacy confederate confederates confederation confer conferred conferring
    confers confess confessed confesses confessing confession confessional confessions confessor
    confetti confidant confide confided confidential confidentiality confidently config
    configurations configure configured confine confined confinement confines confirming
    confirms confiscate confiscated confiscation conflicted conflicting confluence conform
    conformation conforming conformity conforms confounded confounding confront confrontation
    confrontational confrontations confronted confronting confronts confucian confucius confuse
    confuses cong congenital congested congestion conglomerate conglomerates congo congolese
    congratulate congratulated congratulating congregate congregation congregational
    congregations congresses congressman congressmen congresswoman conical conjecture conjoined
    conjugate conjugated conjugation conjure conjured conjuring conklin connective connectivity
    connector connectors connects conned connoisseur connotation connotations conquer conquered
    conquering conqueror conquerors conquest conquests cons conscientious consciously
    conscription consecrated consecration consecutively consensual consented consenting consents
    consequent consequential conservancy conservationists conservatism conservatively
    conservatory conserve conserved conserving considerate considerations consigned consignment
    consisted consolation consoles consolidate consolidated consolidating consolidation
    consonant consonants consort consortium conspicuous conspicuously conspiracies conspirator
    conspirators conspire conspired conspiring const constable constables constabulary
    constantinople constants constellation constellations consternation constipated constipation
    constituencies constituency constituent constituents constitute constituted constitutes
    constituting constitutionality constitutionally constitutions constrain constrained
    constraint constraints constructing constructions constructive constructively constructor
    constructors constructs construed consul consular consulate consuls consult consultancy
    consultants consultations consultative consulted consults consume consumerism consumes
    consuming consummate consummated cont contacting contagion contagious containers containment
    contaminants contaminate contaminated contamination contemplate contemplated contemplates
    contemplating contemplation contemplative contemporaneous contemporaries contempt contend
    contended contender contenders contending contends contented contention contentious
    contentment contestant contestants contested contesting contests contexts contextual
    contiguous continents contingencies contingency contingent continual continually
    continuation continuity continuum contour contours contraband contraception contraceptive
    contraceptives contracted contracting contraction contractions contractual contradict
    contradicted contradicting contradiction contradictions contradictory contradicts
    contraption contrasted contrasting contrasts contributes contributor contributors contrived
    controllable controllers controversially controversies conundrum convection convene convened
    conveniences conveniently convening convent conventionally conventions converge converged
    convergence convergent converging conversational converse conversely conversing conversions
    converter converters convertible converting converts convex conveyance conveyed conveying
    conveyor conveys convict convictions convicts convinces convincingly convo convocation
    convoluted convoy convoys coo cookbook cookbooks cooker cookery cooks coolant cooled coolers
    coolest coolness coombs coon coop cooperate cooperated cooperating cooperative cooperatives
    coordinate coordinated coordinates coordinating coordination coordinator coordinators coors
    coos copa copd copenhagen copied coping copious copley copped coptic copycat copying
    copyrighted copyrights cor corals corby corbyn cordial cordon cords cores corgi coriander
    corinth corinthian corinthians cork cornea corneal cornerback cornered cornerstone corning
    cornish cornwall corny corolla corollary coronary coronation coronavirus coroner corporal
    corpse corpses corpus correcting correctional corrections corrective correctness corrects
    correlate correlated correlates correlation correlations correspond corresponded
    correspondence correspondent correspondents correspondingly corresponds corridor corridors
    corroborate corroborated corrosion corrosive corrugated corrupted corrupting corsair corset
    corsica cortex cortical cortisol corvette cosby cosmetic cosmetics cosmic cosmological
    cosmology cosmopolitan cosmos cosplay cossack cossacks costco costing costumes cosy cot cote
    cotta cottages cottonwood couches cougar cougars coughed coughing coughlin coughs coulda
    couldn couldnt coulson coulter councillor councillors councilman councilor counseling
    counselling counsellor counsellors counselor counselors countdown countenance counteract
    counterattack counterbalance countered counterfeit counterfeiting countering countermeasures
    counterpart counterparts counterpoint counterproductive counters counterterrorism countess
    countryman countrymen countryside coupe coupling coupon coupons coups courageous courier
    couriers coursework courted courteous courthouse courtiers courting courtroom courtship
    courtyard coutinho cov cove coven covenant covenants covent coventry coverings covert
    covertly covet coveted covid covington coward cowardice cowardly cowards cowboy cowell
    cowgirl cowl coworker coworkers coyote coyotes coz cozy cp cpa cpc cpd cpi cpl cpm cpp cpr
    cps cpt cpu cpus cq cra crab crabs crabtree crackdown cracker crackers cracking crackle
    crackling cracks cradle crafted crafting crafts craftsman craftsmanship craftsmen crafty
    craigslist cram cramer crammed cramming cramp cramped cramping cramps cranberries cranberry
    cranes cranial crank cranked cranking cranks crankshaft cranky cranston crap crappy craps
    crashes crashing crass crate crater craters crates crave craved craves craving cravings
    crawl crawled crawler crawling crawls cray crayfish crayon crayons craze crazed crazier
    crazies craziest craziness crc creaking creams creamy crease creatine creationism creations
    creatively creatives creators cred credence credential credentials credibility credible
    credited crediting creditor creditors credo cree creeks creep creeper creeping creeps
    creighton cremated cremation crematorium creme crenshaw creole crepe crept crescendo
    crescent crest crested crests cretaceous crevices crewe crews cri crib crichton crick
    cricketer cricketers crickets crimea crimean criminality criminally criminology crimson
    cringe cringing cripple crippled crippling crises crisp crisps crispy criss cristo crit
    criterion critically criticise criticised criticising criticisms criticize criticizes
    criticizing critique critiques critter critters crm cro croatia croatian croc crochet crock
    crocker crocodile crocodiles crocs croft croissant croix cromwell cronies crook crooked
    cropped cropping crore crores crossbar crossbow crosse crosses crossfire crossfit crossings
    crossover crossovers crossroads crossword crotch crouch crouched crouching crow crowder
    crowdfunding crowding crowds crowned crowning crowns crows croydon crs crt crucially
    crucible crucified crucifix crucifixion cruelly cruelty cruised cruiser cruisers cruises
    cruising crumb crumble crumbled crumbles crumbling crumbs crump crumpled crunch crunches
    crunching crunchy crusade crusader crusaders crusades crusher crushes crushing crusoe crust
    crustaceans crusty crutch crutches crux crybaby cryin cryogenic crypt cryptic crypto
    cryptocurrency cryptography crystalline crystals crème cs csa csc csf csgo csi csp csr css
    cst csu cta cte cthulhu cto ctr ctrl cts ctv cu cub cubans cube cubes cubic cubicle cubs
    cuckold cuckoo cucumber cucumbers cuddle cuddles cuddling cuddly cue cues cuff cuffed cuffs
    cui cuisine cul culinary cull culled culling culminate culminated culminates culminating
    culmination culpability culpable culprit culprits cultivars cultivate cultivated cultivating
    cultivation cults culturally cultured culver cum cumberbatch cumberland cumbersome cumbria
    cumin cumulative cunning cunt cunts cupboard cupboards cupcake cupcakes cupid cur curate
    curated curator curators curb curbing curbs curd cured cures curfew curie curing curiosities
    curiously curl curled curling curls curly currencies currents curricula curricular cursed
    curses cursing cursive cursor cursory curtail curtailed curtain curtains curvature curved
    curves curving curvy cus cushing cushion cushions cusp cuss custard custer custodial
    custodian customary customised customizable customization customize customized cutaneous
    cutbacks cuteness cuter cutest cuthbert cutie cutler cutlery cutoff cutout cutter cutters
    cutthroat cuttings cuyahoga cuz cv cvs cw cx cy cyanide cybercrime cyberpunk cybersecurity
    cyberspace cyborg cycled cyclic cyclical cyclist cyclists cyclone cyclones cyclops cylinders
    cylindrical cymbals cymru cynic cynical cynicism cypher cypress cypriot cyprus cyst cystic
    cysts cytochrome cytokines cytoplasm cz czar czechoslovak czechoslovakia czechs côte dab dac
    daca daddies dade dads dae daemon daenerys daft dagger daggers dah dailies daimler dainty
    daisies dak dakar dal dalai dalek daleks dales dali dalit dally damaging damascus dames
    dammit damn damnation damned damning damnit damp dampen damper damping dams damsel danced
    dancehall dancers dances dandelion dandy danes danforth dang dangerously dangers dangle
    dangling dank dans danube danvers danville dao dap dapper dared daredevil dares darfur
    daring darken darkened darkening darkest darkly darlin darlings darlington darn darpa darrow
    dart darth dartmouth darts dashboard dashed dashes dashing dat databases dataset datasets
    daunting dauphin davao davos dawes dawg dawkins dawned dawning daybreak daycare daydream
    daydreaming daylight daytime daytona daze dazed dazzle dazzled dazzling db dba dbs dci dcs
    dd ddos ddr dds ddt dea deacons deactivate deactivated deadbeat deadliest deadlines deadlock
    deadpool deafening deafness dealership dealerships dealings deans dearborn dearest dearly
    dearth deathbed deathly debacle debatable debated debating debauchery debian debilitating
    debit debris debs debtor debtors debug debugging debunked debunking debuted debuting debuts
    decadence decadent decal decals decapitated decatur decay decayed decaying deceit deceitful
    deceive deceived deceiving decency decently decentralization decentralized deception
    deceptive deceptively decidedly decider deciduous decimal decimated decipher decisive
    decisively decked decks declarations declares declaring declassified declines declining deco
    decode decoded decoder decoding decommissioned decommissioning decompose decomposed
    decomposing decomposition decompression deconstruction decontamination decor decorate
    decorating decoration decorations decorative decorator decorum decoy decreases decreasing
    decree decreed decrees decrepit ded dedicate dedicating deduce deduced deduct deducted
    deductible deduction deductions deed deeds deem deems deen deepak deepen deepened deepening
    deepens deepest deepwater def defaced defamation defamatory defaulted defaults defeating
    defeats defect defected defection defective defects defenceless defenceman defences
    defendants defends defenseless defenseman defenses defensible defensively defer deference
    deferred defiance defiant defiantly deficiencies deficiency deficient deficits defied defies
    definately defines definite definitions definitive definitively deflated deflation deflect
    deflected deflecting deflection defoe deforestation deformation deformed deformities
    deformity defraud deft deftly defunct defuse defy defying deg degenerate degeneration
    degenerative degeneres degradation degrade degraded degrading deh dehydrated dehydration
    dehydrogenase dei deir deities deity dejected dekalb delaware delaying delegate delegated
    delegation delegations deletes deleting deletion delevingne deli deliberate deliberation
    deliberations delicacies delicacy delicately deliciously delightful delightfully delights
    delinquency delinquent delirious delirium deliverance deliveries delivers deloitte delphi
    deluded deluge delusion delusional delusions deluxe delve delving dem demarcation demeaning
    demeanor demented dementia demise democracies democratically democratization demographic
    demographics demography demolish demolished demolishing demolition demonic demonstrably
    demonstrates demonstrating demonstrations demonstrator demonstrators demos demoted dems
    dendritic dengue denham denials denier deniers denies denim denominated denomination
    denominational denominations denominator denote denoted denotes denoting denounce denounced
    denounces denouncing dens densely denser densities dent dented dentist dentistry dentists
    dents dentures deodorant dep depart departed departing departmental departs departures
    dependable dependant depended dependence dependencies dependency dependents depict depicted
    depicting depiction depictions depicts depleted depletion deplorable deploy deploying
    deployment deployments deploys deport deportation deportations deported deporting deposed
    deposited depositing deposition depositors depository depots depp depraved depravity
    deprecating depreciation depress depressing depressions depressive deprivation deprive
    deprived depriving dept depths deputies derail derailed deranged derbyshire deregulation
    derelict derided derision derivation derivative derivatives derive derives deriving dermal
    dermatitis dermatologist dermatology derogatory derry desalination descartes descend
    descendant descendants descended descending descends descriptions descriptive descriptor
    desecration desegregation deserted deserters desertion deserts deservedly deserving
    designate designates designating designation designations designing desirable desiring
    desist desks desktops desolate desolation despair despatched desperation despicable despise
    despised despises dessert desserts destabilize destabilizing destinations destined destinies
    destitute destroyer destroyers destroys destruct destructive det detach detachable detached
    detachment detailing detain detained detainee detainees detaining detectable detecting
    detectives detector detectors detects deter detergent deteriorate deteriorated deteriorating
    deterioration determinant determinants determinations determines determinism deterministic
    deterred deterrence deterrent detest detonate detonated detonation detour detox detract
    detractors detriment detrimental deuce deus deuteronomy deutsch deutsche deutschland deux
    devaluation devalued devastated devastating devastation developmental develops deviant
    deviate deviated deviation deviations devilish devils devious devise devised devising devo
    devoid devolution devolve devolved devonian devonshire devops devote devotee devotees
    devotes devoting devotion devotional devour devoured devouring devout devs dew dexterity dez
    df dfs dfw dg dh dha dhabi dhaka dharma dhoni dhs diabetic diabetics diablo diabolical
    diagnose diagnoses diagnosing diagnostic diagnostics diagonal diagonally diagram diagrams
    dialect dialects dialed dialing dialog dialogues dials dialysis diameters diamondbacks
    diaper diapers diaphragm diaries diarrhea diarrhoea diaspora dibs dicaprio dice diced
    dichotomy dickhead dicks dictate dictated dictates dictating dictator dictatorial dictators
    dictatorship dictatorships dictionaries didactic diddy didi didn diehard dielectric diem
    dietary dieting diets diff differed differential differentiate differentiated differentiates
    differentiating differentiation differing differs diffraction diffuse diffuser diffusion
    digby digest digested digesting digestion digestive digg digger diggers diggs digimon digit
    digitally digitized digits dignified dignitaries digress digs dike dil dilapidated dilated
    dilation dildo dildos dilemma dilemmas diligence diligent diligently dill dilute diluted
    dilution dim dime dimes diminish diminished diminishes diminishing diminutive dimly dimmed
    dimples dine dined diner diners dinesh dinghy dingo dingy dinners dinosaur dinosaurs dio
    diocesan diocese diode diodes dior dios dioxide diploma diplomacy diplomas diplomat
    diplomats dipole dipped dipper dipping dips dipshit dir dire directing directional directive
    directives directorate directorial directories directs directv dirtiest dis disable
    disabling disadvantage disadvantaged disadvantages disaffected disagreed disagreeing
    disagreement disagreements disagrees disallowed disappearance disappearances disappearing
    disappears disappoint disappointments disappoints disapproval disapprove disapproved disarm
    disarmament disarmed disarming disarray disasters disastrous disband disbanded disbelief
    discard discarded discarding discern discernible discerning discernment discharged
    discharges discharging disciple disciples disciplinary disciplined disciplines disclaimer
    disclose disclosed discloses disclosing disclosures disco discography discoloration
    discomfort disconcerting disconnect disconnected discontent discontinue discontinued discord
    discounted discounting discounts discourage discouraged discourages discouraging discourse
    discourses discoveries discovering discovers discredit discredited discreet discreetly
    discrepancies discrepancy discrete discretion discretionary discriminate discriminated
    discriminating discriminatory discs discus disdain diseased disenfranchised disengage
    disengaged disfigured disgrace disgraced disgraceful disgruntled disguise disguised
    disguises disgust disgusted disheartened disheartening dishonest dishonesty dishonor
    dishwasher disillusioned disillusionment disinfectant disinformation disingenuous
    disintegrate disintegrated disintegration disinterested disjointed disks dislike disliked
    dislikes dislocated dislocation dislodge disloyal dismal dismantle dismantled dismantling
    dismay dismayed dismembered dismiss dismissal dismisses dismissing dismissive disneyland
    disobedience disobey disordered disorderly disorganized disoriented disowned disparaging
    disparate disparities disparity dispatch dispatched dispatcher dispatches dispatching dispel
    dispensaries dispensary dispensation dispense dispensed dispenser dispensing dispersal
    disperse dispersed dispersing dispersion displace displaced displacement displacing
    displaying displeased displeasure disposable disposals dispose disposed disposing
    disposition dispossessed disproportionate disproportionately disprove disputed disputing
    disqualification disqualified disqualify disregard disregarded disregarding disrepair
    disrespect disrespected disrespectful disrespecting disrupt disrupted disrupting disruption
    disruptions disruptive disrupts diss dissatisfaction dissatisfied dissect dissected
    dissecting dissection disseminate disseminated disseminating dissemination dissent
    dissenters dissenting dissertation dissertations disservice dissident dissidents dissimilar
    dissipate dissipated dissipation dissociation dissolution dissolve dissolved dissolves
    dissolving dissonance dissuade dist distal distanced distances distancing distaste
    distasteful distillation distilled distillery distinctions distinctively distinctly
    distinguish distinguishable distinguishes distinguishing distort distorted distorting
    distortion distortions distract distracted distracting distraction distractions distracts
    distraught distressed distressing distribute distributes distributing distributions
    distributor distributors distrust disturb disturbance disturbances disturbed disturbs
    disused dit ditch ditched ditches ditching ditto div diva divas dived diverge diverged
    divergence divergent divers diversification diversified diversify diversifying diversion
    diversions divert diverted diverting dives divest dividend dividends divider divides
    dividing divination divinity divisional divisive divorces divorcing divulge diwali dix diy
    dizziness dizzy django dji djibouti djokovic djs dk dl dla dlc dm dma dmc dmitry dms dmv dn
    dnc dnd dnr dns doa doable dobbs docile docked docker docket docking docks docs doctoral
    doctorate doctrinal doctrines documentaries documenting dod dodged dodger dodgers dodging
    dodgy doesn doge dogg dogged doggie doggo doggy dogma dogmatic doh doha doi doin doings doj
    dojo dol dolby dolce dole dollhouse dolls dolphin dolphins domains dome domed domes
    domestically domesticated domestication domicile dominance dominate dominates dominating
    domination dominica dominican dominicans dominion dominions domino dominoes donahue donates
    donating doncaster donegal donetsk dong donkey donkeys donne donned donner donning donor
    donors dons donut donuts doo doodle doodles doolittle doom doomed doomsday doorbell doorman
    doorstep doorway doorways dopamine dope doped doping dor dorado dorchester doritos dork dorm
    dormant dormitories dormitory dorms dorsal dorset dortmund dory dosage dosages doses dosing
    dossier dost dota doth dots dotted doubled doubleday doubles doubling doubly doubted
    doubtful doubting doubtless douche douchebag dough doughnut doughnuts doughty dougie dover
    doves dowager downed downer downfall downgrade downgraded downhill downloadable downloaded
    downloading downloads downplay downpour downright downside downsides downsizing downstairs
    downstream downtime downton downturn downward downwards dowry dp dpi dpp dprk dps dq drab
    draco draconian dracula drafted drafting drafts dragging dragonfly drags drainage drained
    draining drains dram dramas dramatist drape draped draper drapes drastic drastically draught
    drawback drawbacks drawer drawers drax draymond drayton drc dre dread dreaded dreadful
    dreading dreads dreamed dreamer dreamers dreamland dreamt dreamworks dreamy dreary dredge
    dredging drenched dresden dressage dresser dressings drexel dreyfus dribble dribbling drier
    driest drift drifted drifter drifting drifts drilled drills drinker drinkers drinkin drip
    dripping drips driverless driveway drizzle drm drogba droid droids drones drool drooling
    dropbox droplet droplets dropout droppings drosophila drought droughts droves drown drowned
    drowning drowns drowsy drs drucker drugged drugstore druid druids drummer drummers drumming
    drunkard drunken drunkenness drunks dryden dryer dryers drying dryness drywall ds dsc dsl
    dslr dsm dsp dss dst dt dts duality dub dubbed dubbing dubious dubs dubstep duc ducati
    duchess duchy ducked ducking ducks duckworth duct ducts dud dude dudes duds duel dueling
    duels dues duet duets dug dugan dugout duh dui dukes dulles duluth duly dum dumbarton
    dumbass dumber dumbest dumbfounded dumbledore dumfries dummies dummy dumped dumping
    dumplings dumps dumpster dun dunbar dundas dundee dune dunedin dunes dunfermline dung
    dungeon dungeons dunham dunk dunkin dunkirk dunks dunlop dunno duos dup dupe duped duper
    duplex duplicate duplicated duplicates duplication dur durability durable durango durban
    durbin duress dusk dusky dusted duster dusting dutchman duterte dutton duvet dv dvds dvr dw
    dwarf dwarfs dwarves dwell dweller dwellers dwelling dwellings dwells dwindled dwindling dx
    dy dye dyed dyeing dyes dyke dykes dynamical dynamically dynamism dynamite dynamo dynastic
    dynasties dynasty dysentery dysfunction dysfunctional dyslexia dyson dystopian dystrophy dz
    ea eachother eagerly eagerness ealing eames earbuds eared earls earmarked earner earners
    earnestly earnhardt earns earp earphones earring earrings earthen earthly earthquakes earths
    earthy eas eased easement eases easiest easing eastbound eastbourne eastenders easterly
    eastman eastside eastward eastwood eater eaters eatery eatin eau eaves eavesdropping eb
    ebitda ebola ebook ebooks ec ecb ecc eccentric eccentricity eccles ecclesiastical ece ecg
    echelon echoed echoes echoing eclectic eclipse eclipsed eclipses ecm ecological ecologically
    ecology ecommerce econ economical economically economies economist economists ecosystem
    ecosystems ecstasy ecstatic ect ecu ecuador ecuadorian ecumenical eczema edc edelman edema
    edged edging edgy edible edibles edict edifice editions editorials edits edm edmonton edo
    eds edt educate educating educator educators edwardian ee eea eeg eel eels een eerie eerily
    ef eff effected effecting efficacy efficiencies efficiently effigy effing effortless
    effortlessly efl eg egalitarian eggplant egos egotistical egregious egyptians ehh ehrlich ei
    eia eid eiffel eighteen eighteenth eighties eighty ein eine einstein eis eisenberg
    eisenhower ej ejaculation eject ejected ejection elaborated elaborately elaborating
    elaboration elan elapsed elastic elasticity elated elbow elbows elders eldest ele electing
    elective electives elector electorate electors electra electrically electrician electricians
    electrification electrified electrifying electro electrochemical electrocuted electrode
    electrodes electrolyte electrolytes electromagnetic electron electronica electronically
    electrons electrostatic elects elegance elegantly elemental elephants elevate elevates
    elevating elevation elevations elevators eleventh elf elgar elicit elicited eligibility
    eliminates eliminating elites elitist elixir elizabethan elk elkins ellington elliptic
    elliptical elm elms elongate elongated eloquence eloquent eloquently elsevier elude eluded
    elusive elves emailed emailing emanating emancipation embankment embargo embark embarked
    embarking embarrass embarrassingly embarrassment embassies embattled embed embedded
    embedding embellished embers embezzlement emblem emblematic emblems embodied embodies
    embodiment embody emboldened embolism embossed embraced embraces embracing embroidered
    embroidery embroiled embryo embryonic embryos emc emeralds emerge emergence emergencies
    emergent emerges emeritus emi emigrants emigrate emigrated emigration eminem eminence
    eminent eminently emirate emirates emissary emission emits emitted emitter emitting emmys
    emoji emojis emotive emp empathetic empathize empathy emperors emphasise emphasised
    emphasises emphasising emphasize emphasized emphasizes emphasizing emphatic emphatically
    empires empirical empirically employing employs emporium empower empowered empowering
    empowerment empowers empress emptied empties emptiness emptying ems emt emu emulate emulated
    emulating emulation emulator emulsion enabler enabling enact enacted enacting enactment
    enamel enamored encampment encapsulated encased encephalitis enchanted enchanting
    enchantment encircled enclave enclaves enclose enclosed enclosing enclosure enclosures
    encode encoded encoding encompass encompassed encompasses encompassing encore encountering
    encouragement encourages encroaching encroachment encrusted encrypt encrypted encryption
    encyclopaedia encyclopedia endanger endangered endangering endearing endeavor endeavors
    endeavour endeavours endemic endgame endings endlessly endo endocrine endocrinology
    endogenous endorphins endorse endorsed endorsement endorsements endorses endorsing
    endothelial endowed endowment endowments endpoint endpoints endurance endure endured endures
    enduring enema energetic energetically energies energize energized enfield enforceable
    enforced enforcer enforcers enforces enforcing eng engagements engages engineered englewood
    englishman englishmen engraved engraving engravings engrossed engrossing engulfed
    enhancement enhancements enhancer enhances enhancing enigma enigmatic enix enjoyable
    enjoyment enlarge enlarged enlargement enlighten enlightened enlightening enlightenment
    enlist enlisted enlisting enlistment enmity eno enormously enquire enquirer enquiries
    enquiry enraged enrich enriched enriching enrichment enroll enrolled enrolling enrollment
    enrolment enron ensemble ensembles enshrined ensign enslave enslaved enslavement ensue
    ensued ensues ensuing ensured ensures ent entail entailed entails entangled entanglement
    enterprising entertain entertained entertainer entertainers entertainments entertains
    enthralled enthusiast enthusiastic enthusiastically enthusiasts entice enticed enticing
    entirety entitlement entitlements entomology entourage entrances entrant entrants entrapment
    entre entree entrenched entrepreneurial entrepreneurs entrepreneurship entropy entrust
    entrusted entwined enumerated envelope enveloped envelopes enviable envious environmentalist
    environmentalists environmentally environs envisaged envision envisioned envoy envoys envy
    enzymatic enzyme enzymes eo eocene eos epa eph ephemeral ephesians epi epicenter epics
    epidemic epidemics epidemiological epidemiology epidural epigenetic epilepsy epileptic
    epilogue epiphany episcopal episodic epistemology epistle epistles epitaph epithelial
    epithelium epithet epitome epl epoch eponymous epoxy epp eps epsilon epsom epstein eq
    equaliser equalizer equalled equals equate equated equates equating equations equator
    equatorial equestrian equilibrium equine equinox equip equipments equipping equitable
    equities equivalence equivalents eradicate eradicated eradicating eradication eras erase
    erased eraser erasing erasure ere erect erected erectile erecting erection ergo ergonomics
    eritrea erode eroded eroding eros erosion erotic erotica erp err errand errands errant
    erratic erred erroneous erroneously ers erskine erstwhile erudite erupt erupted eruption
    eruptions erupts esc escalate escalated escalates escalating escalation escalator escapes
    escaping escorted escorting escorts escrow ese eskimo eskimos esl eso esophageal esophagus
    esoteric esp espionage esplanade esports espoused espresso esprit esq esque esquire ess
    essen essendon essentials establishes establishments estates esteem esteemed esters
    estimating estimation estimator estonia estonian estranged estrogen estuaries estuary etat
    etch etched etching eternally eternity etf etfs eth ethanol ethereal ethereum ethernet ethic
    ethically ethiopia ethiopian ethnically ethnicities ethnicity ethnographic ethnography ethos
    ethylene etihad etiquette eton ets etsy etymology eucalyptus eucharist euclid euclidean
    eugenics eukaryotic euler eulogy eun eunuch euphemism euphoria euphoric euphrates eur
    eurasia eurasian eureka europa europeans euros eurovision eurozone euston euthanasia ev
    evacuate evacuated evacuating evacuation evacuations evade evaded evading evaluated
    evaluates evaluating evaluations evangelical evangelicals evangelism evangelist evangelists
    evanston evansville evaporate evaporated evaporates evaporation evasion evasive evenings
    evenly eventful eventual everest everglades evergreen everlasting everton everyman everyones
    everytime evict evicted eviction evidenced evidences evidently evils evo evocative evoke
    evoked evokes evoking evolutionary evolve evolves evolving ew ewe eww exacerbate exacerbated
    exacting exaggerate exaggerated exaggerating exaggeration exalted examinations examiner
    examiners examines examining exasperated excalibur excavated excavating excavation
    excavations exceed exceeded exceeding exceedingly exceeds excel excelled excellency
    excellently excels excelsior excepting exceptionally excerpt excerpts excesses excessively
    exchanged exchanger exchanging exchequer excise excitable excitation excite excitedly
    excites exclaim exclaimed exclaims exclamation exclude excluded excludes excluding exclusion
    exclusions exclusives exclusivity excommunicated excrement excruciating excursion excursions
    excused exe exec execs executable executes executing executioner executions executor
    exemplary exemplified exemplifies exempt exempted exemption exemptions exercised exercising
    exert exerted exerting exertion exerts exes exeter exhale exhaust exhausting exhaustion
    exhaustive exhibited exhibiting exhibitions exhibitors exhibits exhilarating exile exiled
    exiles existent existential exited exiting exits exo exodus exonerated exorbitant exorcism
    exorcist exotic exp expands expanse expansions expansive expat expatriate expatriates expats
    expectancy expectant expects expedient expedite expedited expeditionary expeditions expel
    expelled expelling expend expendable expended expenditure expenditures experiential
    experimentally experimentation experimented experimenting expertly expiration expire expired
    expires expiring expiry explanations explanatory explode exploded explodes exploding exploit
    exploitation exploitative exploited exploiting exploits explorations exploratory explored
    explorer explorers explores explosions explosives expo exponent exponential exponentially
    exponents exported exporter exporters exporting exposes exposing exposition exposures
    expresses expressions expressive expressly expressway expulsion exquisite exquisitely ext
    extant extensions extensively exterior exterminate exterminated extermination externally
    extinct extinction extinguish extinguished extinguisher extort extortion extracellular
    extracted extracting extraction extracts extracurricular extradited extradition extraneous
    extraordinarily extras extraterrestrial extravagance extravagant extravaganza extremes
    extremism extremist extremists extremities extremity extrusion exuberance exuberant exxon
    eyeball eyeballs eyebrow eyebrows eyeglasses eyeing eyelash eyelashes eyelid eyelids
    eyeliner eyeshadow eyesight eyewear eyewitness eyewitnesses eyre ez faa fab fable fabled
    fables fabregas fabricate fabricated fabricating fabrication fabrics fac facade facades
    faceless facelift facet faceted facetime facets facilitated facilitates facilitating
    facilitation facilitator facsimile faction factions facto factored factoring factual
    factually faculties fad fade faded fades fading fag faggot faggots fags fahrenheit fai
    failings faint fainted faintest fainting faintly fairbanks fairchild faire fairer fairest
    fairfax fairfield fairgrounds fairies fairmont fairness fairs fairview fairway fairytale
    faisal fait faithfully faithfulness faiths faked faker fakes faking falcao falco falcon
    falconer falcons falkirk falkland falklands fallacies fallacy fallin fallout fallow falmouth
    falsehood falsehoods falsely falsified falter faltered fam famed famer familia familial
    familiarity familiarize famine famously fan fanart fanatic fanatical fanatics fanbase fanboy
    fancied fancies fanciful fandom fanfare fanfic fanfiction fangs fanned fantasia fantasies
    fantasize fantastical fantastically fao fap faq faqs faraday farage faraway farce fared
    farewell fargo farmed farmhouse farmington farmland farnham farnsworth farr farrar farrow
    fart farted farther farthest farting farts fas fascia fascinated fascination fascism fascist
    fascists fashionable fashions faso fastball fasten fastened fasteners fastening fasting
    fatah fatalities fatality fatally fated fateful fates fathered fatherhood fatherland fathom
    fatigue fatigued fats fatter fatty faucet faults faulty fauna faux fav fave faves favorable
    favorably favored favoring favoritism favors favourable favourably favoured favouring
    favourites favours fawcett fax fayetteville faze façade fb fbs fca fcc fcs fd fda fdi fdic
    fdr fe fearful fearing fearless fearsome feasibility feasible feasting feasts feather
    feathered feathers feats fec fecal feces federalism federalist federally federated
    federations federer fedex fedora feds feeble feeder feeders feeds feelin fei fein feinstein
    feisty feldman fellaini fellas felled felling fellows fellowship fellowships felon felonies
    felons felony feminine femininity feminism feminists femme femoral femur fen fenced fences
    fencing fend fender fenders feng fennel fentanyl fenway fenwick fer feral fergie ferment
    fermentation fermented ferns ferocious ferocity ferret ferries ferro ferrous fertile
    fertiliser fertility fertilization fertilized fertilizer fertilizers fervent fervently
    fervor fervour fes fest fester festivals festive festivities feta fetal fetch fetched
    fetching fetish fetus fetuses feud feudal feudalism feuding feuds feverish fevers fewest fey
    fez ff ffa ffs fg fgm fh fha fia fiance fiancee fiancé fiancée fiasco fiat fiberglass fibers
    fibre fibres fibrillation fibrosis fibrous fic fickle fictional fictitious fiddle fiddler
    fiddling fide fidelity fiduciary fielded fielder fieldwork fiend fiends fierce fiercely
    fiercest fiery fiesta fife fifteenth fifths fifties figaro fightin figs figurative
    figuratively figurehead figurine figurines figuring fiji fijian fil filament filaments filet
    filibuster filings filipina filipino filipinos filler fillers fillet fillings fillmore fills
    filly filmmaker filmmakers filmmaking filtered filtering filters filth filthy filtration fin
    fina finalised finalist finalists finalize finalized financed finances financials financier
    financiers finder finders fined finely finer fines finesse fingered fingering fingernails
    fingerprint fingerprints fingertips finisher finishers finishes finite finnish finns fins
    fintech fir firearm firearms fireball firefight firefighter firefighters firefighting
    fireflies firefly firefox firehouse fireman firemen fireplace fireplaces firepower fireproof
    firestone firestorm firewall firewood firework fireworks firmer firmness firmware firs
    firstborn firsthand firstly firsts firth fisa fiscally fished fisheries fisherman fishermen
    fishers fishery fishes fishy fisk fission fissure fist fists fitbit fitch fitter fittest
    fittings fitzroy fives fixated fixation fixer fixes fixture fixtures fizz fizzy fjord fk fla
    flack flagged flagging flagrant flagship flagstaff flailing flair flak flake flakes flaky
    flamboyant flamenco flaming flamingo flammable flanders flange flank flanked flanking flanks
    flannel flap flapping flappy flaps flare flared flares flaring flashback flashbacks flashed
    flashes flashing flashlight flashlights flashpoint flashy flask flatly flats flatten
    flattened flattening flatter flattered flattering flattery flaunt flaunting flavored
    flavoring flavors flavour flavoured flavours flaw flawed flawless flawlessly flaws flax flea
    fleas fledged fledgling flee fleece fleeing flees fleeting fleets fleetwood flemish fleshy
    flex flexed flexing flick flicked flicker flickering flicking flickr flicks flier fliers
    flimsy flinch flinders fling flipped flipper flipping flips flirt flirtation flirtatious
    flirted flirting flirts flirty floated floats flock flocked flocking flocks flogging flooded
    floods floored flooring flop flopped flopping floppy flops floral florist floss flotation
    flotilla flounder flourish flourished flourishes flourishing flowed flowered flowering
    flowery flown fluctuate fluctuating fluctuation fluctuations flue fluency fluent fluently
    fluff fluffy fluidity fluids fluke flume flung fluorescence fluorescent fluoride flurry
    flush flushed flushing flustered flute flutes flutter fluttering flux flyer flyers flyover
    flywheel fml fn fnc foal foam foaming foams fob focal focussed focussing fodder foe foes
    foetus fog foggy foia foil foiled foils fol folded folder folders folding folds foliage
    folio folklore follicle follicles follies follower followup folly folsom fond fondly
    fondness fong fontana fonts foo foodie foodstuffs fooled fooling foolish foolishly
    foolishness foolproof fools footballer footballers footballing footed footer foothills
    foothold footing footnote footnotes footpath footprint footprints footsteps footwear
    footwork footy fora forage foraging foray forbade forbid forbidding forbids forceful
    forcefully forcible forcibly fordham fords fore forearm forearms foreboding forecasting
    forecasts foreclosed foreclosure foreclosures forefathers forefront forego foregoing
    foregone foreground forehead foreigner foreigners foreman foremost forensic forensics
    foreplay forerunner foresee foreseeable foreseen foreshadowed foreshadowing foresight
    forested forester foresters forestry foretold foreword forex forfeit forfeited forfeiture
    forgave forge forged forgery forgetful forgets forgettable forgetting forging forgiven
    forgiveness forgives forgiving forgo forked forklift forks forlorn forma formaldehyde
    formalities formality formalized forman formations formative formats formatted formatting
    formidable formosa formulae formulaic formulas formulate formulated formulating formulation
    formulations forrester forsake forsaken forte forthcoming forthright forties fortification
    fortifications fortified fortify fortitude fortnight fortnightly fortnite fortress
    fortresses forts fortunes forums forwarded forwarding forwards foss fossils fostered
    fostering fosters foucault fouled fouling fouls foundational founders foundry fountain
    fountains fourier fours foursome fourteen fourteenth fourths fowl foxes foxx foxy foyer fp
    fps fra fracking fractal fractional fractions fracture fractured fractures fracturing
    fragile fragility fragment fragmentary fragmentation fragmented fragments fragrance
    fragrances fragrant frail framed frameworks framing franchises franchising franciscan
    francophone francs frankel franken frankenstein frankfort frankfurt franks frantic
    frantically frasier frat fraternal fraternities fraternity frau frauds fraudulent
    fraudulently fraught fray frayed freaked freakin freaks freaky freckles fredericksburg
    freebie freebies freed freedman freedoms freehold freeing freelance freelancer freelancers
    freeport freer frees freestyle freetown freeway freeways freezer freezes freighter fremantle
    frenchman frenchmen frenzied frenzy frequencies frequented fresco frescoes freshen fresher
    freshest freshly freshmen freshness freshwater fresno fret fretting freud freudian fri friar
    friars frickin friction fridays friendlies friendliness friendships fries frieze frigate
    frigates friggin fright frighten frightened frightening frightful frigid frills fringe
    fringed fringes frisbee frisco frisky frivolous fro frock frodo frog frogs frontage frontal
    fronted frontiers fronting frontline frontman fronts frostbite frosted frosting frosty froth
    frown frowned froze fructose frugal fruitful fruition fruitless fruity frustrate
    frustrations fryer frying fs fsa fsb fsu fta ftc ftp ftse ftw fu fuck fucked fucker fuckers
    fuckery fuckin fucking fucks fudge fueled fueling fuelled fuels fugitive fugitives fuji
    fukushima fulbright fulcrum fulfil fulfill fulfilled fulfilling fulfillment fulfills
    fulfilment fulham fullback fullerton fullest fullness fulltime fumble fumbled fumbles
    fumbling fumes fuming functionality functionally functioned fundamentalism fundamentalist
    fundamentalists fundamentally fundamentals fundraiser fundraisers fundraising funerals fung
    fungal fungi fungus funky funnel funnels funnier funniest funnily furiously furlong furlongs
    furlough furnace furnaces furnish furnished furnishing furnishings furry furs furthering
    furthest fury fuse fused fuselage fuses fusing fuss fussy futile futility futurama futures
    futuristic fuzz fuzzy fw fwd fx fy fyi féin für gaa gaal gaap gab gabby gable gables gabon
    gad gaddafi gadget gadgets gaelic gag gaga gagged gagging gags gah gai gainesville gait
    gaius galactic galactica galapagos galatasaray galatians galaxies galbraith gales galicia
    galilee galileo gallant gallantry gallbladder galleria galleries galley gallic gallipoli
    gallon gallons gallop galloping gallows gallup galore gals galvanized galveston galway gam
    gambia gambino gambit gambled gambler gamblers gamecube gamer gamergate gamers gamestop
    gamma gamut gan gandalf gander ganges gangnam gangs gangsta gangster gangsters gao gaol gaon
    gaping gaps gar garages garb gardener gardeners gardening garlic garment garments garmin
    garnered garnering garnish garrisons garter gaseous gases gash gasket gasol gasoline gasp
    gasped gasping gasps gassed gastric gastrointestinal gat gated gatekeeper gateway gateways
    gatherer gatherers gatherings gathers gator gatorade gators gatsby gatwick gaudy gauges gaul
    gaulle gaunt gauntlet gauss gaussian gauteng gauze gawd gawker gays gaz gaza gaze gazed
    gazelle gazette gazing gb gbp gc gcc gcse gd gdr ge gea gearbox geared gearing gears gecko
    ged geddes geek geeks geeky geelong geese geez geezer geforce geisha gel gelatin gelato
    geller gels gem gemini gems gemstone gemstones gendered genders genealogical genealogy
    genera generalization generalizations generalize generalized generals generates generational
    generative generators generosity generously genesee genetically genetics genghis genital
    genitalia genitals geniuses genji genoa genocidal genocide genome genomes genomic genomics
    genotype genres gens gentile gentiles gentleness gentler gentrification gents genus
    geographical geographically geologic geological geologist geologists geology geometric
    geometrical geometry geophysical geopolitical geopolitics geordie georgetown geothermal ger
    geriatric germ germanic germantown germination germs gerrymandering gestapo gestation
    gestational gesture gestures getaway getter gettin getty gettysburg geyser gf gg gh ghana
    ghanaian ghastly ghent ghetto ghettos ghibli ghostbusters ghostly ghosts ghoul ghouls ghz gi
    giannis gibberish gibraltar giddy gif gifs gifted gifting gigabit gigantic giggle giggled
    giggles giggling giggs gigs gila gilded gilead gillette gilliam gills gilmour gilt gimme
    gimmick gimmicks gimp gin gingerbread gingrich ginsberg ginsburg ginseng gio giraffe
    giraffes girdle girlfriends girlie girly giro giroud girth gis gist git gita github giuliani
    giveaway giveaways giver givers givin giza gk gl glacial glacier glaciers glade gladiator
    gladiators gladly glam glamorgan glamorous glamour glance glanced glances glancing gland
    glands glare glaring glassware glassy glastonbury glaucoma glaze glazed glazing gleam
    gleaming gleaned glee gleefully glendale glide glider gliding glimmer glimpse glimpses
    glistening glitch glitches glitter glittering globalisation globalist globalization globally
    globes glock gloom gloomy glories glorified glorify glorifying gloriously gloss glossary
    glossy gloucester gloucestershire glove glow glowing glows glucose glue glued glut glutamate
    gluten glycogen glycol glyn gma gmail gmbh gmc gmo gmos gmp gms gmt gn gnarly gnawing gnome
    gnomes gnostic gnu goa goalie goalkeeper goalkeepers goalscorer goaltender goats gobble
    goblin goblins goddammit goddamn goddamned goddesses godfather godless godly godmother
    godsend godspeed godzilla goebbels goers goethe gofundme goggles gogh goings goku golan
    goldberg goldfish goldman golds goldsmith goldwater golem golfer golfers golfing goliath gon
    gondola gong gonzo goo goodall goodbyes goode goodell goodie goodies goodluck goodnight
    goodreads goodrich goodwill goodwood goody goodyear gooey goof goofy googled googling goon
    goons goose goosebumps gopher gophers gopro gorbachev gorges gorilla gorillas gory gosh
    gosling gospels goss gossip gossiping gotcha goth gotham gothenburg gothic goths goto gourd
    gourmet gout gove govern governed governess governmental governorship governs govt gower
    gown gowns gp gpa gpl gpu gq gr grabbing grabs graced graceful gracefully graces gracias
    gracious graciously grad graded grader graders gradient gradients grading grads gradual
    graduating graff graffiti graft grafting grafts grail grained grainger grains grainy gram
    grammatical grammy grammys grams gran granada grandad grandchild grandchildren granddaughter
    grander grandest grandeur grandfathers grandiose grandkids grandmaster grandmothers grandpa
    grandparent grandparents grandson grandsons grandstand grange granger granite granny granola
    grantham granting granular granules grape grapefruit grapes grapevine graphene graphical
    graphically graphite graphs grapple grappling grasped grasping grasses grasshopper
    grasshoppers grassland grasslands grassley grassroots grassy grate grated gratification
    gratifying grating gratis gratitude gratuitous gravely graveyard gravitate gravitational
    gravy grays graze grazed grazing gre grease greased greasy greatness greats greaves greed
    greedy greeks greeley greenbelt greenberg greener greenery greenfield greenhouse greenhouses
    greening greenish greenland greenleaf greenpeace greens greensboro greenville greenwald
    greenway greenwich greeted greeting greetings greets grenada grenade grenades grenoble
    gresham gretzky greyhound greys gridlock grids grier grievance grievances grieve grieving
    grievous griggs grille grilled grilling grills grim grime grimm grimsby grimy grin grinch
    grinder grinders grinds grinned grinning grins gripe gripped gripping grips grisly griswold
    grits gritty grizzlies grizzly groan groaning groans grocer groceries grocers groin groom
    groomed grooming grooms groove grooves groovy groped groping grossed grossing grossly
    grossman grosvenor grotesque grotto groundbreaking grounded groundhog grounding groundwater
    groundwork grouped grouping groupings groupon grouse grout groves grower growers growl
    growling growths gru grub grubby grudge grudges grueling gruesome gruff grumble grumbling
    grumman grumpy grundy grunge grunts gs gsa gsm gsp gst gt gta gtfo gts gtx guacamole
    guadalajara guam guan guangdong guangzhou guantanamo guaranteeing guarantees guarantor
    guarded guardians guardianship guarding guatemala guatemalan gubernatorial gud guelph
    guerilla guernsey guerrilla guerrillas guessed guesses guesswork guesthouse guggenheim gui
    guiana guidebook guideline guiding guildford guilds guile guillotine guineas guise guitarist
    guitarists guitars gujarat gujarati gul gulag gulch gull gullible gulls gully gulp gummy
    gump gums gundam gunfight gunfire gung gunman gunmen gunna gunned gunners gunpoint gunpowder
    gunshot gunshots guo gurgaon gurley guru gurus gush gushing gusto gusts guts gutted gutter
    gutters gutting guyana gv gw gwent gy gymnasium gymnast gymnastics gymnasts gyms
    gynecologist gynecology gypsies gypsum gypsy gyro haa habeas habitable habitation habitats
    habitual habitually habs hacienda hacked hackers hacking hackney hacks haddock hades hadid
    hadith haemorrhage hag haggard hague hah hahah hahaha hahahaha hahahahaha hai haifa haig
    haiku hail hailed hailing hails hain haircut haircuts hairdresser hairdressers haired
    hairless hairline hairpin hairs hairspray hairstyle hairstyles hairy haiti haitian hajj
    halal hales halfback halftime halifax hallam hallelujah halliday hallmark hallmarks hallo
    hallowed hallows halls hallucination hallucinations hallway hallways halo halogen halted
    halter halting halts halved halves hamas hamburg hamburger hamburgers hamiltonian hamlet
    hamlets hamlin hamm hammered hammering hammers hammersmith hammock hampden hamper hampered
    hampstead hamptons hams hamster hamsters hamstring handbag handbags handball handbook
    handcrafted handcuffed handcuffs handedly handel hander handgun handguns handheld handicap
    handicapped handicrafts handily handing handkerchief handlers handles handmade handout
    handouts handover handpicked handset handsets handshake handsomely handwriting handwritten
    handyman hangar hanged hanger hangers hangin hangout hangover hangovers hangs hangzhou hanks
    hannity hannover hanoi hanover hanukkah hao hap haphazard hapless happend happenings
    happiest haq har haram harare harass harassed harassing harbaugh harbinger harboring harbors
    harbours harcourt hardback hardball hardcover hardened hardening hardline hardness hardship
    hardships hardwick hardwood hardworking harem hares hark harlem harlequin harmed harming
    harmless harmonic harmonica harmonics harmonies harmonious harms harness harnessed harnesses
    harnessing harp harpercollins harpoon harriman harrisburg harrogate harrow harrowing harsher
    harshly hartford haru harvested harvester harvesting harvests harwood haryana hasbro hash
    hashtag hashtags hasnt hassle hast haste hasten hastily hatch hatchback hatched hatcher
    hatchery hatches hatchet hatching hateful hater haters hath hathaway hating hatter haul
    hauled hauling hauls haunt haunted haunting haunts haus hausa haute hav havana havens havent
    haves havin havoc havre haw hawaiian hawes hawk hawke hawker hawkes hawkeye hawking hawks
    hawley hawthorne haydn hayek haystack hazardous hazards haze hazelnut hazing hazmat hazy hb
    hbo hc hcl hdd hdl hdmi hdr hdtv headaches headband header headers headgear headings
    headless headlight headlights headlined headliner headliners headlines headlining headmaster
    headphone headphones headquartered headset headsets headshot headstone headway heady healed
    healer healers heals healthful healthier healthiest heap heaped heaps hearings hears hearsay
    hearse hearst heartache heartbeat heartbreak heartbreaking heartbroken heartburn hearted
    heartedly heartfelt hearth hearthstone heartily heartland heartless heartwarming heater
    heaters heathen heathens heathrow heaton heats heatwave heave heavenly heavens heavier
    heaviest heaving heavyweight heb hebrew hebrews hebrides hebron hectare hectares hectic
    hedge hedgehog hedges hedging hee heed heel heeled heft hefty hegel hegemony heh hehe hei
    heidegger heidelberg heighten heightened heil heineken heinous heir heiress heirloom heirs
    heisenberg heisman heist hel helens helical helicopters helium helix hellenic hellenistic
    hellfire hellish hells helluva helmets helms helper helpers helpless helplessly helplessness
    helpline helsinki hem hemingway hemisphere hemlock hemoglobin hemorrhage hemorrhagic hemp
    hempstead hemsworth hen henceforth henchman henchmen henley hentai hep hepatic hepatitis
    heralded heralds herbaceous herbal herbicide herbicides herbie herbs hercules herding herds
    hereafter hereby hereditary hereford herein hereinafter heres heresy heretic heretical
    heretics hermione hermit hermitage herndon hernia herod herodotus heroic heroics heroin
    heroine heroines heroism heros herpes herr hershey hertfordshire hertz herzegovina hesitant
    hesitate hesitated hesitation heston hetero heterogeneity heterogeneous heterosexual hewlett
    hex hexagon hexagonal heyday heyman heywood hezbollah hf hg hh hhs hiatus hibbert
    hibernation hibernian hibiscus hibs hiccup hiccups hickory hid hideaway hideous hideout
    hides hierarchical hierarchies hierarchy higgs highland highlander highlanders highlands
    highlighted highlighter highlighting highness highs highschool hightower highways hijab
    hijack hijacked hijackers hijacking hiked hiker hikers hikes hiking hilariously hilarity
    hillbilly hillman hillsborough hillside hillsides hilltop hilly hilt himalayan himalayas
    himmler hin hinckley hinder hindered hindering hinders hindi hindrance hinds hindsight
    hinduism hindus hindustan hinge hinged hinges hinted hinterland hinting hints hippie hippies
    hippo hippocampus hippos hippy hips hipster hipsters hires hiro hiroshima hirst hispanics
    hiss hissing hist histoire historia historian historians histories historiography hitachi
    hitch hitchcock hitched hitchens hither hitherto hitman hitter hitters hive hives hiya hj hk
    hl hla hm hmmm hmmmm hmrc hms hoa hoard hoarding hoax hob hobbes hobbies hobbit hobo hoboken
    hoc hock hoe hof hog hogarth hogs hogwarts hoh hoi hoist hoisted hokkaido hol hola holbrook
    holed holiness holistic hollande holliday hollister hollowed hollows holman holo holocaust
    hologram holographic holstein holster holyrood hom homage homeboy homecoming homegrown
    homelessness homely homemade homemaker homeopathic homeopathy homeostasis homeowner
    homeowners homepage homers homeschool homeschooling homesick homestead hometown homeworld
    homey homicide homicides homie homies homing homme homo homogeneous homogenous homologous
    homophobia homophobic homosexual homosexuality homosexuals homs hon honda honduran honduras
    hone honed honey honeycomb honeymoon honeywell hongkong honk honking honky honolulu
    honorable honorably honorary honoring honors honourable honoured honouring honours hoo
    hooded hoodie hoodies hoods hookah hooked hooker hookers hooking hooks hookup hookups
    hooligans hoon hoops hooray hoot hooters hooves hopeful hopeless hopelessly hopelessness
    hopped hopper hopping hops horde hordes horizons horizontal horizontally hormonal hormone
    hormones horned horner hornet hornets horns horny horoscope horowitz horrendous horribly
    horrid horrific horrified horrifying horrors hors horseback horseman horsemen horsepower
    horseshit horseshoe horticultural horticulture hortons horus hos hose hoses hospice
    hospitable hospitality hospitalization hospitalized hostage hostages hostel hostels hostess
    hostilities hostility hotdog hotline hotly hots hotspot hotspots hotspur hotter hottest
    hottie hou houdini hound hounds hourglass hourly housed householder housekeeper housekeeping
    housemate housemates housewife housewives housework hover hovered hovering howdy howie howl
    howling howls hows hoyer hpa hpv hq hrc href hrs hrt hs hsbc hsc hse hsu hsv ht htc htm html
    hua huawei hubble hubby hubris hubs huck huckabee huckleberry hud huddersfield huddle
    huddled hue hues huffington hugely hugged hugging huggins hugs hui hula hulk hulls hulu hum
    humane humanism humanist humanistic humanitarian humanities humankind humanly humanoid
    humber humbled humbling humbly humboldt humid humidity humiliate humiliated humiliating
    humiliation humility humming hummingbird hummus humorous humour hump humpback humping hun
    hunan hunch hunched hundredth hungarian hungarians hungary hungover hunk huns hunted
    huntingdon huntington huntley hunts huntsman huntsville hur hurdle hurdles hurl hurled
    hurling huron hurrah hurray hurricanes hurried hurriedly hurtful husbandry husbands hush
    hushed husk huskies husky hustle hustler hustling hut hutch hutchins huts hutt hv hvac hw
    hwa hwan hwang hwy hy hybridization hybrids hyderabad hydra hydrate hydrated hydrating
    hydration hydraulic hydraulics hydro hydrocarbon hydrocarbons hydroelectric hydrology
    hydrolysis hydrophobic hydropower hydroxide hye hyena hyenas hygiene hygienic hymn hymns hyo
    hyped hyper hyperactive hyperactivity hyperbole hyperbolic hyperion hypersensitivity
    hypertension hyping hypnosis hypnotic hypnotized hypocrisy hypocrite hypocrites hypocritical
    hypothermia hypotheses hypothesis hypothesized hypothetical hypothetically hypoxia
    hysterectomy hysteria hysterical hysterically hyuk hyun hyundai hyung hz ia iaea iam ias iba
    ibadan iberia iberian ibis ibiza ibrahimovic ibs ibuprofen ic icarus icc icd iceberg
    icebreaker iced iceland icelandic ich icing icky icloud ico iconography icons icp ics ict
    icu idaho idc idealism idealist idealistic idealized ideally ideals identically identifiable
    identifier identifiers identifies identities ideological ideologically ideologies idf idiocy
    idiom idioms idiosyncratic idiotic idle idlib idling idly idolatry idols ids idyllic ie iec
    ied ieee ifc iffy ifs ig iga igbo iggy ight ign igneous ignite ignited igniting ignition
    ignores iguana ih iis iit ik ikea ikr ile iliad ilk illawarra illegally illegals
    illegitimate illicit illiteracy illiterate illnesses illogical ills illuminate illuminated
    illuminates illuminati illuminating illumination illusions illusory illustrate illustrates
    illustrating illustration illustrations illustrative illustrator illustrators illustrious
    ils ilya imac imagery imaginable imaginary imaginations imaginative imagines imagining imams
    iman imax imbalance imbalances imbecile imbued imdb imf img imho imitate imitated imitating
    imitation imma immaterial immature immaturity immeasurable immediacy immense immensely
    immerse immersed immersion immersive immigrated imminent immobile immoral immorality
    immortal immortality immortals immovable immunity immunization immunology immunotherapy
    immutable imp impacted impactful impacting impair impaired impairment impairments impala
    impaled impart imparted impartial impartiality impassable impasse impassioned impatience
    impatient impatiently impeach impeached impeachment impeccable impedance impede impeded
    impediment impeding impending impenetrable imperative imperfect imperfection imperfections
    imperialism imperialist impersonal impersonate impersonating impersonation impervious
    impetus implant implantation implanted implants implausible implementations implementing
    implements implicate implicated implication implicit implicitly implore implosion imply
    implying importation importer importers importing imports impose imposes imposing imposition
    impossibility impossibly imposter impostor impotence impotent impounded impoverished
    impractical impregnated impresses impressing impressionable impressionist impressions
    impressively imprint imprinted imprints imprison imprisoned imprisonment improbable
    impromptu improper improperly impropriety improv improves improvisation improvise improvised
    improvising impulse impulses impulsive impunity impure impurities ims inaccessible
    inaccuracies inaccuracy inaccurate inaction inactivation inactive inactivity inadequacy
    inadequate inadmissible inadvertent inadvertently inanimate inappropriately inasmuch
    inaudible inaugural inaugurated inauguration inbound inbox inbred inbreeding inca
    incandescent incapable incapacitated incapacity incarcerated incarceration incarnate
    incarnation incarnations incase incendiary incense incensed incentives inception incessant
    incessantly incest incheon incidence incidental incidentally incinerator incision incisive
    incite incited incitement inciting incl inclement inclination inclinations incline inclined
    inclusions incognito incoherent incomes incomparable incompatibility incompatible
    incompetence incompetent incomplete incomprehensible inconceivable inconclusive
    inconsequential inconsiderate inconsistencies inconsistency inconsistent inconspicuous
    incontinence inconvenience inconvenient incorporate incorporates incorporating incorporation
    incorrectly incredulous increment incremental increments incriminating incubated incubation
    incubator incumbent incumbents incur incurable incurred incurring incursion incursions ind
    indebted indebtedness indecent indecision indecisive indefensible indefinite indefinitely
    indelible indemnity indentured independents indescribable indestructible indeterminate
    indexed indexes indexing indianapolis indica indications indicative indicator indicators
    indices indict indicted indictment indictments indies indifference indifferent indigestion
    indignant indignation indigo indirectly indiscriminate indiscriminately indispensable
    indisputable indistinct indistinguishable individualism individualistic individuality
    individualized individually indivisible indo indochina indoctrination indomitable indonesian
    indoors induce induces inducing inducted induction inductive indulge indulged indulgence
    indulgent indulging indus industrialist industrialists industrialization industrialized
    industrious indycar ineffective ineffectual inefficiency inefficient ineligible inept
    inequalities inequality inert inertia inertial inescapable inevitability inevitably
    inexcusable inexpensive inexperience inexperienced inexplicable inexplicably inextricably
    inf infact infallible infamous infamy infancy infantile infants infarction infatuated
    infatuation infect infecting infectious infects infer inference inferences inferior
    inferiority infernal inferno inferred infertile infertility infestation infested infidel
    infidelity infidels infield infighting infiltrate infiltrated infiltrating infiltration
    infinitely infiniti infinity infirmary inflamed inflammation inflammatory inflatable inflate
    inflated inflating inflationary inflection inflexible inflict inflicted inflicting inflow
    inflows influencer influencers influencing influenza influx infographic informal informally
    informant informants informatics informational informative informer informing informs infra
    infraction infractions infrared infrastructures infrequent infrequently infringe infringed
    infringement infringing infront infuriated infuriating infuse infused infusion ingenious
    ingenuity ingest ingested ingesting ingestion inglewood ingrained ingredient ingress inhabit
    inhabitant inhabited inhabiting inhabits inhalation inhale inhaled inhaler inhaling inherent
    inherently inherit inheritance inherited inheriting inherits inhibit inhibited inhibiting
    inhibition inhibitions inhibitor inhibitors inhibitory inhibits inhospitable inhuman
    inhumane ini init initials initiate initiates initiating initiation inject injected
    injecting injections injector injunction injure injures injuring injustice injustices inked
    inkling inks inland inlet inline inmate inmates innate innermost innes inning innit
    innocence innocently innocents innocuous innovate innovations innovator innovators inns
    innuendo innumerable inoperable inorganic inpatient inputs inquest inquire inquired inquirer
    inquiries inquiring inquisition inquisitive inquisitor inr inroads ins insanely insanity
    insatiable inscribed inscription inscriptions insect insecticide insecticides insecure
    insecurities insecurity insemination insensitive inseparable inserted inserting insertion
    inserts inset insider insiders insides insidious insightful insights insignia insignificant
    insinuating insistence insistent insisting insists insofar insolent insoluble insolvency
    insolvent insomnia inspect inspected inspecting inspections inspectorate inspectors
    inspirational inspirations inspires inst insta instability installations installer
    installing installment installments installs instalment instalments instantaneous
    instantaneously instigate instigated instill instilled instinct instinctive instinctively
    instincts institut instituted institutes instituting institutionalized instruct instructed
    instructing instructional instructive instructors instructs instrumentals instrumentation
    insufferable insufficient insufficiently insular insulate insulated insulating insulation
    insulator insulin insulted insulting insults insure insured insurer insurers insurgency
    insurgent insurgents insuring insurmountable insurrection int intakes intangible integer
    integers integrate integrates integrating integrative intellect intellectually intellectuals
    intelligently intelligible intending intends intensely intensification intensified
    intensifies intensify intensifying intensively intentional intentionally intentioned
    intently intents interacted interacting interacts intercept intercepted intercepting
    interception interceptions interceptor intercepts intercession interchange interchangeable
    interchangeably intercom interconnected interconnection intercontinental intercourse
    intercultural interdisciplinary interestingly interfaces interfaith interfere interfered
    interferes interfering interferon intergalactic intergovernmental interiors interlocking
    interlude intermediaries intermediary intermediates interment intermission intermittent
    intermittently intern internalized internally internationale internationals interned
    internment interns internship internships interoperability interpersonal interplanetary
    interplay interpol interpolation interpret interpretations interpreted interpreter
    interpreters interpreting interpretive interprets interracial interred interrogate
    interrogated interrogating interrogation interrogations interrupt interrupted interrupting
    interruption interruptions interrupts intersect intersecting intersection intersections
    intersects intersex interspersed interstellar interstitial intertwined interval intervals
    intervene intervened intervenes intervening interventions interviewer interviewers
    interviewing interwoven intestinal intestine intestines intimacy intimately intimidate
    intimidated intimidating intimidation intl intolerable intolerance intolerant intonation
    intoxicated intoxicating intoxication intra intracellular intractable intravenous intrepid
    intricacies intricate intrigue intrigued intrigues intriguing intrinsic intrinsically intro
    introduces introductions introductory introspection introspective introvert introverted
    introverts intrude intruder intruders intrusion intrusions intrusive intuition intuitive
    intuitively inuit inundated inv invade invaded invader invaders invades invading invalid
    invalidate invalidated invaluable invariably invariant invasions invasive invent inventing
    inventions inventive inventor inventories inventors inverness inverse inversely inversion
    invert invertebrate invertebrates inverted inverter investigates investigative investigator
    investigators invests invincible invisibility invitational invitations invites inviting
    invocation invoice invoices invoke invoked invokes invoking involuntarily involuntary inward
    inwards io ioc iodine ionic ionization ionizing ions iot iota ipa ipads ipc ipcc iphones ipl
    ipo ipod ips ipswich iq ir iranians iraqis irate irb irc ire iridescent iridium irishman
    irked ironed ironic ironically ironing ironman irons irony iroquois irradiated irradiation
    irrational irrefutable irregular irregularities irregularly irreparable irreplaceable
    irresistible irrespective irresponsible irreverent irreversible irrevocable irrevocably
    irrigated irrigation irritability irritable irritate irritated irritates irritating
    irritation irs isaacs isbn ischemia ischemic isd ish isi isil islamabad islamist islamists
    islamophobia islander islanders isle isles islet islets islington ism isn isnt iso isolate
    isolates isolating isometric isotope isotopes isp isps israelis israelite israelites iss
    issn issuance issuer issuers issuing ist istanbul isthmus isu italia italians italics itc
    itch itching itchy iteration iterations iterative ithaca itinerant itinerary ito itt itu itv
    iu ives ivf ivoire iw ix iz izzy ja jab jabs jackal jackass jacked jackets jacking jackpot
    jacks jacksonville jaded jae jaeger jaffa jaffe jag jagged jags jaguar jaguars jah jailbreak
    jailed jails jaipur jakarta jamaica jamaican jameis jamestown jammed jammer jamming jammu
    jams janata janeiro jang janitor jap jardin jargon jarring jars jas javascript javelin jaws
    jays jazeera jazzy jb jbl jc jd je jealousy jeddah jedi jee jeep jeeps jeez jehovah jeju
    jekyll jello jelly jellyfish jem jen jenn jenner jeong jeopardize jeopardy jer jericho
    jerked jerking jerks jerky jerseys jest jester jesuit jesuits jeter jetty jew jeweler
    jewellery jewels jewry jezebel jf jfk jg jh ji jia jian jiang jib jig jigsaw jihad jihadi
    jihadist jihadists jimbo jimi jing jingle jinnah jinping jinx jitsu jitters jiu jive jizz jj
    jk jl jm jn jnr jobless jock jockey jockeys jocks joes jog jogging johannesburg jointly
    joints jojo joked joker jokers jokingly joliet jolla jolly jolt joo joon joplin jordanian
    jordans joss jot jour journalistic journals journeyed journeyman journeys jovi jovial joyful
    joyous joys joystick jp jpeg jpg jpmorgan js json jt ju juba jubilee jud judaism judas judea
    judgement judgemental judgements judgmental judgments judiciary judo juggernaut juggle
    juggling jugs jugular juices juicy juju juke jukebox jul jumble jumbo jumper jumpers jumps
    jumpsuit junctions juncture juneau jungles juniors juniper junkie junkies junkyard juno
    junta jupiter jurassic juries jurisdictional jurisdictions jurisprudence jurists juror
    jurors jus justices justifiable justifiably justification justifications justifies
    justifying justly jute juve juvenile juveniles juventus juxtaposed juxtaposition jv jw ka
    kabul kaduna kaepernick kafka kagan kagawa kahn kaine kal kalamazoo kaleidoscope kam kama
    kamikaze kampala kan kana kandahar kangaroo kangaroos kanji kannada kano kaplan kappa
    karachi karaoke karate kardashian kardashians karnataka kart kashmir kashmiri kasich kat
    kath kathmandu katniss katya katz kauai kauffman kavanaugh kawasaki kawhi kayak kayaking
    kazakh kazakhstan kazan kb kbs kc kcal kd kda kde ke kean keats kebab kee keel keene keenly
    keepers keg kei kejriwal kel kellogg kelp kelso kennel kennels kenobi kenosha kensington
    kenyan kenyans kepler kerala kernel kernels kerosene kershaw kessel ketamine ketchup keto
    kettering kettle kev kevlar kew keyboards keychain keyed keyhole keynes keynesian keynote
    keypad keystone keyword keywords kfc kgb kh khaki khalifa kharkiv khartoum khmer khorasan
    khrushchev khz ki kickboxing kicker kickers kickoff kickstart kickstarter kiddie kiddo
    kiddos kidman kidnap kidnapper kidnappers kidnapping kidnappings kidneys kiev kilda killers
    killin killings kilmarnock kiln kilo kilogram kilograms kilometer kilometers kilometre
    kilometres kilos kilowatt kilt kimchi kimi kimmel kimmy kimono kin kinase kincaid kinder
    kindergarten kindest kindred kinect kinetic kinetics kingdoms kingfisher kingpin kingship
    kingsley kinks kinky kino kinshasa kinship kiosk kiosks kipling kippur kiran kirkland
    kirkpatrick kirkwood kisses kissinger kita kitchener kitchens kite kites kits kitten kittens
    kitties kitts kiwi kiwis kj kjv kk kkk kkr kl klan klay klingon klopp klux kmart kms kmt kn
    knack kneel kneeling knelt knesset knickers knicks knighted knighthood knit knitted knitting
    knives knob knobs knockdown knocking knockout knocks knopf knot knots knotted knowingly
    knowledgeable knoxville knuckle knuckles ko koala kobayashi kodak kodi koh koi kojima kol
    kolkata kombat kona konami koo kor koran koreans korn korra kors kosher kosovo kp kpa kpmg
    kpop kr kraken krakow kravitz kremlin krieger kroger kruger krugman krusty krypton
    kryptonite ks kt ku kuala kuan kubrick kudos kun kung kuo kurdish kurdistan kurds kurtz kush
    kushner kutcher kuwait kuwaiti kv kw kwan kwh kwon ky kyiv kyoto kyrgyz kyrgyzstan kyu kyung
    laa labeled labeling labelled labelling laboratories labored laborer laborers laborious
    labors labourer labourers labrador labs labyrinth lac lace laced laces lacked lackey
    lackluster lacks lacquer lacrosse lactation lactic lactose ladd ladders laden lads lag lager
    lagged lagging lagoon lagoons lagrange lags lahore lai lain lair laird laissez laity
    lakeland laker lakers lakeside lakewood lakh lakhs lama lambda lambeth lambs lament lamented
    lamenting laments laminate laminated lampard lamps lanarkshire lancashire lancelot lancer
    lancet landau landfall landfill landfills landings landis landlady landline landlocked
    landlord landlords landmark landmarks landowner landowners landscaped landscapes landscaping
    landslide landslides langdon langford langley langston lanier lankan lannister lansing
    lantern lanterns lao laos lapd lapel lapis lapping laps lapse lapsed lapses laptops laramie
    larceny lard laredo largo larva larvae larval lasagna lasalle lasers lash lashed lashes
    lashing lasso lastly lasts lat latch latched latency latent lateral laterally latex latham
    lathe latimer latina latino latinos latitude latitudes latte latterly lattes lattice latvia
    latvian lau laude lauded lauder lauderdale laughable laughlin launceston launcher launchers
    launches launder laundering laureate laurels lausanne lava laval lavatory lavish lavishly
    lawful lawfully lawler lawlessness lawmaker lawmakers lawns lawsuits lax layered layering
    layman layoff layoffs layouts lays layup lazarus laziness lazio lbj lc lcd lcs ld ldl lds
    leaderboard leaflet leaflets leafs leagues leakage leaking leaks leaky leaned leaning
    leanings leans leaped leaping leaps leapt lear learner learners learns learnt leased leases
    leash leasing leavenworth leavers lebanese lebron lectured lecturer lecturers lecturing
    ledge ledger leds leeches leeway lefties leftist leftists leftover leftovers lefty legacies
    legality legalization legalize legalized legalizing legged leggings legible legion legions
    legislate legislated legislator legislators legislatures legitimacy legitimately legitimize
    lego legos legumes lehigh lehman leica leicestershire leiden leinster leipzig leisure
    leisurely leith lemme lemonade lemons lend lender lenders lending lends lengthen lengthened
    lengthening lengths lengthy leniency lenient leningrad lennox leno lenovo lenox lenses lent
    lentils leopard leopards leper leprosy lesbians lesion lesions lesnar lesotho lessen
    lessened lessening lest lethal lethargic lettering letterman lettuce leukaemia leukemia
    leung lev levant levee leveled leveling levelled levelling lever leverage leveraged
    leveraging leverkusen levers leviathan levied levies levinson leviticus levitt lewandowski
    lewd lewes lewin lexical lexicon lexington leyland leyte lf lg lga lgbtq lh liabilities
    liable liaison liang liao liars lib libel liberalism liberalization liberally liberate
    liberated liberating liberation liberator liberia liberian libertarian libertarians
    liberties libido libra librarian librarians libre libs libya libyan lice licences licensee
    licensees licenses licensure lichen lick licked licking licks licorice lid lido lids
    lieberman liechtenstein liege lieu lieutenants lifeboat lifeboats lifecycle lifeguard
    lifeless lifelike lifeline lifelong lifes lifesaver lifesaving lifespan lifestyles lifetimes
    lifts liga ligament ligaments ligand ligands ligature lighted lighten lightening lighters
    lightest lighthearted lighthouse lighthouses lightness lightsaber lightweight ligue likable
    likeable likelihood likened likeness lil lilac lilies lilith lille limb limbaugh limbo limbs
    lime limelight limerick limes limestone limitation limitless limousine limp limping
    lincolnshire lineage lineages linearly linebacker lineman linemen linen linens liner liners
    lineups ling linger lingered lingerie lingering lingers lingo lingua lingual linguist
    linguistic linguistics linguists lining linings linkage linkages linkedin linkin lint
    lioness lipid lipids lipped lipstick lipsticks lipton liquefied liqueur liquidate liquidated
    liquidation liquidity liquids lire lisbon lisp listener listeners listens lister listings
    litany litchfield lite liter literacy literal literate liters lithium lithuania lithuanian
    litmus litre litres litter littered littering liturgical liturgy livable livelihood
    livelihoods lively livermore livers livery livestock livestream livid livin lizard lizards
    lj lk llama llc lloyds llp lm lmfao lms ln lng lnp loa loader loaders loaf loafers loaned
    loathe loathing loaves lob lobbied lobbies lobbying lobbyist lobbyists lobe lobes lobster
    lobsters loc locale locales localised localities locality localization localized locates
    locating locator loch loci lockdown locke lockers locket lockhart lockheed locking lockout
    locksmith lockwood loco locomotion locomotive locomotives locus locust locusts lodged lodges
    lodging lodgings loeb loft lofty logged logging logically login logistic logistical
    logistics logitech logos logs lohan loin loire lok lollipop lolly lomax londonderry
    londoners loneliness loner lonesome longed longevity longhorns longing longitude
    longitudinal longman longs longstanding longterm longtime lonsdale lookin lookout lookup
    loom loomed looming loomis looms loony looped loophole loopholes looping loops loosely
    loosen loosened loosening looser loosing looted looters looting lopsided lor lorde lordship
    lorries lorry losers lothian lotion lotteries lotto lotus louder loudest loudly loudoun
    loudspeaker loudspeakers lough loughborough louisville lounge lounges lounging lousy louvre
    lovable loveable lovecraft lovejoy loveliest lovin lovingly lowercase lowered lowering
    lowers lowkey lowland lowlands lowly lowndes lows loyalist loyalists loyalties lp lpg lpga
    lps lr lrt ls lsd lse lst lsu ltc lte lts lubbock lube lubricant lubricants lubrication
    lucerne lucifer luckiest luckily lucknow lucrative ludicrous ludlow luffy lufthansa
    luftwaffe lug luggage lui lukaku lukewarm lull lullaby lumbar lumber lumen lumia luminaries
    luminosity luminous lump lumped lumps lumpur lumpy lunacy lunar lunatic lunatics luncheon
    lunches lunchtime lunge luo lupin lupus lurch lure lured lures luring lurk lurking lurks
    luscious lush lust lustre lusty lutheran luthor luton luv luxe luxembourg luxuries luxurious
    lv lvl lw lx ly lyft lyin lyme lymph lymphatic lymphocytes lymphoma lynchburg lynched
    lynching lynx lyra lyrical lyrically lyricist lz maa maastricht macabre macao macaroni macau
    macaulay macbeth macbook macedonia macedonian macfarlane macgregor machete machinations
    machined machining machinist macintosh mackerel mackie mackinnon mackintosh macklemore
    macleod macon macos macquarie macro macroeconomic macron macrophages macros madagascar madam
    madame maddening maddie madeira mademoiselle madhya madly madman madras madre maduro maestro
    mafia mag maga mage magellan magenta maggot maggots magi magically magician magicians
    magistrate magistrates magma magnate magnesium magnet magnetism magneto magnets
    magnification magnificence magnificently magnified magnify magnifying magnum magpie magpies
    mags mah maha maharashtra mahatma mahesh mahler mahogany maid maiden maidens maids maidstone
    mailbox mailed mailer mailing mailman mails maimed mainframe mainline mains mainstay mainz
    mais maisie maison maitland maize majestic majid majored majoring majorities majors makeover
    makeshift maki makin makings makoto malacca malaga malaise malaria malawi malay malayalam
    malaysian malaysians maldives maleficent malevolent malfunction malfunctioning malfunctions
    mali malibu malice malicious maliciously malignant malkin mallard malleable mallorca malloy
    malls malnourished malnutrition malpractice malt malta maltese malvern malware mam mamas
    mami mamma mammal mammalian mammals mammoth mana manafort manageable managerial manassas
    manatee manchuria mandalay mandarin mandated mandates mandating mandela mandible mandolin
    maneuver maneuvering maneuvers manganese manger mangled mango mangoes mangrove manhole
    manhood manhunt mania maniac maniacs manic manicure manifest manifestation manifestations
    manifested manifesting manifesto manifests manifold manifolds manipulate manipulated
    manipulating manipulation manipulations manipulative manipulator manipur manitoba mankind
    manna manned mannequin mannequins mannered mannerisms manners manny mano manoeuvre
    manoeuvres manor manpower mansions manslaughter manta mantel mantis mantle mantra manually
    manuals manufactures manure manuscript manuscripts manziel mao maoist maori maple mapped
    mapping maradona marathi marathons marbles marched marches marching mardi margarine
    margaritas margate marginal marginalised marginalized marginally margins mariachi maricopa
    marigold marinade marinated mariner mariners marines marital markedly marker markers
    marketable marketed marketer marketers marketplace marketplaces markings markov marksman
    markup marlboro marlborough marlins marlow marlowe marmalade maroon maroons marquee marquess
    marquette marr marrakech marred marriages marries marriott marrow marrying marseille
    marseilles marshals marshes marshmallow marshmallows marston martian martini martinique
    martyr martyrdom martyred martyrs maru marv marvellous marvelous marvels marxism marxist
    marxists marys masala mascara mascot mascots masculine masculinity maserati mash mashed
    mashup masjid masked masking masks masonic masonry masons masquerade masquerading massacre
    massacred massacres massages massaging massed massively mastercard masterchef masterclass
    mastered masterful mastering mastermind masterpiece masterpieces mastery masts masturbate
    masturbating masturbation matador matchday matchmaker matchmaking matchup matchups mated
    materialism materialistic materialize materialized materially materiel maternal maternity
    mathematically mathematician mathematicians mather maths matinee mating matisse matlab
    matrices matrimonial matrimony matron matte matted mattel mattered mattis mattress
    mattresses matty maturation matured matures maturing maturity mau maui maul mauled
    mauritania mauritius mausoleum maven mavericks mavs maw maxed maximal maximise maximize
    maximizing mayan mayday mayfair mayfield mayflower mayhem mayhew mayne mayonnaise mayors
    mayweather mazda maze mb mba mbc mbe mbps mbs mca mcafee mcallister mcc mccain mccartney
    mcclellan mccord mccormack mcculloch mcd mcdonalds mcdonnell mcdonough mcdougall mcfly mcg
    mcgraw mckinsey mcl mclaren mcm mcnair mcphee mcs mcu mda mdc mdma mds mea mead meade meager
    meagre meandering meanest meaningfully meaningless meanings measles measly measurable
    meatball meatballs meatloaf meats meaty mecca mech mecha mechanic mechanically mechanized
    med medalist medallion medallist meddle meddling medea medford medi mediaeval medial mediate
    mediated mediating mediation mediator mediators medic medicaid medically medicated
    medications medicinal medicines medics mediocre mediocrity meditate meditating meditations
    meditative mediums medley meds medusa meek meeks meetup megaphone megapixel megatron
    megawatts meh mehta mei mein mek mekong melancholic melancholy melanin melanoma melatonin
    melee mellitus mellow melodic melodies melodrama melodramatic melon melons melrose meltdown
    melted melting melts mem memberships membrane membranes meme memento memes memo memoir
    memoirs memorabilia memorandum memorials memorize memorized memorizing memos menace menacing
    menagerie mend mendel mending meng menial meningitis meniscus menlo mennonite menopause
    menstrual menstruation menswear ment mentality menthol mentioning mentored mentoring mentors
    mentorship menus menzies meow mep meps mer merc mercantile merced mercenaries mercenary
    merch merchandising merchants merci merciful merciless mercilessly merck mercurial merge
    merged mergers merges merging meridian meringue meritorious merits merkel merlot mermaid
    mermaids merriam merrick merseyside mes mesh mesmerized mesmerizing mesopotamia mesothelioma
    messaged messaging messengers messes messi messianic messier messing messrs messy metabolic
    metabolism metabolite metabolites metadata metallic metallica metallurgical metallurgy
    metamorphosis metaphor metaphorical metaphorically metaphors metaphysical metaphysics
    metastasis metastatic metcalf meteor meteorite meteorites meteorological meteorologist
    meteorology meteors metering meth methadone methamphetamine methane methanol methinks
    methodical methodically methodist methodists methodological methodologies methodology methyl
    methylation meticulous meticulously metlife metoo metre metric metrics metropolis mew mex
    mexicans mezzanine mf mfa mga mgm mgmt mgr mh mhz mib mic mica mich michaels michelin
    microbes microbial microbiology microchip microcosm micron microorganisms microphone
    microphones microprocessor microscope microscopic microscopy microwave microwaves mics midas
    midday middleman middlemen middlesbrough middlesex middletown middleweight middling midfield
    midfielder midfielders midge midget midi midland midlands midlife midpoint midst midsummer
    midterm midterms midtown midway midweek midwest midwestern midwife midwifery midwives
    mifflin mig mightily migraine migraines migrant migrants migrate migrated migrating
    migrations migratory mikey miki milano milder mildew mildly mileage milestone milestones
    milf milfs miliband milieu militant militants militarily militarism militia militias milked
    milking milkshake milky milled millennia millennial millennials millennium millers
    milligrams millimeter millimeters millimetres milling millionaire millionaires millionth
    milliseconds millwall milner mim mime mimic mimicking mimics minaj minas mince minced
    mindanao mindedness mindful mindfulness minding mindless mindset minecraft mined minefield
    mineralogy mingle mingled mingling miniature miniatures minibus minimalism minimalist
    minimally minimise minimize minimized minimizes minimizing minion minions minis miniseries
    ministerial ministries minivan mink minn minneapolis minors minotaur mins minsk minster
    minstrel mint minted mints minuscule miocene miracles miraculous miraculously mirage mire
    mired mirren mirrored mirroring mirrors mirza mis misc miscarriage miscarriages
    miscellaneous mischief mischievous misconception misconceptions misconduct misdeeds
    misdemeanor misdemeanors miserably misery misfit misfits misfortune misfortunes misgivings
    misguided misha mishap mishaps misinformation misinformed misinterpreted misjudged mislead
    misleading misled mismanagement mismatch mismatched miso misogynist misogynistic misogyny
    misplaced misread misrepresentation misrepresented misses missionaries missionary
    mississauga missoula misspelled missus mistakenly mistaking mister mistletoe mistook
    mistreated mistreatment mistress mistresses mistrust mists misunderstand misunderstanding
    misunderstandings misunderstood misuse misused mit mite mites mitigate mitigated mitigating
    mitigation mitochondria mitochondrial mitsubishi mittens mitzvah miu mixer mixers mixes
    mixtape mixtapes mixtures miyazaki miz mj mk ml mla mlas mlb mlk mlm mlp mls mma mme mmm
    mmmm mmo mmr mms mn moab moana moaned moaning moans moat mobil mobiles mobilization mobilize
    mobilized mobilizing mobs mobster moby mocha mock mocked mockery mocking mockingbird mocks
    mod modal modalities modality modeled modelled modelling modem moderated moderately
    moderates moderating moderation moderator moderators modernisation modernism modernist
    modernity modernization modernize modernized modernizing modestly modesty modification
    modifications modifier modifiers modifies modify modifying mods modular modulate modulated
    modulation module modules modulus modus moffat mogadishu mogul mohawk moi moines moist
    moisture moisturizer moisturizing mojave mojo molar molasses mold molded molding moldova
    molds mole molecule molecules molestation molested molesting molotov molten moly molybdenum
    moma mombasa momentarily momentary momentous momma mommy momo moms mon monarch monarchies
    monarchs monarchy monash monasteries monastery monastic moncton mondays monde mondo monet
    monetize mong mongering mongol mongolia mongolian mongols monies moniker monitored monitors
    monkeys monmouth mono monochrome monoclonal monogamous monogamy monogram monograph
    monographs monolith monolithic monologue monologues monopolies monopoly monotone monotonous
    monotony monoxide monrovia mons monsanto monsieur monsignor monsoon monstrosity monstrous
    montage monterey monterrey montevideo monticello montpellier montrose monument monumental
    monuments moo moods moonlight moonshine moored mooring moorish moose moot mop moped mopping
    mor morale morality morally morals moratorium moray morbid morbidity mordecai mordor
    morecambe morgana morgue mori mormon mormonism mormons morn mornin mornings moro moroccan
    morocco moron moronic morons morph morphed morphine morphological morphology mort mortal
    mortality mortally mortals mortar mortars mortem mortgages mortified mortuary morty mos
    mosaic mosaics moseley mosque mosques mosquito mosquitoes mosquitos mossad mosul mot motel
    motels moth motherboard motherfucker motherfuckers motherfucking motherhood motherland
    motherwell moths motif motifs motionless motions motivate motivates motivating motivational
    motivations motivator motives motley moto motocross motogp motorbike motorcade motorcycles
    motorcyclist motoring motorist motorists motorized motorola motorsport motorsports motorway
    motorways motown mott mottled motto mou mould moulded moulding moulds moulton mound mounds
    mountaineer mountaineering mountaineers mountainous mountainside mounting mounts mourinho
    mourn mourned mourners mourning mourns mousse moustache mouthed mouthful mouthing mouthpiece
    mouths mov movable moveable mover movers movin mow mowed mower mowing moyes mozambique
    mozilla mozzarella mpa mpc mpeg mpg mri mrna msa msc msf msg msi msm msn msnbc msp msrp mst
    msu mta mtb mtg mtn mts mtv mu muay mubarak muck mucous mucus muddle muddled muddy muffin
    muffins muffled mufti mug mugabe mugged mugging mughal mugs mulan mulberry mulch mules
    mulholland mull mullet multicultural multiculturalism multidimensional multidisciplinary
    multifaceted multilateral multilingual multimedia multimillion multinational multinationals
    multiplayer multiples multiplex multiplication multiplicity multiplied multiplier multiply
    multiplying multipurpose multitasking multitude multivariate multiverse mumble mumbling
    mumford mummies mummy mumps mums mun munch munching mundane mundo municipalities
    municipality munitions muppet muppets murakami mural murals murderer murderers murdering
    murderous murky murmur murmuring murmurs mus muscat muscular musculoskeletal muse muses
    museums mush mushroom mushrooms mushy musica musically musicals musings musk musket
    musketeers muskets mussel mussels mussolini mustache mustang mustangs mustard muster
    mustered musty mut mutant mutants mutated mutation mutations mute muted mutilated mutilation
    mutiny mutt mutter muttered muttering mutton mutually muzzle mv mvc mvp mw mx myanmar
    myeloma myocardial myriad mysore myspace mysql mysteries mysteriously mystic mystical
    mysticism mystics mystique mythic mythical mythological mythology mythos myths myung más
    méxico naa naacp nab nabbed nac nachos nacional nad nadu nafta nag naga nagasaki nagging
    nagoya nagpur nai nailed nailing nairobi naismith naive nakamura namaste nameless namesake
    nami namibia naming nance nang nani nanjing nanny nano nanoparticles nanotechnology
    nanotubes nantes nantucket nao nap napa napalm napier napkin napkins naples napoleonic
    napoli napping nappy naps nar nara narcissism narcissist narcissistic narcotic narcotics
    narendra narnia narrate narrated narrates narrating narration narratives narrator narrowed
    narrower narrowing narrowly narrows naruto nasal nascar nascent nasdaq nassau nasser nast
    natal nationale nationalism nationalist nationalistic nationalists nationalities nationality
    nationalized nationally nationals natives nativity nats natty naturalism naturalist
    naturalistic naturalists naturalization naturalized natured natures naught naughty nauru
    nausea nauseous nautical nautilus nav navajo nave navel navi navies navigable navigate
    navigated navigating navigational navigator navigators naw nawaz nay nazism naïve nb nbl nbn
    nbs nbsp nca ncaa ncc ncis ncr nd nda ndp neale neanderthal neanderthals neapolitan neared
    nearer nearing nears neath neatly neb nebula nebulous nec necessitate necessitated
    necessitates necessities necessity necked necklace necklaces necks necrosis nectar needles
    needless needlessly needy nefarious neg negate negated negation negatively negatives
    negativity neglect neglected neglecting negligence negligent negligible negotiable
    negotiated negotiating negotiation negotiator negotiators negro negroes nehru neighboring
    neighbour neighbourhoods neighbouring neighbours nemesis nemo neoclassical neoliberal
    neoliberalism neolithic neon neonatal nepal nepalese nepali nephews nepotism neptune nerd
    nerds nerdy nerf nero nervously nervousness nesbitt ness nested nesting nestle nestled nests
    netanyahu netball nether nets netted netting networked neue neuer neural neuro neurological
    neurologist neurology neuron neuronal neurons neuropathy neuroscience neurosurgeon
    neurosurgery neurotic neurotransmitter neurotransmitters neuter neutered neutrality
    neutralize neutralized neutrals neutrino neutrinos neutron neutrons nev neverland nevermind
    nevis newark newberry newbie newbies newborn newborns newbury newcomer newcomers newfound
    newfoundland newlyweds newmarket newport newsletter newsletters newsnight newsroom newsweek
    newsworthy newtown nexus neymar nf nfc ng nga ngc ngl ngo ngos nh niagara nib nibble nic
    nicaragua nicaraguan nicer nicest niche niches nicht nickel nickelodeon nickname nicknamed
    nicknames nicks nicotine nie niece nieces nietzsche nifty niger nigerians nigga niggas
    nigger niggers nigh nightclub nightclubs nightfall nightingale nightlife nightly nightmares
    nighttime nih nihilism nike nikon nimble nin niners nines nineteen nineteenth nineties
    ninety nineveh ning ninjas nip nipple nipples nippon nips niro nirvana nis nissan nist nit
    nite nitrate nitric nitro nitrogen nitrous niv nix nk nl nm nmr nn noaa nobel nobility
    nobleman nobles nocturnal nod nodded nodding node nodes nods noi noir noises noisy nok nokia
    nom nomad nomadic nomads nomenclature nominal nominally nominate nominating nominations
    nominees nomura nonchalant nonexistent nonfiction nonlinear nonpartisan nonprofit nonprofits
    nonsensical nonstop nonviolent noob noodle noodles nook nooo noooo noose nordic nordstrom
    norfolk normalcy normality normalization normalize normalized normalizing normandy normative
    norms norse norte northampton northamptonshire northbound northeastern northerly northerners
    northrop northside northumberland northward northwestern norwalk norwegians norwich nos
    nosed noses nostalgia nostalgic nostril nostrils nosy notary notation notch notched notches
    notebook notebooks notepad noteworthy nothin nothingness nothings noticeable noticeably
    notices noticing notification notifications notified notify notifying notions notoriety
    notorious notoriously notre nots notting nottingham nottinghamshire notts notwithstanding
    nou noun nouns nourish nourished nourishing nourishment nous nouveau novelist novelists
    novelty novice novices novo nox noxious nozzle nozzles np npc npr nps nr nra nrc nrg nrl ns
    nsa nsc nsf nsfw nsw nt nth nts ntsb nu nuance nuanced nuances nuclei nucleic nucleotide
    nucleotides nucleus nude nudes nudge nudist nudity nuevo nugget nuggets nuh nuisance nuke
    nukes null nullified nullify num numb numbered numbering numbing numbness numeral numerals
    numeric numerical numerically nun nunn nuns nuremberg nursed nurseries nursery nurture
    nurtured nurturing nusra nutcracker nutella nutmeg nutrient nutrients nutritional
    nutritionist nutritious nutshell nutter nutty nv nvidia nvm nw nwa nx nxt nye nylon nymph
    nymphs nypd nyse nyt nyu nyx nz oa oahu oakland oaks oar oars oasis oat oates oaths oatmeal
    oats oaxaca ob obamacare obamas obedience obedient obelisk oberlin obese obesity obey obeyed
    obeying obispo obituaries obituary obj objected objecting objection objectionable objections
    objectively objectivity obligated obligatory oblige obliged oblique obliterate obliterated
    oblivion oblivious oblong obnoxious obs obscene obscenity obscure obscured obscuring
    obscurity observable observance observant observational observatory observer observers
    observes observing obsess obsessing obsession obsessions obsessive obsessively obsidian
    obsolete obstacle obstacles obstetrics obstruct obstructed obstructing obstruction
    obstructions obstructive obtainable obtains obtuse oc occidental occlusion occult occupancy
    occupant occupants occupational occupations occupiers occupies occupying occured occurrence
    occurrences ocd oceania oceanic oceanographic oceanography oceans och oclc ocr ocs octagon
    octane octopus ocular oculus od oddball oddity oddly ode oder odi odious odisha odo odor
    odors odour odysseus odyssey oe oecd oedipus oem oeuvre ofa ofc ofcourse offbeat offences
    offend offender offenders offending offends offenses offensively offerings officiating
    officio offline offload offs offseason offsets offsetting offshoot offshore offside
    offspring ofsted oft oftentimes ofthe og ogre oh ohh ohhh ohhhh ohm oi oiled oilers oilfield
    oils oily ointment oj okada okc okcupid okinawa okla oktoberfest olde olden oldham oldies
    oled olfactory oligarchs oligarchy olives olly olympian olympians olympus omaha omb
    ombudsman omega omelette omen omens omfg ominous omission omissions omit omitted omitting
    omni omnibus omnipotent omnipresent onboard oncologist oncology oncoming oneness oneplus
    onerous oneself ong onion onions onlookers ono ons onscreen onset onshore onside onsite
    onslaught onstage ont ontology onus onward onwards onyx oo oof ooh ooo oooh ooooh oop oops
    ooze oozing opa opacity opaque opec opel opener openers openings openness operandi operas
    operatic operative operatives ophthalmology opiate opiates opie opinionated opioid opioids
    opium opm opp oppa oppenheimer opportune opportunist opportunistic opposes opposites oppress
    oppressed oppression oppressive oppressor oppressors oprah ops opt opted optic optics
    optimally optimism optimist optimistic optimization optimize optimized optimizing optimum
    optimus opting optional optionally opulent opus oracle orally oranges orangutan orator
    oratory orb orbital orbiter orbiting orbits orbs orc orca orcas orchards orchestral
    orchestras orchestrated orchestration orchid orchids orcs ord ordained ordeal orderly
    ordinance ordinances ordinarily ordinate ordinated ordination ordinator ordnance oregano
    oreo ores organically organics organisational organise organiser organisers organising
    organism organisms organist organizational organizer organizers organizes orgasm orgasms
    orgies orgy ori orient oriental orientated orientations orifice orig origami originality
    originals originate originated originates originating originator orioles orissa orkney
    ormond ornament ornamental ornamentation ornaments ornate oro orphan orphanage orphaned
    orphans orpheus ortho orthodoxy orthogonal orthopaedic orthopedic orton orwell osage osaka
    osbourne oscars osce oscillating oscillation oscillations oscillator osgood osi osiris oslo
    osmond osmosis osprey oss ost ostensibly osteoarthritis osteoporosis ostrich osu oswego ot
    otago otc oth othello otherworldly otter otters ottoman ottomans ou ouch ouija ounce ounces
    oust ousted outage outages outback outboard outbound outbreaks outburst outbursts outcast
    outcasts outcrop outcrops outcry outdated outdone outdoors outed outfield outfielder outfits
    outfitted outfitters outflow outgoing outgrown outing outings outlander outlandish outlast
    outlaw outlawed outlaws outlay outlier outliers outline outlined outlines outlining outlived
    outlying outnumber outnumbered outpatient outperform outperformed outplayed outpost outposts
    outpouring outputs outrage outraged outrageous outrageously outreach outright outro outrun
    outs outscored outset outsider outsiders outskirts outsource outsourced outsourcing
    outspoken outstretched outward outwardly outwards outweigh outweighed outweighs ov ovarian
    ovaries ovary ovation ovens overalls overarching overbearing overblown overboard overcame
    overcast overcoat overcomes overcoming overcrowded overcrowding overdo overdone overdose
    overdoses overdraft overdrive overdue overestimate overestimated overflow overflowing
    overgrown overhang overhaul overhauled overheard overheated overheating overjoyed overkill
    overlaid overland overlap overlapped overlapping overlaps overlay overload overloaded
    overloading overlook overlooked overlooking overlooks overlord overly overpaid overpass
    overpower overpowered overpowering overpriced overrated overreact overreacting overreaction
    override overriding overruled overrun overs oversaw oversee overseeing overseen overseer
    oversees overshadowed oversight oversized overstated overt overtake overtaken overtaking
    overthinking overthrew overthrow overthrowing overthrown overtly overton overtones overtook
    overture overtures overturn overturned overturning overuse overused overwatch overweight
    overwhelm overwhelmed overwhelmingly overworked ovulation ow owed owes owing owl owls owning
    ox oxen oxfam oxfordshire oxidation oxidative oxide oxides oxidized oxley oxy oxytocin oy
    oyster oysters ozil ozone ozzy paced pacemaker pacers paces pacifist pacing pacino packaged
    packard packer packers packet packets pacquiao pacs pact padded padding paddington paddle
    paddles paddling paddock paddy padre padres pads padua paediatric paedophile pag pagan
    paganism pagans pageant pageants paging pagoda pah pail paine pained painfully painkiller
    painkillers painless pains painstaking painstakingly paintball painters paints paired
    pairing pairings pajama pajamas pakistanis palaces paladin palais palatable palate palatine
    paleo paleontology paler palermo palestinians palette palettes paley palin palisades
    palladium pallet pallets palliative palmerston palms palmyra palpable pals palsy paltry
    pamper pampered pamphlet pamphlets pan panacea panama panamanian panasonic pancake pancakes
    panchayat pancreas pancreatic panda pandas pandemic pandering pane panelists panes pang
    panhandle panicked panicking panics panned panning panorama panoramic pans pantheon panther
    panthers panties panting pantomime pantry panty pantyhose panzer pao papa papacy papal
    paparazzi papaya paperback paperwork papi paprika papua papyrus para parable parabolic
    parachute parachutes paraded parades paradigm paradigms parading paradox paradoxes
    paradoxical paradoxically paragon paragraphs paraguay paralegal parallax parallels
    paralympic paralympics paralysed paralysis paralyzed paramedic paramedics parameter
    parametric paramilitary paramount paranoia paranoid paranormal parapet paraphernalia
    paraphrase paraphrasing parasite parasites parasitic paratroopers parc parcel parcels
    parched parchment pardon pardoned pardons pare pared parentage parental parentheses
    parenthood parenting pari pariah parietal parishes parishioners parity parka parke parked
    parkland parkour parkway parlance parliamentarian parliamentarians parliaments parlor
    parlour parma parmesan parnell parochial parodies parody parole parr parramatta parrot
    parrots pars parse parsing parsley parson partake parte parted parti participant
    participates participatory particle particulars particulate partied parting partisan
    partisans partisanship partition partitioned partitioning partitions partnered partnering
    partnerships parton partridge partying pas pasadena pasha paso passable passages passageway
    passer passers passionately passions passively passover passports passwords pasta paste
    pasted pastel pasteur pastime pasting pastoral pastors pastries pastry pasture pastures
    pasty patagonia patched patches patching patchwork patchy patented patently patents paternal
    paternity pathfinder pathogen pathogenesis pathogenic pathogens pathological pathologist
    pathologists pathology pathos pathway pathways patiently patio patna patreon patriarch
    patriarchal patriarchy patriot patriotic patriotism patrolled patrolling patrols patron
    patronage patronizing patrons pats patted patten patter patterned patterning patties patting
    pattinson paulie paulson pauper paused pauses pausing pave paved pavement pavements pavilion
    paving pawn pawnee pawns paws pax payable payback paycheck paychecks payday payed payers
    payload payloads payoff payout payouts paypal payroll payrolls pb pbs pca pcb pcc pci pcp
    pcr pcs pct pd pda pdf pdp pdt pe pea peabody peacefully peacekeepers peacekeeping peacetime
    peach peaches peachy peaked peaking peaks peanut peanuts pear pearls pears peas peasant
    peasants pease peat pebble pebbles pecan peckham pecking pectoral peculiar ped pedagogical
    pedagogy pedal pedals peddle peddling pedestal pedestrian pedestrians pediatric pediatrician
    pediatrics pedigree pedo pedophile pedophiles pedophilia peed peeing peek peeking peel
    peeled peeling peels peep peeping peeps peerage peering peerless peeve peg pegasus pegged
    pegs pei peirce pejorative peking pele pelham pelican pelicans pell pellets pelosi peloton
    pelt pelvic pelvis pemberton pembroke pembrokeshire penal penalize penalized penance penang
    pence penchant pencils pendant pendants pendleton pendulum penetrate penetrated penetrates
    penetrating penetration peng penguin penguins penh penicillin peninsular penis penises
    penitentiary penn pennant penned penney pennies penniless penning penrith penrose pens
    pensacola pensioner pensioners pensions pentagon pentecost pentecostal penthouse pentium
    penultimate peoria pep peppered peppermint pepperoni peppers pepsi peptide peptides perceive
    perceives perceiving percentages percentile perceptions perceptive perceptual perch perched
    percussion peregrine perennial perfected perfecting perfectionist perforated performer
    performers perfume perfumes peril perilous perils perimeter periodic periodical periodically
    periodicals peripheral peripherals periphery periscope perish perishable perished perjury
    perk perks perky perl perm permafrost permanence permeability permeable permian permissible
    permissions permissive permitting permutations pernicious peroxide perpendicular perpetrated
    perpetrator perpetrators perpetual perpetually perpetuate perpetuated perpetuating
    perpetuity perplexed perplexing pers persecute persecuted persecution perseus perseverance
    persevere persia persian persians persie persist persisted persistence persistent
    persistently persists persona personalised personalities personalized personas personhood
    personification personified perspectives persuade persuaded persuading persuasion persuasive
    pertain pertaining pertains pertinent peru peruvian perv pervasive perverse perversion
    pervert perverted perverts pes peshawar pesky peso pesos pessimism pessimistic pest
    pesticide pesticides pestilence pesto pests petal petals peterborough petersburg petite
    petitioned petitioner petitioners petitioning petitions petrie petrified petro petrochemical
    petrol petroleum petting peugeot pew pewdiepie pews pewter pf pfc pfft pfizer pg pga pgs
    phalanx phantom phantoms pharaoh pharaohs pharisees pharma pharmaceutical pharmaceuticals
    pharmacies pharmacist pharmacists pharmacological pharmacology pharmacy pharrell phased
    phases phasing phat pheasant phenomena phenomenal phenotype pheromones phew phi
    philanthropic philanthropist philanthropy philharmonic phillies philly philosopher
    philosophers philosophically philosophies phipps phishing phnom pho phobia phoned phonetic
    phoning phonograph phony phosphate phosphorus phosphorylation photogenic photographed
    photographers photographic photographing photojournalist photon photons photoshoot photoshop
    photoshopped photosynthesis photovoltaic php phrased phrases phrasing phuket phylogenetic
    phys physicality physicist physicists physio physiological physiology physiotherapy physique
    pianist pianos piazza picasso piccadilly piccolo picker pickers picket pickett pickle
    pickled pickles pickup pickups picky picnic picnics pico pictorial pictured picturesque
    picturing pid pieced piecemeal pied piedmont pierced piercing piercings piers pies piety
    pigeon pigeons piggy piggyback piglet pigment pigmentation pigmented pigments pikachu pikes
    pil pilate pilates piled piles pilgrim pilgrimage pilgrims piling pillage pillar pillars
    pillows piloted piloting pimp pimple pimples pimps pinball pinch pinched pinching pineapple
    pineapples pines ping pings pining pinks pinky pinnacle pinned pinning pinocchio pinochet
    pinot pinoy pinpoint pins pint pinterest pints pioneer pioneered pioneering pioneers pious
    pip piped pipelines piping pippin pips pique piracy piranha pirated pisa pisces piss pissed
    pisses pissing pistachio pistols piston pistons pita pitbull pitched pitcher pitchers
    pitches pitchfork pitching pitfalls pitiful pits pitt pitted pitting pittsburg pituitary
    pivot pivotal pix pixar pixel pixels pixie pixies pizzas pizzeria pj pk pkk pl placate
    placebo placeholder placements placenta placer placid plagiarism plague plagued plagues
    plaid plainfield plainly plains plaintiff plaintiffs planar planck planetarium planetary
    planing planks plankton planner planners plano plantation plantations planter planters
    planting plantings plaque plaques plaster plastered plasticity plastics plat plata plateau
    plated platelet platelets plating plato platonic platoon platt platte platter plausible
    playa playable playback playbook playboy playful playfully playground playgrounds playhouse
    playin playlist playlists playmaker playmate playtime playwright playwrights plc plead
    pleaded pleading pleads pleasantly pleases pleasing pleasurable pleasures plebiscite pledged
    pledges pledging pleistocene plenary plentiful plenum plethora plexus pliers plight pliny
    plo plots plotted plotting plough ploughed ploughing plow plowed plowing ploy pls pluck
    plucked plucking plugged plugging plugin plugins plugs plum plumage plumb plumber plumbers
    plumbing plume plumes plummet plummeted plump plums plunder plundered plunge plunged plunger
    plunges plunging plunkett plural pluralism plurality plush pluto plutonium ply plymouth
    plywood plz pmi pms pn pnc pneumatic pneumonia png poached poachers poaching poc pocahontas
    pocketed pod podcasts podesta podium pods poe poetic poetics poets pogba pogo poi poignant
    pointe pointer pointers pointless pointy poirot poise poised poisoned poisoning poisonous
    poisons poisson poke poked pokes poking pokémon polaris polarity polarization polarized
    polarizing polaroid poles poli policeman policemen policing policymakers polio polished
    polishing politburo polite politely politeness politic politicized politico polity polka
    pollack polled pollen pollination polling pollock pollutants pollute polluted polluting poly
    polyester polyethylene polygamy polygon polygraph polymer polymerase polymerization polymers
    polynesia polynesian polynomial polynomials polystyrene polytechnic polyurethane pom
    pomegranate pomeroy pomona pomp pompeii pompey pompous pon poncho ponder pondered pondering
    ponds pong ponies ponte pontiac pontiff pony ponytail ponzi poo pooch poodle poof pooh
    pooled pooling pools poolside poop pooped pooping poorer poorest popcorn popes popeye poplar
    popped popper poppies popping poppins popsicle populace popularized popularly populate
    populated populism populist populous popup por porcelain porch porches porcupine pore pores
    porn pornhub porno pornographic pornography pornstar pornstars porous porridge portability
    portage portals porte ported porters portfolios portico portman portraits portraiture
    portray portrayal portrayals portrayed portraying portrays portsmouth pos posed poseidon
    poses posh posing posit posited positional positioned positioning positively positives
    positivity posits posner posse possessed possesses possessing possessions possessive possum
    postage postcard postcards postcode postdoctoral posterior posterity postgraduate posthumous
    posthumously postings postman postmaster postmodern postmortem postpartum postpone postponed
    postponement postponing postscript postseason postsecondary postulated posture postures
    posturing postwar potable potash potassium potency potent potentials potholes potion potions
    potomac pots potsdam potted pottery potty potus pouch pouches poughkeepsie poultry pounce
    pounded pounder pounding poured pouring pours pout pov pow powdered powders powdery
    powerfully powerhouse powering powerless powerlifting powerpoint pows powys pox ppc ppd ppe
    ppg ppi ppl ppm ppp pps ppv pq pra practicable practicality practiced practise practised
    practising practitioner practitioners pradesh pragmatic pragmatism prague prairie prairies
    praises praising pram prank pranks pravda prawn prawns praxis prayed prays prc preach
    preached preacher preachers preaches preaching preamble precarious precaution precautionary
    precautions precede preceded precedence precedent precedents precedes preceding precepts
    precinct precincts precipice precipitate precipitated precipitation preclude precocious
    preconceived precursor precursors predates predation predator predators predatory
    predecessor predecessors predetermined predicament predicate predicated predictability
    predictable predictably predicting predictive predictor predictors predicts predisposed
    predisposition predominant predominantly predominately preeminent preemptive preexisting
    prefabricated preface prefect prefecture preferable preferably preferences preferential
    preferring prefers prefix prefrontal pregame pregnancies preheat prehistoric prehistory
    prejudice prejudiced prejudices prelude premarital premature prematurely premeditated
    premiered premieres premiering premiers premiership premise premiums prenatal preoccupation
    preoccupied preorder prepaid preparations preparatory preparedness prepares preposterous
    prepped prepping prequel prerequisite prerequisites prerogative pres presbyterian presbytery
    preschool prescott prescribe prescribed prescribing prescriptions prescriptive preseason
    presentable presentations presenter presenters presently preservative preservatives
    preserves preserving preset preside presided presiding presse presser presses pressured
    pressures pressuring pressurized prestige prestigious presto presume presumed presuming
    presumption presumptive presumptuous pretended pretender pretends pretense pretentious
    preterm pretext pretoria prettier prettiest pretzel pretzels prev prevail prevailed
    prevailing prevails prevalence prevalent preventable preventative preventive prevents
    previews preying pri priceless pricey prick prickly pricks prides priestess priesthood
    priestly prim primacy primal primaries primate primates primed primer primers primes
    primetime priming primitive primo primordial primrose princely princes princesses princeton
    principality principally principals principled printable printers priori prioritise
    prioritize prioritized prioritizing priory prism prismatic prisons pristine prius privates
    privatisation privatization privatized privileged privileges privy prix prized proactive
    proactively prob probabilistic probabilities probable probate probation probed probes
    probing problematic probs proc procedural proceeded proceeding procession processions
    processor processors proclaim proclaimed proclaiming proclaims proclamation procrastination
    procreation procure procured procurement procuring prod prodigal prodigious prodigy
    productions profane profanity profess professed professionalism professionally professions
    professors proficiency proficient profiled profiles profiling profitability profited
    profiting profoundly profusely prog progenitor progeny progesterone prognosis programmable
    programmatic programmed programmer programmers progressed progresses progressing progression
    progressively progressives prohibit prohibiting prohibition prohibitions prohibitive
    prohibits projectile projectiles projecting projection projections projective projector
    projectors proletarian proletariat proliferation prolific prolly prologue prolong prolonged
    prolonging prom promenade prometheus prominence prominently promiscuous promo promos
    promoter promoters promotes promotional promotions prompt prompted prompting promptly
    prompts proms promulgated prong pronged pronoun pronounce pronouncements pronouncing
    pronouns pronto pronunciation proofing proofs prop propagate propagated propagating
    propagation propane propel propellant propelled propeller propellers propelling propensity
    prophecies prophecy prophesied prophetic prophets proponent proponents proportional
    proportionally proportionate proportions proposes proposing proposition propositions propped
    propping proprietary proprietor proprietors propriety props propulsion pros prose prosecute
    prosecuted prosecuting prosecutions prosecutors prospecting prospective prospectus prospered
    prosperity prosperous prostate prosthesis prosthetic prosthetics prostitute prostitutes
    prostitution protagonist protagonists protease protectionism protectionist protections
    protector protectorate protectors protects protestant protestantism protestants protested
    protester protesting protestors proteus proto protocols proton protons prototype prototypes
    prototyping protracted protruding protégé proudest proudly proust prov provenance provence
    proverb proverbial proverbs providence provisional provisionally provo provocation
    provocative provoke provoked provokes provoking prowess prowl proxies proximal proximity
    proxy prs prudent prudential prune pruning prussia prussian pry pryce prying psa psalm
    psalms psc psd pseudo pseudonym psg psi psn psoriasis psp psst pst psu psv psy psych psyche
    psyched psychedelic psychiatric psychiatrist psychiatrists psychiatry psychic psycho
    psychoactive psychoanalysis psychoanalytic psychologically psychologist psychologists
    psychopath psychopathic psychopaths psychosis psychosocial psychotherapy psychotic pta ptc
    pte pti pto ptolemy pts ptsd pty pu puberty pubic publicist publicize publicized publishes
    pubs pudding puddle puddles pueblo puff puffed puffing puffs puffy pug puget pugs puja puke
    puked puking pulaski pulitzer pulley pullman pulmonary pulp pulpit pulsating pulsed pulses
    pulsing puma pumped pumping pumpkin pumpkins pumps pun punched punches punching punchline
    punchy punctual punctuated punctuation puncture punctured pundit pundits pune pungent
    punishable punisher punishes punishing punishments punitive punjab punjabi punks puns punt
    punta punter punters puny pup pupil puppet puppets puppies pups pur purchaser purchasers
    purdue puree purest purgatory purge purged purges purging purification purified purify
    purifying puritan puritans purported purportedly purporting purports purposeful purposefully
    purposely purr purses pursuant pursued pursues pursuits purview pus pushback pusher pushes
    pushy puss pussies pussy pussycat putative putnam putt putter putty puzzled puzzles puzzling
    pv pvc pvp pvt pw pwc px pyjamas pyle pyongyang pyramid pyramidal pyramids pyrenees python
    pythons qa qaeda qantas qatar qatari qb qbs qc qe qf qi qin qing qld qpr qq qr qs qt qu qua
    quack quad quadrangle quadrant quadratic quadruple quads quagmire quaid quail quaint quake
    quaker quakers qualcomm qualification qualifications qualifier qualifiers qualifies
    qualitative qualms quan quantico quantification quantified quantify quantitative quantities
    quarantine quarantined quark quarks quarrel quarrels quarries quarry quart quarterbacks
    quartered quarterfinal quarterfinals quartermaster quartet quartz quash quashed quasi
    quaternary quay que queenstown queer quell quench queried queries query questionable
    questionnaire questionnaires quests quetta queue queued queues queuing quezon qui quicken
    quicker quickest quickie quickness quicksilver quid quidditch quieter quilt quilted quilts
    quince quinoa quintessential quintet quirk quirks quirky quito quits quitting quiver
    quivering quixote quiz quizzes quo quorum quot quota quotas quotation quotations quotient
    quoting quran québec ra raaf rab rabbi rabbis rabbits rabble rabid rabies rac raccoon
    raccoons racecourse raced racehorse racer racers racetrack raceway racially racists rack
    racked racket racketeering rackets racking racks racy rad radars radcliffe radeon radford
    radial radiance radiant radiate radiated radiates radiating radiator radiators radicalism
    radicalized radically radicals radioactive radioactivity radiocarbon radiohead radiological
    radiology radios radiotherapy radish radium radius radon raff raffle raffles raft rafters
    rafting rafts rag raged rages ragged raging rags rah rahim rahm raided raider raiding raids
    railed railing railings railroads railways rain rainbows raindrops rained rainey rainfall
    rainforest rainforests rainier raining rains rainwater rainy raiser raisin raisins rajasthan
    rajesh rajiv rake raked raking rallied rallies rallying ralston ramble rambling ramblings
    rambo ramen rami ramifications rammed ramming ramp rampage rampant rampart ramparts ramping
    ramps rams rancher ranchers ranches rancho rancid randomized randomness rang ranged ranger
    rangoon rankin ransacked rant ranting rants rape raped rapes rapids raping rapist rapists
    rappers rapping rapport rapporteur raps raptor raptors rapture rapunzel rarer rarest rarity
    rascal rascals rash raspberries raspberry ratchet ratification ratified ratify ration
    rationale rationality rationalize rationally rationing rations ratios raton rattle rattled
    rattles rattlesnake rattling raucous raunchy rav ravaged ravages rave ravenous ravens raves
    ravine raving ravioli rawlings rawls rayon raza razed razer razor razors rb rbc rbi rbis rbs
    rc rca rcmp rcs rds reacted reacting reactionary reactive reactivity reactor reactors reacts
    readability readable readership readiness readings reaffirm reaffirmed reagent reagents
    realignment realisation realises realising realism realist realistically realities
    realization realizes realms realtime realtor realtors realty realy reap reaped reaper
    reaping reappear reappeared reared rearing rearrange rearranged rearranging reasoned
    reassess reassigned reassignment reassurance reassure reassured reassuring reb rebate
    rebates rebelled rebellions rebellious rebirth reboot rebooted reborn rebound rebounded
    rebounding rebounds rebrand rebranded rebranding rebuild rebuilding rebuilt rebuke rebuked
    rebuttal rec recalling recalls recap recapture recaptured recast receded receding receipt
    receipts receivable receivers receivership receptacle receptionist receptions receptive
    receptor receptors recess recessed recesses recession recessive recharge rechargeable
    recieve recieved recipients reciprocal reciprocate reciprocated reciprocity recital recitals
    recitation recite recited reciting reckless recklessly recklessness reckon reckoned
    reckoning reckons reclaim reclaimed reclaiming reclamation reclining recluse reclusive
    recognisable recognise recognises recognising recognizable recognizes recognizing recoil
    recollection recollections recombinant recombination recommending recommends recon reconcile
    reconciled reconciliation reconciling reconnaissance reconnect reconsider reconsidered
    reconstituted reconstruct reconstructed reconstructing reconstructions reconstructive
    recorder recorders recordings recount recounted recounting recounts recoup recourse
    recoverable recoveries recovering recovers recreate recreated recreating recreational
    recruit recruited recruiter recruiters recruits rectal rectangle rectangles rectangular
    rectified rectify rector rectory rectum recurrence recurrent recurring recursive recycle
    recycled recycling redacted redd redding reddish reddit redeem redeemable redeemed redeemer
    redeeming redefine redefined redefining redemption redesign redesignated redesigned
    redevelopment redford redhead redirect redirected rediscover rediscovered redistribute
    redistributed redistribution redistricting redman redneck redness redo redone redox redress
    reds redskins redstone reductions reductive redundancy redundant redux redwood ree reebok
    reeds reef reefs reek reeks reel reelected reelection reeling reels reentry reevaluate reeve
    referee refereeing referees referenced referencing referendums referral referrals refill
    refills refinance refinancing refine refined refinement refineries refinery refining
    reflections reflective reflector reflex reflexes reflexive reflux reformation reformed
    reformer reformers reforming reformist refraction refractive refractory refrain refrained
    refresh refreshed refresher refreshing refreshment refreshments refrigerated refrigeration
    refrigerator refrigerators refs refuel refueling refuge refuges refundable refunded refunds
    refurbished refurbishment refusal refute refuted reg regain regained regaining regal regatta
    regency regenerate regenerated regenerating regeneration regenerative regent regents reggae
    regimen regimens regimental regiments regimes regionally regionals registering registers
    registrar registrations registry regression regressive regrets regrettable regrettably
    regretted regretting regroup regs regularity regulars regulate regulates regulating
    regulator regulators rehab rehabilitate rehabilitated rehearsal rehearsals rehearse
    rehearsed rehearsing rei reigned reigning reigns reimburse reimbursed reimbursement
    reincarnated reincarnation reindeer reinforce reinforced reinforcement reinforcements
    reinforces reinforcing reins reinstall reinstate reinstated reinstatement reinsurance
    reintroduced reinvent reinvented reinventing reinvestment reissue reissued reiterate
    reiterated rejecting rejection rejections rejects rejoice rejoicing rejoin rejoined
    rejuvenated rejuvenation rel relapse relatable relates relational relativistic relativity
    relaunch relaxation relaxes relaxing relay relayed relaying relays relegated relegation
    relentless relentlessly relevance reliability reliably reliance reliant relic relics relied
    reliefs relies relieve reliever relieves relieving religions religiously relinquish
    relinquished relish relive reliving reload reloaded reloading relocate relocated relocating
    relocation reluctance reluctant reluctantly relying rem remade remake remakes remaking
    remand remanded remark remarkably remarked remarking remarried remastered rematch remedial
    remediation remedied remedies remedy remembrance reminders reminding reminisce reminiscences
    reminiscent reminiscing remission remit remittances remixed remixes remnant remnants remodel
    remodeled remodeling remorse remotely removable removals remover removes remuneration ren
    renaissance renal rename renamed renaming render rendered rendering rendezvous rendition
    renegade renegades renew renewable renewables renewal renewals renewing renews renounce
    renounced renovate renovated renovating renovation renovations renown rentals rented renter
    renters renting rents reopen reopened reopening reorganisation reorganization reorganize
    reorganized repaid repaired repairing reparations repatriated repatriation repay repayment
    repayments repeal repealed repealing repeater repeating repeats repel repelled repellent
    repent repentance repercussions repertoire repertory repetition repetitions repetitive
    rephrase replaceable replacements replaces replay replayed replaying replays replenish
    replenished replenishment replete replica replicas replicate replicated replicating
    replication replying repose repositories repository repost reposted reprehensible
    representations repress repressed repression repressive reprieve reprimand reprimanded
    reprint reprinted reprints reprisal reprisals reprise reproach reproduce reproduced
    reproducing reproduction reproductions reproductive reps reptile reptiles reptilian
    republics republished repugnant repulsed repulsive repurchase repurposed reputable
    reputations reputed req requesting requiem requisite reread rerun reruns res resale
    reschedule rescheduled rescind rescinded rescuers rescues rescuing researched researcher
    researches researching resection resell reseller resemblance resemble resembled resembles
    resembling resent resented resentful resentment reservations reserving reservists reservoir
    reservoirs reset resetting resettlement reshape reshaping reshuffle reside resided
    residences residency resides residing residual residue residues resignations resigning
    resigns resilience resilient resin resins resisted resisting resistor resistors resists
    resold resolute resolutely resolutions resolves resolving resonance resonant resonate
    resonated resonates resonator resorted resorting resorts resounding resourceful
    respectability respectable respectful respectfully respecting respects respiration
    respiratory respite respondent respondents responder responders responds responsibly
    responsive responsiveness restart restarted restarting rested restful resting restitution
    restless restlessness restock reston restorations restorative restores restoring restrain
    restrained restraining restraint restraints restrict restricting restriction restrictive
    restricts restroom restrooms restructure restructured restructuring rests resultant resumed
    resumes resuming resumption resupply resurfaced resurgence resurrect resurrected
    resurrection resuscitation ret retailer retailers retailing retainer retainers retaining
    retains retake retaliate retaliated retaliation retaliatory retard retardation retarded
    retards retelling retention rethink rethinking retina retinal retiree retirees retirements
    retires retiring retort retract retractable retracted retraction retraining retreated
    retreating retreats retribution retrieval retrieve retrieved retriever retrieving retro
    retroactive retroactively retrofit retrograde retrospect retrospective retrospectively
    retweeted retweets reunification reunions reunite reunited reuniting reus reusable reuse
    reused reuters revamp revamped revel revelations revels reverb revere revered reverence
    reverend reversal reversed reverses reversible reversing revert reverted reverting reviewer
    reviewers reviewing revise revising revision revisionist revisions revisit revisited
    revisiting revitalization revitalize revive revived revives reviving revocation revoke
    revoked revolt revolted revolting revolts revolutionaries revolutionize revolutionized
    revolutions revolve revolved revolver revolvers revolves revolving revs revue rewarded
    rewarding rewatch rewatching rewind rework reworked reworking rewrite rewriting rewritten
    rewrote reykjavik rf rfc rfid rg rgb rh rhapsody rhetorical rheumatoid rhine rhino
    rhinoceros rhinos rho rhode rhodesia rhubarb rhyme rhymes rhyming rhythmic rhythms ri rib
    ribbed ribbon ribbons ribs ric rican ricans riches richest richland richly richness rickshaw
    ricochet riddance ridden riddled riddles ridges ridicule ridiculed ridiculously ridley rife
    riff riffs rifles rift rifts rig riga rigby rigged rigging righteous righteousness rightful
    rightfully rightly rigid rigidity rigor rigorous rigorously rigs riker riled rimmed rims rin
    rind rinehart ringed ringer ringing ringo ringside ringtone rink rinse rinsed rioters
    rioting riots riparian ripe ripper ripping ripple ripples rips risen riser risers risked
    risking risotto rite rites rituals ritz rivalries rivalry riverbank riverdale riverfront
    riverside riveted riveting riviera riyadh rj rk rl rm rmb rms rn rna rnc ro roaches
    roadblock roadblocks roadmap roadshow roadside roadster roadway roadways roald roam roamed
    roaming roanoke roared roaring roars roast roasted roasting roasts robbed robben robber
    robberies robbers robbing robe robes robins robo robocop robotic robotics robs robustness
    roc rochdale rochester rocked rockefeller rocker rockers rockford rockies rockin rocking
    rockingham rockland rockstar rockville rockwell rode rodent rodents rodeo rodman rods rofl
    rog rogan rogue rogues roh rohingya rohit roi roku roleplay roleplaying rolex rollercoaster
    rollers rollout rollover rom romances romania romanian romanians romans romantically
    romanticism romantics rommel romney romp roms rondo roofed roofing roofs rooftop rooftops
    rook rookies roommate roommates roost rooster roosters rooted rooting roped roper ropes
    rosary rosberg rosebud rosen rosenthal rosewood rosh rosso rosters rostov rosé rot rotary
    rotate rotated rotates rotating rotational rotations rotc rote rotherham rothschild rotor
    rotors rotted rotten rotterdam rotting rotunda rouen rouge rougher roughness roulette
    roundabout rounder roundhouse rounding roundtable roundup rouse rousey rousing routed router
    routers routinely routines routing routledge rove rover rovers roving rowdy rowed rower
    rowers rowing rowling rows royale royalist royals royalties royalty rp rpg rpgs rpi rpm rr
    rsa rss rsvp rtd rte rts ru rubbed rubbing rubbish rubble rubens rubies rubles rubric rubs
    ruck ruckus rudd rudder rudely rudeness rudimentary rue ruff ruffle ruffled rug rugged rugs
    ruining ruler rulers rulings rum rumble rumbling rumor rumored rumour rumoured rumours rump
    rumsfeld runaway runaways rundown runes rung runnin runny runoff runtime runway runways
    rupee rupees rupture ruptured ruse rusher rushes rushmore ruskin rusted rustic rustling
    rutgers ruthless ruthlessly rutland rutledge rv rw rwanda rwandan rx ry rye ryo ryu résumé
    saa saab saas sab sabbath sabbatical saber sabha sabotage sabotaged sabotaging sabre sabres
    sac sachin sachs sack sacked sacking sacks sacrament sacramento sacraments sacrificed
    sacrifices sacrificial sacrificing saddened sadder saddest saddle saddled saddles sadistic
    sadler sadness sae saeed saf safeguard safeguarding safeguards safes safest safeway saffron
    sag sagan sages sagging saginaw sagittarius sahara saharan sahib saif saigon sailboat sailed
    sailor sailors sails sainte saitama saith saito saiyan sakes salaam salads salam salamander
    salaried salaries salesforce salesman salesmen salespeople salesperson salford salient
    saline salinity salisbury saliva salle salmond salmonella salon salons saloon salsa salted
    salter salts saltwater salty salute salutes salvage salvaged salve salzburg samaritan samba
    samoa samoan sampled sampler sampling sams samuels samurai sana sanatorium sanction
    sanctioned sanctioning sanctity sanctuaries sanctum sandals sandbox sandler sandman sands
    sandstone sandusky sandwiched sandwiches sanger sanitary sanitation sanity sanjay sank sansa
    sanskrit santorum sao sap sapiens sapphire sar saracens sarajevo sarasota saratoga sarawak
    sarcasm sarcastic sarcastically sarcophagus sardar sardines sardinia sargent sarkozy sars
    sartre sash saskatchewan saskatoon sass sassy sasuke sata satanic satchel satellites satin
    satire satirical satisfactorily satisfactory satisfies sativa sato satoshi sats saturated
    saturation saturdays saturn saucepan saucer sauces saucy saud saudis sauna sauron sausage
    sausages sauvignon savagely savagery savages saver savers savile savior saviour savor savory
    savour savoury savoy savvy sawdust sawed sawing sawmill saws sax saxon saxons saxony
    saxophone sayings sb sba sbc sbs sca scab scaffold scaffolding scala scalable scalar scaled
    scalia scaling scallop scallops scalp scalpel scaly scammed scammer scammers scamming scams
    scandalous scandals scandinavia scandinavian scanned scanner scanners scanning scans scant
    scapegoat scar scarab scarborough scarce scarcely scarcity scarecrow scares scarf scarface
    scarier scariest scaring scarred scarring scars scarves scat scathing scatter scattering
    scavenger scavengers scavenging scc scenarios scenery scenic scent scented scents sceptical
    scepticism sch schalke schedules scheduling schema schematic scheming schenectady schengen
    schiff schism schizophrenia schizophrenic schlesinger scholarly scholarships scholastic
    scholes schoolboy schoolchildren schooled schoolers schoolgirl schoolhouse schooling
    schoolmaster schoolteacher schoolwork schooner schumann schumer schwarzenegger
    scientifically scientology scifi scion scissor scissors sclerosis scoff scoffed scold
    scolded scolding scones scooby scoop scooped scooping scoops scoot scooter scooters scopes
    scoping scorched scorching scoreboard scorecard scoreless scoreline scorer scorers scorn
    scorned scorpio scorpion scorpions scorsese scotch scotia scots scotsman scottsdale scotus
    scoundrel scour scoured scourge scouring scouted scouting scouts scp scr scrabble scramble
    scrambled scrambling scranton scrap scrapbook scrape scraped scraper scrapes scraping
    scrapped scrapping scrappy scraps scratched scratches scratching scratchy screamed screams
    screech screeching screened screenings screenplay screenshot screenshots screenwriter
    screenwriting screwdriver screwing screws scribbled scribe scribes scrimmage scripps
    scripted scripting scripts scriptural scripture scriptures scroll scrolled scrolling scrolls
    scrooge scrotum scrub scrubbed scrubbing scrubs scruffy scrum scrutinize scrutinized
    scrutiny scuba scuffle sculpt sculpted sculpting sculptor sculptors sculptural sculpture
    sculptures scum scumbag scumbags scythe sd sdf sdi sdk sdn sds seabed seaboard seafood
    seagull seagulls seahawks sealing seals seam seaman seamen seamless seamlessly seams
    seamstress seaport searchable searchers searches seared searing seashore seaside seasonally
    seasoned seasoning seatbelt seatbelts seated seater seating seawater seaweed seaworld seb
    secede secession secluded seclusion seconded secondhand secondly secrecy secretariat
    secretaries secreted secretion secretions secretive secs sect sectarian sectional sects
    secularism securely secures sed sedan sedans sedate sedated sedation sedative sedentary
    sedgwick sediment sedimentary sediments sedition seduce seduced seducing seduction seductive
    seeded seeding seedling seedlings seedy seeger seeker seekers seeming seep seer seething
    sega segal segmentation segmented segregated segregation sei seine seinfeld seismic seize
    seizes seizing seizure seizures sel selby seldom selecting selections selective selectively
    selectivity selector selectors selects selenium selfie selfies selfishness selfless sellout
    selves semantic semantics semblance semen semesters semiconductor semiconductors semifinal
    semifinals seminal seminar seminars seminary seminole semis semitic semitism semper
    senatorial sender senegal seng senile seniority seniors senpai sens sensation sensational
    sensations sensed sensei senseless senses sensibilities sensibility sensibly sensing
    sensitivities sensor sensory sensual sensuality sensuous sentencing sentient sentimental
    sentimentality sentiments sentinel sentinels sentry seok separates separating separatist
    separatists separator seperate sephora sepia sepsis septic septum seq sequels sequenced
    sequences sequencing sequential sequentially sequestration sequoia ser serb serbia serbian
    serbs serenade serene sergeants serials serie seriousness sermon sermons serotonin serpent
    serpentine serpents serrated serum serviceable serviced servicemen servicing servings
    servitude servo ses sesame setback setbacks setlist seton setter setters settlements settler
    settlers settles settling setups seung seuss sevastopol sevens seventeen seventeenth
    seventies seventy severance severed severing severity severn severus seville sew sewage
    sewed sewell sewer sewerage sewers sewing sewn sexes sexier sexiest sexism sexist sexting
    sexy seychelles sf sfa sg sgt sh shabaab shabbat shabby shack shackles shaded shading
    shadowed shadowing shadowy shady shaft shafts shag shaggy shahid shaikh shaken shaker
    shakers shakes shakespearean shakti shaky shale shallower shalom shalt sham shaman shamans
    shambles shamed shameful shameless shamelessly shaming shampoo shamrock shandong shang
    shangri shank shanks shanti shanty shao shaolin shaping shapiro shaq shard shards
    shareholder sharepoint sharia sharpen sharpened sharpening sharper sharpest sharply
    sharpness shat shatter shattered shattering shatters shave shaved shaven shaver shaves
    shaving shawl shazam shear shearer shearing shears sheath sheba shedding sheds sheen sheesh
    sheffield sheik shelled shellfish shelling sheltered sheltering shelters shelved shelves
    shelving shemale shen shenandoah shenanigans sheng shenzhen shepherds sher sheraton sheriffs
    sherpa shes shetland shh shhh shia shielded shielding shifter shifty shih shiite shilling
    shillings shimmer shimmering shimon shined shines shingle shingles shinji shiny shipbuilding
    shipley shipment shipments shipper shippers shipwreck shipyard shipyards shiraz shire shiro
    shirtless shit shite shithead shithole shitload shits shitting shitty shiv shiva shiver
    shivering shivers sho shoal shoals shocker shockingly shocks shoddy shoemaker shogun shone
    shoo shooters shootings shootout shopkeeper shopkeepers shoplifting shopped shopper shoppers
    shoreline shores shortage shortages shortcomings shortcut shortcuts shorten shortened
    shortening shortest shortfall shorthand shortlist shortlisted shortness shortstop shorty
    shotgun shotguns shou shoulda shouldered shouldnt shouted shoutout shouts shove shoved
    shovel shoveling shovels shoving showbiz showcase showcased showcases showcasing showdown
    showered showering showers showings showman showroom showtime showy shrank shrapnel shred
    shredded shredder shredding shreds shrek shreveport shrew shrewd shrewsbury shri shriek
    shrieking shrill shrimp shrimps shrine shrines shrink shrinkage shrinking shrinks shropshire
    shroud shrouded shrub shrubs shrug shrugged shrugs shrunk shs shu shudder shuffle shuffled
    shuffling shui shun shunned shunt shush shutdown shutout shuts shutter shutters shutting
    shuttle shuttles shyness sia siam siamese siberia siberian sibley sibling sic sichuan
    sicilian sicily sickening sicker sickle sickly sickness sidebar sideboard sidekick sideline
    sidelined sidelines sideshow sidewalk sidewalks sideways siding siegel siemens sieve sift
    sifting sig sighed sighing sighs sighted sighting sightings sights sightseeing sigma signage
    signaled signaling signalled signalling signatories signatory signatures signified signifies
    signify signifying signings signor signup sikh sikhs silenced silencer silences silencing
    silently silhouette silhouettes silica silicone silks silky sill silliness sills silo silos
    silt silverman silvers silverstone silverware silvery similarities similarity simmer
    simmering simms simpler simplest simplex simplicity simplification simplified simplifies
    simplify simplifying simplistic simpsons simulate simulated simulates simulating simulations
    simulator simulators simultaneous sinai sinaloa sinatra sincerely sincerity sind sindh
    sinful singaporean singers singin singled sings singular singularity singularly sinister
    sinkhole sinking sinks sinn sinned sinners sino sinus sinuses sion sioux sip siphon sipping
    sips siren sirens sirius sis sisi sissy sisterhood sita sitcom sitcoms sited sitter sittin
    situ situational siu siva sixers sixes sixteenth sixties sizable sizeable sizing sizzle
    sizzling sj sk ska skate skateboard skateboarding skated skater skaters skates skating
    skeletal skeleton skeletons skelton skeptic skeptical skepticism skeptics sketchbook
    sketched sketches sketching sketchy skew skewed skid skier skiers skies skiing skilful
    skillet skillful skillfully skim skimmed skimming skimpy skincare skinned skins skipped
    skipper skipping skips skirmish skirmishes skirting skirts skis skit skits skittles skulls
    skunk skydiving skylight skyline skype skyrim skyrocket skyrocketed skyscraper skyscrapers
    skywalker sl sla slab slabs slack slacker slacking slacks slag slain slalom slammed slamming
    slams slander slang slant slanted slapped slapping slaps slapstick slash slashed slasher
    slashes slashing slate slated slaughter slaughtered slaughterhouse slaughtering slavic slavs
    slay slayer slaying slc sleazy sled sledge sledgehammer sleek sleeper sleepers sleepless
    sleepover sleeps sleepy sleet sleeved sleeveless sleeves sleigh sleight slender slew sliced
    slices slicing slick slid slider sliders slides slideshow sliding slightest slime slimmer
    slimming slimy sling slinging slingshot slipper slippers slippery slipping slips slit slits
    sliver slo slob slog slogan slogans sloop slope sloped slopes sloping sloppy sloth slots
    slotted slough slovak slovakia slovenia slovenian slowdown slowed slowest slowing slows slr
    sls sludge slug slugger sluggish slugs slum slumber slump slumped slums slung slur slurry
    slurs slush slut sluts slutty sly sm sma smack smackdown smacked smacking smacks smalling
    smallpox smalls smarter smartest smartly smartphones smarts smartwatch smashed smashes
    smashing sme smear smeared smearing smears smelled smelling smelly smelt smelter smelting
    smes smh smiled smiles smiley smirk smite smithfield smiths smithsonian smitten smog smoked
    smoker smokers smokes smokey smokin smoky smoldering smoothed smoother smoothie smoothies
    smoothing smoothly smoothness smother smothered sms smt smu smudge smug smuggle smuggled
    smuggler smugglers smuggling smurf smurfs smut smyrna sn snack snacking snacks snag snagged
    snail snails snakes snapchat snape snapped snapper snapping snappy snaps snapshot snapshots
    snare snarky snatch snatched snatching sneaked sneaker sneakers sneaking sneaks sneaky
    sneeze sneezes sneezing snell snes snickers sniff sniffed sniffing snip snipe sniper snipers
    sniping snippet snippets snitch snl snob snooker snoop snooping snoopy snooze snore snoring
    snort snorted snorting snot snout snowball snowboard snowboarding snowden snowed snowfall
    snowflake snowflakes snowing snowman snowmobile snows snowstorm snowy snp snr sns snub
    snubbed snuck snuff snug snuggle soa soak soaked soaking soaps soapy soar soared soaring
    soars sob sobbed sobbing sobering sobriety sobs soc socal sochi sociable socialism
    socialists socialite socialization socialize socialized socializing sociedad societal socio
    socioeconomic sociological sociologist sociologists sociology sociopath sock socket sockets
    socrates sod sodas sodium sodom sodomy soe sofa sofas softball soften softened softening
    softer softest softly softness soggy soho soiled soils sojourn solace solaris solder
    soldering soleil solemn solemnly soles solicit solicitation solicited soliciting solicitor
    solicitors solidarity solidified solidify solidly solids solitaire solitary solitude soloist
    soloists solos solstice solubility soluble solvent solvents solver solves soma somali
    somalia somatic somber sombre someones someplace somerset somerville somethin somethings
    somme sonar song songwriter songwriters songwriting sonnet sonnets sonoma sonora sooners
    sooo soooo sooooo soooooo soot soothe soothing sop sophistication sophomore sopranos sor
    sora sorcerer sorceress sorcery sordid sorely soreness sores sorghum sorority soros sorrow
    sorrows sorta sorted sorting sos sou soulful soulless soulmate soundcloud sounders sounding
    soundly soundtracks soups sour sourced sourcing sourdough soured sous southampton southbound
    southeastern southend southerly southerners southernmost southgate southland southport
    southside southward southwark southwestern souvenir souvenirs sovereigns sovereignty soviets
    sow sowing sown sox soy soybean soybeans soyuz spacecraft spaced spaceflight spacer
    spaceship spaceships spacetime spacex spacey spacing spacious spade spades spaghetti
    spalding spamming spandex spangled spaniard spaniards spaniel spank spanked spanking spanned
    spanning spans spar spared spares sparing sparingly sparked sparking sparkle sparkles
    sparkling sparkly sparky sparring sparrow sparrows sparse sparsely sparta spartacus spartan
    spartans spas spasm spasms spat spate spatial spatially spatula spawn spawned spawning spc
    spd spe spear spearhead spearheaded spec specialise specialised specialises specialising
    specialists speciality specialization specialize specializes specializing specials
    specialties specialty specification specificity specifics specifies specify specifying
    specimen specimens speck speckled specs spectacle spectacles spectacularly spectator
    spectators specter spector spectra spectral spectre spectrometer spectrometry spectroscopic
    spectroscopy speculate speculated speculating speculations speculative speculators sped
    speechless speedily speeding speedway speedy spelled spellings spells spelt spender sperm
    spew spewing spf sphere spheres spherical sphincter sphinx spi spiced spicer spices spicy
    spiderman spiders spidey spied spiegel spielberg spieth spiked spikes spiking spiky spill
    spilled spilling spills spilt spinach spinal spindle spineless spines spinner spinners
    spinoff spins spiral spiraling spirals spire spires spirited spirituality spiritually spit
    spiteful spitfire spits spitting spl splash splashed splashes splashing splatter spleen
    splendid splendor splendour splice splicing splinter splinters splits splitter splitting
    splurge spock spoil spoiled spoiler spoilers spoiling spoils spoilt spokane spokes spokesman
    spokesperson spokeswoman sponge spongebob sponges sponsoring sponsors sponsorship
    sponsorships spontaneity spontaneous spontaneously spoof spook spooked spooks spooky spool
    spoon spooner spoonful spoons sporadic sporadically spore spores sportsman sportsmanship
    sportsmen sportswear sporty spotify spotless spotlight spotter spotting spotty spousal
    spouses spout spouting spp sprague sprain sprained sprang sprawl sprawling sprayed spraying
    sprays spreads spreadsheet spreadsheets spree springboard springfield springing springsteen
    springtime sprinkle sprinkled sprinkler sprinklers sprinkles sprinkling sprinter sprinters
    sprinting sprints sprite sprites sprout sprouted sprouting sprouts spruce sprung sps spun
    spur spurious spurred spurt sputnik sputtering spying sq sql squadron squadrons squads
    squandered squared squarely squares squash squashed squat squats squatters squatting squeak
    squeaky squeal squeezed squeezes squeezing squid squint squires squirm squirrel squirrels
    squirt squirting squish squishy src srinagar srs srt ssa ssc ssd sse ssh ssi ssl ssn ssr sss
    sta stab stabbed stabbing stabilization stabilize stabilized stabilizer stabilizing stables
    stabs stacked stacking stacks stadiums staffed staffer staffers staffing staffordshire
    staffs stag stagecoach staged stagger staggered staggering staging stagnant stagnation stahl
    stain stained staining stainless stains stair staircase staircases stairway stairwell staked
    stakeholder stakeholders staking stale stalemate stalin stalingrad stalinist stalk stalked
    stalker stalking stalks stall stalled stalling stallion stallone stalls stalwart stamford
    stamina stamped stampede stamping stamps stances standalone standardised standardization
    standardized standby standings standoff standout standpoint standstill standup stanhope
    stank stanza staple staples starboard starbucks starch stardom stardust stare stared stares
    starfish starfleet stargate starks starlight starred starry starship starters startled
    startling startup startups starvation starve starved starving stash stashed stasi stasis
    statehood stateless stately staten stateside statesman statesmen statewide stationary
    stationed stationery statistic statistically statistician statisticians statues stature
    statuses statute statutes statutory staunch stave std stds ste stead steadfast steadily
    steakhouse steaks steals stealth stealthy steamboat steamed steamer steamers steaming
    steampunk steamship steamy stearns steelers steels steely steeped steeper steeply steered
    steers stellar stemmed stemming stems stench stencil stenosis stent stepdad stepdaughter
    stepfather steph stepmother steppe stepson stereo stereotype stereotyped stereotypes
    stereotypical stereotyping sterile sterilization sterilized sternum steroid steroids stew
    stewards stewardship stfu sti sticker stickers sticky stiff stiffer stiffness stifle stifled
    stifling stigma stiles stillness stills stillwater stilts stimulant stimulants stimulate
    stimulated stimulates stimulating stimulation stimuli stimulus sting stinger stinging
    stingray stings stingy stink stinking stinks stinky stint stints stipend stipulate
    stipulated stipulates stipulation stipulations stirling stirred stirring stirs stitch
    stitched stitches stitching stl stm sto stochastic stockbroker stocked stockholders
    stockholm stocking stockings stockpile stockport stockton stoddard stoic stoke stoked stoker
    stomachs stomp stomped stomping stoned stonehenge stoner stoning stony stooges stool stools
    stoop stoppage stopper stoppers storefront storeys storied storing stork stormed storming
    storybook storyline storylines storyteller storytellers storytelling stove stoves stow stowe
    stowed stp str strachan straddle straddling straighten straightened straightening
    straightforward strained straining strains strait straits stranded strands strangely
    strangest strangle strangled strangling strangulation strap strapped strapping straps
    strasbourg strat strata strategically strategist strategists strathclyde stratification
    stratified stratigraphic stratosphere strawberries strawberry straws stray strayed strays
    streaked streaks streamed streamer streamers streamline streamlined streamlining streep
    streetcar streisand strengthened strengthening strengthens strengths strenuous stresses
    stressful stressing stressors stretched stretcher stretches stretching stretchy strewn
    stricken stricter strictest stride strides strife strikeout strikeouts striker strikers
    strikingly stringent stringer stripe striped stripes stripped stripper strippers stripping
    strips strive strives striving strobe strode stroked strokes stroking stroll strolled
    stroller strolling stronghold strongholds strongman stroud structurally structured
    structuring strung strut struts stryker sts stu stub stubble stubborn stubbornly
    stubbornness stubs stucco stud studded studs stuffing stuffs stuffy stumble stumbled
    stumbles stumbling stump stumped stumps stun stung stunned stunner stunningly stuns stunt
    stunted stunts stupendous stupidest stupidity stupidly sturdy sturgeon sturridge stutter
    stuttering stuttgart stv styled styling stylish stylist stylistic stylists stylized stylus
    styrofoam su suave subaru subbed subbing subclass subcommittee subconscious subconsciously
    subcontinent subcontractors subculture subcutaneous subdivided subdivision subdivisions
    subduction subdue subdued subgroup subgroups subjected subjecting subjective subjectivity
    sublime subliminal submarine submarines submerged submersible submissions submissive submits
    submitting subordinate subordinated subordinates subpoena subpoenaed subpoenas subprime subs
    subscribed subscriber subscribing subscriptions subsection subservient subset subsets
    subside subsided subsidiaries subsidiary subsidies subsidised subsidize subsidized subsidy
    subsistence subspace subspecies substandard substantiate substantiated substantive
    substation substituted substitutes substituting substitution substitutions substrate
    substrates subsurface subsystem subsystems subterranean subtext subtitle subtitled subtitles
    subtleties subtlety subtly subtract subtracting subtraction subtropical subtype subtypes
    subunit subunits suburb suburban suburbia subversion subversive subvert subways succeeding
    succeeds successes successive successively successors succinct succinctly succulent succumb
    succumbed succumbing sucked sucker suckers sucking suckling sucrose suction sud sudan
    sudanese sudbury sued suede sues suez sufferer sufferers sufferings suffers suffice
    sufficiency sufficiently suffix suffocate suffocated suffocating suffocation suffolk
    suffrage sufi sugarcane sugars sugary suggestive suh sui suicidal suicides suing suisse
    suitability suitably suitcase suitcases suites suitor suitors suk sul sulfate sulfide sulfur
    sulfuric sully sulphur sultan sultry sulu sumatra summa summaries summarily summarised
    summarize summarized summarizes summarizing summation summed summertime summing summits
    summon summoned summoning summons sumo sumptuous sums sumter sun sunbathing sunburn sundae
    sundance sundays sunderland sundown sundry sunflower sunflowers sung sunglasses sunil sunk
    sunken sunlight sunni sunrise sunroof suns sunscreen sunsets suny sup superannuation
    superbly superbowl supercar supercars supercharged supercomputer superficial superficially
    superfluous supergirl superhero superheroes superhuman superimposed superiority superiors
    superlative supermarket supermarkets supermodel supernatural supernova superpower
    superpowers superseded supersonic superstar superstars superstition superstitions
    superstitious superstructure supervise supervised supervising supervisors supervisory supp
    supper supplanted supplemental supplementary supplementation supplemented supplementing
    supplements supplier suppliers supplying supposing suppress suppressed suppresses
    suppressing suppression suppressor supra supremacist supremacists supremacy supremely supt
    surabaya surat surcharge surety surf surfaced surfacing surfboard surfer surfers surfing
    surge surged surgeons surgeries surges surgically surging surly surmounted surname surnames
    surpass surpassed surpasses surpassing surplus surpluses surprises surreal surrealism
    surrealist surrendered surrendering surrenders surrey surrogate surrogates surround
    surroundings surrounds surveyed surveying surveyor surveyors survives sus susceptibility
    susceptible sushi suspecting suspend suspending suspends suspense suspenseful suspensions
    suspicions suspiciously susquehanna sussex sustainability sustaining sustains sustenance
    sutherland sutra suture sutures suv suvs suzuki sv sw swab swag swagger swahili swain
    swallow swallowed swallowing swallows swam swami swamp swamped swamps swampy swan swann
    swans swansea swapped swapping swaps swarm swarmed swarming swarms swarovski swartz swastika
    swat swatch swatches swath sway swayed swaying swaziland swearing swears sweater sweaters
    sweating sweatpants sweats sweatshirt sweatshirts sweaty swede swedes sweeper sweeping
    sweeps sweepstakes sweeten sweetened sweetener sweeteners sweeter sweetest sweetheart
    sweethearts sweetie sweetly sweetness sweets swell swelled swelling swells swerve swiftly
    swimmer swimmers swims swimsuit swimwear swindon swine swinger swingers swinging swings
    swipe swiped swiping swirl swirling swish switchboard switches swivel swollen swoon swoop
    swordsman swore sworn swung sxsw sy sycamore syd syllable syllables syllabus symbiotic
    symbolic symbolically symbolism symbolize symbolized symbolizes symmetric symmetrical
    symmetry sympathetic sympathies sympathize sympathizers symphonic symphonies symphony
    symposium symptom symptomatic syn synagogue synagogues synapse synapses synaptic sync synced
    synchronization synchronized synchronous syncing syndicate syndicated syndication syndromes
    synergies synergy synod synonym synonymous synonyms synopsis syntactic syntax synth
    synthesis synthesize synthesized synthesizer synths syphilis syracuse syrians syringe
    syringes syrup systematic systematically systemic são tabby tabernacle tableau tabled
    tablespoon tablespoons tabletop tablets tabloid tabloids taboo taboos tabor tabs tac tacit
    tacked tackled tackles tackling tacky taco tacoma tacos tact tactic tactically tactile tae
    taekwondo tagalog tagged tagging tagline tags tahiti tahoe tailed tailgate tailgating
    tailored tailoring tailors tails taint tainted taipei taiwanese tajikistan taka takahashi
    takashi takeaway takeaways takedown takeoff takeout takeover taker takers takin taliban
    talisman talkative talker talkie talkin tallahassee taller tallest tallied tallies tallinn
    tally talmud talons tam tame tamed tamil tamils taming tampa tamper tampered tampering
    tampon tampons tanaka tandem tang tangent tangerine tangible tangle tangled tango tanked
    tanker tankers tanned tanning tantamount tantrum tantrums tanzania tao tapas taped taper
    tapered tapering tapes tapestries tapestry taping tapped tapping taps tar tardis tariff
    tariffs tarmac tarnish tarnished taro tarot tarp tarrant tart tartan tartar tarts tarzan tas
    taser tasked tasking tasman tasmania tasmanian tasted tasteful tasteless tasting tasty tat
    tatars tattered tattooed tattooing tattoos tau taunt taunting taunton taunts taut tavern
    taxa taxable taxation taxed taxing taxis taxonomic taxonomy taxpayer taxpayers tay tb tbd
    tbf tbi tbilisi tbs tbsp tc tca tchaikovsky tcm tcp tcu td tds teachings teague teak teal
    teamed teaming teammate teamsters teamwork teapot tearful tearing teary teas tease teased
    teaser teases teasing teaspoon teaspoons tebow tec technicality technician technicians
    techno technologically technologist technologists techs tectonic tedious tee teeming teeny
    tees teething teflon teh tehran tek tekken tel telangana tele telecast telecom
    telecommunication telecommunications telecoms telegram telemetry telepathic telepathy
    telephoned telephones telephony teleport teleportation telescope telescopes telescopic
    televised televisions telford teller tellers tellin telltale telstra telugu tem temp tempe
    temper temperament temperamental temperance temperate tempered tempers tempest templar
    templars template templates temples templeton tempo temporal temps tempt temptation
    temptations tempted tempting tenacious tenacity tenancy tenant tenants tencent tended
    tendencies tendered tenderly tenderness tenders tending tendon tendons tenement tenerife
    tenet tenets tenfold tenn tennant tennyson tenor tens tensile tensions tensor tentacles
    tentative tentatively tenth tenths tents tenuous tenured tequila termed terminally terminals
    terminate terminated terminates terminating termination terminator terminology terminus
    termite termites terrace terraced terraces terracotta terre terrestrial terribly terrier
    terriers terrific terrify territorial terrorize terrorized terrorizing terrors tertiary tes
    tesco tesla tester testers testicle testicles testicular testified testifies testify
    testifying testimonial testimonials testimonies testosterone tet tetanus tether tethered
    tetris teutonic texan texans textbook textbooks texted textile textiles texting textual
    textured textures tf tfl tfw tg tha thames thane thang thanked thankfully thanking thankyou
    thanos thatched thaw thayer thc theaters theatres theatrical thebes thefts thematic thence
    theologian theologians theological theology theorem theorems theoretically theorist
    theorists theorized ther therapeutic therapeutics therapies therapists therefor therein
    thereof thereon thereto thermo thermodynamic thermodynamics thermometer thermostat thesaurus
    theses theyre thicke thickened thickening thickens thicker thickness thief thier thieves
    thigh thighs thine thingy thinker thinkers thinkin thinly thinner thinning thirdly thirds
    thirst thirsty thirteen thirteenth thirties thistle thon thong thongs thoracic thorax
    thoreau thorium thorn thorne thorns thorny thoroughbred thoroughfare thoughtful thoughtfully
    thoughtless thr thrall thrash thrashed thrashing threaded threading threads threatens threes
    threesome thresholds thrice thrift thrifty thrill thriller thrillers thrilling thrills
    thrive thrived thrives thriving throats throbbing throes thrombosis thrones throng throttle
    throughput throwaway throwback thrower thru thrush thrust thrusters thrusting thrusts thu
    thud thug thugs thumbnail thumbs thump thumping thunderbird thunderbirds thunderbolt
    thundering thunderous thunderstorm thunderstorms thurs thursdays thwart thwarted thx thyme
    thyroid thyself ti tian tiananmen tianjin tiberius tibet tibetan tibetans tibia tic tick
    ticked ticker ticketing ticking tickle tickled tickles tickling ticks tidal tides tidings
    tidy tiebreaker tien tiered tiers tiff tig tighten tightened tightening tighter tightly
    tightness tights tigris tijuana tiki tile tiled tiles tiling tiller tilt tilted tilting
    tilts timberlake timbers timberwolves timed timeframe timeless timelines timely timeout
    timer timers timetable timetables timid timings timor tinder ting tinge tinged tingle
    tingling tiniest tinker tinkering tinnitus tint tinted tion tipped tipping tipsy tipton
    tirade tiredness tireless tirelessly tiresome tiring tis tissues tit titan titanic titanium
    titans tithe tits titties titty titular tj tk tlc tls tm tms tmz tn tna tnf tnt toad toads
    toasted toaster tobago tock todays toddler toddlers todo toed toenails toffee tofu
    togetherness toggle togo toi toil toilets tok token tokens tolerable tolerances tolerant
    tolerate tolerated tolerating tolkien tolls tolstoy tomahawk tomato tomatoes tomb tomboy
    tombs tombstone tome tomlin tomography tompkins tonal toned tones tong tonga tongs tongues
    tonic toning tonnage tonne tonnes tonsils toolbox tooling toolkit toot toothache toothbrush
    toothed toothless toothpaste toothpick toowoomba topaz topeka topical topless topographic
    topographical topography topological topology topped topper topping toppings topple toppled
    topshop topsy torah torch torched torches tories torino torment tormented tornado tornadoes
    torpedo torpedoes torquay torque torrential torsion torso tort tortilla tortillas tortoise
    tortoises tortured tortures torturing tos tosh toshiba toss tossed tosses tossing tot
    totaled totaling totalitarian totalitarianism totality totalled totalling totals tote totem
    totes toto tots tottenham tou touchdowns touchscreen touchstone touchy tougher toughest
    toughness toulon toulouse toure toured touring tournaments tourney tout touted touting tow
    towed towels towering towing townhouse townships townspeople townsville toxicity toxicology
    toxin toxins toying tp tpp tps tr tra traceable traced tracer traces tracing tracker
    trackers tract traction tractor tractors tracts trad trademark trademarks trader tradesmen
    traditionalist trafalgar trafficked traffickers trafficking trafford tragedies tragically
    trailed trailers trailing trails trainee trainees trainers trait traitor traitors
    trajectories trajectory tram tramp trample trampled trampoline trams tramway trance tranny
    tranquil tranquility tranquillity transactional transatlantic transcend transcendence
    transcendent transcendental transcends transcontinental transcribed transcript transcription
    transcriptional transcripts transducer transferable transferring transformational
    transformations transformative transformer transformers transforming transforms transfusion
    transfusions transgender transgenic transgression transgressions transient transistor
    transistors transitional transitioned transitioning transitions transitive translates
    translating translational translations translator translators translucent transmissions
    transmit transmits transmitted transmitter transmitters transmitting transnational
    transparency transpired transplant transplantation transplanted transplants transponder
    transported transporter transporters transporting transports transsexual transvaal
    transverse transylvania trapper trapping trappings traps trashed trashing trashy traumas
    traumatic traumatized traveler travelers traveller travellers traverse traversed traversing
    travesty travolta tray trays treacherous treachery tread treading treadmill treads treason
    treasured treasures treatable treaties treatise treatises treble treehouse trekking tremble
    trembling tremendously tremor tremors trench trenches trending trendy tres trespass
    trespassing triad triage triangles triangular triassic triathlon tribeca tribesmen
    tribulations tribunal tribunals tribune tributaries tributary tributes tricked trickery
    trickier tricking trickle trickling trickster tricycle trident trier trieste trifecta trifle
    triggering triggers trigonometry trillion trillions trilogy trim trimble trimester trimmed
    trimmer trimming trimmings trims trinkets tripadvisor tripartite tripled triples triplets
    tripod tripoli tripped tripping trippy tris trite triton triumphant triumphed triumphs
    trivia trivial trixie trois trojan trojans troll trolled trolley trolling trolls trombone
    troop trooper troopers trope tropes trophies tropic tropics trot trotsky trott trotter
    trotting troubled troubleshooting troublesome troubling trough troupe trouser trousers trout
    trove trp trs tru truce trucker truckers trucking trudeau truer truest truffle truffles
    trumped trumpet trumpets trumps truncated trunks truro truss trustee trustees trusting
    trusts trustworthy trusty truthful truthfully truths tryin tryna tryout tryouts ts tsa tsai
    tsar tse tsk tsp tsunami tt ttc tu tub tuba tuberculosis tubing tubs tubular tuck tucked
    tucking tucson tue tues tuesdays tuff tufts tug tugging tugs tulane tulip tulips tulsa tum
    tumble tumbled tumbler tumbling tumblr tummy tumors tumour tumours tumultuous tun tuna
    tundra tuned tuner tunes tung tungsten tunic tuning tunis tunisia tunisian tunneling tunnels
    tupac tupperware turban turbine turbines turbo turbocharged turbulence turbulent turd turf
    turin turing turkeys turkmenistan turks turmeric turmoil turnaround turnip turnout turnover
    turnovers turnpike turntable turquoise turret turrets turtle turtles tuscaloosa tuscan
    tuscany tusk tusks tut tutelage tutor tutorial tutorials tutoring tutors tuttle tux tuxedo
    tvs tw twa twain twas twat tweak tweaked tweaking tweaks tweed tween tweeting tweezers
    twelfth twenties twentieth twerking twickenham twig twigs twilight twine twink twinkle
    twinkling twirling twister twisting twists twitch twitching twofold twos txt tycoon tying
    tylenol tyne typed typeface typewriter typhoid typhoon typhus typing typo typographical
    typography typos tyrannical tyranny tyrant tyrants tyre tyres tyrion tyrosine tzu ua uae uav
    ub ubc ubi ubiquitous ubisoft ubs ubuntu uc ucc ucf uci ucl ucla uconn ud udp ue uefa uf ufc
    ufo ufos ug uga uganda ugandan ugg uglier ugliest ugliness uhf uhh uhhh uhm ui ukip
    ukrainians ukulele ul ulcer ulcers ulster ult ulterior ultima ultimatum ultrasonic
    ultrasound ultraviolet ultron umass umbilical umbrella umbrellas umm ummm ump umpire umpires
    unacceptable unaccompanied unaccounted unaffected unaffiliated unaltered unambiguous
    unanimous unanimously unannounced unanswered unapologetic unarmed unassuming unattainable
    unattended unattractive unauthorised unauthorized unavailable unavoidable unaware unbalanced
    unbearable unbeatable unbeaten unbeknownst unbelievably unbiased unborn unbound unbreakable
    unbridled unbroken unc uncalled uncanny uncensored uncertainties unchained unchallenged
    unchanged uncharted unchecked unclaimed unclassified unclean uncles uncomfortably uncommon
    uncomplicated uncompromising unconditional unconditionally unconfirmed unconnected
    unconscionable unconsciously unconstitutional uncontested uncontrollable uncontrollably
    uncontrolled unconventional uncool uncover uncovered uncovering uncovers uncut undamaged
    undated undead undecided undefeated undefined undemocratic undeniable undeniably underage
    undercover undercut underdeveloped underdog underdogs underestimate underestimated
    underestimating undergo undergoes undergoing undergone undergrad undergraduate
    undergraduates underline underlined underlines undermine undermined undermines undermining
    underpaid underpants underpinning underprivileged underrated underrepresented underscore
    underscored underscores undersea undersecretary underserved underside understandable
    understandably understandings understated understatement understudy undertake undertaken
    undertaker undertakes undertaking undertakings undertones undertook undervalued underwater
    underway underweight underwent underwhelming underworld underwriters underwriting
    undesirable undetectable undetected undetermined undeveloped undiagnosed undies undisclosed
    undiscovered undisputed undisturbed undivided undo undocumented undoing undone undoubtedly
    undress undressed undue undulating unduly undying une unearthed unease uneasy unedited
    uneducated unelected unemployed unending unequal unequivocal unequivocally unesco unethical
    uneven uneventful unexpectedly unexplained unexplored unfairly unfairness unfaithful
    unfamiliar unfathomable unfavorable unfavourable unfettered unfiltered unfinished unfit
    unflattering unfold unfolded unfolding unfolds unforeseen unforgettable unforgivable
    unforgiving unfounded unfriendly unfulfilled ungodly ungrateful unguarded unhappiness
    unharmed unhcr unhealthy unheard unhelpful unhinged unholy unicef unicode unicorn unicorns
    unidentified unification unified uniformed uniformity uniformly uniforms unify unifying
    unilateral unilaterally unilever unimaginable unimportant unimpressed unincorporated
    uninformed uninhabited uninstall uninsured unintelligible unintended unintentional
    unintentionally uninterested uninteresting uninterrupted uninvited unionist unionists
    unionized uniquely uniqueness unis unisex unison unitarian unitary unite unites uniting univ
    universally universes univision unix unjust unjustified unjustly unkind unknowingly unknowns
    unlawful unlawfully unleash unleashed unleashes unleashing unlicensed unload unloaded
    unloading unlock unlocked unlocking unlocks unloved unlucky unmanned unmarked unmarried
    unmasked unmatched unmistakable unnatural unnecessarily unnerving unnoticed unoccupied
    unofficial unofficially unopened unopposed unorganized unorthodox unpack unpacked unpacking
    unpaid unparalleled unplanned unpleasant unplug unplugged unpopular unprecedented
    unpredictable unprepared unproductive unprofessional unprofitable unprotected unproven
    unprovoked unpublished unpunished unqualified unquestionably unravel unraveling unreal
    unrealistic unreasonable unreasonably unrecognizable unrecognized unregistered unregulated
    unrelated unreleased unrelenting unreliable unremarkable unreported unrequited unresolved
    unresponsive unrest unrestricted unrivalled unruly uns unsafe unsatisfactory unsatisfied
    unscathed unscheduled unscientific unscrupulous unsecured unseen unsettled unsettling
    unsightly unsigned unskilled unsold unsolicited unsolved unspeakable unspecified unspoken
    unstable unstoppable unstructured unsubscribe unsubstantiated unsuccessful unsuccessfully
    unsuitable unsung unsupervised unsupported unsure unsurprisingly unsuspecting unsustainable
    untamed untapped untenable untested unthinkable untill untimely untitled untold untouchable
    untouched untrained untreated untrue untrustworthy unusable unused unusually unveil unveiled
    unveiling unveils unwanted unwarranted unwavering unwelcome unwell unwieldy unwilling
    unwillingness unwin unwind unwise unwittingly unworthy unwritten uo upa upbeat upbringing
    updating upfront upgrades upgrading upheaval upheld uphill uphold upholding upholds
    upholstery upi upkeep upland uplands uplift uplifting uploaded uploading uploads upped
    upping uppsala upright uprising uprisings uproar uprooted upscale upsets upsetting upstairs
    upstanding upstart upstate upstream uptake uptick uptight uptime upto uptown upward upwards
    ur uranium uranus urbana urbanization urchin urdu ure urea urethra urgency urgently urges
    urgh urging uri urinal urinary urinate urinating urine url urls urn urology uruguay
    uruguayan usability usable usaf usaid usain usc usda usefulness username usernames usf usgs
    usher ushered usmc usn uso usp usps uss ussr ust usurped ut utc utd utensils uterine uterus
    utica utilisation utilise utilised utilising utilitarian utilities utilization utilize
    utilized utilizes utilizing utmost utopia utopian utrecht uttar utter uttered uv uva uw ux
    uzbek uzbekistan uzi vac vacancies vacancy vacant vacate vacated vacationing vacations
    vaccinated vaccination vaccinations vaccines vader vagabond vagina vaginal vaginas vagrant
    vague vaguely vail vale valence valentines valet valhalla valiant validate validated
    validating validation validity valium valkyrie valleys valor valour valuables valuation
    valuations valuing vamos vamp vampires vandal vandalism vandalized vandals vanderbilt vane
    vanguard vanilla vanish vanished vanishes vanishing vanity vanquished vans vantage vanuatu
    vape vaping vapor vapors vapour var varanasi variability variance variant variants variously
    varna varnish varsity vas vascular vase vaseline vases vassal vassals vastly vat vatican
    vaudeville vault vaulted vaults vauxhall vb vc vcr veal vectors vedas vedic vee veg vegans
    vegeta vegetarian vegetarians vegetation vegetative veggie veggies vehemently vehicular veil
    veiled veils vein veins velcro velocities velocity vendetta vending vendor vendors veneer
    venerable veneration venetian venezuelan vengeance vengeful venison venn venom venomous
    venous vent vented ventilated ventilation ventilator venting ventral ventricular vents
    ventura ventured ventures venturing venues veracity veracruz veranda verb verbal verbally
    verbatim verbs verdicts verge verifiable verification verify verifying verily veritable
    veritas verity verizon verlag vermilion vermin vermont vernacular versailles versatile
    versatility versed verses vert vertebra vertebrae vertebral vertebrate vertebrates vertex
    vertically vertices vertigo verve vesicles vest vested vestiges vests vet veterinarian
    veterinarians veterinary veto vetoed vets vetted vettel vetting vex vexed vf vfl vfx vg vga
    vhf vhs viability viacom viaduct viagra vials vibes vibrant vibrate vibrates vibrating
    vibration vibrations vibrator vicar viceroy vices vicinity vicious viciously vickers
    vicksburg victimization victimized victorians victories victorious victors videogame
    videogames videotape vids vidya vie viennese viet vietnamese viewer viewership viewpoint
    viewpoints vigilance vigilant vigilante vigilantes vignettes vigor vigorous vigorously
    vigour vii viii vijay vikings vikram vile villager villagers villain villainous villains
    villanova villas villiers vilnius vimeo vin vinci vindicated vindication vindictive vine
    vinegar vines vineyard vineyards vinny violate violated violates violating violators
    violently violets violin violinist violins vip viper vipers vips vir virginity virgins virgo
    virtualization virtues virtuoso virtuous virulent viruses vis visage visas visceral
    viscosity viscount viscous vise vishnu visibility visibly visionary visions visitation visor
    vista vistas visualization visualize visualized visualizing visually visuals vitae vitality
    vitally vitamins vitriol vitro viv vive vivid vividly vivo vixen viz vj vk vlog vm vmware vn
    vo voc vocabulary vocalist vocalists vocally vocals vocation vocational vod vodafone vodka
    vogue voiced voiceless voicemail voiceover voicing voids voila voip volatile volatility
    volcanic volcano volcanoes voldemort volga volgograd volition volkswagen volley volleyball
    vols volt voltages voltaire volts voluminous voluntarily volunteered volunteering volvo
    vomit vomited vomiting voodoo vor voracious vortex voss vouch voucher vouchers vous vow
    vowed vowel vowels vows vox voyage voyager voyages vp vpn vps vr vt vu vue vuitton vulcan
    vulgar vulnerabilities vulnerability vulture vultures vv vw vying wabash wack wacky waco wad
    wada wading wadsworth wafer wafers waffle waffles wag waged wager wagging waging wagon
    wagons wah wai wail wailing wainwright waite waiter waiters waitin waitress waitresses waits
    waive waived waiver waivers waka wakefield wakes walcott walden waldorf walgreens walkers
    walkie walkin walkout walkthrough walkway walkways walled wallets wallow wallpaper
    wallpapers walnut walnuts walpole walrus walsall waltham waltz wand wander wandered wanderer
    wanderers wandering wanders wands wane waned waning wank wanker wannabe wanton warbler
    warburton warcraft warden wardens wardrobe wards warehouses warehousing wares warhead
    warheads warhol warlock warlord warlords warmed warmest warmly warms warmth warne warnings
    warns warp warped warping warranted warranties warrants warranty warring warrington warsaw
    warship warships wart wartime warts warwickshire wary wasabi washburn washer washers washes
    washroom wasn wasnt wasp wasps wasserman wasteful wasteland wastes wastewater wat watanabe
    watchdog watcher watchers watchful watchman watchmen watchtower watercolor watercolour
    watered waterfall waterfalls waterford waterfowl waterfront watergate waterhouse watering
    waterloo waterman watermark watermelon waterproof watershed watertight watertown waterway
    waterways waterworks watery watford waved waveform wavelength wavelengths waver wavering
    waverley waving wavy wax waxed waxing wayside wayward wb wba wbc wc wcw wd weaken weakened
    weakening weakens weaker weakest weakly weaknesses wealthier wealthiest weaning weaponry
    wearable wearables wearer weary weasel weathered weathering weathers weave weavers weaves
    weaving webber webbing webcam webcams webcast webinar webpage webs wechat wed wedded
    weddings wedge wedged wedges wedlock wednesdays wee weeding weeds weekday weekdays weep
    weeping weeps wehrmacht weibo weighed weighing weighs weighted weighting weightlifting
    weights weighty weil weimar weinberg weiner weinstein weirder weirdest weirdly weirdness
    weirdo weirdos welbeck welcomes welcoming weld welded welder welding wellbeing wellcome
    welles wellesley wellness welp welt welterweight wembley wen wentworth wentz wept wer werent
    werewolf werewolves wesleyan wesson westbound westbrook westchester westerly westerners
    westerns westeros westfield westgate westinghouse westlake westmoreland westport westside
    westward westwood wether wetland wetlands wetter wettest wetting weve weymouth wg wh wha
    whack whacked whales whaling wham whammy wharf wharton whatcha whatnot whats whatsapp
    wheatley wheaton whedon wheelchair wheelchairs wheeled wheeling wheezing whence whereabouts
    whereby wherefore wherein whereupon whew whey whichever whiff whig whigs whim whims
    whimsical whine whines whining whiny whiplash whipped whipping whips whirl whirlpool
    whirlwind whisk whiskers whiskey whisky whisper whispered whisperer whispering whispers
    whistle whistleblower whistleblowers whistler whistles whistling whitby whiteboard
    whitechapel whitehall whiteness whitening whiter whiteside whitewash whitewashed whitewater
    whitey whitfield whiting whitish whitman whitmore whittier whittle whiz whoa wholeheartedly
    wholesaler wholesalers wholesome wholly whomever whoo whoop whooping whoops whoosh whopping
    whore whores whos whosoever wich wichita wick wickedness wicker wicket wickets wickham wicks
    widen widened widening widens widescreen widest widget widgets widowed widower widows widths
    wie wield wielded wielding wields wien wig wigan wiggle wight wigs wii wiki wikileaks
    wikipedia wil wildcard wildcat wildcats wildest wildfire wildfires wildflowers wildly wilds
    wilful wilkes willamette willed willful willfully williamsburg willingly willingness
    willoughby willows willpower wilmington wilshere wilshire wilt wiltshire wily wimbledon
    wimpy winch winchester winded windfall winding windmill windmills windscreen windshield
    windsor windward wineries winery wines winfrey winged winger wingers wingman wingspan wink
    winked winking winks winn winnings winnipeg winslow winterfell wip wiped wiper wipers wipes
    wiping wired wires wiring wis wisely wiseman wiser wisest wishful wishlist witchcraft
    witcher witches withdrawals withdrawing withdrawn withdraws withdrew wither withered
    withering withers witherspoon withheld withhold withholding withstand withstood witnessing
    wits witt witted wittgenstein witty wiz wizards wk wl wmd wnba wo woah wobble wobbly woe
    woefully woes wok woken wol wolfsburg wollongong wolverhampton wolverine wolverines womack
    womanhood womb womens wonderfully wonderland wondrous wonka wonky woo woodbridge woodbury
    woodcock wooded woodford woodhouse woodland woodlands woodley woodman woodpecker woodruff
    woodside woodstock woodville woodwork woodworking woof woohoo wooing wook wool woolf woolly
    woolwich wop wor worcester worcestershire worded wording wordplay wordpress wordsworth
    workable workbook workday workflow workhouse workin workings workload workloads workman
    workmanship workmen workouts workplaces worksheet workshops workspace workstation
    workstations worldly worldview worm wormhole worms worrisome worsen worsened worsening
    worshiped worshiping worshipped worshippers worshipping worships wort worthing worthington
    worthless worthwhile wot woulda wouldn wouldnt wounding woven wp wr wracking wraith wrangler
    wrapper wrappers wrapping wraps wrath wray wrc wreak wreath wreaths wreckage wrecked
    wrecking wrecks wrench wrenching wrestle wrestled wrestlemania wrestler wrestlers wretch
    wretched wrexham wrigley wring wrinkle wrinkled wrinkles wristband wrists writ writhing
    wrongdoing wronged wrongful wrongfully wrongly wrongs wrought wry ws wsj wt wta wtc wth wto
    wuhan wut wv ww wwf wwi wwii www wy wye wyndham wynn wyoming xanax xc xd xenon xenophobia
    xenophobic xenophon xerox xfinity xia xian xiang xiao xiaomi xie xii xiii xin xinhua
    xinjiang xiv xix xl xm xmas xml xo xp xperia xr xs xt xtreme xu xv xvi xvii xviii xx xxi
    xxiii xxl xxx xxxx xy xyz yacht yachts yah yahoo yahweh yak yakima yakuza yale yall yam
    yamaha yamamoto yamato yams yangon yank yanked yankee yanks yao yap yardage yarmouth yarn
    yarns yarra yawn yawning yay yaya yd yds yearbook yearly yearn yearning yeast yeats yeh yell
    yelled yellowish yellows yellowstone yells yelp yeltsin yemen yemeni yen yeo yeon yer yeti
    yew yg yi yiddish yielded yielding yields yikes yin ying yip ymca yoda yoghurt yogurt yoke
    yoko yokohama yolk yolks yolo yom yon yonder yong yonkers yoo yoon yorke yorker yorkers
    yorktown yoruba yosemite yoshi yoshida youd youll youngster youngsters youngstown youre
    yourselves yous youthful youths youtuber youtubers youve yoy ypg ypres yr yrs ys yt yuan
    yuck yue yugoslav yugoslavia yui yuki yukon yum yuma yummy yun yung yunnan za zag zagreb
    zambia zambian zanzibar zap zayn ze zeal zealanders zealous zebra zebras zee zeitgeist
    zeitung zen zenith zephyr zeppelin zeros zest zeus zhao zhejiang zheng zhou zhu zi zia zig
    zigzag zika zimbabwe zimbabwean zinc zine zing zionism zionist zionists zip zipped zipper
    zips zlatan zo zodiac zombies zoned zoning zoological zoology zoom zoomed zooming zoos zorro
    zucchini zuckerberg zulu zum zuma zumba zur zurich zz özil über μm на
    """.split()
)
WORDLIKE_NAMES: frozenset[str] = frozenset(
    """
    add ah al america among an angeles april art arts asia august author baby back ball ban
    banks beat beer bell best bill bird black block bond boss boston brain branch brand bridge
    bright brown camp can cap captain car carolina carry case cases cash chance china christ
    church clear close comment company constant cook council cross da date day de deep dick die
    doctor each early ed el else en english era ever fair faith fall fed fee field fields floor
    florida flowers foot ford forest forget fox france french fresh friend gay general german
    glass golden good governor grace grand green guard gun guy hall hand heaven held hell hill
    hollywood hope house hurt ii india ireland israel jail january jesus job joke journey joy
    judge june justice key kick kind king kiss la lady lane law lawyer le less lie lies line
    link list little loan london long lord lot love low lucky mad made major male man marine
    mark master mate may mayor media mile miles minor moon more mountain muslim must my north
    orange page pages parent paris park parts peace per pink pop post power powers press price
    prince princess put queen read real reason red rice rich ring river rock roll room rose
    royal sad said sales san seven short silver sing singer sister sky small smart snow solar
    son soon spain spring st star stock stone storm story street strong summer sunday sydney
    tank tea texas the till tiny too true unique unknown urban us van victory virginia wall
    walls washington water way weeks were west white wild will wing winter wise wood worth york
    young
    """.split()
)
