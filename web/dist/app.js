(()=>{var di=`abacus
abdomen
abdominal
abide
abiding
ability
ablaze
able
abnormal
abrasion
abrasive
abreast
abridge
abroad
abruptly
absence
absentee
absently
absinthe
absolute
absolve
abstain
abstract
absurd
accent
acclaim
acclimate
accompany
account
accuracy
accurate
accustom
acetone
achiness
aching
acid
acorn
acquaint
acquire
acre
acrobat
acronym
acting
action
activate
activator
active
activism
activist
activity
actress
acts
acutely
acuteness
aeration
aerobics
aerosol
aerospace
afar
affair
affected
affecting
affection
affidavit
affiliate
affirm
affix
afflicted
affluent
afford
affront
aflame
afloat
aflutter
afoot
afraid
afterglow
afterlife
aftermath
aftermost
afternoon
aged
ageless
agency
agenda
agent
aggregate
aghast
agile
agility
aging
agnostic
agonize
agonizing
agony
agreeable
agreeably
agreed
agreeing
agreement
aground
ahead
ahoy
aide
aids
aim
ajar
alabaster
alarm
albatross
album
alfalfa
algebra
algorithm
alias
alibi
alienable
alienate
aliens
alike
alive
alkaline
alkalize
almanac
almighty
almost
aloe
aloft
aloha
alone
alongside
aloof
alphabet
alright
although
altitude
alto
aluminum
alumni
always
amaretto
amaze
amazingly
amber
ambiance
ambiguity
ambiguous
ambition
ambitious
ambulance
ambush
amendable
amendment
amends
amenity
amiable
amicably
amid
amigo
amino
amiss
ammonia
ammonium
amnesty
amniotic
among
amount
amperage
ample
amplifier
amplify
amply
amuck
amulet
amusable
amused
amusement
amuser
amusing
anaconda
anaerobic
anagram
anatomist
anatomy
anchor
anchovy
ancient
android
anemia
anemic
aneurism
anew
angelfish
angelic
anger
angled
angler
angles
angling
angrily
angriness
anguished
angular
animal
animate
animating
animation
animator
anime
animosity
ankle
annex
annotate
announcer
annoying
annually
annuity
anointer
another
answering
antacid
antarctic
anteater
antelope
antennae
anthem
anthill
anthology
antibody
antics
antidote
antihero
antiquely
antiques
antiquity
antirust
antitoxic
antitrust
antiviral
antivirus
antler
antonym
antsy
anvil
anybody
anyhow
anymore
anyone
anyplace
anything
anytime
anyway
anywhere
aorta
apache
apostle
appealing
appear
appease
appeasing
appendage
appendix
appetite
appetizer
applaud
applause
apple
appliance
applicant
applied
apply
appointee
appraisal
appraiser
apprehend
approach
approval
approve
apricot
april
apron
aptitude
aptly
aqua
aqueduct
arbitrary
arbitrate
ardently
area
arena
arguable
arguably
argue
arise
armadillo
armband
armchair
armed
armful
armhole
arming
armless
armoire
armored
armory
armrest
army
aroma
arose
around
arousal
arrange
array
arrest
arrival
arrive
arrogance
arrogant
arson
art
ascend
ascension
ascent
ascertain
ashamed
ashen
ashes
ashy
aside
askew
asleep
asparagus
aspect
aspirate
aspire
aspirin
astonish
astound
astride
astrology
astronaut
astronomy
astute
atlantic
atlas
atom
atonable
atop
atrium
atrocious
atrophy
attach
attain
attempt
attendant
attendee
attention
attentive
attest
attic
attire
attitude
attractor
attribute
atypical
auction
audacious
audacity
audible
audibly
audience
audio
audition
augmented
august
authentic
author
autism
autistic
autograph
automaker
automated
automatic
autopilot
available
avalanche
avatar
avenge
avenging
avenue
average
aversion
avert
aviation
aviator
avid
avoid
await
awaken
award
aware
awhile
awkward
awning
awoke
awry
axis
babble
babbling
babied
baboon
backache
backboard
backboned
backdrop
backed
backer
backfield
backfire
backhand
backing
backlands
backlash
backless
backlight
backlit
backlog
backpack
backpedal
backrest
backroom
backshift
backside
backslid
backspace
backspin
backstab
backstage
backtalk
backtrack
backup
backward
backwash
backwater
backyard
bacon
bacteria
bacterium
badass
badge
badland
badly
badness
baffle
baffling
bagel
bagful
baggage
bagged
baggie
bagginess
bagging
baggy
bagpipe
baguette
baked
bakery
bakeshop
baking
balance
balancing
balcony
balmy
balsamic
bamboo
banana
banish
banister
banjo
bankable
bankbook
banked
banker
banking
banknote
bankroll
banner
bannister
banshee
banter
barbecue
barbed
barbell
barber
barcode
barge
bargraph
barista
baritone
barley
barmaid
barman
barn
barometer
barrack
barracuda
barrel
barrette
barricade
barrier
barstool
bartender
barterer
bash
basically
basics
basil
basin
basis
basket
batboy
batch
bath
baton
bats
battalion
battered
battering
battery
batting
battle
bauble
bazooka
blabber
bladder
blade
blah
blame
blaming
blanching
blandness
blank
blaspheme
blasphemy
blast
blatancy
blatantly
blazer
blazing
bleach
bleak
bleep
blemish
blend
bless
blighted
blimp
bling
blinked
blinker
blinking
blinks
blip
blissful
blitz
blizzard
bloated
bloating
blob
blog
bloomers
blooming
blooper
blot
blouse
blubber
bluff
bluish
blunderer
blunt
blurb
blurred
blurry
blurt
blush
blustery
boaster
boastful
boasting
boat
bobbed
bobbing
bobble
bobcat
bobsled
bobtail
bodacious
body
bogged
boggle
bogus
boil
bok
bolster
bolt
bonanza
bonded
bonding
bondless
boned
bonehead
boneless
bonelike
boney
bonfire
bonnet
bonsai
bonus
bony
boogeyman
boogieman
book
boondocks
booted
booth
bootie
booting
bootlace
bootleg
boots
boozy
borax
boring
borough
borrower
borrowing
boss
botanical
botanist
botany
botch
both
bottle
bottling
bottom
bounce
bouncing
bouncy
bounding
boundless
bountiful
bovine
boxcar
boxer
boxing
boxlike
boxy
breach
breath
breeches
breeching
breeder
breeding
breeze
breezy
brethren
brewery
brewing
briar
bribe
brick
bride
bridged
brigade
bright
brilliant
brim
bring
brink
brisket
briskly
briskness
bristle
brittle
broadband
broadcast
broaden
broadly
broadness
broadside
broadways
broiler
broiling
broken
broker
bronchial
bronco
bronze
bronzing
brook
broom
brought
browbeat
brownnose
browse
browsing
bruising
brunch
brunette
brunt
brush
brussels
brute
brutishly
bubble
bubbling
bubbly
buccaneer
bucked
bucket
buckle
buckshot
buckskin
bucktooth
buckwheat
buddhism
buddhist
budding
buddy
budget
buffalo
buffed
buffer
buffing
buffoon
buggy
bulb
bulge
bulginess
bulgur
bulk
bulldog
bulldozer
bullfight
bullfrog
bullhorn
bullion
bullish
bullpen
bullring
bullseye
bullwhip
bully
bunch
bundle
bungee
bunion
bunkbed
bunkhouse
bunkmate
bunny
bunt
busboy
bush
busily
busload
bust
busybody
buzz
cabana
cabbage
cabbie
cabdriver
cable
caboose
cache
cackle
cacti
cactus
caddie
caddy
cadet
cadillac
cadmium
cage
cahoots
cake
calamari
calamity
calcium
calculate
calculus
caliber
calibrate
calm
caloric
calorie
calzone
camcorder
cameo
camera
camisole
camper
campfire
camping
campsite
campus
canal
canary
cancel
candied
candle
candy
cane
canine
canister
cannabis
canned
canning
cannon
cannot
canola
canon
canopener
canopy
canteen
canyon
capable
capably
capacity
cape
capillary
capital
capitol
capped
capricorn
capsize
capsule
caption
captivate
captive
captivity
capture
caramel
carat
caravan
carbon
cardboard
carded
cardiac
cardigan
cardinal
cardstock
carefully
caregiver
careless
caress
caretaker
cargo
caring
carless
carload
carmaker
carnage
carnation
carnival
carnivore
carol
carpenter
carpentry
carpool
carport
carried
carrot
carrousel
carry
cartel
cartload
carton
cartoon
cartridge
cartwheel
carve
carving
carwash
cascade
case
cash
casing
casino
casket
cassette
casually
casualty
catacomb
catalog
catalyst
catalyze
catapult
cataract
catatonic
catcall
catchable
catcher
catching
catchy
caterer
catering
catfight
catfish
cathedral
cathouse
catlike
catnap
catnip
catsup
cattail
cattishly
cattle
catty
catwalk
caucasian
caucus
causal
causation
cause
causing
cauterize
caution
cautious
cavalier
cavalry
caviar
cavity
cedar
celery
celestial
celibacy
celibate
celtic
cement
census
ceramics
ceremony
certainly
certainty
certified
certify
cesarean
cesspool
chafe
chaffing
chain
chair
chalice
challenge
chamber
chamomile
champion
chance
change
channel
chant
chaos
chaperone
chaplain
chapped
chaps
chapter
character
charbroil
charcoal
charger
charging
chariot
charity
charm
charred
charter
charting
chase
chasing
chaste
chastise
chastity
chatroom
chatter
chatting
chatty
cheating
cheddar
cheek
cheer
cheese
cheesy
chef
chemicals
chemist
chemo
cherisher
cherub
chess
chest
chevron
chevy
chewable
chewer
chewing
chewy
chief
chihuahua
childcare
childhood
childish
childless
childlike
chili
chill
chimp
chip
chirping
chirpy
chitchat
chivalry
chive
chloride
chlorine
choice
chokehold
choking
chomp
chooser
choosing
choosy
chop
chosen
chowder
chowtime
chrome
chubby
chuck
chug
chummy
chump
chunk
churn
chute
cider
cilantro
cinch
cinema
cinnamon
circle
circling
circular
circulate
circus
citable
citadel
citation
citizen
citric
citrus
city
civic
civil
clad
claim
clambake
clammy
clamor
clamp
clamshell
clang
clanking
clapped
clapper
clapping
clarify
clarinet
clarity
clash
clasp
class
clatter
clause
clavicle
claw
clay
clean
clear
cleat
cleaver
cleft
clench
clergyman
clerical
clerk
clever
clicker
client
climate
climatic
cling
clinic
clinking
clip
clique
cloak
clobber
clock
clone
cloning
closable
closure
clothes
clothing
cloud
clover
clubbed
clubbing
clubhouse
clump
clumsily
clumsy
clunky
clustered
clutch
clutter
coach
coagulant
coastal
coaster
coasting
coastland
coastline
coat
coauthor
cobalt
cobbler
cobweb
cocoa
coconut
cod
coeditor
coerce
coexist
coffee
cofounder
cognition
cognitive
cogwheel
coherence
coherent
cohesive
coil
coke
cola
cold
coleslaw
coliseum
collage
collapse
collar
collected
collector
collide
collie
collision
colonial
colonist
colonize
colony
colossal
colt
coma
come
comfort
comfy
comic
coming
comma
commence
commend
comment
commerce
commode
commodity
commodore
common
commotion
commute
commuting
compacted
compacter
compactly
compactor
companion
company
compare
compel
compile
comply
component
composed
composer
composite
compost
composure
compound
compress
comprised
computer
computing
comrade
concave
conceal
conceded
concept
concerned
concert
conch
concierge
concise
conclude
concrete
concur
condense
condiment
condition
condone
conducive
conductor
conduit
cone
confess
confetti
confidant
confident
confider
confiding
configure
confined
confining
confirm
conflict
conform
confound
confront
confused
confusing
confusion
congenial
congested
congrats
congress
conical
conjoined
conjure
conjuror
connected
connector
consensus
consent
console
consoling
consonant
constable
constant
constrain
constrict
construct
consult
consumer
consuming
contact
container
contempt
contend
contented
contently
contents
contest
context
contort
contour
contrite
control
contusion
convene
convent
copartner
cope
copied
copier
copilot
coping
copious
copper
copy
coral
cork
cornball
cornbread
corncob
cornea
corned
corner
cornfield
cornflake
cornhusk
cornmeal
cornstalk
corny
coronary
coroner
corporal
corporate
corral
correct
corridor
corrode
corroding
corrosive
corsage
corset
cortex
cosigner
cosmetics
cosmic
cosmos
cosponsor
cost
cottage
cotton
couch
cough
could
countable
countdown
counting
countless
country
county
courier
covenant
cover
coveted
coveting
coyness
cozily
coziness
cozy
crabbing
crabgrass
crablike
crabmeat
cradle
cradling
crafter
craftily
craftsman
craftwork
crafty
cramp
cranberry
crane
cranial
cranium
crank
crate
crave
craving
crawfish
crawlers
crawling
crayfish
crayon
crazed
crazily
craziness
crazy
creamed
creamer
creamlike
crease
creasing
creatable
create
creation
creative
creature
credible
credibly
credit
creed
creme
creole
crepe
crept
crescent
crested
cresting
crestless
crevice
crewless
crewman
crewmate
crib
cricket
cried
crier
crimp
crimson
cringe
cringing
crinkle
crinkly
crisped
crisping
crisply
crispness
crispy
criteria
critter
croak
crock
crook
croon
crop
cross
crouch
crouton
crowbar
crowd
crown
crucial
crudely
crudeness
cruelly
cruelness
cruelty
crumb
crummiest
crummy
crumpet
crumpled
cruncher
crunching
crunchy
crusader
crushable
crushed
crusher
crushing
crust
crux
crying
cryptic
crystal
cubbyhole
cube
cubical
cubicle
cucumber
cuddle
cuddly
cufflink
culinary
culminate
culpable
culprit
cultivate
cultural
culture
cupbearer
cupcake
cupid
cupped
cupping
curable
curator
curdle
cure
curfew
curing
curled
curler
curliness
curling
curly
curry
curse
cursive
cursor
curtain
curtly
curtsy
curvature
curve
curvy
cushy
cusp
cussed
custard
custodian
custody
customary
customer
customize
customs
cut
cycle
cyclic
cycling
cyclist
cylinder
cymbal
cytoplasm
cytoplast
dab
dad
daffodil
dagger
daily
daintily
dainty
dairy
daisy
dallying
dance
dancing
dandelion
dander
dandruff
dandy
danger
dangle
dangling
daredevil
dares
daringly
darkened
darkening
darkish
darkness
darkroom
darling
darn
dart
darwinism
dash
dastardly
data
datebook
dating
daughter
daunting
dawdler
dawn
daybed
daybreak
daycare
daydream
daylight
daylong
dayroom
daytime
dazzler
dazzling
deacon
deafening
deafness
dealer
dealing
dealmaker
dealt
dean
debatable
debate
debating
debit
debrief
debtless
debtor
debug
debunk
decade
decaf
decal
decathlon
decay
deceased
deceit
deceiver
deceiving
december
decency
decent
deception
deceptive
decibel
decidable
decimal
decimeter
decipher
deck
declared
decline
decode
decompose
decorated
decorator
decoy
decrease
decree
dedicate
dedicator
deduce
deduct
deed
deem
deepen
deeply
deepness
deface
defacing
defame
default
defeat
defection
defective
defendant
defender
defense
defensive
deferral
deferred
defiance
defiant
defile
defiling
define
definite
deflate
deflation
deflator
deflected
deflector
defog
deforest
defraud
defrost
deftly
defuse
defy
degraded
degrading
degrease
degree
dehydrate
deity
dejected
delay
delegate
delegator
delete
deletion
delicacy
delicate
delicious
delighted
delirious
delirium
deliverer
delivery
delouse
delta
deluge
delusion
deluxe
demanding
demeaning
demeanor
demise
democracy
democrat
demote
demotion
demystify
denatured
deniable
denial
denim
denote
dense
density
dental
dentist
denture
deny
deodorant
deodorize
departed
departure
depict
deplete
depletion
deplored
deploy
deport
depose
depraved
depravity
deprecate
depress
deprive
depth
deputize
deputy
derail
deranged
derby
derived
desecrate
deserve
deserving
designate
designed
designer
designing
deskbound
desktop
deskwork
desolate
despair
despise
despite
destiny
destitute
destruct
detached
detail
detection
detective
detector
detention
detergent
detest
detonate
detonator
detoxify
detract
deuce
devalue
deviancy
deviant
deviate
deviation
deviator
device
devious
devotedly
devotee
devotion
devourer
devouring
devoutly
dexterity
dexterous
diabetes
diabetic
diabolic
diagnoses
diagnosis
diagram
dial
diameter
diaper
diaphragm
diary
dice
dicing
dictate
dictation
dictator
difficult
diffused
diffuser
diffusion
diffusive
dig
dilation
diligence
diligent
dill
dilute
dime
diminish
dimly
dimmed
dimmer
dimness
dimple
diner
dingbat
dinghy
dinginess
dingo
dingy
dining
dinner
diocese
dioxide
diploma
dipped
dipper
dipping
directed
direction
directive
directly
directory
direness
dirtiness
disabled
disagree
disallow
disarm
disarray
disaster
disband
disbelief
disburse
discard
discern
discharge
disclose
discolor
discount
discourse
discover
discuss
disdain
disengage
disfigure
disgrace
dish
disinfect
disjoin
disk
dislike
disliking
dislocate
dislodge
disloyal
dismantle
dismay
dismiss
dismount
disobey
disorder
disown
disparate
disparity
dispatch
dispense
dispersal
dispersed
disperser
displace
display
displease
disposal
dispose
disprove
dispute
disregard
disrupt
dissuade
distance
distant
distaste
distill
distinct
distort
distract
distress
district
distrust
ditch
ditto
ditzy
dividable
divided
dividend
dividers
dividing
divinely
diving
divinity
divisible
divisibly
division
divisive
divorcee
dizziness
dizzy
doable
docile
dock
doctrine
document
dodge
dodgy
doily
doing
dole
dollar
dollhouse
dollop
dolly
dolphin
domain
domelike
domestic
dominion
dominoes
donated
donation
donator
donor
donut
doodle
doorbell
doorframe
doorknob
doorman
doormat
doornail
doorpost
doorstep
doorstop
doorway
doozy
dork
dormitory
dorsal
dosage
dose
dotted
doubling
douche
dove
down
dowry
doze
drab
dragging
dragonfly
dragonish
dragster
drainable
drainage
drained
drainer
drainpipe
dramatic
dramatize
drank
drapery
drastic
draw
dreaded
dreadful
dreadlock
dreamboat
dreamily
dreamland
dreamless
dreamlike
dreamt
dreamy
drearily
dreary
drench
dress
drew
dribble
dried
drier
drift
driller
drilling
drinkable
drinking
dripping
drippy
drivable
driven
driver
driveway
driving
drizzle
drizzly
drone
drool
droop
drop-down
dropbox
dropkick
droplet
dropout
dropper
drove
drown
drowsily
drudge
drum
dry
dubbed
dubiously
duchess
duckbill
ducking
duckling
ducktail
ducky
duct
dude
duffel
dugout
duh
duke
duller
dullness
duly
dumping
dumpling
dumpster
duo
dupe
duplex
duplicate
duplicity
durable
durably
duration
duress
during
dusk
dust
dutiful
duty
duvet
dwarf
dweeb
dwelled
dweller
dwelling
dwindle
dwindling
dynamic
dynamite
dynasty
dyslexia
dyslexic
each
eagle
earache
eardrum
earflap
earful
earlobe
early
earmark
earmuff
earphone
earpiece
earplugs
earring
earshot
earthen
earthlike
earthling
earthly
earthworm
earthy
earwig
easeful
easel
easiest
easily
easiness
easing
eastbound
eastcoast
easter
eastward
eatable
eaten
eatery
eating
eats
ebay
ebony
ebook
ecard
eccentric
echo
eclair
eclipse
ecologist
ecology
economic
economist
economy
ecosphere
ecosystem
edge
edginess
edging
edgy
edition
editor
educated
education
educator
eel
effective
effects
efficient
effort
eggbeater
egging
eggnog
eggplant
eggshell
egomaniac
egotism
egotistic
either
eject
elaborate
elastic
elated
elbow
eldercare
elderly
eldest
electable
election
elective
elephant
elevate
elevating
elevation
elevator
eleven
elf
eligible
eligibly
eliminate
elite
elitism
elixir
elk
ellipse
elliptic
elm
elongated
elope
eloquence
eloquent
elsewhere
elude
elusive
elves
email
embargo
embark
embassy
embattled
embellish
ember
embezzle
emblaze
emblem
embody
embolism
emboss
embroider
emcee
emerald
emergency
emission
emit
emote
emoticon
emotion
empathic
empathy
emperor
emphases
emphasis
emphasize
emphatic
empirical
employed
employee
employer
emporium
empower
emptier
emptiness
empty
emu
enable
enactment
enamel
enchanted
enchilada
encircle
enclose
enclosure
encode
encore
encounter
encourage
encroach
encrust
encrypt
endanger
endeared
endearing
ended
ending
endless
endnote
endocrine
endorphin
endorse
endowment
endpoint
endurable
endurance
enduring
energetic
energize
energy
enforced
enforcer
engaged
engaging
engine
engorge
engraved
engraver
engraving
engross
engulf
enhance
enigmatic
enjoyable
enjoyably
enjoyer
enjoying
enjoyment
enlarged
enlarging
enlighten
enlisted
enquirer
enrage
enrich
enroll
enslave
ensnare
ensure
entail
entangled
entering
entertain
enticing
entire
entitle
entity
entomb
entourage
entrap
entree
entrench
entrust
entryway
entwine
enunciate
envelope
enviable
enviably
envious
envision
envoy
envy
enzyme
epic
epidemic
epidermal
epidermis
epidural
epilepsy
epileptic
epilogue
epiphany
episode
equal
equate
equation
equator
equinox
equipment
equity
equivocal
eradicate
erasable
erased
eraser
erasure
ergonomic
errand
errant
erratic
error
erupt
escalate
escalator
escapable
escapade
escapist
escargot
eskimo
esophagus
espionage
espresso
esquire
essay
essence
essential
establish
estate
esteemed
estimate
estimator
estranged
estrogen
etching
eternal
eternity
ethanol
ether
ethically
ethics
euphemism
evacuate
evacuee
evade
evaluate
evaluator
evaporate
evasion
evasive
even
everglade
evergreen
everybody
everyday
everyone
evict
evidence
evident
evil
evoke
evolution
evolve
exact
exalted
example
excavate
excavator
exceeding
exception
excess
exchange
excitable
exciting
exclaim
exclude
excluding
exclusion
exclusive
excretion
excretory
excursion
excusable
excusably
excuse
exemplary
exemplify
exemption
exerciser
exert
exes
exfoliate
exhale
exhaust
exhume
exile
existing
exit
exodus
exonerate
exorcism
exorcist
expand
expanse
expansion
expansive
expectant
expedited
expediter
expel
expend
expenses
expensive
expert
expire
expiring
explain
expletive
explicit
explode
exploit
explore
exploring
exponent
exporter
exposable
expose
exposure
express
expulsion
exquisite
extended
extending
extent
extenuate
exterior
external
extinct
extortion
extradite
extras
extrovert
extrude
extruding
exuberant
fable
fabric
fabulous
facebook
facecloth
facedown
faceless
facelift
faceplate
faceted
facial
facility
facing
facsimile
faction
factoid
factor
factsheet
factual
faculty
fade
fading
failing
falcon
fall
false
falsify
fame
familiar
family
famine
famished
fanatic
fancied
fanciness
fancy
fanfare
fang
fanning
fantasize
fantastic
fantasy
fascism
fastball
faster
fasting
fastness
faucet
favorable
favorably
favored
favoring
favorite
fax
feast
federal
fedora
feeble
feed
feel
feisty
feline
felt-tip
feminine
feminism
feminist
feminize
femur
fence
fencing
fender
ferment
fernlike
ferocious
ferocity
ferret
ferris
ferry
fervor
fester
festival
festive
festivity
fetal
fetch
fever
fiber
fiction
fiddle
fiddling
fidelity
fidgeting
fidgety
fifteen
fifth
fiftieth
fifty
figment
figure
figurine
filing
filled
filler
filling
film
filter
filth
filtrate
finale
finalist
finalize
finally
finance
financial
finch
fineness
finer
finicky
finished
finisher
finishing
finite
finless
finlike
fiscally
fit
five
flaccid
flagman
flagpole
flagship
flagstick
flagstone
flail
flakily
flaky
flame
flammable
flanked
flanking
flannels
flap
flaring
flashback
flashbulb
flashcard
flashily
flashing
flashy
flask
flatbed
flatfoot
flatly
flatness
flatten
flattered
flatterer
flattery
flattop
flatware
flatworm
flavored
flavorful
flavoring
flaxseed
fled
fleshed
fleshy
flick
flier
flight
flinch
fling
flint
flip
flirt
float
flock
flogging
flop
floral
florist
floss
flounder
flyable
flyaway
flyer
flying
flyover
flypaper
foam
foe
fog
foil
folic
folk
follicle
follow
fondling
fondly
fondness
fondue
font
food
fool
footage
football
footbath
footboard
footer
footgear
foothill
foothold
footing
footless
footman
footnote
footpad
footpath
footprint
footrest
footsie
footsore
footwear
footwork
fossil
foster
founder
founding
fountain
fox
foyer
fraction
fracture
fragile
fragility
fragment
fragrance
fragrant
frail
frame
framing
frantic
fraternal
frayed
fraying
frays
freckled
freckles
freebase
freebee
freebie
freedom
freefall
freehand
freeing
freeload
freely
freemason
freeness
freestyle
freeware
freeway
freewill
freezable
freezing
freight
french
frenzied
frenzy
frequency
frequent
fresh
fretful
fretted
friction
friday
fridge
fried
friend
frighten
frightful
frigidity
frigidly
frill
fringe
frisbee
frisk
fritter
frivolous
frolic
from
front
frostbite
frosted
frostily
frosting
frostlike
frosty
froth
frown
frozen
fructose
frugality
frugally
fruit
frustrate
frying
gab
gaffe
gag
gainfully
gaining
gains
gala
gallantly
galleria
gallery
galley
gallon
gallows
gallstone
galore
galvanize
gambling
game
gaming
gamma
gander
gangly
gangrene
gangway
gap
garage
garbage
garden
gargle
garland
garlic
garment
garnet
garnish
garter
gas
gatherer
gathering
gating
gauging
gauntlet
gauze
gave
gawk
gazing
gear
gecko
geek
geiger
gem
gender
generic
generous
genetics
genre
gentile
gentleman
gently
gents
geography
geologic
geologist
geology
geometric
geometry
geranium
gerbil
geriatric
germicide
germinate
germless
germproof
gestate
gestation
gesture
getaway
getting
getup
giant
gibberish
giblet
giddily
giddiness
giddy
gift
gigabyte
gigahertz
gigantic
giggle
giggling
giggly
gigolo
gilled
gills
gimmick
girdle
giveaway
given
giver
giving
gizmo
gizzard
glacial
glacier
glade
gladiator
gladly
glamorous
glamour
glance
glancing
glandular
glare
glaring
glass
glaucoma
glazing
gleaming
gleeful
glider
gliding
glimmer
glimpse
glisten
glitch
glitter
glitzy
gloater
gloating
gloomily
gloomy
glorified
glorifier
glorify
glorious
glory
gloss
glove
glowing
glowworm
glucose
glue
gluten
glutinous
glutton
gnarly
gnat
goal
goatskin
goes
goggles
going
goldfish
goldmine
goldsmith
golf
goliath
gonad
gondola
gone
gong
good
gooey
goofball
goofiness
goofy
google
goon
gopher
gore
gorged
gorgeous
gory
gosling
gossip
gothic
gotten
gout
gown
grab
graceful
graceless
gracious
gradation
graded
grader
gradient
grading
gradually
graduate
graffiti
grafted
grafting
grain
granddad
grandkid
grandly
grandma
grandpa
grandson
granite
granny
granola
grant
granular
grape
graph
grapple
grappling
grasp
grass
gratified
gratify
grating
gratitude
gratuity
gravel
graveness
graves
graveyard
gravitate
gravity
gravy
gray
grazing
greasily
greedily
greedless
greedy
green
greeter
greeting
grew
greyhound
grid
grief
grievance
grieving
grievous
grill
grimace
grimacing
grime
griminess
grimy
grinch
grinning
grip
gristle
grit
groggily
groggy
groin
groom
groove
grooving
groovy
grope
ground
grouped
grout
grove
grower
growing
growl
grub
grudge
grudging
grueling
gruffly
grumble
grumbling
grumbly
grumpily
grunge
grunt
guacamole
guidable
guidance
guide
guiding
guileless
guise
gulf
gullible
gully
gulp
gumball
gumdrop
gumminess
gumming
gummy
gurgle
gurgling
guru
gush
gusto
gusty
gutless
guts
gutter
guy
guzzler
gyration
habitable
habitant
habitat
habitual
hacked
hacker
hacking
hacksaw
had
haggler
haiku
half
halogen
halt
halved
halves
hamburger
hamlet
hammock
hamper
hamster
hamstring
handbag
handball
handbook
handbrake
handcart
handclap
handclasp
handcraft
handcuff
handed
handful
handgrip
handgun
handheld
handiness
handiwork
handlebar
handled
handler
handling
handmade
handoff
handpick
handprint
handrail
handsaw
handset
handsfree
handshake
handstand
handwash
handwork
handwoven
handwrite
handyman
hangnail
hangout
hangover
hangup
hankering
hankie
hanky
haphazard
happening
happier
happiest
happily
happiness
happy
harbor
hardcopy
hardcore
hardcover
harddisk
hardened
hardener
hardening
hardhat
hardhead
hardiness
hardly
hardness
hardship
hardware
hardwired
hardwood
hardy
harmful
harmless
harmonica
harmonics
harmonize
harmony
harness
harpist
harsh
harvest
hash
hassle
haste
hastily
hastiness
hasty
hatbox
hatchback
hatchery
hatchet
hatching
hatchling
hate
hatless
hatred
haunt
haven
hazard
hazelnut
hazily
haziness
hazing
hazy
headache
headband
headboard
headcount
headdress
headed
header
headfirst
headgear
heading
headlamp
headless
headlock
headphone
headpiece
headrest
headroom
headscarf
headset
headsman
headstand
headstone
headway
headwear
heap
heat
heave
heavily
heaviness
heaving
hedge
hedging
heftiness
hefty
helium
helmet
helper
helpful
helping
helpless
helpline
hemlock
hemstitch
hence
henchman
henna
herald
herbal
herbicide
herbs
heritage
hermit
heroics
heroism
herring
herself
hertz
hesitancy
hesitant
hesitate
hexagon
hexagram
hubcap
huddle
huddling
huff
hug
hula
hulk
hull
human
humble
humbling
humbly
humid
humiliate
humility
humming
hummus
humongous
humorist
humorless
humorous
humpback
humped
humvee
hunchback
hundredth
hunger
hungrily
hungry
hunk
hunter
hunting
huntress
huntsman
hurdle
hurled
hurler
hurling
hurray
hurricane
hurried
hurry
hurt
husband
hush
husked
huskiness
hut
hybrid
hydrant
hydrated
hydration
hydrogen
hydroxide
hyperlink
hypertext
hyphen
hypnoses
hypnosis
hypnotic
hypnotism
hypnotist
hypnotize
hypocrisy
hypocrite
ibuprofen
ice
iciness
icing
icky
icon
icy
idealism
idealist
idealize
ideally
idealness
identical
identify
identity
ideology
idiocy
idiom
idly
igloo
ignition
ignore
iguana
illicitly
illusion
illusive
image
imaginary
imagines
imaging
imbecile
imitate
imitation
immature
immerse
immersion
imminent
immobile
immodest
immorally
immortal
immovable
immovably
immunity
immunize
impaired
impale
impart
impatient
impeach
impeding
impending
imperfect
imperial
impish
implant
implement
implicate
implicit
implode
implosion
implosive
imply
impolite
important
importer
impose
imposing
impotence
impotency
impotent
impound
imprecise
imprint
imprison
impromptu
improper
improve
improving
improvise
imprudent
impulse
impulsive
impure
impurity
iodine
iodize
ion
ipad
iphone
ipod
irate
irk
iron
irregular
irrigate
irritable
irritably
irritant
irritate
islamic
islamist
isolated
isolating
isolation
isotope
issue
issuing
italicize
italics
item
itinerary
itunes
ivory
ivy
jab
jackal
jacket
jackknife
jackpot
jailbird
jailbreak
jailer
jailhouse
jalapeno
jam
janitor
january
jargon
jarring
jasmine
jaundice
jaunt
java
jawed
jawless
jawline
jaws
jaybird
jaywalker
jazz
jeep
jeeringly
jellied
jelly
jersey
jester
jet
jiffy
jigsaw
jimmy
jingle
jingling
jinx
jitters
jittery
job
jockey
jockstrap
jogger
jogging
john
joining
jokester
jokingly
jolliness
jolly
jolt
jot
jovial
joyfully
joylessly
joyous
joyride
joystick
jubilance
jubilant
judge
judgingly
judicial
judiciary
judo
juggle
juggling
jugular
juice
juiciness
juicy
jujitsu
jukebox
july
jumble
jumbo
jump
junction
juncture
june
junior
juniper
junkie
junkman
junkyard
jurist
juror
jury
justice
justifier
justify
justly
justness
juvenile
kabob
kangaroo
karaoke
karate
karma
kebab
keenly
keenness
keep
keg
kelp
kennel
kept
kerchief
kerosene
kettle
kick
kiln
kilobyte
kilogram
kilometer
kilowatt
kilt
kimono
kindle
kindling
kindly
kindness
kindred
kinetic
kinfolk
king
kinship
kinsman
kinswoman
kissable
kisser
kissing
kitchen
kite
kitten
kitty
kiwi
kleenex
knapsack
knee
knelt
knickers
knoll
koala
kooky
kosher
krypton
kudos
kung
labored
laborer
laboring
laborious
labrador
ladder
ladies
ladle
ladybug
ladylike
lagged
lagging
lagoon
lair
lake
lance
landed
landfall
landfill
landing
landlady
landless
landline
landlord
landmark
landmass
landmine
landowner
landscape
landside
landslide
language
lankiness
lanky
lantern
lapdog
lapel
lapped
lapping
laptop
lard
large
lark
lash
lasso
last
latch
late
lather
latitude
latrine
latter
latticed
launch
launder
laundry
laurel
lavender
lavish
laxative
lazily
laziness
lazy
lecturer
left
legacy
legal
legend
legged
leggings
legible
legibly
legislate
lego
legroom
legume
legwarmer
legwork
lemon
lend
length
lens
lent
leotard
lesser
letdown
lethargic
lethargy
letter
lettuce
level
leverage
levers
levitate
levitator
liability
liable
liberty
librarian
library
licking
licorice
lid
life
lifter
lifting
liftoff
ligament
likely
likeness
likewise
liking
lilac
lilly
lily
limb
limeade
limelight
limes
limit
limping
limpness
line
lingo
linguini
linguist
lining
linked
linoleum
linseed
lint
lion
lip
liquefy
liqueur
liquid
lisp
list
litigate
litigator
litmus
litter
little
livable
lived
lively
liver
livestock
lividly
living
lizard
lubricant
lubricate
lucid
luckily
luckiness
luckless
lucrative
ludicrous
lugged
lukewarm
lullaby
lumber
luminance
luminous
lumpiness
lumping
lumpish
lunacy
lunar
lunchbox
luncheon
lunchroom
lunchtime
lung
lurch
lure
luridness
lurk
lushly
lushness
luster
lustfully
lustily
lustiness
lustrous
lusty
luxurious
luxury
lying
lyrically
lyricism
lyricist
lyrics
macarena
macaroni
macaw
mace
machine
machinist
magazine
magenta
maggot
magical
magician
magma
magnesium
magnetic
magnetism
magnetize
magnifier
magnify
magnitude
magnolia
mahogany
maimed
majestic
majesty
majorette
majority
makeover
maker
makeshift
making
malformed
malt
mama
mammal
mammary
mammogram
manager
managing
manatee
mandarin
mandate
mandatory
mandolin
manger
mangle
mango
mangy
manhandle
manhole
manhood
manhunt
manicotti
manicure
manifesto
manila
mankind
manlike
manliness
manly
manmade
manned
mannish
manor
manpower
mantis
mantra
manual
many
map
marathon
marauding
marbled
marbles
marbling
march
mardi
margarine
margarita
margin
marigold
marina
marine
marital
maritime
marlin
marmalade
maroon
married
marrow
marry
marshland
marshy
marsupial
marvelous
marxism
mascot
masculine
mashed
mashing
massager
masses
massive
mastiff
matador
matchbook
matchbox
matcher
matching
matchless
material
maternal
maternity
math
mating
matriarch
matrimony
matrix
matron
matted
matter
maturely
maturing
maturity
mauve
maverick
maximize
maximum
maybe
mayday
mayflower
moaner
moaning
mobile
mobility
mobilize
mobster
mocha
mocker
mockup
modified
modify
modular
modulator
module
moisten
moistness
moisture
molar
molasses
mold
molecular
molecule
molehill
mollusk
mom
monastery
monday
monetary
monetize
moneybags
moneyless
moneywise
mongoose
mongrel
monitor
monkhood
monogamy
monogram
monologue
monopoly
monorail
monotone
monotype
monoxide
monsieur
monsoon
monstrous
monthly
monument
moocher
moodiness
moody
mooing
moonbeam
mooned
moonlight
moonlike
moonlit
moonrise
moonscape
moonshine
moonstone
moonwalk
mop
morale
morality
morally
morbidity
morbidly
morphine
morphing
morse
mortality
mortally
mortician
mortified
mortify
mortuary
mosaic
mossy
most
mothball
mothproof
motion
motivate
motivator
motive
motocross
motor
motto
mountable
mountain
mounted
mounting
mourner
mournful
mouse
mousiness
moustache
mousy
mouth
movable
move
movie
moving
mower
mowing
much
muck
mud
mug
mulberry
mulch
mule
mulled
mullets
multiple
multiply
multitask
multitude
mumble
mumbling
mumbo
mummified
mummify
mummy
mumps
munchkin
mundane
municipal
muppet
mural
murkiness
murky
murmuring
muscular
museum
mushily
mushiness
mushroom
mushy
music
musket
muskiness
musky
mustang
mustard
muster
mustiness
musty
mutable
mutate
mutation
mute
mutilated
mutilator
mutiny
mutt
mutual
muzzle
myself
myspace
mystified
mystify
myth
nacho
nag
nail
name
naming
nanny
nanometer
nape
napkin
napped
napping
nappy
narrow
nastily
nastiness
national
native
nativity
natural
nature
naturist
nautical
navigate
navigator
navy
nearby
nearest
nearly
nearness
neatly
neatness
nebula
nebulizer
nectar
negate
negation
negative
neglector
negligee
negligent
negotiate
nemeses
nemesis
neon
nephew
nerd
nervous
nervy
nest
net
neurology
neuron
neurosis
neurotic
neuter
neutron
never
next
nibble
nickname
nicotine
niece
nifty
nimble
nimbly
nineteen
ninetieth
ninja
nintendo
ninth
nuclear
nuclei
nucleus
nugget
nullify
number
numbing
numbly
numbness
numeral
numerate
numerator
numeric
numerous
nuptials
nursery
nursing
nurture
nutcase
nutlike
nutmeg
nutrient
nutshell
nuttiness
nutty
nuzzle
nylon
oaf
oak
oasis
oat
obedience
obedient
obituary
object
obligate
obliged
oblivion
oblivious
oblong
obnoxious
oboe
obscure
obscurity
observant
observer
observing
obsessed
obsession
obsessive
obsolete
obstacle
obstinate
obstruct
obtain
obtrusive
obtuse
obvious
occultist
occupancy
occupant
occupier
occupy
ocean
ocelot
octagon
octane
october
octopus
ogle
oil
oink
ointment
okay
old
olive
olympics
omega
omen
ominous
omission
omit
omnivore
onboard
oncoming
ongoing
onion
online
onlooker
only
onscreen
onset
onshore
onslaught
onstage
onto
onward
onyx
oops
ooze
oozy
opacity
opal
open
operable
operate
operating
operation
operative
operator
opium
opossum
opponent
oppose
opposing
opposite
oppressed
oppressor
opt
opulently
osmosis
other
otter
ouch
ought
ounce
outage
outback
outbid
outboard
outbound
outbreak
outburst
outcast
outclass
outcome
outdated
outdoors
outer
outfield
outfit
outflank
outgoing
outgrow
outhouse
outing
outlast
outlet
outline
outlook
outlying
outmatch
outmost
outnumber
outplayed
outpost
outpour
output
outrage
outrank
outreach
outright
outscore
outsell
outshine
outshoot
outsider
outskirts
outsmart
outsource
outspoken
outtakes
outthink
outward
outweigh
outwit
oval
ovary
oven
overact
overall
overarch
overbid
overbill
overbite
overblown
overboard
overbook
overbuilt
overcast
overcoat
overcome
overcook
overcrowd
overdraft
overdrawn
overdress
overdrive
overdue
overeager
overeater
overexert
overfed
overfeed
overfill
overflow
overfull
overgrown
overhand
overhang
overhaul
overhead
overhear
overheat
overhung
overjoyed
overkill
overlabor
overlaid
overlap
overlay
overload
overlook
overlord
overlying
overnight
overpass
overpay
overplant
overplay
overpower
overprice
overrate
overreach
overreact
override
overripe
overrule
overrun
overshoot
overshot
oversight
oversized
oversleep
oversold
overspend
overstate
overstay
overstep
overstock
overstuff
oversweet
overtake
overthrow
overtime
overtly
overtone
overture
overturn
overuse
overvalue
overview
overwrite
owl
oxford
oxidant
oxidation
oxidize
oxidizing
oxygen
oxymoron
oyster
ozone
paced
pacemaker
pacific
pacifier
pacifism
pacifist
pacify
padded
padding
paddle
paddling
padlock
pagan
pager
paging
pajamas
palace
palatable
palm
palpable
palpitate
paltry
pampered
pamperer
pampers
pamphlet
panama
pancake
pancreas
panda
pandemic
pang
panhandle
panic
panning
panorama
panoramic
panther
pantomime
pantry
pants
pantyhose
paparazzi
papaya
paper
paprika
papyrus
parabola
parachute
parade
paradox
paragraph
parakeet
paralegal
paralyses
paralysis
paralyze
paramedic
parameter
paramount
parasail
parasite
parasitic
parcel
parched
parchment
pardon
parish
parka
parking
parkway
parlor
parmesan
parole
parrot
parsley
parsnip
partake
parted
parting
partition
partly
partner
partridge
party
passable
passably
passage
passcode
passenger
passerby
passing
passion
passive
passivism
passover
passport
password
pasta
pasted
pastel
pastime
pastor
pastrami
pasture
pasty
patchwork
patchy
paternal
paternity
path
patience
patient
patio
patriarch
patriot
patrol
patronage
patronize
pauper
pavement
paver
pavestone
pavilion
paving
pawing
payable
payback
paycheck
payday
payee
payer
paying
payment
payphone
payroll
pebble
pebbly
pecan
pectin
peculiar
peddling
pediatric
pedicure
pedigree
pedometer
pegboard
pelican
pellet
pelt
pelvis
penalize
penalty
pencil
pendant
pending
penholder
penknife
pennant
penniless
penny
penpal
pension
pentagon
pentagram
pep
perceive
percent
perch
percolate
perennial
perfected
perfectly
perfume
periscope
perish
perjurer
perjury
perkiness
perky
perm
peroxide
perpetual
perplexed
persecute
persevere
persuaded
persuader
pesky
peso
pessimism
pessimist
pester
pesticide
petal
petite
petition
petri
petroleum
petted
petticoat
pettiness
petty
petunia
phantom
phobia
phoenix
phonebook
phoney
phonics
phoniness
phony
phosphate
photo
phrase
phrasing
placard
placate
placidly
plank
planner
plant
plasma
plaster
plastic
plated
platform
plating
platinum
platonic
platter
platypus
plausible
plausibly
playable
playback
player
playful
playgroup
playhouse
playing
playlist
playmaker
playmate
playoff
playpen
playroom
playset
plaything
playtime
plaza
pleading
pleat
pledge
plentiful
plenty
plethora
plexiglas
pliable
plod
plop
plot
plow
ploy
pluck
plug
plunder
plunging
plural
plus
plutonium
plywood
poach
pod
poem
poet
pogo
pointed
pointer
pointing
pointless
pointy
poise
poison
poker
poking
polar
police
policy
polio
polish
politely
polka
polo
polyester
polygon
polygraph
polymer
poncho
pond
pony
popcorn
pope
poplar
popper
poppy
popsicle
populace
popular
populate
porcupine
pork
porous
porridge
portable
portal
portfolio
porthole
portion
portly
portside
poser
posh
posing
possible
possibly
possum
postage
postal
postbox
postcard
posted
poster
posting
postnasal
posture
postwar
pouch
pounce
pouncing
pound
pouring
pout
powdered
powdering
powdery
power
powwow
pox
praising
prance
prancing
pranker
prankish
prankster
prayer
praying
preacher
preaching
preachy
preamble
precinct
precise
precision
precook
precut
predator
predefine
predict
preface
prefix
preflight
preformed
pregame
pregnancy
pregnant
preheated
prelaunch
prelaw
prelude
premiere
premises
premium
prenatal
preoccupy
preorder
prepaid
prepay
preplan
preppy
preschool
prescribe
preseason
preset
preshow
president
presoak
press
presume
presuming
preteen
pretended
pretender
pretense
pretext
pretty
pretzel
prevail
prevalent
prevent
preview
previous
prewar
prewashed
prideful
pried
primal
primarily
primary
primate
primer
primp
princess
print
prior
prism
prison
prissy
pristine
privacy
private
privatize
prize
proactive
probable
probably
probation
probe
probing
probiotic
problem
procedure
process
proclaim
procreate
procurer
prodigal
prodigy
produce
product
profane
profanity
professed
professor
profile
profound
profusely
progeny
prognosis
program
progress
projector
prologue
prolonged
promenade
prominent
promoter
promotion
prompter
promptly
prone
prong
pronounce
pronto
proofing
proofread
proofs
propeller
properly
property
proponent
proposal
propose
props
prorate
protector
protegee
proton
prototype
protozoan
protract
protrude
proud
provable
proved
proven
provided
provider
providing
province
proving
provoke
provoking
provolone
prowess
prowler
prowling
proximity
proxy
prozac
prude
prudishly
prune
pruning
pry
psychic
public
publisher
pucker
pueblo
pug
pull
pulmonary
pulp
pulsate
pulse
pulverize
puma
pumice
pummel
punch
punctual
punctuate
punctured
pungent
punisher
punk
pupil
puppet
puppy
purchase
pureblood
purebred
purely
pureness
purgatory
purge
purging
purifier
purify
purist
puritan
purity
purple
purplish
purposely
purr
purse
pursuable
pursuant
pursuit
purveyor
pushcart
pushchair
pusher
pushiness
pushing
pushover
pushpin
pushup
pushy
putdown
putt
puzzle
puzzling
pyramid
pyromania
python
quack
quadrant
quail
quaintly
quake
quaking
qualified
qualifier
qualify
quality
qualm
quantum
quarrel
quarry
quartered
quarterly
quarters
quartet
quench
query
quicken
quickly
quickness
quicksand
quickstep
quiet
quill
quilt
quintet
quintuple
quirk
quit
quiver
quizzical
quotable
quotation
quote
rabid
race
racing
racism
rack
racoon
radar
radial
radiance
radiantly
radiated
radiation
radiator
radio
radish
raffle
raft
rage
ragged
raging
ragweed
raider
railcar
railing
railroad
railway
raisin
rake
raking
rally
ramble
rambling
ramp
ramrod
ranch
rancidity
random
ranged
ranger
ranging
ranked
ranking
ransack
ranting
rants
rare
rarity
rascal
rash
rasping
ravage
raven
ravine
raving
ravioli
ravishing
reabsorb
reach
reacquire
reaction
reactive
reactor
reaffirm
ream
reanalyze
reappear
reapply
reappoint
reapprove
rearrange
rearview
reason
reassign
reassure
reattach
reawake
rebalance
rebate
rebel
rebirth
reboot
reborn
rebound
rebuff
rebuild
rebuilt
reburial
rebuttal
recall
recant
recapture
recast
recede
recent
recess
recharger
recipient
recital
recite
reckless
reclaim
recliner
reclining
recluse
reclusive
recognize
recoil
recollect
recolor
reconcile
reconfirm
reconvene
recopy
record
recount
recoup
recovery
recreate
rectal
rectangle
rectified
rectify
recycled
recycler
recycling
reemerge
reenact
reenter
reentry
reexamine
referable
referee
reference
refill
refinance
refined
refinery
refining
refinish
reflected
reflector
reflex
reflux
refocus
refold
reforest
reformat
reformed
reformer
reformist
refract
refrain
refreeze
refresh
refried
refueling
refund
refurbish
refurnish
refusal
refuse
refusing
refutable
refute
regain
regalia
regally
reggae
regime
region
register
registrar
registry
regress
regretful
regroup
regular
regulate
regulator
rehab
reheat
rehire
rehydrate
reimburse
reissue
reiterate
rejoice
rejoicing
rejoin
rekindle
relapse
relapsing
relatable
related
relation
relative
relax
relay
relearn
release
relenting
reliable
reliably
reliance
reliant
relic
relieve
relieving
relight
relish
relive
reload
relocate
relock
reluctant
rely
remake
remark
remarry
rematch
remedial
remedy
remember
reminder
remindful
remission
remix
remnant
remodeler
remold
remorse
remote
removable
removal
removed
remover
removing
rename
renderer
rendering
rendition
renegade
renewable
renewably
renewal
renewed
renounce
renovate
renovator
rentable
rental
rented
renter
reoccupy
reoccur
reopen
reorder
repackage
repacking
repaint
repair
repave
repaying
repayment
repeal
repeated
repeater
repent
rephrase
replace
replay
replica
reply
reporter
repose
repossess
repost
repressed
reprimand
reprint
reprise
reproach
reprocess
reproduce
reprogram
reps
reptile
reptilian
repugnant
repulsion
repulsive
repurpose
reputable
reputably
request
require
requisite
reroute
rerun
resale
resample
rescuer
reseal
research
reselect
reseller
resemble
resend
resent
reset
reshape
reshoot
reshuffle
residence
residency
resident
residual
residue
resigned
resilient
resistant
resisting
resize
resolute
resolved
resonant
resonate
resort
resource
respect
resubmit
result
resume
resupply
resurface
resurrect
retail
retainer
retaining
retake
retaliate
retention
rethink
retinal
retired
retiree
retiring
retold
retool
retorted
retouch
retrace
retract
retrain
retread
retreat
retrial
retrieval
retriever
retry
return
retying
retype
reunion
reunite
reusable
reuse
reveal
reveler
revenge
revenue
reverb
revered
reverence
reverend
reversal
reverse
reversing
reversion
revert
revisable
revise
revision
revisit
revivable
revival
reviver
reviving
revocable
revoke
revolt
revolver
revolving
reward
rewash
rewind
rewire
reword
rework
rewrap
rewrite
rhyme
ribbon
ribcage
rice
riches
richly
richness
rickety
ricotta
riddance
ridden
ride
riding
rifling
rift
rigging
rigid
rigor
rimless
rimmed
rind
rink
rinse
rinsing
riot
ripcord
ripeness
ripening
ripping
ripple
rippling
riptide
rise
rising
risk
risotto
ritalin
ritzy
rival
riverbank
riverbed
riverboat
riverside
riveter
riveting
roamer
roaming
roast
robbing
robe
robin
robotics
robust
rockband
rocker
rocket
rockfish
rockiness
rocking
rocklike
rockslide
rockstar
rocky
rogue
roman
romp
rope
roping
roster
rosy
rotten
rotting
rotunda
roulette
rounding
roundish
roundness
roundup
roundworm
routine
routing
rover
roving
royal
rubbed
rubber
rubbing
rubble
rubdown
ruby
ruckus
rudder
rug
ruined
rule
rumble
rumbling
rummage
rumor
runaround
rundown
runner
running
runny
runt
runway
rupture
rural
ruse
rush
rust
rut
sabbath
sabotage
sacrament
sacred
sacrifice
sadden
saddlebag
saddled
saddling
sadly
sadness
safari
safeguard
safehouse
safely
safeness
saffron
saga
sage
sagging
saggy
said
saint
sake
salad
salami
salaried
salary
saline
salon
saloon
salsa
salt
salutary
salute
salvage
salvaging
salvation
same
sample
sampling
sanction
sanctity
sanctuary
sandal
sandbag
sandbank
sandbar
sandblast
sandbox
sanded
sandfish
sanding
sandlot
sandpaper
sandpit
sandstone
sandstorm
sandworm
sandy
sanitary
sanitizer
sank
santa
sapling
sappiness
sappy
sarcasm
sarcastic
sardine
sash
sasquatch
sassy
satchel
satiable
satin
satirical
satisfied
satisfy
saturate
saturday
sauciness
saucy
sauna
savage
savanna
saved
savings
savior
savor
saxophone
say
scabbed
scabby
scalded
scalding
scale
scaling
scallion
scallop
scalping
scam
scandal
scanner
scanning
scant
scapegoat
scarce
scarcity
scarecrow
scared
scarf
scarily
scariness
scarring
scary
scavenger
scenic
schedule
schematic
scheme
scheming
schilling
schnapps
scholar
science
scientist
scion
scoff
scolding
scone
scoop
scooter
scope
scorch
scorebook
scorecard
scored
scoreless
scorer
scoring
scorn
scorpion
scotch
scoundrel
scoured
scouring
scouting
scouts
scowling
scrabble
scraggly
scrambled
scrambler
scrap
scratch
scrawny
screen
scribble
scribe
scribing
scrimmage
script
scroll
scrooge
scrounger
scrubbed
scrubber
scruffy
scrunch
scrutiny
scuba
scuff
sculptor
sculpture
scurvy
scuttle
secluded
secluding
seclusion
second
secrecy
secret
sectional
sector
secular
securely
security
sedan
sedate
sedation
sedative
sediment
seduce
seducing
segment
seismic
seizing
seldom
selected
selection
selective
selector
self
seltzer
semantic
semester
semicolon
semifinal
seminar
semisoft
semisweet
senate
senator
send
senior
senorita
sensation
sensitive
sensitize
sensually
sensuous
sepia
september
septic
septum
sequel
sequence
sequester
series
sermon
serotonin
serpent
serrated
serve
service
serving
sesame
sessions
setback
setting
settle
settling
setup
sevenfold
seventeen
seventh
seventy
severity
shabby
shack
shaded
shadily
shadiness
shading
shadow
shady
shaft
shakable
shakily
shakiness
shaking
shaky
shale
shallot
shallow
shame
shampoo
shamrock
shank
shanty
shape
shaping
share
sharpener
sharper
sharpie
sharply
sharpness
shawl
sheath
shed
sheep
sheet
shelf
shell
shelter
shelve
shelving
sherry
shield
shifter
shifting
shiftless
shifty
shimmer
shimmy
shindig
shine
shingle
shininess
shining
shiny
ship
shirt
shivering
shock
shone
shoplift
shopper
shopping
shoptalk
shore
shortage
shortcake
shortcut
shorten
shorter
shorthand
shortlist
shortly
shortness
shorts
shortwave
shorty
shout
shove
showbiz
showcase
showdown
shower
showgirl
showing
showman
shown
showoff
showpiece
showplace
showroom
showy
shrank
shrapnel
shredder
shredding
shrewdly
shriek
shrill
shrimp
shrine
shrink
shrivel
shrouded
shrubbery
shrubs
shrug
shrunk
shucking
shudder
shuffle
shuffling
shun
shush
shut
shy
siamese
siberian
sibling
siding
sierra
siesta
sift
sighing
silenced
silencer
silent
silica
silicon
silk
silliness
silly
silo
silt
silver
similarly
simile
simmering
simple
simplify
simply
sincere
sincerity
singer
singing
single
singular
sinister
sinless
sinner
sinuous
sip
siren
sister
sitcom
sitter
sitting
situated
situation
sixfold
sixteen
sixth
sixties
sixtieth
sixtyfold
sizable
sizably
size
sizing
sizzle
sizzling
skater
skating
skedaddle
skeletal
skeleton
skeptic
sketch
skewed
skewer
skid
skied
skier
skies
skiing
skilled
skillet
skillful
skimmed
skimmer
skimming
skimpily
skincare
skinhead
skinless
skinning
skinny
skintight
skipper
skipping
skirmish
skirt
skittle
skydiver
skylight
skyline
skype
skyrocket
skyward
slab
slacked
slacker
slacking
slackness
slacks
slain
slam
slander
slang
slapping
slapstick
slashed
slashing
slate
slather
slaw
sled
sleek
sleep
sleet
sleeve
slept
sliceable
sliced
slicer
slicing
slick
slider
slideshow
sliding
slighted
slighting
slightly
slimness
slimy
slinging
slingshot
slinky
slip
slit
sliver
slobbery
slogan
sloped
sloping
sloppily
sloppy
slot
slouching
slouchy
sludge
slug
slum
slurp
slush
sly
small
smartly
smartness
smasher
smashing
smashup
smell
smelting
smile
smilingly
smirk
smite
smith
smitten
smock
smog
smoked
smokeless
smokiness
smoking
smoky
smolder
smooth
smother
smudge
smudgy
smuggler
smuggling
smugly
smugness
snack
snagged
snaking
snap
snare
snarl
snazzy
sneak
sneer
sneeze
sneezing
snide
sniff
snippet
snipping
snitch
snooper
snooze
snore
snoring
snorkel
snort
snout
snowbird
snowboard
snowbound
snowcap
snowdrift
snowdrop
snowfall
snowfield
snowflake
snowiness
snowless
snowman
snowplow
snowshoe
snowstorm
snowsuit
snowy
snub
snuff
snuggle
snugly
snugness
speak
spearfish
spearhead
spearman
spearmint
species
specimen
specked
speckled
specks
spectacle
spectator
spectrum
speculate
speech
speed
spellbind
speller
spelling
spendable
spender
spending
spent
spew
sphere
spherical
sphinx
spider
spied
spiffy
spill
spilt
spinach
spinal
spindle
spinner
spinning
spinout
spinster
spiny
spiral
spirited
spiritism
spirits
spiritual
splashed
splashing
splashy
splatter
spleen
splendid
splendor
splice
splicing
splinter
splotchy
splurge
spoilage
spoiled
spoiler
spoiling
spoils
spoken
spokesman
sponge
spongy
sponsor
spoof
spookily
spooky
spool
spoon
spore
sporting
sports
sporty
spotless
spotlight
spotted
spotter
spotting
spotty
spousal
spouse
spout
sprain
sprang
sprawl
spray
spree
sprig
spring
sprinkled
sprinkler
sprint
sprite
sprout
spruce
sprung
spry
spud
spur
sputter
spyglass
squabble
squad
squall
squander
squash
squatted
squatter
squatting
squeak
squealer
squealing
squeamish
squeegee
squeeze
squeezing
squid
squiggle
squiggly
squint
squire
squirt
squishier
squishy
stability
stabilize
stable
stack
stadium
staff
stage
staging
stagnant
stagnate
stainable
stained
staining
stainless
stalemate
staleness
stalling
stallion
stamina
stammer
stamp
stand
stank
staple
stapling
starboard
starch
stardom
stardust
starfish
stargazer
staring
stark
starless
starlet
starlight
starlit
starring
starry
starship
starter
starting
startle
startling
startup
starved
starving
stash
state
static
statistic
statue
stature
status
statute
statutory
staunch
stays
steadfast
steadier
steadily
steadying
steam
steed
steep
steerable
steering
steersman
stegosaur
stellar
stem
stench
stencil
step
stereo
sterile
sterility
sterilize
sterling
sternness
sternum
stew
stick
stiffen
stiffly
stiffness
stifle
stifling
stillness
stilt
stimulant
stimulate
stimuli
stimulus
stinger
stingily
stinging
stingray
stingy
stinking
stinky
stipend
stipulate
stir
stitch
stock
stoic
stoke
stole
stomp
stonewall
stoneware
stonework
stoning
stony
stood
stooge
stool
stoop
stoplight
stoppable
stoppage
stopped
stopper
stopping
stopwatch
storable
storage
storeroom
storewide
storm
stout
stove
stowaway
stowing
straddle
straggler
strained
strainer
straining
strangely
stranger
strangle
strategic
strategy
stratus
straw
stray
streak
stream
street
strength
strenuous
strep
stress
stretch
strewn
stricken
strict
stride
strife
strike
striking
strive
striving
strobe
strode
stroller
strongbox
strongly
strongman
struck
structure
strudel
struggle
strum
strung
strut
stubbed
stubble
stubbly
stubborn
stucco
stuck
student
studied
studio
study
stuffed
stuffing
stuffy
stumble
stumbling
stump
stung
stunned
stunner
stunning
stunt
stupor
sturdily
sturdy
styling
stylishly
stylist
stylized
stylus
suave
subarctic
subatomic
subdivide
subdued
subduing
subfloor
subgroup
subheader
subject
sublease
sublet
sublevel
sublime
submarine
submerge
submersed
submitter
subpanel
subpar
subplot
subprime
subscribe
subscript
subsector
subside
subsiding
subsidize
subsidy
subsoil
subsonic
substance
subsystem
subtext
subtitle
subtly
subtotal
subtract
subtype
suburb
subway
subwoofer
subzero
succulent
such
suction
sudden
sudoku
suds
sufferer
suffering
suffice
suffix
suffocate
suffrage
sugar
suggest
suing
suitable
suitably
suitcase
suitor
sulfate
sulfide
sulfite
sulfur
sulk
sullen
sulphate
sulphuric
sultry
superbowl
superglue
superhero
superior
superjet
superman
supermom
supernova
supervise
supper
supplier
supply
support
supremacy
supreme
surcharge
surely
sureness
surface
surfacing
surfboard
surfer
surgery
surgical
surging
surname
surpass
surplus
surprise
surreal
surrender
surrogate
surround
survey
survival
survive
surviving
survivor
sushi
suspect
suspend
suspense
sustained
sustainer
swab
swaddling
swagger
swampland
swan
swapping
swarm
sway
swear
sweat
sweep
swell
swept
swerve
swifter
swiftly
swiftness
swimmable
swimmer
swimming
swimsuit
swimwear
swinger
swinging
swipe
swirl
switch
swivel
swizzle
swooned
swoop
swoosh
swore
sworn
swung
sycamore
sympathy
symphonic
symphony
symptom
synapse
syndrome
synergy
synopses
synopsis
synthesis
synthetic
syrup
system
t-shirt
tabasco
tabby
tableful
tables
tablet
tableware
tabloid
tackiness
tacking
tackle
tackling
tacky
taco
tactful
tactical
tactics
tactile
tactless
tadpole
taekwondo
tag
tainted
take
taking
talcum
talisman
tall
talon
tamale
tameness
tamer
tamper
tank
tanned
tannery
tanning
tantrum
tapeless
tapered
tapering
tapestry
tapioca
tapping
taps
tarantula
target
tarmac
tarnish
tarot
tartar
tartly
tartness
task
tassel
taste
tastiness
tasting
tasty
tattered
tattle
tattling
tattoo
taunt
tavern
thank
that
thaw
theater
theatrics
thee
theft
theme
theology
theorize
thermal
thermos
thesaurus
these
thesis
thespian
thicken
thicket
thickness
thieving
thievish
thigh
thimble
thing
think
thinly
thinner
thinness
thinning
thirstily
thirsting
thirsty
thirteen
thirty
thong
thorn
those
thousand
thrash
thread
threaten
threefold
thrift
thrill
thrive
thriving
throat
throbbing
throng
throttle
throwaway
throwback
thrower
throwing
thud
thumb
thumping
thursday
thus
thwarting
thyself
tiara
tibia
tidal
tidbit
tidiness
tidings
tidy
tiger
tighten
tightly
tightness
tightrope
tightwad
tigress
tile
tiling
till
tilt
timid
timing
timothy
tinderbox
tinfoil
tingle
tingling
tingly
tinker
tinkling
tinsel
tinsmith
tint
tinwork
tiny
tipoff
tipped
tipper
tipping
tiptoeing
tiptop
tiring
tissue
trace
tracing
track
traction
tractor
trade
trading
tradition
traffic
tragedy
trailing
trailside
train
traitor
trance
tranquil
transfer
transform
translate
transpire
transport
transpose
trapdoor
trapeze
trapezoid
trapped
trapper
trapping
traps
trash
travel
traverse
travesty
tray
treachery
treading
treadmill
treason
treat
treble
tree
trekker
tremble
trembling
tremor
trench
trend
trespass
triage
trial
triangle
tribesman
tribunal
tribune
tributary
tribute
triceps
trickery
trickily
tricking
trickle
trickster
tricky
tricolor
tricycle
trident
tried
trifle
trifocals
trillion
trilogy
trimester
trimmer
trimming
trimness
trinity
trio
tripod
tripping
triumph
trivial
trodden
trolling
trombone
trophy
tropical
tropics
trouble
troubling
trough
trousers
trout
trowel
truce
truck
truffle
trump
trunks
trustable
trustee
trustful
trusting
trustless
truth
try
tubby
tubeless
tubular
tucking
tuesday
tug
tuition
tulip
tumble
tumbling
tummy
turban
turbine
turbofan
turbojet
turbulent
turf
turkey
turmoil
turret
turtle
tusk
tutor
tutu
tux
tweak
tweed
tweet
tweezers
twelve
twentieth
twenty
twerp
twice
twiddle
twiddling
twig
twilight
twine
twins
twirl
twistable
twisted
twister
twisting
twisty
twitch
twitter
tycoon
tying
tyke
udder
ultimate
ultimatum
ultra
umbilical
umbrella
umpire
unabashed
unable
unadorned
unadvised
unafraid
unaired
unaligned
unaltered
unarmored
unashamed
unaudited
unawake
unaware
unbaked
unbalance
unbeaten
unbend
unbent
unbiased
unbitten
unblended
unblessed
unblock
unbolted
unbounded
unboxed
unbraided
unbridle
unbroken
unbuckled
unbundle
unburned
unbutton
uncanny
uncapped
uncaring
uncertain
unchain
unchanged
uncharted
uncheck
uncivil
unclad
unclaimed
unclamped
unclasp
uncle
unclip
uncloak
unclog
unclothed
uncoated
uncoiled
uncolored
uncombed
uncommon
uncooked
uncork
uncorrupt
uncounted
uncouple
uncouth
uncover
uncross
uncrown
uncrushed
uncured
uncurious
uncurled
uncut
undamaged
undated
undaunted
undead
undecided
undefined
underage
underarm
undercoat
undercook
undercut
underdog
underdone
underfed
underfeed
underfoot
undergo
undergrad
underhand
underline
underling
undermine
undermost
underpaid
underpass
underpay
underrate
undertake
undertone
undertook
undertow
underuse
underwear
underwent
underwire
undesired
undiluted
undivided
undocked
undoing
undone
undrafted
undress
undrilled
undusted
undying
unearned
unearth
unease
uneasily
uneasy
uneatable
uneaten
unedited
unelected
unending
unengaged
unenvied
unequal
unethical
uneven
unexpired
unexposed
unfailing
unfair
unfasten
unfazed
unfeeling
unfiled
unfilled
unfitted
unfitting
unfixable
unfixed
unflawed
unfocused
unfold
unfounded
unframed
unfreeze
unfrosted
unfrozen
unfunded
unglazed
ungloved
unglue
ungodly
ungraded
ungreased
unguarded
unguided
unhappily
unhappy
unharmed
unhealthy
unheard
unhearing
unheated
unhelpful
unhidden
unhinge
unhitched
unholy
unhook
unicorn
unicycle
unified
unifier
uniformed
uniformly
unify
unimpeded
uninjured
uninstall
uninsured
uninvited
union
uniquely
unisexual
unison
unissued
unit
universal
universe
unjustly
unkempt
unkind
unknotted
unknowing
unknown
unlaced
unlatch
unlawful
unleaded
unlearned
unleash
unless
unleveled
unlighted
unlikable
unlimited
unlined
unlinked
unlisted
unlit
unlivable
unloaded
unloader
unlocked
unlocking
unlovable
unloved
unlovely
unloving
unluckily
unlucky
unmade
unmanaged
unmanned
unmapped
unmarked
unmasked
unmasking
unmatched
unmindful
unmixable
unmixed
unmolded
unmoral
unmovable
unmoved
unmoving
unnamable
unnamed
unnatural
unneeded
unnerve
unnerving
unnoticed
unopened
unopposed
unpack
unpadded
unpaid
unpainted
unpaired
unpaved
unpeeled
unpicked
unpiloted
unpinned
unplanned
unplanted
unpleased
unpledged
unplowed
unplug
unpopular
unproven
unquote
unranked
unrated
unraveled
unreached
unread
unreal
unreeling
unrefined
unrelated
unrented
unrest
unretired
unrevised
unrigged
unripe
unrivaled
unroasted
unrobed
unroll
unruffled
unruly
unrushed
unsaddle
unsafe
unsaid
unsalted
unsaved
unsavory
unscathed
unscented
unscrew
unsealed
unseated
unsecured
unseeing
unseemly
unseen
unselect
unselfish
unsent
unsettled
unshackle
unshaken
unshaved
unshaven
unsheathe
unshipped
unsightly
unsigned
unskilled
unsliced
unsmooth
unsnap
unsocial
unsoiled
unsold
unsolved
unsorted
unspoiled
unspoken
unstable
unstaffed
unstamped
unsteady
unsterile
unstirred
unstitch
unstopped
unstuck
unstuffed
unstylish
unsubtle
unsubtly
unsuited
unsure
unsworn
untagged
untainted
untaken
untamed
untangled
untapped
untaxed
unthawed
unthread
untidy
untie
until
untimed
untimely
untitled
untoasted
untold
untouched
untracked
untrained
untreated
untried
untrimmed
untrue
untruth
unturned
untwist
untying
unusable
unused
unusual
unvalued
unvaried
unvarying
unveiled
unveiling
unvented
unviable
unvisited
unvocal
unwanted
unwarlike
unwary
unwashed
unwatched
unweave
unwed
unwelcome
unwell
unwieldy
unwilling
unwind
unwired
unwitting
unwomanly
unworldly
unworn
unworried
unworthy
unwound
unwoven
unwrapped
unwritten
unzip
upbeat
upchuck
upcoming
upcountry
update
upfront
upgrade
upheaval
upheld
uphill
uphold
uplifted
uplifting
upload
upon
upper
upright
uprising
upriver
uproar
uproot
upscale
upside
upstage
upstairs
upstart
upstate
upstream
upstroke
upswing
uptake
uptight
uptown
upturned
upward
upwind
uranium
urban
urchin
urethane
urgency
urgent
urging
urologist
urology
usable
usage
useable
used
uselessly
user
usher
usual
utensil
utility
utilize
utmost
utopia
utter
vacancy
vacant
vacate
vacation
vagabond
vagrancy
vagrantly
vaguely
vagueness
valiant
valid
valium
valley
valuables
value
vanilla
vanish
vanity
vanquish
vantage
vaporizer
variable
variably
varied
variety
various
varmint
varnish
varsity
varying
vascular
vaseline
vastly
vastness
veal
vegan
veggie
vehicular
velcro
velocity
velvet
vendetta
vending
vendor
veneering
vengeful
venomous
ventricle
venture
venue
venus
verbalize
verbally
verbose
verdict
verify
verse
version
versus
vertebrae
vertical
vertigo
very
vessel
vest
veteran
veto
vexingly
viability
viable
vibes
vice
vicinity
victory
video
viewable
viewer
viewing
viewless
viewpoint
vigorous
village
villain
vindicate
vineyard
vintage
violate
violation
violator
violet
violin
viper
viral
virtual
virtuous
virus
visa
viscosity
viscous
viselike
visible
visibly
vision
visiting
visitor
visor
vista
vitality
vitalize
vitally
vitamins
vivacious
vividly
vividness
vixen
vocalist
vocalize
vocally
vocation
voice
voicing
void
volatile
volley
voltage
volumes
voter
voting
voucher
vowed
vowel
voyage
wackiness
wad
wafer
waffle
waged
wager
wages
waggle
wagon
wake
waking
walk
walmart
walnut
walrus
waltz
wand
wannabe
wanted
wanting
wasabi
washable
washbasin
washboard
washbowl
washcloth
washday
washed
washer
washhouse
washing
washout
washroom
washstand
washtub
wasp
wasting
watch
water
waviness
waving
wavy
whacking
whacky
wham
wharf
wheat
whenever
whiff
whimsical
whinny
whiny
whisking
whoever
whole
whomever
whoopee
whooping
whoops
why
wick
widely
widen
widget
widow
width
wieldable
wielder
wife
wifi
wikipedia
wildcard
wildcat
wilder
wildfire
wildfowl
wildland
wildlife
wildly
wildness
willed
willfully
willing
willow
willpower
wilt
wimp
wince
wincing
wind
wing
winking
winner
winnings
winter
wipe
wired
wireless
wiring
wiry
wisdom
wise
wish
wisplike
wispy
wistful
wizard
wobble
wobbling
wobbly
wok
wolf
wolverine
womanhood
womankind
womanless
womanlike
womanly
womb
woof
wooing
wool
woozy
word
work
worried
worrier
worrisome
worry
worsening
worshiper
worst
wound
woven
wow
wrangle
wrath
wreath
wreckage
wrecker
wrecking
wrench
wriggle
wriggly
wrinkle
wrinkly
wrist
writing
written
wrongdoer
wronged
wrongful
wrongly
wrongness
wrought
xbox
xerox
yahoo
yam
yanking
yapping
yard
yarn
yeah
yearbook
yearling
yearly
yearning
yeast
yelling
yelp
yen
yesterday
yiddish
yield
yin
yippee
yo-yo
yodel
yoga
yogurt
yonder
yoyo
yummy
zap
zealous
zebra
zen
zeppelin
zero
zestfully
zesty
zigzagged
zipfile
zipping
zippy
zips
zit
zodiac
zombie
zone
zoning
zookeeper
zoologist
zoology
zoom
`;var nr=e=>Object.freeze(e());function ma(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}function pi(e){if(!ma(e))throw new TypeError("Uint8Array expected")}function Nu(e,t){return Array.isArray(t)?t.length===0?!0:e?t.every(n=>typeof n=="string"):t.every(n=>Number.isSafeInteger(n)):!1}function Cu(e){if(typeof e!="function")throw new TypeError("function expected");return!0}function An(e,t){if(typeof t!="string")throw new TypeError(`${e}: string expected`);return!0}function Fr(e,t="number"){if(typeof e!="number")throw new TypeError(`${t}: expected number, got ${typeof e}`);if(!Number.isSafeInteger(e))throw new RangeError(`${t}: expected safe integer, got ${e}`)}function ca(e,t){if(!Nu(!1,t))throw new TypeError(`${e}: array of numbers expected`)}function hi(...e){let t=i=>i,n=(i,s)=>a=>i(s(a)),r=e.map(i=>i.encode).reduceRight(n,t),o=e.map(i=>i.decode).reduce(n,t);return{encode:r,decode:o}}var Iu=(()=>{let e=[];for(let t=0;t<40;t++)e.push(2**t);return e})();function la(e,t=e.length){let n=new Array(t);for(let r=0;r<t;r++)n[r]=e[r];return n}var da=(()=>{try{let e=new TextDecoder;return e.decode(Uint8Array.of(65,48,43,127))==="A0+"?e:void 0}catch{return}})(),ui=8192;function Mu(e){let t=e.length;if(da!==void 0&&t>=12)return da.decode(e);if(t<=ui)return String.fromCharCode.apply(null,e);let n="";for(let r=0;r<t;r+=ui)n+=String.fromCharCode.apply(null,e.subarray(r,r+ui));return n}function Kr(e){if(Fr(e),e<=0||e>8)throw new RangeError("radix2: bits should be in (0..8]");let t=Iu[e]-1;return{encode:n=>{pi(n);let r=n.length,o=new Uint8Array(Math.ceil(r*8/e)),i=0,s=0,a=0;for(let c=0;c<r;)for(c+2<r?(i=i<<24|n[c]<<16|n[c+1]<<8|n[c+2],s+=24,c+=3):(i=(i<<8|n[c])&65535,s+=8,c++);s-=e,o[a++]=i>>s&t,!(s<e););return s>0&&(o[a]=i<<e-s&t),o},decode:n=>{let r=n.length,o=new Uint8Array(Math.floor(r*e/8)),i=0,s=0,a=0;for(let c=0;c<r;c++)for(i=(i<<e|n[c])&65535,s+=e;s>=8;s-=8)o[a++]=i>>s-8&255;if(i=i<<8-s&255,s>=e)throw new Error("Excess padding");if(i>0)throw new Error(`Non-zero padding: ${i}`);return o}}}function Hr(e,t){let n=e.length;if(n>128)throw new Error("alphabet: max 128 letters");let r=new Uint8Array(n),o=new Int8Array(128).fill(-1);for(let i=0;i<n;i++){let s=e.charCodeAt(i);if(e.codePointAt(i)!==s||s>127)throw new Error("alphabet: single-char ASCII letters only");r[i]=s,o[s]=i}if(t!==void 0)for(let i of Object.keys(t)){let s=i.charCodeAt(0),a=o[t[i].charCodeAt(0)];if(i.length!==1||s>127||a===void 0||a===-1)throw new Error(`alphabet: invalid alias ${i}`);o[s]=a}return{encode:i=>{let s=new Uint8Array(i.length);for(let a=0;a<i.length;a++){let c=i[a],l=r[c];if(l===void 0)throw new Error(`alphabet.encode: invalid digit ${c}`);s[a]=l}return Mu(s)},decode:i=>{An("decode",i);let s=i.length,a=new Uint8Array(s);for(let c=0;c<s;c++){let l=i.charCodeAt(c),d=l<128?o[l]:-1;if(d===-1)throw new Error(`Unknown letter "${i[c]}". Allowed: ${e}`);a[c]=d}return a}}}function Uu(e,t="="){return Fr(e),An("padding",t),{encode(n){for(;n.length*e%8;)n+=t;return n},decode(n){An("decode",n);let r=n.length;if(r*e%8)throw new Error("padding: invalid length");for(;r>0&&n[r-1]===t;r--)if((r-1)*e%8===0)throw new Error("padding: excess padding");return n.slice(0,r)}}}function ua(e){return Cu(e),function(...t){try{return e.apply(null,t)}catch{}}}var Pu=typeof Uint8Array.from([]).toBase64=="function"&&typeof Uint8Array.fromBase64=="function",Du=/[\t\n\f\r ]/,Fu=(e,t)=>{An("base64",e);let n=t?"base64url":"base64";if(e.length>0&&Du.test(e))throw new Error("invalid base64");return Uint8Array.fromBase64(e,{alphabet:n,lastChunkHandling:"strict"})},Ku=nr(()=>hi(Kr(6),Hr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),Uu(6)));var mi=nr(()=>Pu?{encode(e){return pi(e),e.toBase64()},decode(e){return Fu(e,!1)}}:Ku),Se=nr(()=>hi(Kr(6),Hr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")));var gi=nr(()=>hi(Kr(6),Hr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")));var fi=Hr("qpzry9x8gf2tvdw0s3jn54khce6mua7l"),Hu=/^[\x21-\x60\x7b-\x7e]+$/;function fa(e,t){for(let n=0;n<t.length;n++){let r=t.charCodeAt(n);if(r<33||r>126)throw new Error(`${e}: printable ASCII expected`)}}function Gu(e){let t=e.length,n=new Uint8Array(t);for(let r=0;r<t;r++){let o=e[r];if(o<0||o>=32)throw new Error(`alphabet.encode: invalid digit ${o}`);n[r]=o}return n}var pa=[996825010,642813549,513874426,1027748829,705979059];function tr(e){let t=e>>25,n=(e&33554431)<<5;for(let r=0;r<pa.length;r++)(t>>r&1)===1&&(n^=pa[r]);return n}function ha(e,t,n=1){let r=e.length,o=1;for(let s=0;s<r;s++){let a=e.charCodeAt(s);if(a<33||a>126)throw new Error(`Invalid prefix (${e})`);o=tr(o)^a>>5}o=tr(o);for(let s=0;s<r;s++)o=tr(o)^e.charCodeAt(s)&31;for(let s of t)o=tr(o)^s;for(let s=0;s<6;s++)o=tr(o);o^=n;let i=new Uint8Array(6);for(let s=0;s<6;s++)i[s]=o>>>5*(5-s)&31;return fi.encode(i)}function Wu(e){let t=e==="bech32"?1:734539939,n=Kr(5),r=u=>{pi(u);let f=u.length,p=new Array(Math.ceil(f*8/5)),m=0,h=0,g=0;for(let x=0;x<f;x++)for(m=m<<8|u[x],h+=8;h>=5;h-=5)p[g++]=m>>h-5&31;return h>0&&(p[g]=m<<5-h&31),p},o=u=>{ca("radix2.decode",u);let f=u.length,p=new Uint8Array(f);for(let m=0;m<f;m++){let h=u[m];if(h<0||h>=32)throw new Error(`convertRadix2: invalid word=${h}`);p[m]=h}return n.decode(p)},i=ua(o);function s(u,f,p=90){An("bech32.encode prefix",u),p!==!1&&Fr(p,"limit"),ma(f)&&(f=la(f)),ca("bech32.encode",f);let m=u.length;if(m===0)throw new TypeError(`Invalid prefix length ${m}`);let h=m+7+f.length;if(p!==!1&&h>p)throw new TypeError(`Length ${h} exceeds limit ${p}`);fa("bech32.encode prefix",u);let g=u.toLowerCase(),x=ha(g,f,t);return`${g}1${fi.encode(Gu(f))}${x}`}function a(u,f=90){An("bech32.decode input",u),f!==!1&&Fr(f,"limit");let p=u.length;if(p<8||f!==!1&&p>f)throw new TypeError(`invalid string length ${p}, expected (8..${f})`);let m=u.toLowerCase();if(u!==m&&!Hu.test(u))throw fa("bech32.decode input",u),new Error("mixed-case string not allowed");let h=m.lastIndexOf("1");if(h===0||h===-1)throw new Error('invalid separator "1"');let g=m.slice(0,h),x=m.slice(h+1);if(x.length<6)throw new Error("invalid data length");let y=fi.decode(x),w=la(y,y.length-6),z=ha(g,w,t);if(!x.endsWith(z))throw new Error(`Invalid checksum in ${u}`);return{prefix:g,words:w}}let c=ua(a);function l(u,f=90){let{prefix:p,words:m}=a(u,f);return{prefix:p,words:m,bytes:o(m)}}function d(u,f){return s(u,r(f))}return{encode:s,decode:a,encodeFromBytes:d,decodeToBytes:l,decodeUnsafe:c,fromWords:o,fromWordsUnsafe:i,toWords:r}}var ye=nr(()=>Wu("bech32"));var Gr=BigInt(4294967295),ga=BigInt(32);function Yu(e,t=!1){return t?{h:Number(e&Gr),l:Number(e>>ga&Gr)}:{h:Number(e>>ga&Gr)|0,l:Number(e&Gr)|0}}function Wr(e,t=!1){let n=e.length,r=new Uint32Array(n),o=new Uint32Array(n);for(let i=0;i<n;i++){let{h:s,l:a}=Yu(e[i],t);[r[i],o[i]]=[s,a]}return[r,o]}var yi=e=>e/2**32|0,bi=e=>e>>>0;function ya(e,t,n,r){let o=yi(n),i=bi(n);e.setUint32(t,r?i:o,r),e.setUint32(t+4,r?o:i,r)}var wi=(e,t,n)=>e>>>n,vi=(e,t,n)=>e<<32-n|t>>>n,st=(e,t,n)=>e>>>n|t<<32-n,at=(e,t,n)=>e<<32-n|t>>>n,dn=(e,t,n)=>e<<64-n|t>>>n-32,un=(e,t,n)=>e>>>n-32|t<<64-n,ba=(e,t)=>t,wa=(e,t)=>e;function Ke(e,t,n,r){let o=(t>>>0)+(r>>>0);return{h:e+n+(o/2**32|0)|0,l:o|0}}var rr=(e,t,n)=>(e>>>0)+(t>>>0)+(n>>>0),or=(e,t,n,r)=>t+n+r+(e/2**32|0)|0,va=(e,t,n,r)=>(e>>>0)+(t>>>0)+(n>>>0)+(r>>>0),xa=(e,t,n,r,o)=>t+n+r+o+(e/2**32|0)|0,ka=(e,t,n,r,o)=>(e>>>0)+(t>>>0)+(n>>>0)+(r>>>0)+(o>>>0),Ea=(e,t,n,r,o,i)=>t+n+r+o+i+(e/2**32|0)|0;function ir(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}var Yr=e=>e?`"${e}" `:"";function Q(e,t=""){if(typeof e!="number")throw new TypeError(Yr(t)+"expected number, got "+typeof e);if(!Number.isSafeInteger(e)||e<0)throw new RangeError(Yr(t)+"expected integer >= 0, got "+e);return e}function qa(e,t=""){if(typeof e!="boolean")throw new TypeError(Yr(t)+"expected boolean, got type="+typeof e);return e}function V(e,t,n=""){if(ir(e)&&(t===void 0||e.length===t))return e;t!==void 0&&Q(t,"length");let r=ir(e),o=t!==void 0?` of length ${t}`:"",i=r?`length=${e.length}`:`type=${typeof e}`,s=Yr(n)+"expected Uint8Array"+o+", got "+i;throw r?new RangeError(s):new TypeError(s)}function xi(e){return Uint8Array.from(V(e))}function Re(e){if(typeof e!="function"||typeof e.create!="function")throw new TypeError("expected hash wrapped by utils.createHasher");if(Q(e.outputLen),Q(e.blockLen),e.outputLen<1||e.blockLen<1)throw new Error("hash blockLen / outputLen must be >= 1")}var Ju=(e,t)=>{if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError((t==="object"?"":`"${t}" `)+"expected object, got type="+typeof e)},$a=(e,t)=>{Ju(e,t);let n=Object.getPrototypeOf(e);if(n!==Object.prototype&&n!==null)throw new TypeError(`"${t}" expected plain object`);if(Object.hasOwn(e,"__proto__"))throw new TypeError(`"${t}.__proto__" is not allowed`)};function Ge(e,t=!0){if(e.destroyed)throw new Error("hash was destroyed");if(t&&e.finished)throw new Error("digest() was already called")}function Ct(e,t){V(e,void 0,"output");let n=t.outputLen;if(!(e.length>=n))throw new RangeError('"output" expected length >= '+n)}function sr(e){return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}function Ae(e){return new Uint32Array(e.buffer,e.byteOffset,Math.floor(e.byteLength/4))}function te(...e){for(let t=0;t<e.length;t++)e[t].fill(0)}function Tn(e){return new DataView(e.buffer,e.byteOffset,e.byteLength)}function Qe(e,t){return e<<32-t|e>>>t}function re(e,t){return e<<t|e>>>32-t>>>0}var ja=new Uint8Array(new Uint32Array([287454020]).buffer)[0]===68;function Aa(e){return e<<24&4278190080|e<<8&16711680|e>>>8&65280|e>>>24&255}var Te=ja?e=>e:e=>Aa(e)>>>0;function Vu(e){for(let t=0;t<e.length;t++)e[t]=Aa(e[t]);return e}var Be=ja?e=>e:Vu,Ta=typeof Uint8Array.from([]).toHex=="function"&&typeof Uint8Array.fromHex=="function",Xu=Array.from({length:256},(e,t)=>t.toString(16).padStart(2,"0"));function Jr(e){if(V(e),Ta)return e.toHex();let t="";for(let n=0;n<e.length;n++)t+=Xu[e[n]];return t}function Sa(e){return e>=48&&e<=57?e-48:e>=65&&e<=70?e-55:e>=97&&e<=102?e-87:void 0}function Vr(e){if(typeof e!="string")throw new TypeError("hex string expected, got "+typeof e);if(Ta)try{return Uint8Array.fromHex(e)}catch(o){throw o instanceof SyntaxError?new RangeError(o.message):o}let t=e.length,n=t/2;if(t%2)throw new RangeError("hex string expected, got unpadded hex of length "+t);let r=new Uint8Array(n);for(let o=0,i=0;o<n;o++,i+=2){let s=Sa(e.charCodeAt(i)),a=Sa(e.charCodeAt(i+1));if(s===void 0||a===void 0){let c=e[i]+e[i+1];throw new RangeError('hex string expected, got non-hex character "'+c+'" at index '+i)}r[o]=s*16+a}return r}function Ba(e){let t=globalThis;if(typeof t.scheduler?.yield=="function"){let n=t.scheduler.yield();return e&&n.catch(e),n}return new Promise(n=>t.setTimeout(n,0))}function Zu(e){if(typeof e!="string")throw new TypeError("string expected");let t=new TextEncoder().encode(e);try{return new Uint8Array(t)}finally{te(t)}}function fn(e,t=""){return typeof e=="string"?Zu(e):V(e,void 0,t)}function Xr(...e){let t=0;for(let r=0;r<e.length;r++){let o=e[r];V(o),t+=o.length}let n=new Uint8Array(t);for(let r=0,o=0;r<e.length;r++){let i=e[r];n.set(i,o),o+=i.length}return n}function et(e,t,n="opts"){return $a(e,"defaults"),t!==void 0&&$a(t,n),Object.assign(Object.create(null),e,t)}function xt(e,t={}){if(typeof e!="function")throw new TypeError('"hashCons" expected function, got type='+typeof e);t=et({},t,"info");let n=(o,i)=>e(i).update(o).digest(),r=e(void 0);return n.outputLen=r.outputLen,n.blockLen=r.blockLen,n.canXOF=r.canXOF,n.create=o=>e(o),Object.assign(n,t),Object.freeze(n)}function ct(e=32){Q(e,"bytesLength");let t=typeof globalThis=="object"?globalThis.crypto:null;if(typeof t?.getRandomValues!="function")throw new Error("crypto.getRandomValues must be defined");if(e>65536)throw new RangeError(`"bytesLength" expected <= 65536, got ${e}`);return t.getRandomValues(new Uint8Array(e))}var kt=e=>({oid:Uint8Array.from([6,9,96,134,72,1,101,3,4,2,e])});function _a(e,t,n){return e&t^~e&n}function Oa(e,t,n){return e&t^e&n^t&n}var ar=class{blockLen;outputLen;canXOF=!1;padOffset;isLE;buffer;view;finished=!1;length=0;pos=0;destroyed=!1;constructor(t,n,r,o){this.blockLen=t,this.outputLen=n,this.padOffset=r,this.isLE=o,this.buffer=new Uint8Array(t),this.view=Tn(this.buffer)}update(t){Ge(this),V(t);let{view:n,buffer:r,blockLen:o}=this,i=t.length,s=!1;for(let a=0;a<i;){let c=Math.min(o-this.pos,i-a);if(c===o){let l=Tn(t);for(;o<=i-a;a+=o)this.process(l,a);s=!0;continue}r.set(a===0&&c===i?t:t.subarray(a,a+c),this.pos),this.pos+=c,a+=c,this.pos===o&&(this.process(n,0),this.pos=0,s=!0)}return this.length+=t.length,s&&this.roundClean(),this}digestInto(t){Ge(this),Ct(t,this),this.finished=!0;let{buffer:n,view:r,blockLen:o,isLE:i}=this,{pos:s}=this;n[s++]=128,n.fill(0,s),this.padOffset>o-s&&(this.process(r,0),n.fill(0)),ya(r,o-8,this.length*8,i),this.process(r,0),this.roundClean();let a=t===n?r:Tn(t),c=this.outputLen,l=c/4,d=this.get();if(c%4||l>d.length)throw new Error("invalid outputLen");for(let u=0;u<l;u++)a.setUint32(4*u,d[u],i)}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let r=t.slice(0,n);return this.destroy(),r}_cloneIntoMeta(t){let{buffer:n,length:r,finished:o,destroyed:i,pos:s}=this;return t.destroyed=i,t.finished=o,t.length=r,t.pos=s,s&&t.buffer.set(n),t}clone(){return this._cloneInto()}},Ra=Uint32Array.from([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]);var La=Uint32Array.from([3418070365,3238371032,1654270250,914150663,2438529370,812702999,355462360,4144912697,1731405415,4290775857,2394180231,1750603025,3675008525,1694076839,1203062813,3204075428]),Na=Uint32Array.from([1779033703,4089235720,3144134277,2227873595,1013904242,4271175723,2773480762,1595750129,1359893119,2917565137,2600822924,725511199,528734635,4215389547,1541459225,327033209]);var Qu=Uint32Array.from([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),It=new Uint32Array(64),ki=class extends ar{A=0;B=0;C=0;D=0;E=0;F=0;G=0;H=0;constructor(t,n){super(64,t,8,!1),this.A=n[0]|0,this.B=n[1]|0,this.C=n[2]|0,this.D=n[3]|0,this.E=n[4]|0,this.F=n[5]|0,this.G=n[6]|0,this.H=n[7]|0}get(){let{A:t,B:n,C:r,D:o,E:i,F:s,G:a,H:c}=this;return[t,n,r,o,i,s,a,c]}set(t,n,r,o,i,s,a,c){this.A=t|0,this.B=n|0,this.C=r|0,this.D=o|0,this.E=i|0,this.F=s|0,this.G=a|0,this.H=c|0}_cloneInto(t){return(t||=new this.constructor).set(...this.get()),this._cloneIntoMeta(t)}process(t,n){for(let u=0;u<16;u++,n+=4)It[u]=t.getUint32(n,!1);for(let u=16;u<64;u++){let f=It[u-15],p=It[u-2],m=Qe(f,7)^Qe(f,18)^f>>>3,h=Qe(p,17)^Qe(p,19)^p>>>10;It[u]=h+It[u-7]+m+It[u-16]|0}let{A:r,B:o,C:i,D:s,E:a,F:c,G:l,H:d}=this;for(let u=0;u<64;u++){let f=Qe(a,6)^Qe(a,11)^Qe(a,25),p=d+f+_a(a,c,l)+Qu[u]+It[u]|0,h=(Qe(r,2)^Qe(r,13)^Qe(r,22))+Oa(r,o,i)|0;d=l,l=c,c=a,a=s+p|0,s=i,i=o,o=r,r=p+h|0}r=r+this.A|0,o=o+this.B|0,i=i+this.C|0,s=s+this.D|0,a=a+this.E|0,c=c+this.F|0,l=l+this.G|0,d=d+this.H|0,this.set(r,o,i,s,a,c,l,d)}roundClean(){te(It)}destroy(){this.destroyed=!0,this.set(0,0,0,0,0,0,0,0),te(this.buffer)}},Ei=class extends ki{constructor(){super(32,Ra)}};var Ca=Wr(["0x428a2f98d728ae22","0x7137449123ef65cd","0xb5c0fbcfec4d3b2f","0xe9b5dba58189dbbc","0x3956c25bf348b538","0x59f111f1b605d019","0x923f82a4af194f9b","0xab1c5ed5da6d8118","0xd807aa98a3030242","0x12835b0145706fbe","0x243185be4ee4b28c","0x550c7dc3d5ffb4e2","0x72be5d74f27b896f","0x80deb1fe3b1696b1","0x9bdc06a725c71235","0xc19bf174cf692694","0xe49b69c19ef14ad2","0xefbe4786384f25e3","0x0fc19dc68b8cd5b5","0x240ca1cc77ac9c65","0x2de92c6f592b0275","0x4a7484aa6ea6e483","0x5cb0a9dcbd41fbd4","0x76f988da831153b5","0x983e5152ee66dfab","0xa831c66d2db43210","0xb00327c898fb213f","0xbf597fc7beef0ee4","0xc6e00bf33da88fc2","0xd5a79147930aa725","0x06ca6351e003826f","0x142929670a0e6e70","0x27b70a8546d22ffc","0x2e1b21385c26c926","0x4d2c6dfc5ac42aed","0x53380d139d95b3df","0x650a73548baf63de","0x766a0abb3c77b2a8","0x81c2c92e47edaee6","0x92722c851482353b","0xa2bfe8a14cf10364","0xa81a664bbc423001","0xc24b8b70d0f89791","0xc76c51a30654be30","0xd192e819d6ef5218","0xd69906245565a910","0xf40e35855771202a","0x106aa07032bbd1b8","0x19a4c116b8d2d0c8","0x1e376c085141ab53","0x2748774cdf8eeb99","0x34b0bcb5e19b48a8","0x391c0cb3c5c95a63","0x4ed8aa4ae3418acb","0x5b9cca4f7763e373","0x682e6ff3d6b2b8a3","0x748f82ee5defb2fc","0x78a5636f43172f60","0x84c87814a1f0ab72","0x8cc702081a6439ec","0x90befffa23631e28","0xa4506cebde82bde9","0xbef9a3f7b2c67915","0xc67178f2e372532b","0xca273eceea26619c","0xd186b8c721c0c207","0xeada7dd6cde0eb1e","0xf57d4f7fee6ed178","0x06f067aa72176fba","0x0a637dc5a2c898a6","0x113f9804bef90dae","0x1b710b35131c471b","0x28db77f523047d84","0x32caab7b40c72493","0x3c9ebe0a15c9bebc","0x431d67c49c100d4c","0x4cc5d4becb3e42b6","0x597f299cfc657e2a","0x5fcb6fab3ad6faec","0x6c44198c4a475817"].map(e=>BigInt(e))),ef=Ca[0],tf=Ca[1],Mt=new Uint32Array(80),Ut=new Uint32Array(80),Zr=class extends ar{Ah=0;Al=0;Bh=0;Bl=0;Ch=0;Cl=0;Dh=0;Dl=0;Eh=0;El=0;Fh=0;Fl=0;Gh=0;Gl=0;Hh=0;Hl=0;constructor(t,n){super(128,t,16,!1),this.Ah=n[0]|0,this.Al=n[1]|0,this.Bh=n[2]|0,this.Bl=n[3]|0,this.Ch=n[4]|0,this.Cl=n[5]|0,this.Dh=n[6]|0,this.Dl=n[7]|0,this.Eh=n[8]|0,this.El=n[9]|0,this.Fh=n[10]|0,this.Fl=n[11]|0,this.Gh=n[12]|0,this.Gl=n[13]|0,this.Hh=n[14]|0,this.Hl=n[15]|0}get(){let{Ah:t,Al:n,Bh:r,Bl:o,Ch:i,Cl:s,Dh:a,Dl:c,Eh:l,El:d,Fh:u,Fl:f,Gh:p,Gl:m,Hh:h,Hl:g}=this;return[t,n,r,o,i,s,a,c,l,d,u,f,p,m,h,g]}set(t,n,r,o,i,s,a,c,l,d,u,f,p,m,h,g){this.Ah=t|0,this.Al=n|0,this.Bh=r|0,this.Bl=o|0,this.Ch=i|0,this.Cl=s|0,this.Dh=a|0,this.Dl=c|0,this.Eh=l|0,this.El=d|0,this.Fh=u|0,this.Fl=f|0,this.Gh=p|0,this.Gl=m|0,this.Hh=h|0,this.Hl=g|0}_cloneInto(t){return(t||=new this.constructor).set(...this.get()),this._cloneIntoMeta(t)}process(t,n){for(let w=0;w<16;w++,n+=4)Mt[w]=t.getUint32(n),Ut[w]=t.getUint32(n+=4);for(let w=16;w<80;w++){let z=Mt[w-15]|0,T=Ut[w-15]|0,E=st(z,T,1)^st(z,T,8)^wi(z,T,7),B=at(z,T,1)^at(z,T,8)^vi(z,T,7),L=Mt[w-2]|0,b=Ut[w-2]|0,k=st(L,b,19)^dn(L,b,61)^wi(L,b,6),q=at(L,b,19)^un(L,b,61)^vi(L,b,6),M=va(B,q,Ut[w-7],Ut[w-16]),_=xa(M,E,k,Mt[w-7],Mt[w-16]);Mt[w]=_|0,Ut[w]=M|0}let{Ah:r,Al:o,Bh:i,Bl:s,Ch:a,Cl:c,Dh:l,Dl:d,Eh:u,El:f,Fh:p,Fl:m,Gh:h,Gl:g,Hh:x,Hl:y}=this;for(let w=0;w<80;w++){let z=st(u,f,14)^st(u,f,18)^dn(u,f,41),T=at(u,f,14)^at(u,f,18)^un(u,f,41),E=u&p^~u&h,B=f&m^~f&g,L=ka(y,T,B,tf[w],Ut[w]),b=Ea(L,x,z,E,ef[w],Mt[w]),k=L|0,q=st(r,o,28)^dn(r,o,34)^dn(r,o,39),M=at(r,o,28)^un(r,o,34)^un(r,o,39),_=r&i^r&a^i&a,S=o&s^o&c^s&c;x=h|0,y=g|0,h=p|0,g=m|0,p=u|0,m=f|0,{h:u,l:f}=Ke(l|0,d|0,b|0,k|0),l=a|0,d=c|0,a=i|0,c=s|0,i=r|0,s=o|0;let j=rr(k,M,S);r=or(j,b,q,_),o=j|0}({h:r,l:o}=Ke(this.Ah|0,this.Al|0,r|0,o|0)),{h:i,l:s}=Ke(this.Bh|0,this.Bl|0,i|0,s|0),{h:a,l:c}=Ke(this.Ch|0,this.Cl|0,a|0,c|0),{h:l,l:d}=Ke(this.Dh|0,this.Dl|0,l|0,d|0),{h:u,l:f}=Ke(this.Eh|0,this.El|0,u|0,f|0),{h:p,l:m}=Ke(this.Fh|0,this.Fl|0,p|0,m|0),{h,l:g}=Ke(this.Gh|0,this.Gl|0,h|0,g|0),{h:x,l:y}=Ke(this.Hh|0,this.Hl|0,x|0,y|0),this.set(r,o,i,s,a,c,l,d,u,f,p,m,h,g,x,y)}roundClean(){te(Mt,Ut)}destroy(){this.destroyed=!0,te(this.buffer),this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0)}},zi=class extends Zr{constructor(){super(64,Na)}},$i=class extends Zr{constructor(){super(48,La)}};var Y=xt(()=>new Ei,kt(1));var Bn=xt(()=>new zi,kt(3)),Ia=xt(()=>new $i,kt(2));var C=class extends Error{constructor(t,n){super(n?`${t}: ${n}`:t),this.code=t}},Ua=new TextEncoder,nf=new TextDecoder("utf-8",{fatal:!0});function le(e){return Ua.encode(e)}function Pa(e){return nf.decode(e)}function We(...e){let t=0;for(let o of e)t+=o.length;let n=new Uint8Array(t),r=0;for(let o of e)n.set(o,r),r+=o.length;return n}function Da(e,t){if(e.length!==t.length)return!1;let n=0;for(let r=0;r<e.length;r++)n|=e[r]^t[r];return n===0}var Ma="0123456789abcdef";function qe(e){let t="";for(let n of e)t+=Ma[n>>4]+Ma[n&15];return t}function Fa(e){if(typeof e!="string"||!/^[0-9a-f]{64}$/.test(e))return null;let t=new Uint8Array(32);for(let n=0;n<32;n++)t[n]=parseInt(e.slice(2*n,2*n+2),16);return t}function Ka(e){return qe(Y(e))}function Ha(e,t){if(typeof t!="string")return null;let n;try{n=e.decode(t)}catch{return null}return e.encode(n)===t?n:null}var Et=e=>Ha(mi,e),Pt=e=>mi.encode(e);var qi=e=>Se.encode(e),Qr=e=>Ha(gi,e),Dt=e=>gi.encode(e),Si=`	
\v\f\r              \u2028\u2029  　`;function Ft(e){return Si.includes(e)}function Le(e){let t=0,n=e.length;for(;t<n&&Si.includes(e[t]);)t++;for(;n>t&&Si.includes(e[n-1]);)n--;return e.slice(t,n)}function Kt(e){return new RegExp("\\p{Cc}","u").test(e)}function Ye(e){return Ua.encode(e).length}function Ht(e){if(e<=1)return 0;let t=Math.floor(4294967296/e)*e,n=new Uint32Array(1);for(;;)if(crypto.getRandomValues(n),n[0]<t)return n[0]%e}function Ue(e){let t=new Uint8Array(e);return crypto.getRandomValues(t),t}function Ga(e){for(let t=e.length-1;t>0;t--){let n=Ht(t+1);[e[t],e[n]]=[e[n],e[t]]}return e}var cr=9007199254740991,se=e=>new C("jcs-syntax",e),rf=128,ji=class{constructor(t){this.b=t,this.i=0,this.depth=0}ws(){let t=this.b;for(;this.i<t.length;){let n=t[this.i];if(n===32||n===10||n===13||n===9)this.i++;else break}}peek(){return this.i<this.b.length?this.b[this.i]:-1}value(){this.ws();let t=this.peek();switch(t){case-1:throw se("EOF while parsing a value");case 123:return this.object();case 91:return this.array();case 34:return this.string();case 116:return this.literal("true"),!0;case 102:return this.literal("false"),!1;case 110:throw this.literal("null"),new C("jcs-null","null is not allowed: omit the field instead");default:if(t===45||t>=48&&t<=57)return this.number();throw se("expected value")}}literal(t){for(let n=0;n<t.length;n++)if(this.b[this.i+n]!==t.charCodeAt(n))throw se("expected "+t);this.i+=t.length}number(){let t=this.b,n=this.i,r=!1;t[this.i]===45&&(r=!0,this.i++);let o=c=>c>=48&&c<=57;if(!o(this.peek()))throw se("invalid number");if(t[this.i]===48){if(this.i++,o(this.peek()))throw se("invalid number")}else for(;o(this.peek());)this.i++;let i=!1;if(this.peek()===46){if(i=!0,this.i++,!o(this.peek()))throw se("invalid number");for(;o(this.peek());)this.i++}if(this.peek()===101||this.peek()===69){if(i=!0,this.i++,(this.peek()===43||this.peek()===45)&&this.i++,!o(this.peek()))throw se("invalid number");for(;o(this.peek());)this.i++}let s=String.fromCharCode(...t.subarray(n,this.i));if(i)throw Number.isFinite(Number(s))?new C("jcs-number",s):se("number out of range");let a=r?s.slice(1):s;if(r&&a==="0")throw new C("jcs-number",s);if(a.length>16||Number(a)>cr)throw new C("jcs-number",s);return r?-Number(a):Number(a)}string(){let t=this.b;this.i++;let n="",r=this.i,o=i=>{if(i>r)try{n+=Pa(t.subarray(r,i))}catch{throw se("invalid unicode code point")}};for(;;){if(this.i>=t.length)throw se("EOF while parsing a string");let i=t[this.i];if(i===34)return o(this.i),this.i++,n;if(i<32)throw se("control character (\\u0000-\\u001F) found while parsing a string");if(i===92){if(o(this.i),this.i++,this.i>=t.length)throw se("EOF while parsing a string");switch(t[this.i++]){case 34:n+='"';break;case 92:n+="\\";break;case 47:n+="/";break;case 98:n+="\b";break;case 102:n+="\f";break;case 110:n+=`
`;break;case 114:n+="\r";break;case 116:n+="	";break;case 117:{let a=this.hex4();if(a>=55296&&a<=56319){if(t[this.i]!==92||t[this.i+1]!==117)throw se("lone leading surrogate in hex escape");this.i+=2;let c=this.hex4();if(c<56320||c>57343)throw se("lone leading surrogate in hex escape");n+=String.fromCharCode(a,c)}else{if(a>=56320&&a<=57343)throw se("unexpected end of hex escape");n+=String.fromCharCode(a)}break}default:throw se("invalid escape")}r=this.i;continue}this.i++}}hex4(){let t=0;for(let n=0;n<4;n++){if(this.i>=this.b.length)throw se("EOF while parsing a string");let r=this.b[this.i++],o;if(r>=48&&r<=57)o=r-48;else if(r>=97&&r<=102)o=r-87;else if(r>=65&&r<=70)o=r-55;else throw se("invalid escape");t=t*16+o}return t}enter(){if(++this.depth>rf)throw se("recursion limit exceeded")}array(){this.enter(),this.i++;let t=[];if(this.ws(),this.peek()===93)return this.i++,this.depth--,t;for(;;){t.push(this.value()),this.ws();let n=this.peek();if(n===44){if(this.i++,this.ws(),this.peek()===93)throw se("trailing comma");continue}if(n===93)return this.i++,this.depth--,t;throw se(n===-1?"EOF while parsing a list":"expected `,` or `]`")}}object(){this.enter(),this.i++;let t={};if(this.ws(),this.peek()===125)return this.i++,this.depth--,t;for(;;){this.ws();let n=this.peek();if(n===-1)throw se("EOF while parsing an object");if(n!==34)throw se("key must be a string");let r=this.string();if(this.ws(),this.peek()!==58)throw se(this.peek()===-1?"EOF while parsing an object":"expected `:`");this.i++;let o=this.value();if(Object.prototype.hasOwnProperty.call(t,r))throw new C("jcs-duplicate-key",JSON.stringify(r));Object.defineProperty(t,r,{value:o,enumerable:!0,writable:!0,configurable:!0}),this.ws();let i=this.peek();if(i===44){if(this.i++,this.ws(),this.peek()===125)throw se("trailing comma");continue}if(i===125)return this.i++,this.depth--,t;throw se(i===-1?"EOF while parsing an object":"expected `,` or `}`")}}};function _n(e){typeof e=="string"&&(e=le(e));let t=new ji(e),n=t.value();if(t.ws(),t.i!==e.length)throw se("trailing characters");return n}function lr(e){typeof e=="string"&&(e=le(e));let t=_n(e),n=zt(t);if(n.length!==e.length||!n.every((r,o)=>r===e[o]))throw new C("jcs-not-canonical","JSON is not in canonical (RFC 8785) form");return t}function Wa(e,t){t.push('"');for(let n of e){let r=n.codePointAt(0);n==='"'?t.push('\\"'):n==="\\"?t.push("\\\\"):r===8?t.push("\\b"):r===12?t.push("\\f"):r===10?t.push("\\n"):r===13?t.push("\\r"):r===9?t.push("\\t"):r<32?t.push("\\u"+r.toString(16).padStart(4,"0")):t.push(n)}t.push('"')}function Ai(e,t){if(e==null)throw new C("jcs-null","null is not allowed");switch(typeof e){case"boolean":t.push(e?"true":"false");return;case"number":if(!Number.isSafeInteger(e)||Object.is(e,-0))throw new C("jcs-number",String(e));t.push(String(e));return;case"string":Wa(e,t);return;case"object":if(Array.isArray(e)){t.push("["),e.forEach((n,r)=>{r&&t.push(","),Ai(n,t)}),t.push("]");return}{let n=Object.keys(e).filter(r=>e[r]!==void 0).sort();t.push("{"),n.forEach((r,o)=>{o&&t.push(","),Wa(r,t),t.push(":"),Ai(e[r],t)}),t.push("}")}return;default:throw new C("jcs-shape","not a JSON value")}}function of(e){let t=[];return Ai(e,t),t.join("")}function zt(e){let t=of(e);return le(typeof t.toWellFormed=="function"?t.toWellFormed():t)}var Ti="application/vnd.dropbox.roster.v1+json",eo="application/vnd.dropbox.reply.v1+json",sf="application/vnd.dropbox.event.v1+json",On="application/vnd.dropbox.followup.v1+json",Rn="application/vnd.dropbox.thread.v1+json",Bi="application/vnd.dropbox.dropkey.v1+json",af=[Ti,eo,sf,On,Rn,Bi],Hg=1<<20,Va=e=>new C("dsse-malformed",e);function pn(e,t){let n=le(e);return We(le(`DSSEv1 ${n.length} `),n,le(` ${t.length} `),t)}function Ya(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function Ja(e,t){return Object.keys(e).length===t.length&&t.every(r=>Object.prototype.hasOwnProperty.call(e,r))}function Ln(e,t=Va){if(!Ya(e)||!Ja(e,["payload","payloadType","signatures"]))throw t("an envelope has exactly payload, payloadType and signatures");if(typeof e.payload!="string"||typeof e.payloadType!="string"||!Array.isArray(e.signatures))throw t("wrong field types");for(let n of e.signatures)if(!Ya(n)||!Ja(n,["keyid","sig"])||typeof n.keyid!="string"||typeof n.sig!="string")throw t("a signature has exactly keyid and sig");return{payload:e.payload,payloadType:e.payloadType,signatures:e.signatures.map(n=>({keyid:n.keyid,sig:n.sig}))}}function $t(e,t){if(!af.includes(e.payloadType))throw new C("dsse-unknown-payload-type",JSON.stringify(e.payloadType));if(e.payloadType!==t)throw new C("dsse-wrong-payload-type",`expected ${t}, found ${e.payloadType}`);let n=Et(e.payload);if(!n)throw Va("payload is not canonical base64");let r=[];for(let i of e.signatures){let s=Ye(i.keyid);if(s===0||s>128)throw new C("dsse-malformed-signature");let a=Et(i.sig);if(!a||a.length!==64)throw new C("dsse-malformed-signature");r.push([i.keyid,a])}let o=lr(n);return{payloadType:e.payloadType,payload:n,value:o,signatures:r}}function dr(e,t,n=()=>{}){if(!Array.isArray(e))throw new TypeError(`"${t}" expected array, got type=${typeof e}`);for(let r=0;r<e.length;r++)n(e[r],`${t}[${r}]`);return e}var ne=(e,t,n)=>V(e,t,n),_i=Q;function Za(e,t=""){if(typeof e!="string"){let n=t&&`"${t}" `;throw new TypeError(n+"expected string, got type="+typeof e)}return e}function Gt(e,t="object"){if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError(t==="object"?"expected valid options object":`"${t}" expected object, got type=${typeof e}`);return e}function hn(e,t){if(typeof e!="function")throw new TypeError(`"${t}" is invalid: expected function, got ${typeof e}`);return e}var ur=Jr,we=(...e)=>Xr(...e),Nn=e=>Vr(e),Yt=ir,St=e=>ct(e),to=BigInt(0),Xa=BigInt(1),cf=e=>e?`"${e}" `:"";function Pe(e,t=""){if(typeof e!="boolean")throw new TypeError(cf(t)+"expected boolean, got type="+typeof e);return e}function no(e){if(typeof e=="bigint"){if(!Wt(e))throw new RangeError("positive bigint expected, got "+e)}else _i(e);return e}function qt(e,t=""){if(typeof e!="number"){let n=t&&`"${t}" `;throw new TypeError(n+"expected number, got type="+typeof e)}if(!Number.isSafeInteger(e)){let n=t&&`"${t}" `;throw new RangeError(n+"expected safe integer, got "+e)}}function fr(e){let t=no(e).toString(16);return t.length&1?"0"+t:t}function Qa(e){if(typeof e!="string")throw new TypeError("hex string expected, got "+typeof e);return e===""?to:BigInt("0x"+e)}function Je(e){return Qa(Jr(e))}function Ve(e){return Qa(Jr(Jt(V(e)).reverse()))}function Cn(e,t){if(Q(t),t===0)throw new Error("zero output length is invalid");e=no(e);let n=t*2,r=e.toString(16);if(r.length>n)throw new RangeError("number is too large");return Vr(r.padStart(n,"0"))}function pr(e,t){return Cn(e,t).reverse()}function Jt(e){return Uint8Array.from(ne(e))}function Vt(e){if(typeof e!="string")throw new TypeError("ascii string expected, got "+typeof e);return Uint8Array.from(e,(t,n)=>{let r=t.charCodeAt(0);if(t.length!==1||r>127)throw new RangeError(`string contains non-ASCII character "${e[n]}" with code ${r} at position ${n}`);return r})}function Wt(e){return typeof e=="bigint"&&to<=e}function Oi(e,t,n){return Wt(e)&&Wt(t)&&Wt(n)&&t<=e&&e<n}function lt(e,t,n,r){if(!Oi(t,n,r))throw new RangeError("expected valid "+e+": "+n+" <= n < "+r+", got "+t)}function In(e){if(e<to)throw new Error("expected non-negative bigint, got "+e);return e===to?0:e.toString(2).length}var hr=e=>(qt(e,"n"),(Xa<<BigInt(e))-Xa);function ec(e,t,n){if(Q(e,"hashLen"),Q(t,"qByteLen"),typeof n!="function")throw new TypeError("hmacFn must be a function");let r=g=>new Uint8Array(g),o=Uint8Array.of(),i=Uint8Array.of(0),s=Uint8Array.of(1),a=1e3,c=r(e),l=r(e),d=0,u=()=>{c.fill(1),l.fill(0),d=0},f=(...g)=>n(l,we(c,...g)),p=(g=o)=>{l=f(i,g),c=f(),g.length!==0&&(l=f(s,g),c=f())},m=()=>{if(d++>=a)throw new Error("drbg: tried max amount of iterations");let g=0,x=[];for(;g<t;){c=f();let y=c.slice();x.push(y),g+=c.length}return we(...x)};return(g,x)=>{u(),p(g);let y;for(;(y=x(m()))===void 0;)p();return u(),y}}function je(e,t={},n={},r="object"){Gt(e,r),Gt(t,"fields"),Gt(n,"optFields");function o(s,a,c){let l=r==="object"?`param "${String(s)}"`:`"${r}.${String(s)}"`,d=e[s];if(!Object.hasOwn(e,s)&&(c?d!==void 0:a!=="function"))throw new TypeError(`${l} is invalid: expected own property`);if(c&&d===void 0)return;let u=typeof d;if(u!==a||d===null)throw new TypeError(`${l} is invalid: expected ${a}, got ${u}`)}let i=(s,a)=>Object.entries(s).forEach(([c,l])=>o(c,l,a));i(t,!1),i(n,!0)}var Ee=BigInt(0),ie=BigInt(1),Xt=BigInt(2),rc=BigInt(3),Ri=BigInt(4),oc=BigInt(5),lf=BigInt(7),ic=BigInt(8),df=BigInt(9),uf=BigInt(15),sc=BigInt(16),ff=BigInt("0x10000000000000000");function ae(e,t){if(t<=Ee)throw new Error("mod: expected positive modulus, got "+t);let n=e%t;return n>=Ee?n:t+n}function ac(e,t,n){if(n<=ie)throw new Error("pow: expected modulus > 1, got "+n);if(typeof t!="bigint")throw new TypeError("invalid exponent: expected bigint, got "+typeof t);if(t<Ee)throw new Error("invalid exponent, negatives unsupported");if(t===Ee)return ie;if(t===ie)return e;let r=e%n;if(r<Ee&&(r+=n),t<ff){let a=ie;for(;t>Ee;)t&ie&&(a=a*r%n),r=r*r%n,t>>=ie;return a}let o=[];for(;t>Ee;)o.push(Number(t&uf)),t>>=Ri;let i=new Array(16);i[0]=ie,i[1]=r;for(let a=2;a<16;a++)i[a]=i[a-1]*r%n;let s=i[o[o.length-1]];for(let a=o.length-2;a>=0;a--){s=s*s%n,s=s*s%n,s=s*s%n,s=s*s%n;let c=o[a];c!==0&&(s=s*i[c]%n)}return s}function Xe(e,t,n){if(n<=ie)throw new Error("pow2: expected modulus > 1, got "+n);if(t<Ee)throw new Error("pow2: expected non-negative exponent, got "+t);let r=e;for(;t-- >Ee;)r*=r,r%=n;return r}function tc(e,t){if(e===Ee)throw new Error("invert: expected non-zero number");if(t<=ie)throw new Error("invert: expected modulus > 1, got "+t);let n=ae(e,t),r=t,o=Ee,i=ie;for(;n!==Ee;){let a=r/n,c=r-n*a,l=o-i*a;r=n,n=c,o=i,i=l}if(r!==ie)throw new Error("invert: does not exist");return ae(o,t)}function cc(e,t){if(t<=ie)throw new Error("invertCt: expected prime modulus > 1, got "+t);let n=ae(e,t);if(n===Ee)throw new Error("invertCt: expected non-zero number");let r=ac(n,t-Xt,t);if(ae(n*r,t)!==ie)throw new Error("invertCt: does not exist");return r}function Li(e,t,n){let r=e;if(!r.eql(r.sqr(t),n))throw new Error("Cannot find square root")}function Ni(e,t){if((e&ie)===Ee)throw new Error(t+": expected odd modulus, got "+e)}function lc(e,t){let n=e,r=(n.ORDER+ie)/Ri,o=n.pow(t,r);return Li(n,o,t),o}function pf(e,t){let n=e,r=(n.ORDER-oc)/ic,o=n.mul(t,Xt),i=n.pow(o,r),s=n.mul(t,i),a=n.mul(n.mul(s,Xt),i),c=n.mul(s,n.sub(a,n.ONE));return Li(n,c,t),c}function hf(e){let t=io(e),n=dc(e),r=n(t,t.neg(t.ONE)),o=n(t,r),i=n(t,t.neg(r)),s=(e+lf)/sc;return((a,c)=>{let l=a,d=l.pow(c,s),u=l.mul(d,r),f=l.mul(d,o),p=l.mul(d,i),m=l.eql(l.sqr(u),c),h=l.eql(l.sqr(f),c);d=l.cmov(d,u,m),u=l.cmov(p,f,h);let g=l.eql(l.sqr(u),c),x=l.cmov(d,u,g);return Li(l,x,c),x})}function dc(e){if(e<rc)throw new Error("sqrt is not defined for small field");Ni(e,"tonelliShanks");let t=e-ie,n=0;for(;t%Xt===Ee;)t/=Xt,n++;let r=Xt,o=io(e);for(;mr(o,r)===1;)if(r++>1e3)throw new Error("Cannot find square root: probably non-prime P");if(n===1)return lc;let i=o.pow(r,t),s=(t+ie)/Xt;return function(c,l){let d=c;if(d.is0(l))return l;if(mr(d,l)!==1)throw new Error("Cannot find square root");let u=n,f=d.mul(d.ONE,i),p=d.pow(l,t),m=d.pow(l,s);for(;!d.eql(p,d.ONE);){if(d.is0(p))throw new Error("Cannot find square root: probably non-prime P");let h=1,g=d.sqr(p);for(;!d.eql(g,d.ONE);)if(h++,g=d.sqr(g),h===u)throw new Error("Cannot find square root");let x=ie<<BigInt(u-h-1),y=d.pow(f,x);u=h,f=d.sqr(y),p=d.mul(p,f),m=d.mul(m,y)}return m}}function mf(e){return Ni(e,"Fp.sqrt"),e%Ri===rc?lc:e%ic===oc?pf:e%sc===df?hf(e):dc(e)}var uc=(e,t)=>(ae(e,t)&ie)===ie,gf=["create","isValid","is0","neg","inv","sqrt","sqr","eql","add","sub","mul","pow","div","addN","subN","mulN","sqrN"];function Mn(e){if(Gt(e,"field"),typeof e.ORDER!="bigint")throw new TypeError('param "ORDER" is invalid: expected bigint, got '+typeof e.ORDER);qt(e.BYTES,"BYTES"),qt(e.BITS,"BITS");for(let t of gf)hn(e[t],"field."+t);if(e.BYTES<1||e.BITS<1)throw new Error("invalid field: expected BYTES/BITS > 0");if(e.ORDER<=ie)throw new Error("invalid field: expected ORDER > 1, got "+e.ORDER);return e}function oo(e,t,n=!1){Mn(e),dr(t,"nums"),Pe(n,"passZero");let r=e,o=new Array(t.length).fill(n?r.ZERO:void 0),i=t.reduce((a,c,l)=>r.is0(c)?a:(o[l]=a,r.mul(a,c)),r.ONE),s=r.inv(i);return t.reduceRight((a,c,l)=>r.is0(c)?a:(o[l]=r.mul(a,o[l]),r.mul(a,c)),s),o}function mr(e,t){Mn(e);let n=e;Ni(n.ORDER,"FpLegendre");let r=(n.ORDER-ie)/Xt,o=n.pow(t,r),i=n.eql(o,n.ONE),s=n.eql(o,n.ZERO),a=n.eql(o,n.neg(n.ONE));if(!i&&!s&&!a)throw new Error("invalid Legendre symbol result");return i?1:s?0:-1}function yf(e,t){if(t!==void 0&&_i(t),e<=Ee)throw new Error("invalid n length: expected positive n, got "+e);if(t!==void 0&&t<1)throw new Error("invalid n length: expected positive bit length, got "+t);let n=In(e);if(t!==void 0&&t<n)throw new Error(`invalid n length: expected nBitLength (${t}) >= bitLen(n) (${n})`);let r=t!==void 0?t:n,o=Math.ceil(r/8);return{nBitLength:r,nByteLength:o}}var nc=new WeakMap,ro=class{ORDER;BITS;BYTES;isLE;ZERO=Ee;ONE=ie;_lengths;_mod;constructor(t,n={}){if(t<=ie)throw new Error("invalid field: expected ORDER > 1, got "+t);let r;this.isLE=!1,n!=null&&typeof n=="object"&&(typeof n.BITS=="number"&&(r=n.BITS),typeof n.sqrt=="function"&&Object.defineProperty(this,"sqrt",{value:n.sqrt,enumerable:!0}),typeof n.isLE=="boolean"&&(this.isLE=n.isLE),n.allowedLengths&&(this._lengths=Object.freeze(n.allowedLengths.slice())),typeof n.modFromBytes=="boolean"&&(this._mod=n.modFromBytes));let{nBitLength:o,nByteLength:i}=yf(t,r);if(i>2048)throw new Error("invalid field: expected ORDER of <= 2048 bytes");this.ORDER=t,this.BITS=o,this.BYTES=i,Object.freeze(this)}create(t){return ae(t,this.ORDER)}isValid(t){if(typeof t!="bigint")throw new TypeError("invalid field element: expected bigint, got "+typeof t);return Ee<=t&&t<this.ORDER}is0(t){return t===Ee}isValidNot0(t){return!this.is0(t)&&this.isValid(t)}isOdd(t){return(t&ie)===ie}neg(t){return ae(-t,this.ORDER)}eql(t,n){return t===n}sqr(t){return ae(t*t,this.ORDER)}add(t,n){return ae(t+n,this.ORDER)}sub(t,n){return ae(t-n,this.ORDER)}mul(t,n){return ae(t*n,this.ORDER)}pow(t,n){return ac(t,n,this.ORDER)}div(t,n){return ae(t*tc(n,this.ORDER),this.ORDER)}sqrN(t){return t*t}addN(t,n){return t+n}subN(t,n){return t-n}mulN(t,n){return t*n}inv(t){return tc(t,this.ORDER)}sqrt(t){let n=nc.get(this);return n||nc.set(this,n=mf(this.ORDER)),n(this,t)}toBytes(t){return this.isLE?pr(t,this.BYTES):Cn(t,this.BYTES)}fromBytes(t,n=!1){ne(t);let{_lengths:r,BYTES:o,isLE:i,ORDER:s,_mod:a}=this;if(r){if(t.length<1||!r.includes(t.length)||t.length>o)throw new Error("Field.fromBytes: expected "+r+" bytes, got "+t.length);let l=new Uint8Array(o);l.set(t,i?0:l.length-t.length),t=l}if(t.length!==o)throw new Error("Field.fromBytes: expected "+o+" bytes, got "+t.length);let c=i?Ve(t):Je(t);if(a&&(c=ae(c,s)),!n&&!this.isValid(c))throw new Error("invalid field element: outside of range 0..ORDER");return c}invertBatch(t){return oo(this,t,!0)}cmov(t,n,r){return Pe(r,"condition"),r?n:t}};function io(e,t={}){return Object.freeze(ro.prototype),new ro(e,t)}function fc(e){if(typeof e!="bigint")throw new Error("field order must be bigint");if(e<=ie)throw new Error("field order must be greater than 1");let t=In(e-ie);return Math.ceil(t/8)}function so(e){let t=fc(e);return t+Math.ceil(t/2)}function Ci(e,t,n=!1){ne(e);let r=e.length,o=fc(t),i=Math.max(so(t),16);if(r<i||r>1024)throw new Error("expected "+i+"-1024 bytes of input, got "+r);let s=n?Ve(e):Je(e),a=ae(s,t-ie)+ie;return n?pr(a,o):Cn(a,o)}var Ui=BigInt(0),gr=BigInt(1),bf=BigInt(4),Ii=16,pc=128,wf=5,hc=2**31;function Zt(e){let t=e;if(typeof t!="function")throw new TypeError('"Point" expected constructor, got type='+typeof e);hn(t.fromAffine,"Point.fromAffine"),hn(t.fromBytes,"Point.fromBytes"),hn(t.fromHex,"Point.fromHex"),Gt(t.BASE,"Point.BASE"),Gt(t.ZERO,"Point.ZERO"),Mn(t.Fp),Mn(t.Fn)}function ao(e,t){Zt(e),gc(t,e);let n=oo(e.Fp,t.map(r=>r.Z));return t.map((r,o)=>e.fromAffine(r.toAffine(n[o])))}function vf(e,t,n=1){if(!Number.isSafeInteger(e)||e<n||e>t)throw new Error("invalid window size, expected ["+n+".."+t+"], got W="+e)}function xf(e,t){let n=e*(4*t+128);if(n>hc)throw new Error("invalid window size: table would need ~"+Math.ceil(n/2**20)+" MiB, max "+hc/2**20+" MiB")}function Pi(e,t){if(e!==void 0){hn(e,"randomBytes");try{let n=e(t);if(!Yt(n)||n.length!==t)return}catch{return}return e}}function gc(e,t){dr(e,"points"),e.forEach((n,r)=>{if(!(n instanceof t))throw new Error("invalid point at index "+r)})}function kf(e,t,n){if(!Array.isArray(e))throw new Error("array of scalars expected");e.forEach((r,o)=>{if(!(n===void 0?t.isValid(r):Wt(r)&&r<n))throw new Error("invalid scalar at index "+o)})}var yc=new WeakMap;function Mi(e){return yc.get(e)||1}function Ef(e,t){let n=e.double(),r=[e];for(let o=1;o<t;o++)r.push(r[o-1].add(n));return r}function zf(e,t){let n=2**t,r=n/2,o=BigInt(n-1),i=[];for(;e>Ui;){let s=0;e&gr&&(s=Number(e&o),s>=r&&(s-=n),e-=BigInt(s)),i.push(s),e>>=gr}return i}function $f(e,t,n){let r=2**t,o=r/2,i=BigInt(r-1),s=BigInt(t),a=[];for(let c=0;c<n;c++){let l=Number(e&i);e>>=s,l>o&&(l-=r,e+=gr),a.push(l)}if(e!==Ui)throw new Error("invalid wnaf");return a}function Sf(e,t,n){let r=0;for(let i of n)r=Math.max(r,i.length);let o=e;for(let i=r-1;i>=0;i--){i!==r-1&&(o=o.double());for(let s=0;s<n.length;s++){let a=n[s][i];if(a){let c=t[s][Math.abs(a)-1>>1];o=o.add(a<0?c.negate():c)}}}return o}var Un=class{Point;BASE;ZERO;randomBytes;wnafPrecomputes=new WeakMap;baseCanBeBlinded;bits;constructor(t,n){Zt(t),this.randomBytes=Pi(n,Ii),this.Point=t,this.BASE=t.BASE,this.ZERO=t.ZERO,this.bits=t.Fn.BITS}buildWnafTable(t,n,r){let o=Math.ceil(r/n)+1,i=2**(n-1),s=[],a=t;for(let c=0;c<o;c++){let l=a;for(let d=0;d<i;d++)s.push(l),l=l.add(a);a=s[s.length-1].double()}return{W:n,bits:r,windows:o,comp:s}}wnafCachedCT(t,n){let{W:r,windows:o,comp:i}=t,s=2**(r-1),a=$f(n,r,o),c=this.ZERO,l=this.BASE;for(let d=0;d<o;d++){let u=a[d],f=d*s,p=Math.abs(u)-1,m=i[f];for(let g=1;g<s;g++)m=g===p?i[f+g]:m;let h=m.negate();u===0?l=l.add(i[f]):c=c.add(u<0?h:m)}return{p:c,f:l}}getWnafPrecomputes(t,n,r,o){let i=this.wnafPrecomputes.get(n),s=i?.find(a=>a.W===t&&a.bits===r);return s||(s=this.buildWnafTable(n,t,r),typeof o=="function"&&(s={...s,comp:o(s.comp)}),i||(i=[],this.wnafPrecomputes.set(n,i)),i.push(s)),s}assertPoint(t){if(!(t instanceof this.Point))throw new TypeError('"point" expected Point instance, got type='+typeof t)}validateMulInput(t,n){if(this.assertPoint(t),!Oi(n,gr,this.Point.Fn.ORDER))throw new Error("invalid scalar")}runCT(t,n,r,o){let i=Mi(t);return i===1?this.fixedWindowCT(t,n,r):this.wnafCachedCT(this.getWnafPrecomputes(i,t,r,o),n)}mulCT(t,n,r){return this.validateMulInput(t,n),this.runCT(t,n,this.bits,r)}mulCTBlinded(t,n,r){if(this.validateMulInput(t,n),this.randomBytes===void 0)throw new Error("randomBytes is required for scalar blinding");let o=this.Point.Fn.BITS+pc,i=this.randomBytes(Ii);if(!Yt(i)||i.length!==Ii)throw new Error("randomBytes returned invalid byte array");i[0]=i[0]&63|128;let s=n+Je(i)*this.Point.Fn.ORDER;return this.runCT(t,s,o,r)}fixedWindowCT(t,n,r){let o=wf,i=1<<o,s=hr(o),a=new Array(i);a[0]=this.ZERO;for(let d=1;d<i;d++)a[d]=a[d-1].add(t);let c=Math.ceil(r/o),l=this.ZERO;for(let d=c-1;d>=0;d--){if(d!==c-1)for(let p=0;p<o;p++)l=l.double();let u=Number(n>>BigInt(d*o)&s),f=a[0];for(let p=1;p<i;p++)f=p===u?a[p]:f;l=l.add(f)}return{p:l,f:l}}shouldBlind(t,n){return this.randomBytes===void 0?!1:n===gr?!0:t!==this.BASE?!1:(this.baseCanBeBlinded===void 0&&(this.baseCanBeBlinded=this.mulUnsafe(this.BASE,this.Point.Fn.ORDER).is0()),this.baseCanBeBlinded)}mulSecret(t,n,r,o){return this.shouldBlind(t,r)?this.mulCTBlinded(t,n,o):this.mulCT(t,n,o)}mulUnsafe(t,n,r){if(this.assertPoint(t),!Wt(n))throw new Error("invalid scalar");let o=Mi(t);if(o===1||n>=this.Point.Fn.ORDER)return co(this.Point,[t],[n],!0);let i=this.getWnafPrecomputes(o,t,this.bits,r);return this.wnafCachedCT(i,n).p}setWindowSize(t,n){this.assertPoint(t),vf(n,this.bits);let r=Math.ceil((this.bits+pc)/n)+1;xf(r*2**(n-1),this.Point.Fp.BYTES),yc.set(t,n),this.wnafPrecomputes.delete(t)}hasWindowSize(t){return Mi(t)!==1}};function co(e,t,n,r=!1){if(Zt(e),gc(t,e),Pe(r,"allowOversized"),kf(n,e.Fn,r?e.Fn.ORDER**bf:void 0),t.length!==n.length)throw new Error("arrays of points and scalars must have equal length");let o=t.map(s=>Ef(s,4)),i=n.map(s=>zf(s,4));return Sf(e.ZERO,o,i)}function mc(e,t,n){if(t){if(t.ORDER!==e)throw new Error("Field.ORDER must match order: Fp == p, Fn == n");return Mn(t),t}else return io(e,{isLE:n})}function lo(e,t,n={},r){if(e!=="weierstrass"&&e!=="edwards")throw new Error('expected curve type "weierstrass" or "edwards"');if(r===void 0&&(r=e==="edwards"),!t||typeof t!="object")throw new Error(`expected valid ${e} CURVE object`);je(n);for(let c of["p","n","h"]){let l=t[c];if(!(Wt(l)&&l!==Ui))throw new Error(`CURVE.${c} must be positive bigint`)}let o=mc(t.p,n.Fp,r),i=mc(t.n,n.Fn,r),a=["Gx","Gy","a",e==="weierstrass"?"b":"d"];for(let c of a)if(!o.isValid(t[c]))throw new Error(`CURVE.${c} must be valid field element of CURVE.Fp`);return t=Object.freeze(Object.assign({},t)),{CURVE:t,Fp:o,Fn:i}}function Pn(e,t){return function(r){let o=e(r);return{secretKey:o,publicKey:t(o)}}}var uo=BigInt(0),fo=BigInt(1),po=BigInt(2),qf=BigInt(4),bc=BigInt(8);function jf(e,t,n,r){let o=e.sqr(n),i=e.sqr(r),s=e.add(e.mul(t.a,o),i),a=e.add(e.ONE,e.mul(t.d,e.mul(o,i)));return e.eql(s,a)}function wc(e,t={}){je(t,{},{},"extraOpts");let n=t,r=lo("edwards",e,n,n.FpFnLE),{Fp:o,Fn:i}=r,s=r.CURVE,{h:a}=s;if(mr(o,s.a)!==1)throw new Error("edwards: CURVE.a must be a square in Fp for complete addition formulas");if(mr(o,s.d)!==-1)throw new Error("edwards: CURVE.d must be a non-square in Fp for complete addition formulas");je(n,{},{uvRatio:"function",randomBytes:"function"});let c=n.randomBytes===void 0?St:n.randomBytes,l=po<<BigInt(o.BYTES*8)-fo;function d(y){if(!o.isOdd)throw new Error("Field does not have .isOdd()");return o.isOdd(y)}let u=n.uvRatio===void 0?(y,w)=>{try{return{isValid:!0,value:o.sqrt(o.div(y,w))}}catch{return{isValid:!1,value:uo}}}:n.uvRatio;if(!jf(o,s,s.Gx,s.Gy))throw new Error("bad curve params: generator point");let f=o.eql(s.a,o.neg(o.ONE))?y=>o.neg(y):o.eql(s.a,o.ONE)?y=>y:y=>o.mul(s.a,y);function p(y,w,z=!1){let T=z?fo:uo;return lt("coordinate "+y,w,T,l),w}function m(y){if(!(y instanceof h))throw new Error("EdwardsPoint expected")}class h{static BASE=new h(s.Gx,s.Gy,o.ONE,o.mul(s.Gx,s.Gy));static ZERO=new h(o.ZERO,o.ONE,o.ONE,o.ZERO);static Fp=o;static Fn=i;X;Y;Z;T;constructor(w,z,T,E){this.X=p("x",w),this.Y=p("y",z),this.Z=p("z",T,!0),this.T=p("t",E),Object.freeze(this)}static CURVE(){return s}static fromAffine(w){if(w instanceof h)throw new Error("extended point not allowed");let{x:z,y:T}=w||{};return p("x",z),p("y",T),new h(z,T,o.ONE,o.mul(z,T))}static fromBytes(w,z=!1){let T=o.BYTES,{a:E,d:B}=s;w=Jt(ne(w,T,"point")),Pe(z,"zip215");let L=Jt(w),b=w[T-1];L[T-1]=b&-129;let k=Ve(L),q=z?l:o.ORDER;lt("point.y",k,uo,q);let M=o.sqr(k),_=o.sub(M,o.ONE),S=o.sub(o.mulN(B,M),E),{isValid:j,value:R}=u(_,S);if(!j)throw new Error("bad point: invalid y coordinate");let N=d(R),D=(b&128)!==0;if(!z&&o.is0(R)&&D)throw new Error("bad point: x=0 and x_0=1");return D!==N&&(R=o.neg(R)),h.fromAffine({x:R,y:k})}static fromHex(w,z=!1){return h.fromBytes(Nn(w),z)}get x(){return this.toAffine().x}get y(){return this.toAffine().y}precompute(w=6,z=!0){return x.setWindowSize(this,w),z||this.multiply(po),this}assertValidity(){let w=this,{a:z,d:T}=s;if(w.is0())throw new Error("bad point: ZERO");let{X:E,Y:B,Z:L,T:b}=w,k=o.sqr(E),q=o.sqr(B),M=o.sqr(L),_=o.sqr(M),S=o.mul(k,z),j=o.mul(o.add(S,q),M),R=o.add(_,o.mul(T,o.mul(k,q)));if(!o.eql(j,R))throw new Error("bad point: equation left != right (1)");let N=o.mul(E,B),D=o.mul(L,b);if(!o.eql(N,D))throw new Error("bad point: equation left != right (2)")}equals(w){m(w);let{X:z,Y:T,Z:E}=this,{X:B,Y:L,Z:b}=w,k=o.mul(z,b),q=o.mul(B,E),M=o.mul(T,b),_=o.mul(L,E);return o.eql(k,q)&&o.eql(M,_)}is0(){return this.equals(h.ZERO)}negate(){return new h(o.neg(this.X),this.Y,this.Z,o.neg(this.T))}double(){let{X:w,Y:z,Z:T}=this,E=o.sqr(w),B=o.sqr(z),L=o.mul(o.sqr(T),po),b=f(E),k=o.addN(w,z),q=o.sub(o.subN(o.sqr(k),E),B),M=o.addN(b,B),_=o.subN(M,L),S=o.subN(b,B),j=o.mul(q,_),R=o.mul(M,S),N=o.mul(q,S),D=o.mul(_,M);return new h(j,R,D,N)}add(w){m(w);let{d:z}=s,{X:T,Y:E,Z:B,T:L}=this,{X:b,Y:k,Z:q,T:M}=w,_=o.mul(T,b),S=o.mul(E,k),j=o.mul(o.mulN(L,z),M),R=o.mul(B,q),N=o.sub(o.subN(o.mulN(o.addN(T,E),o.addN(b,k)),_),S),D=o.subN(R,j),U=o.addN(R,j),O=o.sub(S,f(_)),v=o.mul(N,D),$=o.mul(U,O),I=o.mul(N,O),F=o.mul(D,U);return new h(v,$,F,I)}subtract(w){return m(w),this.add(w.negate())}multiply(w){if(!i.isValidNot0(w))throw new RangeError("invalid scalar: expected 1 <= sc < curve.n");let{p:z,f:T}=x.mulSecret(this,w,a,g);return g([z,T])[0]}multiplyUnsafe(w){if(!i.isValid(w))throw new RangeError("invalid scalar: expected 0 <= sc < curve.n");return w===uo?h.ZERO:this.is0()||w===fo?this:x.mulUnsafe(this,w,g)}isSmallOrder(){return this.clearCofactor().is0()}isTorsionFree(){return x.mulUnsafe(this,s.n).is0()}toAffine(w){let z=this,T=w;if(T!=null&&typeof T!="bigint")throw new TypeError('"invertedZ" expected bigint, got type='+typeof T);let{X:E,Y:B,Z:L}=z,b=z.is0();T==null&&(T=b?o.create(bc):o.inv(L));let k=o.mul(E,T),q=o.mul(B,T),M=o.mul(L,T);if(b)return{x:o.ZERO,y:o.ONE};if(!o.eql(M,o.ONE))throw new Error("invZ was invalid");return{x:k,y:q}}clearCofactor(){return a===fo?this:a===po?this.double():a===qf?this.double().double():a===bc?this.double().double().double():this.multiplyUnsafe(a)}toBytes(){let{x:w,y:z}=this.toAffine(),T=o.toBytes(z);return T[T.length-1]|=d(w)?128:0,T}toHex(){return ur(this.toBytes())}toString(){return`<Point ${this.is0()?"ZERO":this.toHex()}>`}}let g=y=>ao(h,y),x=new Un(h,c);return x.bits>=6&&h.BASE.precompute(6),Object.freeze(h.prototype),Object.freeze(h),h}function vc(e,t,n={}){if(Zt(e),typeof t!="function")throw new Error('"hash" function param is required');let r=t,o=n;je(o,{},{adjustScalarBytes:"function",randomBytes:"function",domain:"function",prehash:"function",zip215:"boolean",mapToCurve:"function",toMontgomery:"function",toMontgomerySecret:"function"});let{prehash:i}=o,{BASE:s,Fp:a,Fn:c}=e,l=r.outputLen,d=2*a.BYTES;if(l!==void 0&&(qt(l,"hash.outputLen"),l!==d))throw new Error(`hash.outputLen must be ${d}, got ${l}`);let u=o.randomBytes===void 0?St:o.randomBytes,f=o.toMontgomery,p=o.toMontgomerySecret,m=o.adjustScalarBytes===void 0?S=>S:o.adjustScalarBytes,h=o.domain===void 0?(S,j,R)=>{if(Pe(R,"phflag"),j.length||R)throw new Error("Contexts/pre-hash are not supported");return S}:o.domain;function g(S){return c.create(Ve(S))}function x(S){let j=b.secretKey;ne(S,b.secretKey,"secretKey");let R=ne(r(S),2*j,"hashedSecretKey"),N=m(R.slice(0,j)),D=R.slice(j,2*j),U=g(N);return{head:N,prefix:D,scalar:U}}function y(S){let{head:j,prefix:R,scalar:N}=x(S),D=s.multiply(N),U=D.toBytes();return{head:j,prefix:R,scalar:N,point:D,pointBytes:U}}function w(S){return y(S).pointBytes}function z(S=Uint8Array.of(),...j){let R=we(...j);return g(r(h(R,ne(S,void 0,"context"),!!i)))}function T(S,j,R={}){je(R,{},{},"options"),S=Jt(ne(S,void 0,"message")),i&&(S=i(S));let{prefix:N,scalar:D,pointBytes:U}=y(j),O=z(R.context,N,S),v=s.multiply(O).toBytes(),$=z(R.context,v,U,S),I=c.create(O+$*D);if(!c.isValid(I))throw new Error("sign failed: invalid s");let F=we(v,c.toBytes(I));return ne(F,b.signature,"result")}let E={zip215:o.zip215};function B(S,j,R,N=E){je(N);let{context:D}=N,U=N.zip215===void 0?!!E.zip215:N.zip215,O=b.signature;S=ne(S,O,"signature"),j=ne(j,void 0,"message"),R=ne(R,b.publicKey,"publicKey"),U!==void 0&&Pe(U,"zip215"),i&&(j=i(j));let v=O/2,$=S.subarray(0,v),I=Ve(S.subarray(v,O)),F,K,H;try{F=e.fromBytes(R,U),K=e.fromBytes($,U),H=s.multiplyUnsafe(I)}catch{return!1}if(!U&&F.isSmallOrder())return!1;let G=z(D,$,R,j);return K.add(F.multiplyUnsafe(G)).subtract(H).clearCofactor().is0()}let L=a.BYTES,b={secretKey:L,publicKey:L,signature:2*L,seed:L};function k(S){return S=S===void 0?u(b.seed):S,ne(S,b.seed,"seed")}function q(S){return Yt(S)&&S.length===b.secretKey}function M(S,j){try{return!!e.fromBytes(S,j===void 0?E.zip215:j)}catch{return!1}}let _={getExtendedPublicKey:y,randomSecretKey:k,isValidSecretKey:q,isValidPublicKey:M,toMontgomery(S){if(f===void 0)throw new Error("Montgomery conversion is not supported for this curve");return f(e.fromBytes(S))},toMontgomerySecret(S){if(p===void 0)throw new Error("Montgomery conversion is not supported for this curve");return p(S)}};return Object.freeze(b),Object.freeze(_),Object.freeze({keygen:Pn(k,w),getPublicKey:w,sign:T,verify:B,utils:_,Point:e,lengths:b})}function yr(e,t="n"){if(typeof e!="number")throw new TypeError(`wrong u32 integer "${t}": expected number, got type=${typeof e}`);if(!Number.isSafeInteger(e)||e<0||e>4294967295)throw new RangeError(`wrong u32 integer "${t}": expected 0..4294967295, got ${e}`);return e}function kc(e){return yr(e,"x"),(e&e-1)===0&&e!==0}function Di(e,t){if(yr(e),typeof t!="number")throw new TypeError('"bits" expected number, got type='+typeof t);if(!Number.isSafeInteger(t)||t<0||t>32)throw new Error(`expected integer 0 <= bits <= 32, got ${t}`);let n=0;for(let r=0;r<t;r++,e>>>=1)n=n<<1|e&1;return n>>>0}function Ec(e){return yr(e),31-Math.clz32(e)}function xc(e){if(!e||typeof e!="object"||typeof e.length!="number")throw new TypeError('"values" expected array-like, got type='+typeof e);let t=e.length;if(!kc(t))throw new Error("expected positive power-of-two length, got "+t);let n=Ec(t);for(let r=0;r<t;r++){let o=Di(r,n);if(r<o){let i=e[r];e[r]=e[o],e[o]=i}}return e}var Fi=(e,t)=>{je(t,{N:"number",roots:"object",dit:"boolean"},{invertButterflies:"boolean",skipStages:"number",brp:"boolean"},"coreOpts");let{N:n,roots:r,dit:o,invertButterflies:i=!1,skipStages:s=0,brp:a=!0}=t;yr(n,"coreOpts.N");let c=Ec(n);if(!kc(n))throw new Error("FFT: Polynomial size should be power of two");yr(s,"coreOpts.skipStages");let l=c===0?0:c-1;if(s>l)throw new Error(`FFT: wrong skipStages: expected 0 <= skipStages <= ${l}`);if(r.length!==n)throw new Error(`FFT: wrong roots length: expected ${n}, got ${r.length}`);let d=o!==i;return u=>{if(u.length!==n)throw new Error("FFT: wrong Polynomial length");o&&a&&xc(u);for(let f=0,p=1;f<c-s;f++){let m=o?f+1+s:c-f,h=1<<m,g=h>>1,x=n>>m;for(let y=0;y<n;y+=h)for(let w=0,z=p++;w<g;w++){let T=i?o?n-z:z:w*x,E=y+w,B=y+w+g,L=r[T],b=u[B],k=u[E];if(d){let q=e.mul(b,L);u[E]=e.add(k,q),u[B]=e.sub(k,q)}else i?(u[E]=e.add(b,k),u[B]=e.mul(e.sub(b,k),L)):(u[E]=e.add(k,b),u[B]=e.mul(e.sub(k,b),L))}}return!o&&a&&xc(u),u}};var mn=BigInt(0),Ze=BigInt(1),ho=BigInt(2);function zc(e,t){return e+t-(t>>Ze<<Ze)}function Af(e){let t=BigInt(6)*e;return(n,r,o)=>{let i=r+o,a=((t+o-r)*n+r)%e;return{x_2:a,x_3:i-a}}}function Tf(e){return je(e,{P:"bigint",type:"string",adjustScalarBytes:"function",powPminus2:"function"},{randomBytes:"function",scalarMultBase:"function"}),Object.freeze({...e})}function $c(e){let t=Tf(e),{P:n,type:r,adjustScalarBytes:o,powPminus2:i,randomBytes:s}=t,a=t.scalarMultBase,c=r==="x25519";if(!c&&r!=="x448")throw new Error("invalid type");let l=s===void 0?St:s,d=c?255:448,u=Af(n),f=c?32:56,p=BigInt(c?9:5),m=BigInt(c?121665:39081),h=c?ho**BigInt(254):ho**BigInt(447),g=c?BigInt(8)*(ho**BigInt(251)-Ze):BigInt(4)*(ho**BigInt(445)-Ze),x=h+g+Ze,y=R=>ae(R,n),w=z(p);function z(R){return pr(y(R),f)}function T(R){let N=Jt(ne(R,f,"uCoordinate"));return c&&(N[31]&=127),y(Ve(N))}function E(R){return Ve(o(Jt(ne(R,f,"scalar"))))}let B=new Set(c?[mn,Ze,n-Ze,BigInt("325606250916557431795983626356110631294008115727848805560023387167927233504"),BigInt("39382357235489614581723060781553021112529911719440698176882885853963445705823")]:[mn,Ze,n-Ze]);function L(R,N){let D=T(N);if(B.has(D))throw new Error("invalid private or public key received");let U=M(D,E(R));if(U===mn)throw new Error("invalid private or public key received");return z(U)}function b(R){if(a===void 0)return L(R,w);let N=E(R);lt("scalar",N,h,x);let D=y(a(N));if(D===mn)throw new Error("invalid private or public key received");return z(D)}let k=b,q=L;function M(R,N){lt("u",R,mn,n),lt("scalar",N,h,x);let D=N,U=R,O=Ze,v=mn,$=R,I=Ze,F=D^D>>Ze;for(let G=BigInt(d-1);G>=mn;G--){let W=zc(n,F>>G);({x_2:O,x_3:$}=u(W,O,$)),{x_2:v,x_3:I}=u(W,v,I);let X=O+v,Z=y(X*X),fe=O-v,ce=y(fe*fe),ge=Z-ce,Me=$+I,de=$-I,pe=y(de*X),jn=y(Me*fe),er=pe+jn,Nt=pe-jn;$=y(er*er),I=y(U*y(Nt*Nt)),O=y(Z*ce),v=y(ge*(Z+y(m*ge)))}let K=zc(n,D);({x_2:O,x_3:$}=u(K,O,$)),{x_2:v,x_3:I}=u(K,v,I);let H=i(v);return y(O*H)}let _={secretKey:f,publicKey:f,seed:f},S=R=>(R=R===void 0?l(f):R,ne(R,_.seed,"seed"),R),j={randomSecretKey:S};return Object.freeze(_),Object.freeze(j),Object.freeze({keygen:Pn(S,k),getSharedSecret:q,getPublicKey:k,scalarMult:L,scalarMultBase:b,utils:j,GuBytes:w.slice(),lengths:_})}var Sc=BigInt(0),Ki=BigInt(1),qc=BigInt(2),Bf=BigInt(3),_f=BigInt(5),Of=BigInt(8),mo=BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed"),Rf={p:mo,n:BigInt("0x1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ed"),h:Of,a:BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec"),d:BigInt("0x52036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3"),Gx:BigInt("0x216936d3cd6e53fec0a4e231fdd6dc5c692cc7609525a7b2c9562d608f25d51a"),Gy:BigInt("0x6666666666666666666666666666666666666666666666666666666666666658")};function Tc(e){let t=BigInt(10),n=BigInt(20),r=BigInt(40),o=BigInt(80),i=mo,a=e*e%i*e%i,c=Xe(a,qc,i)*a%i,l=Xe(c,Ki,i)*e%i,d=Xe(l,_f,i)*l%i,u=Xe(d,t,i)*d%i,f=Xe(u,n,i)*u%i,p=Xe(f,r,i)*f%i,m=Xe(p,o,i)*p%i,h=Xe(m,o,i)*p%i,g=Xe(h,t,i)*d%i;return{pow_p_5_8:Xe(g,qc,i)*e%i,b2:a}}function Hi(e){return e[0]&=248,e[31]&=127,e[31]|=64,e}var jc=BigInt("19681161376707505956807079304988542015446066515923890162744021073123829784752");function Lf(e,t){let n=mo,r=ae(t*t*t,n),o=ae(r*r*t,n),i=Tc(e*o).pow_p_5_8,s=ae(e*r*i,n),a=ae(t*s*s,n),c=s,l=ae(s*jc,n),d=a===e,u=a===ae(-e,n),f=a===ae(-e*jc,n);return d&&(s=c),(u||f)&&(s=l),uc(s,n)&&(s=ae(-s,n)),{isValid:d||u,value:s}}var br=wc(Rf,{uvRatio:Lf}),Ac=br.Fp;function Nf(e){let{y:t}=e;return Ac.toBytes(Ac.div(Ki+t,Ki-t))}function Cf(e){let t=br.Fp.BYTES;return V(e,t),Hi(Bn(e.subarray(0,t))).subarray(0,t)}function If(e){return vc(br,Bn,Object.assign({adjustScalarBytes:Hi,toMontgomery:Nf,toMontgomerySecret:Cf,zip215:!0},e))}var Dn=If({});var jt=(()=>{let e=mo,t=n=>{let{pow_p_5_8:r,b2:o}=Tc(n);return ae(Xe(r,Bf,e)*o,e)};return $c({P:e,type:"x25519",powPminus2:t,adjustScalarBytes:Hi,scalarMultBase:n=>{let r=ae(n,br.Fn.ORDER);if(r===Sc)return Sc;let o=br.BASE.multiply(r);return ae((o.Z+o.Y)*t(ae(o.Z-o.Y,e)),e)}})})();var Gi=Dn.Point,Bc=2n**252n+27742317777372353535851937790883648493n;function _c(e){let t=0n;for(let n=e.length-1;n>=0;n--)t=t<<8n|BigInt(e[n]);return t}function Mf(e){let t=Uint8Array.from(e);t[31]&=127;let n=!0;for(let r=1;r<31;r++)t[r]!==255&&(n=!1);return!(t[31]===127&&n&&t[0]>=237)}function Wi(e){if(!(e instanceof Uint8Array)||e.length!==32||!Mf(e))return null;let t;try{t=Gi.fromBytes(e,!1)}catch{return null}return!Da(t.toBytes(),e)||t.isSmallOrder()?null:t}function go(e){return Wi(e)!==null}function Fn(e,t,n){if(!(n instanceof Uint8Array)||n.length!==64)return!1;let r=Wi(e);if(!r)return!1;let o=n.subarray(0,32),i=Wi(o);if(!i)return!1;let s=_c(n.subarray(32));if(s>=Bc||!Dn.verify(n,t,e,{zip215:!1}))return!1;let a=_c(Bn(We(o,e,t)))%Bc,c=s===0n?Gi.ZERO:Gi.BASE.multiply(s);return(a===0n?i:i.add(r.multiply(a))).equals(c)}function yo(e,t){return Dn.sign(t,e)}function dt(e){if(typeof e!="string"||!e.startsWith("ed25519:"))return null;let t=Et(e.slice(8));return!t||t.length!==32||!go(t)?null:t}function Oc(e){return"ed25519:"+Pt(e)}function bo(e){if(typeof e!="string"||!e.startsWith("age1"))return null;try{let t=ye.decodeToBytes(e);return t.prefix!=="age"||t.bytes.length!==32||ye.encodeFromBytes("age",t.bytes)!==e?null:t.bytes}catch{return null}}var Uf=1216;function Rc(e){if(typeof e!="string"||!e.startsWith("age1pq1"))return null;try{let t=ye.decode(e,!1),n=ye.fromWords(t.words);return t.prefix!=="age1pq"||n.length!==Uf||ye.encode("age1pq",ye.toWords(n),!1)!==e?null:n}catch{return null}}function Lc(e){return ye.encode("age1pq",ye.toWords(e),!1)}function Nc(e){return ye.encodeFromBytes("age-secret-key-pq-",e).toUpperCase()}function Cc(e){return ye.encodeFromBytes("age",e)}function Ic(e){return ye.encodeFromBytes("age-secret-key-",e).toUpperCase()}function Mc(e){return jt.getPublicKey(e)}function Uc(){return jt.getPublicKey(Ue(32))}function At(e){return typeof e=="string"&&/^[a-z0-9][a-z0-9._-]{0,63}$/.test(e)}function Ne(e){return typeof e=="string"&&/^[0-9a-f]{64}$/.test(e)}function Pf(e,t,n){e=t<=2?e-1:e;let r=Math.floor(e/400),o=e-r*400,i=(t+9)%12,s=Math.floor((153*i+2)/5)+n-1,a=o*365+Math.floor(o/4)-Math.floor(o/100)+s;return r*146097+a-719468}function Pc(e){e+=719468;let t=Math.floor(e/146097),n=e-t*146097,r=Math.floor((n-Math.floor(n/1460)+Math.floor(n/36524)-Math.floor(n/146096))/365),o=n-(365*r+Math.floor(r/4)-Math.floor(r/100)),i=Math.floor((5*o+2)/153),s=o-Math.floor((153*i+2)/5)+1,a=i<10?i+3:i-9;return[r+t*400+(a<=2?1:0),a,s]}function ut(e){if(typeof e!="string"||!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(e))return null;let t=Number(e.slice(0,4)),n=Number(e.slice(5,7)),r=Number(e.slice(8,10));if(n<1||n>12||r<1)return null;let o=Pf(t,n,r),[i,s,a]=Pc(o);return i===t&&s===n&&a===r?o:null}function Yi(e){let[t,n,r]=Pc(e);return`${String(t).padStart(4,"0")}-${String(n).padStart(2,"0")}-${String(r).padStart(2,"0")}`}function gn(e){return Math.floor(e/86400)}var Dc="0~w,2n~x,d~1,ip~1,14~2,6~4,7~1,1~1,k~1,b1~1,12~1,1k~1,1l~6,r~4,6~h,m~1,5c~1,1c~2,1n~2,2t~e,1n~2,1d~2,f~1,s~2,1~1,b~5,w~7,23~1,4h~1,8~2,2~2,m~1,7~1,1~3,4~2,9~2,2~2,4~8,1~4,2~1,5~2,p~2,3~1,6~4,2~2,m~1,7~1,2~1,2~1,2~2,1~1,5~4,2~2,3~3,1~7,4~1,1~7,h~a,3~1,9~1,3~1,m~1,7~1,2~1,5~2,a~1,3~1,3~2,1~f,4~2,c~7,7~1,3~1,8~2,2~2,m~1,7~1,2~1,5~2,9~2,2~2,3~5,5~4,2~1,5~2,i~a,2~1,6~3,3~1,4~3,2~1,1~1,2~3,2~3,3~3,c~4,5~3,3~1,4~2,1~6,1~e,l~5,d~1,3~1,n~1,g~2,9~1,3~1,4~7,2~1,3~1,2~2,4~2,a~7,m~1,3~1,n~1,a~1,5~2,9~1,3~1,4~7,2~5,3~1,4~2,a~1,3~c,d~1,3~1,1f~1,3~1,6~4,g~2,q~1,3~1,i~3,o~1,9~1,1~2,7~3,1~4,6~1,1~1,8~6,a~2,3~c,1m~4,t~11,2~1,1~1,5~1,o~1,1~1,n~2,5~1,1~1,7~1,a~2,4~w,20~1,10~4,13~1,10~1,f~1,d~11,5i~1,1~5,1~2,3z~2,6g~1,4~2,7~1,1~1,4~2,15~1,4~2,x~1,4~2,7~1,1~1,4~2,f~1,1l~1,4~2,1v~2,w~3,q~6,2e~2,6~2,il~3,2h~7,m~9,o~9,k~c,d~1,3~1,2~c,1g~2,14~2,a~6,a~6,b~5,a~6,2h~7,17~5,1y~a,v~1,c~4,c~4,1~3,16~2,5~b,18~4,q~6,b~3,1q~2,1t~1,t~2,b~6,a~6,e~2,1t~f,25~1,4m~8,1o~3,f~3,1q~5,17~2,b~8,17~5,eu~2,6~2,12~2,6~2,8~1,1~1,1~1,1~1,v~2,1h~1,f~1,e~2,6~1,j~2,3~1,9~1,b~5,o~7,1d~g,2~2,29~b,x~f,3w~4,ii~m,b~l,1ec~2,am~5,19~1,1~5,1~2,1k~7,2~e,o~9,7~1,7~1,7~1,7~1,7~1,7~1,7~1,7~1,3i~2,4~s,q~1,2h~c,5y~q,28~1,2e~2,2v~5,17~1,1f~1,16~1,2e~9,1c~1,mlp~3,1j~9,9o~k,54~8,66~4,1~e,1o~3,a~6,1k~8,1y~8,c~6,38~b,u~3,26~1,b~4,x~1,1j~9,e~2,a~2,2v~o,s~a,6~2,6~2,6~9,7~1,7~1,1q~2,3i~2,a~6,8mc~c,n~4,1d~6is,a6~2,2y~12,7~c,5~5,q~1,5~1,1~1,2~1,2~1,i2~w,g~g,a~6,1f~1,j~1,4~4,5~1,3r~4,4f~1,u~3,6~2,6~2,6~2,3~3,7~1,7~d,2~2,c~1,q~1,j~1,2~1,f~2,e~y,3f~5,3~4,19~3,2g~1,d~3,1~1b,1a~3m,t~3,1d~f,s~4,10~9,u~5,17~5,u~1,11~4,e~16,4e~2,a~6,10~4,10~4,14~8,1g~b,c~1,f~1,7~1,2~1,b~1,f~1,7~1,2~3,1g~c,8n~9,m~a,8~o,6~1,16~1,e~1s,6~2,1~1,18~1,2~3,1~2,n~1,20~8,9~1c,j~1,2~5,x~3,r~5,r~12,1k~4,k~2,1e~1,2~5,8~1,3~1,t~2,3~4,a~7,9~7,1s~w,13~4,c~9,1i~3,t~2,r~5,q~7,4~c,7~28,21~1j,1f~d,1f~7,1a~8,a~6,12~3,t~8,2~5s,v~1,16~1,3~2,2~g,6~1,12~1,1k~8,16~m,q~12,s~k,n~9,26~4,10~9,1q~1,5~d,p~7,a~6,1h~1,i~8,13~9,2o~1,k~b,i~1,1b~1q,7~1,1~1,4~1,f~1,b~6,1n~5,a~6,4~1,8~2,2~2,m~1,7~1,2~1,5~1,a~2,2~2,3~2,1~6,1~5,7~2,7~3,5~b,a~1,1~2,1~1,12~1,a~1,1~2,1~1,4~1,a~1,2~8,2~t,2k~1,5~u,20~8,a~4m,1i~2,12~y,1x~b,a~6,d~j,1m~6,a~6,k~s,r~2,f~4,n~55,1o~2s,2b~c,8~2,1~2,8~1,2~1,u~1,2~2,c~9,a~1y,8~2,1a~2,b~r,20~8,2b~d,21~7,b~2d,8~2g,y~e,a~6,9~1,19~1,e~a,t~3,w~2,m~1,e~21,7~1,2~1,18~3,1~1,2~1,9~8,a~6,6~1,2~1,11~1,2~1,6~7,a~6,18~4,a~6,2~6m,p~7,h~1,15~3,t~2d,1~f,1e~d,pn~2u,90~c,8n~1s9,2r~d,ts~g,m~a,32z~5,g7~5a1,1m~1c6,ft~7,v~1,a~4,29~1,a~6,u~2,6~a,1y~a,a~1,7~1,l~5,j~c0,1m~5i,2j~5,p~2,p~18,23~4,1l~7,h~1s,5~b,7~9,5p7~10,y~2n,37~d,pe~e,1f~5y5,4~1,7~1,2~1,89~9,1~t,3~2,1~e,5~7,b0~1s4,2z~5,d~3,9~7,a~2,4~31c,71~3,c4~6,n~1,3~8,x~2,1a~2,n~9,38~1o,6u~a,37~8,5n~a,1e~1q,k~c,k~c,2f~9,p~3r,2d~1,1z~1,2~2,1~2,2~2,4~1,c~1,1~1,7~1,1t~1,4~2,8~1,7~1,s~1,4~1,5~1,1~3,7~1,9h~1,84~2,ji~f,5~1,f~28,t~rn,3m~e,7~1i,1m~1,h~2,7~1,2~1,5~5,1q~x,1~34,19~3,e~2,a~4,2~8w,v~h,1m~5,1~cw,16~5y,17~4,1~5c,v~1,m~8,2~68,7~1,4~1,2~1,f~1,5h~2,g~15,24~4,a~4,2~lt,1w~24,1p~5e,4~1,r~1,2~1,1~2,1~1,a~1,4~1,1~1,1~6,1~4,1~1,1~1,1~1,3~1,2~1,1~2,1~1,1~1,1~1,1~1,1~1,2~1,1~2,4~1,7~1,4~1,4~1,1~1,a~1,h~5,3~1,5~1,h~1g,2~7i,18~4,2s~c,f~2,f~1,f~1,11~a,4v~1j,t~d,18~4,9~7,2~e,6~4a,re~2,h~3,d~3,64~4,c~4,s~4,1k~8,a~6,14~8,u~2,c~4,2~e,9~13,9k~8,e~2,d~3,1z~1,1~3,i~1,d~3,c~5,43~1,2v~sl,wyo~w,3dr~1,4ge~2,5rl~f,ha~1wi,f2~15u,3t7~5,6ju~upy,8qo~ia4g",Fc="y:13.13,2:4w.1b.6f4,a:27,0:30,n:30,m:13,c:36.32,e:30,10:2x,0:2r.mw,2:2h.mt,0:6fj,v:1t.1x,9:1w.mt,6:3c,0:27.mw,d:2p.2t,9:6pu.mt,7:33.mw,5:34,h:1w.mt,0:2s.mt,k:20.mt,0:2w.mt,9:2x,f:24.mw,0:30.mw,8:32.mh,6:27.1x,0:33.2t,i:2c.mt,0:38.mt,o:2q.mt,0:13.1u,0:2q.lg,0:2q.lg,0:2q,2:1v.13,1:1w.mt,0:13.1w,0:2s.lg,0:2s.lg,0:2v,3:1y.me,0:2u,0:1z.13,2:30,0:30.mt,0:23.13,0:2z.lw,0:30.mt,0:qj.mw,1:26.me,0:32.mh,0:27.mt,4:13.28,0:34.lw,0:2a,0:1e,3:38.me,0:13.2c,0:38.lw,0:2c.mg,4:13.2h,0:3d.lw,0:2i.mt,0:3e.mt,0:1f,3:1e.mt,0:1h,0:37,1:34,0:30,0:30.30,1:x,w:1z.mt,0:2v.mt,1i:1f,5:1k,0:1k,0:2i.me,0:3e.me,h:2y,1:hk,2:2r.mw,1:2c.mw,2:1r,2:2d.mt,1:1x.mw,0:2t.mw,0:22.mt,0:2y.mt,2:2a,0:36.mt,0:2h.mt,0:3d.mt,1:2p,1:2q.lw,2:2s.mg,0:2s.lw,1:d9,0:d9.ke,0:x3n,3:2y.mt,0:2v.lw,0:2v,1:3d,2:2w.lw,1:2x.mt,0:2x,0:2x,0:30.ms,1:30.mg,0:30.f1,0:3b,1:36.32.me,0:32.me,0:32.mg,1:33.mt,0:33.5qf,2:2mpc,2:36.mh,0:36.mg,4:37.mg,1:2u,6:39,3:3d,0:3e.mg,1:f1,1:1r,0:x5a,a:35.lw,2:2s.3e,0:2s.f1,0:2s.i9,0:38.37,0:38.hv,0:38.gl,0:2u.32.mh,0:30.37,0:30.3e,d:13,0:13.13,0:13,0:13,0:13,0:13,0:121,2:1o,0:1q,0:2m,1:2m,1:13,1:13,0:13,4:1m,0:53,1:121,3:19,l:4fz,0:13.13,5:13,1:13.13,1:1m,2:kq,9:lg,3:nk,1:ld.ld,0:li,0:2tk,2:li.lj,0:le,3:lv,1:18w,2:5bd,5:mp,0:me,0:mg,4:me,6:1jz6,7:mt,0:mw,1:me,8:lf,2:mg,1:mr,0:1hiy,e:nk,0:lj,c:2mxb,0:lm,7:li,1:8s5,4:jz,0:t4,0:5qm,3:gk,1:x1b,1:22,h*2:1t,2:1x,0:2i,0:20,0:27.mt,0:30,0:23,0:g5,0*2:25,1:27,1:28,1:bt,0:2c,0:2h,1:2g,9:2p,0:67,0:3d,0:61r,0:x3n,1:32.mh,0:27.mt,0:2x,0:8o,2:3a,1:33,1:34,1:33,0:5qz,0:39,0:hk,k:qq,0:1y,7:tj,0:uf,2:1e,0:bs,2:1i,0:33,5:2y,3:66,0:34,1:25,2:au,1:x1a,4:x3m,0:2b,0:30,1:22,7:1t,0:2q.lg,0:1u,0:pf,1:1x,1:1f,2:23,0:g5,0:25,0:20,0:27,0:ps,0:28,0:1v,0:2c,0:2h,0:py,0:2g,5:2q.30,0:2q,1:30.27,1:2p,0:1i,0:ih,0:36,1:2t,1:gs,0:5qm,1:8o,1:i5,0:ik,0:33,0:qo,0:34,0:2r,0:5qz,0:3d,0:hk,0:3c,2:3b,1:jt.2q,0:at.2x,0:at,2:5qx,4:x3n,0:37,0:2x,1:2y,2:2w.mt,3:39.mh,1:3b,0:2q.mt,0:2q.mt,c:q0,0:qw,0:27.mt,0:33.mt,0:2e,0:3a,2:27.3d,0:33.3d,2:v4.w6.w7,0:3b.w6.w7,c:t4.me.li,0:5qm.me.li,0:2q.mt,0:2q.mt,2:pf.13,0:36.13,0:pf.mt,0:36.mt,2:t2.mh,0:ty.mh,0:1f.me,0:gs.me,0:23.mh,0:8o.mh,2:23.mt,0:8o.mt,2:20.mh,0:ik.mh,6:1v.me,0:2r.me,0:2c.mh,0:5qz.mh,0:2h,0:3d,0:2h.mt,0:3d.mt,0:2g.mh,7:2w,0:2w,1:2t,0:xo.mg,0:2t.mg,0:30,4:g5.me,0:u3.me,0:20.me,0:ik.me,0:20.me,0:ik.me,0*2:xi,0:25.me,0:i5.me,0:30,4:1t.1x,0:2p.2t,2:b3,0:d9,6:1f,0:f1,6:27.mt,0:33.mt,n:2s,8:dy,1:1z,0:gy,2:b4,0:x3n,8:29,0:35,0:2f,0:3b,t:3ou,8:3k6,0:1f,4:3s3,1:3mp,0:2d,1:2b,3:py,1:27,4:13,0:13,1:13,2:36.32,0:3b,1:35,2:35,7:61r,1:2w,1:32.mh,2:2y,2:32,1:hc,1:32,0:39,3:2v,0:2x,1:2u,0:33,0:10,2:1m,i:ld,0:ld,6:13u,3:13t,4:13q,0:13s,0:lm,0:154,3:mb,4:lj,0:lj,1:155,3:30,0:lj,0:lj,0:1m,0:lj,0:mb,f:30,2:3a,0:13,5:30,1:33,e:30.30,0:30.13,0:13.13,0:13,0:13.13,k:4w.1b.6f4.6f4,0:4w.1b.6f4.6f4.6f4,2:18,1:189,8:ld,0:lv,0:18w,c:30,1:33.lk,1:18p.1cr,8:183.1cr,8:18p.le,1:18p.1cr,0:2n,6:33,2:18p,0:ld.ld,2:ld,0:lv,1:1h5z,0:lm,0:lf,2:mh,0:lu,0:li,0:lg,0:li,0:le,0:mb,0:lw,1:191,0:1a,0:30,3:33,1:2e,0:g5,1:4w.1b.6f4,0:18,0:170,0:16,0:18p,0:1b5,0:2tk,1:30.19w,0:30.191,5:18p.179,0:17u,3:18p.1cr,2:17x.190,3:17x.1cr,2:17z.179,2:1ai.179,2:17z.1cr,0:17z.1cr,1:181.179,0:181.li,5:181.1cr,5:185.1cr,0:187.1cr,4:1b5.1cr,2:18h,0:1b5.1cr,0:18j,0:18j,2:18j.1cr,6:1bj.1cr,0:18k.li,1:18k.1cr,2:18p,0:18p.179,1:18p.1cr,0:33,2:33,1:33.lk,0:1c5,1:18o.li,0:18o.lv,0:18o.2tk,0:18o.le,1:18o.1cr,0:18p,1:18p.li,1:1a3,0:18p.1cr,0:18p,1:19,0:33,9:lm,8:li.lj,3:lj,1:17z.le,0:181.le,0:1a,0:30,0*3:19e,0:33,0:19i,0:2e,0:g5,0:19l,3:17l.1hiy,0:18l.1hiy,0:33.le,1:1a,0:1a,0:1m,0:1m,1j:mb,3:lj,0:lj,0:mb,4:ld,9:17s.1cr,0:18p.1cr,3:18p.li,b:1bg,0:18j.1cr,3:1g4,0:18m.179,0:18m.li,2:181.190,4:1av.179,0:17x.190,b:183.le,13:ld,0:ld.ld,0:18w,0:18w.18w,0:nk,0:nk.nk,1:1ik.1ik,0:1ik.nk,1:lm,f:27,9:30,0:33,0:2h,6:1y,1:2q,a:2c,0:pg,9:lg,1:lj,0:le,3:mb,0:lk,0:13,0:13,4:2n,w:lf,g:lm,3:53,0:1m,e:33,e:18j,8:189,1:mp,0:mb,5:2a8,5:181,13:18p.lm,h:17s.190,2:1b6.1cr,2:18l.1cr,0:18p.19w,0:1g4,4:17z.mc.mb,0:185.mc.mb,0:1bj,0:18o,0:182.le,3:17s.1cy,0:18p.1cr.1cy,1:181.li.lj,0:18p.li.lj,0:1b5,0:1b5,0:18p,0:18p.1cr.li,0:17u.li,0:18p.179.li,0:1ae.li,0:18j.li,y:18s,2:18s,1*2:lj,1*2:mb,1:ld.ld,0*2:18s,0:lv,4:nk,0*2:no,4:nk,0:nm,0:li.lj,0:lj,0:1m,0:1s5.1ty,1:1s5.1jo1,1:1tc.1u5.1s7,4:1sf.li,0:1sf.1ty,1:1sf.1jz8,0:1s5.1jo1.li,0:1s5.1jo1.1ty,0:1s5.1jo1.1jz8,0:1s5.1jo1.1u0,q:1jnr,b:1jo1.1tm,0:mb,1:1jo1,0:1xb,5:li,1:1jz8,1:1jo1.li,8:mp,0*2:lc,1:1jz6,0:1jz6.1jz6,c:30,0:30.30,0:33,0:19l,1:1f,6:4w,1:1s5.li,0:1s5.1tm,0:1s5.1jo1.1tm,0:1s5.1u7,5:1sn.mp,0:1ss.mp,0:1r,0:1sx.mp,0:1t8.mp,1:li.lj,4:1vp.1xa,1h:mb,z:1vv.1xf,0:1vv.1xf,4:33,3:1k,2:1l,2:1ww,c:4w,4:lj,0:1vn,2:1z9.20u,0:1t6.1u5.1sv.1xb,0:1t6.1u5.1sv.20w,0:22b.1jz6,0:22b.1jz6.1jz6,4:1t6.1u5.1sv.1jz8,0:1z9.1u0,3:1z9.218,0:1th,6:1t0.1u5.1t0,2*2:1sv,3:1s9,2:1t6,3:1sy,2:1t9,6:1tl,2:1ta,3:mb,2:1xb,1:1jz6,0:1jz6.1jz6,4:1jz8,0:1u0,2:1ty,1:1u5,o:33,0:1l,2:1k,7:1t6.1u5.1sv,3:53,a:li.lj,0:lj,0:1m,2:22t.24e,6:22t.24l,1:22t.24n,0:22t.24o,0:22t.24e.24l,1:22t.24e.24n,0:22t.24e.24o,l:uf,5:1uw,b:mb,0:1tp,3*2:1tt,a:1u5,o:33,1:1uw,0:1f,0:1uy,0:uf,2:1v2,1:4w,g:li.lj,1:1k,2:26d.27y,p:27,r:mb,m*2:lj,h:33,1:1l,p:lm,7:2a1.2b7,h:2a8,d:1kug,5:2a0,7:2ba,5:2a0,9:2ax,4:lj,9:2b7,e:33,0:2ad,0:2a1,1:2ai,0:2a0.2bl,0:2ai.2bl,0:2a6,0:29x,1:2b3,1:2ai.2bm,1:2b2.2bk,0:2cz,1:2a6.2b9,0:2bb,1:2aw.2bk,5:li.lj,1:33,0:1vn,0:lm,e:2du.2fp,0:2du.2fg,1:2hi.mb,9:2eo.155,1:2e9.mb,2:2ef.155,7:2ek.mb,0:2et.2f5,8:2et.mb,1:2et.2f2,8:2f5.2f2,1:2f7.2f2,r:2dn.2f2,0:2do.2f2,4:33,q:li.lj,0:33,0:1vn,1*3:2dh,8:2ds,1:2du,0:2du.2fp,0:2du.2fg,2:2dz,4*4:2e4,3:2eb,2:2ee,1:2eg,6*5:2en,b:2f3,1:2f5,1:2f7,o:2fw,4:2h8.2im,4:27,0*2:2g7,6:2gf,g:lm,0:li.lj,0:33,0:1vn,4:2kn.2mv,0:2a1,0:2a1.2mv,1:2lk.2m9,3:2bq.2ku,2:2ky.2m6,0:2ky.2mv,1:2b9,2:2lk.2m9,2:2a8,2:37,0:33,2:2ar,1:2b2,b:2ls,2:2b8,1:2ba,3:2an.2bj,4:2bj,0:2bj,1:2m9,0:2m9,2*2:2bq,0:2bq.2bq,5:1v5,b:2lk.2ml.2lq,4:33.2ls.33,1:2la,4:33,3:2ls.2ml,0:2li.2ml.2ls,0:2lk.2ml.2lk,0:1l,0:2lx.2ml.2ls,0:2lk.2ml,6:2m1.2ml.2lq,2:2lk.2m9,0:2ar.2ml,0:2lk.2ml,0:2ls.2ml,0:2lu.2ml,0:2lv.2ml,3:33,0:1vn,9:2pv.2qg,4:2oh.2q2,0:2oh.2qh,x:2oh,0:2or,2:2ok,6:2ow,3:2pj,m:2qh.2qh,d:2qw.2q7,0:2oy,0:2pb,3:2qw.2qb,2:2qg.2qg,g:2rm,7:2ru,3:2ry,4:2ro,0:2ro,1:2s1,9:2rq,4:2sg,2:2w9,g:mb,6:2tc.2tc,3:2sy,7:lm,2:33,1j:2rs,4:2si,c*2:2sa,1*3:2sd,o*2:2t4,0:mb,6:2ww.2ww,6*4:2tk,1:lm,2:33,1b:31k.324.lm,1:31c.31w.32a.1vn,0:31c.31w.32a.2z8,a:2z1.2z1,c:2ze.2ze,2:2zh.2zh,0:2ze.2zh,n:md,x:30l.309,0:30m.309,0:30n.309,e:31e,g:322.322,1:324.324,0:lm,0:1vn,1c:31t,t:2zh.2ze,6:ggg,0:ggd,15:2ls.370,1:2ls,1:2r,b:33.370,7:37l.370,4:33,1:36d.370,2:391.370,0:2ls.370.37d.2ls.370,5:36m.37g,0:36m.37g.287.370.37e,6:287,4:lm,0:md,0:1vn,7:33,9:30,0:30.30,e:2r,6:36j.37i,3:37l,0:36d.37i,8:36d.370.37i,0:35v.37i,2:le,a:399.37i,2:2ls.37i,s:39f.lm,1:x3a,o:2w,3:2b,9:1e,5:2i,9:33.370,0:2ls,e:3d,b:f1,9:2b,1:33,1:3cw.3cw,2:3cz.3cz,3:3d3.3d3,1:3d5.3d5,0:33,1:3d8.3d8,5:3cy.3cw,0:3cy.3cy,0:3cy.3cz,0:3cy.3d3,0:3cz.3cw,0:3d1.3cy,0:3d1.3d1,0:3d1.3de,0:3d1.33,0:3d2.3d3,0:3d2.33,0:3d3.3cw,0:3d3.3cy,0:3d3.3cz,0:3d3.3d5,0:3d3.3d5.3cw,0:3d3.3d5.3cz,0:3d3.3d5.3d3,0:3d3.3d5.3d5,0:3d3.3d5.3d8,0:3d3.3d8,0:3d3.3da,0:3d3.3dc,0:3d3.3dd,0:3d3.33,0:3d3.3d3.33,0:3d5.3cw,0:3d5.3cy,0:3d5.3cz,0:3d5.3d1,0:3d5.3d2,0:3d5.3d3,0:3d5.3d3.3cw,0:3d5.3d5.3d5,0:3d5.33,0:3d5.3d8,0:3d5.3da,0:3d5.3db,0:3d5.3dc,0:3d5.3dd,0:3d1.3de,1:3ek.3ek,1:3em.3em,1:33.3cw,0:33.3cz,0:33.3d2,0:33.3d3,0:33.3d5,0:33.3eo,0:33.33,0:33.3d8,0:33.3da,0:33.3dc,0:33.3dd,1:3d8.33,1:3f2.3f2,1:3f4.3f4,0:3da.3db,0:3da.3de,2:3dd.3d3,0:3dd.33,0:3de.3de,1:3cw.3cz,0:3cy.3d5,0:3cy.3d8,0:3cy.3de,0:3cz.3d1,3:3fl.ffs,1:3fn.ffs,1:3fp.ffs,1:3fr.ffs,1:3ft.3fl,0:3ft.3fl.ffs,0:3ft.ffs,2:3fy.3fp,0:3fy.3fp.ffs,0:3fy.ffs,1:9oc,0:9oc.ffs,0:ffs,0:3fl.3ft,0:3fl.3fy,0:3fn.3ft,0:3fn.3fx,0:3fp.3ft,0:3fp.3fy,0:3fp.9oc,0:3fr.3ft,0:3fr.3fy,0:3ft.3fp,0:3ft.3fp.ffs,0:3ft.3fr.ffs,0:3ft.3ft,0:3ft.3fy,0:3fx.3fn,0:3fx.3fn.ffs,0:3fx.3fn,0:3fx.3ft,0:3fx.ffs,0:3fy.3fl,0:3fy.3fl.ffs,0:3fy.3fp.9oc,0:3fy.3fr.ffs,0:3fy.3fy,0:3g2.3fl,0:3g2.3fp,0:3g2.3fp.ffs,0:3g2.3fr,0:3g2.3fr.ffs,0:3g2.3fy,0:3g2.ffs,0:9oc.3fy,0:9oc.9oc,0:9oc.ffs.3fy,0:ffs.3fl,0:ffs.3fn,0:ffs.3ft,0:ffs.3fy,0:ffs.9oc,0:ffs.3ha,1:3ha.3fp,0:3ha.3fy,0:3ha.ffs,0:3ha.3ha,0:3fl.9oc,0:3fn.3fy,0:3fr.3fn,0:3ft.3fn,0:3ft.3fn.ffs,0:3cw,0:3cw.3cw,0:3cw.3d5,0:3cy,0:3cy.3d8,0:3cy.3de,0:3cz,0:3d1,0:3d1.3cw,0:3d1.3d2,0:3d1.3d3,0:3d1.3d5,0:3d1.3dc,0:3d1.3dd,0:3d1.3de,0*2:3d2,0:3d3.3d5,0:3d5,0:3d5.3d5,0:33,0:3d8,0*5:3da,0:3cw.3d1,0:3cw.3d5.3cw,0:3cy.3cw,0:3cy.3cz,0:3cy.3d5,0:3cy.3eo,0:3cy.3dc,0:3cz.3cw,0:3cz.3d1,0:3d1.3cw.3d5,0:3d1.3cy,0:3d1.3cz,0:3d1.3cz.3de,0:3d1.3d1,0:3d1.3d2.3cw,0:3d1.3d2.3d5,0:3d1.3d3.3d5,0:3d1.3d3.3de,0:3d1.3d3.33,0:3d1.3d5.3d5,0:3d1.3eo,0:3d1.3db,0:3d1.3fd,0:3d2.3cw,0:3d2.3d1,0:3d2.3d3,0:3d2.3d5,0:3d2.3d5.3d5,0:3d2.3eo,0:3d2.3da,0:3d2.3de,0:3d2.33,0:3d3.3d1,0:3d3.3dd,0:3d3.3de,0:3d3.33,0:3d5.3cw,0:3d5.3cz,0:3d5.3d1,0:3d5.3d3,0:3eo,0:33.3cw,0:33.3cw.3cw,0:33.33,0:33.3db,0:3f0,0:33.3d5,0:33.3eo,0:3dd.3d3,0:3dd.33,0:3de.3cy,0:3de.3d1,0:3de.3d2,0:3de.3d3,0:3fd,0:3cw.3cy,0:3cw.3d3,0:3cw.3da,0:3cw.3db,0:3cw.3de,0:3cy.3cy,0:2d,y:hc,s:py,v:11k,1f:12p,1n:27,33:27.mt,t*2:lj,1:1m,3:6v,19:1m,c:1w,0:2a,0:2c,1:27.m3,0:2x,2:8s5,0:2h,0:1t,0:22,0:1x,1:1r,1:8s5,0:pf,1:2f,3:25,3:20,1:2h,0:27.mt,0:38.me,0:1z,1:2w,0:2i,3:v4,3:b4,0:2d.mt,1:1g,0:2q,2:2a,1:2f,0:2b,3:2e,0:2b,3:24,0:1v,2:28,3:23,0:2s,3:27.mt,2:1i,1:67,1:2w.lw,0:1z,0:1u,6:gy,0:ih,3:1p,2:pg,8:53.3y9,0:3y9.53,0:53.pg,0:pg.53,0:53.3yc,0:3yc.53,0:53.3yd,0:3yd.53,0:53.3ye,0:3ye.53,1:53.3yi,0:3yi.53,0:53.3yj,0:3yj.53,9:4w,2:53,0:jt,0:17,1:3y9.3z4,0:pg.3z4,0:3yd.3z4,0:3yi.3z4,0:2e,1:g5,1:1q,3:53.1q,0:1o,1:53.2e,0:2e.53,0:53.g5,0:g5.53,0:53.3zm,0:3zm.53,0:53.1q,0:1q.53,0:53.3zo,0:3zo.53,0:53.1o,0:1o.53,0:53.3zt,0:3zt.53,2:13,1:2d,1:11k,5:53.40g,2:53.2d,0:2d.53,0:53.11k,0:11k.53,0:53.40f,0:40f.53,0:53.40g,0:40g.53,0:53.40h,0:40h.53,0:53.40l,0:40l.53,0:53.40m,0:40m.53,2:2d.13,0:11k.13,0:40g.13,0:40l.13,2:28,1:2s,2:2q,0:2q.lj,0:53.417,0:417.53,0:53.28,0:34.53,0:53.41a,0:41a.53,0:53.2s,0:2s.53,0:53.41c,0:41c.53,0:53.2q,0:2q.53,0:53.2q.lj,0:2q.lj.53,3:417.13,0:28.13,0:2s.13,0:2q.13,4:22,4:53.421,0:421.53,0:53.423,0:423.53,0:53.424,0:424.53,0:53.22,0:22.53,0:53.426,0:426.53,0:53.428,0:428.53,0:53.429,0:429.53,5:pf,4:24,1:53.42r,0:42r.53,0:53.pf,0:pf.53,0:53.42u,0:42u.53,0:53.42v,0:42v.53,0:53.42w,0:42w.53,0:53.24,0:24.53,0:53.42z,0:42z.53,5:1e,9:53.43k,0:43k.53,0:53.43r,0:43r.53,0:53.43s,0:43s.53,2:3z5,a:53.443,0:443.53,0:53.445,0:445.53,0:53.446,0:446.53,0:53.447,0:447.53,0:53.448,0:448.53,0:53.44a,0:44a.53,0:53.44b,0:44b.53,c:53.44t,0:44t.53,0:53.44v,0:44v.53,0:53.44w,0:44w.53,0:53.44x,0:44x.53,0:53.44y,0:44y.53,0:53.450,0:450.53,0:53.451,0:451.53,8:45n.1o,0:45n.40l,0:45n.2q,0:45n.428,7:53.45s,0:45s.53,0:53.45t,0:45t.53,0:53.45u,0:45u.53,0:53.45v,0:45v.53,0:53.45w,0:45w.53,0:53.45x,0:45x.53,0:53.45y,0:45y.53,a:53.1g,0:1g.53,0:53.46g,0:46g.53,0:53.46h,0:46h.53,0:53.46i,0:46i.53,0:53.46j,0:46j.53,0:53.46l,0:46l.53,0:53.46m,0:46m.53,3:17,0:3c,c:53.47g,0:47g.53,b:53.47u,0:47u.53,b:53.487,0:487.53,5:16.16,7:61r,4:20,0:3c,0:47k.418,0:47k.28,0:47k.41a,0:47k.2s,0:47k.41c,0:47k.2q,0:47k.2q.lj,0:47k.41v,0:tr,0:2a,6:49h.422,0:49h.423,0:49h.424,0:49h.22,0:49h.426,0:49h.428,0:49h.429,q:2q,4:1y,0:6k2,1:x6j,c:8rz,0:1t,o:1w,b:1w,4:v4,0:25,6:1u,a:428,0:421,0:443,2:44a,e:1e,b:477,0:47a,0:47e,9:c1,0:q1,4:c1,0:q1,1j:2g,0:3c,0:47k.417,0:49h.421,0:49i.423,0:49i.424,0:49i.22,0:49i.426,0:49i.428,0:49i.429,0:49z.53,0:4a0.53,0:4a1.53,0:4a2.53,0:4a3.53,0:4a4.53,0:4a5.53,2:w,11:66,b:1o,4:2g,9:30,0:4hp,2:30.mw,6:13,3:30,4:23,0:25,1:q0,8:4ho,9:53,0:1m,0:17,2:py,h:1f,13:1j,9:4k5,0:1b,n:19,4:lg,g:3c,17:4ne,h:4nl.4pe.4no,1:4o2,0:4o2.4om,b:4nq.4pe.4nm,6*4:2t0,3:4ox.2t1,5:4ox.4om,1:lm,0:1vn,3:2tk,7:lm,0:2sv,0:2u2,3:2tr,0:2u3,5:33,y:1m,5:1m,23:4s5,1s:4t8,s:53.4vl,2:53.4vo,2:53.4vs,8:53.4w0,3:53.43m,0:43m.53,0:53.43n,0:43n.53,0:53.43o,0:43o.53,0:53.43p,0:43p.53,0:53.477,0:53.47a,0:53.47b,0:53.47c,0:53.47d,0:53.47f,0:2m,6:4xh,0:1v5.3z2,0:3z2.1v5,0:4w,0:1v5,0:477.53,2:47y.53,0:486.53,0:48b.53,2:tr.53,1:49j.53,2:v4.53,2:4c4.53,1:4d7.53,1u:uf,2r:38d,1i:526,0:52p,26:2ls.370,2:2ls,e:33.370,4:36d,5:37l.370,1:36i,5:33,2:36m,b:37j,0:37g,0:37d.36k,6:37d.36d,0:37d.36m,1:37d,1:378,0:370,0:36z,f:lm,a:md,0:33,f:33,o:59k.59k,1:59m.59k,8:1cr,2:mg,x:5ae,8:lg,4:5b9,0:lg.lg,2x:5cd,0:5ch,4:5d4,3:5e8,2:5em.5em,w:lm,1y:9oc,y:33,1:3c,6:19,1m:lk,8:mb,4:5kr.5kr,1u:5mm.5mm,2:33,0:2r,0:1j,g:1f,x:1e,5:2b,1:27,g:le,1:lg,0:13.13,1:mj,2:1jz6,0:ml,0:lq,1:mh,0*2:mb,e:ly,6:li,0:2g,2:lm,b:2r,3:gs,2:8o,1:i5,1:33,0:gk,0:33,2:d9.33,7:39,3*2:3a,0:3e,1:bs,1:36,0:i4,0:qo,0:5qw,1:u3,1r:39.2t,2:2u.ms,0:36.32.ms,0:32.ms,1:36.ms,0:hq.ms,0:37.ms,0:38.ms,0:3e.ms,4:2x.mt,0:2x.mt,0:34.mt,0:39.mt,0:i2.mt,3:2v,8:3d,2:2mp5,0:gb,8:2mpn,26:5ay,5:92k,f:1ik,4e:2u,0:67,2j:30.24,4:3d,7k:19,1:19,0:19,0:9oc,0:9oc,0:30.30,1:13,0:13,0:18,0:13,0:13.13,0:13.13,1:13.13,2:53,4:53,8:4w.1b.6f4.6f4,0:4w.1b.6f4.6f4.6f4,0:13,2:13,3:1o,0:1q,6:1b,1:19,0:1b,9:16,3:4w.1b.6f4,0:3i,6:1m,2:8yf,0:8xu,1u:1v.6i3,2:4j,0:36.32.mw,3:2f.mt,1:2s.mt.mp,0:x3m,0:23.mt,0:2c.6i3,7:30.38,6:11w,3:181.18p.30.18k,p:1cr,18:tp,u:c1,1:hr,4:2t,i:wko,0:wl2,0:20hs,1r:au,0:gk,5:xv0,6:4i7,3:4iw,v:6nm,4:2q6m,3:4ii,0:30,4:2rps,7:2rpt,1f:8rz,2:b2,1:27.mw,0:pg,8:ps,1:bt,0:19,1:17.lj,0:1b,0:2k,0:16,0:4w,0:53,4:33.33,4:30,1:30.30,2:3a,0:11k,0:2d,0:hv,a:1m,0:1m.1m,0:19.lj,3:3i,j:1p.lj,0:1p.mb.lj,2:1m.1p,0:1p.1m,1:1p.lm,1:1p.le,0:1p.li,3:1p.ob,4:6sh,6:1o.1o,0:1q.1q,m:40l,0:40g,h:1f3c,0:27.mt,2:ig,3:27.mt,6:2c,0:wk5,q:6qv,0:3a,0:11k,0:2d,0:4ik,0:53,2:4im,d:1o.53,0:53.1q,0:1o.1o.1o,0:1q.1q.1q,k:8yf,0:53.53.53,4:x3n,a:1x,0:27.mw,10:6xw,r:9j0,n:pg.mq,0:4ik.mq,1:4w.mq,2:6u3,1:2c.lk,0:6pz.lk,0:6va.lk,0:4w.lk,0:27.lk,0:qw,1:3i.lk,0:3zp,1:6pz.ms,0:27.mt,6:2x,0:34,0:qx,0:2p.mq,0:x3n.mq,0:2x.mq,0:qx.mq,0:2p,4:4hp,s:ffs,2:ffs,2:ffs,2:ffs,4:ffs,3:ffs,i:6z9,0:6z2,0:6yz,2:6zx,x:6f5.6f4,j:73v,0:30,0:7jy,23:2k.2k,51:9oc,0:9oc,0:30,0:30,b:7bg,j:7bw,1y:ci,6:1b,0:2k,0:2g,k:6q6,7:7f0,3:jt,2:7fa,5:7fc,2:6q6,9:6q6,6:739,1:pg,3:6ur,0:7g6,1:7g6,2:1f3w,3:6uq,5:4ik,2:4ik,0:4w,2:6ym,h:6xe,5:4w,y:ig,6:7fl,k:1ggu,a:pq,7:70o,a:2k1j,a:6rz,8:2s0l,5:2s0n,4:4ik,6:2jx4.2jxh,0:2jx4.2jxh.2jxq,1t:4w,57*2:14,4:1o,0:1q,2*2:14,0:3f,0:3h,v:17,0:19,0:6v,16:wk5,5:2k.40l,0:40g.1b,1:1b,1:2k,b:2c,e*2:7sc,m:w,72:2jfk,17:3c,0:3c,1i:30.4ii,1:6o3.6o2,8:30.6o2,0:6o3.4ii,i:1vn,8:2j.mp,0:2l.mp,c:8xu,m:6yx,4:2jg0,8:6ym,5:9j0,0:6yq,1:6yj,e:1f40,2:87u,8:3b,h:1m.6mq,0:2k,0:1b.lg,1:1b,0:2k,6:ig,0:1f3c,0:6tz,0*2:6tp,0*2:6tv,m:4im,2:1q.1q,0:4ii,0:17.lm,0:17.le,0:17.lf,0:17.mb,0:17.mo,0:17.6f6,1:19.lv,0:19.mb,4:3c,0:3c.lj,c:6xl,0:8bj,0:6q8,12:1p.mb,3:3i.lj,3:1p.6i8,1i:1q.1o,4:4b9,0:4b6,17:40g.40l,z:1b.1b.1b,1:1b.1b,48:1p.59u,1t:2l.53.2j,j*4:6n2,3b:20.mh,1:23.mh,1:2i,0:3e,l:1u,0:ih,0:pf,0:36,0:pg,1*2:x3m,1:qq,0:2i,0:3e,0:20,0:ik,0:27.mt,0:33.mt,0:30,0:2x,0:23,0:8o,0:qj,0:i4,0:25,0:i5,0:26,0:hg,0:1f,0:ib,0:27,0:33,0:ps,0:qo,0:28,0:34,0:1v,0:2r,0:2c,0:5qz,0:2h,0:3d,0:py,0:hk,0:2g,0:qv,0:q0,0:qw,0:wuk,0:qx,0:19.lj,0:19.lj,0:1o.53,0:1o.53,0:pq,0:6sh,2:19,0:19,0:tk,0:3b,2:11w,0:sc,2:1f,0:f1,0:1b,0:1b,2:1l,0:1l,0:1f,0:f1,0:28,0:34,0:24,0:in,0:1i,0:1i,8:1i,0:61r,2:hk,0:hk,2:rb,3:11w,0:7jb,f:2k.2k,5:13,19:3e,3:27.mt,5:g5,0:2e,0:1x,0:b2,6:27.mw,6:53.53.53,0:bt,0:30,4:30,1:x,2:27,0:29,3:ig,3:2g,2:pg,2:4j3,2:1o,3l:5wf,1:lm,2:o8,0:5az,0:of,6*2:o3,q:18,7:19.lk,3:3i.lj,0:3i.mb,6:40l,0:40g,0:14.14,0:15.15,0:6r9,0:6r8,0:1m.1m,1:17j,1:4w,0:53,0:170,2:17f,3:61r,3:8xu,1:52,0:1p,x*2:14,t:ghu,0:fh7,0:fh6,1:fjv,0:g3m,0:2uco,1:g76,0:ggs,0:aim,2:g1s,0:i77,0:i76,0:2yma,0:ik3,0:inu,0:itt,0:its,0:ix0,0:b96,0:jf0,0:jzp,1:k4h,1:kco,0:l8a,1:lch,0:ldh,0:ldm,0:m7g,0:mjv,0:mjv,0:ffw,1:mnh,0:mtn,0:38d0,0:p5e,0*2:ny2,0:3b2v,0:oop,0:p0f,0:p5f,0:p5e,0:af5,0:g47,0:3ckr,0:p6y,0:3cr0,0:3cqz,0:paa,0:pds,0:pdr,1:3dxt,0:prt,0:prt,0:prt,0:qj2,0:qxw,0:r5s,0:r5r,0:r7l,0:r82,0:3gz6,0:rkw,0:rvh,0:3id3,0:sbq,0:sdy,0:sdy,0:sdy,0:tnh,0:tc5,0:3dc.9oc.3cy.3d8,0:tiw,0:tj3,0:tm0,0:3l73,0:tnh,1:tw2,0:u06,0:u45,0:u6m,0*2:u72,0:3mv3,0:u74,0:uar,0:3n68,0:ui4,0:ujs,0:unw,0:uws,0:v8f,0:gh0,0:vc6,0:vd0,0:vem,0:k21,0:vgw,0:l7z,0:vi7,0:o9o,0:vix,0:vj0,0:fi8,7j:kz,0:13.13,3:27,0*2:7sc,8:6go,1*2:14,4*2:7vq,0:3i,f:lm,0:md,5:1b,r:7sc,21:1ehq,0:lm,5:1p,3:fjv,3:ijp,2:gbf,j:hlh,8:ggs,2:fik,1:ny3,0:1b,0:g2z,2:get,5:9ko,7:gja,7:its,4:gkj,d:53,l:7sc,0:2c,7:2h,b:g1r,3h:9mj,x:2tak,8:fgg,0:9oc,0:ffs,0:1b,0:1b,0:2k,0:2tal,0:fh7,0:2tai,0:2tam,0:2tcc,0:fid,0:7sc,0:2taj,0:fgg,0:2tap,0:fh6,0:fh5,0:2tce,f7:9pk,5:aa2,ir:43sr,6q:9oz,eo:app,az:3tbq,h1:43x6,7p:43yj,3:43yo,9d:4405,8g:440x,go:ako,3o:bp7,50:444j,cf:3gz2,14o:f2l,a2:i9a,4:34br,1t:9oc,1:9ou,2:2c,f:3d8.3ft,5:3d5.3d5.9oc,d:9ow,1:2h,a:2k,8:1b,4:9nl,21:2dk2,6:2dk8,1g:3d5.9oc.3cw,v:43qv,7r:fp1,1l:ftw,7o:g24,0:20oj,3h:lta,ab:prt,o:prt,1:3d2.3fl,4o:3d5.9oc.3d2,17:gmr,k:gmr,7p:gur,af:gkj,b7:hgh,3j:h7j,j:hij,30:hns,25:hq1,38:hsr,1:hsr,5q:hwv,2q:43to,dq:gx2,3t:9ot,z:9pp,1:ikf,1b:ild,t:bp6,8j:43uj,5p:j0m,2b:j2d,41:3tbz,72:jee,0:jee,3l:ji1,4i:jl5,38:jlr,10:jlr,h:bi9,c:jqy,1c:jqy,6c:3zyc,19:k0j,5q:k6f,1l:cov,5:k7u,3q:k4l,5:bmi,j:deb,r:dhf,2:9nf,1:kdm,3y:bpt,1w:kfi,5d:koi,87:bs3,1p:kv1,71:3ti6,1p:2kc6,6e:43wj,2p:lgr,6l:lnb,4v:g5t,14:afn,1f:g5v,8:g5u,j:g5w,0:afp,13:afq,26:g5z,n:afr,4:lu0,1e:g60,i:g64,4:g61,q:g62,j:m2q,1e:g67,51:43xf,aq:3cy.3fy.ffs,7i:hns,87:mzo,il:396b,7:niz,8i:npw,ce:o3p,nf:ord,r:or9,2n:ouq,jr:41zf,7:kcs,z:kcw,5:kcv,11:bp1,a:kcz,11:kd4,9:pij,f:ph8,2t:kdf,7e:4a3s,2e:pvj,fp:q6l,75:qif,5v:qnv,as:duo,ar:dyu,2m:ram,1a:re2,38:rhc,31:rk6,5v:rq4,82:ry7,37:s11,4g:s5z,m:s6p,38:s8v,5n:444g,4j:ed0,b:444p,2t:smv,b:smv,d3:sz7,5c:t65,6g:4452,67:3dc.9oc.3cy.3d8,2:446c,8v:i4p,fa:lsc,g:u7i,57:lus,d4:f2d,jf:v9e,3y:vdd,5m:cy3,11:cop,y8:w5p,7:vr4,1:vnu,8:wgo,0:vua,3:vo0,3:wci,9:wcf,3:w4x,0:w2h,0:wbv,1:wc5,d:1u,0:28,0:2s,0:1w,0:2c,1:1z,0:23,1:22,0:1v,0:au,0:2i,0:1y,0:6k2,0*2:25,0:24,0:2b,0:2a,1:g5,0:2e,0:20,2*3:2f,0:4ca,0:1t,0:8rz,0:1x,0:b2,0:30,0:27,0:2d,0:11k,1:4bl,0:1a,0:18,0:1a.1a,0:1a.18,1:1m,0:19.1a,0:1p,b:2c,a:30.30.30,18:1i,g:pg,2:1u,n:30,6:2b,i:1k,1t:1x,3:61r,1o:1p,1:1a,4:b4,1c:1e,0:bs,1:2x,5:qx,2:tm.30,0:jt.2q.2x,m:ig,6:6i1,c:li,1:jr,d:2c.mg,0:5qz,7:2w.lw,2:27.27,0:33.33,0:1f3c,6:t4,0:33.lg.lg,4:9mh,8:4hl,0:8s5,0:2h.lj,m:2i,3:ip,0:g5,c:ps,1:1l.53,1:2e,b:1r,3:1e,0:le,0:lg,2:wz7.wz7,v:kr,1:kq,h:2c.1f,0:38.f1,0:b4,6:37,0:1t.1t,0:2p.2p,0:1t.27,0:2p.33,0:1t.2d,0:2p.39,0:1t.2e,0:2p.3a,0:1t.2e,0:2p.3a,0:1t.2h,0:2p.3d,2:23.mt,9:27.mt,0:33.mt,2:27.27,0:33.33,a:1e,6:3b.me,8:1f,0:f1,2:1l,0:1l,7:38.2u,0:12,1:x2x,6:30,7:1m,0:1p,0:13,0:13,2:53,5:x0n,2:1y,0:2u,0:1fde,0:1fei,1:ii,0:wkk,0:39,b:1f,2:30,2:wk5,0:22,0:2g,0:1u,0:67,0:wuk,0:qx,d:2b.mg,9:x5a,2:x5f,1:x5h,1:67,0:67,2:g5,0:qj,0:g5.mw,5:pf,k:9oc,2:3b,3:30,c:lm,10:30,5:4w,47:30,0:30.30,11:1uw.li.lj,0:1f.li.lj,2x:3cz.3d2,0:3cz.3d3,0:3cz.3d5,0:3cz.3d8,0:3d1.3cw,0:3d1.3cw.3cw,0:3d1.3cz,0:3d1.3cz.3cz,0:3d1.3d2,0:3d1.3d3,0:3d1.3d3.3d3,0:3d1.3d3.33,0:3d1.3d5,0:3d1.3d8,0:3d1.3db,0:3d2.3cw,0:3d2.3cz,0:3d2.3d5,0:3d3.3d5.3dc,0:3d3.3db,0:3d3.3de,0:3d5.3d5.3d3,0:33.3d1,0:33.3de,0:3d8.3d8.3de,0:3dc.3dc,0:3dd.3de,0:3de.3d5,0:3fd.3fd,l:8qn,g:xi5,y:xjk,8:19e,3n:xkx,2:xlv,6:30,8:38c.370,l:lg,0:19,0:35t.37f.37i,0:35y.37f.37i,4y:2t,2:2u,7:33,0:33.mw,0:gk.mw,1:d9.33.mw,0:d9.33.mt,0:2r.33,0:2r.33.mw,2:36,0:36,4:hv,0:39,2:36.32.mb,0:39,0:qv,1:qv,4:3d,5:ux,1:gk.2t,0:39.33,0:2p,b:5qd,0:hs,0:5qz,1:33.m3,0:2x,4:5q8,0:5qi,0:5qf,1:g2,1:8s6,0:36,1:3b,3:i5,3:ik,2:33.mt,1:gy,2:3e,7:x3n,0:39.mt,1:1g,0:at,2:hs,1:3b,4:3a,0:37,3:in,0:2r,2:5qw,3:8o,4:33.mt,2:1i,19:1a,8n7:3ft.3fr,0:3ft.3ft.ffs,0:3fx.3fl,0:3fx.3fl.ffs,0:3fx.3fp,0:3fy.3fr,0:3fy.ffs.ffs,0:3g2.3fl.ffs,0:3g2.3ft,0:9oc.3fl,0:9oc.3fp,0:9oc.3fp.ffs,0:9oc.3ft,0:ffs.3fn.3ft,0:ffs.3fn.ffs,0:ffs.3fr,0:ffs.3fr.ffs,0:ffs.3ft.ffs,0:ffs.3fx,0:ffs.3g2,0:ffs.ffs,0:3ha.3fl,0:3ha.3fp.ffs,4:3cy.3d1,0:3cy.3da,0:3cz.3cz,0:3cz.3cz.3d3,0:3cz.3d3,0:3cz.3d5,0:3cz.3d5.3cw,0:3cz.3d8,0:3cz.3da,0:3cz.3dc,0:3d1.3cw.3cw,0:3d1.3cw.3de,0:3d1.3d1.3db,0:3d1.3d2.3de,0:3d1.3d3.3cz,0:3d1.3d3.3dd,0:3d1.3f0,0:3d1.3fd.3de,0:3d1.33,0:3d2.3cy,0:3d2.3cy.3cy,0:3d2.3d2,0:3d2.3d3.3d5,0:3d2.3d8,0:3d3.3cz,0:3d3.3d1.3dd,0:3d3.3d2,0:3d3.3d3,0:3d3.3d5.3cz,0:3d3.3d8,0:3d3.3da,0:3d5.3d2,0:3d5.3d3.33,0:3d5.3d5.3cw,0:3d5.3d5.3cz,0:3d5.3eo,0:3d5.3d8,0:3d5.3da,0:3d5.3dc,0:3d1.3de,0:3eo.3d3,0:3eo.3d3.33,0:3f0.3d2,0:3f0.3de,0:3d8.3d3,0:3d8.3d3.3d3,0:3d8.3d8,0:3dd.3d5,0:3dd.3dc,7cy*2:14,qp:53,1q:15,0:14,p:1m,l:4i1,c:2u,3:x1e,8:2s,2:26.lm,1:1p,0:19,4:2g.mt,0:2e.mt,0:30.mt.30.mt.2b.mt,0:30.mt.30.mt,6:11w,69:1u,2:pg,0*2:1x,2:30,2:g5,2:2g,1:27,1:4ik,0:28,0*2:2b,3:17,4*3:1t,0:pg,1:1y,5:27,1:rc,2:25,0:2c,0:2h,0:py,0:2g,0*2:q0,1:8xs,m:20,h:17z,2:18o,3:187,9:185,2:2i,b*2:1u,6:30,5:27,1:25,0:rc,2:2c,1:2g,2:1k,1:2q,2:16,0:30,1:2g,a:1o,4j:1f9e,1:1f9v,19:b4,2:27,c:wl2,3:1v,5:24,3:8s0,0:2b,2:au,1:t4,3:x3n,0:ii,1:33,g:2r,1:hj,2:gu,0:in,4:37,2:gk,1:5qm,2a:1fgm,f:g5,3:2a,7:xv,5:27,0:ig,0:66,8:sr,0:2d,1:4iu,0:q0,0:1j,5:i4,2:qj,e:33,0:wvd,a:39,2:qw,d:2i,5:t4,0:30,0:pf,0:g5,2:26,2:27,0:ps,0:23,2:1v,1:2e,0:27.mt,6:1y,0:24,0:2g,s7:53,1:4ca,4:30,5:33,6a:lk,14:lg,1:mb,l:1a,6:1gly.1gly,3x:lk,f:1m,7x:2g,3:27,7:2e,0:2h,0:25,s:30,1v:2g,y:30,s:3c,1j:30,1:2g,a:33,0:18j,0:18h,9:18k,8:1b5.1cr,bt:18m,0:1a8,6:lm,1:4w.mq,y:li.lj.ld,0:18w.1hiz,0:li.lj.lv,28:mb,1*2:lj,53:lj,0:1m,1w:30,0:30.30,2:9oc,7:1p,1:17,17:lj,0:1m,1j:mb,0:4w,4:30,0:30.30,1r*2:lj,0:37l.370,5:2ls,0:37j,b:33.370,0:369,3:36d,1:36f,5:36k,0:33,2:378,0:371,1:373,8:37d,d:30,0:30.30,1c:mb,0:53,c:lj,0:1m,1u:30,0:30.30,0:53,2:mb,0:1tm,f:xdo,0:xdn,1:6rs,2j:1m,2:4w,4h:lj,9:mb,m:lm,0:li.lj,0:33,0:1vn,5:2a1,0:2a1.2b7,h:2a8,6*2:2ar,3:2aw,6:2b3,5*2:2b9,2:2bd,1*2:mb,1:2a0,0*4:2bj,4:2bq,3w:30,0:30.30,1p:1ik4.1iki.1ij6,5:1ik4.1iki.1ijc,a:1ik4.1iki.1ijn,5:1ik4.1iki.1ijt,2:1ik4.1iki.1ijw,1:1ik4.1iki.1ijy,k:lm,0:1k,0:mb,4:30,0:30.30,2:4w,1n*2:1vz,0*6:1w3,1:1wa,1:1wc,1*2:1we,1:1wh,1:1wy,0*5:1wk,0:1wq,3*2:1wu,0:1ws,0:1wj,0:1ww,1*2:1x3,1*2:1xa,7:1xj,3:1xz,1:li.lj,0:lm,0:1vn,0:1xp,0:mb,0:1x9,0:3b.lj,0:4w,9:33,0*2:1yf,3:1yk,6e:lj,0:1m,1:mb,3:53,0:30,i:1ite,0*3:1ite,0*2:1iuq,2n:lj,3:30,0:30.30,0:4w,2v:lj,0:1m,a:mb,1:53,1y:36.32,5:3a,3:3b,3:3b,0:3b,87:lj,0:1m,0:1u5,0:mb,0:4w,2s:2e,1:1y,0:24,0:2h,1:1x,1:6pz,0:2i,2:1l,1:1x,0:1g,2:24,2:27,1:4ik,0:2d,2:1h,0:2c,3:3a,0:37,0:1y,0:2x,0:3d,1:1j,1:33,1:1f,1:1l,1:x3n,6:1i,0:1l,0:33,0:39,3:3d,3:27,2:36.32,0:19l,0:2i,0:2f,2:1v,2:2g,2:2f,2:1v,5r:1t6,7:1th,f:1jz8,0:1u0,3:1vn,2g:lm,0:1vn,2k:lm,11:2i,1:26,13:1jvp.1jvz,0:1jvp.1jw0,0:1jvp.1jvp,0:1jvp.1jvp.1jvz,0:1jvp.1jvp.1jw0,1:1jvv.1jvz,0:1jvv.1jvv,0:1jvv.1jvv.1jvz,5:1jw3.1jvz,0:1jw3.1jw0,0:1jw3.1jw3,0:1jw3.1jw3.1jvz,0:1jw3.1jw3.1jw0,h:1t2.mp,2d:1tm,2:1jz6.1jz6,2:li,5y:lm,0:1vn,2:30,0:30.30,33:1k8a,2:lm,67:lm,1v:1m,0:30,5:27,0:30,e:lm,0:1ww,g6:1fa2,10p:53,2om:1ggu,3oo:pg,u:2n,6uf:17,8h:27.mt,11:1l,k:66,13:1k,q:36,i:pg,4k:11k,4:2b,d:30.mt,4:27,2:1o,hi:30,7w:27.mt,1:1g,7:1j,r:ps,3:30,b:2q,a:qo,f:at,1h:pf,0:2e,1:2c,b:24,3:pg,1:wuw,9:wl2,1:30,4:b4,7:2a,4:2b,0:1f,1:g5,1:1q,0:1t,1:2d,0:2h,d:13,0:13,0:18,4e:g1r,cvo:i1c,5hv:2rco,dv:8xu,4:19e,7:2e,eb:30,7:1m,b:3f,i:18w,0:1jz6,b:2r,1k:1a,40:1j,3:zi,3:1f,0:2q,3:t4,0:2f,0:2e,1:2k,2:1j,0:1y,0:1f3w,0:wl2,0:2a,0:8rz,1:t2,0:27.mt,0:6kk,0:wk5,4:b4,0:v4,5:b2,1:24,0:wl2,4:x6j,5:1o,0:1q,0*2:6tr,0:1b,0:2k,3:4i3,5:11k,q:7l9.7l9.7l9,1:30.30,7k:2c,3:30,1hk:6tv,ta:2s.6pu.mt,0:2s.30.f1,1:38.h8,0:38.x3i,0:38.27.mt,6:2s.ib,0:38.hy,0:2s.me.lw,0:2s.3e.me,0:6pu.mt.me,0:gy.me,0:3d.me,0:2w.mt.me,0:hk.me,0:35.me,0:hs.me,0:ht.me,0:36.mg.me,0:38.5u2,0:39.me,0:x5a.me,0:67.me,0:27.mt.me,0:qv.me,0:h1.mt,0:3b.mt,0:1t.mt,0:2p.mt,0:gk.mt,0:5qf.mt,0:x3n.mt,0:2v.mt,0:2w.mt,0:2w.mt.lw,0:23.mt,0:2z.mt,0:25.mt,0:36.32.mt,0:36.32.mt.me,0:26.mt,0:32.mt,0:32.mt.mh,0:2mpc.mt,0:2e.mt,0:3a.mt,0:hj.mt,0:qv.mt,0:3d.mt,4:2p,0:if.2w,0:x3n.x3n,0:2x.2t,0:33.2x,0:33.39,2:hv.2w,0:i0.2w,0:38.2w,0:3b.2w,1:30.ib,2:1t,1*2:x3m,0:30.mt,e:3b,3:1x,c0:li,0:lm,0:lg,b:27,0:30,3:2e,bq*2:lj,2:27,1:1l,lo:4w,6h:17,4:5ag,d4:30,0:6qo,0:19f,1:1k,0:6pu,0:6pu.mt,3c:lg,1:li,2:13,mh:17x.33,d:18l.30,2:30.189.30,0:17x.18l.30,1:18k.18l.30,k:18k.18j.33.33,0:18k.18j.33.30.18m,0:18k.18j,0:18j.181.18o.181,0:18j.181.18o.181.30.18p,0:18k.33,a:1a,2:189.33,0:189.30,26:30,7:18p.18o,9:18l.30,q:18l.181,0:17l,1:18k.18p.189.30,0:17x.30,3:18p.189.30,0:189.30,4:19l,c4:17x.17z,f1:10.6hs,2l:2r.2r.6hp,0:1v.6hs,bn:7jx,5:7jy,0:7jx,p:2jek,q:2jel,0:2jel,2*2:2jem,z:2jei,2y:2jej,16:2j22,1h:2j24,5s:2sca,9p:12,1:12,0:12,3u:29.1x,0:wuw,0:pg,1:1f3w,2:1t.2a,0:2e.5wk,1:7jd,9:27.mt,j:1f3c,h:89r,h:1v,7:4ik,0:6u9,6:37.37.37,1:6rz,9:2c,2:25.1u,0:2e.1u,4:6u8,1oz:9pa,7s:fik,0:fik,0:fik,5s:fnp,7:43qz,7c:fx4,9g:aeg,4y:g39,62:ls6,1:lrg,0:lrf,6:lti,3:lub,1:lvm,0:lu7,6:lyz,0:lyy,0:lwy,2:lyp,3:m0p,1:m0q,0:m17,0:m2r,0:m32,2:m26,1:m2e,8:m4c,3:m5k,1:m59,0:m5g,2:m6a,28:g6t,1a:9op,0:9hh,3v:2ujr,pu:9oq,5n:gkx,n:gll,2c:goj,2n:2u6z,mh:h2g,it:hkc,y:hkf,2h:has,at:hiu,6r:hkn,2b:hlm,7z:2xm0,9w:hwy,t2:9p1,6e:2u6r,kd:7sc,2o:ikd,k1:ira,g:2u4g,d4:ivu,53:ixj,1t:j0d,zy:31m6,148:k37,jj:pj0,vo:l50,11v:lmt,18:3563,27:442s,cf:m0o,1fv:pp9,bp:msh,3x:mud,2y:mxu,48:mzs,eo:2yvg,2j:2ta9,42:n7t,gq:nf0,cd:395l,5l:39av,28:4407,f6:nq6,d2:nyx,9m:o2r,6e:3alg,2:o59,55:o75,bp:rvf,4n:oer,7a:ohy,1j:ohl,5p:ok1,1ic:pbo,32:3d7s,7v:3dfc,4m:33ba,4k:33bz,6y:pnx,1h:po4,12:pog,el:3ecg,55:4dwo,4g:q36,14:q69,m:3eie,gy:3ezo,d6:qif,7k:ql1,13z:3gtt,la:ri1,8t:ity,qp:s0a,yv:shk,1ct:tax,k8:tqe,nd:m3u,hu:u1l,m:3mgl,4e:u3i,wt:3nh0,gz:f13,rd:3opv,2ju:kxd,dj:37dg,wn:443p,b6:445g,g7:gkx,0:its,0:ibk,3:33a7,50:4451,ni:n5c,k1:u2a,ay:okc,6z:gg1,4e:345f,85:443d,1nw:sy2,1ar:ggh,4v9:u17,id:402c,1v:43xc,11:43ye,32:441f,4l:4463,9jz:ouf,2du:4439";var wr=null,Ji=null;function Kc(){if(wr)return;wr=[];let e=0;for(let t of Dc.split(",")){let[n,r]=t.split("~").map(i=>parseInt(i,36)),o=e+n;wr.push([o,o+r-1]),e=o+r}Ji=new Map,e=0;for(let t of Fc.split(",")){let[n,r]=t.split(":"),[o,i]=n.includes("*")?n.split("*").map(c=>parseInt(c,36)):[parseInt(n,36),1],s=r===""?[]:r.split(".").map(c=>parseInt(c,36)),a=e+o;for(let c=0;c<i;c++)Ji.set(a+c,String.fromCodePoint(...i>1?[s[0]+c]:s));e=a+i}}function Df(e){Kc();let t=0,n=wr.length-1;for(;t<=n;){let r=t+n>>1,[o,i]=wr[r];if(e<o)n=r-1;else if(e>i)t=r+1;else return!0}return!1}function Ff(e){Kc();let t="";for(let n of Le(e).normalize("NFKC").normalize("NFD")){let r=Ji.get(n.codePointAt(0));t+=r===void 0?n:r}return t.normalize("NFD")}var Kf=e=>e.toString(16).toUpperCase().padStart(4,"0");function Hf(e,t){for(let r of t)if(Df(r.codePointAt(0)))throw new C("roster-name-character",`the name of member ${e} holds U+${Kf(r.codePointAt(0))}, an invisible, control, private-use or unassigned character`);let n=Le(t).normalize("NFKC");if(n===""||Ye(n)>200)throw new C("roster-invalid",`the name of member ${e} must be 1-200 bytes`)}var wo=class{constructor(){this.nfkc=new Set,this.skeletons=new Map}add(t,n){Hf(t,n);let r=Le(n).normalize("NFKC");if(this.nfkc.has(r))throw new C("roster-duplicate-name",r);this.nfkc.add(r);let o=Ff(n),i=this.skeletons.get(o);if(i!==void 0)throw new C("roster-confusable-name",`the names of members ${i} and ${t} look alike`);this.skeletons.set(o,t)}};var Gf="dropbox-roster/1",Wf=90,Yf=256,ve=e=>new C("jcs-shape",e),He=e=>new C("roster-invalid",e),ft=(e,t)=>Object.prototype.hasOwnProperty.call(e,t),Jf=e=>typeof e=="object"&&e!==null&&!Array.isArray(e);function Ce(e,t,n=[],r=ve){if(!Jf(e))throw r("expected an object");for(let o of Object.keys(e))if(!t.includes(o)&&!n.includes(o))throw r(`unknown field ${JSON.stringify(o)}`);for(let o of t)if(!ft(e,o))throw r(`missing field ${JSON.stringify(o)}`)}var tt=e=>Number.isSafeInteger(e)&&e>=0,Kn=e=>Number.isSafeInteger(e)&&e>=0&&e<=4294967295;function vo(e,t){if(typeof e!="string")throw ve(`${t} must be a string`);return e}function Vf(e){if(Ce(e,["id","name","age","sign"],["roles","transport"]),!At(e.id))throw ve(`invalid member id ${JSON.stringify(e.id)}`);vo(e.name,"name");let t=ft(e,"roles")?e.roles:[];if(!Array.isArray(t)||!t.every(n=>n==="admin"||n==="reviewer"))throw ve("roles are admin or reviewer");if(!bo(e.age))throw ve(`invalid age recipient ${JSON.stringify(e.age)}`);if(!dt(e.sign))throw ve("invalid sign key");if(ft(e,"transport")&&!dt(e.transport))throw ve("invalid transport key");return{id:e.id,name:e.name,roles:[...t],age:e.age,sign:e.sign,transport:ft(e,"transport")?e.transport:void 0}}function Hc(e,t){Ce(e,t);for(let n of t)if(!Kn(e[n]))throw ve(`${n} must be an unsigned 32-bit integer`);return{...e}}function Xf(e){if(Ce(e,["max_submission_bytes","categories","retention","ack_hours","next_steps_hours","response_by_severity","disclosure_days","timezone"],["drop_key_days"]),!tt(e.max_submission_bytes))throw ve("max_submission_bytes");if(!Array.isArray(e.categories)||!e.categories.every(r=>typeof r=="string"))throw ve("categories");let t=Hc(e.retention,["all_acked_days","first_ack_days","unacked_days","reply_read_days","reply_days","backup_days"]);if(!Kn(e.ack_hours)||!Kn(e.next_steps_hours))throw ve("hours");let n=Hc(e.response_by_severity,["critical_hours","high_business_days","medium_days","low_days"]);if(!Array.isArray(e.disclosure_days)||e.disclosure_days.length!==3||!e.disclosure_days.every(Kn))throw ve("disclosure_days is three integers");if(vo(e.timezone,"timezone"),ft(e,"drop_key_days")&&!Kn(e.drop_key_days))throw ve("drop_key_days");return{max_submission_bytes:e.max_submission_bytes,categories:[...e.categories],retention:t,ack_hours:e.ack_hours,next_steps_hours:e.next_steps_hours,response_by_severity:n,disclosure_days:[...e.disclosure_days],timezone:e.timezone,drop_key_days:ft(e,"drop_key_days")?e.drop_key_days:void 0}}function Zf(e){if(Ce(e,["type","team","seq","expires","threshold","endpoints","members","policy"],["prev","page_sha256"]),vo(e.type,"type"),vo(e.team,"team"),!tt(e.seq))throw ve("seq");if(ft(e,"prev")&&!Ne(e.prev))throw ve("prev");if(ut(e.expires)===null)throw ve("expires");if(!Kn(e.threshold))throw ve("threshold");if(!Array.isArray(e.endpoints)||!e.endpoints.every(n=>typeof n=="string"))throw ve("endpoints");if(ft(e,"page_sha256")&&!Ne(e.page_sha256))throw ve("page_sha256");if(!Array.isArray(e.members))throw ve("members");let t=e.members.map(Vf);return{type:e.type,team:e.team,seq:e.seq,prev:ft(e,"prev")?e.prev:void 0,expires:e.expires,threshold:e.threshold,endpoints:[...e.endpoints],page_sha256:ft(e,"page_sha256")?e.page_sha256:void 0,members:t,policy:Xf(e.policy)}}function Gc(e){let t=e.split(".");if(t.length!==4)return null;let n=[];for(let r of t){if(!/^(0|[1-9][0-9]{0,2})$/.test(r)||Number(r)>255)return null;n.push(Number(r))}return n}function Qf(e){let t=i=>{if(i==="")return[];let s=[],a=i.split(":");for(let c=0;c<a.length;c++){let l=a[c];if(c===a.length-1&&l.includes(".")){let d=Gc(l);if(!d)return null;s.push(d[0]<<8|d[1],d[2]<<8|d[3])}else if(/^[0-9a-fA-F]{1,4}$/.test(l))s.push(parseInt(l,16));else return null}return s},n=e.split("::");if(n.length>2)return null;if(n.length===1){let i=t(e);return i&&i.length===8?i:null}let r=t(n[0]),o=t(n[1]);return!r||!o||r.length+o.length>7?null:[...r,...new Array(8-r.length-o.length).fill(0),...o]}function ep(e){let t=Gc(e);if(t)return t[0]===127;let n=Qf(e);return!!n&&n.slice(0,7).every(r=>r===0)&&n[7]===1}function tp(e){return/^\+?[0-9]+$/.test(e)&&Number(e.replace(/^\+/,""))<=65535}function np(e){let t,n;if(e.startsWith("https://"))t=!0,n=e.slice(8);else if(e.startsWith("http://"))t=!1,n=e.slice(7);else return!1;if(Ye(e)>512||/[?#@\\]/.test(e)||[...e].some(a=>Ft(a)||Kt(a)))return!1;let r=n.split("/")[0],o,i;if(r.startsWith("[")){let a=r.slice(1),c=a.indexOf("]");if(c<0)return!1;o=a.slice(0,c);let l=a.slice(c+1);i=l.startsWith(":")?l.slice(1):void 0}else{let a=r.lastIndexOf(":");a>=0?(o=r.slice(0,a),i=r.slice(a+1)):(o=r,i=void 0)}if(i!==void 0&&!tp(i)||o===""||!/^[A-Za-z0-9.:-]+$/.test(o))return!1;let s=o==="localhost"||ep(o);return t||s||o.endsWith(".onion")&&o.length>6}function rp(e){if(e.type!==Gf)throw He("type is not dropbox-roster/1");if(Le(e.team)===""||Ye(e.team)>200)throw He("team name must be 1-200 bytes");if(e.seq===0||e.seq===1!=(e.prev===void 0))throw He("seq starts at 1, and only roster #1 has no prev");if(e.members.length===0||e.members.length>Yf)throw He("a roster has 1-256 members");let t=new Set,n=new wo,r=new Set;for(let a of e.members){if(t.has(a.id))throw new C("roster-duplicate-id",a.id);if(t.add(a.id),n.add(a.id,a.name),a.roles.length===0||new Set(a.roles).size!==a.roles.length)throw He("each member has distinct roles, at least one");for(let c of[a.age,a.sign,...a.transport!==void 0?[a.transport]:[]]){if(r.has(c))throw new C("roster-duplicate-key",c);r.add(c)}}let o=e.members.filter(a=>a.roles.includes("admin")).length;if(o===0)throw He("a roster needs at least one admin");if(e.threshold===0||e.threshold>o)throw He("threshold must be between 1 and the number of admins");if(e.endpoints.length===0)throw He("a roster names at least one endpoint");for(let a of e.endpoints)if(!np(a))throw He(`endpoint ${JSON.stringify(a)} must be https://, or http:// on a .onion or loopback host`);let i=e.policy,s=i.disclosure_days;if(i.max_submission_bytes===0||i.max_submission_bytes>cr)throw He("max_submission_bytes out of range");if(!(s[0]>0&&s[0]<=s[1]&&s[1]<=s[2]))throw He("disclosure_days must be increasing and positive");if(i.timezone===""||Ye(i.timezone)>64)throw He("timezone must be an IANA time zone name");if(i.drop_key_days!==void 0&&!(i.drop_key_days>=1&&i.drop_key_days<=90))throw He("drop_key_days must be between 1 and 90")}function Wc(e){let t=$t(e,Ti),n=Zf(t.value);return rp(n),{roster:n,parsed:t,hash:Ka(t.payload)}}var xo=(e,t)=>e.members.find(n=>n.id===t),Yc=(e,t)=>e.age===t.age&&e.sign===t.sign&&e.transport===t.transport;function Jc(e,t){let n=new Set,r=pn(e.payloadType,e.payload);for(let[o,i]of e.signatures){let s=xo(t,o);if(s){if(!Fn(dt(s.sign),r,i))throw new C("roster-bad-signature",`bad signature by ${o}`);n.add(s.id)}}return n}function Vc(e,t,n){let r=0;for(let o of t){let i=xo(n,o);i&&i.roles.includes("admin")&&r++}if(r<n.threshold)throw new C("roster-too-few-signatures",`too few admin signatures on roster #${e}: ${r} of ${n.threshold}`)}function op(e,t){let{roster:n,parsed:r,hash:o}=Wc(t);if(o!==e)throw new C("roster-fingerprint-mismatch","the first roster does not match the team fingerprint");if(n.seq!==1)throw new C("roster-wrong-seq",`roster #${n.seq} does not follow #0`);return Vc(1,Jc(r,n),n),{roster:n,hash:o,envelope:t}}function ip(e,t){let{roster:n,parsed:r,hash:o}=Wc(t),i=e.roster;if(n.seq!==i.seq+1)throw new C("roster-wrong-seq",`roster #${n.seq} does not follow #${i.seq}`);if(n.prev!==e.hash)throw new C("roster-fork",`roster #${n.seq} forks the chain`);let s=Jc(r,i);Vc(n.seq,s,i);for(let a of n.members){let c=xo(i,a.id);if(c&&!Yc(c,a)&&!s.has(a.id))throw new C("roster-key-continuity",`keys of member ${a.id} changed without a signature by their previous key`)}return{roster:n,hash:o,envelope:t}}function sp(e,t){let n=ut(e.expires);if(t>=n*86400)throw new C("roster-expired",`the roster expired on ${e.expires}`);if(n-gn(t)>Wf)throw new C("roster-expiry-too-far",`the roster expires on ${e.expires}, more than 90 days ahead`)}function Xc(e,t,n){if(t.length===0)throw new C("roster-empty-chain","empty roster chain");let r=[op(e,t[0])],o=new Map(r[0].roster.members.map(s=>[s.id,s]));for(let s of t.slice(1)){let a=r[r.length-1],c=ip(a,s);for(let l of c.roster.members){let d=o.get(l.id);if(!xo(a.roster,l.id)&&d&&!Yc(d,l))throw new C("roster-key-continuity",`member ${l.id} came back with other keys`);o.set(l.id,l)}r.push(c)}let i=r[r.length-1];return sp(i.roster,n),{fingerprint:e,rosters:r,head:i}}function Zc(e){typeof e=="string"&&(e=le(e));let t=r=>new C("dsse-malformed",r);if(e.length>64*(1<<20))throw t("roster chain too large");let n;try{n=_n(e)}catch(r){throw t(r.message)}if(!Array.isArray(n))throw t("a chain is an array of envelopes");return n.map(r=>Ln(r,t))}function Qc(e,t){return t.roster.endpoints.some(n=>n.replace(/\/+$/,"")===e)}var pt=le(`DROPBOX-BUNDLE-1
`),tl=64*1024,ap=64*1024,nl=100,rl=255,cp=64*1024,Vi=64*1024,lp=["report","followup","reply","event","backup","own"],dp=["critical","high","medium","low"],xe=e=>new C("bundle-header-invalid",e);function el(e){let t=0;for(;e>=1;)e=Math.floor(e/2),t++;return t}function up(e){if(e<2)return e;let t=el(e)-1,n=el(t),o=2**(t-n);return Math.ceil(e/o)*o}function Xi(e){return Math.max(cp,up(e))}function Zi(e){let t=e.split(/[/\\]/),r=[...(t[t.length-1]??"").normalize("NFC")].filter(i=>!Kt(i));for(;Ye(r.join(""))>rl;)r.pop();let o=r.join("");return(o===""||o==="."||o==="..")&&(o="attachment"),o}function Qi(e){return 11+66*e+Math.max(e-1,0)+2}function fp(e){return{kind:e.kind,created:e.created,roster_seq:e.roster_seq,recipients:[...e.recipients],delete_token:e.delete_token,title:e.title,body:e.body,category:e.category,severity:e.severity,contact:e.contact,credit:e.credit,reply:e.reply?{age:e.reply.age,sign:e.reply.sign}:void 0,thread:e.thread,via:e.via,signed:e.signed,attachments:e.attachments.map(n=>({name:n.name,type:n.type,size:n.size}))}}function pp(e){Ce(e,["kind","created","roster_seq","recipients","delete_token","via","attachments"],["title","body","category","severity","contact","credit","reply","thread","signed"],xe);let n=a=>Object.prototype.hasOwnProperty.call(e,a);if(!lp.includes(e.kind))throw xe("kind");if(ut(e.created)===null)throw xe("created");if(!tt(e.roster_seq))throw xe("roster_seq");if(!Array.isArray(e.recipients)||!e.recipients.every(At))throw xe("recipients");let r=typeof e.delete_token=="string"?Qr(e.delete_token):null;if(!r||r.length!==32)throw xe("invalid delete_token");for(let a of["title","body","category","contact","credit"])if(n(a)&&typeof e[a]!="string")throw xe(a);if(n("severity")&&!dp.includes(e.severity))throw xe("severity");if(n("reply")&&(Ce(e.reply,["age","sign"],[],xe),!bo(e.reply.age)||!dt(e.reply.sign)))throw xe("reply keys");if(n("thread")&&!Ne(e.thread))throw xe("thread");if(e.via!=="client"&&e.via!=="server")throw xe("via");let o=n("signed")?Ln(e.signed,xe):void 0;if(!Array.isArray(e.attachments))throw xe("attachments");let i=e.attachments.map(a=>{if(Ce(a,["name","type","size"],[],xe),typeof a.name!="string"||typeof a.type!="string"||!tt(a.size))throw xe("attachment");return{name:a.name,type:a.type,size:a.size}}),s={kind:e.kind,created:e.created,roster_seq:e.roster_seq,recipients:[...e.recipients],delete_token:e.delete_token,via:e.via,attachments:i};for(let a of["title","body","category","severity","contact","credit","thread"])n(a)&&(s[a]=e[a]);return n("reply")&&(s.reply={age:e.reply.age,sign:e.reply.sign}),o&&(s.signed=o),s}function ol(e){return e.attachments.reduce((t,n)=>t+BigInt(n.size),0n)}function il(e){if(e.attachments.length>nl)throw new C("bundle-too-many-attachments");for(let n of e.attachments)if(!tt(n.size))throw new C("bundle-size-mismatch");if(ol(e)>BigInt(cr))throw new C("bundle-size-mismatch");if(e.attachments.forEach((n,r)=>{let o=n.name;if(o===""||Ye(o)>rl||/[/\\]/.test(o)||o==="."||o===".."||[...o].some(Kt)||o.normalize("NFC")!==o)throw xe(`attachment ${r} has an unsafe name`);let i=n.type;if(i===""||Ye(i)>255||[...i].some(s=>Kt(s)||Ft(s)))throw xe(`attachment ${r} has an invalid media type`)}),e.recipients.length===0&&(e.kind==="report"||e.kind==="followup"))throw xe("a report names at least one recipient");if((e.kind==="followup"||e.kind==="reply"||e.kind==="event"||e.kind==="own")!==(e.signed!==void 0))throw xe("follow-ups, replies, events and own-log items (only) carry a signed message")}function vr(){let e=Ue(32),t={text:Dt(e),hash:qe(Y(e))};return e.fill(0),t}function es(){let e=Ue(32),t=qe(Y(e));return e.fill(0),t}function ko(e){il(e);let t;try{t=zt(fp(e))}catch(n){throw new C("bundle-header-json",n.message)}if(t.length>tl)throw new C("bundle-header-too-large",`${t.length} bytes`);return t}function sl(e,t){let n=pt.length+4+e+Number(ol(t))+Qi(t.attachments.length);return Xi(n)}async function*hp(e,t,{digests:n}={}){let r=ko(e),o=new Uint8Array(4);new DataView(o.buffer).setUint32(0,r.length),yield We(pt,o,r);let i=pt.length+4+r.length;if(t.length!==e.attachments.length)throw new C("bundle-size-mismatch");let s=[];for(let l=0;l<e.attachments.length;l++){let d=e.attachments[l].size,u=n?null:Y.create(),f=0,p=t[l]instanceof Uint8Array?[t[l]]:t[l];for await(let h of p){if(f+h.length>d)throw new C("bundle-size-mismatch",`attachment ${l} is longer than declared`);u&&u.update(h),f+=h.length,yield h}if(f!==d)throw new C("bundle-size-mismatch",`attachment ${l} is shorter than declared`);i+=d;let m=u?u.digest():await n[l];s.push(typeof m=="string"?m:qe(m))}let a=zt({sha256:s});yield a,i+=a.length;let c=Xi(i)-i;for(;c>0;){let l=Math.min(c,Vi);yield new Uint8Array(l),c-=l}}async function al(e,t){let n=[];for await(let r of hp(e,t))n.push(Uint8Array.from(r));return We(...n)}function Hn(e){if(e.length<pt.length||!pt.every((u,f)=>e[f]===u))throw new C("bundle-bad-magic");if(e.length<pt.length+4)throw new C("bundle-truncated");let t=new DataView(e.buffer,e.byteOffset+pt.length,4).getUint32(0);if(t>tl)throw new C("bundle-header-too-large",`${t} bytes`);let n=pt.length+4;if(e.length<n+t)throw new C("bundle-truncated");let r;try{r=lr(e.subarray(n,n+t))}catch(u){throw new C("bundle-header-json",u.message)}if(n+=t,typeof r=="object"&&r!==null&&!Array.isArray(r)&&Array.isArray(r.attachments)&&r.attachments.length>nl)throw new C("bundle-too-many-attachments");let o=pp(r);il(o);let i=[],s=[];for(let u of o.attachments){if(e.length-n<u.size)throw new C("bundle-truncated");let f=e.slice(n,n+u.size);i.push(f),s.push(qe(Y(f))),n+=u.size}let a=n;for(;a<e.length&&e[a]!==0;)a++;if(a===n)throw new C("bundle-truncated","no trailer");if(a-n>ap)throw new C("bundle-trailer-invalid","trailer too large");let c;try{if(c=lr(e.subarray(n,a)),Ce(c,["sha256"],[],u=>new C("bundle-trailer-invalid",u)),!Array.isArray(c.sha256)||!c.sha256.every(Ne))throw new Error("sha256 is a list of digests")}catch(u){throw new C("bundle-trailer-invalid",u.message)}if(n=a,c.sha256.length!==s.length)throw new C("bundle-trailer-invalid","wrong number of digests");c.sha256.forEach((u,f)=>{if(u!==s[f])throw new C("bundle-trailer-mismatch",`attachment ${f}`)});let l=Xi(n)-n,d=0;for(;n<e.length;){let u=Math.min(e.length,(Math.floor(n/Vi)+1)*Vi);for(let f=n;f<u;f++)if(e[f]!==0)throw new C("bundle-padding-non-zero");if(d+=u-n,n=u,d>l)throw new C("bundle-padding-too-long")}if(d<l)throw new C("bundle-padding-too-short");return{header:o,attachments:i}}var Eo=class{oHash;iHash;blockLen;outputLen;canXOF=!1;finished=!1;destroyed=!1;constructor(t,n){if(Re(t),V(n,void 0,"key"),this.iHash=t.create(),typeof this.iHash.update!="function")throw new Error("expected Hash instance");this.blockLen=this.iHash.blockLen,this.outputLen=this.iHash.outputLen;let r=this.blockLen,o=new Uint8Array(r);o.set(n.length>r?t.create().update(n).digest():n);for(let i=0;i<o.length;i++)o[i]^=54;this.iHash.update(o),this.oHash=t.create();for(let i=0;i<o.length;i++)o[i]^=106;this.oHash.update(o),te(o)}update(t){return Ge(this),this.iHash.update(t),this}digestInto(t){Ge(this),Ct(t,this),this.finished=!0;let n=t.subarray(0,this.outputLen);this.iHash.digestInto(n),this.oHash.update(n),this.oHash.digestInto(n),this.destroy()}digest(){let t=new Uint8Array(this.oHash.outputLen);return this.digestInto(t),t}_cloneInto(t){t||=Object.create(Object.getPrototypeOf(this),{});let{oHash:n,iHash:r,finished:o,destroyed:i,blockLen:s,outputLen:a,canXOF:c}=this;return t=t,t.finished=o,t.destroyed=i,t.blockLen=s,t.outputLen=a,t.canXOF=c,t.oHash=n._cloneInto(t.oHash),t.iHash=r._cloneInto(t.iHash),t}clone(){return this._cloneInto()}destroy(){this.destroyed=!0,this.oHash.destroy(),this.iHash.destroy()}},nt=(()=>{let e=((t,n,r)=>new Eo(t,n).update(r).digest());return e.create=(t,n)=>new Eo(t,n),e})();function Qt(e,t,n){return Re(e),n===void 0&&(n=new Uint8Array(e.outputLen)),nt(e,n,t)}var xr=Uint8Array.of(0),mp=Uint8Array.of();function rt(e,t,n,r=32,o){Re(e),Q(r,"length"),V(t,void 0,"prk");let i=e.outputLen;if(t.length<i)throw new Error('"prk" must be at least HashLen octets');if(r>255*i)throw new Error("Length must be <= 255*HashLen");let s=Math.ceil(r/i);if(n===void 0?n=mp:V(n,void 0,"info"),!s)return o&&te(t),new Uint8Array;let a=o&&s===1?t:new Uint8Array(s*i),{iHash:c,oHash:l}=nt.create(e,t),d=o?t:new Uint8Array(i),u=s>1?o?.iHash||e.create():void 0;for(let p=0;p<s-1;p++){xr[0]=p+1;let m=c._cloneInto(u);p&&m.update(d),m.update(n).update(xr).digestInto(d),l._cloneInto(u).update(d).digestInto(d),a.set(d,i*p)}if(xr[0]=s,s>1&&c.update(d),c.update(n).update(xr).digestInto(d),l.update(d).digestInto(d),a.set(d,i*(s-1)),c.destroy(),l.destroy(),u?.destroy(),d!==a&&te(d),te(xr),r===a.length)return a;let f=a.slice(0,r);return te(a),f}var ht=(e,t,n,r,o)=>{Re(e),n===void 0&&(n=new Uint8Array(e.outputLen));let i=nt.create(e,n).update(t);return rt(e,i.digest(),r,o,i)};function yp(e,t,n,r){Re(e);let o=et({dkLen:32,asyncTick:10},r),{c:i,dkLen:s,asyncTick:a}=o;if(Q(i,"c"),Q(s,"dkLen"),Q(a,"asyncTick"),i<1)throw new Error('"c" (iterations) must be >= 1');if(s<1)throw new Error('"dkLen" must be >= 1');if(s>(2**32-1)*e.outputLen)throw new Error("derived key too long");let c=fn(t,"password");try{let l=fn(n,"salt");try{let d=new Uint8Array(s),{iHash:u,oHash:f,outputLen:p}=nt.create(e,c),m=new Uint8Array(p),h=bp(u,f,l,m);return{c:i,dkLen:s,asyncTick:a,DK:d,outputLen:p,eng:h}}finally{typeof n=="string"&&te(l)}}finally{typeof t=="string"&&te(c)}}function bp(e,t,n,r){let o=new Uint8Array(4),i=Tn(o),s=e._cloneInto().update(n),a=t._cloneInto(),c=e._cloneInto,l=t._cloneInto;return{u1:(d,u)=>{i.setInt32(0,d,!1),s._cloneInto(a).update(o).digestInto(r),t._cloneInto(a).update(r).digestInto(r),u.set(r.subarray(0,u.length))},rounds:(d,u)=>{for(let f=1;f<d;f++){c.call(e,a).update(r).digestInto(r),l.call(t,a).update(r).digestInto(r);for(let p=0;p<u.length;p++)u[p]^=r[p]}},output:d=>(e.destroy(),t.destroy(),s.destroy(),a.destroy(),te(r),d)}}function ts(e,t,n,r){let{c:o,dkLen:i,DK:s,outputLen:a,eng:c}=yp(e,t,n,r);for(let l=1,d=0;d<i;l++,d+=a){let u=s.subarray(d,d+a);c.u1(l,u),c.rounds(o,u)}return c.output(s)}function cl(e,t,n,r,o,i){let s=e[t++]^n[r++],a=e[t++]^n[r++],c=e[t++]^n[r++],l=e[t++]^n[r++],d=e[t++]^n[r++],u=e[t++]^n[r++],f=e[t++]^n[r++],p=e[t++]^n[r++],m=e[t++]^n[r++],h=e[t++]^n[r++],g=e[t++]^n[r++],x=e[t++]^n[r++],y=e[t++]^n[r++],w=e[t++]^n[r++],z=e[t++]^n[r++],T=e[t++]^n[r++],E=s,B=a,L=c,b=l,k=d,q=u,M=f,_=p,S=m,j=h,R=g,N=x,D=y,U=w,O=z,v=T;for(let $=0;$<8;$+=2)k^=re(E+D|0,7),S^=re(k+E|0,9),D^=re(S+k|0,13),E^=re(D+S|0,18),j^=re(q+B|0,7),U^=re(j+q|0,9),B^=re(U+j|0,13),q^=re(B+U|0,18),O^=re(R+M|0,7),L^=re(O+R|0,9),M^=re(L+O|0,13),R^=re(M+L|0,18),b^=re(v+N|0,7),_^=re(b+v|0,9),N^=re(_+b|0,13),v^=re(N+_|0,18),B^=re(E+b|0,7),L^=re(B+E|0,9),b^=re(L+B|0,13),E^=re(b+L|0,18),M^=re(q+k|0,7),_^=re(M+q|0,9),k^=re(_+M|0,13),q^=re(k+_|0,18),N^=re(R+j|0,7),S^=re(N+R|0,9),j^=re(S+N|0,13),R^=re(j+S|0,18),D^=re(v+O|0,7),U^=re(D+v|0,9),O^=re(U+D|0,13),v^=re(O+U|0,18);o[i++]=s+E|0,o[i++]=a+B|0,o[i++]=c+L|0,o[i++]=l+b|0,o[i++]=d+k|0,o[i++]=u+q|0,o[i++]=f+M|0,o[i++]=p+_|0,o[i++]=m+S|0,o[i++]=h+j|0,o[i++]=g+R|0,o[i++]=x+N|0,o[i++]=y+D|0,o[i++]=w+U|0,o[i++]=z+O|0,o[i++]=T+v|0}function ns(e,t,n,r,o){let i=r+0,s=r+16*o;for(let a=0;a<16;a++)n[s+a]=e[t+(2*o-1)*16+a];for(let a=0;a<o;a++,i+=16,t+=16)cl(n,s,e,t,n,i),a>0&&(s+=16),cl(n,i,e,t+=16,n,s)}var wp=1024*(2**20+1+1);function vp(e,t,n){let r=et({dkLen:32,asyncTick:10,maxmem:wp},n),{N:o,r:i,p:s,dkLen:a,asyncTick:c,maxmem:l,onProgress:d}=r;if(Q(o,"N"),Q(i,"r"),Q(s,"p"),Q(a,"dkLen"),Q(c,"asyncTick"),Q(l,"maxmem"),d!==void 0&&typeof d!="function")throw new Error('"onProgress" must be a function');if(i<1)throw new Error('"r" expected integer >= 1');let u=128*i,f=u/4,p=Math.pow(2,32);if(o<=1||(o&o-1)!==0||o>p)throw new Error('"N" expected a power of 2, and 2^1 <= N <= 2^32');if(s<1||s>(p-1)*32/u)throw new Error('"p" expected integer 1..((2^32 - 1) * 32) / (128 * r)');if(a<1||a>(p-1)*32)throw new Error('"dkLen" expected integer 1..(2^32 - 1) * 32');let m=u*(o+s+1);if(m>l)throw new Error('"maxmem" limit was hit: memUsed(128*r*(N+p+1))='+m+", maxmem="+l);let h=ts(Y,e,t,{c:1,dkLen:u*s}),g=Ae(h),x=Ae(new Uint8Array(u*o)),y=Ae(new Uint8Array(u)),w=()=>{};if(d){let z=2*o*s,T=Math.max(Math.floor(z/1e4),1),E=0;w=()=>{if(E++,d&&(!(E%T)||E===z))try{d(E/z)}catch(B){throw te(h,x,y),B}}}return{N:o,r:i,p:s,dkLen:a,blockSize32:f,V:x,B32:g,B:h,tmp:y,blockMixCb:w,asyncTick:c}}function xp(e,t,n,r,o){let i=ts(Y,e,n,{c:1,dkLen:t});return te(n,r,o),i}function rs(e,t,n){let{N:r,r:o,p:i,dkLen:s,blockSize32:a,V:c,B32:l,B:d,tmp:u,blockMixCb:f}=vp(e,t,n);Be(l);for(let p=0;p<i;p++){let m=a*p;for(let h=0;h<a;h++)c[h]=l[m+h];for(let h=0,g=0;h<r-1;h++)ns(c,g,c,g+=a,o),f();ns(c,(r-1)*a,l,m,o),f();for(let h=0;h<r;h++){let g=(l[m+a-16]&r-1)>>>0;for(let x=0;x<a;x++)u[x]=l[m+x]^c[g*a+x];ns(u,0,l,m,o),f()}}return Be(l),xp(e,s,d,c,u)}function os(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}var zo=e=>e?`"${e}" `:"";function $o(e,t=""){if(typeof e!="boolean")throw new TypeError(zo(t)+"expected boolean, got type="+typeof e);return e}function yn(e,t=""){if(typeof e!="number")throw new TypeError(zo(t)+"expected number, got "+typeof e);if(!Number.isSafeInteger(e)||e<0)throw new RangeError(zo(t)+"expected integer >= 0, got "+e);return e}function be(e,t,n=""){if(os(e)&&(t===void 0||e.length===t))return e;t!==void 0&&yn(t,"length");let r=os(e),o=t!==void 0?` of length ${t}`:"",i=r?`length=${e.length}`:`type=${typeof e}`,s=zo(n)+"expected Uint8Array"+o+", got "+i;throw r?new RangeError(s):new TypeError(s)}var ll=(e,t)=>{if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError(t==="object"?"expected valid options object":`"${t}" expected object, got type=${typeof e}`)};function is(e,t=!0){if(e.destroyed)throw new Error("hash was destroyed");if(t&&e.finished)throw new Error("digest() was already called")}function dl(e,t){be(e,void 0,"output");let n=t.outputLen;if(!(e.length>=n))throw new RangeError('"output" expected length >= '+n)}function mt(e){return new Uint32Array(e.buffer,e.byteOffset,Math.floor(e.byteLength/4))}function ot(...e){for(let t=0;t<e.length;t++)e[t].fill(0)}function kp(e){return new DataView(e.buffer,e.byteOffset,e.byteLength)}var en=new Uint8Array(new Uint32Array([287454020]).buffer)[0]===68;function Ep(e){return e<<24&4278190080|e<<8&16711680|e>>>8&65280|e>>>24&255}function zp(e){for(let t=0;t<e.length;t++)e[t]=Ep(e[t]);return e}var Tt=en?e=>e:zp;function $p(e,t){return!e.byteLength||!t.byteLength?!1:e.buffer===t.buffer&&e.byteOffset<t.byteOffset+t.byteLength&&t.byteOffset<e.byteOffset+e.byteLength}function ul(e,t){if($p(e,t)&&e.byteOffset<t.byteOffset)throw new Error("complex overlap of input and output is not supported")}function fl(e,t){return ll(e,"defaults"),ll(t,"opts"),Object.assign(e,t)}function pl(e,t){if(e=be(e),t=be(t),e.length!==t.length)return!1;let n=0;for(let r=0;r<e.length;r++)n|=e[r]^t[r];return n===0}function hl(e,t,n){let r=t,o=n||(()=>[]),i=(a,c)=>r(c,...o(a)).update(a).digest(),s=r(new Uint8Array(e),...o(new Uint8Array(0)));return i.outputLen=s.outputLen,i.blockLen=s.blockLen,i.create=(a,...c)=>r(a,...c),i}var ml=(e,t)=>{function n(r,...o){if(be(r,void 0,"key"),e.nonceLength!==void 0){let u=o[0];be(u,e.varSizeNonce?void 0:e.nonceLength,"nonce")}let i=e.tagLength,s=e.nonceLength!==void 0?1:0;if(!e.withAAD){for(let u=s;u<o.length;u++)if(os(o[u]))throw new Error("AAD not supported")}e.withAAD&&o[s]!==void 0&&be(o[s],void 0,"AAD");let a=t(r,...o),c=(u,f)=>{if(f!==void 0){if(u!==2)throw new Error("cipher output not supported");be(f,void 0,"output")}},l=!1;return{encrypt(u,f){if(l)throw new Error("cannot encrypt() twice with same key + nonce");return l=!0,be(u,void 0,"data"),c(a.encrypt.length,f),a.encrypt(u,f)},decrypt(u,f){if(be(u,void 0,"data"),i&&u.length<i)throw new Error('"ciphertext" expected length >= tagLength='+i);return c(a.decrypt.length,f),a.decrypt(u,f)}}}return Object.assign(n,e),n};function kr(e,t,n=!0){if(t===void 0)return new Uint8Array(e);if(be(t,e,"output"),n&&!Er(t))throw new Error("invalid output, must be aligned");return t}function gl(e,t,n){yn(e),yn(t),$o(n);let r=new Uint8Array(16),o=kp(r);return o.setBigUint64(0,BigInt(t),n),o.setBigUint64(8,BigInt(e),n),r}function Er(e){return e.byteOffset%4===0}function Gn(e){return Uint8Array.from(be(e))}var bl=e=>Uint8Array.from(e.split(""),t=>t.charCodeAt(0)),Sp=Tt(mt(bl("expand 16-byte k"))),qp=Tt(mt(bl("expand 32-byte k")));function oe(e,t){return e<<t|e>>>32-t}var zr=64,jp=16,ss=2**32-1,yl=Uint32Array.of();function Ap(e,t,n,r,o,i,s,a){let c=o.length,l=new Uint8Array(zr),d=mt(l),u=en&&Er(o)&&Er(i),f=u?mt(o):yl,p=u?mt(i):yl;if(!en){for(let m=0;m<c;s++){if(e(t,n,r,d,s,a),Tt(d),s>=ss)throw new Error("arx: counter overflow");let h=Math.min(zr,c-m);for(let g=0,x;g<h;g++)x=m+g,i[x]=o[x]^l[g];m+=h}return}for(let m=0;m<c;s++){if(e(t,n,r,d,s,a),s>=ss)throw new Error("arx: counter overflow");let h=Math.min(zr,c-m);if(u&&h===zr){let g=m/4;if(m%4!==0)throw new Error("arx: invalid block position");for(let x=0,y;x<jp;x++)y=g+x,p[y]=f[y]^d[x];m+=zr;continue}for(let g=0,x;g<h;g++)x=m+g,i[x]=o[x]^l[g];m+=h}}function wl(e,t){let{allowShortKeys:n,extendNonceFn:r,counterLength:o,counterRight:i,rounds:s}=fl({allowShortKeys:!1,counterLength:8,counterRight:!1,rounds:20},t);if(typeof e!="function")throw new Error("core must be a function");return yn(o),yn(s),$o(i),$o(n),(a,c,l,d,u=0)=>{be(a,void 0,"key"),be(c,void 0,"nonce"),be(l,void 0,"data");let f=l.length,p=d!==void 0;if(d=kr(f,d,!1),p&&ul(l,d),yn(u),u<0||u>=ss)throw new Error("arx: counter overflow");let m=[],h=a.length,g,x;if(h===32)m.push(g=Gn(a)),x=qp;else if(h===16&&n)g=new Uint8Array(32),g.set(a),g.set(a,16),x=Sp,m.push(g);else throw be(a,32,"arx key"),new Error("invalid key size");(!en||!Er(c))&&m.push(c=Gn(c));let y=mt(g);if(r){if(c.length!==24)throw new Error("arx: extended nonce must be 24 bytes");let T=c.subarray(0,16);if(en)r(x,y,mt(T),y);else{let E=Tt(Uint32Array.from(x));r(E,y,mt(T),y),ot(E),Tt(y)}c=c.subarray(16)}else en||Tt(y);let w=16-o;if(w!==c.length)throw new Error(`arx: nonce must be ${w} or 16 bytes`);if(w!==12){let T=new Uint8Array(12);T.set(c,i?0:12-c.length),c=T,m.push(c)}let z=Tt(mt(c));try{return Ap(e,x,y,z,l,d,u,s),d}finally{ot(...m)}}}function _e(e,t){return e[t++]&255|(e[t++]&255)<<8}var as=class{blockLen=16;outputLen=16;buffer=new Uint8Array(16);r=new Uint16Array(10);h=new Uint16Array(10);pad=new Uint16Array(8);pos=0;finished=!1;destroyed=!1;constructor(t){t=Gn(be(t,32,"key"));let n=_e(t,0),r=_e(t,2),o=_e(t,4),i=_e(t,6),s=_e(t,8),a=_e(t,10),c=_e(t,12),l=_e(t,14);this.r[0]=n&8191,this.r[1]=(n>>>13|r<<3)&8191,this.r[2]=(r>>>10|o<<6)&7939,this.r[3]=(o>>>7|i<<9)&8191,this.r[4]=(i>>>4|s<<12)&255,this.r[5]=s>>>1&8190,this.r[6]=(s>>>14|a<<2)&8191,this.r[7]=(a>>>11|c<<5)&8065,this.r[8]=(c>>>8|l<<8)&8191,this.r[9]=l>>>5&127;for(let d=0;d<8;d++)this.pad[d]=_e(t,16+2*d)}process(t,n,r=!1){let o=r?0:2048,{h:i,r:s}=this,a=s[0],c=s[1],l=s[2],d=s[3],u=s[4],f=s[5],p=s[6],m=s[7],h=s[8],g=s[9],x=_e(t,n+0),y=_e(t,n+2),w=_e(t,n+4),z=_e(t,n+6),T=_e(t,n+8),E=_e(t,n+10),B=_e(t,n+12),L=_e(t,n+14),b=i[0]+(x&8191),k=i[1]+((x>>>13|y<<3)&8191),q=i[2]+((y>>>10|w<<6)&8191),M=i[3]+((w>>>7|z<<9)&8191),_=i[4]+((z>>>4|T<<12)&8191),S=i[5]+(T>>>1&8191),j=i[6]+((T>>>14|E<<2)&8191),R=i[7]+((E>>>11|B<<5)&8191),N=i[8]+((B>>>8|L<<8)&8191),D=i[9]+(L>>>5|o),U=0,O=U+b*a+k*(5*g)+q*(5*h)+M*(5*m)+_*(5*p);U=O>>>13,O&=8191,O+=S*(5*f)+j*(5*u)+R*(5*d)+N*(5*l)+D*(5*c),U+=O>>>13,O&=8191;let v=U+b*c+k*a+q*(5*g)+M*(5*h)+_*(5*m);U=v>>>13,v&=8191,v+=S*(5*p)+j*(5*f)+R*(5*u)+N*(5*d)+D*(5*l),U+=v>>>13,v&=8191;let $=U+b*l+k*c+q*a+M*(5*g)+_*(5*h);U=$>>>13,$&=8191,$+=S*(5*m)+j*(5*p)+R*(5*f)+N*(5*u)+D*(5*d),U+=$>>>13,$&=8191;let I=U+b*d+k*l+q*c+M*a+_*(5*g);U=I>>>13,I&=8191,I+=S*(5*h)+j*(5*m)+R*(5*p)+N*(5*f)+D*(5*u),U+=I>>>13,I&=8191;let F=U+b*u+k*d+q*l+M*c+_*a;U=F>>>13,F&=8191,F+=S*(5*g)+j*(5*h)+R*(5*m)+N*(5*p)+D*(5*f),U+=F>>>13,F&=8191;let K=U+b*f+k*u+q*d+M*l+_*c;U=K>>>13,K&=8191,K+=S*a+j*(5*g)+R*(5*h)+N*(5*m)+D*(5*p),U+=K>>>13,K&=8191;let H=U+b*p+k*f+q*u+M*d+_*l;U=H>>>13,H&=8191,H+=S*c+j*a+R*(5*g)+N*(5*h)+D*(5*m),U+=H>>>13,H&=8191;let G=U+b*m+k*p+q*f+M*u+_*d;U=G>>>13,G&=8191,G+=S*l+j*c+R*a+N*(5*g)+D*(5*h),U+=G>>>13,G&=8191;let W=U+b*h+k*m+q*p+M*f+_*u;U=W>>>13,W&=8191,W+=S*d+j*l+R*c+N*a+D*(5*g),U+=W>>>13,W&=8191;let X=U+b*g+k*h+q*m+M*p+_*f;U=X>>>13,X&=8191,X+=S*u+j*d+R*l+N*c+D*a,U+=X>>>13,X&=8191,U=(U<<2)+U|0,U=U+O|0,O=U&8191,U=U>>>13,v+=U,i[0]=O,i[1]=v,i[2]=$,i[3]=I,i[4]=F,i[5]=K,i[6]=H,i[7]=G,i[8]=W,i[9]=X}finalize(){let{h:t,pad:n}=this,r=new Uint16Array(10),o=t[1]>>>13;t[1]&=8191;for(let a=2;a<10;a++)t[a]+=o,o=t[a]>>>13,t[a]&=8191;t[0]+=o*5,o=t[0]>>>13,t[0]&=8191,t[1]+=o,o=t[1]>>>13,t[1]&=8191,t[2]+=o,r[0]=t[0]+5,o=r[0]>>>13,r[0]&=8191;for(let a=1;a<10;a++)r[a]=t[a]+o,o=r[a]>>>13,r[a]&=8191;r[9]-=8192;let i=(o^1)-1;for(let a=0;a<10;a++)r[a]&=i;i=~i;for(let a=0;a<10;a++)t[a]=t[a]&i|r[a];t[0]=(t[0]|t[1]<<13)&65535,t[1]=(t[1]>>>3|t[2]<<10)&65535,t[2]=(t[2]>>>6|t[3]<<7)&65535,t[3]=(t[3]>>>9|t[4]<<4)&65535,t[4]=(t[4]>>>12|t[5]<<1|t[6]<<14)&65535,t[5]=(t[6]>>>2|t[7]<<11)&65535,t[6]=(t[7]>>>5|t[8]<<8)&65535,t[7]=(t[8]>>>8|t[9]<<5)&65535;let s=t[0]+n[0];t[0]=s&65535;for(let a=1;a<8;a++)s=(t[a]+n[a]|0)+(s>>>16)|0,t[a]=s&65535;ot(r)}update(t){is(this),be(t),t=Gn(t);let{buffer:n,blockLen:r}=this,o=t.length;for(let i=0;i<o;){let s=Math.min(r-this.pos,o-i);if(s===r){for(;r<=o-i;i+=r)this.process(t,i);continue}n.set(t.subarray(i,i+s),this.pos),this.pos+=s,i+=s,this.pos===r&&(this.process(n,0,!1),this.pos=0)}return this}destroy(){this.destroyed=!0,ot(this.h,this.r,this.buffer,this.pad)}digestInto(t){is(this),dl(t,this),this.finished=!0;let{buffer:n,h:r}=this,{pos:o}=this;if(o){for(n[o++]=1;o<16;o++)n[o]=0;this.process(n,0,!0)}this.finalize();let i=0;for(let s=0;s<8;s++)t[i++]=r[s]>>>0,t[i++]=r[s]>>>8}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let r=t.slice(0,n);return this.destroy(),r}},vl=hl(32,e=>new as(e));function Tp(e,t,n,r,o,i=20){let s=e[0],a=e[1],c=e[2],l=e[3],d=t[0],u=t[1],f=t[2],p=t[3],m=t[4],h=t[5],g=t[6],x=t[7],y=o,w=n[0],z=n[1],T=n[2],E=s,B=a,L=c,b=l,k=d,q=u,M=f,_=p,S=m,j=h,R=g,N=x,D=y,U=w,O=z,v=T;for(let I=0;I<i;I+=2)E=E+k|0,D=oe(D^E,16),S=S+D|0,k=oe(k^S,12),E=E+k|0,D=oe(D^E,8),S=S+D|0,k=oe(k^S,7),B=B+q|0,U=oe(U^B,16),j=j+U|0,q=oe(q^j,12),B=B+q|0,U=oe(U^B,8),j=j+U|0,q=oe(q^j,7),L=L+M|0,O=oe(O^L,16),R=R+O|0,M=oe(M^R,12),L=L+M|0,O=oe(O^L,8),R=R+O|0,M=oe(M^R,7),b=b+_|0,v=oe(v^b,16),N=N+v|0,_=oe(_^N,12),b=b+_|0,v=oe(v^b,8),N=N+v|0,_=oe(_^N,7),E=E+q|0,v=oe(v^E,16),R=R+v|0,q=oe(q^R,12),E=E+q|0,v=oe(v^E,8),R=R+v|0,q=oe(q^R,7),B=B+M|0,D=oe(D^B,16),N=N+D|0,M=oe(M^N,12),B=B+M|0,D=oe(D^B,8),N=N+D|0,M=oe(M^N,7),L=L+_|0,U=oe(U^L,16),S=S+U|0,_=oe(_^S,12),L=L+_|0,U=oe(U^L,8),S=S+U|0,_=oe(_^S,7),b=b+k|0,O=oe(O^b,16),j=j+O|0,k=oe(k^j,12),b=b+k|0,O=oe(O^b,8),j=j+O|0,k=oe(k^j,7);let $=0;r[$++]=s+E|0,r[$++]=a+B|0,r[$++]=c+L|0,r[$++]=l+b|0,r[$++]=d+k|0,r[$++]=u+q|0,r[$++]=f+M|0,r[$++]=p+_|0,r[$++]=m+S|0,r[$++]=h+j|0,r[$++]=g+R|0,r[$++]=x+N|0,r[$++]=y+D|0,r[$++]=w+U|0,r[$++]=z+O|0,r[$++]=T+v|0}var Bp=wl(Tp,{counterRight:!1,counterLength:4,allowShortKeys:!1});var _p=new Uint8Array(16),xl=(e,t)=>{e.update(t);let n=t.length%16;n&&e.update(_p.subarray(n))},Op=new Uint8Array(32);function kl(e,t,n,r,o){o!==void 0&&be(o,void 0,"AAD");let i=e(t,n,Op),s=gl(r.length,o?o.length:0,!0),a=vl.create(i);o&&xl(a,o),xl(a,r),a.update(s);let c=a.digest();return ot(i,s),c}var Rp=e=>(t,n,r)=>({encrypt(i,s){let a=i.length;s=kr(a+16,s,!1),s.set(i);let c=s.subarray(0,-16);e(t,n,c,c,1);let l=kl(e,t,n,c,r);return s.set(l,a),ot(l),s},decrypt(i,s){s=kr(i.length-16,s,!1);let a=i.subarray(0,-16),c=i.subarray(-16),l=kl(e,t,n,a,r);if(!pl(c,l))throw ot(l),new Error("invalid tag");return s.set(i.subarray(0,-16)),e(t,n,s,s,1),ot(l),s}}),De=ml({blockSize:64,nonceLength:12,tagLength:16,withAAD:!0},Rp(Bp));var Lp=BigInt(0),cs=class extends Error{constructor(t=""){super(t)}},Bt={Err:cs,_tlv:{encode:(e,t)=>{let{Err:n}=Bt;if(qt(e,"tag"),e<0||e>255)throw new n("tlv.encode: wrong tag");if(Za(t,"data"),t.length&1)throw new n("tlv.encode: unpadded data");let r=t.length/2,o=fr(r);if(o.length/2&128)throw new n("tlv.encode: long form length too big");let i=r>127?fr(o.length/2|128):"";return fr(e)+i+o+t},decode(e,t){let{Err:n}=Bt;t=ne(t,void 0,"DER data");let r=0;if(e<0||e>255)throw new n("tlv.decode: wrong tag");if(t.length<2||t[r++]!==e)throw new n("tlv.decode: wrong tlv");let o=t[r++],i=!!(o&128),s=0;if(!i)s=o;else{let c=o&127;if(!c)throw new n("tlv.decode(long): indefinite length not supported");if(c>4)throw new n("tlv.decode(long): byte length is too big");let l=t.subarray(r,r+c);if(l.length!==c)throw new n("tlv.decode: length bytes not complete");if(l[0]===0)throw new n("tlv.decode(long): zero leftmost byte");for(let d of l)s=s<<8|d;if(r+=c,s<128)throw new n("tlv.decode(long): not minimal encoding")}let a=t.subarray(r,r+s);if(a.length!==s)throw new n("tlv.decode: wrong value length");return{v:a,l:t.subarray(r+s)}}},_int:{encode(e){let{Err:t}=Bt;if(no(e),e<Lp)throw new t("integer: negative integers are not allowed");let n=fr(e);if(Number.parseInt(n[0],16)&8&&(n="00"+n),n.length&1)throw new t("unexpected DER parsing assertion: unpadded hex");return n},decode(e){let{Err:t}=Bt;if(e.length<1)throw new t("invalid signature integer: empty");if(e[0]&128)throw new t("invalid signature integer: negative");if(e.length>1&&e[0]===0&&!(e[1]&128))throw new t("invalid signature integer: unnecessary leading zero");return Je(e)}},toSig(e,t){let{Err:n,_int:r,_tlv:o}=Bt;if(t!==void 0&&(qt(t,"maxScalarBytes"),t<1))throw new n("invalid signature: maxScalarBytes must be positive");let i=ne(e,void 0,"signature"),{v:s,l:a}=o.decode(48,i);if(a.length)throw new n("invalid signature: left bytes after parsing");let{v:c,l}=o.decode(2,s),{v:d,l:u}=o.decode(2,l);if(u.length)throw new n("invalid signature: left bytes after parsing");if(t!==void 0&&(c.length>t||d.length>t))throw new n("invalid signature: integer too large");return{r:r.decode(c),s:r.decode(d)}},hexFromSig(e){let{_tlv:t,_int:n}=Bt;je(e,{r:"bigint",s:"bigint"},{},"sig");let r=t.encode(2,n.encode(e.r)),o=t.encode(2,n.encode(e.s)),i=r+o;return t.encode(48,i)}},So=(Object.freeze(Bt._tlv),Object.freeze(Bt._int),Object.freeze(Bt));var El=(e,t)=>(e+(e>=0?t:-t)/zl)/t;function Np(e,t,n){lt("scalar",e,_t,n);let[[r,o],[i,s]]=t,a=El(s*e,n),c=El(-o*e,n),l=e-a*r-c*i,d=-a*o-c*s,u=l<_t,f=d<_t;u&&(l=-l),f&&(d=-d);let p=hr(Math.ceil(In(n)/2))+bn;if(l<_t||l>=p||d<_t||d>=p)throw new Error("splitScalar (endomorphism): failed for k");return{k1neg:u,k1:l,k2neg:f,k2:d}}function us(e){if(!["compact","recovered","der"].includes(e))throw new Error('Signature format must be "compact", "recovered", or "der"');return e}function ls(e,t){je(e);let n={};for(let r of Object.keys(t))n[r]=e[r]===void 0?t[r]:e[r];return Pe(n.lowS,"lowS"),Pe(n.prehash,"prehash"),n.format!==void 0&&us(n.format),n}var _t=BigInt(0),bn=BigInt(1),zl=BigInt(2),ds=BigInt(3),Cp=BigInt(4);function fs(e,t={}){let n=lo("weierstrass",e,t),r=n.Fp,o=n.Fn,i=n.CURVE,{h:s,n:a}=i;je(t,{},{allowInfinityPoint:"boolean",clearCofactor:"function",isTorsionFree:"function",fromBytes:"function",toBytes:"function",endo:"object",randomBytes:"function"});let{endo:c,allowInfinityPoint:l,clearCofactor:d,isTorsionFree:u,fromBytes:f,toBytes:p}=t,m=t.randomBytes===void 0?St:t.randomBytes;if(c&&(!r.is0(i.a)||typeof c.beta!="bigint"||!Array.isArray(c.basises)))throw new Error('invalid endo: expected "beta": bigint and "basises": array');let h=c?{beta:c.beta,basises:c.basises.map(O=>[...O])}:void 0,g=Sl(r,o);function x(){if(!r.isOdd)throw new Error("compression is not supported: Field does not have .isOdd()")}function y(O,v,$){if(v.is0()){if(!l)throw new Error("bad point: ZERO");return Uint8Array.of(0)}let{x:I,y:F}=v.toAffine(),K=r.toBytes(I);if(Pe($,"isCompressed"),$){x();let H=!r.isOdd(F);return we($l(H),K)}else return we(Uint8Array.of(4),K,r.toBytes(F))}function w(O){ne(O,void 0,"Point");let{publicKey:v,publicKeyUncompressed:$}=g,I=O.length,F=O[0],K=O.subarray(1);if(l&&I===1&&F===0)return{x:r.ZERO,y:r.ZERO};if(I===v&&(F===2||F===3)){let H=r.fromBytes(K);if(!r.isValid(H))throw new Error("bad point: is not on curve, wrong x");let G=L(H),W;try{W=r.sqrt(G)}catch(fe){let ce=fe instanceof Error?": "+fe.message:"";throw new Error("bad point: is not on curve, sqrt error"+ce)}x();let X=r.isOdd(W);return(F&1)===1!==X&&(W=r.neg(W)),{x:H,y:W}}else if(I===$&&F===4){let H=r.BYTES,G=r.fromBytes(K.subarray(0,H)),W=r.fromBytes(K.subarray(H,H*2));if(!b(G,W))throw new Error("bad point: is not on curve");return{x:G,y:W}}else throw new Error(`bad point: got length ${I}, expected compressed=${v} or uncompressed=${$}`)}let z=p===void 0?y:p,T=f===void 0?w:f,E=r.mul(i.b,ds),B=r.is0(i.a)?O=>r.ZERO:O=>r.mul(i.a,O);function L(O){let v=r.sqr(O),$=r.mul(v,O);return r.add(r.add($,r.mul(O,i.a)),i.b)}function b(O,v){let $=r.sqr(v),I=L(O);return r.eql($,I)}if(!b(i.Gx,i.Gy))throw new Error("bad curve params: generator point");let k=r.mul(r.pow(i.a,ds),Cp),q=r.mul(r.sqr(i.b),BigInt(27));if(r.is0(r.add(k,q)))throw new Error("bad curve params: a or b");function M(O,v,$=!1){if(!r.isValid(v)||$&&r.is0(v))throw new Error(`bad point coordinate ${O}`);return typeof v=="object"&&v!==null?r.create(v):v}function _(O){if(!(O instanceof N))throw new Error("Weierstrass Point expected")}function S(O){if(!h||!h.basises)throw new Error("no endo");return Np(O,h.basises,o.ORDER)}function j(O,v,$,I){if(!o.isValid(I))throw new RangeError("invalid scalar: out of range");if(h){let{k1neg:F,k1:K,k2neg:H,k2:G}=S(I),W=new N(r.mul($.X,h.beta),$.Y,$.Z);O.push(F?$.negate():$,H?W.negate():W),v.push(K,G)}else O.push($),v.push(I)}let R=new WeakSet;class N{static BASE=new N(i.Gx,i.Gy,r.ONE);static ZERO=new N(r.ZERO,r.ONE,r.ZERO);static Fp=r;static Fn=o;X;Y;Z;constructor(v,$,I){this.X=M("x",v),this.Y=M("y",$,!0),this.Z=M("z",I),Object.freeze(this)}static CURVE(){return i}static fromAffine(v){let{x:$,y:I}=v||{};if(!v||!r.isValid($)||!r.isValid(I))throw new Error("invalid affine point");if(v instanceof N)throw new Error("projective point not allowed");return r.is0($)&&r.is0(I)?N.ZERO:new N($,I,r.ONE)}static fromBytes(v){let $=N.fromAffine(T(ne(v,void 0,"point")));return $.assertValidity(),$}static fromHex(v){return N.fromBytes(Nn(v))}get x(){return this.toAffine().x}get y(){return this.toAffine().y}precompute(v=6,$=!0){return U.setWindowSize(this,v),$||this.multiply(ds),this}assertValidity(){let v=this;if(v.is0()){if(l&&r.is0(v.X)&&r.eql(v.Y,r.ONE)&&r.is0(v.Z))return;throw new Error("bad point: ZERO")}if(R.has(v))return;let{x:$,y:I}=v.toAffine();if(!r.isValid($)||!r.isValid(I))throw new Error("bad point: x or y not field elements");if(!b($,I))throw new Error("bad point: equation left != right");if(!v.isTorsionFree())throw new Error("bad point: not in prime-order subgroup");R.add(v)}hasEvenY(){let{y:v}=this.toAffine();if(!r.isOdd)throw new Error("Field doesn't support isOdd");return!r.isOdd(v)}equals(v){_(v);let{X:$,Y:I,Z:F}=this,{X:K,Y:H,Z:G}=v,W=r.eql(r.mul($,G),r.mul(K,F)),X=r.eql(r.mul(I,G),r.mul(H,F));return W&&X}negate(){return new N(this.X,r.neg(this.Y),this.Z)}double(){let{X:v,Y:$,Z:I}=this,F=r.ZERO,K=r.ZERO,H=r.ZERO,G=r.mul(v,v),W=r.mul($,$),X=r.mul(I,I),Z=r.mul(v,$);return Z=r.add(Z,Z),H=r.mul(v,I),H=r.add(H,H),F=B(H),K=r.mul(E,X),K=r.add(F,K),F=r.sub(W,K),K=r.add(W,K),K=r.mul(F,K),F=r.mul(Z,F),H=r.mul(E,H),X=B(X),Z=r.sub(G,X),Z=B(Z),Z=r.add(Z,H),H=r.add(G,G),G=r.add(H,G),G=r.add(G,X),G=r.mul(G,Z),K=r.add(K,G),X=r.mul($,I),X=r.add(X,X),G=r.mul(X,Z),F=r.sub(F,G),H=r.mul(X,W),H=r.add(H,H),H=r.add(H,H),new N(F,K,H)}add(v){_(v);let{X:$,Y:I,Z:F}=this,{X:K,Y:H,Z:G}=v,W=r.ZERO,X=r.ZERO,Z=r.ZERO,fe=r.mul($,K),ce=r.mul(I,H),ge=r.mul(F,G),Me=r.add($,I),de=r.add(K,H);Me=r.mul(Me,de),de=r.add(fe,ce),Me=r.sub(Me,de),de=r.add($,F);let pe=r.add(K,G);return de=r.mul(de,pe),pe=r.add(fe,ge),de=r.sub(de,pe),pe=r.add(I,F),W=r.add(H,G),pe=r.mul(pe,W),W=r.add(ce,ge),pe=r.sub(pe,W),Z=B(de),W=r.mul(E,ge),Z=r.add(W,Z),W=r.sub(ce,Z),Z=r.add(ce,Z),X=r.mul(W,Z),ce=r.add(fe,fe),ce=r.add(ce,fe),ge=B(ge),de=r.mul(E,de),ce=r.add(ce,ge),ge=r.sub(fe,ge),ge=B(ge),de=r.add(de,ge),fe=r.mul(ce,de),X=r.add(X,fe),fe=r.mul(pe,de),W=r.mul(Me,W),W=r.sub(W,fe),fe=r.mul(Me,ce),Z=r.mul(pe,Z),Z=r.add(Z,fe),new N(W,X,Z)}subtract(v){return _(v),this.add(v.negate())}is0(){return this.equals(N.ZERO)}multiply(v){if(!o.isValidNot0(v))throw new RangeError("invalid scalar: out of range");let{p:$,f:I}=U.mulSecret(this,v,s,D);return D([$,I])[0]}multiplyUnsafe(v){let $=this,I=v;if(!o.isValid(I))throw new RangeError("invalid scalar: out of range");if(I===_t||$.is0())return N.ZERO;if(I===bn)return $;if(U.hasWindowSize(this))return U.mulUnsafe($,I,D);let F=[],K=[];return j(F,K,$,I),co(N,F,K)}mulAddUnsafe(v,$,I){_($);let F=[],K=[];return j(F,K,this,v),j(F,K,$,I),co(N,F,K)}toAffine(v){let $=this,I=v;if(I!=null&&!r.isValid(I))throw new RangeError('"invertedZ" expected valid field element');let{X:F,Y:K,Z:H}=$;if(r.eql(H,r.ONE))return{x:F,y:K};let G=$.is0();I==null&&(I=G?r.ONE:r.inv(H));let W=r.mul(F,I),X=r.mul(K,I),Z=r.mul(H,I);if(G)return{x:r.ZERO,y:r.ZERO};if(!r.eql(Z,r.ONE))throw new Error("invZ was invalid");return{x:W,y:X}}isTorsionFree(){return s===bn?!0:u?u(N,this):U.mulUnsafe(this,a).is0()}clearCofactor(){return s===bn?this:d?d(N,this):this.multiplyUnsafe(s)}isSmallOrder(){return s===bn?this.is0():this.clearCofactor().is0()}toBytes(v=!0){return Pe(v,"isCompressed"),this.assertValidity(),z(N,this,v)}toHex(v=!0){return ur(this.toBytes(v))}toString(){return`<Point ${this.is0()?"ZERO":this.toHex()}>`}}let D=O=>ao(N,O),U=new Un(N,m);return U.bits>=6&&N.BASE.precompute(6),Object.freeze(N.prototype),Object.freeze(N),N}function $l(e){return Uint8Array.of(e?2:3)}function Sl(e,t){return{secretKey:t.BYTES,publicKey:1+e.BYTES,publicKeyUncompressed:1+2*e.BYTES,publicKeyHasPrefix:!0,signature:2*t.BYTES}}function Ip(e,t={}){Zt(e);let{Fn:n}=e,r=t.randomBytes===void 0?St:t.randomBytes,o=Object.assign(Sl(e.Fp,n),{seed:Math.max(so(n.ORDER),16)});function i(p){try{let m=n.fromBytes(p);return n.isValidNot0(m)}catch{return!1}}function s(p,m){let{publicKey:h,publicKeyUncompressed:g}=o;try{let x=p.length;return m===!0&&x!==h||m===!1&&x!==g?!1:!e.fromBytes(p).is0()}catch{return!1}}function a(p){return p=p===void 0?r(o.seed):p,Ci(ne(p,o.seed,"seed"),n.ORDER)}function c(p,m=!0){return e.BASE.multiply(n.fromBytes(p)).toBytes(m)}function l(p){let{secretKey:m,publicKey:h,publicKeyUncompressed:g}=o,x=n._lengths;if(!Yt(p))return;let y=ne(p,void 0,"key").length,w=y===h||y===g,z=y===m||!!x?.includes(y);if(!(w&&z))return w}function d(p,m,h=!0){if(l(p)===!0)throw new Error("first arg must be private key");if(l(m)===!1)throw new Error("second arg must be public key");let g=n.fromBytes(p),x=e.fromBytes(m);if(x.is0())throw new Error("invalid public key: point at infinity");return x.multiply(g).toBytes(h)}let u={isValidSecretKey:i,isValidPublicKey:s,randomSecretKey:a},f=Pn(a,c);return Object.freeze(u),Object.freeze(o),Object.freeze({getPublicKey:c,getSharedSecret:d,keygen:f,Point:e,utils:u,lengths:o})}function ps(e,t,n={}){Zt(e);let r=t;Re(r),je(n,{},{hmac:"function",lowS:"boolean",randomBytes:"function",bits2int:"function",bits2int_modN:"function"});let o=Object.assign({},n),i=o.randomBytes===void 0?St:o.randomBytes,s=o.hmac===void 0?(O,v)=>nt(r,O,v):o.hmac,{Fp:a,Fn:c}=e,{ORDER:l,BITS:d}=c,u=so(l),f=Pi(i,u),{keygen:p,getPublicKey:m,getSharedSecret:h,utils:g,lengths:x}=Ip(e,o),y={prehash:!0,lowS:typeof o.lowS=="boolean"?o.lowS:!0,format:"compact",extraEntropy:!1},w=l*zl+bn<a.ORDER;function z(O){let v=l>>bn;return O>v}function T(O,v){if(!c.isValidNot0(v))throw new Error(`invalid signature ${O}: out of range 1..Point.Fn.ORDER`);return v}function E(){if(!a.isOdd)throw new Error("Field doesn't support isOdd")}function B(O,v,$){return E(),(O===$?0:2)|Number(a.isOdd(v))}function L(){if(w)throw new Error('"recovered" sig type is not supported for cofactor >2 curves')}function b(O,v){us(v);let $=x.signature,I=v==="compact"?$:v==="recovered"?$+1:void 0;return ne(O,I)}class k{r;s;recovery;constructor(v,$,I){if(this.r=T("r",v),this.s=T("s",$),I!=null){if(L(),![0,1,2,3].includes(I))throw new Error("invalid recovery id");this.recovery=I}Object.freeze(this)}static fromBytes(v,$=y.format){b(v,$);let I;if($==="der"){if(v.length>2*c.BYTES+16)throw new So.Err("invalid signature: DER signature too long");let{r:G,s:W}=So.toSig(ne(v),c.BYTES+1);return new k(G,W)}$==="recovered"&&(I=v[0],$="compact",v=v.subarray(1));let F=x.signature/2,K=v.subarray(0,F),H=v.subarray(F,F*2);return new k(c.fromBytes(K),c.fromBytes(H),I)}static fromHex(v,$){return this.fromBytes(Nn(v),$)}assertRecovery(){let{recovery:v}=this;if(v==null)throw new Error("invalid recovery id: must be present");return v}addRecoveryBit(v){return new k(this.r,this.s,v)}recoverPublicKey(v){let{r:$,s:I}=this,F=this.assertRecovery(),K=F===2||F===3?$+l:$;if(!a.isValid(K))throw new Error("invalid recovery id: sig.r+curve.n != R.x");let H=a.toBytes(K),G=e.fromBytes(we($l((F&1)===0),H)),W=c.inv(K),X=M(ne(v,void 0,"msgHash")),Z=c.create(-X*W),fe=c.create(I*W),ce=e.BASE.mulAddUnsafe(Z,G,fe);if(ce.is0())throw new Error("invalid recovery: point at infinify");return ce.assertValidity(),ce}hasHighS(){return z(this.s)}toBytes(v=y.format){if(us(v),v==="der")return Nn(So.hexFromSig(this));let{r:$,s:I}=this,F=c.toBytes($),K=c.toBytes(I);return v==="recovered"?(L(),we(Uint8Array.of(this.assertRecovery()),F,K)):we(F,K)}toHex(v){return ur(this.toBytes(v))}}Object.freeze(k.prototype),Object.freeze(k);let q=o.bits2int===void 0?function(v){if(v.length>8192)throw new Error("input is too large");let $=Je(v),I=v.length*8-d;return I>0?$>>BigInt(I):$}:o.bits2int,M=o.bits2int_modN===void 0?function(v){return c.create(q(v))}:o.bits2int_modN,_=hr(d);function S(O){return lt("num < 2^"+d,O,_t,_),c.toBytes(O)}function j(O,v){return ne(O,void 0,"message"),v?ne(r(O),void 0,"prehashed message"):O}function R(O,v,$){let{lowS:I,prehash:F,extraEntropy:K}=ls($,y);O=j(O,F);let H=M(O),G=c.fromBytes(v);if(!c.isValidNot0(G))throw new Error("invalid private key");let W=[S(G),S(H)];if(K!=null&&K!==!1){let ce=K===!0?i(x.secretKey):K;W.push(ne(ce,void 0,"extraEntropy"))}let X=we(...W),Z=H;function fe(ce){let ge=q(ce);if(!c.isValidNot0(ge))return;let Me=e.BASE.multiply(ge).toAffine(),de=c.create(Me.x);if(de===_t)return;let pe;if(f!==void 0){let Nt=Je(Ci(f(u),l)),_u=c.inv(c.mul(Nt,ge)),Ou=c.mul(Nt,Z),Ru=c.mul(Nt,G);pe=c.create(_u*c.create(Ou+Ru*de))}else{let Nt=cc(ge,l);pe=c.create(Nt*c.create(Z+de*G))}if(pe===_t)return;let jn=B(Me.x,Me.y,de),er=pe;return I&&z(pe)&&(er=c.neg(pe),jn^=1),new k(de,er,w?void 0:jn)}return{seed:X,k2sig:fe}}function N(O,v,$={}){let{seed:I,k2sig:F}=R(O,v,$);return ec(r.outputLen,c.BYTES,s)(I,F).toBytes($.format)}function D(O,v,$,I={}){let{lowS:F,prehash:K,format:H}=ls(I,y);if($=ne($,void 0,"publicKey"),v=j(v,K),!Yt(O)){let G=O instanceof k?", use sig.toBytes()":"";throw new Error("verify expects Uint8Array signature"+G)}b(O,H);try{let G=k.fromBytes(O,H),W=e.fromBytes($);if(W.is0()||F&&G.hasHighS())return!1;let{r:X,s:Z}=G,fe=M(v),ce=c.inv(Z),ge=c.create(fe*ce),Me=c.create(X*ce),de=e.BASE.mulAddUnsafe(ge,W,Me);if(de.is0())return!1;let pe=de.toAffine();return!(c.create(pe.x)!==X||H==="recovered"&&G.recovery!==B(pe.x,pe.y,X))}catch{return!1}}function U(O,v,$={}){let{prehash:I}=ls($,y);return v=j(v,I),k.fromBytes(O,"recovered").recoverPublicKey(v).toBytes()}return Object.freeze({keygen:p,getPublicKey:m,getSharedSecret:h,utils:g,lengths:x,Point:e,sign:N,verify:D,recoverPublicKey:U,Signature:k,hash:r})}var Mp={p:BigInt("0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff"),n:BigInt("0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"),h:BigInt(1),a:BigInt("0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc"),b:BigInt("0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b"),Gx:BigInt("0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"),Gy:BigInt("0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5")},Up={p:BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff"),n:BigInt("0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973"),h:BigInt(1),a:BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffc"),b:BigInt("0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef"),Gx:BigInt("0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7"),Gy:BigInt("0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f")};var Pp=fs(Mp),Ot=ps(Pp,Y);var Dp=fs(Up),ql=ps(Dp,Ia);var Fp=BigInt(0),$r=BigInt(1),Kp=BigInt(2),Hp=BigInt(7),Gp=BigInt(256),Wp=BigInt(113),Tl=[],Bl=[],_l=[];for(let e=0,t=$r,n=1,r=0;e<24;e++){[n,r]=[r,(2*n+3*r)%5],Tl.push(2*(5*r+n)),Bl.push((e+1)*(e+2)/2%64);let o=Fp;for(let i=0;i<7;i++)t=(t<<$r^(t>>Hp)*Wp)%Gp,t&Kp&&(o^=$r<<($r<<BigInt(i))-$r);_l.push(o)}var Ol=Wr(_l,!0),Yp=Ol[0],Jp=Ol[1],Vp=(e,t,n)=>e<<n|t>>>32-n,Xp=(e,t,n)=>t<<n|e>>>32-n,Zp=(e,t,n)=>t<<n-32|e>>>64-n,Qp=(e,t,n)=>e<<n-32|t>>>64-n,jl=(e,t,n)=>n>32?Zp(e,t,n):Vp(e,t,n),Al=(e,t,n)=>n>32?Qp(e,t,n):Xp(e,t,n),Wn=new Uint32Array(10);function eh(e,t=24){if(!(e instanceof Uint32Array))throw new TypeError('"s" expected Uint32Array(50), got type='+typeof e);if(e.length!==50)throw new RangeError('"s" expected Uint32Array(50), got length='+e.length);if(Q(t,"rounds"),t<1||t>24)throw new Error('"rounds" expected integer 1..24');for(let n=24-t;n<24;n++){for(let i=0;i<10;i++)Wn[i]=e[i]^e[i+10]^e[i+20]^e[i+30]^e[i+40];for(let i=0;i<10;i+=2){let s=(i+8)%10,a=(i+2)%10,c=Wn[a],l=Wn[a+1],d=jl(c,l,1)^Wn[s],u=Al(c,l,1)^Wn[s+1];for(let f=0;f<50;f+=10)e[i+f]^=d,e[i+f+1]^=u}let r=e[2],o=e[3];for(let i=0;i<24;i++){let s=Bl[i],a=jl(r,o,s),c=Al(r,o,s),l=Tl[i];r=e[l],o=e[l+1],e[l]=a,e[l+1]=c}for(let i=0;i<50;i+=10){let s=e[i],a=e[i+1],c=e[i+2],l=e[i+3];e[i]^=~e[i+2]&e[i+4],e[i+1]^=~e[i+3]&e[i+5],e[i+2]^=~e[i+4]&e[i+6],e[i+3]^=~e[i+5]&e[i+7],e[i+4]^=~e[i+6]&e[i+8],e[i+5]^=~e[i+7]&e[i+9],e[i+6]^=~e[i+8]&s,e[i+7]^=~e[i+9]&a,e[i+8]^=~s&c,e[i+9]^=~a&l}e[0]^=Yp[n],e[1]^=Jp[n]}te(Wn)}var qo=class e{state;pos=0;posOut=0;finished=!1;state32;destroyed=!1;blockLen;suffix;outputLen;canXOF;enableXOF=!1;rounds;constructor(t,n,r,o=!1,i=24){if(Q(t,"blockLen"),Q(n,"suffix"),Q(i,"rounds"),qa(o,"enableXOF"),this.blockLen=t,this.suffix=n,this.outputLen=r,this.enableXOF=o,this.canXOF=o,this.rounds=i,Q(r,"outputLen"),!(0<t&&t<200))throw new Error('"blockLen" must be 1..199');this.state=new Uint8Array(200),this.state32=Ae(this.state)}clone(){return this._cloneInto()}keccak(){Be(this.state32),eh(this.state32,this.rounds),Be(this.state32),this.posOut=0,this.pos=0}update(t){Ge(this),V(t);let{blockLen:n,state:r,state32:o}=this,i=t.length,s=n%4===0&&t.byteOffset%4===0,a=n/4,c=s&&i>=n?Ae(t):void 0;for(let l=0;l<i;){if(c!==void 0&&this.pos===0&&l%4===0&&i-l>=n){for(let u=0,f=l/4;u<a;u++)o[u]^=c[f+u];l+=n,this.pos=n,this.keccak();continue}let d=Math.min(n-this.pos,i-l);for(let u=0;u<d;u++)r[this.pos++]^=t[l++];this.pos===n&&this.keccak()}return this}finish(){if(this.finished)return;this.finished=!0;let{state:t,suffix:n,pos:r,blockLen:o}=this;t[r]^=n,(n&128)!==0&&r===o-1&&this.keccak(),t[o-1]^=128,this.keccak()}writeInto(t){Ge(this,!1),V(t),this.finish();let n=this.state,{blockLen:r}=this;for(let o=0,i=t.length;o<i;){this.posOut>=r&&this.keccak();let s=Math.min(r-this.posOut,i-o);t.set(n.subarray(this.posOut,this.posOut+s),o),this.posOut+=s,o+=s}return t}xofInto(t){if(!this.enableXOF)throw new Error("XOF is not enabled");return this.writeInto(t)}xof(t){return Q(t),this.xofInto(new Uint8Array(t))}digestInto(t){if(Ct(t,this),this.finished)throw new Error("digest() was already called");this.writeInto(t.length===this.outputLen?t:t.subarray(0,this.outputLen)),this.destroy()}digest(){let t=new Uint8Array(this.outputLen);return this.digestInto(t),t}destroy(){this.destroyed=!0,te(this.state)}_cloneInto(t){let{blockLen:n,suffix:r,outputLen:o,rounds:i,enableXOF:s}=this;return t||=new e(n,r,o,s,i),t.blockLen=n,t.state32.set(this.state32),t.pos=this.pos,t.posOut=this.posOut,t.finished=this.finished,t.rounds=i,t.suffix=r,t.outputLen=o,t.enableXOF=s,t.canXOF=this.canXOF,t.destroyed=this.destroyed,t}},Rl=(e,t,n,r={})=>xt(()=>new qo(t,e,n),r);var wn=Rl(6,136,32,kt(8));var Ll=Rl(6,72,64,kt(10));var Nl=(e,t,n,r={})=>xt((o={})=>(o=et({},o),new qo(t,e,o.dkLen===void 0?n:o.dkLen,!0)),r),Cl=Nl(31,168,16,kt(11)),gt=Nl(31,136,32,kt(12));var yt=ct;function jo(e,t){if(e.length!==t.length)return!1;let n=0;for(let r=0;r<e.length;r++)n|=e[r]^t[r];return n===0}function Il(e){return Uint8Array.from(e)}function vn(e,...t){let n=o=>typeof o=="number"?o:o.bytesLen,r=t.reduce((o,i)=>o+n(i),0);return{bytesLen:r,encode:o=>{let i=new Uint8Array(r);for(let s=0,a=0;s<t.length;s++){let c=t[s],l=n(c),d=typeof c=="number"?o[s]:c.encode(o[s]);V(d,l,e),i.set(d,a),typeof c!="number"&&d.fill(0),a+=l}return i},decode:o=>{V(o,r,e);let i=[];for(let s of t){let a=n(s),c=o.subarray(0,a);i.push(typeof s=="number"?c:s.decode(c)),o=o.subarray(a)}return i}}}function Ao(e,t){let n=t*e.bytesLen;return{bytesLen:n,encode:r=>{if(r.length!==t)throw new Error(`vecCoder.encode: wrong length=${r.length}. Expected: ${t}`);let o=new Uint8Array(n);for(let i=0,s=0;i<r.length;i++){let a=e.encode(r[i]);o.set(a,s),a.fill(0),s+=a.length}return o},decode:r=>{V(r,n);let o=[];for(let i=0;i<r.length;i+=e.bytesLen)o.push(e.decode(r.subarray(i,i+e.bytesLen)));return o}}}function ze(...e){for(let t of e)if(Array.isArray(t))for(let n of t)n.fill(0);else t.fill(0)}function hs(e){return(1<<e)-1}var qy=Uint8Array.of();var Ml=e=>{let{newPoly:t,N:n,Q:r,F:o,ROOT_OF_UNITY:i,brvBits:s,isKyber:a}=e,c=(y,w=r)=>{let z=y%w|0;return(z>=0?z|0:w+z|0)|0},l=(y,w=r)=>{let z=c(y,w)|0;return(z>w>>1?z-w|0:z)|0};function d(){let y=t(n);for(let w=0;w<n;w++){let z=Di(w,s),T=BigInt(i)**BigInt(z)%BigInt(r);y[w]=Number(T)|0}return y}let u=d(),f={add:(y,w)=>c((y|0)+(w|0))|0,sub:(y,w)=>c((y|0)-(w|0))|0,mul:(y,w)=>c((y|0)*(w|0))|0,inv:y=>{throw new Error("not implemented")}},p={N:n,roots:u,invertButterflies:!0,skipStages:a?1:0,brp:!1},m=Fi(f,{dit:!1,...p}),h=Fi(f,{dit:!0,...p});return{mod:c,smod:l,nttZetas:u,NTT:{encode:y=>m(y),decode:y=>{h(y);for(let w=0;w<y.length;w++)y[w]=c(o*y[w]);return y}},bitsCoder:(y,w)=>{let z=hs(y),T=y*(n/8);return{bytesLen:T,encode:E=>{let B=new Uint8Array(T);for(let L=0,b=0,k=0,q=0;L<E.length;L++)for(b|=(w.encode(E[L])&z)<<k,k+=y;k>=8;k-=8,b>>=8)B[q++]=b&hs(k);return B},decode:E=>{let B=t(n);for(let L=0,b=0,k=0,q=0;L<E.length;L++)for(b|=E[L]<<k,k+=8;k>=y;k-=y,b>>=y)B[q++]=w.decode(b&z);return B}}}}},th=e=>(t,n)=>{n||(n=e.blockLen);let r=new Uint8Array(t.length+2);r.set(t);let o=t.length,i=new Uint8Array(n),s=e.create({}),a=0,c=0;return{stats:()=>({calls:a,xofs:c}),get:(l,d)=>(r[o+0]=l,r[o+1]=d,s.destroy(),s=e.create({}).update(r),a++,()=>(c++,s.xofInto(i))),clean:()=>{s.destroy(),ze(i,r)}}},Ul=th(Cl);var Oe=256,Rt=3329,nh=3303,rh=17,{mod:jr,nttZetas:oh,NTT:xn,bitsCoder:ih}=Ml({N:Oe,Q:Rt,F:nh,ROOT_OF_UNITY:rh,newPoly:e=>new Uint16Array(e),brvBits:7,isKyber:!0}),ms={512:{N:Oe,Q:Rt,K:2,ETA1:3,ETA2:2,du:10,dv:4,RBGstrength:128},768:{N:Oe,Q:Rt,K:3,ETA1:2,ETA2:2,du:10,dv:4,RBGstrength:192},1024:{N:Oe,Q:Rt,K:4,ETA1:2,ETA2:2,du:11,dv:5,RBGstrength:256}},sh=e=>{if(e>=12)return{encode:n=>n,decode:n=>n};let t=2**(e-1);return{encode:n=>((n<<e)+Rt/2)/Rt,decode:n=>n*Rt+t>>>e}},Sr=e=>ih(e,sh(e));function kn(e,t){for(let n=0;n<Oe;n++)e[n]=jr(e[n]+t[n])}function ah(e,t){for(let n=0;n<Oe;n++)e[n]=jr(e[n]-t[n])}function ch(e,t,n,r,o){let i=jr(t*r*o+e*n),s=jr(e*r+t*n);return{c0:i,c1:s}}function To(e,t){for(let n=0;n<Oe/2;n++){let r=oh[64+(n>>1)];n&1&&(r=-r);let{c0:o,c1:i}=ch(e[2*n+0],e[2*n+1],t[2*n+0],t[2*n+1],r);e[2*n+0]=o,e[2*n+1]=i}return e}function Pl(e){let t=new Uint16Array(Oe);for(let n=0;n<Oe;){let r=e();if(r.length%3)throw new Error("SampleNTT: unaligned block");for(let o=0;n<Oe&&o+3<=r.length;o+=3){let i=(r[o+0]>>0|r[o+1]<<8)&4095,s=(r[o+1]>>4|r[o+2]<<4)&4095;i<Rt&&(t[n++]=i),n<Oe&&s<Rt&&(t[n++]=s)}}return t}function qr(e,t,n,r){let o=e(r*Oe/4,t,n),i=new Uint16Array(Oe),s=Ae(o),a=0;for(let c=0,l=0,d=0,u=0;c<s.length;c++){let f=s[c];for(let p=0;p<32;p++)d+=f&1,f>>=1,a+=1,a===r?(u=d,d=0):a===2*r&&(i[l++]=jr(u-d),d=0,a=0)}if(a)throw new Error(`sampleCBD: leftover bits: ${a}`);return i}var lh=e=>{let{K:t,PRF:n,XOF:r,HASH512:o,ETA1:i,ETA2:s,du:a,dv:c}=e,l=Sr(1),d=Sr(c),u=Sr(a),f=vn("publicKey",Ao(Sr(12),t),32),p=Ao(Sr(12),t),m=vn("ciphertext",Ao(u,t),d),h=vn("seed",32,32);return{secretCoder:p,lengths:{secretKey:p.bytesLen,publicKey:f.bytesLen,cipherText:m.bytesLen},keygen:g=>{V(g,32,"seed");let x=new Uint8Array(33);x.set(g),x[32]=t;let y=o(x),[w,z]=h.decode(y),T=[],E=[];for(let b=0;b<t;b++)T.push(xn.encode(qr(n,z,b,i)));let B=r(w);for(let b=0;b<t;b++){let k=xn.encode(qr(n,z,t+b,i));for(let q=0;q<t;q++){let M=Pl(B.get(q,b));kn(k,To(M,T[q]))}E.push(k)}B.clean();let L={publicKey:f.encode([E,w]),secretKey:p.encode(T)};return ze(w,z,T,E,x,y),L},encrypt:(g,x,y)=>{let[w,z]=f.decode(g),T=[];for(let q=0;q<t;q++)T.push(xn.encode(qr(n,y,q,i)));let E=r(z),B=new Uint16Array(Oe),L=[];for(let q=0;q<t;q++){let M=qr(n,y,t+q,s),_=new Uint16Array(Oe);for(let S=0;S<t;S++){let j=Pl(E.get(q,S));kn(_,To(j,T[S]))}kn(M,xn.decode(_)),L.push(M),kn(B,To(w[q],T[q])),ze(_)}E.clean();let b=qr(n,y,2*t,s);kn(b,xn.decode(B));let k=l.decode(x);return kn(k,b),ze(w,T,B,b),m.encode([L,k])},decrypt:(g,x)=>{let[y,w]=m.decode(g),z=p.decode(x),T=new Uint16Array(Oe);for(let E=0;E<t;E++)kn(T,To(z[E],xn.encode(y[E])));return ah(w,xn.decode(T)),ze(T,z,y),l.encode(w)}}};function gs(e){let t=lh(e),{HASH256:n,HASH512:r,KDF:o}=e,{secretCoder:i,lengths:s}=t,a=vn("secretKey",s.secretKey,s.publicKey,32,32),c=32,l=64;return{info:{type:"ml-kem"},lengths:{...s,seed:64,msg:c,msgRand:c,secretKey:a.bytesLen},keygen:(d=yt(l))=>{V(d,l,"seed");let{publicKey:u,secretKey:f}=t.keygen(d.subarray(0,32)),p=n(u),m=a.encode([f,u,p,d.subarray(32)]);return ze(f,p),{publicKey:u,secretKey:m}},getPublicKey:d=>{let[u,f,p,m]=a.decode(d);return Uint8Array.from(f)},encapsulate:(d,u=yt(c))=>{V(d,s.publicKey,"publicKey"),V(u,c,"message");let f=d.subarray(0,384*e.K),p=i.encode(i.decode(Il(f)));if(!jo(p,f))throw ze(p),new Error("ML-KEM.encapsulate: wrong publicKey modulus");ze(p);let m=r.create().update(u).update(n(d)).digest(),h=t.encrypt(d,u,m.subarray(32,64));return ze(m.subarray(32)),{cipherText:h,sharedSecret:m.subarray(0,32)}},decapsulate:(d,u)=>{V(u,a.bytesLen,"secretKey"),V(d,s.cipherText,"cipherText");let f=a.bytesLen-96,p=f+32,m=n(u.subarray(f/2,p));if(!jo(m,u.subarray(p,p+32)))throw new Error("invalid secretKey: hash check failed");let[h,g,x,y]=a.decode(u),w=t.decrypt(d,h),z=r.create().update(w).update(x).digest(),T=z.subarray(0,32),E=t.encrypt(g,w,z.subarray(32,64)),B=jo(d,E),L=o.create({dkLen:32}).update(y).update(d).digest();return ze(w,E,B?L:T),B?T:L}}}function dh(e,t,n){return gt.create({dkLen:e}).update(t).update(new Uint8Array([n])).digest()}var ys={HASH256:wn,HASH512:Ll,KDF:gt,XOF:Ul,PRF:dh},Iy=gs({...ys,...ms[512]}),Ar=gs({...ys,...ms[768]}),Dl=gs({...ys,...ms[1024]});function uh(e,t=!1){let n=e.lengths,r=e.keygen;if(t){let i=e.Point.Fn;if(!i)throw new Error("No Point.Fn");r=(s=yt(n.seed))=>{V(s,n.seed,"seed");let a=i.isLE?Ve(s):Je(s),c=i.toBytes(i.create(a));return{secretKey:c,publicKey:e.getPublicKey(c)}}}return{lengths:{secretKey:n.secretKey,publicKey:n.publicKey,seed:n.seed},keygen:r,getPublicKey:o=>e.getPublicKey(o)}}function bs(e,t=!1){let n=uh(e,t);if(!e.getSharedSecret)throw new Error("wrong curve");return{lengths:{...n.lengths,msg:n.lengths.seed,cipherText:n.lengths.publicKey},keygen:n.keygen,getPublicKey:n.getPublicKey,encapsulate(r,o=yt(e.lengths.seed)){let i=this.keygen(o).secretKey,s=this.decapsulate(r,i),a=e.getPublicKey(i);return ze(i),{sharedSecret:s,cipherText:a}},decapsulate(r,o){let i=e.getSharedSecret(o,r);return e.lengths.publicKeyHasPrefix?i.subarray(1):i}}}function Tr(e,t){return vn(t,...e.map(n=>{if(typeof n.lengths[t]!="number")throw new Error("wrong length: "+t);return n.lengths[t]}))}function ws(e){return(t,n)=>e(t,{dkLen:n})}function fh(e,t,...n){let r=Tr(n,"seed"),o=Tr(n,"publicKey");e===void 0&&(e=r.bytesLen),Q(e);function i(s){V(s,e);let a=r.decode(t(s,r.bytesLen)),c=n.map((u,f)=>u.keygen(a[f])),l=c.map(u=>u.secretKey),d=c.map(u=>u.publicKey);return{secretKey:l,publicKey:d}}return{info:{lengths:{seed:e,publicKey:o.bytesLen,secretKey:e}},getPublicKey(s){return this.keygen(s).publicKey},keygen(s=yt(e)){let{publicKey:a,secretKey:c}=i(s),l=o.encode(a);return ze(a),ze(c),{secretKey:s,publicKey:l}},expandDecapsulationKey:i,realSeedLen:e}}function Bo(e,t,n,r,...o){let i=fh(e,n,...o),s=Tr(o,"cipherText"),a=Tr(o,"publicKey"),c=Tr(o,"msg");return t===void 0&&(t=c.bytesLen),Q(t),{lengths:{...i.info.lengths,msg:t,msgRand:c.bytesLen,cipherText:s.bytesLen},getPublicKey:i.getPublicKey,keygen:i.keygen,encapsulate(l,d=yt(c.bytesLen)){let u=a.decode(l),f=c.decode(d),p=o.map((x,y)=>x.encapsulate(u[y],f[y])),m=p.map(x=>x.sharedSecret),h=p.map(x=>x.cipherText),g={sharedSecret:r(u,h,m),cipherText:s.encode(h)};return ze(m,h),g},decapsulate(l,d){let u=s.decode(l),{publicKey:f,secretKey:p}=i.expandDecapsulationKey(d),m=o.map((h,g)=>h.decapsulate(u[g],p[g]));return r(f,u,m)}}}function Fl(e,t,n,r,o){return Re(r),Re(o),Bo(32,32,ws(r),(i,s,a)=>o(we(a[0],a[1],s[1],i[1],Vt(e))),t,n)}var Jy=Fl("QSF-KEM(ML-KEM-768,P-256)-XOF(SHAKE256)-KDF(SHA3-256)",Ar,bs(Ot,!0),gt,wn),Vy=Fl("QSF-KEM(ML-KEM-1024,P-384)-XOF(SHAKE256)-KDF(SHA3-256)",Dl,bs(ql,!0),gt,wn);function ph(e,t,n,r,o){return Re(r),Re(o),Bo(32,32,ws(r),(i,s,a)=>{let c=we(a[0],a[1],s[0],i[0],s[1],i[1],Vt(e)),l=32,d=we(Vt("hybrid_prk"),c),u=Qt(o,d),f=we(Cn(l,2),Vt("shared_secret"),Vt("")),p=rt(o,u,f,l);return ze(u,f,d,c),p},t,n)}var Kl=bs(jt),Xy=ph("KitchenSink-KEM(ML-KEM-768,X25519)-XOF(SHAKE256)-KDF(HKDF-SHA-256)",Ar,Kl,gt,Y),hh=Bo(32,32,ws(gt),(e,t,n)=>wn(we(n[0],n[1],t[1],e[1],Vt("\\.//^\\"))),Ar,Kl);function mh(e,t,n,r){let o=e.Point.Fn;if(!o)throw new Error("no Point.Fn");function i(s){let a;for(let d=0,u=t;;d=u,u+=t){if(u>s.length)throw new Error("rejection sampling failed");if(a=o.fromBytes(s.subarray(d,u),!0),o.isValidNot0(a))break}let c=o.toBytes(o.create(a)),l=e.getPublicKey(c,!1);return{secretKey:c,publicKey:l}}return{lengths:{secretKey:t,publicKey:n,seed:r,msg:r,cipherText:n},keygen(s=yt(r)){return V(s,r,"seed"),i(s)},getPublicKey(s){return e.getPublicKey(s,!1)},encapsulate(s,a=yt(r)){V(a,r,"rand");let{secretKey:c}=i(a),l=this.decapsulate(s,c),d=e.getPublicKey(c,!1);return ze(c),{sharedSecret:l,cipherText:d}},decapsulate(s,a){return e.getSharedSecret(a,s).subarray(1)}}}function gh(e,t,n,r){let{secretKey:o,publicKeyUncompressed:i}=n.lengths;if(!o||!i)throw new Error("wrong curve");let s=mh(n,o,i,r),a=64,c=a+r;return Bo(32,32,l=>{V(l,32);let d=gt(l,{dkLen:c}),u=d.subarray(0,a),f=d.subarray(a,c);return we(u,f)},(l,d,u)=>wn(we(u[0],u[1],d[1],l[1],Vt(e))),t,s)}var yh=gh("MLKEM768-P256",Ar,Ot,128);var tn=hh,Hl=yh;var Gl=!1,bh=!1;async function Wl(e,t){if(bh)return await t();try{return await e()}catch(n){if(n instanceof ReferenceError||n instanceof DOMException&&n.name==="NotSupportedError")return await t();throw n}}async function _o(e,t){return await Wl(async()=>{let n=vs(e)?e:await vh(e),r=await crypto.subtle.importKey("raw",t,{name:"X25519"},Gl,[]);return new Uint8Array(await crypto.subtle.deriveBits({name:"X25519",public:r},n,256))},()=>{if(vs(e))throw new Error("CryptoKey provided but X25519 WebCrypto is not supported");return jt.scalarMult(e,t)})}async function Oo(e){return await Wl(async()=>_o(e,jt.GuBytes),()=>{if(vs(e))throw new Error("CryptoKey provided but X25519 WebCrypto is not supported");return jt.scalarMultBase(e)})}var wh=new Uint8Array([48,46,2,1,0,48,5,6,3,43,101,110,4,34,4,32]);async function vh(e){if(e.length!==32)throw new Error("X25519 private key must be 32 bytes");let t=new Uint8Array([...wh,...e]);return crypto.subtle.importKey("pkcs8",t,{name:"X25519"},Gl,["deriveBits"])}function vs(e){return typeof CryptoKey<"u"&&e instanceof CryptoKey}var Ro=class{s;transcript=[];buf=new Uint8Array(0);constructor(t){this.s=t.getReader()}async readLine(){let t=[];for(;;){let n=this.buf.indexOf(10);if(n>=0)return t.push(this.buf.subarray(0,n)),this.transcript.push(this.buf.subarray(0,n+1)),this.buf=this.buf.subarray(n+1),kh(En(t));this.buf.length>0&&(t.push(this.buf),this.transcript.push(this.buf));let r=await this.s.read();if(r.done)return this.buf=En(t),null;this.buf=r.value}}close(){return this.s.releaseLock(),{rest:this.buf,transcript:En(this.transcript)}}};function kh(e){return e.forEach(t=>{if(t<32||t>126)throw Error("invalid non-ASCII byte in header")}),new TextDecoder().decode(e)}function En(e){let t=e.reduce(((o,i)=>o+i.length),0),n=new Uint8Array(t),r=0;for(let o of e)n.set(o,r),r+=o.length;return n}function Yn(e,...t){return e.pipeThrough(new TransformStream({start(n){for(let r of t)n.enqueue(r)}}))}function Lo(e){return new ReadableStream({start(t){t.enqueue(e),t.close()}})}async function xs(e){if(!(e instanceof ReadableStream))throw new Error("readAll expects a ReadableStream<Uint8Array>");return new Uint8Array(await new Response(e).arrayBuffer())}async function Yl(e){if(!(e instanceof ReadableStream))throw new Error("readAllString expects a ReadableStream<Uint8Array>");return await new Response(e).text()}async function Jl(e,t){let n=e.getReader(),r=[],o=0;for(;o<t;){let{done:c,value:l}=await n.read();if(c)throw Error("stream ended before reading "+t.toString()+" bytes");r.push(l),o+=l.length}n.releaseLock();let i=En(r),s=i.subarray(0,t),a=Yn(e,i.subarray(t));return{data:s,rest:a}}var Ie=class{args;body;constructor(t,n){this.args=t,this.body=n}};async function Eh(e){let t=await e.readLine();if(t===null)throw Error("invalid stanza");let n=t.split(" ");if(n.length<2||n.shift()!=="->")return{next:t};for(let i of n)if(i.length===0)throw Error("invalid stanza");let r=[];for(;;){let i=await e.readLine();if(i===null)throw Error("invalid stanza");let s=Se.decode(i);if(s.length>48)throw Error("invalid stanza");if(r.push(s),s.length<48)break}let o=En(r);return{s:new Ie(n,o)}}async function Vl(e){let t=new Ro(e),n=await t.readLine();if(n!=="age-encryption.org/v1")throw Error("invalid version "+(n??"line"));let r=[];for(;;){let{s:o,next:i}=await Eh(t);if(o!==void 0){r.push(o);continue}if(!i.startsWith("--- "))throw Error("invalid header");let s=Se.decode(i.slice(4)),{rest:a,transcript:c}=t.close(),l=c.slice(0,c.length-1-i.length+3);return{stanzas:r,headerNoMAC:l,MAC:s,headerSize:c.length,rest:Yn(e,a)}}}function ks(e){let t=[];t.push(`age-encryption.org/v1
`);for(let n of e){t.push("-> "+n.args.join(" ")+`
`);for(let r=0;r<n.body.length;r+=48){let o=r+48;o>n.body.length&&(o=n.body.length),t.push(Se.encode(n.body.subarray(r,o))+`
`)}n.body.length%48===0&&t.push(`
`)}return t.push("---"),new TextEncoder().encode(t.join(""))}function Xl(e,t){return En([ks(e),new TextEncoder().encode(" "+Se.encode(t)+`
`)])}var Co=class{recipient;constructor(t){let{prefix:n,words:r}=ye.decode(t,!1),o=ye.fromWords(r);if(!t.startsWith("age1pq1")||n.toLowerCase()!=="age1pq"||o.length!==1216)throw Error("invalid recipient");this.recipient=o}wrapFileKey(t){let{cipherText:n,sharedSecret:r}=tn.encapsulate(this.recipient),o=new TextEncoder().encode("age-encryption.org/mlkem768x25519"),{key:i,nonce:s}=Ko(Zl,r,o),a=De(i,s).encrypt(t);return[new Ie(["mlkem768x25519",Se.encode(n)],a)]}},Io=class{identity;constructor(t){let n=ye.decodeToBytes(t);if(!t.startsWith("AGE-SECRET-KEY-PQ-1")||n.prefix.toUpperCase()!=="AGE-SECRET-KEY-PQ-"||n.bytes.length!==32)throw Error("invalid identity");this.identity=n.bytes}unwrapFileKey(t){for(let n of t){if(n.args.length<1||n.args[0]!=="mlkem768x25519")continue;if(n.args.length!==2)throw Error("invalid mlkem768x25519 stanza");let r=Se.decode(n.args[1]);if(r.length!==1120||n.body.length!==32)throw Error("invalid mlkem768x25519 stanza");let o=tn.decapsulate(r,this.identity),i=new TextEncoder().encode("age-encryption.org/mlkem768x25519"),{key:s,nonce:a}=Ko(Zl,o,i);try{return De(s,a).decrypt(n.body)}catch{continue}}return null}},Zl=25722,zh=80,Es=16;function Ko(e,t,n){let r=$h(e),o=No(r,void 0,"psk_id_hash",new Uint8Array(0)),i=No(r,void 0,"info_hash",n),s=new Uint8Array(1+o.length+i.length);s[0]=0,s.set(o,1),s.set(i,1+o.length);let a=No(r,t,"secret",new Uint8Array(0)),c=zs(r,a,"key",s,32),l=zs(r,a,"base_nonce",s,12);return{key:c,nonce:l}}function $h(e){let t=new Uint8Array(10);return t.set(new TextEncoder().encode("HPKE"),0),t[4]=e>>8&255,t[5]=e&255,t[6]=0,t[7]=1,t[8]=0,t[9]=3,t}function No(e,t,n,r){let o=new Uint8Array(7+e.length+n.length+r.length),i=0;return o.set(new TextEncoder().encode("HPKE-v1"),i),i+=7,o.set(e,i),i+=e.length,o.set(new TextEncoder().encode(n),i),i+=n.length,o.set(r,i),Qt(Y,o,t)}function zs(e,t,n,r,o){let i=new Uint8Array(9+e.length+n.length+r.length),s=0;return i[s]=o>>8&255,i[s+1]=o&255,s+=2,i.set(new TextEncoder().encode("HPKE-v1"),s),s+=7,i.set(e,s),s+=e.length,i.set(new TextEncoder().encode(n),s),s+=n.length,i.set(r,s),rt(Y,t,i,o)}function Sh(e){e.length!==Ot.lengths.publicKeyUncompressed&&(e=Ot.Point.fromBytes(e).toBytes(!1));let t=Ot.utils.randomSecretKey(),n=Ot.getPublicKey(t,!1),r=Ot.getSharedSecret(t,e,!0).subarray(1),o=new Uint8Array(n.length+e.length);o.set(n,0),o.set(e,n.length);let i=new Uint8Array(5);i.set(new TextEncoder().encode("KEM"),0),i[3]=Es>>8,i[4]=Es&255;let s=No(i,void 0,"eae_prk",r),a=zs(i,s,"shared_secret",o,32);return{encapsulatedKey:n,sharedSecret:a}}var Mo=class{recipient;constructor(t){let n=ye.decodeToBytes(t);if(!t.startsWith("age1tag1")||n.prefix.toLowerCase()!=="age1tag"||n.bytes.length!==33)throw Error("invalid recipient");this.recipient=n.bytes}wrapFileKey(t){let{encapsulatedKey:n,sharedSecret:r}=Sh(this.recipient),o=new TextEncoder().encode("age-encryption.org/p256tag"),i=(()=>{let l=Y(this.recipient).subarray(0,4),d=new Uint8Array(n.length+l.length);return d.set(n,0),d.set(l,n.length),Qt(Y,d,o).subarray(0,4)})(),{key:s,nonce:a}=Ko(Es,r,o),c=De(s,a).encrypt(t);return[new Ie(["p256tag",Se.encode(i),Se.encode(n)],c)]}},Uo=class{recipient;constructor(t){let{prefix:n,words:r}=ye.decode(t,!1),o=ye.fromWords(r);if(!t.startsWith("age1tagpq1")||n.toLowerCase()!=="age1tagpq"||o.length!==1249)throw Error("invalid recipient");this.recipient=o}wrapFileKey(t){let{cipherText:n,sharedSecret:r}=Hl.encapsulate(this.recipient),o=new TextEncoder().encode("age-encryption.org/mlkem768p256tag"),i=(()=>{let l=Y(this.recipient.subarray(1184)).subarray(0,4),d=new Uint8Array(n.length+l.length);return d.set(n,0),d.set(l,n.length),Qt(Y,d,o).subarray(0,4)})(),{key:s,nonce:a}=Ko(zh,r,o),c=De(s,a).encrypt(t);return[new Ie(["mlkem768p256tag",Se.encode(i),Se.encode(n)],c)]}},Po=class{recipient;constructor(t){let n=ye.decodeToBytes(t);if(!t.startsWith("age1")||n.prefix.toLowerCase()!=="age"||n.bytes.length!==32)throw Error("invalid recipient");this.recipient=n.bytes}async wrapFileKey(t){let n=ct(32),r=await Oo(n),o=await _o(n,this.recipient),i=new Uint8Array(r.length+this.recipient.length);i.set(r),i.set(this.recipient,r.length);let s=new TextEncoder().encode("age-encryption.org/v1/X25519"),a=ht(Y,o,i,s,32);return[new Ie(["X25519",Se.encode(r)],$s(t,a))]}},Br=class{identity;recipient;constructor(t){if(qh(t)){this.identity=t,this.recipient=Oo(t);return}let n=ye.decodeToBytes(t);if(!t.startsWith("AGE-SECRET-KEY-1")||n.prefix.toUpperCase()!=="AGE-SECRET-KEY-"||n.bytes.length!==32)throw Error("invalid identity");this.identity=n.bytes,this.recipient=Oo(n.bytes)}async unwrapFileKey(t){for(let n of t){if(n.args.length<1||n.args[0]!=="X25519")continue;if(n.args.length!==2)throw Error("invalid X25519 stanza");let r=Se.decode(n.args[1]);if(r.length!==32)throw Error("invalid X25519 stanza");let o=await _o(this.identity,r),i=await this.recipient,s=new Uint8Array(r.length+i.length);s.set(r),s.set(i,r.length);let a=new TextEncoder().encode("age-encryption.org/v1/X25519"),c=ht(Y,o,s,a,32),l=Ss(n.body,c);if(l!==null)return l}return null}},Do=class{passphrase;logN;constructor(t,n){this.passphrase=t,this.logN=n}wrapFileKey(t){let n=ct(16),r="age-encryption.org/v1/scrypt",o=new Uint8Array(r.length+16);o.set(new TextEncoder().encode(r)),o.set(n,r.length);let i=rs(this.passphrase,o,{N:2**this.logN,r:8,p:1,dkLen:32});return[new Ie(["scrypt",Se.encode(n),this.logN.toString()],$s(t,i))]}},Fo=class{passphrase;constructor(t){this.passphrase=t}unwrapFileKey(t){for(let n of t){if(n.args.length<1||n.args[0]!=="scrypt")continue;if(t.length!==1)throw Error("scrypt recipient is not the only one in the header");if(n.args.length!==3||!/^[1-9][0-9]*$/.test(n.args[2]))throw Error("invalid scrypt stanza");let r=Se.decode(n.args[1]);if(r.length!==16)throw Error("invalid scrypt stanza");let o=Number(n.args[2]);if(o>20)throw Error("scrypt work factor is too high");let i="age-encryption.org/v1/scrypt",s=new Uint8Array(i.length+16);s.set(new TextEncoder().encode(i)),s.set(r,i.length);let a=rs(this.passphrase,s,{N:2**o,r:8,p:1,dkLen:32}),c=Ss(n.body,a);if(c!==null)return c}return null}};function $s(e,t){let n=new Uint8Array(12);return De(t,n).encrypt(e)}function Ss(e,t){if(e.length!==32)throw Error("invalid stanza");let n=new Uint8Array(12);try{return De(t,n).decrypt(e)}catch{return null}}function qh(e){return typeof CryptoKey<"u"&&e instanceof CryptoKey}var zn=16,js=64*1024,qs=js+zn;function Ql(e){let t=new Uint8Array(12),n=()=>{for(let s=t.length-2;s>=0&&(t[s]++,t[s]===0);s--);},r=!0,o=new Uint8Array(qs),i=0;return new TransformStream({transform(s,a){for(;s.length>0;){if(i===o.length){let l=De(e,t).decrypt(o);a.enqueue(l),n(),i=0,r=!1}let c=Math.min(o.length-i,s.length);o.set(s.subarray(0,c),i),i+=c,s=s.subarray(c)}},flush(s){t[11]=1;let a=De(e,t).decrypt(o.subarray(0,i));if(!r&&a.length===0)throw new Error("final chunk is empty");s.enqueue(a)}})}function ed(e){if(e<zn)throw Error("ciphertext is too small");if(e===zn)return 0;let t=Math.floor(e/qs),n=e%qs;if(0<n&&n<=zn)throw Error("ciphertext size is invalid");let r=e;return r-=t*zn,r-=n>0?zn:0,r}function td(e){let t=new Uint8Array(12),n=()=>{for(let i=t.length-2;i>=0&&(t[i]++,t[i]===0);i--);},r=new Uint8Array(js),o=0;return new TransformStream({transform(i,s){for(;i.length>0;){if(o===r.length){let c=De(e,t).encrypt(r);s.enqueue(c),n(),o=0}let a=Math.min(r.length-o,i.length);r.set(i.subarray(0,a),o),o+=a,i=i.subarray(a)}},flush(i){t[11]=1;let s=De(e,t).encrypt(r.subarray(0,o));i.enqueue(s)}})}function nd(e){let t=Math.max(1,Math.ceil(e/js));return e+zn*t}var Ho=class{passphrase=null;scryptWorkFactor=18;recipients=[];setPassphrase(t){if(this.passphrase!==null)throw new Error("can encrypt to at most one passphrase");if(this.recipients.length!==0)throw new Error("can't encrypt to both recipients and passphrases");this.passphrase=t}setScryptWorkFactor(t){this.scryptWorkFactor=t}addRecipient(t){if(this.passphrase!==null)throw new Error("can't encrypt to both recipients and passphrases");if(typeof t=="string")if(t.startsWith("age1pq1"))this.recipients.push(new Co(t));else if(t.startsWith("age1tag1"))this.recipients.push(new Mo(t));else if(t.startsWith("age1tagpq1"))this.recipients.push(new Uo(t));else if(t.startsWith("age1"))this.recipients.push(new Po(t));else throw new Error("unrecognized recipient type");else this.recipients.push(t)}async encrypt(t){let n=ct(16),r=[],o=this.recipients;this.passphrase!==null&&(o=[new Do(this.passphrase,this.scryptWorkFactor)]);for(let p of o)r.push(...await p.wrapFileKey(n));let i=new TextEncoder().encode("header"),s=ht(Y,n,void 0,i,32),a=nt(Y,s,ks(r)),c=Xl(r,a),l=ct(16),d=new TextEncoder().encode("payload"),u=ht(Y,n,l,d,32),f=td(u);return t instanceof ReadableStream?Object.assign(Yn(t.pipeThrough(f),c,l),{size:p=>nd(p)+c.length+l.length}):(typeof t=="string"&&(t=new TextEncoder().encode(t)),await xs(Yn(Lo(t).pipeThrough(f),c,l)))}},Go=class{identities=[];addPassphrase(t){this.identities.push(new Fo(t))}addIdentity(t){if(_h(t))this.identities.push(new Br(t));else if(typeof t=="string")if(t.startsWith("AGE-SECRET-KEY-1"))this.identities.push(new Br(t));else if(t.startsWith("AGE-SECRET-KEY-PQ-1"))this.identities.push(new Io(t));else throw new Error("unrecognized identity type");else this.identities.push(t)}async decrypt(t,n){let r=t instanceof ReadableStream?t:Lo(t),{fileKey:o,headerSize:i,rest:s}=await this.decryptHeaderInternal(r),{data:a,rest:c}=await Jl(s,16),l=new TextEncoder().encode("payload"),d=ht(Y,o,a,l,32),u=Ql(d),f=c.pipeThrough(u),p=Object.assign(f,{size:m=>ed(m-i-a.length)});return t instanceof ReadableStream?p:n==="text"?await Yl(f):await xs(f)}async decryptHeader(t){return(await this.decryptHeaderInternal(Lo(t))).fileKey}async decryptHeaderInternal(t){let n=await Vl(t),r=await this.unwrapFileKey(n.stanzas);if(r===null)throw Error("no identity matched any of the file's recipients");let o=new TextEncoder().encode("header"),i=ht(Y,r,void 0,o,32),s=nt(Y,i,n.headerNoMAC);if(!Bh(n.MAC,s))throw Error("invalid header HMAC");return{fileKey:r,headerSize:n.headerSize,rest:n.rest}}async unwrapFileKey(t){for(let n of this.identities){let r=await n.unwrapFileKey(t);if(r!==null)return r}return null}};function Bh(e,t){if(e.length!==t.length)return!1;let n=0;for(let r=0;r<e.length;r++)n|=e[r]^t[r];return n===0}function _h(e){return typeof CryptoKey<"u"&&e instanceof CryptoKey}var As=class{wrapFileKey(){return[new Ie(["X25519",qi(Uc())],Ue(32))]}},_r=Symbol("hybrid decoy"),Ts=class{wrapFileKey(){let t=tn.keygen(Ue(32)).publicKey,{cipherText:n}=tn.encapsulate(t);return[new Ie(["mlkem768x25519",qi(n)],Ue(32))]}};function rd(){let e=1+Ht(8),t="";for(let n=0;n<e;n++)t+=String.fromCharCode(33+Ht(94));return t}var Bs=class{wrapFileKey(){let t=`${rd()}-grease`,n=Array.from({length:Ht(5)},rd);return[new Ie([t,...n],Ue(Ht(100)))]}};function _s(e,t,n){let r=t.find(i=>!e.members.some(s=>s.id===i));if(r!==void 0)throw new C("envelope-unknown-recipient",`${r} is not a member of the roster`);if(t.length===0)throw new C("envelope-no-recipient","choose at least one recipient");let o=e.members.map(i=>t.includes(i.id)?i.age:null);return o.push(n??null),o}function Wo(e){if(!e.some(r=>r!==null&&r!==_r))throw new C("envelope-no-recipient","choose at least one recipient");let t=Ga([...e]),n=new Ho;for(let r of t)n.addRecipient(r===null?new As:r===_r?new Ts:r);return n.addRecipient(new Bs),n}async function od(e,t){return Wo(e).encrypt(t)}function Oh(e){let t=new TextEncoder().encode(`age-encryption.org/v1
`);if(e.length<t.length||!t.every((r,o)=>e[o]===r))return!1;let n=Math.min(e.length,64*1024+64);for(let r=t.length;r+4<=n;r++)if(e[r-1]===10&&e[r]===45&&e[r+1]===45&&e[r+2]===45&&e[r+3]===32)return e.indexOf(10,r)>=0;return!1}async function $n(e,t){if(!Oh(e))throw new C("envelope-invalid","not a binary age file");let n=new Go;for(let r of t)n.addIdentity(r);try{return await n.decrypt(e)}catch(r){let o=String(r&&r.message);throw o.includes("no identity matched")?new C("envelope-no-matching-key","this file was not encrypted to you"):/^(invalid stanza|invalid version|invalid header)$/.test(o)||o.startsWith("invalid version ")?new C("envelope-invalid",o):new C("envelope-decryption-failed",o)}}var Rh="dropbox-dropkey/1",Lh=90,Sn=e=>new C("dropkey-invalid",e);function Nh(e){return e.policy.drop_key_days!==void 0}function Ch(e,t,n){let r=$t(e,Bi),o=r.value;if(Ce(o,["type","team","member","recipient","not_before","not_after"],[],Sn),o.type!==Rh)throw Sn("type");if(!Ne(o.team))throw Sn("team");if(!At(o.member))throw Sn("member");if(!Rc(o.recipient))throw Sn("recipient");let i=ut(o.not_before),s=ut(o.not_after);if(i===null||s===null)throw Sn("days");let a=s-i;if(!(a>=0&&a<=Lh))throw Sn("window");if(o.team!==n)throw new C("dropkey-wrong-team","drop key is for another team");let c=t.members.find(u=>u.id===o.member);if(!c)throw new C("dropkey-not-member",`drop key of ${o.member}, who is not a member of the roster`);let l=pn(r.payloadType,r.payload),d=dt(c.sign);if(!r.signatures.some(([u,f])=>u===o.member&&Fn(d,l,f)))throw new C("dropkey-bad-signature","drop key is not signed by its member's sign key");return{member:o.member,recipient:o.recipient,notBefore:i,notAfter:s}}function Ih(e,t,n,r,o){let i=null;for(let s of e){let a;try{a=Ch(s,t,n)}catch{continue}a.member!==r||o<a.notBefore||o>a.notAfter||(!i||a.notBefore>i.notBefore)&&(i=a)}if(!i){let s=t.members.find(a=>a.id===r);throw Object.assign(new C("dropkey-none-current",`${r} has no valid drop key for today`),{l10n:{id:"error-no-drop-key",args:{name:s?s.name:r}}})}return i}function Mh(e){let t=r=>new C("dsse-malformed",r),n;try{n=_n(e)}catch(r){throw t(r.message)}if(!Array.isArray(n))throw t("drop keys are an array of envelopes");return n.map(r=>Ln(r,t))}function Uh(e,t,n,r){_s(e,t,null).pop();let i=e.members.map(s=>t.includes(s.id)?n.get(s.id):_r);return i.push(r?r.hybridRecipient:_r),i}async function Os(e,t,n,r,o=fetch){let i=e.head.roster;if(!Nh(i))return _s(i,t,n?n.x25519Recipient:null);let s=await o("/v1/dropkeys",{cache:"no-store",credentials:"omit",referrerPolicy:"no-referrer"});if(!s.ok)throw Object.assign(new Error(`HTTP ${s.status}`),{l10n:{id:"error-drop-keys-unavailable",args:{status:s.status}}});let a=Mh(new Uint8Array(await s.arrayBuffer())),c=gn(r),l=new Map;for(let d of t)l.set(d,Ih(a,i,e.fingerprint,d,c).recipient);return Uh(i,t,l,n)}var id=Uint8Array.from([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,14,10,4,8,9,15,13,6,1,12,0,2,11,7,5,3,11,8,12,0,5,2,15,13,10,14,3,6,7,1,9,4,7,9,3,1,13,12,11,14,2,6,5,10,4,0,15,8,9,0,5,7,2,4,10,15,14,1,11,12,6,8,3,13,2,12,6,10,0,11,8,3,4,13,7,5,15,14,1,9,12,5,1,15,14,13,4,10,0,7,6,3,9,2,8,11,13,11,7,14,12,1,3,9,5,0,15,4,8,6,2,10,6,15,14,9,11,3,0,8,12,2,13,7,1,4,10,5,10,2,8,4,7,6,1,5,15,11,9,14,3,12,13,0,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,14,10,4,8,9,15,13,6,1,12,0,2,11,7,5,3,11,8,12,0,5,2,15,13,10,14,3,6,7,1,9,4,7,9,3,1,13,12,11,14,2,6,5,10,4,0,15,8,9,0,5,7,2,4,10,15,14,1,11,12,6,8,3,13,2,12,6,10,0,11,8,3,4,13,7,5,15,14,1,9]);var $e=Uint32Array.from([4089235720,1779033703,2227873595,3144134277,4271175723,1013904242,1595750129,2773480762,2917565137,1359893119,725511199,2600822924,4215389547,528734635,327033209,1541459225]),P=new Uint32Array(32);function nn(e,t,n,r,o,i){let s=o[i],a=o[i+1],c=P[2*e],l=P[2*e+1],d=P[2*t],u=P[2*t+1],f=P[2*n],p=P[2*n+1],m=P[2*r],h=P[2*r+1],g=rr(c,d,s);l=or(g,l,u,a),c=g|0;let x=h^l,y=m^c;h=ba(x,y),m=wa(x,y),{h:p,l:f}=Ke(p,f,h,m),x=u^p,y=d^f,u=st(x,y,24),d=at(x,y,24),P[2*e]=c,P[2*e+1]=l,P[2*t]=d,P[2*t+1]=u,P[2*n]=f,P[2*n+1]=p,P[2*r]=m,P[2*r+1]=h}function rn(e,t,n,r,o,i){let s=o[i],a=o[i+1],c=P[2*e],l=P[2*e+1],d=P[2*t],u=P[2*t+1],f=P[2*n],p=P[2*n+1],m=P[2*r],h=P[2*r+1],g=rr(c,d,s);l=or(g,l,u,a),c=g|0;let x=h^l,y=m^c;h=st(x,y,16),m=at(x,y,16),{h:p,l:f}=Ke(p,f,h,m),x=u^p,y=d^f,u=dn(x,y,63),d=un(x,y,63),P[2*e]=c,P[2*e+1]=l,P[2*t]=d,P[2*t+1]=u,P[2*n]=f,P[2*n+1]=p,P[2*r]=m,P[2*r+1]=h}function Ph(e,t={},n,r,o){if(Q(n),e<=0||e>n)throw new Error('"dkLen" must be 1..'+n+", got "+e);let{key:i,salt:s,personalization:a}=t;if(i!==void 0&&(i.length<1||i.length>n))throw new Error('"key" expected to be undefined or of length=1..'+n);s!==void 0&&V(s,r,"salt"),a!==void 0&&V(a,o,"personalization")}var Rs=class{buffer;buffer32;finished=!1;destroyed=!1;length=0;pos=0;blockLen;outputLen;canXOF=!1;constructor(t,n){Q(t),Q(n),this.blockLen=t,this.outputLen=n,this.buffer=new Uint8Array(t),this.buffer32=Ae(this.buffer)}update(t){Ge(this),V(t);let{blockLen:n,buffer:r,buffer32:o}=this,i=t.length,s=t.byteOffset,a=t.buffer;for(let c=0;c<i;){this.pos===n&&(Be(o),this.compress(o,0,!1),Be(o),this.pos=0);let l=Math.min(n-this.pos,i-c),d=s+c;if(l===n&&!(d%4)&&c+l<i){let u=new Uint32Array(a,d,Math.floor((i-c)/4));Be(u);for(let f=0;c+n<i;f+=o.length,c+=n)this.length+=n,this.compress(u,f,!1);Be(u);continue}r.set(c===0&&l===i?t:t.subarray(c,c+l),this.pos),this.pos+=l,this.length+=l,c+=l}return this}digestInto(t){if(Ge(this),Ct(t,this),t.byteOffset&3)throw new RangeError('"output" expected 4-byte aligned byteOffset, got '+t.byteOffset);let{pos:n,buffer32:r}=this;this.finished=!0,this.buffer.fill(0,n),Be(r),this.compress(r,0,!0),Be(r);let o=this.get(),i=t===this.buffer?r:Ae(t),s=Math.floor(this.outputLen/4);for(let d=0;d<s;d++)i[d]=Te(o[d]);let a=this.outputLen%4;if(!a)return;let c=s*4,l=o[s];for(let d=0;d<a;d++)t[c+d]=l>>>8*d}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let r=t.slice(0,n);return this.destroy(),r}_cloneInto(t){let{buffer:n,length:r,finished:o,destroyed:i,outputLen:s,pos:a}=this;return t||=new this.constructor({dkLen:s}),t.set(...this.get()),t.buffer.set(n),t.destroyed=i,t.finished=o,t.length=r,t.pos=a,t.outputLen=s,t}clone(){return this._cloneInto()}},Ls=class extends Rs{v0l=$e[0]|0;v0h=$e[1]|0;v1l=$e[2]|0;v1h=$e[3]|0;v2l=$e[4]|0;v2h=$e[5]|0;v3l=$e[6]|0;v3h=$e[7]|0;v4l=$e[8]|0;v4h=$e[9]|0;v5l=$e[10]|0;v5h=$e[11]|0;v6l=$e[12]|0;v6h=$e[13]|0;v7l=$e[14]|0;v7h=$e[15]|0;constructor(t={}){t=et({},t);let n=t.dkLen===void 0?64:t.dkLen;super(128,n),Ph(n,t,64,16,16);let{key:r,personalization:o,salt:i}=t,s=0;if(r!==void 0&&(V(r,void 0,"key"),s=r.length),this.v0l^=this.outputLen|s<<8|65536|1<<24,i!==void 0){V(i,void 0,"salt");let a=Ae(xi(i));this.v4l^=Te(a[0]),this.v4h^=Te(a[1]),this.v5l^=Te(a[2]),this.v5h^=Te(a[3])}if(o!==void 0){V(o,void 0,"personalization");let a=Ae(xi(o));this.v6l^=Te(a[0]),this.v6h^=Te(a[1]),this.v7l^=Te(a[2]),this.v7h^=Te(a[3])}if(r!==void 0){let a=new Uint8Array(this.blockLen);a.set(r),this.update(a),te(a)}}get(){let{v0l:t,v0h:n,v1l:r,v1h:o,v2l:i,v2h:s,v3l:a,v3h:c,v4l:l,v4h:d,v5l:u,v5h:f,v6l:p,v6h:m,v7l:h,v7h:g}=this;return[t,n,r,o,i,s,a,c,l,d,u,f,p,m,h,g]}set(t,n,r,o,i,s,a,c,l,d,u,f,p,m,h,g){this.v0l=t|0,this.v0h=n|0,this.v1l=r|0,this.v1h=o|0,this.v2l=i|0,this.v2h=s|0,this.v3l=a|0,this.v3h=c|0,this.v4l=l|0,this.v4h=d|0,this.v5l=u|0,this.v5h=f|0,this.v6l=p|0,this.v6h=m|0,this.v7l=h|0,this.v7h=g|0}compress(t,n,r){let{v0l:o,v0h:i,v1l:s,v1h:a,v2l:c,v2h:l,v3l:d,v3h:u,v4l:f,v4h:p,v5l:m,v5h:h,v6l:g,v6h:x,v7l:y,v7h:w}=this;P[0]=o,P[1]=i,P[2]=s,P[3]=a,P[4]=c,P[5]=l,P[6]=d,P[7]=u,P[8]=f,P[9]=p,P[10]=m,P[11]=h,P[12]=g,P[13]=x,P[14]=y,P[15]=w,P.set($e,16);let z=bi(this.length),T=yi(this.length);P[24]=$e[8]^z,P[25]=$e[9]^T,r&&(P[28]=~P[28],P[29]=~P[29]);let E=0,B=id;for(let L=0;L<12;L++)nn(0,4,8,12,t,n+2*B[E++]),rn(0,4,8,12,t,n+2*B[E++]),nn(1,5,9,13,t,n+2*B[E++]),rn(1,5,9,13,t,n+2*B[E++]),nn(2,6,10,14,t,n+2*B[E++]),rn(2,6,10,14,t,n+2*B[E++]),nn(3,7,11,15,t,n+2*B[E++]),rn(3,7,11,15,t,n+2*B[E++]),nn(0,5,10,15,t,n+2*B[E++]),rn(0,5,10,15,t,n+2*B[E++]),nn(1,6,11,12,t,n+2*B[E++]),rn(1,6,11,12,t,n+2*B[E++]),nn(2,7,8,13,t,n+2*B[E++]),rn(2,7,8,13,t,n+2*B[E++]),nn(3,4,9,14,t,n+2*B[E++]),rn(3,4,9,14,t,n+2*B[E++]);this.v0l^=P[0]^P[16],this.v0h^=P[1]^P[17],this.v1l^=P[2]^P[18],this.v1h^=P[3]^P[19],this.v2l^=P[4]^P[20],this.v2h^=P[5]^P[21],this.v3l^=P[6]^P[22],this.v3h^=P[7]^P[23],this.v4l^=P[8]^P[24],this.v4h^=P[9]^P[25],this.v5l^=P[10]^P[26],this.v5h^=P[11]^P[27],this.v6l^=P[12]^P[28],this.v6h^=P[13]^P[29],this.v7l^=P[14]^P[30],this.v7h^=P[15]^P[31],te(P)}destroy(){this.destroyed=!0,te(this.buffer32),this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0)}},Jn=xt(e=>new Ls(e));var Yo={Argon2d:0,Argon2i:1,Argon2id:2},Rr=4,sd=(e,t="")=>e===void 0?Uint8Array.of():fn(e,t),ke=new Uint32Array(256);function on(e,t,n,r){let o=ke[2*e],i=ke[2*e+1],s=ke[2*t],a=ke[2*t+1],c=ke[2*n],l=ke[2*n+1],d=ke[2*r],u=ke[2*r+1],f=0,p=0,m=0,h=0,g=0;f=Math.imul(o,s),p=((o>>>0)*(s>>>0)-(f>>>0))/4294967296+.5|0,m=(o>>>0)+(s>>>0)+(f<<1>>>0),i=i+a+(p<<1|f>>>31)+(m/4294967296|0)|0,o=m|0,h=u^i,g=d^o,u=g,d=h,f=Math.imul(c,d),p=((c>>>0)*(d>>>0)-(f>>>0))/4294967296+.5|0,m=(c>>>0)+(d>>>0)+(f<<1>>>0),l=l+u+(p<<1|f>>>31)+(m/4294967296|0)|0,c=m|0,h=a^l,g=s^c,a=h>>>24|g<<8,s=h<<8|g>>>24,f=Math.imul(o,s),p=((o>>>0)*(s>>>0)-(f>>>0))/4294967296+.5|0,m=(o>>>0)+(s>>>0)+(f<<1>>>0),i=i+a+(p<<1|f>>>31)+(m/4294967296|0)|0,o=m|0,h=u^i,g=d^o,u=h>>>16|g<<16,d=h<<16|g>>>16,f=Math.imul(c,d),p=((c>>>0)*(d>>>0)-(f>>>0))/4294967296+.5|0,m=(c>>>0)+(d>>>0)+(f<<1>>>0),l=l+u+(p<<1|f>>>31)+(m/4294967296|0)|0,c=m|0,h=a^l,g=s^c,a=h<<1|g>>>31,s=h>>>31|g<<1,ke[2*e]=o,ke[2*e+1]=i,ke[2*t]=s,ke[2*t+1]=a,ke[2*n]=c,ke[2*n+1]=l,ke[2*r]=d,ke[2*r+1]=u}function ad(e,t,n,r,o,i,s,a,c,l,d,u,f,p,m,h){on(e,o,c,f),on(t,i,l,p),on(n,s,d,m),on(r,a,u,h),on(e,i,d,h),on(t,s,u,f),on(n,a,c,p),on(r,o,l,m)}function Or(e,t,n,r,o){if(o)for(let i=0;i<256;i++){let s=e[t+i]^e[n+i];ke[i]=s,e[r+i]^=s}else for(let i=0;i<256;i++){let s=e[t+i]^e[n+i];ke[i]=s,e[r+i]=s}for(let i=0;i<128;i+=16)ad(i,i+1,i+2,i+3,i+4,i+5,i+6,i+7,i+8,i+9,i+10,i+11,i+12,i+13,i+14,i+15);for(let i=0;i<16;i+=2)ad(i,i+1,i+16,i+17,i+32,i+33,i+48,i+49,i+64,i+65,i+80,i+81,i+96,i+97,i+112,i+113);for(let i=0;i<256;i++)e[r+i]^=ke[i];te(ke)}function Ns(e,t){let n=sr(e),r=new Uint32Array(1),o=sr(r);if(r[0]=Te(t),t<=64)return Jn.create({dkLen:t}).update(o).update(n).digest();let i=new Uint8Array(t),s=Jn.create({}).update(o).update(n).digest(),a=0;for(i.set(s.subarray(0,32)),a+=32;t-a>64;a+=32){let c=Jn.create({}).update(s);c.digestInto(s),c.destroy(),i.set(s.subarray(0,32),a)}return i.set(Jn(s,{dkLen:t-a}),a),te(s,r),i}function Dh(e,t,n,r,o,i,s=!1){let a;e===0?t===0?a=o-1:s?a=t*r+o-1:a=t*r+(o==0?-1:0):s?a=n-r+o-1:a=n-r+(o==0?-1:0);let c=e!==0&&t!==Rr-1?(t+1)*r:0,l=Math.imul(i,i),d=((i>>>0)*(i>>>0)-(l>>>0))/4294967296+.5|0,u=Math.imul(a,d),f=((a>>>0)*(d>>>0)-(u>>>0))/4294967296+.5|0,p=a-1-f;return(c+p)%n}var Fh=Math.pow(2,32),cd=1024**2,Kh=cd*1024;function sn(e){return Number.isSafeInteger(e)&&e>=0&&e<Fh}function Hh(e={}){e=et({},e);let t={t:3,m:cd,p:1,version:19,dkLen:32,maxmem:Kh,asyncTick:10};for(let[l,d]of Object.entries(e))d!==void 0&&(t[l]=d);let{dkLen:n,p:r,m:o,t:i,version:s,onProgress:a,asyncTick:c}=t;if(!sn(n)||n<4)throw new Error('"dkLen" must be 4..');if(!sn(r)||r<1||r>=Math.pow(2,24))throw new Error('"p" must be 1..2^24');if(!sn(o))throw new Error('"m" must be 0..2^32');if(!sn(i)||i<1)throw new Error('"t" (iterations) must be 1..2^32');if(a!==void 0&&typeof a!="function")throw new Error('"onProgress" must be a function');if(Q(c,"asyncTick"),!sn(o)||o<8*r)throw new Error('"m" (memory) must be at least 8*p bytes');if(s!==16&&s!==19)throw new Error('"version" must be 0x10 or 0x13, got '+s);return t}function Gh(e,t,n,r){let o=[],i=new Uint32Array(1),s=sr(i),a,c,l=!1,d=(u,f)=>(typeof u=="string"&&o.push(f),f);try{let u=d(e,fn(e,"password")),f=d(t,fn(t,"salt"));if(!sn(u.length))throw new Error('"password" must be less of length 1..4Gb');if(!sn(f.length)||f.length<8)throw new Error('"salt" must be of length 8..4Gb');if(!Object.values(Yo).includes(n))throw new Error('"type" was invalid');let{p,dkLen:m,m:h,t:g,version:x,key:y,personalization:w,maxmem:z,onProgress:T,asyncTick:E}=Hh(r),B=y;y=d(B,sd(B,"key"));let L=w;w=d(L,sd(L,"personalization")),a=Jn.create();for(let b of[p,m,h,g,x,n])i[0]=Te(b),a.update(s);for(let b of[u,f,y,w])i[0]=Te(b.length),a.update(s).update(b);return c=new Uint32Array(18),a.digestInto(sr(c)),l=!0,{H0:c,p,dkLen:m,m:h,t:g,version:x,maxmem:z,onProgress:T,asyncTick:E}}finally{a&&a.destroy(),te(i,...o),!l&&c&&te(c)}}function Wh(e,t,n,r){let{H0:o,p:i,dkLen:s,m:a,t:c,version:l,maxmem:d,onProgress:u,asyncTick:f}=Gh(e,t,n,r);try{let p=i,m=4*i*Math.floor(a/(Rr*i)),h=Math.floor(m/i),g=Math.floor(h/Rr),x=m*1024;if(!sn(d))throw new Error('"maxmem" expected <2**32, got '+d);if(x>d)throw new Error('"maxmem" limit was hit: memUsed(mP*1024)='+x+", maxmem="+d);let y=new Uint32Array(x/4);for(let z=0;z<i;z++){let T=256*h*z;o[17]=Te(z),o[16]=Te(0),y.set(Be(Ae(Ns(o,1024))),T),o[16]=Te(1),y.set(Be(Ae(Ns(o,1024))),T+256)}let w=()=>{};if(u){let z=c*Rr*i*g-2*i,T=Math.max(Math.floor(z/1e4),1),E=0;w=()=>{E++,u&&(!(E%T)||E===z)&&u(E/z)}}return{type:n,mP:m,p:i,t:c,version:l,B:y,laneLen:h,lanes:p,segmentLen:g,dkLen:s,perBlock:w,asyncTick:f}}finally{te(o)}}function Yh(e,t,n,r){let o=new Uint32Array(256);for(let s=0;s<t;s++)for(let a=0;a<256;a++)o[a]^=e[256*(n*s+n-1)+a];let i=Ns(Be(o),r);return te(e,o),i}function*Jh(e,t){let{type:n,mP:r,p:o,t:i,version:s,B:a,laneLen:c,lanes:l,segmentLen:d,perBlock:u}=e;t[262]=r,t[264]=i,t[266]=n;for(let f=0;f<i;f++){let p=f!==0&&s===19;t[256]=f;for(let m=0;m<Rr;m++){t[260]=m;let h=n==Yo.Argon2i||n==Yo.Argon2id&&f===0&&m<2;for(let g=0;g<o;g++){t[258]=g,t[268]=0;let x=0;f===0&&m===0&&(x=2,h&&(t[268]++,Or(t,256,2*256,0,!1),Or(t,0,2*256,0,!1)));let y=g*c+m*d+x;for(let w=x;w<d;w++,y++){u();let z=y%c?y-1:y+c-1,T,E;if(h){let k=w%128;k===0&&(t[268]++,Or(t,256,2*256,0,!1),Or(t,0,2*256,0,!1)),T=t[2*k],E=t[2*k+1]}else{let k=256*z;T=a[k],E=a[k+1]}let B=f===0&&m===0?g:E%l,L=Dh(f,m,c,d,w,T,B==g),b=c*B+L;Or(a,256*z,256*b,y*256,p),yield}}}}te(t)}async function Vh(e,t,n,r){let o=Wh(t,n,e,r),i=new Uint32Array(3*256),s=Jh(o,i),a=()=>te(i,o.B),c=Date.now();for(;!s.next().done;){let l=Date.now()-c;l>=0&&l<o.asyncTick||(await Ba(a),c=Date.now())}return Yh(o.B,o.p,o.laneLen,o.dkLen)}var ld=(e,t,n={})=>Vh(Yo.Argon2id,e,t,n);var dd=8,Xh="dropbox-codename-v1",Zh="dropbox/v1/codename/x25519",Qh="dropbox/v1/codename/ed25519",em="dropbox/v1/codename/mlkem768x25519",tm="dropbox/v1/codename/delete-token",nm="dropbox/v1/codename/withdraw-secret",rm={t:2,m:19*1024,p:1,dkLen:32,version:19};function Cs(e){let t=e.split(`
`).filter(n=>n!=="");if(t.length!==7776)throw new Error("the codename word list must have 7776 words");return t}function ud(e){return Array.from({length:dd},()=>e[Ht(e.length)]).join(" ")}function fd(e,t){let n=e.toLowerCase(),r=[],o="";for(let s of n)Ft(s)?(o&&r.push(o),o=""):o+=s;if(o&&r.push(o),r.length!==dd)throw Object.assign(new Error(`a codename has exactly 8 words, this has ${r.length}`),{l10n:{id:"codename-word-count",args:{count:r.length}}});let i=new Set(t);return r.forEach((s,a)=>{if(!i.has(s))throw Object.assign(new Error(`word ${a+1} of the codename is not on the word list; check its spelling`),{l10n:{id:"codename-unknown-word",args:{n:a+1}}})}),r.join(" ")}function om(e){let t=Fa(e);if(!t)throw new Error("the team fingerprint is 64 lowercase hex digits");return We(le(Xh),t)}function pd(e,t,n){return ld(le(e),om(t),{...rm,asyncTick:10,onProgress:n})}function Jo(e){let t=Qt(Y,e),n=rt(Y,t,le(Zh),32),r=rt(Y,t,le(Qh),32),o=rt(Y,t,le(em),32),i=rt(Y,t,le(tm),32),s=rt(Y,t,le(nm),32),a=Dn.getPublicKey(r),c={hybridIdentity:Nc(o),hybridRecipient:Lc(tn.getPublicKey(o)),x25519Identity:Ic(n),x25519Recipient:Cc(Mc(n)),ed25519Seed:r,ed25519Public:Oc(a),mailbox:Dt(a),thread:qe(Y(a)),deleteToken:{text:Dt(i),hash:qe(Y(i))},withdrawSecret:{text:Dt(s),hash:qe(Y(s))}};return i.fill(0),s.fill(0),n.fill(0),o.fill(0),t.fill(0),c}async function*hd(e){let t=e.stream().getReader();for(;;){let{value:n,done:r}=await t.read();if(r)return;yield n}}function Is(e){return new ReadableStream({async pull(t){try{let{value:n,done:r}=await e.next();r?t.close():t.enqueue(n)}catch(n){t.error(n)}},cancel(){e.return()}},{highWaterMark:1})}async function Vo(e,t){if(e.size!==t.length)throw new Error("the buffer is not of the Blob's size");let n=null;try{n=e.stream().getReader({mode:"byob"})}catch{}if(!n)return t.set(new Uint8Array(await e.arrayBuffer())),t;let r=t.byteOffset,o=t.length,i=t.buffer,s=0;try{for(;s<o;){let{value:a,done:c}=await n.read(new Uint8Array(i,r+s,o-s));if(c)break;i=a.buffer,s+=a.length}}finally{n.releaseLock()}if(s!==o)throw new Error("the file ended early");return new Uint8Array(i,r,o)}var md=8*1024*1024,im=8,Ms=1024*1024;async function sm(e){let t=Y.create(),n=new Uint8Array(Math.min(Ms,e.size));for(let r=0;r<e.size;r+=Ms){let o=Math.min(Ms,e.size-r),i=await Vo(e.slice(r,r+o),n.subarray(0,o));t.update(i),n=new Uint8Array(i.buffer)}return t.digest()}function Xo(){let e=Y.create();return{update(t){e.update(t)},async digest(){let t=e.digest();return e=Y.create(),t},take:t=>new Uint8Array(t),file:sm,close(){}}}function gd(e){let t=0,n=null,r=[],o=null,i=[],s=new Map,a=0,c=()=>{let d=r.filter(()=>n||t<=md);r=r.filter(u=>!d.includes(u));for(let u of d)n?u.reject(n):u.resolve()},l=d=>{n=n||d,c(),o&&o.reject(n),o=null;for(let u of s.values())u.reject(n);s.clear()};return e.onmessage=d=>{let u=d.data;if(u.hashed!==void 0)t-=u.hashed,u.back&&i.length<im&&i.push(u.back),c();else if(u.digest!==void 0){let f=o;o=null,f&&f.resolve(new Uint8Array(u.digest))}else if(u.fileDigest!==void 0){let f=s.get(u.id);s.delete(u.id),f&&f.resolve(new Uint8Array(u.fileDigest))}else u.error!==void 0&&l(new Error(u.error))},e.onerror=d=>l(new Error(d&&d.message||"the hashing worker failed")),{update(d,u=!1){if(n)throw n;let f=u&&d.byteOffset===0&&d.byteLength===d.buffer.byteLength,p=f?d:d.slice();if(t+=p.length,e.postMessage({sha256:p,back:f},[p.buffer]),!(t<=md))return new Promise((m,h)=>{r.push({resolve:m,reject:h})})},digest(){return n?Promise.reject(n):new Promise((d,u)=>{o={resolve:d,reject:u},e.postMessage({sha256Digest:!0})})},take(d){let u=i.findIndex(f=>f.byteLength===d);return u<0?new Uint8Array(d):new Uint8Array(i.splice(u,1)[0])},file(d){if(n)return Promise.reject(n);let u=a++;return new Promise((f,p)=>{s.set(u,{resolve:f,reject:p}),e.postMessage({sha256File:d,id:u})})},close(){e.terminate(),l(new Error("the hashing worker was closed"))}}}var am=8*1024*1024,Us={"Tus-Resumable":"1.0.0"},it=class extends Error{constructor(t,n,r){super(t),this.status=n,this.code=r}};async function Zo(e){let t="",n=`the server answered ${e.status}`;try{let r=await e.json();t=r.error||"",r.message&&(n+=`: ${r.message}`)}catch{}return new it(n,e.status,t)}var yd=e=>new Promise(t=>setTimeout(t,e));function Lr(e,t){return fetch(e,{cache:"no-store",credentials:"omit",redirect:"error",referrerPolicy:"no-referrer",...t})}async function Ps(e,t,n){let r=le(`${e}:`),o=i=>{let s=t;for(let a of i){if(s===0)return!0;let c=a===0?8:Math.clz32(a)-24;if(s<=8)return c>=s;if(c<8)return!1;s-=8}return s===0};for(let i=0;;i++){let s=String(i),a=Y.create().update(r).update(le(s)).digest();if(o(a))return s;i%2e4===0&&(n&&n(i),await yd(0))}}async function Ds(e,t,n=Ps){let r=await Lr(`${e}/v1/pow`,{method:"GET"});if(!r.ok)return null;let o=await r.json();if(!o.bits)return null;t&&t(`Doing the server's anti-flooding puzzle (${o.bits} bits)…`,{id:"status-puzzle",args:{bits:o.bits}});let i=await n(o.challenge,o.bits),s=await Lr(`${e}/v1/pow`,{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify({challenge:o.challenge,nonce:i})});if(!s.ok)throw await Zo(s);return(await s.json()).token}async function Fs({base:e="",reader:t,length:n,deleteHash:r,withdrawHash:o,token:i,onProgress:s,onStatus:a,onPart:c,owned:l=!1,part:d=am,retries:u=8,hasher:f=Xo()}){let p={...Us,"Upload-Length":String(n)};r&&(p["Dropbox-Delete-Hash"]=r),o&&(p["Dropbox-Withdraw-Hash"]=o),i&&(p["Dropbox-Upload-Token"]=i);let m=await Lr(`${e}/v1/uploads`,{method:"POST",headers:p});if(m.status!==201)throw await Zo(m);let h=m.headers.get("Location");if(!h||!h.startsWith("/v1/uploads/"))throw new it("the server gave no upload address",m.status,"");let g=`${e}${h}`,x=0,y=0,w=null,z=!1,T=null,E=!1;async function B(){let q=Math.min(d,n-y),M=[],_=0;for(;_<q;){let j=w;if(w=null,!j){let N=await t.read();if(N.done)break;j=N.value}let R=Math.min(j.length,q-_);M.push(R<j.length?j.subarray(0,R):j),_+=R,R<j.length&&(w=j.subarray(R))}if(_!==q)throw new it("the encrypted data ended early",0,"");y+=q;let S=new Blob(M);c&&c(S);for(let j of M)await f.update(j,l);return S}let L=q=>(q.catch(()=>{}),q),b=L(B());for(;!z;){let q=await b;b=y<n?L(B()):null;let M=x,_=M+q.size,S=0;for(;x<_;){let j;try{j=await Lr(g,{method:"PATCH",headers:{...Us,"Content-Type":"application/offset+octet-stream","Upload-Offset":String(x)},body:x===M?q:q.slice(x-M)})}catch{j=null}if(j&&j.status===204){let D=Number(j.headers.get("Upload-Offset"));if(!(D>x&&D<=_))throw new it("the server reports an offset outside the part being sent",0,"");x=D,x===n&&(T={id:j.headers.get("Dropbox-Submission-Id"),receipt:j.headers.get("Dropbox-Receipt")}),s&&s(x,n),S=0;continue}if(j&&j.status!==409&&j.status<500&&j.status!==408&&j.status!==400)throw await Zo(j);if(++S>u)throw j?await Zo(j):new it("the connection keeps failing",0,"");a&&a(`The connection was interrupted; resuming (attempt ${S} of ${u})…`,{id:"status-resuming",args:{attempt:S,retries:u}}),await yd(Math.min(1e3*2**(S-1),15e3));let R;try{R=await Lr(g,{method:"HEAD",headers:Us})}catch{continue}if(R.status===404&&_===n){E=!0,x=_;break}if(R.status!==200)throw new it(`the server lost the upload (${R.status})`,R.status,"");let N=Number(R.headers.get("Upload-Offset"));if(!(N>=M&&N<=_))throw new it("the server reports an offset outside the part being sent",0,"");x=N,s&&s(x,n)}z=x===n}if(w||!(await t.read()).done)throw new it("the encrypted data is longer than announced",0,"");let k=qe(await f.digest());if(E&&!T)return{id:null,receipt:k,uncertain:!0};if(!T||T.receipt!==k)throw new it("the server's receipt does not match what was sent",0,"");return{id:T.id,receipt:k}}var an=64*1024,Cr=16,Nr=16*an;function bd(e){return e+Cr*Math.max(1,Math.ceil(e/an))}function cm(e,t,n,r,o){let i=Math.max(1,Math.ceil(r.length/an));if(!n&&r.length!==i*an)throw new Error("only the last segment may end in a partial chunk");let s=r.length+Cr*i,a=o&&o.length===s?o:new Uint8Array(s),c=new Uint8Array(12);for(let l=0;l<i;l++){let d=t+l;for(let p=10;p>=0;p--)c[p]=d%256,d=Math.floor(d/256);c[11]=n&&l===i-1?1:0;let u=r.subarray(l*an,Math.min(r.length,(l+1)*an)),f=l*(an+Cr);De(e,c).encrypt(u,a.subarray(f,f+u.length+Cr))}return a}function Ks(e,t,n,r){if(n.length!==e.attachments.length||r.length!==n.length)throw new Error("one Blob and one digest per attachment");n.forEach((u,f)=>{if(u.size!==e.attachments[f].size)throw new Error(`attachment ${f} is not of its declared size`)});let o=new Uint8Array(4);new DataView(o.buffer).setUint32(0,t.length);let i=We(pt,o,t),s=Qi(n.length),a=null,c=()=>(a||=Promise.all(r).then(u=>{let f=zt({sha256:u.map(p=>typeof p=="string"?p:qe(p))});if(f.length!==s)throw new Error("the trailer is not of its expected length");return f}),a),l=sl(t.length,e),d=i.length+n.reduce((u,f)=>u+f.size,0)+s;return{length:l,pieces:[{bytes:i},...n.map(u=>({blob:u})),{later:c,length:s},{zeros:l-d}]}}var lm=e=>e.bytes?e.bytes.length:e.blob?e.blob.size:e.later?e.length:e.zeros;async function dm(e,t,n){let r=[],o=0;for(let i of e.pieces){let s=lm(i),a=Math.max(t,o),c=Math.min(n,o+s);if(a<c)if(i.blob)r.push({blob:i.blob,start:a-o,end:c-o});else if(i.zeros!==void 0)r.push({zeros:c-a});else{let l=i.bytes||await i.later();r.push({bytes:l.slice(a-o,c-o)})}if(o+=s,o>=n)break}return r}var um=4;async function fm(e,t){let n=e.reduce((i,s)=>i+(s.bytes?s.bytes.length:s.blob?s.end-s.start:s.zeros),0);(!t.plain||t.plain.buffer.byteLength<n)&&(t.plain=new Uint8Array(Math.max(n,Nr)));let r=new Uint8Array(t.plain.buffer,0,n),o=0;for(let i of e)if(i.bytes)r.set(i.bytes,o),o+=i.bytes.length;else if(i.blob){let s=await Vo(i.blob.slice(i.start,i.end),r.subarray(o,o+i.end-i.start));r=new Uint8Array(s.buffer,0,n),o+=i.end-i.start}else r.fill(0,o,o+i.zeros),o+=i.zeros;return t.plain=new Uint8Array(r.buffer),r}function Qo(e,t,n){if(e.sealKey!==void 0)return t.key&&t.key.fill(0),t.key=e.sealKey,!0;if(e.sealForget!==void 0){t.key&&t.key.fill(0),t.key=null;for(let c of t.free||[])c.fill(0);return!0}if(e.seal===void 0)return!1;let{id:r,counter:o,final:i,parts:s,out:a}=e.seal;return(async()=>{try{if(!t.key)throw new Error("no payload key");t.free||=[];let c={plain:t.free.pop()},l=await fm(s,c);if(!t.key)throw new Error("no payload key");let d=cm(t.key,o,i,l,a?new Uint8Array(a):void 0);t.free.length<um&&t.free.push(c.plain),n({sealed:r,out:d.buffer},[d.buffer])}catch(c){n({sealError:String(c&&c.message||c),id:r})}})()}function wd(){let e={key:null},t=!1;return{workers:1,key(n){Qo({sealKey:Uint8Array.from(n)},e,()=>{})},forget(){Qo({sealForget:!0},e,()=>{})},run(n){return t?Promise.reject(new Error("the sealer was closed")):new Promise((r,o)=>{Qo({seal:n},e,i=>i.sealError!==void 0?o(new Error(i.sealError)):r(new Uint8Array(i.out)))})},close(){t=!0,Qo({sealForget:!0},e,()=>{})}}}function vd(e){let t=new Map,n=0,r=0,o=null,i=s=>{o=o||s;for(let a of t.values())a.reject(o);t.clear()};for(let s of e)s.onmessage=a=>{let c=a.data,l=t.get(c.sealed!==void 0?c.sealed:c.id);l&&(t.delete(c.sealed!==void 0?c.sealed:c.id),c.sealError!==void 0?l.reject(new Error(c.sealError)):l.resolve(new Uint8Array(c.out)))},s.onerror=a=>i(new Error(a&&a.message||"an encryption worker failed"));return{workers:e.length,key(s){for(let a of e)a.postMessage({sealKey:Uint8Array.from(s)})},forget(){for(let s of e)s.postMessage({sealForget:!0})},run(s){if(o)return Promise.reject(o);let a=n++,c=e[r++%e.length];return new Promise((l,d)=>{t.set(a,{resolve:l,reject:d});let u=s.out?[s.out]:[];c.postMessage({seal:{...s,id:a}},u)})},close(){for(let s of e)s.postMessage({sealForget:!0}),s.terminate();i(new Error("the sealer was closed"))}}}async function Hs({encrypter:e,plan:t,sealer:n,take:r=i=>new Uint8Array(i),ahead:o=2*n.workers+2}){let i=null;e.addRecipient({wrapFileKey(h){return i=Uint8Array.from(h),[]}});let s=await e.encrypt(new ReadableStream({start:h=>h.close()})),a=[];for await(let h of s)a.push(h);let c=We(...a),l=c.slice(0,c.length-Cr);c.fill(0);let d=l.subarray(l.length-16),u=ht(Y,i,d,le("payload"),32);i.fill(0),n.key(u),u.fill(0);let f=t.length,p=Math.max(1,Math.ceil(f/Nr));async function*m(){let h=[],g=0,x=()=>{let y=g++,w=y*Nr,z=Math.min(f,w+Nr),T=y===p-1,E=dm(t,w,z).then(B=>{let L=r(bd(z-w));return n.run({counter:y*(Nr/an),final:T,parts:B,out:L.buffer})});E.catch(()=>{}),h.push(E)};try{for(yield l;h.length||g<p;){for(;g<p&&h.length<o;)x();yield await h.shift()}}finally{n.forget()}}return{length:l.length+bd(f),chunks:m()}}var pm={225:"EXIF/XMP",237:"IPTC (Photoshop)",254:"comment"};function hm(e,t){return e[t]<<8|e[t+1]}function ei(e,t,n){for(let r=0;r<n.length;r++)if(e[t+r]!==n.charCodeAt(r))return!1;return!0}function mm(e,t,n){let r=t+6;if(n-r<8)return!1;let o=e[r]===73&&e[r+1]===73,i=e[r]===77&&e[r+1]===77;if(!o&&!i)return!1;let s=d=>o?e[d]|e[d+1]<<8:e[d]<<8|e[d+1],c=r+(d=>o?(e[d]|e[d+1]<<8|e[d+2]<<16)+e[d+3]*2**24:e[d]*2**24+(e[d+1]<<16|e[d+2]<<8|e[d+3]))(r+4);if(c+2>n)return!1;let l=s(c);for(let d=0;d<l;d++){let u=c+2+12*d;if(u+12>n)return!1;if(s(u)===34853)return!0}return!1}function gm(e,t,n,r){return t===225?ei(e,n,"Exif\0\0")?mm(e,n,r)?"EXIF (with GPS location)":"EXIF":ei(e,n,"http://ns.adobe.com/xap/1.0/")||ei(e,n,"http://ns.adobe.com/xmp/")?"XMP":"APP1 data":pm[t]||`APP${t-224} data`}function ym(e){let t=[e.subarray(0,2)],n=[],r=2,o=!1;for(;;){if(o){let d=r;for(;;){if(r+1>=e.length)throw new Error("the image data ends early");if(e[r]===255&&e[r+1]!==0&&!(e[r+1]>=208&&e[r+1]<=215)&&e[r+1]!==255)break;r++}t.push(e.subarray(d,r)),o=!1}if(r+1>=e.length||e[r]!==255)throw new Error("not a well-formed JPEG");for(;e[r+1]===255;)r++;let i=e[r+1];if(i===217){t.push(e.subarray(r,r+2)),r+2<e.length&&n.push(`${e.length-r-2} bytes after the end of the image`);break}if(i===1||i>=208&&i<=215){t.push(e.subarray(r,r+2)),r+=2;continue}if(r+4>e.length)throw new Error("not a well-formed JPEG");let s=hm(e,r+2),a=r+2+s;if(s<2||a>e.length)throw new Error("not a well-formed JPEG");if(!(i>=224&&i<=239||i===254)||i===224||i===238||i===226&&ei(e,r+4,"ICC_PROFILE\0"))t.push(e.subarray(r,a));else{let d=gm(e,i,r+4,a);n.includes(d)||n.push(d)}r=a,i===218&&(o=!0)}return{bytes:kd(t),removed:n}}var bm=[137,80,78,71,13,10,26,10],xd={tEXt:"text",zTXt:"compressed text",iTXt:"international text",eXIf:"EXIF",tIME:"modification time"};function wm(e){let t=[e.subarray(0,8)],n=[],r=8;for(;;){if(r+12>e.length)throw new Error("not a well-formed PNG");let o=e[r]*2**24+(e[r+1]<<16|e[r+2]<<8|e[r+3]),i=String.fromCharCode(e[r+4],e[r+5],e[r+6],e[r+7]),s=r+12+o;if(s>e.length)throw new Error("not a well-formed PNG");if(xd[i]){let a=`${xd[i]} (${i})`;n.includes(a)||n.push(a)}else t.push(e.subarray(r,s));if(r=s,i==="IEND"){r<e.length&&n.push(`${e.length-r} bytes after the end of the image`);break}}return{bytes:kd(t),removed:n}}function kd(e){let t=0;for(let o of e)t+=o.length;let n=new Uint8Array(t),r=0;for(let o of e)n.set(o,r),r+=o.length;return n}function Gs(e){return e.length>=3&&e[0]===255&&e[1]===216&&e[2]===255?"jpeg":e.length>=8&&bm.every((t,n)=>e[n]===t)?"png":null}function Ed(e){let t=Gs(e);return t==="jpeg"?{kind:t,...ym(e)}:t==="png"?{kind:t,...wm(e)}:{kind:null,bytes:e,removed:[]}}function vm(){return Dt(Ue(16))}function xm(e){return`sha-256=:${Pt(Y(e))}:`}function km({query:e=null,digest:t=null,created:n,nonce:r,keyid:o}){let i=['"@method"','"@path"'];return e!==null&&i.push('"@query"'),t!==null&&i.push('"content-digest"'),`(${i.join(" ")});created=${n};nonce="${r}";keyid="${o}";alg="ed25519"`}function Em({method:e,path:t,query:n=null,digest:r=null,params:o}){let i=`"@method": ${e.toUpperCase()}
"@path": ${t}
`;return n!==null&&(i+=`"@query": ?${n}
`),r!==null&&(i+=`"content-digest": ${r.trim()}
`),i+`"@signature-params": ${o}`}function Ir({method:e,target:t,body:n=null,keyid:r,seed:o,created:i=Math.floor(Date.now()/1e3),nonce:s=vm()}){let a=t.indexOf("?"),c=a<0?t:t.slice(0,a),l=a<0?null:t.slice(a+1),d=n===null?null:xm(n),u=km({query:l,digest:d,created:i,nonce:s,keyid:r}),f=Em({method:e,path:c,query:l,digest:d,params:u}),p=yo(o,le(f)),m={"Signature-Input":`sig1=${u}`,Signature:`sig1=:${Pt(p)}:`};return d!==null&&(m["Content-Digest"]=d),m}var zm="dropbox-reply/1",zd="dropbox-followup/1",$d="dropbox-thread/1",he=e=>new C("jcs-shape",e);function Vn(e){if(typeof e!="string"||e.length!==43)return null;let t=Qr(e);return t&&t.length===32?t:null}function ri(e){return qe(Y(Vn(e)))}function Ys(e,t){if(ut(e)===null)throw he(`invalid ${t}`)}var ti=(e,t)=>Object.prototype.hasOwnProperty.call(e,t);function ni(e,t){if(!Array.isArray(e)||!e.every(At))throw he(t);return[...e]}function Ws(e){return[...new Set(e)].sort((t,n)=>t<n?-1:t>n?1:0)}function Sd(e){if(Ce(e,["type","team","mailbox","seq","member","created","body"],["roster_seq","recipients"],he),typeof e.type!="string")throw he("type");if(!Ne(e.team))throw he("team");if(!Vn(e.mailbox))throw he("mailbox");if(!tt(e.seq))throw he("seq");if(!At(e.member))throw he("member");if(Ys(e.created,"created"),typeof e.body!="string")throw he("body");let t={type:e.type,team:e.team,mailbox:e.mailbox,seq:e.seq,member:e.member,created:e.created,body:e.body};if(ti(e,"roster_seq")){if(!tt(e.roster_seq))throw he("roster_seq");t.roster_seq=e.roster_seq}return ti(e,"recipients")&&(t.recipients=ni(e.recipients,"recipients")),t}function $m(e){if(Ce(e,["type","team","mailbox","thread","seq","created","body","attachments"],["recipients"],he),ti(e,"recipients")&&ni(e.recipients,"recipients"),typeof e.type!="string")throw he("type");if(!Ne(e.team))throw he("team");if(!Vn(e.mailbox))throw he("mailbox");if(!Ne(e.thread))throw he("thread");if(!tt(e.seq))throw he("seq");if(Ys(e.created,"created"),typeof e.body!="string")throw he("body");if(!Array.isArray(e.attachments)||!e.attachments.every(Ne))throw he("attachments");let t={...e,attachments:[...e.attachments]};return ti(e,"recipients")&&(t.recipients=[...e.recipients]),t}function Js(e,t,n){let r=pn(e.payloadType,e.payload);if(!e.signatures.some(([o,i])=>o===t&&Fn(n,r,i)))throw new C("message-bad-signature","no valid signature by the message's author")}function Sm(e,t,n,r){let o=$t(e,eo),i=Sd(o.value);if(i.type!==zm)throw new C("message-invalid","type");if(i.team!==n)throw new C("message-wrong-team");if(i.mailbox!==r)throw new C("message-wrong-mailbox");let s=t.members.find(a=>a.id===i.member);if(!s)throw new C("message-not-member",`${i.member} is not a member of the roster`);return Js(o,i.member,dt(s.sign)),i}function qm(e,t,n,r=t.head.roster.seq){let o=t.head.roster.seq;if(!Number.isSafeInteger(r)||r<1||r>o)throw new C("message-invalid","reply posted under a roster this chain does not have");let s=Sd($t(e,eo).value).roster_seq??r;if(s<1||s>r)throw new C("message-invalid","reply names a roster newer than its posting");let a=t.rosters.find(f=>f.roster.seq===s);if(!a)throw new C("message-invalid","reply names an unknown roster");let c=Sm(e,a.roster,t.fingerprint,n),l=a.roster.members.find(f=>f.id===c.member);for(let f of t.rosters){let p=f.roster.seq;if(p>s&&p<=r){let m=f.roster.members.find(h=>h.id===c.member);if(!m||m.sign!==l.sign)throw new C("message-former-key",`${c.member} no longer held this key when the reply was posted`)}}let d=t.head.roster.members.find(f=>f.id===c.member),u=d?d.sign===l.sign?"member":"former-key":"former-member";return{reply:c,name:l.name,standing:u}}function qd(e){return e.standing==="former-member"?`${e.name} (former member)`:e.standing==="former-key"?`${e.name} (former key)`:e.name}function jd(e){let t=e.reduce((r,o)=>Math.max(r,o),0),n=[];for(let r=1;r<=t;r++)e.includes(r)||n.push(r);return n}function Ad(e,t,n){let r=pn(e,t);return{payload:Pt(t),payloadType:e,signatures:n.map(([o,i])=>({keyid:o,sig:Pt(yo(i,r))}))}}function Td(e,t,n,r,o,i=[],s=null){let a={type:zd,team:e,mailbox:t,thread:ri(t),seq:n,created:r,body:o,attachments:[...i]};return s&&(a.recipients=Ws(s)),a}function Bd(e,t){return Ad(On,zt(e),[[`mbx:${e.mailbox}`,t]])}function oi(e,t){let n=$t(e,On),r=$m(n.value);if(r.type!==zd)throw new C("message-invalid","type");if(r.team!==t)throw new C("message-wrong-team");if(r.thread!==ri(r.mailbox))throw new C("message-wrong-mailbox");let o=Vn(r.mailbox);if(!go(o))throw new C("message-bad-signature");return Js(n,`mbx:${r.mailbox}`,o),r}function jm(e){if(Ce(e,["type","team","mailbox","thread","roster_seq","created","recipients","left_out"],[],he),typeof e.type!="string")throw he("type");if(!Ne(e.team))throw he("team");if(!Vn(e.mailbox))throw he("mailbox");if(!Ne(e.thread))throw he("thread");if(!tt(e.roster_seq))throw he("roster_seq");return Ys(e.created,"created"),{...e,recipients:ni(e.recipients,"recipients"),left_out:ni(e.left_out,"left_out")}}function _d(e,t,n,r,o){return{type:$d,team:e,mailbox:t,thread:ri(t),roster_seq:n.seq,created:r,recipients:Ws(o),left_out:Ws(n.members.map(i=>i.id).filter(i=>!o.includes(i)))}}function Od(e,t){return Ad(Rn,zt(e),[[`mbx:${e.mailbox}`,t]])}function Rd(e,t,n){let r=$t(e,Rn),o=jm(r.value);if(o.type!==$d)throw new C("message-invalid","type");if(o.team!==t)throw new C("message-wrong-team");if(o.mailbox!==n||o.thread!==ri(n))throw new C("message-wrong-mailbox");let i=Vn(n);if(!go(i))throw new C("message-bad-signature");return Js(r,`mbx:${n}`,i),o}function Ld(e,t,n,r=[]){if(!e&&!t)return null;let o=[...e?e.recipients:[],...t||[]],i=s=>e&&e.left_out.includes(s)||r.includes(s);return n.members.map(s=>s.id).filter(s=>o.includes(s)&&!i(s))}function Nd(e,t=[]){return[...e,...t].reduce((n,r)=>Math.max(n,r),0)+1}var Am=16<<20;async function Cd(e,t,n){let r=[],o=[];for(let i of Array.isArray(e)?e:[])try{let s=Et(i&&typeof i.data=="string"?i.data:"");if(!s)throw new Error("not base64");let a=await $n(s,[n.x25519Identity]);if(a.length>Am)throw new Error("the reply is too large");let c=Hn(a);if(c.header.kind!=="reply")throw new Error("not a reply");if(!c.header.signed)throw new Error("unsigned");let l=i&&Number.isSafeInteger(i.roster_seq)?i.roster_seq:t.head.roster.seq,d=qm(c.header.signed,t,n.mailbox,l);r.push({...d,day:i.day})}catch(s){o.push(`a message that failed verification was ignored (${s.code||s.message})`)}return r.sort((i,s)=>i.reply.seq-s.reply.seq),{shown:r,problems:o}}var Id={cache:"no-store",credentials:"omit",redirect:"error",referrerPolicy:"no-referrer"};async function Vs(e,t,n,r){let o={kind:"own",created:r,roster_seq:n,recipients:[],delete_token:vr().text,via:"client",signed:t,attachments:[]};return od([e.x25519Recipient],await al(o,[]))}async function Xs(e,t,n=null){let r=`/v1/mailboxes/${e.mailbox}/own`,o=Ir({method:"POST",target:r,body:t,keyid:`mbx:${e.mailbox}`,seed:e.ed25519Seed});o["Content-Type"]="application/octet-stream",n&&(o["Dropbox-Upload-Token"]=n);let i=await fetch(r,{...Id,method:"POST",headers:o,body:t});if(i.status!==201){let s="";try{s=(await i.json()).message||""}catch{}throw new Error(`the drop box answered ${i.status}${s?`: ${s}`:""}`)}}async function Md(e,t,n,r,o,i){let s=n;if(!s){let l=Ue(32);s=Jo(l),l.fill(0)}let a=_d(e,s.mailbox,t,o,r),c=await Vs(s,Od(a,s.ed25519Seed),t.seq,o);await Xs(s,c,i)}async function Ud(e){let t=`/v1/mailboxes/${e.mailbox}/own`,n=Ir({method:"GET",target:t,keyid:`mbx:${e.mailbox}`,seed:e.ed25519Seed}),r=await fetch(t,{...Id,headers:n});if(r.status!==200)throw new Error(`the drop box answered ${r.status} for your conversation's record`);return r.json()}async function Pd(e,t,n){let r={record:null,followups:[],problems:[]};for(let o of Array.isArray(e)?e:[])try{let i=Et(o&&typeof o.data=="string"?o.data:"");if(!i)throw new Error("not base64");let s=Hn(await $n(i,[n.x25519Identity]));if(s.header.kind!=="own"||s.attachments.length)throw new Error("not an item of your own log");let a=s.header.signed;if(a.payloadType===Rn){let c=Rd(a,t,n.mailbox);r.record||(r.record=c)}else if(a.payloadType===On){let c=oi(a,t);if(c.mailbox!==n.mailbox)throw new Error("a follow-up of another mailbox");r.followups.push(c)}else throw new Error("unexpected item")}catch(i){r.problems.push(`an item of your own log was ignored (${i.code||i.message})`)}return r}var bt=class{constructor(t){this.value=t}valueOf(){return this.value}},ue=class extends bt{constructor(t="???"){super(t)}toString(t){return`{${this.value}}`}},Fe=class extends bt{constructor(t,n={}){super(t),this.opts=n}toString(t){if(t)try{return t.memoizeIntlObject(Intl.NumberFormat,this.opts).format(this.value)}catch(n){t.reportError(n)}return this.value.toString(10)}},wt=class e extends bt{static supportsValue(t){if(typeof t=="number"||t instanceof Date)return!0;if(t instanceof bt)return e.supportsValue(t.valueOf());if("Temporal"in globalThis){let n=globalThis.Temporal;if(t instanceof n.Instant||t instanceof n.PlainDateTime||t instanceof n.PlainDate||t instanceof n.PlainMonthDay||t instanceof n.PlainTime||t instanceof n.PlainYearMonth)return!0}return!1}constructor(t,n={}){t instanceof e?(n={...t.opts,...n},t=t.value):t instanceof bt&&(t=t.valueOf()),typeof t=="object"&&"calendarId"in t&&n.calendar===void 0&&(n={...n,calendar:t.calendarId}),super(t),this.opts=n}[Symbol.toPrimitive](t){return t==="string"?this.toString():this.toNumber()}toNumber(){let t=this.value;if(typeof t=="number")return t;if(t instanceof Date)return t.getTime();if("epochMilliseconds"in t)return t.epochMilliseconds;if("toZonedDateTime"in t)return t.toZonedDateTime("UTC").epochMilliseconds;throw new TypeError("Unwrapping a non-number value as a number")}toString(t){if(t)try{return t.memoizeIntlObject(Intl.DateTimeFormat,this.opts).format(this.value)}catch(n){t.reportError(n)}return typeof this.value=="number"||this.value instanceof Date?new Date(this.value).toISOString():this.value.toString()}};var Dd=100,Tm="⁨",Bm="⁩";function _m(e,t,n){if(n===t||n instanceof Fe&&t instanceof Fe&&n.value===t.value)return!0;if(t instanceof Fe&&typeof n=="string"){let r=e.memoizeIntlObject(Intl.PluralRules,t.opts).select(t.value);if(n===r)return!0}return!1}function Fd(e,t,n){return t[n]?Xn(e,t[n].value):(e.reportError(new RangeError("No default")),new ue)}function Zs(e,t){let n=[],r=Object.create(null);for(let o of t)o.type==="narg"?r[o.name]=Mr(e,o.value):n.push(Mr(e,o));return{positional:n,named:r}}function Mr(e,t){switch(t.type){case"str":return t.value;case"num":return new Fe(t.value,{minimumFractionDigits:t.precision});case"var":return Om(e,t);case"mesg":return Rm(e,t);case"term":return Lm(e,t);case"func":return Nm(e,t);case"select":return Cm(e,t);default:return new ue}}function Om(e,{name:t}){let n;if(e.params)if(Object.prototype.hasOwnProperty.call(e.params,t))n=e.params[t];else return new ue(`$${t}`);else if(e.args&&Object.prototype.hasOwnProperty.call(e.args,t))n=e.args[t];else return e.reportError(new ReferenceError(`Unknown variable: $${t}`)),new ue(`$${t}`);if(n instanceof bt)return n;switch(typeof n){case"string":return n;case"number":return new Fe(n);case"object":if(wt.supportsValue(n))return new wt(n);default:return e.reportError(new TypeError(`Variable type not supported: $${t}, ${typeof n}`)),new ue(`$${t}`)}}function Rm(e,{name:t,attr:n}){let r=e.bundle._messages.get(t);if(!r)return e.reportError(new ReferenceError(`Unknown message: ${t}`)),new ue(t);if(n){let o=r.attributes[n];return o?Xn(e,o):(e.reportError(new ReferenceError(`Unknown attribute: ${n}`)),new ue(`${t}.${n}`))}return r.value?Xn(e,r.value):(e.reportError(new ReferenceError(`No value: ${t}`)),new ue(t))}function Lm(e,{name:t,attr:n,args:r}){let o=`-${t}`,i=e.bundle._terms.get(o);if(!i)return e.reportError(new ReferenceError(`Unknown term: ${o}`)),new ue(o);if(n){let a=i.attributes[n];if(a){e.params=Zs(e,r).named;let c=Xn(e,a);return e.params=null,c}return e.reportError(new ReferenceError(`Unknown attribute: ${n}`)),new ue(`${o}.${n}`)}e.params=Zs(e,r).named;let s=Xn(e,i.value);return e.params=null,s}function Nm(e,{name:t,args:n}){let r=e.bundle._functions[t];if(!r)return e.reportError(new ReferenceError(`Unknown function: ${t}()`)),new ue(`${t}()`);if(typeof r!="function")return e.reportError(new TypeError(`Function ${t}() is not callable`)),new ue(`${t}()`);try{let o=Zs(e,n);return r(o.positional,o.named)}catch(o){return e.reportError(o),new ue(`${t}()`)}}function Cm(e,{selector:t,variants:n,star:r}){let o=Mr(e,t);if(o instanceof ue)return Fd(e,n,r);for(let i of n){let s=Mr(e,i.key);if(_m(e,o,s))return Xn(e,i.value)}return Fd(e,n,r)}function Qs(e,t){if(e.dirty.has(t))return e.reportError(new RangeError("Cyclic reference")),new ue;e.dirty.add(t);let n=[],r=e.bundle._useIsolating&&t.length>1;for(let o of t){if(typeof o=="string"){n.push(e.bundle._transform(o));continue}if(e.placeables++,e.placeables>Dd)throw e.dirty.delete(t),new RangeError(`Too many placeables expanded: ${e.placeables}, max allowed is ${Dd}`);r&&n.push(Tm),n.push(Mr(e,o).toString(e)),r&&n.push(Bm)}return e.dirty.delete(t),n.join("")}function Xn(e,t){return typeof t=="string"?e.bundle._transform(t):Qs(e,t)}var ii=class{constructor(t,n,r){this.dirty=new WeakSet,this.params=null,this.placeables=0,this.bundle=t,this.errors=n,this.args=r}reportError(t){if(!this.errors||!(t instanceof Error))throw t;this.errors.push(t)}memoizeIntlObject(t,n){let r=this.bundle._intls.get(t);r||(r={},this.bundle._intls.set(t,r));let o=JSON.stringify(n);return r[o]||(r[o]=new t(this.bundle.locales,n)),r[o]}};function ea(e,t){let n=Object.create(null);for(let[r,o]of Object.entries(e))t.includes(r)&&(n[r]=o.valueOf());return n}var Kd=["unitDisplay","currencyDisplay","useGrouping","minimumIntegerDigits","minimumFractionDigits","maximumFractionDigits","minimumSignificantDigits","maximumSignificantDigits"];function Hd(e,t){let n=e[0];if(n instanceof ue)return new ue(`NUMBER(${n.valueOf()})`);if(n instanceof Fe)return new Fe(n.valueOf(),{...n.opts,...ea(t,Kd)});if(n instanceof wt)return new Fe(n.toNumber(),{...ea(t,Kd)});throw new TypeError("Invalid argument to NUMBER")}var Im=["dateStyle","timeStyle","fractionalSecondDigits","dayPeriod","hour12","weekday","era","year","month","day","hour","minute","second","timeZoneName"];function Gd(e,t){let n=e[0];if(n instanceof ue)return new ue(`DATETIME(${n.valueOf()})`);if(n instanceof wt||n instanceof Fe)return new wt(n,ea(t,Im));throw new TypeError("Invalid argument to DATETIME")}var Wd=new Map;function Yd(e){let t=Array.isArray(e)?e.join(" "):e,n=Wd.get(t);return n===void 0&&(n=new Map,Wd.set(t,n)),n}var Ur=class{constructor(t,{functions:n,useIsolating:r=!0,transform:o=i=>i}={}){this._terms=new Map,this._messages=new Map,this.locales=Array.isArray(t)?t:[t],this._functions={NUMBER:Hd,DATETIME:Gd,...n},this._useIsolating=r,this._transform=o,this._intls=Yd(t)}hasMessage(t){return this._messages.has(t)}getMessage(t){return this._messages.get(t)}addResource(t,{allowOverrides:n=!1}={}){let r=[];for(let o=0;o<t.body.length;o++){let i=t.body[o];if(i.id.startsWith("-")){if(n===!1&&this._terms.has(i.id)){r.push(new Error(`Attempt to override an existing term: "${i.id}"`));continue}this._terms.set(i.id,i)}else{if(n===!1&&this._messages.has(i.id)){r.push(new Error(`Attempt to override an existing message: "${i.id}"`));continue}this._messages.set(i.id,i)}}return r}formatPattern(t,n=null,r=null){if(typeof t=="string")return this._transform(t);let o=new ii(this,r,n);try{return Qs(o,t).toString(o)}catch(i){if(o.errors&&i instanceof Error)return o.errors.push(i),new ue().toString(o);throw i}}};var ta=/^(-?[a-zA-Z][\w-]*) *= */gm,Jd=/\.([a-zA-Z][\w-]*) *= */y,Mm=/\*?\[/y,na=/(-?[0-9]+(?:\.([0-9]+))?)/y,Um=/([a-zA-Z][\w-]*)/y,Vd=/([$-])?([a-zA-Z][\w-]*)(?:\.([a-zA-Z][\w-]*))?/y,Pm=/^[A-Z][A-Z0-9_-]*$/,si=/([^{}\n\r]+)/y,Dm=/([^\\"\n\r]*)/y,Xd=/\\([\\"])/y,Zd=/\\u([a-fA-F0-9]{4})|\\U([a-fA-F0-9]{6})/y,Fm=/^\n+/,Qd=/ +$/,Km=/ *\r?\n/g,Hm=/( *)$/,Gm=/{\s*/y,eu=/\s*}/y,Wm=/\[\s*/y,Ym=/\s*] */y,Jm=/\s*\(\s*/y,Vm=/\s*->\s*/y,Xm=/\s*:\s*/y,Zm=/\s*,?\s*/y,Qm=/\s+/y,Pr=class{constructor(t){this.body=[],ta.lastIndex=0;let n=0;for(;;){let b=ta.exec(t);if(b===null)break;n=ta.lastIndex;try{this.body.push(c(b[1]))}catch(k){if(k instanceof SyntaxError)continue;throw k}}function r(b){return b.lastIndex=n,b.test(t)}function o(b,k){if(t[n]===b)return n++,!0;if(k)throw new k(`Expected ${b}`);return!1}function i(b,k){if(r(b))return n=b.lastIndex,!0;if(k)throw new k(`Expected ${b.toString()}`);return!1}function s(b){b.lastIndex=n;let k=b.exec(t);if(k===null)throw new SyntaxError(`Expected ${b.toString()}`);return n=b.lastIndex,k}function a(b){return s(b)[1]}function c(b){let k=d(),q=l();if(k===null&&Object.keys(q).length===0)throw new SyntaxError("Expected message value or attributes");return{id:b,value:k,attributes:q}}function l(){let b=Object.create(null);for(;r(Jd);){let k=a(Jd),q=d();if(q===null)throw new SyntaxError("Expected attribute value");b[k]=q}return b}function d(){let b;if(r(si)&&(b=a(si)),t[n]==="{"||t[n]==="}")return u(b?[b]:[],1/0);let k=E();return k?b?u([b,k],k.length):(k.value=B(k.value,Fm),u([k],k.length)):b?B(b,Qd):null}function u(b=[],k){for(;;){if(r(si)){b.push(a(si));continue}if(t[n]==="{"){b.push(f());continue}if(t[n]==="}")throw new SyntaxError("Unbalanced closing brace");let S=E();if(S){b.push(S),k=Math.min(k,S.length);continue}break}let q=b.length-1,M=b[q];typeof M=="string"&&(b[q]=B(M,Qd));let _=[];for(let S of b)S instanceof ai&&(S=S.value.slice(0,S.value.length-k)),S&&_.push(S);return _}function f(){i(Gm,SyntaxError);let b=p();if(i(eu))return b;if(i(Vm)){let k=g();return i(eu,SyntaxError),{type:"select",selector:b,...k}}throw new SyntaxError("Unclosed placeable")}function p(){if(t[n]==="{")return f();if(r(Vd)){let[,b,k,q=null]=s(Vd);if(b==="$")return{type:"var",name:k};if(i(Jm)){let M=m();if(b==="-")return{type:"term",name:k,attr:q,args:M};if(Pm.test(k))return{type:"func",name:k,args:M};throw new SyntaxError("Function names must be all upper-case")}return b==="-"?{type:"term",name:k,attr:q,args:[]}:{type:"mesg",name:k,attr:q}}return y()}function m(){let b=[];for(;;){switch(t[n]){case")":return n++,b;case void 0:throw new SyntaxError("Unclosed argument list")}b.push(h()),i(Zm)}}function h(){let b=p();return b.type!=="mesg"?b:i(Xm)?{type:"narg",name:b.name,value:y()}:b}function g(){let b=[],k=0,q;for(;r(Mm);){o("*")&&(q=k);let M=x(),_=d();if(_===null)throw new SyntaxError("Expected variant value");b[k++]={key:M,value:_}}if(k===0)return null;if(q===void 0)throw new SyntaxError("Expected default variant");return{variants:b,star:q}}function x(){i(Wm,SyntaxError);let b;return r(na)?b=w():b={type:"str",value:a(Um)},i(Ym,SyntaxError),b}function y(){if(r(na))return w();if(t[n]==='"')return z();throw new SyntaxError("Invalid expression")}function w(){let[,b,k=""]=s(na),q=k.length;return{type:"num",value:parseFloat(b),precision:q}}function z(){o('"',SyntaxError);let b="";for(;;){if(b+=a(Dm),t[n]==="\\"){b+=T();continue}if(o('"'))return{type:"str",value:b};throw new SyntaxError("Unclosed string literal")}}function T(){if(r(Xd))return a(Xd);if(r(Zd)){let[,b,k]=s(Zd),q=parseInt(b||k,16);return q<=55295||57344<=q?String.fromCodePoint(q):"�"}throw new SyntaxError("Unknown escape sequence")}function E(){let b=n;switch(i(Qm),t[n]){case".":case"[":case"*":case"}":case void 0:return!1;case"{":return L(t.slice(b,n))}return t[n-1]===" "?L(t.slice(b,n)):!1}function B(b,k){return b.replace(k,"")}function L(b){let k=b.replace(Km,`
`),q=Hm.exec(b)[1].length;return new ai(k,q)}}},ai=class{constructor(t,n){this.value=t,this.length=n}};var tu=`# Arabic. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

page-title = صندوق البلاغات
language-label = اللغة

## Without JavaScript

noscript-needs-js = تحتاج هذه الصفحة إلى JavaScript لتشفير بلاغك داخل متصفحك. عند إيقاف JavaScript لا يعمل شيء في هذه الصفحة: لا يستطيع متصفحك التشفير، فلا يُرسَل شيء.
noscript-nojs = إذا فعّله المشغّل، يعمل نموذج نصي فقط دون JavaScript، لكن الخادم هو الذي يشفّر ما تكتبه فيه، لذا يستطيع مشغّل الخادم قراءته. لا يقبل مرفقات ولا يمنحك اسمًا رمزيًا لتلقي الردود.
noscript-nojs-link = النموذج النصي (يستطيع مشغّل الخادم قراءته)
noscript-cli = أكثر الطرق أمانًا للإبلاغ هي أداة سطر الأوامر dropbox-submit، التي تشفّر على حاسوبك أنت.
noscript-other-languages = لغات أخرى

## The team and its roster

trust-heading = من سيقرأ بلاغك
team-ask = لم يتضمن هذا الرابط بصمة الفريق. انسخها من موقع الفريق نفسه (64 حرفًا ورقمًا) والصقها هنا.
team-input-label = بصمة الفريق
team-check = تحقّق من الفريق
team-name-label = الفريق
roster-seq-label = القائمة
roster-head-label = بصمة رأس القائمة
team-fp-label = البصمة
team-compare = قارن رقم القائمة وبصمة رأسها بما ينشره الفريق، إن استطعت. يتغيّران عندما يتغيّر أعضاء الفريق.
trust-readers = { $count ->
    [zero] لا يمكن لأي عضو قراءة بلاغك.
    [one] يمكن لعضو واحد من الفريق قراءة بلاغك. تراه أدناه.
    [two] يمكن لعضوين من الفريق قراءة بلاغك، ما لم تستبعد أحدهما أدناه.
    [few] يمكن لـ { $count } أعضاء من الفريق قراءة بلاغك، ما لم تستبعد بعضهم أدناه.
   *[other] يمكن لـ { $count } عضوًا من الفريق قراءة بلاغك، ما لم تستبعد بعضهم أدناه.
  }
trust-server = لا يستطيع خادم صندوق البلاغات قراءة بلاغك، ولا معرفة من استبعدت أو هل طلبت ردودًا. يرى يوم وصوله وحجمه مقرّبًا إلى الأعلى؛ ومن دون Tor Browser يرى أيضًا عنوان شبكتك ما دمت متصلًا.
status-checking = جارٍ التحقق من قائمة أعضاء الفريق…
status-roster-bad = قائمة أعضاء الفريق لا تجتاز التحقق ({ $detail }). لا ترسل شيئًا هنا: تحقّق من البصمة على موقع الفريق نفسه.
status-roster-ok = قائمة أعضاء الفريق صحيحة: موقّعة من مسؤولي الفريق، انطلاقًا من البصمة التي في رابطك.
status-bad-fingerprint = بصمة الفريق مؤلفة من 64 حرفًا (a–f) ورقمًا.
origin-warning = تحذير: هذا العنوان ({ $origin }) ليس من العناوين التي نشرها الفريق ({ $endpoints }). تأكّد من أنك وصلت إلى صندوق البلاغات الصحيح.
onion-notice-onion = أنت لا تستخدم عنوان ‎.onion الخاص بصندوق البلاغات. تستطيع شبكتك وشبكة الخادم أن ترى أنك زرت هذا الموقع. لمزيد من الأمان، افتح عنوان ‎.onion الخاص بالفريق في متصفح Tor.
onion-notice-tor = أنت لا تستخدم عنوان ‎.onion الخاص بصندوق البلاغات. تستطيع شبكتك وشبكة الخادم أن ترى أنك زرت هذا الموقع. لمزيد من الأمان، استخدم متصفح Tor.

## The report form

report-heading = بلاغك
field-title = العنوان
field-body = البلاغ
field-category = الفئة
category-none = (بلا فئة)
field-severity = ما مدى خطورته في رأيك؟
severity-none = (بلا تقدير)
severity-critical = حرجة
severity-high = عالية
severity-medium = متوسطة
severity-low = منخفضة
field-contact = بيانات الاتصال (اختيارية)
field-credit = كيف نذكر اسمك (اختياري؛ اتركه فارغًا إن لم ترد أن يُذكر)
field-attachments = المرفقات
attachments-note = قبل التشفير تُزال البيانات الوصفية المخفية (موقع الصورة، والكاميرا، والأوقات، والمؤلف، والتعليقات) من صور JPEG وPNG. أما الملفات الأخرى فتُرسَل كما هي: أزل منها هذه البيانات بنفسك. يمكنك إعادة تسمية كل ملف أدناه.
recipients-legend = من يمكنه قراءته
recipients-note = كل من عليه علامة يمكنه قراءة بلاغك. العضو الذي تزيل علامته لا يحصل على مفتاح له: لا يستطيع قراءة البلاغ ولا مرفقاته ولا رسائل اسمك الرمزي، ولا يُظهر الملف من استُبعد. لكنه يستطيع، مثل كل عضو ومثل الخادم، أن يرى أن بلاغًا وصل، وفي أي يوم، وحجمه التقريبي؛ ويمكن للأعضاء الذين اخترتهم أن يخبروه به. يجب أن يبقى عضو واحد على الأقل.
recipients-at-least-one = يجب أن يتمكن عضو واحد على الأقل من قراءة بلاغك.
replies-checkbox = أريد أن أتلقى ردودًا
replies-note = إذا اخترت هذا، تُنشئ الصفحة اسمًا رمزيًا (ثماني كلمات) بعد الإرسال. اكتبه: إنه الطريقة الوحيدة لقراءة ردود الفريق، ولا يُعرض إلا مرة واحدة.
send-button = أرسل البلاغ

## Before you send

guide-heading = قبل أن ترسل
guide-tor = استخدم متصفح Tor: فهو يخفي عن صندوق البلاغات هذا وعن شبكتك من أنت وأين أنت؛ أما المتصفح العادي فلا يفعل.
guide-metadata = قد تكشفك الملفات: الأسماء والأماكن والأوقات داخل المستندات والصور، والتفاصيل التي لا يعرفها إلا قلة. أزل ما تستطيع؛ هذه الصفحة لا تنظّف إلا صور JPEG وPNG.
guide-codename = إذا طلبت ردودًا، فاكتب الاسم الرمزي واحفظه في مكان آمن، لا في هذا المتصفح. من يملكه يستطيع قراءة الردود؛ وإن أضعته فلا أحد يستطيع إعادته إليك.

## Attachments

attachment-name = اسم المرفق { $n } ({ $size ->
    [zero] { $size } بايت
    [one] بايت واحد
    [two] بايتان
    [few] { $size } بايتات
   *[other] { $size } بايت
  })
attachment-checking = جارٍ البحث عن بيانات وصفية مخفية…
attachment-as-is = يُرسَل كما هو: لا تزيل هذه الصفحة البيانات الوصفية إلا من صور JPEG وPNG، فتبقى الأسماء والأماكن وسجل التعديل الموجودة داخل هذا الملف فيه.
attachment-too-large = صورة { $kind } هذه أكبر من أن تُفحص هنا بحثًا عن بيانات وصفية مخفية؛ أزل بياناتها الوصفية بنفسك، أو لا ترفقها.
attachment-removed = أُزيل قبل التشفير: { $removed }.
attachment-clean = لم يُعثر على بيانات وصفية مخفية في هذه الصورة.
attachment-unreadable = يبدو هذا الملف صورة { $kind } لكن تعذّرت قراءته ({ $detail })، فلم يمكن إزالة بياناته الوصفية المخفية. لا ترفقه، أو أصلحه أولًا.

## Sending a report

error-no-recipient = اختر عضوًا واحدًا على الأقل ليقرأ بلاغك.
error-empty = البلاغ فارغ: اكتب شيئًا أو أرفق ملفًا.
error-file = { $name }: { $problem }
error-too-large = المرفقات أكبر مما يقبله صندوق البلاغات هذا (على الأكثر { $max } بايت إجمالًا).
error-encrypted-too-large = البلاغ المشفّر أكبر مما يقبله صندوق البلاغات هذا
error-worker = تعطّل العامل الخلفي للصفحة
error-no-drop-key = ليس لدى { $name } اليوم مفتاح إيداع صالح، وتقارير هذا الفريق تُشفَّر لمفاتيح الإيداع فقط؛ استبعد { $name } أو أعد المحاولة بعد أن يُجري المزامنة
error-drop-keys-unavailable = لم يقدّم صندوق الإيداع مفاتيح الإيداع (HTTP { $status })؛ أعد المحاولة لاحقًا
progress-heading = جارٍ الإرسال
progress-bar =
    .aria-label = التقدّم
progress-keys = جارٍ إنشاء مفاتيح اسمك الرمزي…
progress-keys-percent = جارٍ إنشاء مفاتيح اسمك الرمزي… { $percent }٪
progress-no-worker = العمّال الخلفيون (Web Workers) غير متاحين؛ يجري العمل في هذه الصفحة، وقد تتجمّد لبعض الوقت…
progress-sending = جارٍ التشفير والإرسال…
progress-sending-bytes = جارٍ التشفير والإرسال… { $percent }٪ ({ $sent } من { $total } بايت)
status-puzzle = جارٍ حل أحجية الخادم المضادة للإغراق ({ $bits } بت)…
status-resuming = انقطع الاتصال؛ جارٍ الاستئناف (المحاولة { $attempt } من { $retries })…
sent = أُرسل.
sent-uncertain = انقطع الاتصال في اللحظة الأخيرة؛ الأرجح أن بلاغك قد وصل.
sent-record-note = ملاحظة: لم يُحفظ سجل من يمكنه قراءة محادثتك ({ $detail })؛ يمكنك إرسال رسائل المتابعة بعد أن يردّ الفريق.
send-failed = فشل الإرسال: { $detail }. لم يُؤكَّد استلام شيء؛ يمكنك المحاولة مجددًا.

## The receipt and the codename

done-heading = وصل بلاغك
receipt-text = الإيصال (sha256 لما أُرسل بالضبط؛ يرى الفريق الرقم نفسه):
receipt-output =
    .aria-label = الإيصال
codename-heading = اسمك الرمزي
codename-keep = اكتبه واحفظه سرًا؛ لا يُعرض إلا مرة واحدة.
codename-output =
    .aria-label = الاسم الرمزي
codename-note = به تستطيع أنت، وأنت وحدك، قراءة ردود الفريق، أدناه تحت «التحقق من الردود» أو بالأمر dropbox-submit replies.
left-out = مستبعَدون: { $names }. لا يستطيعون قراءة هذا البلاغ.

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = قبل أن ترسل: ما الذي يحدث لبلاغك
consent-where = أين يُحفظ: يُشفَّر أولًا في هذا المتصفح، ثم يبقى مشفَّرًا في صندوق الإيداع هذا حتى يستلمه الفريق، ثم في مخزن القضايا المشفَّر لدى كل عضو يستطيع قراءته. لا يستطيع مشغّل صندوق الإيداع قراءته.
consent-server = إلى متى: يحذفه صندوق الإيداع بعد مرور { $all } من الأيام على استلام كل القرّاء له، أو بعد { $first } من الأيام على أول استلام، أيهما أسبق، وبعد { $none } من الأيام إن لم يستلمه أحد. تُحذف ردود الفريق عليك من صندوق الإيداع بعد { $read } من الأيام على قراءتك لها، أو بعد { $reply } من الأيام على كتابتها.
consent-team = يحذف الفريق القضية بعد { $close } من الأيام على إغلاقها (ما لم يضطر عضو إلى الاحتفاظ بها مدة أطول، لحفظ قانوني أو إفصاح جارٍ)، وتبقى نسخها الاحتياطية مقروءة مدة { $backup } من الأيام.
consent-dropkeys = يُشفَّر بمفاتيح قصيرة العمر يتلفها كل قارئ بعد انقضاء نافذته البالغة { $days } من الأيام ونافذة أخرى بعدها: بعد ذلك لا يستطيع أحد، ولا الفريق نفسه، فتح أي نسخة من الرفع المشفَّر.
consent-dropkeys-codename = الاستثناء هو اسمك الرمزي: من يملكه يستطيع فتح النسخة الموجودة في صندوق البلاغات ما دام الصندوق يحتفظ بها، وأي نسخة تحفظها.
consent-readers = من يستطيع قراءته: { $names }.
consent-left-out = المستبعَدون: { $names }. لا يستطيعون قراءته ولا قراءة أي شيء يستخلصه الفريق منه.
consent-contact-given = لا يستخدم بيانات الاتصال بك إلا الفريق، للتواصل معك بشأن هذا البلاغ.
consent-contact-none = لم تعطِ بيانات اتصال: لا يستطيع الفريق التواصل معك إلا عبر الردود على اسم رمزي.
consent-credit-given = سطر الإشادة هو الاسم الذي يذكرك به الفريق إن شكرك علنًا على هذا البلاغ.
consent-credit-none = لم تطلب الإشادة بك: لن يذكر الفريق اسمك.
consent-tlp = قد يشارك الفريق البلاغ مع طرف متأثر (مثل صانع البرنامج أو الجهة المعنية)، مشفَّرًا لذلك الطرف وفي حدود ما يسمح به وسم TLP فقط؛ ولا تُرسل بيانات الاتصال بك ولا الإشادة إلا إن اختار الفريق إدراجها.
consent-codename = باسمك الرمزي تستطيع قراءة ردود الفريق وإرسال متابعات وسحب البلاغ لاحقًا.
consent-no-codename = من دون اسم رمزي لن تستطيع سحب هذا البلاغ لاحقًا ولا قراءة الردود ولا إرسال متابعات.
consent-nothing-sent = لا يُرسَل شيء من هذه الموافقة: يُرسَل البلاغ المشفَّر وحده.
consent-agree = أوافق: شفّر وأرسل
consent-back = العودة إلى البلاغ
copy-save = احفظ نسخة مما أُرسل
copy-note = الملف المشفَّر كما رُفع تمامًا: لا يفتحه إلا اسمك الرمزي (dropbox-submit open الملف). احفظه، كالاسم الرمزي، بعيدًا عن كل من يجب ألا يعرف أنك أبلغت.

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = قبل أن ترسل: ما الذي يحدث لمتابعتك
consent-followup-back = العودة إلى المتابعة
consent-followup-tlp = قد يشارك الفريق المتابعة مع طرف متأثر، مشفَّرةً لذلك الطرف وفي حدود ما يسمح به وسم TLP الخاص بالقضية فقط.
consent-followup-nothing-sent = لا يُرسَل شيء من هذه الموافقة: تُرسَل المتابعة المشفَّرة وحدها.
followup-copy-save = احفظ نسخة من هذه المتابعة
own-report = أنت (البلاغ)، { $day }:
conversation-copies-label = أضف النسخ التي حفظتها (بلاغك، متابعاتك)
conversation-copies-note = تُفتح في هذا المتصفح باسمك الرمزي؛ ولا يُرفع أي شيء.
conversation-export = صدّر المحادثة
copy-unreadable = تعذّرت قراءة { $name }: { $detail }
copy-other-codename = إنها تخص محادثة اسم رمزي آخر
copy-not-yours = لا تحوي بلاغًا أو متابعة منك

## Checking replies and sending follow-ups

replies-heading = التحقق من الردود
replies-intro = إذا أرسلت بلاغًا باسم رمزي، فأدخله هنا لتقرأ ردود الفريق وتكتب إليه. يُتحقَّق من كل ردّ بمقارنته بقائمة أعضاء الفريق؛ وتُظهر الصفحة أي عضو كتبه.
check-codename-label = الاسم الرمزي للتحقق من الردود
check-note = ثماني كلمات، كما عرضتها الصفحة بعد إرسال بلاغك.
check-button = تحقّق من الردود
codename-word-count = الاسم الرمزي ثماني كلمات بالضبط؛ هذا فيه { $count }.
codename-unknown-word = الكلمة { $n } من الاسم الرمزي ليست في قائمة الكلمات؛ تحقّق من تهجئتها.
check-deriving = جارٍ اشتقاق مفاتيح اسمك الرمزي…
check-deriving-percent = جارٍ اشتقاق مفاتيح اسمك الرمزي… { $percent }٪
check-fetching = جارٍ جلب صندوق بريدك…
check-mailbox-refused = أجاب صندوق البلاغات بـ { $status } عن صندوق بريدك
check-mailbox-refused-message = أجاب صندوق البلاغات بـ { $status } عن صندوق بريدك: { $message }
check-verifying = جارٍ التحقق من توقيع كل ردّ…
check-verified = { $count ->
    [zero] لا ردود متحقَّق منها.
    [one] ردّ واحد متحقَّق منه.
    [two] ردّان متحقَّق منهما.
    [few] { $count } ردود متحقَّق منها.
   *[other] { $count } ردًّا متحقَّقًا منه.
  }
check-failed = تعذّر التحقق من الردود: { $detail }.
conversation-heading = المحادثة
conversation-log =
    .aria-label = المحادثة
no-replies = لا ردود بعد.
reply-from = #{ $seq } من { $author } ({ $member })، { $day }:
own-followup = أنت (متابعة #{ $seq })، { $day }:
own-followup-now = أنت (متابعة #{ $seq }، أُرسلت الآن)، { $day }:
sent-files = { $count ->
    [one] ملف واحد: { $names }
    [two] ملفان: { $names }
    [few] { $count } ملفات: { $names }
   *[other] { $count } ملفًا: { $names }
  }
reply-missing = { $count ->
    [one] الرد { $list } مفقود: ربما حجبه الخادم، أو انتهت صلاحيته.
   *[other] الردود { $list } مفقودة: ربما حجبها الخادم، أو انتهت صلاحيتها.
  }
reply-problem = تحذير: { $problem }. قد يكون مزوّرًا؛ لذلك لا يُعرض.
followup-unavailable-none = لا يمكنك إرسال متابعة هنا: لا سجل محادثتك ولا أي رد من الفريق يحدّد من يمكنه قراءتها (ربما انتهت صلاحيته). أرسل بلاغًا جديدًا بدلًا من ذلك، واختر قرّاءه.
followup-unavailable-empty = لا يستطيع أي عضو حالي في الفريق قراءة هذه المحادثة؛ لا يمكنك إرسال متابعة.
followup-label = متابعة
followup-seq-label = رقم هذه المتابعة (محسوب من صندوق بريدك)
followup-files-label = ملفات تضاف إلى المتابعة
followup-files-note = كما في البلاغ: تُزال البيانات الوصفية المخفية من صور JPEG وPNG قبل التشفير؛ وتُرسَل الملفات الأخرى كما هي.
followup-recipients-note = العضو الذي تزيل علامته لا يحصل على مفتاح لهذه الرسالة؛ يجب أن يبقى واحد على الأقل. لا يُعرض أبدًا الأعضاء الذين استبعدهم بلاغك.
followup-to = متابعة إلى { $name }
followup-left-out = مستبعَدون من هذه المحادثة كما اختار بلاغك: { $names }.
followup-send = أرسل المتابعة
followup-done = وصلت المتابعة. الإيصال:
followup-receipt =
    .aria-label = إقرار استلام متابعتك
followup-check-first = تحقّق من ردودك باسمك الرمزي أولًا.
followup-empty = المتابعة فارغة.
followup-no-recipient = اختر عضوًا واحدًا على الأقل ليقرأ متابعتك.
followup-too-large = الملفات أكبر مما يقبله صندوق البلاغات هذا (على الأكثر { $max } بايت إجمالًا).
followup-encrypted-too-large = المتابعة المشفّرة أكبر مما يقبله صندوق البلاغات هذا
followup-fingerprinting = جارٍ حساب بصمات الملفات لتوقيعك…
followup-sending-percent = جارٍ الإرسال… { $percent }٪
followup-sent-uncertain = انقطع الاتصال في اللحظة الأخيرة؛ الأرجح أن متابعتك قد وصلت.
followup-copy-note = ملاحظة: لم تُحفظ نسختها في سجل محادثتك ({ $detail }).

## Staying safe

safety-heading = البقاء آمنًا
safety-tor = استخدم متصفح Tor وعنوان ‎.onion الخاص بصندوق البلاغات هذا إن استطعت. في مستوى الأمان «أكثر أمانًا» تظل هذه الصفحة تعمل (ببطء أكبر)؛ أما في «الأكثر أمانًا» فيكون JavaScript متوقفًا ولا تستطيع التشفير.
safety-nothing-stored = لا تخزّن هذه الصفحة شيئًا مما تكتبه: لا ملفات تعريف ارتباط، ولا تخزين محلي. أغلق علامة التبويب حين تنتهي.
safety-cli = إذا كنت معرّضًا لخطر كبير، فاستخدم بدلًا منها أداة سطر الأوامر dropbox-submit: فهي تجري التشفير نفسه على حاسوبك أنت، دون متصفح.

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = بلاغ بدون JavaScript
nojs-heading = بلاغ إلى { $team } بدون JavaScript
nojs-warning = تحذير: يستطيع مشغّل الخادم قراءة ما ترسله عبر هذا النموذج.
nojs-explain = يرسل متصفحك النص إلى الخادم، الذي يشفّره للفريق. للتشفير من طرف إلى طرف، استخدم الصفحة العادية مع تفعيل JavaScript، أو أداة سطر الأوامر dropbox-submit.
nojs-text-only = نص فقط (64 كيلوبايت على الأكثر): بلا مرفقات وبلا اسم رمزي، لذا لا يستطيع الفريق الرد عليك هنا.
nojs-received-heading = تم استلام البلاغ
nojs-receipt = الإيصال (sha256 للبلاغ المشفّر):
nojs-keep-receipt = احتفظ به إن أردت أن تثبت لاحقًا أنك أرسلت هذا البلاغ.
nojs-too-large = يقبل النموذج 64 كيلوبايت من النص على الأكثر. لم يُرسَل شيء: اختصر البلاغ وأرسله مجددًا.
nojs-empty = نص البلاغ فارغ. لم يُرسَل شيء: اكتب ما حدث وأرسله مجددًا.
nojs-failed = تعذّر على صندوق البلاغات حفظ بلاغك ({ $detail }). لم يُحفَظ شيء؛ حاول لاحقًا.
nojs-back = العودة إلى النموذج
`;var nu=`# German. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

page-title = Hinweisbriefkasten
language-label = Sprache

## Without JavaScript

noscript-needs-js = Diese Seite braucht JavaScript, um deine Meldung in deinem Browser zu verschlüsseln. Ohne JavaScript funktioniert auf dieser Seite nichts: Dein Browser kann nicht verschlüsseln, also wird nichts gesendet.
noscript-nojs = Falls der Betreiber es eingeschaltet hat, funktioniert ein reines Textformular ohne JavaScript. Dort verschlüsselt aber der Server, was du eingibst, also könnte der Betreiber des Servers es lesen. Es nimmt keine Anhänge an und gibt keinen Codenamen für Antworten.
noscript-nojs-link = Reines Textformular (der Serverbetreiber könnte es lesen)
noscript-cli = Am sichersten meldest du mit dem Kommandozeilenwerkzeug dropbox-submit, das auf deinem eigenen Computer verschlüsselt.
noscript-other-languages = Andere Sprachen

## The team and its roster

trust-heading = Wer deine Meldung lesen wird
team-ask = Dieser Link nannte den Fingerabdruck des Teams nicht. Kopiere ihn von der eigenen Website des Teams (64 Buchstaben und Ziffern) und füge ihn hier ein.
team-input-label = Fingerabdruck des Teams
team-check = Team prüfen
team-name-label = Team
roster-seq-label = Mitgliederliste
roster-head-label = Kopf-Hash
team-fp-label = Fingerabdruck
team-compare = Vergleiche, wenn du kannst, die Nummer der Mitgliederliste und den Kopf-Hash mit dem, was das Team veröffentlicht. Sie ändern sich, wenn sich die Mitglieder des Teams ändern.
trust-readers = { $count ->
    [one] Ein Mitglied des Teams kann deine Meldung lesen. Wer, siehst du unten.
   *[other] { $count } Mitglieder des Teams können deine Meldung lesen, außer du lässt unten einige aus.
  }
trust-server = Der Server des Briefkastens kann deine Meldung nicht lesen und nicht erkennen, wen du ausgelassen hast oder ob du um Antworten gebeten hast. Er sieht den Tag des Eingangs und die aufgerundete Größe; ohne Tor Browser auch deine Netzwerkadresse, solange du verbunden bist.
status-checking = Die Mitgliederliste des Teams wird geprüft…
status-roster-bad = Die Mitgliederliste des Teams lässt sich nicht bestätigen ({ $detail }). Sende hier nichts: Prüfe den Fingerabdruck auf der eigenen Website des Teams.
status-roster-ok = Die Mitgliederliste des Teams ist bestätigt: Sie ist von den Admins des Teams signiert, ausgehend vom Fingerabdruck in deinem Link.
status-bad-fingerprint = Ein Team-Fingerabdruck besteht aus 64 Buchstaben (a–f) und Ziffern.
origin-warning = Warnung: Diese Adresse ({ $origin }) gehört nicht zu den Adressen, die das Team veröffentlicht hat ({ $endpoints }). Stelle sicher, dass du den richtigen Hinweisbriefkasten erreicht hast.
onion-notice-onion = Du nutzt nicht die .onion-Adresse des Hinweisbriefkastens. Dein Netzwerk und das des Servers können sehen, dass du diese Seite besucht hast. Für mehr Sicherheit öffne die .onion-Adresse des Teams im Tor Browser.
onion-notice-tor = Du nutzt nicht die .onion-Adresse des Hinweisbriefkastens. Dein Netzwerk und das des Servers können sehen, dass du diese Seite besucht hast. Für mehr Sicherheit nutze den Tor Browser.

## The report form

report-heading = Deine Meldung
field-title = Titel
field-body = Meldung
field-category = Kategorie
category-none = (keine)
field-severity = Wie ernst ist es deiner Meinung nach?
severity-none = (keine Schätzung)
severity-critical = Kritisch
severity-high = Hoch
severity-medium = Mittel
severity-low = Niedrig
field-contact = Kontaktangaben (freiwillig)
field-credit = Wie du genannt werden möchtest (freiwillig; leer lassen, um nicht genannt zu werden)
field-attachments = Anhänge
attachments-note = Vor der Verschlüsselung werden versteckte Metadaten (Aufnahmeort, Kamera, Zeiten, Autor, Kommentare) aus JPEG- und PNG-Bildern entfernt. Andere Dateien werden so gesendet, wie sie sind: Entferne solche Daten selbst daraus. Unten kannst du jede Datei umbenennen.
recipients-legend = Wer es lesen darf
recipients-note = Alle Angehakten können deine Meldung lesen. Ein Mitglied ohne Haken bekommt keinen Schlüssel dafür: Es kann weder die Meldung noch ihre Anhänge noch die Nachrichten deines Codenamens lesen, und die Datei zeigt nicht, wer ausgelassen wurde. Es kann aber, wie jedes Mitglied und der Server, sehen, dass eine Meldung eingegangen ist, an welchem Tag und ungefähr wie groß; und die Mitglieder, die du gewählt hast, können es davon erzählen. Mindestens ein Mitglied muss bleiben.
recipients-at-least-one = Mindestens ein Mitglied muss deine Meldung lesen können.
replies-checkbox = Ich möchte Antworten erhalten
replies-note = Wenn du das anhakst, erzeugt die Seite nach dem Senden einen Codenamen (acht Wörter). Schreib ihn auf: Nur mit ihm kannst du die Antworten des Teams lesen, und er wird nur einmal angezeigt.
send-button = Meldung senden

## Before you send

guide-heading = Bevor du sendest
guide-tor = Nutze den Tor Browser: Er verbirgt vor diesem Hinweisbriefkasten und vor deinem Netzwerk, wer und wo du bist; ein gewöhnlicher Browser tut das nicht.
guide-metadata = Dateien können dich verraten: Namen, Orte und Zeiten in Dokumenten und Fotos, und Einzelheiten, die nur wenige kennen. Entferne, was du kannst; diese Seite bereinigt nur JPEG- und PNG-Fotos.
guide-codename = Wenn du Antworten möchtest, schreib den Codenamen auf und bewahre ihn sicher auf, nicht in diesem Browser. Wer ihn hat, kann die Antworten lesen; verlierst du ihn, kann ihn dir niemand wiedergeben.

## Attachments

attachment-name = Name von Anhang { $n } ({ $size ->
    [one] { $size } Byte
   *[other] { $size } Bytes
  })
attachment-checking = Suche nach versteckten Metadaten…
attachment-as-is = Wird unverändert gesendet: Diese Seite entfernt Metadaten nur aus JPEG- und PNG-Bildern, daher bleiben Namen, Orte oder Bearbeitungsverläufe in dieser Datei erhalten.
attachment-too-large = Dieses { $kind }-Bild ist zu groß, um es hier auf versteckte Metadaten zu prüfen; entferne die Metadaten selbst oder lass es weg.
attachment-removed = Vor der Verschlüsselung entfernt: { $removed }.
attachment-clean = In diesem Bild wurden keine versteckten Metadaten gefunden.
attachment-unreadable = Diese Datei sieht aus wie ein { $kind }-Bild, konnte aber nicht gelesen werden ({ $detail }), daher ließen sich ihre versteckten Metadaten nicht entfernen. Lass sie weg oder repariere sie zuerst.

## Sending a report

error-no-recipient = Wähle mindestens ein Mitglied, das deine Meldung lesen soll.
error-empty = Die Meldung ist leer: Schreib etwas oder hänge eine Datei an.
error-file = { $name }: { $problem }
error-too-large = Die Anhänge sind zu groß für diesen Hinweisbriefkasten (insgesamt höchstens { $max } Bytes).
error-encrypted-too-large = die verschlüsselte Meldung ist größer, als dieser Hinweisbriefkasten annimmt
error-worker = der Hintergrundprozess der Seite ist ausgefallen
error-no-drop-key = { $name } hat heute keinen gültigen Drop-Schlüssel, und Berichte dieses Teams gehen nur an Drop-Schlüssel; lassen Sie { $name } weg oder versuchen Sie es erneut, wenn synchronisiert wurde
error-drop-keys-unavailable = die Drop-Box hat ihre Drop-Schlüssel nicht geliefert (HTTP { $status }); versuchen Sie es später erneut
progress-heading = Wird gesendet
progress-bar =
    .aria-label = Fortschritt
progress-keys = Die Schlüssel deines Codenamens werden erzeugt…
progress-keys-percent = Die Schlüssel deines Codenamens werden erzeugt… { $percent } %
progress-no-worker = Web Worker sind nicht verfügbar; die Arbeit läuft auf dieser Seite, die eine Weile einfrieren kann…
progress-sending = Verschlüsseln und senden…
progress-sending-bytes = Verschlüsseln und senden… { $percent } % ({ $sent } von { $total } Bytes)
status-puzzle = Das Anti-Flut-Rätsel des Servers wird gelöst ({ $bits } Bit)…
status-resuming = Die Verbindung wurde unterbrochen; es geht weiter (Versuch { $attempt } von { $retries })…
sent = Gesendet.
sent-uncertain = Die Verbindung brach ganz am Ende ab; deine Meldung ist wahrscheinlich angekommen.
sent-record-note = Hinweis: Der Vermerk, wer dein Gespräch lesen darf, wurde nicht gespeichert ({ $detail }); deine Nachfragen kannst du senden, sobald das Team geantwortet hat.
send-failed = Senden fehlgeschlagen: { $detail }. Nichts wurde bestätigt; du kannst es noch einmal versuchen.

## The receipt and the codename

done-heading = Deine Meldung ist eingegangen
receipt-text = Quittung (sha256 genau dessen, was gesendet wurde; das Team sieht dieselbe Zahl):
receipt-output =
    .aria-label = Quittung
codename-heading = Dein Codename
codename-keep = Schreib ihn auf und halte ihn geheim; er wird nur einmal angezeigt.
codename-output =
    .aria-label = Codename
codename-note = Mit ihm kannst du, und nur du, die Antworten des Teams lesen: unten unter „Antworten abrufen“ oder mit dem Befehl dropbox-submit replies.
left-out = Ausgelassen: { $names }. Sie können diese Meldung nicht lesen.

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = Bevor du sendest: was mit deiner Meldung geschieht
consent-where = Wo sie liegt: zuerst verschlüsselt in diesem Browser, dann verschlüsselt auf diesem Briefkasten, bis das Team sie abholt, danach im verschlüsselten Fallspeicher jedes Mitglieds, das sie lesen kann. Der Betreiber des Briefkastens kann sie nicht lesen.
consent-server = Wie lange: Der Briefkasten löscht sie { $all } Tage, nachdem alle Lesenden sie abgeholt haben, oder { $first } Tage nach der ersten Abholung, je nachdem, was früher ist, und nach { $none } Tagen, wenn niemand sie abholt. Die Antworten des Teams an dich werden { $read } Tage, nachdem du sie gelesen hast, oder { $reply } Tage nach dem Schreiben vom Briefkasten gelöscht.
consent-team = Das Team löscht den Fall { $close } Tage nach dem Schließen (außer ein Mitglied muss ihn länger aufbewahren, etwa wegen einer rechtlichen Aufbewahrungspflicht oder einer laufenden Offenlegung), und seine Sicherungen bleiben { $backup } Tage lesbar.
consent-dropkeys = Sie wird mit kurzlebigen Schlüsseln verschlüsselt, die alle Lesenden vernichten, sobald ihr Zeitfenster von { $days } Tagen und ein weiteres vorbei sind: Danach kann niemand mehr eine Kopie des verschlüsselten Uploads öffnen, auch das Team nicht.
consent-dropkeys-codename = Die Ausnahme ist dein Codename: Wer ihn hat, kann die Kopie im Briefkasten öffnen, solange der Briefkasten sie aufbewahrt, und jede Kopie, die du speicherst.
consent-readers = Wer sie lesen kann: { $names }.
consent-left-out = Ausgelassen: { $names }. Sie können sie nicht lesen und nichts, was das Team daraus ableitet.
consent-contact-given = Deine Kontaktangaben nutzt nur das Team, um dich wegen dieser Meldung zu erreichen.
consent-contact-none = Du gibst keine Kontaktangaben: Das Team kann dich nur über Antworten an einen Codenamen erreichen.
consent-credit-given = Deine Nennung ist der Name, unter dem das Team dich nennt, falls es dir öffentlich für diese Meldung dankt.
consent-credit-none = Du möchtest nicht genannt werden: Das Team nennt deinen Namen nicht.
consent-tlp = Das Team darf die Meldung mit einer betroffenen Stelle teilen (etwa dem Hersteller der Software oder der betroffenen Organisation), verschlüsselt für diese Stelle und nur so weit, wie ihre TLP-Einstufung es erlaubt; deine Kontaktangaben und deine Nennung gehen nur mit, wenn das Team sie ausdrücklich einschließt.
consent-codename = Mit deinem Codenamen kannst du die Antworten des Teams lesen, Nachträge senden und die Meldung später zurückziehen.
consent-no-codename = Ohne Codenamen kannst du diese Meldung später nicht zurückziehen, keine Antworten lesen und keine Nachträge senden.
consent-nothing-sent = Von dieser Zustimmung wird nichts gesendet: nur die verschlüsselte Meldung selbst.
consent-agree = Ich stimme zu: verschlüsseln und senden
consent-back = Zurück zur Meldung
copy-save = Eine Kopie des Gesendeten speichern
copy-note = Die verschlüsselte Datei genau so, wie sie hochgeladen wurde: Nur dein Codename öffnet sie (dropbox-submit open DATEI). Bewahre sie wie den Codenamen vor allen auf, die nicht wissen dürfen, dass du gemeldet hast.

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = Bevor du sendest: was mit deiner Nachfrage geschieht
consent-followup-back = Zurück zur Nachfrage
consent-followup-tlp = Das Team darf die Nachfrage mit einer betroffenen Stelle teilen, verschlüsselt für diese Stelle und nur so weit, wie die TLP-Einstufung des Falls es erlaubt.
consent-followup-nothing-sent = Von dieser Zustimmung wird nichts gesendet: nur die verschlüsselte Nachfrage selbst.
followup-copy-save = Eine Kopie dieser Nachfrage speichern
own-report = Du (Meldung), { $day }:
conversation-copies-label = Die gespeicherten Kopien hinzufügen (deine Meldung, deine Nachfragen)
conversation-copies-note = Sie werden in diesem Browser mit deinem Codenamen geöffnet; nichts wird hochgeladen.
conversation-export = Unterhaltung exportieren
copy-unreadable = { $name } konnte nicht gelesen werden: { $detail }
copy-other-codename = sie gehört zur Unterhaltung eines anderen Codenamens
copy-not-yours = sie enthält keine Meldung und keine Nachfrage von dir

## Checking replies and sending follow-ups

replies-heading = Antworten abrufen
replies-intro = Wenn du eine Meldung mit Codenamen gesendet hast, gib ihn hier ein, um die Antworten des Teams zu lesen und zurückzuschreiben. Jede Antwort wird mit der Mitgliederliste des Teams geprüft; die Seite zeigt, welches Mitglied sie geschrieben hat.
check-codename-label = Codename zum Abrufen der Antworten
check-note = Acht Wörter, wie die Seite sie nach dem Senden deiner Meldung angezeigt hat.
check-button = Antworten abrufen
codename-word-count = Ein Codename hat genau 8 Wörter; dieser hat { $count }.
codename-unknown-word = Wort { $n } des Codenamens steht nicht in der Wortliste; prüfe die Schreibweise.
check-deriving = Die Schlüssel deines Codenamens werden abgeleitet…
check-deriving-percent = Die Schlüssel deines Codenamens werden abgeleitet… { $percent } %
check-fetching = Dein Postfach wird abgerufen…
check-mailbox-refused = der Hinweisbriefkasten antwortete { $status } für dein Postfach
check-mailbox-refused-message = der Hinweisbriefkasten antwortete { $status } für dein Postfach: { $message }
check-verifying = Die Signatur jeder Antwort wird geprüft…
check-verified = { $count ->
    [one] { $count } bestätigte Antwort.
   *[other] { $count } bestätigte Antworten.
  }
check-failed = Antworten konnten nicht abgerufen werden: { $detail }.
conversation-heading = Gespräch
conversation-log =
    .aria-label = Gespräch
no-replies = Noch keine Antworten.
reply-from = #{ $seq } von { $author } ({ $member }), { $day }:
own-followup = Du (Nachfrage #{ $seq }), { $day }:
own-followup-now = Du (Nachfrage #{ $seq }, gerade gesendet), { $day }:
sent-files = { $count ->
    [one] { $count } Datei: { $names }
   *[other] { $count } Dateien: { $names }
  }
reply-missing = { $count ->
    [one] Antwort { $list } fehlt: Der Server hat sie vielleicht zurückgehalten, oder sie ist abgelaufen.
   *[other] Antworten { $list } fehlen: Der Server hat sie vielleicht zurückgehalten, oder sie sind abgelaufen.
  }
reply-problem = Warnung: { $problem }. Sie könnte gefälscht sein; sie wird nicht angezeigt.
followup-unavailable-none = Du kannst hier keine Nachfrage senden: Weder der Vermerk zu deinem Gespräch noch eine Antwort des Teams sagt, wer sie lesen darf (vielleicht ist er abgelaufen). Sende stattdessen eine neue Meldung und wähle ihre Leser.
followup-unavailable-empty = Kein aktuelles Mitglied des Teams darf dieses Gespräch lesen; du kannst keine Nachfrage senden.
followup-label = Nachfrage
followup-seq-label = Nummer dieser Nachfrage (aus deinem Postfach ermittelt)
followup-files-label = Dateien für die Nachfrage
followup-files-note = Wie bei einer Meldung: Versteckte Metadaten werden vor der Verschlüsselung aus JPEG- und PNG-Bildern entfernt; andere Dateien werden unverändert gesendet.
followup-recipients-note = Ein Mitglied ohne Haken bekommt keinen Schlüssel zu dieser Nachricht; mindestens eines muss bleiben. Mitglieder, die deine Meldung ausgelassen hat, werden nie angeboten.
followup-to = Nachfrage an { $name }
followup-left-out = Aus diesem Gespräch ausgelassen, wie deine Meldung es wählte: { $names }.
followup-send = Nachfrage senden
followup-done = Nachfrage eingegangen. Quittung:
followup-receipt =
    .aria-label = Empfangsbestätigung deiner Nachfrage
followup-check-first = Ruf zuerst deine Antworten mit deinem Codenamen ab.
followup-empty = Die Nachfrage ist leer.
followup-no-recipient = Wähle mindestens ein Mitglied, das deine Nachfrage lesen soll.
followup-too-large = Die Dateien sind zu groß für diesen Hinweisbriefkasten (insgesamt höchstens { $max } Bytes).
followup-encrypted-too-large = die verschlüsselte Nachfrage ist größer, als dieser Hinweisbriefkasten annimmt
followup-fingerprinting = Fingerabdrücke der Dateien für deine Signatur werden berechnet…
followup-sending-percent = Wird gesendet… { $percent } %
followup-sent-uncertain = Die Verbindung brach ganz am Ende ab; deine Nachfrage ist wahrscheinlich angekommen.
followup-copy-note = Hinweis: Ihre Kopie im Vermerk zu deinem Gespräch wurde nicht gespeichert ({ $detail }).

## Staying safe

safety-heading = Sicher bleiben
safety-tor = Nutze wenn möglich den Tor Browser und die .onion-Adresse dieses Hinweisbriefkastens. Auf der Sicherheitsstufe „Sicherer“ funktioniert diese Seite weiterhin (langsamer); auf „Am sichersten“ ist JavaScript aus und sie kann nicht verschlüsseln.
safety-nothing-stored = Diese Seite speichert nichts von dem, was du eingibst: keine Cookies, kein lokaler Speicher. Schließe den Tab, wenn du fertig bist.
safety-cli = Wenn du stark gefährdet bist, nutze stattdessen das Kommandozeilenwerkzeug dropbox-submit: Es verschlüsselt genauso, auf deinem eigenen Computer, ohne Browser.

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = Meldung ohne JavaScript
nojs-heading = Meldung an { $team } ohne JavaScript
nojs-warning = Achtung: Der Serverbetreiber könnte lesen, was du mit diesem Formular sendest.
nojs-explain = Dein Browser sendet den Text an den Server, der ihn für das Team verschlüsselt. Für Ende-zu-Ende-Verschlüsselung nutze die normale Seite mit eingeschaltetem JavaScript oder das Kommandozeilenwerkzeug dropbox-submit.
nojs-text-only = Nur Text (höchstens 64 KiB): keine Anhänge und kein Codename, das Team kann dir hier also nicht antworten.
nojs-received-heading = Meldung erhalten
nojs-receipt = Quittung (sha256 der verschlüsselten Meldung):
nojs-keep-receipt = Bewahre sie auf, wenn du später zeigen willst, dass du diese Meldung gesendet hast.
nojs-too-large = Das Formular nimmt höchstens 64 KiB Text an. Nichts wurde gesendet: Kürze die Meldung und sende sie erneut.
nojs-empty = Der Text der Meldung ist leer. Nichts wurde gesendet: Schreib, was passiert ist, und sende erneut.
nojs-failed = Der Hinweisbriefkasten konnte deine Meldung nicht speichern ({ $detail }). Nichts wurde aufbewahrt; versuche es später erneut.
nojs-back = Zurück zum Formular
`;var ru=`# The source language of the page (web/src). Every other locale must have
# every message here, with the same placeholders (web/test/i18n.test.js).
# See web/TRANSLATIONS.md.

page-title = Report drop box
language-label = Language

## Without JavaScript (rendered into the page's <noscript> at build time)

noscript-needs-js = This page needs JavaScript to encrypt your report in your browser. With JavaScript off, nothing on this page works: your browser cannot encrypt, so nothing is sent.
noscript-nojs = If the operator turned it on, a text-only form works without JavaScript, but the server encrypts what you type there, so the server operator could read it. It takes no attachments and gives no codename for replies.
noscript-nojs-link = Text-only form (the server operator could read it)
noscript-cli = For the safest way to report, use the command-line tool dropbox-submit, which encrypts on your own computer.
noscript-other-languages = Other languages

## The team and its roster

trust-heading = Who will read your report
team-ask = This link did not name the team's fingerprint. Copy it from the team's own website (64 letters and digits) and paste it here.
team-input-label = Team fingerprint
team-check = Check the team
team-name-label = Team
roster-seq-label = Roster
roster-head-label = Head hash
team-fp-label = Fingerprint
team-compare = Compare the roster number and head hash with what the team publishes, if you can. They change when the team's members change.
trust-readers = { $count ->
    [one] One member of the team can read your report. You see who below.
   *[other] { $count } members of the team can read your report, unless you leave some out below.
  }
trust-server = The drop box's server cannot read your report, nor tell whom you left out or whether you asked for replies. It sees the day it arrived and its size, rounded up; without Tor Browser, also your network address while you are connected.
status-checking = Checking the team's roster…
status-roster-bad = The team's roster does not verify ({ $detail }). Do not send anything here: check the fingerprint on the team's own website.
status-roster-ok = The team's roster verifies: it is signed by the team's admins, from the fingerprint in your link.
status-bad-fingerprint = A team fingerprint is 64 letters (a–f) and digits.
origin-warning = Warning: this address ({ $origin }) is not among the addresses the team published ({ $endpoints }). Make sure you reached the right drop box.
onion-notice-onion = You are not using the drop box's .onion address. Your network, and the server's, can see that you visited this site. For more safety, open the team's .onion address in Tor Browser.
onion-notice-tor = You are not using the drop box's .onion address. Your network, and the server's, can see that you visited this site. For more safety, use Tor Browser.

## The report form

report-heading = Your report
field-title = Title
field-body = Report
field-category = Category
category-none = (none)
field-severity = How serious do you think it is?
severity-none = (no guess)
severity-critical = Critical
severity-high = High
severity-medium = Medium
severity-low = Low
field-contact = Contact details (optional)
field-credit = How to credit you (optional; leave empty not to be credited)
field-attachments = Attachments
attachments-note = Before encryption, hidden metadata (a photo's location, camera, times, author, comments) is removed from JPEG and PNG images. Other files are sent as they are: remove such data from them yourself. You can rename each file below.
recipients-legend = Who may read it
recipients-note = Everyone ticked can read your report. A member you untick gets no key to it: they cannot read the report, its attachments or your codename's messages, and the file does not show who was left out. They can still see, as every member and the server can, that a report arrived, on which day, and its approximate size; and the members you chose can tell them about it. At least one member must remain.
recipients-at-least-one = At least one member must be able to read your report.
replies-checkbox = I want to receive replies
replies-note = If you tick this, the page makes a codename (eight words) after sending. Write it down: it is the only way to read the team's replies, and it is shown only once.
send-button = Send report

## Before you send

guide-heading = Before you send
guide-tor = Use Tor Browser: it hides from this drop box and from your network who and where you are; an ordinary browser does not.
guide-metadata = Files can give you away: names, places and times inside documents and photos, and details only a few people know. Remove what you can; this page cleans only JPEG and PNG photos.
guide-codename = If you ask for replies, write the codename down and keep it somewhere safe, not in this browser. Whoever has it can read the replies; if you lose it, nobody can give it back.

## Attachments

attachment-name = Name of attachment { $n } ({ $size ->
    [one] { $size } byte
   *[other] { $size } bytes
  })
attachment-checking = Checking for hidden metadata…
attachment-as-is = Sent as it is: this page removes metadata only from JPEG and PNG images, so names, places or edit history inside this file stay in it.
attachment-too-large = This { $kind } image is too large to check for hidden metadata here; remove its metadata yourself, or leave it out.
attachment-removed = Removed before encryption: { $removed }.
attachment-clean = No hidden metadata found in this image.
attachment-unreadable = This file looks like a { $kind } image but could not be read ({ $detail }), so its hidden metadata could not be removed. Leave it out, or fix it first.

## Sending a report

error-no-recipient = Choose at least one member to read your report.
error-empty = The report is empty: write something or attach a file.
error-file = { $name }: { $problem }
error-too-large = The attachments are too large for this drop box (at most { $max } bytes in all).
error-encrypted-too-large = the encrypted report is larger than this drop box accepts
error-worker = the page's worker failed
error-no-drop-key = { $name } has no valid drop key today, and this team's reports go only to drop keys; leave { $name } out, or try again after they have synced
error-drop-keys-unavailable = the drop box did not serve its drop keys (HTTP { $status }); try again later
progress-heading = Sending
progress-bar =
    .aria-label = Progress
progress-keys = Making your codename's keys…
progress-keys-percent = Making your codename's keys… { $percent } %
progress-no-worker = Web Workers are not available; working on this page, which may freeze for a while…
progress-sending = Encrypting and sending…
progress-sending-bytes = Encrypting and sending… { $percent } % ({ $sent } of { $total } bytes)
status-puzzle = Doing the server's anti-flooding puzzle ({ $bits } bits)…
status-resuming = The connection was interrupted; resuming (attempt { $attempt } of { $retries })…
sent = Sent.
sent-uncertain = The connection dropped at the very end; your report was probably received.
sent-record-note = Note: the record of who may read your conversation was not stored ({ $detail }); your follow-ups can be sent once the team has replied.
send-failed = Sending failed: { $detail }. Nothing was acknowledged; you can try again.

## The receipt and the codename

done-heading = Your report was received
receipt-text = Receipt (sha256 of exactly what was sent; the team sees the same number):
receipt-output =
    .aria-label = Receipt
codename-heading = Your codename
codename-keep = Write it down and keep it secret; it is shown only once.
codename-output =
    .aria-label = Codename
codename-note = With it you, and only you, can read the team's replies, below under “Check replies” or with the command dropbox-submit replies.
left-out = Left out: { $names }. They cannot read this report.

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = Before you send: what happens to your report
consent-where = Where it is kept: encrypted in this browser first, then encrypted on this drop box until the team collects it, then in the encrypted case store of each member who can read it. The drop box's operator cannot read it.
consent-server = How long: the drop box deletes it { $all } days after every reader has collected it, or { $first } days after the first did, whichever is earlier, and after { $none } days if nobody collects it. The team's replies to you are deleted from the drop box { $read } days after you read them, or { $reply } days after they were written.
consent-team = The team deletes the case { $close } days after closing it (unless a member must keep it longer, for a legal hold or an ongoing disclosure), and its backups stay readable for { $backup } days.
consent-dropkeys = It is encrypted to short-lived keys that each reader destroys once their { $days }-day window and one more have passed: after that, no copy of the encrypted upload can be opened by anyone, the team included.
consent-dropkeys-codename = The exception is your codename: whoever has it can open the drop box's copy for as long as the drop box keeps it, and any copy you save.
consent-readers = Who can read it: { $names }.
consent-left-out = Left out: { $names }. They cannot read it or anything the team derives from it.
consent-contact-given = Your contact details are used only by the team, to reach you about this report.
consent-contact-none = You give no contact details: the team can reach you only through replies to a codename.
consent-credit-given = Your credit line is how the team names you if it credits you publicly for this report.
consent-credit-none = You ask for no credit: the team will not name you.
consent-tlp = The team may share the report with an affected party (for example the maker of the software or the organisation concerned), encrypted to that party and only as its TLP label allows; your contact details and credit go only if the team chooses to include them.
consent-codename = With your codename you can read the team's replies, send follow-ups, and withdraw the report later.
consent-no-codename = Without a codename you cannot withdraw this report later, read replies or send follow-ups.
consent-nothing-sent = Nothing of this consent is sent: only the encrypted report itself.
consent-agree = I agree: encrypt and send
consent-back = Back to the report
copy-save = Save a copy of what was sent
copy-note = The encrypted file exactly as uploaded: only your codename opens it (dropbox-submit open FILE). Keep it, like the codename, away from anyone who must not know that you reported.

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = Before you send: what happens to your follow-up
consent-followup-back = Back to the follow-up
consent-followup-tlp = The team may share the follow-up with an affected party, encrypted to that party and only as the case's TLP label allows.
consent-followup-nothing-sent = Nothing of this consent is sent: only the encrypted follow-up itself.
followup-copy-save = Save a copy of this follow-up
own-report = You (report), { $day }:
conversation-copies-label = Add the copies you saved (your report, your follow-ups)
conversation-copies-note = They are opened in this browser with your codename; nothing is uploaded.
conversation-export = Export conversation
copy-unreadable = { $name } could not be read: { $detail }
copy-other-codename = it belongs to another codename's conversation
copy-not-yours = it holds no report or follow-up of yours

## Checking replies and sending follow-ups

replies-heading = Check replies
replies-intro = If you sent a report with a codename, enter it here to read the team's replies and to write back. Each reply is checked against the team's roster; the page shows which member wrote it.
check-codename-label = Codename to check replies
check-note = Eight words, as the page showed them after you sent your report.
check-button = Check replies
codename-word-count = A codename has exactly 8 words; this has { $count }.
codename-unknown-word = Word { $n } of the codename is not on the word list; check its spelling.
check-deriving = Deriving your codename's keys…
check-deriving-percent = Deriving your codename's keys… { $percent } %
check-fetching = Fetching your mailbox…
check-mailbox-refused = the drop box answered { $status } for your mailbox
check-mailbox-refused-message = the drop box answered { $status } for your mailbox: { $message }
check-verifying = Checking each reply's signature…
check-verified = { $count ->
    [one] { $count } verified reply.
   *[other] { $count } verified replies.
  }
check-failed = Could not check replies: { $detail }.
conversation-heading = Conversation
conversation-log =
    .aria-label = Conversation
no-replies = No replies yet.
reply-from = #{ $seq } from { $author } ({ $member }), { $day }:
own-followup = You (follow-up #{ $seq }), { $day }:
own-followup-now = You (follow-up #{ $seq }, sent now), { $day }:
sent-files = { $count ->
    [one] { $count } file: { $names }
   *[other] { $count } files: { $names }
  }
reply-missing = { $count ->
    [one] Reply { $list } is missing: the server may have withheld it, or it expired.
   *[other] Replies { $list } are missing: the server may have withheld them, or they expired.
  }
reply-problem = Warning: { $problem }. It may be forged; it is not shown.
followup-unavailable-none = You cannot send a follow-up here: neither your conversation's record nor any reply from the team says who may read it (it may have expired). Send a new report instead, choosing its readers.
followup-unavailable-empty = No current member of the team may read this conversation; you cannot send a follow-up.
followup-label = Follow-up
followup-seq-label = Number of this follow-up (worked out from your mailbox)
followup-files-label = Files to add to the follow-up
followup-files-note = As for a report: hidden metadata is removed from JPEG and PNG images before encryption; other files are sent as they are.
followup-recipients-note = A member you untick gets no key to this message; at least one must remain. Members your report left out are never offered.
followup-to = Follow-up to { $name }
followup-left-out = Left out of this conversation, as your report chose: { $names }.
followup-send = Send follow-up
followup-done = Follow-up received. Receipt:
followup-receipt =
    .aria-label = Acknowledgement of your follow-up
followup-check-first = Check your replies with your codename first.
followup-empty = The follow-up is empty.
followup-no-recipient = Choose at least one member to read your follow-up.
followup-too-large = The files are too large for this drop box (at most { $max } bytes in all).
followup-encrypted-too-large = the encrypted follow-up is larger than this drop box accepts
followup-fingerprinting = Fingerprinting the files for your signature…
followup-sending-percent = Sending… { $percent } %
followup-sent-uncertain = The connection dropped at the very end; your follow-up was probably received.
followup-copy-note = Note: its copy in your conversation's record was not stored ({ $detail }).

## Staying safe

safety-heading = Staying safe
safety-tor = Use Tor Browser and this drop box's .onion address if you can. At the “Safer” security level this page still works (more slowly); at “Safest” JavaScript is off and it cannot encrypt.
safety-nothing-stored = Nothing you type is stored by this page: no cookies, no local storage. Close the tab when you are done.
safety-cli = If you are at high risk, use the command-line tool dropbox-submit instead: it does the same encryption on your own computer, without a browser.

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = Report without JavaScript
nojs-heading = Report to { $team } without JavaScript
nojs-warning = Warning: the server operator could read what you send with this form.
nojs-explain = Your browser sends the text to the server, which encrypts it for the team. For end-to-end encryption, use the normal page with JavaScript turned on, or the command-line tool dropbox-submit.
nojs-text-only = Text only (at most 64 KiB): no attachments, and no codename, so the team cannot reply here.
nojs-received-heading = Report received
nojs-receipt = Receipt (sha256 of the encrypted report):
nojs-keep-receipt = Keep it if you want to show later that you sent this report.
nojs-too-large = The form takes at most 64 KiB of text. Nothing was sent: shorten the report and send it again.
nojs-empty = The report text is empty. Nothing was sent: write what happened and send it again.
nojs-failed = The drop box could not store your report ({ $detail }). Nothing was kept; try again later.
nojs-back = Back to the form
`;var ou=`# Spanish. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

page-title = Buzón de denuncias
language-label = Idioma

## Without JavaScript

noscript-needs-js = Esta página necesita JavaScript para cifrar tu denuncia en tu navegador. Con JavaScript desactivado, nada funciona en esta página: tu navegador no puede cifrar, así que no se envía nada.
noscript-nojs = Si el operador lo activó, un formulario solo de texto funciona sin JavaScript, pero allí es el servidor quien cifra lo que escribes, así que el operador del servidor podría leerlo. No admite adjuntos ni da un nombre en clave para recibir respuestas.
noscript-nojs-link = Formulario solo de texto (el operador del servidor podría leerlo)
noscript-cli = La forma más segura de denunciar es la herramienta de línea de comandos dropbox-submit, que cifra en tu propio ordenador.
noscript-other-languages = Otros idiomas

## The team and its roster

trust-heading = Quién leerá tu denuncia
team-ask = Este enlace no indicaba la huella del equipo. Cópiala del sitio web del propio equipo (64 letras y cifras) y pégala aquí.
team-input-label = Huella del equipo
team-check = Comprobar el equipo
team-name-label = Equipo
roster-seq-label = Lista de miembros
roster-head-label = Hash de cabecera
team-fp-label = Huella
team-compare = Si puedes, compara el número de la lista y el hash de cabecera con lo que publica el equipo. Cambian cuando cambian los miembros del equipo.
trust-readers = { $count ->
    [one] Un miembro del equipo puede leer tu denuncia. Abajo ves quién.
   *[other] { $count } miembros del equipo pueden leer tu denuncia, salvo que excluyas a algunos abajo.
  }
trust-server = El servidor del buzón no puede leer tu denuncia, ni saber a quién excluiste o si pediste respuestas. Ve el día en que llegó y su tamaño, redondeado; sin Tor Browser, también tu dirección de red mientras estás conectado.
status-checking = Comprobando la lista de miembros del equipo…
status-roster-bad = La lista de miembros del equipo no se verifica ({ $detail }). No envíes nada aquí: comprueba la huella en el sitio web del propio equipo.
status-roster-ok = La lista de miembros del equipo se verifica: está firmada por los administradores del equipo, a partir de la huella de tu enlace.
status-bad-fingerprint = La huella de un equipo son 64 letras (a–f) y cifras.
origin-warning = Atención: esta dirección ({ $origin }) no está entre las que publicó el equipo ({ $endpoints }). Asegúrate de haber llegado al buzón correcto.
onion-notice-onion = No estás usando la dirección .onion del buzón. Tu red, y la del servidor, pueden ver que visitaste este sitio. Para más seguridad, abre la dirección .onion del equipo en Tor Browser.
onion-notice-tor = No estás usando la dirección .onion del buzón. Tu red, y la del servidor, pueden ver que visitaste este sitio. Para más seguridad, usa Tor Browser.

## The report form

report-heading = Tu denuncia
field-title = Título
field-body = Denuncia
field-category = Categoría
category-none = (ninguna)
field-severity = ¿Qué tan grave crees que es?
severity-none = (sin estimación)
severity-critical = Crítica
severity-high = Alta
severity-medium = Media
severity-low = Baja
field-contact = Datos de contacto (opcional)
field-credit = Cómo mencionarte (opcional; déjalo vacío para no ser mencionado)
field-attachments = Adjuntos
attachments-note = Antes de cifrar, se eliminan los metadatos ocultos (ubicación de una foto, cámara, horas, autor, comentarios) de las imágenes JPEG y PNG. Los demás archivos se envían tal cual: elimina tú esos datos. Puedes renombrar cada archivo abajo.
recipients-legend = Quién puede leerla
recipients-note = Todos los marcados pueden leer tu denuncia. Un miembro que desmarques no recibe clave: no puede leer la denuncia, sus adjuntos ni los mensajes de tu nombre en clave, y el archivo no muestra a quién se dejó fuera. Aun así puede ver, como todos los miembros y el servidor, que llegó una denuncia, qué día y su tamaño aproximado; y los miembros que elegiste pueden contárselo. Debe quedar al menos un miembro.
recipients-at-least-one = Al menos un miembro debe poder leer tu denuncia.
replies-checkbox = Quiero recibir respuestas
replies-note = Si marcas esto, la página crea un nombre en clave (ocho palabras) tras el envío. Anótalo: es la única forma de leer las respuestas del equipo, y se muestra una sola vez.
send-button = Enviar denuncia

## Before you send

guide-heading = Antes de enviar
guide-tor = Usa Tor Browser: oculta a este buzón y a tu red quién eres y dónde estás; un navegador corriente no lo hace.
guide-metadata = Los archivos pueden delatarte: nombres, lugares y horas dentro de documentos y fotos, y detalles que solo conocen unas pocas personas. Elimina lo que puedas; esta página solo limpia fotos JPEG y PNG.
guide-codename = Si pides respuestas, anota el nombre en clave y guárdalo en un lugar seguro, no en este navegador. Quien lo tenga puede leer las respuestas; si lo pierdes, nadie puede devolvértelo.

## Attachments

attachment-name = Nombre del adjunto { $n } ({ $size ->
    [one] { $size } byte
   *[other] { $size } bytes
  })
attachment-checking = Buscando metadatos ocultos…
attachment-as-is = Se envía tal cual: esta página solo elimina metadatos de imágenes JPEG y PNG, así que los nombres, lugares o historial de edición dentro de este archivo permanecen en él.
attachment-too-large = Esta imagen { $kind } es demasiado grande para buscar metadatos ocultos aquí; elimina tú sus metadatos o no la adjuntes.
attachment-removed = Eliminado antes de cifrar: { $removed }.
attachment-clean = No se encontraron metadatos ocultos en esta imagen.
attachment-unreadable = Este archivo parece una imagen { $kind } pero no se pudo leer ({ $detail }), así que no se pudieron eliminar sus metadatos ocultos. No lo adjuntes, o arréglalo primero.

## Sending a report

error-no-recipient = Elige al menos un miembro que lea tu denuncia.
error-empty = La denuncia está vacía: escribe algo o adjunta un archivo.
error-file = { $name }: { $problem }
error-too-large = Los adjuntos son demasiado grandes para este buzón (como máximo { $max } bytes en total).
error-encrypted-too-large = la denuncia cifrada es más grande de lo que acepta este buzón
error-worker = falló el proceso en segundo plano de la página
error-no-drop-key = { $name } no tiene hoy una clave de entrega válida, y los informes de este equipo solo se cifran con claves de entrega; deje fuera a { $name } o vuelva a intentarlo cuando haya sincronizado
error-drop-keys-unavailable = el buzón no entregó sus claves de entrega (HTTP { $status }); vuelva a intentarlo más tarde
progress-heading = Enviando
progress-bar =
    .aria-label = Progreso
progress-keys = Creando las claves de tu nombre en clave…
progress-keys-percent = Creando las claves de tu nombre en clave… { $percent } %
progress-no-worker = Los Web Workers no están disponibles; se trabaja en esta página, que puede quedarse congelada un rato…
progress-sending = Cifrando y enviando…
progress-sending-bytes = Cifrando y enviando… { $percent } % ({ $sent } de { $total } bytes)
status-puzzle = Resolviendo el acertijo antiinundación del servidor ({ $bits } bits)…
status-resuming = La conexión se interrumpió; reanudando (intento { $attempt } de { $retries })…
sent = Enviado.
sent-uncertain = La conexión se cortó justo al final; probablemente tu denuncia se recibió.
sent-record-note = Nota: no se guardó el registro de quién puede leer tu conversación ({ $detail }); podrás enviar seguimientos cuando el equipo haya respondido.
send-failed = El envío falló: { $detail }. No se confirmó nada; puedes volver a intentarlo.

## The receipt and the codename

done-heading = Tu denuncia se recibió
receipt-text = Recibo (sha256 exactamente de lo enviado; el equipo ve el mismo número):
receipt-output =
    .aria-label = Recibo
codename-heading = Tu nombre en clave
codename-keep = Anótalo y mantenlo en secreto; se muestra una sola vez.
codename-output =
    .aria-label = Nombre en clave
codename-note = Con él tú, y solo tú, puedes leer las respuestas del equipo, abajo en «Consultar respuestas» o con la orden dropbox-submit replies.
left-out = Excluidos: { $names }. No pueden leer esta denuncia.

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = Antes de enviar: qué pasa con tu informe
consent-where = Dónde se guarda: primero cifrado en este navegador, luego cifrado en este buzón hasta que el equipo lo recoja, y después en el almacén cifrado de casos de cada miembro que pueda leerlo. El operador del buzón no puede leerlo.
consent-server = Cuánto tiempo: el buzón lo borra { $all } días después de que todos los lectores lo hayan recogido, o { $first } días después de que lo recoja el primero, lo que ocurra antes, y a los { $none } días si nadie lo recoge. Las respuestas del equipo se borran del buzón { $read } días después de que las leas, o { $reply } días después de escribirse.
consent-team = El equipo borra el caso { $close } días después de cerrarlo (salvo que un miembro deba conservarlo más tiempo, por una retención legal o una divulgación en curso), y sus copias de seguridad siguen legibles durante { $backup } días.
consent-dropkeys = Se cifra con claves de corta duración que cada lector destruye cuando han pasado su ventana de { $days } días y una más: después, nadie puede abrir ninguna copia de lo subido cifrado, tampoco el equipo.
consent-dropkeys-codename = La excepción es tu nombre en clave: quien lo tenga puede abrir la copia del buzón mientras el buzón la conserve, y cualquier copia que guardes.
consent-readers = Quién puede leerlo: { $names }.
consent-left-out = Excluidos: { $names }. No pueden leerlo ni nada de lo que el equipo derive de él.
consent-contact-given = Tus datos de contacto los usa solo el equipo, para comunicarse contigo sobre este informe.
consent-contact-none = No das datos de contacto: el equipo solo puede comunicarse contigo mediante respuestas a un nombre en clave.
consent-credit-given = Tu mención es cómo te nombra el equipo si te reconoce públicamente por este informe.
consent-credit-none = No pides mención: el equipo no te nombrará.
consent-tlp = El equipo puede compartir el informe con una parte afectada (por ejemplo, quien hace el software o la organización implicada), cifrado para esa parte y solo en la medida en que lo permita su etiqueta TLP; tus datos de contacto y tu mención solo van si el equipo decide incluirlos.
consent-codename = Con tu nombre en clave puedes leer las respuestas del equipo, enviar seguimientos y retirar el informe más adelante.
consent-no-codename = Sin nombre en clave no puedes retirar este informe más adelante, ni leer respuestas ni enviar seguimientos.
consent-nothing-sent = No se envía nada de este consentimiento: solo el informe cifrado.
consent-agree = Acepto: cifrar y enviar
consent-back = Volver al informe
copy-save = Guardar una copia de lo enviado
copy-note = El archivo cifrado tal como se subió: solo tu nombre en clave lo abre (dropbox-submit open ARCHIVO). Guárdalo, como el nombre en clave, lejos de quien no deba saber que informaste.

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = Antes de enviar: qué pasa con tu seguimiento
consent-followup-back = Volver al seguimiento
consent-followup-tlp = El equipo puede compartir el seguimiento con una parte afectada, cifrado para esa parte y solo en la medida en que lo permita la etiqueta TLP del caso.
consent-followup-nothing-sent = No se envía nada de este consentimiento: solo el seguimiento cifrado.
followup-copy-save = Guardar una copia de este seguimiento
own-report = Tú (informe), { $day }:
conversation-copies-label = Añadir las copias que guardaste (tu informe, tus seguimientos)
conversation-copies-note = Se abren en este navegador con tu nombre en clave; no se sube nada.
conversation-export = Exportar la conversación
copy-unreadable = No se pudo leer { $name }: { $detail }
copy-other-codename = pertenece a la conversación de otro nombre en clave
copy-not-yours = no contiene ningún informe ni seguimiento tuyo

## Checking replies and sending follow-ups

replies-heading = Consultar respuestas
replies-intro = Si enviaste una denuncia con nombre en clave, escríbelo aquí para leer las respuestas del equipo y contestar. Cada respuesta se comprueba con la lista de miembros del equipo; la página muestra qué miembro la escribió.
check-codename-label = Nombre en clave para consultar respuestas
check-note = Ocho palabras, tal como las mostró la página tras enviar tu denuncia.
check-button = Consultar respuestas
codename-word-count = Un nombre en clave tiene exactamente 8 palabras; este tiene { $count }.
codename-unknown-word = La palabra { $n } del nombre en clave no está en la lista de palabras; revisa cómo la escribiste.
check-deriving = Derivando las claves de tu nombre en clave…
check-deriving-percent = Derivando las claves de tu nombre en clave… { $percent } %
check-fetching = Obteniendo tu buzón personal…
check-mailbox-refused = el buzón respondió { $status } para tu buzón personal
check-mailbox-refused-message = el buzón respondió { $status } para tu buzón personal: { $message }
check-verifying = Comprobando la firma de cada respuesta…
check-verified = { $count ->
    [one] { $count } respuesta verificada.
   *[other] { $count } respuestas verificadas.
  }
check-failed = No se pudieron consultar las respuestas: { $detail }.
conversation-heading = Conversación
conversation-log =
    .aria-label = Conversación
no-replies = Aún no hay respuestas.
reply-from = #{ $seq } de { $author } ({ $member }), { $day }:
own-followup = Tú (seguimiento #{ $seq }), { $day }:
own-followup-now = Tú (seguimiento #{ $seq }, enviado ahora), { $day }:
sent-files = { $count ->
    [one] { $count } archivo: { $names }
   *[other] { $count } archivos: { $names }
  }
reply-missing = { $count ->
    [one] Falta la respuesta { $list }: puede que el servidor la haya retenido o que haya caducado.
   *[other] Faltan las respuestas { $list }: puede que el servidor las haya retenido o que hayan caducado.
  }
reply-problem = Atención: { $problem }. Podría estar falsificada; no se muestra.
followup-unavailable-none = No puedes enviar un seguimiento aquí: ni el registro de tu conversación ni ninguna respuesta del equipo dice quién puede leerlo (puede haber caducado). Envía en su lugar una nueva denuncia y elige sus lectores.
followup-unavailable-empty = Ningún miembro actual del equipo puede leer esta conversación; no puedes enviar un seguimiento.
followup-label = Seguimiento
followup-seq-label = Número de este seguimiento (calculado a partir de tu buzón personal)
followup-files-label = Archivos para añadir al seguimiento
followup-files-note = Como en una denuncia: los metadatos ocultos se eliminan de las imágenes JPEG y PNG antes de cifrar; los demás archivos se envían tal cual.
followup-recipients-note = Un miembro que desmarques no recibe clave para este mensaje; debe quedar al menos uno. Nunca se ofrecen los miembros que tu denuncia dejó fuera.
followup-to = Seguimiento para { $name }
followup-left-out = Excluidos de esta conversación, como eligió tu denuncia: { $names }.
followup-send = Enviar seguimiento
followup-done = Seguimiento recibido. Recibo:
followup-receipt =
    .aria-label = Acuse de recibo de tu seguimiento
followup-check-first = Primero consulta tus respuestas con tu nombre en clave.
followup-empty = El seguimiento está vacío.
followup-no-recipient = Elige al menos un miembro que lea tu seguimiento.
followup-too-large = Los archivos son demasiado grandes para este buzón (como máximo { $max } bytes en total).
followup-encrypted-too-large = el seguimiento cifrado es más grande de lo que acepta este buzón
followup-fingerprinting = Calculando las huellas de los archivos para tu firma…
followup-sending-percent = Enviando… { $percent } %
followup-sent-uncertain = La conexión se cortó justo al final; probablemente tu seguimiento se recibió.
followup-copy-note = Nota: su copia en el registro de tu conversación no se guardó ({ $detail }).

## Staying safe

safety-heading = Mantente a salvo
safety-tor = Usa Tor Browser y la dirección .onion de este buzón si puedes. En el nivel de seguridad «Más seguro» esta página sigue funcionando (más despacio); en «El más seguro» JavaScript está desactivado y no puede cifrar.
safety-nothing-stored = Esta página no guarda nada de lo que escribes: ni cookies ni almacenamiento local. Cierra la pestaña cuando termines.
safety-cli = Si corres un riesgo alto, usa en su lugar la herramienta de línea de comandos dropbox-submit: hace el mismo cifrado en tu propio ordenador, sin navegador.

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = Denuncia sin JavaScript
nojs-heading = Denuncia a { $team } sin JavaScript
nojs-warning = Atención: el operador del servidor podría leer lo que envíes con este formulario.
nojs-explain = Tu navegador envía el texto al servidor, que lo cifra para el equipo. Para un cifrado de extremo a extremo, usa la página normal con JavaScript activado, o la herramienta de línea de comandos dropbox-submit.
nojs-text-only = Solo texto (64 KiB como máximo): sin adjuntos y sin nombre en clave, así que el equipo no puede responderte aquí.
nojs-received-heading = Denuncia recibida
nojs-receipt = Recibo (sha256 de la denuncia cifrada):
nojs-keep-receipt = Guárdalo si quieres demostrar más tarde que enviaste esta denuncia.
nojs-too-large = El formulario admite como máximo 64 KiB de texto. No se envió nada: acorta la denuncia y vuelve a enviarla.
nojs-empty = El texto de la denuncia está vacío. No se envió nada: escribe lo que pasó y vuelve a enviarla.
nojs-failed = El buzón no pudo guardar tu denuncia ({ $detail }). No se guardó nada; inténtalo de nuevo más tarde.
nojs-back = Volver al formulario
`;var iu=`# Persian. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

page-title = صندوق گزارش
language-label = زبان

## Without JavaScript

noscript-needs-js = این صفحه برای رمزگذاری گزارش شما در مرورگرتان به JavaScript نیاز دارد. وقتی JavaScript خاموش است هیچ‌چیز در این صفحه کار نمی‌کند: مرورگر شما نمی‌تواند رمزگذاری کند، پس چیزی فرستاده نمی‌شود.
noscript-nojs = اگر گرداننده آن را روشن کرده باشد، یک فرم فقط‌متنی بدون JavaScript کار می‌کند، اما آنچه در آن می‌نویسید را سرور رمزگذاری می‌کند، پس گرداننده سرور می‌تواند آن را بخواند. پیوست نمی‌پذیرد و نام رمزی برای دریافت پاسخ نمی‌دهد.
noscript-nojs-link = فرم فقط‌متنی (گرداننده سرور می‌تواند آن را بخواند)
noscript-cli = امن‌ترین راه گزارش دادن، ابزار خط فرمان dropbox-submit است که روی رایانه خودتان رمزگذاری می‌کند.
noscript-other-languages = زبان‌های دیگر

## The team and its roster

trust-heading = چه کسی گزارش شما را می‌خواند
team-ask = این پیوند اثر انگشت تیم را نداشت. آن را از وبسایت خود تیم کپی کنید (۶۴ حرف و رقم) و اینجا بچسبانید.
team-input-label = اثر انگشت تیم
team-check = بررسی تیم
team-name-label = تیم
roster-seq-label = فهرست اعضا
roster-head-label = هش سرِ فهرست
team-fp-label = اثر انگشت
team-compare = اگر می‌توانید، شماره فهرست و هش سرِ آن را با آنچه تیم منتشر می‌کند مقایسه کنید. وقتی اعضای تیم تغییر می‌کنند، این‌ها هم تغییر می‌کنند.
trust-readers = { $count ->
    [one] یک عضو تیم می‌تواند گزارش شما را بخواند. در پایین می‌بینید چه کسی.
   *[other] { $count } عضو تیم می‌توانند گزارش شما را بخوانند، مگر اینکه در پایین برخی را کنار بگذارید.
  }
trust-server = سرور صندوق گزارش نمی‌تواند گزارش شما را بخواند و نمی‌فهمد چه کسی را کنار گذاشته‌اید یا پاسخ خواسته‌اید یا نه. روز رسیدن گزارش و اندازه گردشده آن را می‌بیند؛ بدون Tor Browser، تا وقتی وصل هستید نشانی شبکه شما را هم می‌بیند.
status-checking = در حال بررسی فهرست اعضای تیم…
status-roster-bad = فهرست اعضای تیم تأیید نمی‌شود ({ $detail }). اینجا چیزی نفرستید: اثر انگشت را در وبسایت خود تیم بررسی کنید.
status-roster-ok = فهرست اعضای تیم تأیید شد: با امضای مدیران تیم، بر پایه اثر انگشتی که در پیوند شماست.
status-bad-fingerprint = اثر انگشت تیم ۶۴ حرف (a–f) و رقم است.
origin-warning = هشدار: این نشانی ({ $origin }) جزو نشانی‌هایی نیست که تیم منتشر کرده است ({ $endpoints }). مطمئن شوید که به صندوق گزارش درست رسیده‌اید.
onion-notice-onion = شما از نشانی ‎.onion صندوق گزارش استفاده نمی‌کنید. شبکه شما و شبکه سرور می‌توانند ببینند که از این سایت بازدید کرده‌اید. برای امنیت بیشتر، نشانی ‎.onion تیم را در مرورگر Tor باز کنید.
onion-notice-tor = شما از نشانی ‎.onion صندوق گزارش استفاده نمی‌کنید. شبکه شما و شبکه سرور می‌توانند ببینند که از این سایت بازدید کرده‌اید. برای امنیت بیشتر، از مرورگر Tor استفاده کنید.

## The report form

report-heading = گزارش شما
field-title = عنوان
field-body = گزارش
field-category = دسته
category-none = (بدون دسته)
field-severity = به نظر شما چقدر جدی است؟
severity-none = (بدون حدس)
severity-critical = بحرانی
severity-high = زیاد
severity-medium = متوسط
severity-low = کم
field-contact = اطلاعات تماس (اختیاری)
field-credit = نام شما چگونه ذکر شود (اختیاری؛ اگر نمی‌خواهید نامتان ذکر شود خالی بگذارید)
field-attachments = پیوست‌ها
attachments-note = پیش از رمزگذاری، فراداده‌های پنهان (مکان عکس، دوربین، زمان‌ها، نویسنده، توضیحات) از تصاویر JPEG و PNG حذف می‌شوند. فایل‌های دیگر همان‌طور که هستند فرستاده می‌شوند: این داده‌ها را خودتان از آن‌ها حذف کنید. می‌توانید نام هر فایل را در پایین تغییر دهید.
recipients-legend = چه کسی می‌تواند آن را بخواند
recipients-note = هر کسی که تیک خورده می‌تواند گزارش شما را بخواند. عضوی که تیکش را بردارید کلیدی برای آن نمی‌گیرد: نه گزارش را می‌تواند بخواند، نه پیوست‌ها و نه پیام‌های نام رمزی شما را، و فایل نشان نمی‌دهد چه کسی کنار گذاشته شده است. او هنوز می‌تواند، مانند هر عضو دیگر و سرور، ببیند که گزارشی رسیده، در چه روزی و با چه اندازه تقریبی؛ و اعضایی که انتخاب کرده‌اید می‌توانند درباره آن به او بگویند. دست‌کم یک عضو باید بماند.
recipients-at-least-one = دست‌کم یک عضو باید بتواند گزارش شما را بخواند.
replies-checkbox = می‌خواهم پاسخ دریافت کنم
replies-note = اگر این را تیک بزنید، صفحه پس از فرستادن یک نام رمزی (هشت واژه) می‌سازد. آن را یادداشت کنید: تنها راه خواندن پاسخ‌های تیم است و فقط یک بار نشان داده می‌شود.
send-button = فرستادن گزارش

## Before you send

guide-heading = پیش از فرستادن
guide-tor = از مرورگر Tor استفاده کنید: این مرورگر پنهان می‌کند که شما که هستید و کجا هستید، هم از این صندوق گزارش و هم از شبکه‌تان؛ مرورگر معمولی این کار را نمی‌کند.
guide-metadata = فایل‌ها می‌توانند شما را لو بدهند: نام‌ها، مکان‌ها و زمان‌های درون سندها و عکس‌ها، و جزئیاتی که فقط چند نفر می‌دانند. هرچه می‌توانید حذف کنید؛ این صفحه فقط عکس‌های JPEG و PNG را پاک می‌کند.
guide-codename = اگر پاسخ می‌خواهید، نام رمزی را یادداشت کنید و جایی امن نگه دارید، نه در این مرورگر. هر کس آن را داشته باشد می‌تواند پاسخ‌ها را بخواند؛ اگر گمش کنید، هیچ‌کس نمی‌تواند آن را به شما برگرداند.

## Attachments

attachment-name = نام پیوست { $n } ({ $size } بایت)
attachment-checking = در حال جست‌وجوی فراداده پنهان…
attachment-as-is = همان‌طور که هست فرستاده می‌شود: این صفحه فقط از تصاویر JPEG و PNG فراداده حذف می‌کند، پس نام‌ها، مکان‌ها یا تاریخچه ویرایش درون این فایل در آن می‌مانند.
attachment-too-large = این تصویر { $kind } بزرگ‌تر از آن است که اینجا برای فراداده پنهان بررسی شود؛ فراداده‌اش را خودتان حذف کنید یا آن را پیوست نکنید.
attachment-removed = پیش از رمزگذاری حذف شد: { $removed }.
attachment-clean = هیچ فراداده پنهانی در این تصویر پیدا نشد.
attachment-unreadable = این فایل شبیه تصویر { $kind } است اما خوانده نشد ({ $detail })، پس فراداده پنهانش حذف نشد. آن را پیوست نکنید یا نخست درستش کنید.

## Sending a report

error-no-recipient = دست‌کم یک عضو را برای خواندن گزارش خود انتخاب کنید.
error-empty = گزارش خالی است: چیزی بنویسید یا فایلی پیوست کنید.
error-file = { $name }: { $problem }
error-too-large = پیوست‌ها برای این صندوق گزارش بیش از اندازه بزرگ‌اند (روی هم حداکثر { $max } بایت).
error-encrypted-too-large = گزارش رمزگذاری‌شده بزرگ‌تر از حدی است که این صندوق گزارش می‌پذیرد
error-worker = کارگزار پس‌زمینه صفحه از کار افتاد
error-no-drop-key = { $name } امروز کلید تحویل معتبری ندارد و گزارش‌های این تیم فقط با کلیدهای تحویل رمزگذاری می‌شوند؛ { $name } را کنار بگذارید یا پس از همگام‌سازی او دوباره تلاش کنید
error-drop-keys-unavailable = صندوق کلیدهای تحویل خود را ارائه نکرد (HTTP { $status })؛ بعداً دوباره تلاش کنید
progress-heading = در حال فرستادن
progress-bar =
    .aria-label = پیشرفت
progress-keys = در حال ساختن کلیدهای نام رمزی شما…
progress-keys-percent = در حال ساختن کلیدهای نام رمزی شما… { $percent }٪
progress-no-worker = Web Worker در دسترس نیست؛ کار در همین صفحه انجام می‌شود که ممکن است مدتی از کار بیفتد…
progress-sending = در حال رمزگذاری و فرستادن…
progress-sending-bytes = در حال رمزگذاری و فرستادن… { $percent }٪ ({ $sent } از { $total } بایت)
status-puzzle = در حال حل معمای ضدسیل سرور ({ $bits } بیت)…
status-resuming = اتصال قطع شد؛ در حال ازسرگیری (تلاش { $attempt } از { $retries })…
sent = فرستاده شد.
sent-uncertain = اتصال در آخرین لحظه قطع شد؛ گزارش شما احتمالاً رسیده است.
sent-record-note = توجه: سابقه اینکه چه کسی می‌تواند گفت‌وگوی شما را بخواند ذخیره نشد ({ $detail })؛ پس از پاسخ تیم می‌توانید پیام پیگیری بفرستید.
send-failed = فرستادن ناموفق بود: { $detail }. دریافت چیزی تأیید نشد؛ می‌توانید دوباره تلاش کنید.

## The receipt and the codename

done-heading = گزارش شما دریافت شد
receipt-text = رسید (sha256 دقیقاً همان چیزی که فرستاده شد؛ تیم همین عدد را می‌بیند):
receipt-output =
    .aria-label = رسید
codename-heading = نام رمزی شما
codename-keep = آن را یادداشت کنید و پنهان نگه دارید؛ فقط یک بار نشان داده می‌شود.
codename-output =
    .aria-label = نام رمزی
codename-note = با آن شما، و فقط شما، می‌توانید پاسخ‌های تیم را بخوانید؛ در پایین زیر «بررسی پاسخ‌ها» یا با فرمان dropbox-submit replies.
left-out = کنار گذاشته‌شده‌ها: { $names }. آن‌ها نمی‌توانند این گزارش را بخوانند.

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = پیش از فرستادن: چه بر سر گزارش شما می‌آید
consent-where = کجا نگه داشته می‌شود: نخست در همین مرورگر رمزگذاری می‌شود، سپس رمزگذاری‌شده در این صندوق می‌ماند تا تیم آن را بردارد، و پس از آن در انبار رمزگذاری‌شدهٔ پرونده‌های هر عضوی که می‌تواند آن را بخواند. گردانندهٔ صندوق نمی‌تواند آن را بخواند.
consent-server = تا کی: صندوق آن را { $all } روز پس از آنکه همهٔ خوانندگان برداشتند، یا { $first } روز پس از نخستین برداشت، هر کدام زودتر باشد، پاک می‌کند، و اگر کسی برندارد پس از { $none } روز. پاسخ‌های تیم به شما { $read } روز پس از خواندنشان، یا { $reply } روز پس از نوشته‌شدنشان، از صندوق پاک می‌شوند.
consent-team = تیم پرونده را { $close } روز پس از بستنش پاک می‌کند (مگر عضوی ناچار باشد آن را بیشتر نگه دارد، برای نگهداری قانونی یا افشای در جریان)، و نسخه‌های پشتیبان آن { $backup } روز خواندنی می‌مانند.
consent-dropkeys = با کلیدهای کوتاه‌عمری رمزگذاری می‌شود که هر خواننده پس از گذشت پنجرهٔ { $days } روزهٔ خود و یک پنجرهٔ دیگر نابودشان می‌کند: پس از آن هیچ‌کس، حتی تیم، نمی‌تواند هیچ نسخه‌ای از بارگذاری رمزگذاری‌شده را باز کند.
consent-dropkeys-codename = استثنا نام رمزی شماست: هر کس آن را داشته باشد می‌تواند رونوشت صندوق گزارش را تا وقتی صندوق آن را نگه می‌دارد باز کند، و نیز هر رونوشتی را که شما ذخیره می‌کنید.
consent-readers = چه کسانی می‌توانند آن را بخوانند: { $names }.
consent-left-out = کنار گذاشته‌شده‌ها: { $names }. آن‌ها نه آن را می‌توانند بخوانند و نه چیزی را که تیم از آن به دست می‌آورد.
consent-contact-given = اطلاعات تماس شما را فقط تیم به کار می‌برد، برای تماس با شما دربارهٔ همین گزارش.
consent-contact-none = اطلاعات تماسی نمی‌دهید: تیم فقط از راه پاسخ به یک نام رمزی می‌تواند با شما تماس بگیرد.
consent-credit-given = سطر قدردانی همان نامی است که تیم اگر به‌خاطر این گزارش علناً از شما قدردانی کند، با آن از شما یاد می‌کند.
consent-credit-none = درخواست قدردانی نمی‌کنید: تیم نام شما را نمی‌برد.
consent-tlp = تیم ممکن است گزارش را با طرفی که تحت تأثیر است (مثلاً سازندهٔ نرم‌افزار یا سازمان مربوط) در میان بگذارد، رمزگذاری‌شده برای همان طرف و فقط تا جایی که برچسب TLP آن اجازه می‌دهد؛ اطلاعات تماس و سطر قدردانی شما فقط وقتی فرستاده می‌شوند که تیم بخواهد آن‌ها را بگنجاند.
consent-codename = با نام رمزی‌تان می‌توانید پاسخ‌های تیم را بخوانید، پیگیری بفرستید و بعداً گزارش را پس بگیرید.
consent-no-codename = بدون نام رمزی نمی‌توانید این گزارش را بعداً پس بگیرید، پاسخی بخوانید یا پیگیری بفرستید.
consent-nothing-sent = هیچ چیزی از این رضایت فرستاده نمی‌شود: فقط خود گزارش رمزگذاری‌شده.
consent-agree = موافقم: رمزگذاری کن و بفرست
consent-back = بازگشت به گزارش
copy-save = ذخیرهٔ یک نسخه از آنچه فرستاده شد
copy-note = پروندهٔ رمزگذاری‌شده دقیقاً همان‌گونه که بارگذاری شد: فقط نام رمزی شما آن را باز می‌کند (dropbox-submit open FILE). آن را هم مانند نام رمزی از دسترس هر کسی که نباید بداند شما گزارش داده‌اید دور نگه دارید.

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = پیش از فرستادن: چه بر سر پیگیری شما می‌آید
consent-followup-back = بازگشت به پیگیری
consent-followup-tlp = تیم ممکن است پیگیری را با طرفی که تحت تأثیر است در میان بگذارد، رمزگذاری‌شده برای همان طرف و فقط تا جایی که برچسب TLP پرونده اجازه می‌دهد.
consent-followup-nothing-sent = هیچ چیزی از این رضایت فرستاده نمی‌شود: فقط خود پیگیری رمزگذاری‌شده.
followup-copy-save = ذخیرهٔ یک نسخه از این پیگیری
own-report = شما (گزارش)، { $day }:
conversation-copies-label = افزودن نسخه‌هایی که ذخیره کرده‌اید (گزارش شما، پیگیری‌های شما)
conversation-copies-note = آن‌ها در همین مرورگر با نام رمزی شما باز می‌شوند؛ چیزی بارگذاری نمی‌شود.
conversation-export = برون‌بری گفت‌وگو
copy-unreadable = { $name } خوانده نشد: { $detail }
copy-other-codename = به گفت‌وگوی نام رمزی دیگری تعلق دارد
copy-not-yours = هیچ گزارش یا پیگیری‌ای از شما در آن نیست

## Checking replies and sending follow-ups

replies-heading = بررسی پاسخ‌ها
replies-intro = اگر گزارشی با نام رمزی فرستاده‌اید، آن را اینجا وارد کنید تا پاسخ‌های تیم را بخوانید و جواب بدهید. هر پاسخ با فهرست اعضای تیم سنجیده می‌شود؛ صفحه نشان می‌دهد کدام عضو آن را نوشته است.
check-codename-label = نام رمزی برای بررسی پاسخ‌ها
check-note = هشت واژه، همان‌طور که صفحه پس از فرستادن گزارش نشان داد.
check-button = بررسی پاسخ‌ها
codename-word-count = نام رمزی دقیقاً ۸ واژه دارد؛ این یکی { $count } واژه دارد.
codename-unknown-word = واژه { $n } نام رمزی در فهرست واژه‌ها نیست؛ املای آن را بررسی کنید.
check-deriving = در حال به‌دست‌آوردن کلیدهای نام رمزی شما…
check-deriving-percent = در حال به‌دست‌آوردن کلیدهای نام رمزی شما… { $percent }٪
check-fetching = در حال گرفتن صندوق پستی شما…
check-mailbox-refused = صندوق گزارش برای صندوق پستی شما { $status } پاسخ داد
check-mailbox-refused-message = صندوق گزارش برای صندوق پستی شما { $status } پاسخ داد: { $message }
check-verifying = در حال بررسی امضای هر پاسخ…
check-verified = { $count ->
    [one] { $count } پاسخ تأییدشده.
   *[other] { $count } پاسخ تأییدشده.
  }
check-failed = بررسی پاسخ‌ها ممکن نشد: { $detail }.
conversation-heading = گفت‌وگو
conversation-log =
    .aria-label = گفت‌وگو
no-replies = هنوز پاسخی نیامده است.
reply-from = #{ $seq } از { $author } ({ $member })، { $day }:
own-followup = شما (پیگیری #{ $seq })، { $day }:
own-followup-now = شما (پیگیری #{ $seq }، همین حالا فرستاده شد)، { $day }:
sent-files = { $count ->
    [one] { $count } فایل: { $names }
   *[other] { $count } فایل: { $names }
  }
reply-missing = { $count ->
    [one] پاسخ { $list } گم شده است: شاید سرور آن را نگه داشته یا منقضی شده باشد.
   *[other] پاسخ‌های { $list } گم شده‌اند: شاید سرور آن‌ها را نگه داشته یا منقضی شده باشند.
  }
reply-problem = هشدار: { $problem }. ممکن است جعلی باشد؛ نشان داده نمی‌شود.
followup-unavailable-none = اینجا نمی‌توانید پیام پیگیری بفرستید: نه سابقه گفت‌وگوی شما و نه هیچ پاسخی از تیم نمی‌گوید چه کسی می‌تواند آن را بخواند (شاید منقضی شده باشد). به‌جای آن گزارش تازه‌ای بفرستید و خوانندگانش را انتخاب کنید.
followup-unavailable-empty = هیچ عضو کنونی تیم نمی‌تواند این گفت‌وگو را بخواند؛ نمی‌توانید پیام پیگیری بفرستید.
followup-label = پیگیری
followup-seq-label = شماره این پیگیری (از صندوق پستی شما محاسبه شده)
followup-files-label = فایل‌هایی برای افزودن به پیگیری
followup-files-note = مانند گزارش: فراداده پنهان پیش از رمزگذاری از تصاویر JPEG و PNG حذف می‌شود؛ فایل‌های دیگر همان‌طور که هستند فرستاده می‌شوند.
followup-recipients-note = عضوی که تیکش را بردارید کلیدی برای این پیام نمی‌گیرد؛ دست‌کم یکی باید بماند. اعضایی که گزارش شما کنار گذاشت هرگز پیشنهاد نمی‌شوند.
followup-to = پیگیری برای { $name }
followup-left-out = کنار گذاشته‌شده از این گفت‌وگو، به انتخاب گزارش شما: { $names }.
followup-send = فرستادن پیگیری
followup-done = پیگیری دریافت شد. رسید:
followup-receipt =
    .aria-label = تأیید دریافت پیگیری شما
followup-check-first = نخست پاسخ‌هایتان را با نام رمزی‌تان بررسی کنید.
followup-empty = پیگیری خالی است.
followup-no-recipient = دست‌کم یک عضو را برای خواندن پیگیری خود انتخاب کنید.
followup-too-large = فایل‌ها برای این صندوق گزارش بیش از اندازه بزرگ‌اند (روی هم حداکثر { $max } بایت).
followup-encrypted-too-large = پیگیری رمزگذاری‌شده بزرگ‌تر از حدی است که این صندوق گزارش می‌پذیرد
followup-fingerprinting = در حال گرفتن اثر انگشت فایل‌ها برای امضای شما…
followup-sending-percent = در حال فرستادن… { $percent }٪
followup-sent-uncertain = اتصال در آخرین لحظه قطع شد؛ پیگیری شما احتمالاً رسیده است.
followup-copy-note = توجه: نسخه آن در سابقه گفت‌وگوی شما ذخیره نشد ({ $detail }).

## Staying safe

safety-heading = ایمن ماندن
safety-tor = اگر می‌توانید از مرورگر Tor و نشانی ‎.onion این صندوق گزارش استفاده کنید. در سطح امنیتی «امن‌تر» این صفحه همچنان کار می‌کند (کندتر)؛ در «امن‌ترین» JavaScript خاموش است و صفحه نمی‌تواند رمزگذاری کند.
safety-nothing-stored = این صفحه هیچ‌چیز از آنچه می‌نویسید را ذخیره نمی‌کند: نه کوکی، نه ذخیره‌سازی محلی. وقتی کارتان تمام شد زبانه را ببندید.
safety-cli = اگر در معرض خطر زیادی هستید، به‌جای آن از ابزار خط فرمان dropbox-submit استفاده کنید: همان رمزگذاری را روی رایانه خودتان، بدون مرورگر، انجام می‌دهد.

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = گزارش بدون JavaScript
nojs-heading = گزارش به { $team } بدون JavaScript
nojs-warning = هشدار: گرداننده سرور می‌تواند آنچه را با این فرم می‌فرستید بخواند.
nojs-explain = مرورگر شما متن را به سرور می‌فرستد و سرور آن را برای تیم رمزگذاری می‌کند. برای رمزگذاری سرتاسری، از صفحه عادی با JavaScript روشن یا از ابزار خط فرمان dropbox-submit استفاده کنید.
nojs-text-only = فقط متن (حداکثر ۶۴ کیلوبایت): بدون پیوست و بدون نام رمز، پس تیم نمی‌تواند اینجا به شما پاسخ دهد.
nojs-received-heading = گزارش دریافت شد
nojs-receipt = رسید (sha256 گزارش رمزگذاری‌شده):
nojs-keep-receipt = اگر می‌خواهید بعدها نشان دهید که این گزارش را فرستاده‌اید، آن را نگه دارید.
nojs-too-large = این فرم حداکثر ۶۴ کیلوبایت متن می‌پذیرد. چیزی فرستاده نشد: گزارش را کوتاه کنید و دوباره بفرستید.
nojs-empty = متن گزارش خالی است. چیزی فرستاده نشد: بنویسید چه اتفاقی افتاد و دوباره بفرستید.
nojs-failed = صندوق گزارش نتوانست گزارش شما را ذخیره کند ({ $detail }). چیزی نگه داشته نشد؛ بعداً دوباره تلاش کنید.
nojs-back = بازگشت به فرم
`;var su=`# French. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

page-title = Boîte de signalement
language-label = Langue

## Without JavaScript

noscript-needs-js = Cette page a besoin de JavaScript pour chiffrer votre signalement dans votre navigateur. Sans JavaScript, rien ne fonctionne sur cette page : votre navigateur ne peut pas chiffrer, donc rien n’est envoyé.
noscript-nojs = Si l’opérateur l’a activé, un formulaire texte seul fonctionne sans JavaScript, mais c’est alors le serveur qui chiffre ce que vous y tapez : l’opérateur du serveur pourrait donc le lire. Il n’accepte pas de pièces jointes et ne donne pas de nom de code pour les réponses.
noscript-nojs-link = Formulaire texte seul (l’opérateur du serveur pourrait le lire)
noscript-cli = Le moyen le plus sûr de signaler est l’outil en ligne de commande dropbox-submit, qui chiffre sur votre propre ordinateur.
noscript-other-languages = Autres langues

## The team and its roster

trust-heading = Qui lira votre signalement
team-ask = Ce lien ne donnait pas l’empreinte de l’équipe. Copiez-la depuis le site web de l’équipe elle-même (64 lettres et chiffres) et collez-la ici.
team-input-label = Empreinte de l’équipe
team-check = Vérifier l’équipe
team-name-label = Équipe
roster-seq-label = Liste des membres
roster-head-label = Hachage de tête
team-fp-label = Empreinte
team-compare = Si vous le pouvez, comparez le numéro de la liste et le hachage de tête avec ce que publie l’équipe. Ils changent quand les membres de l’équipe changent.
trust-readers = { $count ->
    [one] Un membre de l’équipe peut lire votre signalement. Vous voyez qui ci-dessous.
   *[other] { $count } membres de l’équipe peuvent lire votre signalement, sauf si vous en écartez ci-dessous.
  }
trust-server = Le serveur de la boîte ne peut ni lire votre signalement, ni savoir qui vous avez écarté ou si vous avez demandé des réponses. Il voit le jour de son arrivée et sa taille, arrondie ; sans Tor Browser, aussi votre adresse réseau pendant que vous êtes connecté.
status-checking = Vérification de la liste des membres de l’équipe…
status-roster-bad = La liste des membres de l’équipe ne se vérifie pas ({ $detail }). N’envoyez rien ici : vérifiez l’empreinte sur le site web de l’équipe elle-même.
status-roster-ok = La liste des membres de l’équipe est vérifiée : elle est signée par les administrateurs de l’équipe, à partir de l’empreinte de votre lien.
status-bad-fingerprint = L’empreinte d’une équipe compte 64 lettres (a–f) et chiffres.
origin-warning = Attention : cette adresse ({ $origin }) ne fait pas partie des adresses publiées par l’équipe ({ $endpoints }). Assurez-vous d’avoir atteint la bonne boîte de signalement.
onion-notice-onion = Vous n’utilisez pas l’adresse .onion de la boîte de signalement. Votre réseau, et celui du serveur, peuvent voir que vous avez visité ce site. Pour plus de sécurité, ouvrez l’adresse .onion de l’équipe dans Tor Browser.
onion-notice-tor = Vous n’utilisez pas l’adresse .onion de la boîte de signalement. Votre réseau, et celui du serveur, peuvent voir que vous avez visité ce site. Pour plus de sécurité, utilisez Tor Browser.

## The report form

report-heading = Votre signalement
field-title = Titre
field-body = Signalement
field-category = Catégorie
category-none = (aucune)
field-severity = À quel point est-ce grave selon vous ?
severity-none = (pas d’estimation)
severity-critical = Critique
severity-high = Élevée
severity-medium = Moyenne
severity-low = Faible
field-contact = Coordonnées (facultatif)
field-credit = Comment vous citer (facultatif ; laissez vide pour ne pas être cité)
field-attachments = Pièces jointes
attachments-note = Avant le chiffrement, les métadonnées cachées (lieu d’une photo, appareil, heures, auteur, commentaires) sont retirées des images JPEG et PNG. Les autres fichiers sont envoyés tels quels : retirez-en vous-même ces données. Vous pouvez renommer chaque fichier ci-dessous.
recipients-legend = Qui peut le lire
recipients-note = Toutes les personnes cochées peuvent lire votre signalement. Un membre que vous décochez ne reçoit pas de clé : il ne peut lire ni le signalement, ni ses pièces jointes, ni les messages de votre nom de code, et le fichier ne montre pas qui a été exclu. Il peut toutefois voir, comme chaque membre et le serveur, qu’un signalement est arrivé, quel jour, et sa taille approximative ; et les membres choisis peuvent lui en parler. Au moins un membre doit rester.
recipients-at-least-one = Au moins un membre doit pouvoir lire votre signalement.
replies-checkbox = Je veux recevoir des réponses
replies-note = Si vous cochez cette case, la page crée un nom de code (huit mots) après l’envoi. Notez-le : c’est le seul moyen de lire les réponses de l’équipe, et il n’est affiché qu’une fois.
send-button = Envoyer le signalement

## Before you send

guide-heading = Avant d’envoyer
guide-tor = Utilisez Tor Browser : il cache à cette boîte de signalement et à votre réseau qui vous êtes et où vous êtes ; un navigateur ordinaire ne le fait pas.
guide-metadata = Les fichiers peuvent vous trahir : noms, lieux et heures dans les documents et les photos, et détails que peu de gens connaissent. Retirez ce que vous pouvez ; cette page ne nettoie que les photos JPEG et PNG.
guide-codename = Si vous demandez des réponses, notez le nom de code et gardez-le en lieu sûr, pas dans ce navigateur. Qui l’a peut lire les réponses ; si vous le perdez, personne ne peut vous le rendre.

## Attachments

attachment-name = Nom de la pièce jointe { $n } ({ $size ->
    [one] { $size } octet
   *[other] { $size } octets
  })
attachment-checking = Recherche de métadonnées cachées…
attachment-as-is = Envoyé tel quel : cette page ne retire les métadonnées que des images JPEG et PNG, donc les noms, lieux ou historiques de modification contenus dans ce fichier y restent.
attachment-too-large = Cette image { $kind } est trop grande pour y chercher ici des métadonnées cachées ; retirez-les vous-même, ou ne la joignez pas.
attachment-removed = Retiré avant le chiffrement : { $removed }.
attachment-clean = Aucune métadonnée cachée trouvée dans cette image.
attachment-unreadable = Ce fichier ressemble à une image { $kind } mais n’a pas pu être lu ({ $detail }), donc ses métadonnées cachées n’ont pas pu être retirées. Ne le joignez pas, ou réparez-le d’abord.

## Sending a report

error-no-recipient = Choisissez au moins un membre pour lire votre signalement.
error-empty = Le signalement est vide : écrivez quelque chose ou joignez un fichier.
error-file = { $name } : { $problem }
error-too-large = Les pièces jointes sont trop grandes pour cette boîte de signalement (au plus { $max } octets en tout).
error-encrypted-too-large = le signalement chiffré est plus grand que ce qu’accepte cette boîte de signalement
error-worker = le processus en arrière-plan de la page a échoué
error-no-drop-key = { $name } n'a aujourd'hui aucune clé de dépôt valide, et les signalements de cette équipe ne vont qu'à des clés de dépôt ; laissez { $name } de côté ou réessayez après sa synchronisation
error-drop-keys-unavailable = la boîte de dépôt n'a pas fourni ses clés de dépôt (HTTP { $status }) ; réessayez plus tard
progress-heading = Envoi
progress-bar =
    .aria-label = Progression
progress-keys = Création des clés de votre nom de code…
progress-keys-percent = Création des clés de votre nom de code… { $percent } %
progress-no-worker = Les Web Workers ne sont pas disponibles ; le travail se fait sur cette page, qui peut se figer un moment…
progress-sending = Chiffrement et envoi…
progress-sending-bytes = Chiffrement et envoi… { $percent } % ({ $sent } sur { $total } octets)
status-puzzle = Résolution de l’énigme anti-saturation du serveur ({ $bits } bits)…
status-resuming = La connexion a été interrompue ; reprise (tentative { $attempt } sur { $retries })…
sent = Envoyé.
sent-uncertain = La connexion s’est coupée tout à la fin ; votre signalement a probablement été reçu.
sent-record-note = Remarque : la note indiquant qui peut lire votre conversation n’a pas été enregistrée ({ $detail }) ; vous pourrez envoyer des relances une fois que l’équipe aura répondu.
send-failed = L’envoi a échoué : { $detail }. Rien n’a été confirmé ; vous pouvez réessayer.

## The receipt and the codename

done-heading = Votre signalement a été reçu
receipt-text = Reçu (sha256 exactement de ce qui a été envoyé ; l’équipe voit le même nombre) :
receipt-output =
    .aria-label = Reçu
codename-heading = Votre nom de code
codename-keep = Notez-le et gardez-le secret ; il n’est affiché qu’une fois.
codename-output =
    .aria-label = Nom de code
codename-note = Avec lui, vous et vous seul pouvez lire les réponses de l’équipe, ci-dessous sous « Consulter les réponses » ou avec la commande dropbox-submit replies.
left-out = Exclus : { $names }. Ils ne peuvent pas lire ce signalement.

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = Avant d'envoyer : ce que devient votre signalement
consent-where = Où il est conservé : d'abord chiffré dans ce navigateur, puis chiffré sur cette boîte de dépôt jusqu'à ce que l'équipe le récupère, puis dans le stockage chiffré des dossiers de chaque membre qui peut le lire. L'opérateur de la boîte de dépôt ne peut pas le lire.
consent-server = Combien de temps : la boîte de dépôt le supprime { $all } jours après que tous les destinataires l'ont récupéré, ou { $first } jours après la première récupération, selon ce qui arrive en premier, et au bout de { $none } jours si personne ne le récupère. Les réponses de l'équipe sont supprimées de la boîte de dépôt { $read } jours après que vous les avez lues, ou { $reply } jours après leur rédaction.
consent-team = L'équipe supprime le dossier { $close } jours après l'avoir clos (sauf si un membre doit le garder plus longtemps, pour une conservation légale ou une divulgation en cours), et ses sauvegardes restent lisibles pendant { $backup } jours.
consent-dropkeys = Il est chiffré avec des clés de courte durée que chaque destinataire détruit une fois passées sa fenêtre de { $days } jours et une de plus : ensuite, personne ne peut ouvrir une copie de l'envoi chiffré, pas même l'équipe.
consent-dropkeys-codename = L’exception est votre nom de code : quiconque le détient peut ouvrir la copie de la boîte tant que la boîte la conserve, ainsi que toute copie que vous enregistrez.
consent-readers = Qui peut le lire : { $names }.
consent-left-out = Exclus : { $names }. Ils ne peuvent le lire, ni rien de ce que l'équipe en tire.
consent-contact-given = Vos coordonnées ne servent qu'à l'équipe, pour vous joindre au sujet de ce signalement.
consent-contact-none = Vous ne donnez pas de coordonnées : l'équipe ne peut vous joindre que par des réponses à un nom de code.
consent-credit-given = Votre mention est la façon dont l'équipe vous nomme si elle vous remercie publiquement pour ce signalement.
consent-credit-none = Vous ne demandez pas de mention : l'équipe ne vous nommera pas.
consent-tlp = L'équipe peut partager le signalement avec une partie concernée (par exemple l'éditeur du logiciel ou l'organisation en cause), chiffré pour cette partie et seulement dans la mesure où son label TLP le permet ; vos coordonnées et votre mention ne sont transmises que si l'équipe choisit de les inclure.
consent-codename = Avec votre nom de code, vous pouvez lire les réponses de l'équipe, envoyer des compléments et retirer le signalement plus tard.
consent-no-codename = Sans nom de code, vous ne pourrez pas retirer ce signalement plus tard, ni lire de réponses, ni envoyer de compléments.
consent-nothing-sent = Rien de ce consentement n'est envoyé : seulement le signalement chiffré lui-même.
consent-agree = J'accepte : chiffrer et envoyer
consent-back = Revenir au signalement
copy-save = Enregistrer une copie de ce qui a été envoyé
copy-note = Le fichier chiffré tel qu'il a été envoyé : seul votre nom de code l'ouvre (dropbox-submit open FICHIER). Gardez-le, comme le nom de code, hors de portée de quiconque ne doit pas savoir que vous avez signalé.

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = Avant d'envoyer : ce que devient votre relance
consent-followup-back = Revenir à la relance
consent-followup-tlp = L'équipe peut partager la relance avec une partie concernée, chiffrée pour cette partie et seulement dans la mesure où le label TLP du dossier le permet.
consent-followup-nothing-sent = Rien de ce consentement n'est envoyé : seulement la relance chiffrée elle-même.
followup-copy-save = Enregistrer une copie de cette relance
own-report = Vous (signalement), { $day } :
conversation-copies-label = Ajouter les copies enregistrées (votre signalement, vos relances)
conversation-copies-note = Elles sont ouvertes dans ce navigateur avec votre nom de code ; rien n'est envoyé.
conversation-export = Exporter la conversation
copy-unreadable = Impossible de lire { $name } : { $detail }
copy-other-codename = elle appartient à la conversation d'un autre nom de code
copy-not-yours = elle ne contient ni signalement ni relance de votre part

## Checking replies and sending follow-ups

replies-heading = Consulter les réponses
replies-intro = Si vous avez envoyé un signalement avec un nom de code, saisissez-le ici pour lire les réponses de l’équipe et y répondre. Chaque réponse est vérifiée d’après la liste des membres de l’équipe ; la page indique quel membre l’a écrite.
check-codename-label = Nom de code pour consulter les réponses
check-note = Huit mots, tels que la page les a affichés après l’envoi de votre signalement.
check-button = Consulter les réponses
codename-word-count = Un nom de code compte exactement 8 mots ; celui-ci en a { $count }.
codename-unknown-word = Le mot { $n } du nom de code n’est pas dans la liste de mots ; vérifiez son orthographe.
check-deriving = Dérivation des clés de votre nom de code…
check-deriving-percent = Dérivation des clés de votre nom de code… { $percent } %
check-fetching = Récupération de votre boîte aux lettres…
check-mailbox-refused = la boîte de signalement a répondu { $status } pour votre boîte aux lettres
check-mailbox-refused-message = la boîte de signalement a répondu { $status } pour votre boîte aux lettres : { $message }
check-verifying = Vérification de la signature de chaque réponse…
check-verified = { $count ->
    [one] { $count } réponse vérifiée.
   *[other] { $count } réponses vérifiées.
  }
check-failed = Impossible de consulter les réponses : { $detail }.
conversation-heading = Conversation
conversation-log =
    .aria-label = Conversation
no-replies = Pas encore de réponse.
reply-from = nº { $seq } de { $author } ({ $member }), { $day } :
own-followup = Vous (relance nº { $seq }), { $day } :
own-followup-now = Vous (relance nº { $seq }, envoyée à l’instant), { $day } :
sent-files = { $count ->
    [one] { $count } fichier : { $names }
   *[other] { $count } fichiers : { $names }
  }
reply-missing = { $count ->
    [one] La réponse { $list } manque : le serveur l’a peut-être retenue, ou elle a expiré.
   *[other] Les réponses { $list } manquent : le serveur les a peut-être retenues, ou elles ont expiré.
  }
reply-problem = Attention : { $problem }. Elle pourrait être falsifiée ; elle n’est pas affichée.
followup-unavailable-none = Vous ne pouvez pas envoyer de relance ici : ni la note de votre conversation ni aucune réponse de l’équipe n’indique qui peut la lire (elle a peut-être expiré). Envoyez plutôt un nouveau signalement, en choisissant ses lecteurs.
followup-unavailable-empty = Aucun membre actuel de l’équipe ne peut lire cette conversation ; vous ne pouvez pas envoyer de relance.
followup-label = Relance
followup-seq-label = Numéro de cette relance (déduit de votre boîte aux lettres)
followup-files-label = Fichiers à ajouter à la relance
followup-files-note = Comme pour un signalement : les métadonnées cachées sont retirées des images JPEG et PNG avant le chiffrement ; les autres fichiers sont envoyés tels quels.
followup-recipients-note = Un membre que vous décochez ne reçoit pas de clé pour ce message ; au moins un doit rester. Les membres que votre signalement a exclus ne sont jamais proposés.
followup-to = Relance à { $name }
followup-left-out = Exclus de cette conversation, comme l’a choisi votre signalement : { $names }.
followup-send = Envoyer la relance
followup-done = Relance reçue. Reçu :
followup-receipt =
    .aria-label = Accusé de réception de votre relance
followup-check-first = Consultez d’abord vos réponses avec votre nom de code.
followup-empty = La relance est vide.
followup-no-recipient = Choisissez au moins un membre pour lire votre relance.
followup-too-large = Les fichiers sont trop grands pour cette boîte de signalement (au plus { $max } octets en tout).
followup-encrypted-too-large = la relance chiffrée est plus grande que ce qu’accepte cette boîte de signalement
followup-fingerprinting = Calcul des empreintes des fichiers pour votre signature…
followup-sending-percent = Envoi… { $percent } %
followup-sent-uncertain = La connexion s’est coupée tout à la fin ; votre relance a probablement été reçue.
followup-copy-note = Remarque : sa copie dans la note de votre conversation n’a pas été enregistrée ({ $detail }).

## Staying safe

safety-heading = Rester en sécurité
safety-tor = Utilisez Tor Browser et l’adresse .onion de cette boîte de signalement si vous le pouvez. Au niveau de sécurité « Plus sûr », cette page fonctionne encore (plus lentement) ; au niveau « Le plus sûr », JavaScript est désactivé et elle ne peut pas chiffrer.
safety-nothing-stored = Cette page n’enregistre rien de ce que vous tapez : ni cookies, ni stockage local. Fermez l’onglet quand vous avez fini.
safety-cli = Si vous êtes très exposé, utilisez plutôt l’outil en ligne de commande dropbox-submit : il fait le même chiffrement sur votre propre ordinateur, sans navigateur.

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = Signalement sans JavaScript
nojs-heading = Signalement à { $team } sans JavaScript
nojs-warning = Attention : l’opérateur du serveur pourrait lire ce que vous envoyez avec ce formulaire.
nojs-explain = Votre navigateur envoie le texte au serveur, qui le chiffre pour l’équipe. Pour un chiffrement de bout en bout, utilisez la page normale avec JavaScript activé, ou l’outil en ligne de commande dropbox-submit.
nojs-text-only = Texte seul (64 Kio au plus) : pas de pièces jointes ni de nom de code, l’équipe ne peut donc pas vous répondre ici.
nojs-received-heading = Signalement reçu
nojs-receipt = Reçu (sha256 du signalement chiffré) :
nojs-keep-receipt = Conservez-le si vous voulez montrer plus tard que vous avez envoyé ce signalement.
nojs-too-large = Le formulaire accepte au plus 64 Kio de texte. Rien n’a été envoyé : raccourcissez le signalement et renvoyez-le.
nojs-empty = Le texte du signalement est vide. Rien n’a été envoyé : décrivez ce qui s’est passé et renvoyez-le.
nojs-failed = La boîte de signalement n’a pas pu enregistrer votre signalement ({ $detail }). Rien n’a été gardé ; réessayez plus tard.
nojs-back = Retour au formulaire
`;var au=`# Portuguese. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

page-title = Caixa de denúncias
language-label = Idioma

## Without JavaScript

noscript-needs-js = Esta página precisa de JavaScript para cifrar sua denúncia no seu navegador. Com o JavaScript desligado, nada nesta página funciona: seu navegador não consegue cifrar, então nada é enviado.
noscript-nojs = Se o operador o ativou, um formulário só de texto funciona sem JavaScript, mas nele é o servidor que cifra o que você digita, então o operador do servidor poderia lê-lo. Ele não aceita anexos e não dá um codinome para respostas.
noscript-nojs-link = Formulário só de texto (o operador do servidor poderia lê-lo)
noscript-cli = A forma mais segura de denunciar é a ferramenta de linha de comando dropbox-submit, que cifra no seu próprio computador.
noscript-other-languages = Outros idiomas

## The team and its roster

trust-heading = Quem vai ler sua denúncia
team-ask = Este link não trazia a impressão digital da equipe. Copie-a do site da própria equipe (64 letras e dígitos) e cole-a aqui.
team-input-label = Impressão digital da equipe
team-check = Verificar a equipe
team-name-label = Equipe
roster-seq-label = Lista de membros
roster-head-label = Hash do topo
team-fp-label = Impressão digital
team-compare = Se puder, compare o número da lista e o hash do topo com o que a equipe publica. Eles mudam quando os membros da equipe mudam.
trust-readers = { $count ->
    [one] Um membro da equipe pode ler sua denúncia. Veja quem abaixo.
   *[other] { $count } membros da equipe podem ler sua denúncia, a menos que você exclua alguns abaixo.
  }
trust-server = O servidor da caixa não pode ler sua denúncia, nem saber quem você excluiu ou se pediu respostas. Ele vê o dia em que ela chegou e o tamanho, arredondado; sem o Tor Browser, também seu endereço de rede enquanto você está conectado.
status-checking = Verificando a lista de membros da equipe…
status-roster-bad = A lista de membros da equipe não se verifica ({ $detail }). Não envie nada aqui: confira a impressão digital no site da própria equipe.
status-roster-ok = A lista de membros da equipe foi verificada: está assinada pelos administradores da equipe, a partir da impressão digital do seu link.
status-bad-fingerprint = A impressão digital de uma equipe tem 64 letras (a–f) e dígitos.
origin-warning = Atenção: este endereço ({ $origin }) não está entre os endereços que a equipe publicou ({ $endpoints }). Verifique se você chegou à caixa de denúncias certa.
onion-notice-onion = Você não está usando o endereço .onion da caixa de denúncias. Sua rede, e a do servidor, podem ver que você visitou este site. Para mais segurança, abra o endereço .onion da equipe no Tor Browser.
onion-notice-tor = Você não está usando o endereço .onion da caixa de denúncias. Sua rede, e a do servidor, podem ver que você visitou este site. Para mais segurança, use o Tor Browser.

## The report form

report-heading = Sua denúncia
field-title = Título
field-body = Denúncia
field-category = Categoria
category-none = (nenhuma)
field-severity = Quão grave você acha que é?
severity-none = (sem palpite)
severity-critical = Crítica
severity-high = Alta
severity-medium = Média
severity-low = Baixa
field-contact = Dados de contato (opcional)
field-credit = Como creditar você (opcional; deixe vazio para não ser creditado)
field-attachments = Anexos
attachments-note = Antes da cifragem, metadados ocultos (local de uma foto, câmera, horários, autor, comentários) são removidos de imagens JPEG e PNG. Outros arquivos são enviados como estão: remova você mesmo esses dados deles. Você pode renomear cada arquivo abaixo.
recipients-legend = Quem pode ler
recipients-note = Todos os marcados podem ler sua denúncia. Um membro que você desmarcar não recebe chave: não pode ler a denúncia, seus anexos nem as mensagens do seu codinome, e o arquivo não mostra quem foi deixado de fora. Ainda assim ele pode ver, como todo membro e o servidor, que uma denúncia chegou, em que dia e seu tamanho aproximado; e os membros que você escolheu podem contar a ele. Pelo menos um membro precisa ficar.
recipients-at-least-one = Pelo menos um membro precisa poder ler sua denúncia.
replies-checkbox = Quero receber respostas
replies-note = Se você marcar isto, a página cria um codinome (oito palavras) depois do envio. Anote-o: é a única forma de ler as respostas da equipe, e ele é mostrado só uma vez.
send-button = Enviar denúncia

## Before you send

guide-heading = Antes de enviar
guide-tor = Use o Tor Browser: ele esconde desta caixa de denúncias e da sua rede quem você é e onde está; um navegador comum não faz isso.
guide-metadata = Arquivos podem entregar você: nomes, lugares e horários dentro de documentos e fotos, e detalhes que poucas pessoas conhecem. Remova o que puder; esta página limpa apenas fotos JPEG e PNG.
guide-codename = Se você pedir respostas, anote o codinome e guarde-o em um lugar seguro, não neste navegador. Quem o tiver pode ler as respostas; se você o perder, ninguém pode devolvê-lo.

## Attachments

attachment-name = Nome do anexo { $n } ({ $size ->
    [one] { $size } byte
   *[other] { $size } bytes
  })
attachment-checking = Procurando metadados ocultos…
attachment-as-is = Enviado como está: esta página remove metadados apenas de imagens JPEG e PNG, então nomes, lugares ou histórico de edição dentro deste arquivo permanecem nele.
attachment-too-large = Esta imagem { $kind } é grande demais para procurar metadados ocultos aqui; remova você mesmo os metadados, ou deixe-a de fora.
attachment-removed = Removido antes da cifragem: { $removed }.
attachment-clean = Nenhum metadado oculto encontrado nesta imagem.
attachment-unreadable = Este arquivo parece uma imagem { $kind }, mas não pôde ser lido ({ $detail }), então seus metadados ocultos não puderam ser removidos. Deixe-o de fora, ou conserte-o primeiro.

## Sending a report

error-no-recipient = Escolha pelo menos um membro para ler sua denúncia.
error-empty = A denúncia está vazia: escreva algo ou anexe um arquivo.
error-file = { $name }: { $problem }
error-too-large = Os anexos são grandes demais para esta caixa de denúncias (no máximo { $max } bytes no total).
error-encrypted-too-large = a denúncia cifrada é maior do que esta caixa de denúncias aceita
error-worker = o processo em segundo plano da página falhou
error-no-drop-key = { $name } não tem hoje uma chave de entrega válida, e os relatos desta equipa só vão para chaves de entrega; deixe { $name } de fora ou tente de novo depois da sincronização
error-drop-keys-unavailable = a caixa de entrega não forneceu as suas chaves de entrega (HTTP { $status }); tente de novo mais tarde
progress-heading = Enviando
progress-bar =
    .aria-label = Progresso
progress-keys = Criando as chaves do seu codinome…
progress-keys-percent = Criando as chaves do seu codinome… { $percent } %
progress-no-worker = Web Workers não estão disponíveis; o trabalho é feito nesta página, que pode congelar por um tempo…
progress-sending = Cifrando e enviando…
progress-sending-bytes = Cifrando e enviando… { $percent } % ({ $sent } de { $total } bytes)
status-puzzle = Resolvendo o desafio anti-inundação do servidor ({ $bits } bits)…
status-resuming = A conexão foi interrompida; retomando (tentativa { $attempt } de { $retries })…
sent = Enviado.
sent-uncertain = A conexão caiu bem no final; sua denúncia provavelmente foi recebida.
sent-record-note = Observação: o registro de quem pode ler sua conversa não foi guardado ({ $detail }); você poderá enviar complementos depois que a equipe responder.
send-failed = O envio falhou: { $detail }. Nada foi confirmado; você pode tentar de novo.

## The receipt and the codename

done-heading = Sua denúncia foi recebida
receipt-text = Recibo (sha256 exatamente do que foi enviado; a equipe vê o mesmo número):
receipt-output =
    .aria-label = Recibo
codename-heading = Seu codinome
codename-keep = Anote-o e mantenha-o em segredo; ele é mostrado só uma vez.
codename-output =
    .aria-label = Codinome
codename-note = Com ele você, e só você, pode ler as respostas da equipe, abaixo em “Ver respostas” ou com o comando dropbox-submit replies.
left-out = Deixados de fora: { $names }. Eles não podem ler esta denúncia.

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = Antes de enviar: o que acontece com o seu relato
consent-where = Onde fica guardado: primeiro cifrado neste navegador, depois cifrado nesta caixa de envio até a equipe o buscar, e então no armazenamento cifrado de casos de cada membro que pode lê-lo. O operador da caixa de envio não pode lê-lo.
consent-server = Por quanto tempo: a caixa de envio o apaga { $all } dias depois de todos os leitores o terem buscado, ou { $first } dias depois da primeira busca, o que vier antes, e após { $none } dias se ninguém o buscar. As respostas da equipe são apagadas da caixa de envio { $read } dias depois de você lê-las, ou { $reply } dias depois de escritas.
consent-team = A equipe apaga o caso { $close } dias depois de fechá-lo (a menos que um membro precise guardá-lo por mais tempo, por uma retenção legal ou uma divulgação em andamento), e as cópias de segurança continuam legíveis por { $backup } dias.
consent-dropkeys = Ele é cifrado com chaves de curta duração que cada leitor destrói quando passam a sua janela de { $days } dias e mais uma: depois disso, ninguém consegue abrir nenhuma cópia do envio cifrado, nem mesmo a equipe.
consent-dropkeys-codename = A exceção é o seu codinome: quem o tiver pode abrir a cópia da caixa enquanto a caixa a guardar, e qualquer cópia que você salvar.
consent-readers = Quem pode lê-lo: { $names }.
consent-left-out = Deixados de fora: { $names }. Não podem lê-lo nem nada que a equipe derive dele.
consent-contact-given = Os seus dados de contato são usados só pela equipe, para falar com você sobre este relato.
consent-contact-none = Você não dá dados de contato: a equipe só pode falar com você por respostas a um codinome.
consent-credit-given = O seu crédito é como a equipe o nomeia se o reconhecer publicamente por este relato.
consent-credit-none = Você não pede crédito: a equipe não o nomeará.
consent-tlp = A equipe pode compartilhar o relato com uma parte afetada (por exemplo, quem faz o software ou a organização envolvida), cifrado para essa parte e só na medida em que o rótulo TLP permitir; os seus dados de contato e o seu crédito só vão se a equipe decidir incluí-los.
consent-codename = Com o seu codinome você pode ler as respostas da equipe, enviar complementos e retirar o relato mais tarde.
consent-no-codename = Sem um codinome você não pode retirar este relato mais tarde, nem ler respostas nem enviar complementos.
consent-nothing-sent = Nada deste consentimento é enviado: só o próprio relato cifrado.
consent-agree = Concordo: cifrar e enviar
consent-back = Voltar ao relato
copy-save = Salvar uma cópia do que foi enviado
copy-note = O arquivo cifrado exatamente como foi enviado: só o seu codinome o abre (dropbox-submit open ARQUIVO). Guarde-o, como o codinome, longe de quem não deve saber que você relatou.

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = Antes de enviar: o que acontece com o seu complemento
consent-followup-back = Voltar ao complemento
consent-followup-tlp = A equipe pode compartilhar o complemento com uma parte afetada, cifrado para essa parte e só na medida em que o rótulo TLP do caso permitir.
consent-followup-nothing-sent = Nada deste consentimento é enviado: só o próprio complemento cifrado.
followup-copy-save = Salvar uma cópia deste complemento
own-report = Você (relato), { $day }:
conversation-copies-label = Adicionar as cópias que você salvou (o seu relato, os seus complementos)
conversation-copies-note = Elas são abertas neste navegador com o seu codinome; nada é enviado.
conversation-export = Exportar a conversa
copy-unreadable = Não foi possível ler { $name }: { $detail }
copy-other-codename = pertence à conversa de outro codinome
copy-not-yours = não contém nenhum relato ou complemento seu

## Checking replies and sending follow-ups

replies-heading = Ver respostas
replies-intro = Se você enviou uma denúncia com codinome, digite-o aqui para ler as respostas da equipe e responder. Cada resposta é verificada com a lista de membros da equipe; a página mostra qual membro a escreveu.
check-codename-label = Codinome para ver respostas
check-note = Oito palavras, como a página as mostrou depois que você enviou sua denúncia.
check-button = Ver respostas
codename-word-count = Um codinome tem exatamente 8 palavras; este tem { $count }.
codename-unknown-word = A palavra { $n } do codinome não está na lista de palavras; confira a grafia.
check-deriving = Derivando as chaves do seu codinome…
check-deriving-percent = Derivando as chaves do seu codinome… { $percent } %
check-fetching = Buscando sua caixa postal…
check-mailbox-refused = a caixa de denúncias respondeu { $status } para sua caixa postal
check-mailbox-refused-message = a caixa de denúncias respondeu { $status } para sua caixa postal: { $message }
check-verifying = Verificando a assinatura de cada resposta…
check-verified = { $count ->
    [one] { $count } resposta verificada.
   *[other] { $count } respostas verificadas.
  }
check-failed = Não foi possível ver as respostas: { $detail }.
conversation-heading = Conversa
conversation-log =
    .aria-label = Conversa
no-replies = Ainda não há respostas.
reply-from = nº { $seq } de { $author } ({ $member }), { $day }:
own-followup = Você (complemento nº { $seq }), { $day }:
own-followup-now = Você (complemento nº { $seq }, enviado agora), { $day }:
sent-files = { $count ->
    [one] { $count } arquivo: { $names }
   *[other] { $count } arquivos: { $names }
  }
reply-missing = { $count ->
    [one] A resposta { $list } está faltando: o servidor pode tê-la retido, ou ela expirou.
   *[other] As respostas { $list } estão faltando: o servidor pode tê-las retido, ou elas expiraram.
  }
reply-problem = Atenção: { $problem }. Pode ser falsificada; não é mostrada.
followup-unavailable-none = Você não pode enviar um complemento aqui: nem o registro da sua conversa nem nenhuma resposta da equipe diz quem pode lê-lo (pode ter expirado). Envie uma nova denúncia, escolhendo seus leitores.
followup-unavailable-empty = Nenhum membro atual da equipe pode ler esta conversa; você não pode enviar um complemento.
followup-label = Complemento
followup-seq-label = Número deste complemento (calculado a partir da sua caixa postal)
followup-files-label = Arquivos para adicionar ao complemento
followup-files-note = Como numa denúncia: metadados ocultos são removidos de imagens JPEG e PNG antes da cifragem; outros arquivos são enviados como estão.
followup-recipients-note = Um membro que você desmarcar não recebe chave para esta mensagem; pelo menos um precisa ficar. Membros que sua denúncia deixou de fora nunca são oferecidos.
followup-to = Complemento para { $name }
followup-left-out = Deixados de fora desta conversa, como sua denúncia escolheu: { $names }.
followup-send = Enviar complemento
followup-done = Complemento recebido. Recibo:
followup-receipt =
    .aria-label = Confirmação de recebimento do seu complemento
followup-check-first = Primeiro veja suas respostas com seu codinome.
followup-empty = O complemento está vazio.
followup-no-recipient = Escolha pelo menos um membro para ler seu complemento.
followup-too-large = Os arquivos são grandes demais para esta caixa de denúncias (no máximo { $max } bytes no total).
followup-encrypted-too-large = o complemento cifrado é maior do que esta caixa de denúncias aceita
followup-fingerprinting = Calculando as impressões digitais dos arquivos para sua assinatura…
followup-sending-percent = Enviando… { $percent } %
followup-sent-uncertain = A conexão caiu bem no final; seu complemento provavelmente foi recebido.
followup-copy-note = Observação: a cópia dele no registro da sua conversa não foi guardada ({ $detail }).

## Staying safe

safety-heading = Mantenha-se seguro
safety-tor = Use o Tor Browser e o endereço .onion desta caixa de denúncias se puder. No nível de segurança “Mais seguro” esta página continua funcionando (mais devagar); em “O mais seguro” o JavaScript fica desligado e ela não consegue cifrar.
safety-nothing-stored = Esta página não guarda nada do que você digita: nem cookies, nem armazenamento local. Feche a aba quando terminar.
safety-cli = Se você corre alto risco, use a ferramenta de linha de comando dropbox-submit: ela faz a mesma cifragem no seu próprio computador, sem navegador.

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = Denúncia sem JavaScript
nojs-heading = Denúncia para { $team } sem JavaScript
nojs-warning = Atenção: o operador do servidor poderia ler o que você enviar com este formulário.
nojs-explain = Seu navegador envia o texto ao servidor, que o cifra para a equipe. Para cifragem de ponta a ponta, use a página normal com JavaScript ativado, ou a ferramenta de linha de comando dropbox-submit.
nojs-text-only = Só texto (no máximo 64 KiB): sem anexos e sem codinome, então a equipe não pode responder aqui.
nojs-received-heading = Denúncia recebida
nojs-receipt = Recibo (sha256 da denúncia cifrada):
nojs-keep-receipt = Guarde-o se quiser mostrar depois que enviou esta denúncia.
nojs-too-large = O formulário aceita no máximo 64 KiB de texto. Nada foi enviado: encurte a denúncia e envie de novo.
nojs-empty = O texto da denúncia está vazio. Nada foi enviado: escreva o que aconteceu e envie de novo.
nojs-failed = A caixa de denúncias não conseguiu guardar sua denúncia ({ $detail }). Nada foi guardado; tente de novo mais tarde.
nojs-back = Voltar ao formulário
`;var cu=`# Russian. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

page-title = Ящик для сообщений
language-label = Язык

## Without JavaScript

noscript-needs-js = Этой странице нужен JavaScript, чтобы зашифровать ваше сообщение в вашем браузере. Без JavaScript на этой странице ничего не работает: браузер не может зашифровать, поэтому ничего не отправляется.
noscript-nojs = Если оператор его включил, без JavaScript работает форма только для текста, но там то, что вы вводите, шифрует сервер, поэтому оператор сервера мог бы это прочитать. Она не принимает вложения и не даёт кодового имени для ответов.
noscript-nojs-link = Форма только для текста (оператор сервера мог бы её прочитать)
noscript-cli = Самый безопасный способ сообщить — инструмент командной строки dropbox-submit, который шифрует на вашем собственном компьютере.
noscript-other-languages = Другие языки

## The team and its roster

trust-heading = Кто прочитает ваше сообщение
team-ask = В этой ссылке нет отпечатка команды. Скопируйте его с собственного сайта команды (64 буквы и цифры) и вставьте сюда.
team-input-label = Отпечаток команды
team-check = Проверить команду
team-name-label = Команда
roster-seq-label = Список участников
roster-head-label = Хеш вершины
team-fp-label = Отпечаток
team-compare = Если можете, сравните номер списка и хеш вершины с тем, что публикует команда. Они меняются, когда меняется состав команды.
trust-readers = { $count ->
    [one] { $count } участник команды может прочитать ваше сообщение, если вы не исключите его ниже.
    [few] { $count } участника команды могут прочитать ваше сообщение, если вы не исключите кого-то ниже.
   *[many] { $count } участников команды могут прочитать ваше сообщение, если вы не исключите кого-то ниже.
    [other] { $count } участника команды могут прочитать ваше сообщение, если вы не исключите кого-то ниже.
  }
trust-server = Сервер ящика не может прочитать ваше сообщение и не знает, кого вы исключили и просили ли вы ответа. Он видит день поступления и размер, округлённый вверх; без Tor Browser — ещё и ваш сетевой адрес, пока вы подключены.
status-checking = Проверяется список участников команды…
status-roster-bad = Список участников команды не проходит проверку ({ $detail }). Ничего здесь не отправляйте: проверьте отпечаток на собственном сайте команды.
status-roster-ok = Список участников команды проверен: он подписан администраторами команды, начиная с отпечатка в вашей ссылке.
status-bad-fingerprint = Отпечаток команды — это 64 буквы (a–f) и цифры.
origin-warning = Внимание: этот адрес ({ $origin }) не входит в адреса, опубликованные командой ({ $endpoints }). Убедитесь, что вы попали в нужный ящик для сообщений.
onion-notice-onion = Вы не используете адрес .onion этого ящика. Ваша сеть и сеть сервера могут видеть, что вы посетили этот сайт. Для большей безопасности откройте адрес .onion команды в Tor Browser.
onion-notice-tor = Вы не используете адрес .onion этого ящика. Ваша сеть и сеть сервера могут видеть, что вы посетили этот сайт. Для большей безопасности используйте Tor Browser.

## The report form

report-heading = Ваше сообщение
field-title = Заголовок
field-body = Сообщение
field-category = Категория
category-none = (нет)
field-severity = Насколько это серьёзно, по-вашему?
severity-none = (без оценки)
severity-critical = Критично
severity-high = Высоко
severity-medium = Средне
severity-low = Низко
field-contact = Контактные данные (необязательно)
field-credit = Как вас упомянуть (необязательно; оставьте пустым, чтобы вас не упоминали)
field-attachments = Вложения
attachments-note = Перед шифрованием из изображений JPEG и PNG удаляются скрытые метаданные (место съёмки, камера, время, автор, комментарии). Другие файлы отправляются как есть: удалите такие данные из них сами. Ниже можно переименовать каждый файл.
recipients-legend = Кто может это прочитать
recipients-note = Все отмеченные могут прочитать ваше сообщение. Участник, с которого вы сняли отметку, не получает ключа: он не может прочитать ни сообщение, ни вложения, ни сообщения вашего кодового имени, и файл не показывает, кто был исключён. Но он, как и каждый участник и сервер, может видеть, что сообщение пришло, в какой день и примерно какого размера; а выбранные вами участники могут ему об этом рассказать. Должен остаться хотя бы один участник.
recipients-at-least-one = Хотя бы один участник должен иметь возможность прочитать ваше сообщение.
replies-checkbox = Я хочу получать ответы
replies-note = Если отметить это, после отправки страница создаст кодовое имя (восемь слов). Запишите его: только с ним можно прочитать ответы команды, и оно показывается только один раз.
send-button = Отправить сообщение

## Before you send

guide-heading = Перед отправкой
guide-tor = Используйте Tor Browser: он скрывает от этого ящика и от вашей сети, кто вы и где находитесь; обычный браузер этого не делает.
guide-metadata = Файлы могут вас выдать: имена, места и время внутри документов и фотографий, а также подробности, известные немногим. Удалите, что можете; эта страница очищает только фотографии JPEG и PNG.
guide-codename = Если вы просите ответы, запишите кодовое имя и храните его в надёжном месте, не в этом браузере. Тот, у кого оно есть, может читать ответы; если вы его потеряете, никто не сможет его вернуть.

## Attachments

attachment-name = Имя вложения { $n } ({ $size ->
    [one] { $size } байт
    [few] { $size } байта
   *[other] { $size } байт
  })
attachment-checking = Поиск скрытых метаданных…
attachment-as-is = Отправляется как есть: эта страница удаляет метаданные только из изображений JPEG и PNG, поэтому имена, места или история правок внутри этого файла в нём остаются.
attachment-too-large = Это изображение { $kind } слишком большое, чтобы проверить его здесь на скрытые метаданные; удалите метаданные сами или не прикладывайте его.
attachment-removed = Удалено перед шифрованием: { $removed }.
attachment-clean = В этом изображении скрытых метаданных не найдено.
attachment-unreadable = Этот файл похож на изображение { $kind }, но его не удалось прочитать ({ $detail }), поэтому скрытые метаданные удалить не получилось. Не прикладывайте его или сначала исправьте.

## Sending a report

error-no-recipient = Выберите хотя бы одного участника, который прочитает ваше сообщение.
error-empty = Сообщение пустое: напишите что-нибудь или приложите файл.
error-file = { $name }: { $problem }
error-too-large = Вложения слишком велики для этого ящика (всего не более { $max } байт).
error-encrypted-too-large = зашифрованное сообщение больше, чем принимает этот ящик
error-worker = фоновый обработчик страницы дал сбой
error-no-drop-key = у { $name } сегодня нет действительного ключа доставки, а отчёты этой команды шифруются только ключами доставки; не выбирайте { $name } или повторите попытку после синхронизации
error-drop-keys-unavailable = ящик не выдал ключи доставки (HTTP { $status }); повторите попытку позже
progress-heading = Отправка
progress-bar =
    .aria-label = Ход выполнения
progress-keys = Создаются ключи вашего кодового имени…
progress-keys-percent = Создаются ключи вашего кодового имени… { $percent } %
progress-no-worker = Web Workers недоступны; работа идёт на этой странице, и она может ненадолго зависнуть…
progress-sending = Шифрование и отправка…
progress-sending-bytes = Шифрование и отправка… { $percent } % ({ $sent } из { $total } байт)
status-puzzle = Решается задача сервера против флуда ({ $bits } бит)…
status-resuming = Соединение прервалось; возобновление (попытка { $attempt } из { $retries })…
sent = Отправлено.
sent-uncertain = Соединение оборвалось в самом конце; скорее всего, ваше сообщение получено.
sent-record-note = Примечание: запись о том, кто может читать вашу переписку, не сохранена ({ $detail }); дополнения можно будет отправить, когда команда ответит.
send-failed = Отправка не удалась: { $detail }. Ничего не подтверждено; можно попробовать снова.

## The receipt and the codename

done-heading = Ваше сообщение получено
receipt-text = Квитанция (sha256 ровно того, что отправлено; команда видит то же число):
receipt-output =
    .aria-label = Квитанция
codename-heading = Ваше кодовое имя
codename-keep = Запишите его и храните в тайне; оно показывается только один раз.
codename-output =
    .aria-label = Кодовое имя
codename-note = С ним вы, и только вы, можете читать ответы команды — ниже, в разделе «Проверить ответы», или командой dropbox-submit replies.
left-out = Исключены: { $names }. Они не могут прочитать это сообщение.

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = Перед отправкой: что будет с вашим сообщением
consent-where = Где оно хранится: сначала в зашифрованном виде в этом браузере, затем в зашифрованном виде в этом ящике, пока команда его не заберёт, а затем в зашифрованном хранилище дел каждого участника, который может его прочитать. Оператор ящика прочитать его не может.
consent-server = Как долго: ящик удаляет его через { $all } дн. после того, как его забрали все читатели, или через { $first } дн. после того, как его забрал первый, — что наступит раньше, — и через { $none } дн., если его никто не забрал. Ответы команды удаляются из ящика через { $read } дн. после того, как вы их прочитали, или через { $reply } дн. после написания.
consent-team = Команда удаляет дело через { $close } дн. после закрытия (если только участнику не нужно хранить его дольше — из-за требования закона о хранении или идущего раскрытия), а её резервные копии остаются читаемыми { $backup } дн.
consent-dropkeys = Оно шифруется краткосрочными ключами, которые каждый читатель уничтожает, когда пройдут его окно в { $days } дн. и ещё одно: после этого никто, включая команду, не сможет открыть ни одну копию зашифрованной загрузки.
consent-dropkeys-codename = Исключение — ваше кодовое имя: тот, у кого оно есть, может открыть копию в ящике, пока ящик её хранит, и любую копию, которую вы сохраните.
consent-readers = Кто может его прочитать: { $names }.
consent-left-out = Исключены: { $names }. Они не могут прочитать ни его, ни то, что команда из него выведет.
consent-contact-given = Ваши контактные данные использует только команда — чтобы связаться с вами по этому сообщению.
consent-contact-none = Вы не указали контактных данных: команда может связаться с вами только через ответы на кодовое имя.
consent-credit-given = Ваше указание авторства — это то, как команда назовёт вас, если публично поблагодарит за это сообщение.
consent-credit-none = Вы не просите указывать авторство: команда не назовёт вас.
consent-tlp = Команда может передать сообщение затронутой стороне (например, разработчику программы или причастной организации) — зашифрованным для этой стороны и лишь в пределах, которые допускает его метка TLP; ваши контактные данные и указание авторства передаются, только если команда решит их включить.
consent-codename = С кодовым именем вы можете читать ответы команды, отправлять дополнения и позже отозвать сообщение.
consent-no-codename = Без кодового имени вы не сможете позже отозвать это сообщение, читать ответы или отправлять дополнения.
consent-nothing-sent = Ничего из этого согласия не отправляется — только само зашифрованное сообщение.
consent-agree = Я согласен(на): зашифровать и отправить
consent-back = Вернуться к сообщению
copy-save = Сохранить копию отправленного
copy-note = Зашифрованный файл точно в том виде, в каком он был загружен: открыть его можно только вашим кодовым именем (dropbox-submit open ФАЙЛ). Храните его, как и кодовое имя, подальше от тех, кто не должен знать, что вы сообщили.

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = Перед отправкой: что будет с вашим дополнением
consent-followup-back = Вернуться к дополнению
consent-followup-tlp = Команда может передать дополнение затронутой стороне — зашифрованным для этой стороны и лишь в пределах, которые допускает метка TLP дела.
consent-followup-nothing-sent = Ничего из этого согласия не отправляется — только само зашифрованное дополнение.
followup-copy-save = Сохранить копию этого дополнения
own-report = Вы (сообщение), { $day }:
conversation-copies-label = Добавить сохранённые копии (ваше сообщение, ваши дополнения)
conversation-copies-note = Они открываются в этом браузере вашим кодовым именем; ничего не загружается.
conversation-export = Экспортировать переписку
copy-unreadable = Не удалось прочитать { $name }: { $detail }
copy-other-codename = она относится к переписке другого кодового имени
copy-not-yours = в ней нет ни вашего сообщения, ни вашего дополнения

## Checking replies and sending follow-ups

replies-heading = Проверить ответы
replies-intro = Если вы отправили сообщение с кодовым именем, введите его здесь, чтобы прочитать ответы команды и написать в ответ. Каждый ответ проверяется по списку участников команды; страница показывает, кто из участников его написал.
check-codename-label = Кодовое имя для проверки ответов
check-note = Восемь слов, как их показала страница после отправки вашего сообщения.
check-button = Проверить ответы
codename-word-count = В кодовом имени ровно 8 слов; в этом — { $count }.
codename-unknown-word = Слова { $n } кодового имени нет в списке слов; проверьте написание.
check-deriving = Вычисляются ключи вашего кодового имени…
check-deriving-percent = Вычисляются ключи вашего кодового имени… { $percent } %
check-fetching = Загружается ваш почтовый ящик…
check-mailbox-refused = ящик ответил { $status } на запрос вашего почтового ящика
check-mailbox-refused-message = ящик ответил { $status } на запрос вашего почтового ящика: { $message }
check-verifying = Проверяется подпись каждого ответа…
check-verified = { $count ->
    [one] { $count } проверенный ответ.
    [few] { $count } проверенных ответа.
   *[other] { $count } проверенных ответов.
  }
check-failed = Не удалось проверить ответы: { $detail }.
conversation-heading = Переписка
conversation-log =
    .aria-label = Переписка
no-replies = Ответов пока нет.
reply-from = №{ $seq } от { $author } ({ $member }), { $day }:
own-followup = Вы (дополнение №{ $seq }), { $day }:
own-followup-now = Вы (дополнение №{ $seq }, только что отправлено), { $day }:
sent-files = { $count ->
    [one] { $count } файл: { $names }
    [few] { $count } файла: { $names }
   *[other] { $count } файлов: { $names }
  }
reply-missing = { $count ->
    [one] Ответа { $list } нет: возможно, сервер его скрыл или срок его хранения истёк.
   *[other] Ответов { $list } нет: возможно, сервер их скрыл или срок их хранения истёк.
  }
reply-problem = Внимание: { $problem }. Он может быть подделан; он не показан.
followup-unavailable-none = Здесь нельзя отправить дополнение: ни запись вашей переписки, ни ответы команды не говорят, кто может его читать (возможно, срок истёк). Вместо этого отправьте новое сообщение и выберите его читателей.
followup-unavailable-empty = Ни один нынешний участник команды не может читать эту переписку; отправить дополнение нельзя.
followup-label = Дополнение
followup-seq-label = Номер этого дополнения (определён по вашему почтовому ящику)
followup-files-label = Файлы для дополнения
followup-files-note = Как и для сообщения: скрытые метаданные удаляются из изображений JPEG и PNG перед шифрованием; другие файлы отправляются как есть.
followup-recipients-note = Участник, с которого вы сняли отметку, не получает ключа к этому сообщению; должен остаться хотя бы один. Участники, исключённые вашим сообщением, никогда не предлагаются.
followup-to = Дополнение для { $name }
followup-left-out = Исключены из этой переписки, как выбрано в вашем сообщении: { $names }.
followup-send = Отправить дополнение
followup-done = Дополнение получено. Квитанция:
followup-receipt =
    .aria-label = Подтверждение получения вашего дополнения
followup-check-first = Сначала проверьте ответы с помощью кодового имени.
followup-empty = Дополнение пустое.
followup-no-recipient = Выберите хотя бы одного участника, который прочитает ваше дополнение.
followup-too-large = Файлы слишком велики для этого ящика (всего не более { $max } байт).
followup-encrypted-too-large = зашифрованное дополнение больше, чем принимает этот ящик
followup-fingerprinting = Вычисляются отпечатки файлов для вашей подписи…
followup-sending-percent = Отправка… { $percent } %
followup-sent-uncertain = Соединение оборвалось в самом конце; скорее всего, ваше дополнение получено.
followup-copy-note = Примечание: его копия в записи вашей переписки не сохранена ({ $detail }).

## Staying safe

safety-heading = Как оставаться в безопасности
safety-tor = По возможности используйте Tor Browser и адрес .onion этого ящика. На уровне безопасности «Высокий» эта страница работает (медленнее); на уровне «Наивысший» JavaScript отключён, и она не может шифровать.
safety-nothing-stored = Эта страница ничего из введённого вами не сохраняет: ни cookie, ни локального хранилища. Закройте вкладку, когда закончите.
safety-cli = Если вы в большой опасности, используйте вместо этого инструмент командной строки dropbox-submit: он шифрует так же, на вашем собственном компьютере, без браузера.

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = Сообщение без JavaScript
nojs-heading = Сообщение для { $team } без JavaScript
nojs-warning = Внимание: оператор сервера мог бы прочитать то, что вы отправите через эту форму.
nojs-explain = Ваш браузер отправляет текст на сервер, и сервер шифрует его для команды. Для сквозного шифрования используйте обычную страницу с включённым JavaScript или инструмент командной строки dropbox-submit.
nojs-text-only = Только текст (не больше 64 КиБ): без вложений и без кодового имени, поэтому команда не сможет ответить вам здесь.
nojs-received-heading = Сообщение получено
nojs-receipt = Квитанция (sha256 зашифрованного сообщения):
nojs-keep-receipt = Сохраните её, если захотите позже доказать, что отправили это сообщение.
nojs-too-large = Форма принимает не больше 64 КиБ текста. Ничего не отправлено: сократите сообщение и отправьте его снова.
nojs-empty = Текст сообщения пуст. Ничего не отправлено: напишите, что произошло, и отправьте снова.
nojs-failed = Ящику не удалось сохранить ваше сообщение ({ $detail }). Ничего не сохранено; попробуйте позже.
nojs-back = Вернуться к форме
`;var lu=`# Turkish. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

page-title = İhbar kutusu
language-label = Dil

## Without JavaScript

noscript-needs-js = Bu sayfa, ihbarınızı tarayıcınızda şifrelemek için JavaScript'e ihtiyaç duyar. JavaScript kapalıyken bu sayfada hiçbir şey çalışmaz: tarayıcınız şifreleyemez, bu yüzden hiçbir şey gönderilmez.
noscript-nojs = İşletmeci açtıysa, yalnızca metin içeren bir form JavaScript olmadan çalışır; ancak orada yazdıklarınızı sunucu şifreler, yani sunucu işletmecisi okuyabilir. Ek kabul etmez ve yanıtlar için kod adı vermez.
noscript-nojs-link = Yalnızca metin formu (sunucu işletmecisi okuyabilir)
noscript-cli = İhbar etmenin en güvenli yolu, kendi bilgisayarınızda şifreleyen dropbox-submit komut satırı aracıdır.
noscript-other-languages = Diğer diller

## The team and its roster

trust-heading = İhbarınızı kim okuyacak
team-ask = Bu bağlantı ekibin parmak izini içermiyordu. Onu ekibin kendi web sitesinden kopyalayın (64 harf ve rakam) ve buraya yapıştırın.
team-input-label = Ekibin parmak izi
team-check = Ekibi denetle
team-name-label = Ekip
roster-seq-label = Üye listesi
roster-head-label = Baş özeti
team-fp-label = Parmak izi
team-compare = Yapabiliyorsanız liste numarasını ve baş özetini ekibin yayımladıklarıyla karşılaştırın. Ekibin üyeleri değiştiğinde bunlar da değişir.
trust-readers = { $count ->
    [one] Ekipten bir üye ihbarınızı okuyabilir. Kim olduğunu aşağıda görürsünüz.
   *[other] Aşağıda bazılarını dışarıda bırakmadıkça ekipten { $count } üye ihbarınızı okuyabilir.
  }
trust-server = İhbar kutusunun sunucusu ihbarınızı okuyamaz; kimi dışarıda bıraktığınızı ya da yanıt isteyip istemediğinizi de bilemez. Geldiği günü ve yukarı yuvarlanmış boyutunu görür; Tor Browser olmadan, bağlı kaldığınız sürece ağ adresinizi de görür.
status-checking = Ekibin üye listesi denetleniyor…
status-roster-bad = Ekibin üye listesi doğrulanmıyor ({ $detail }). Buraya hiçbir şey göndermeyin: parmak izini ekibin kendi web sitesinde denetleyin.
status-roster-ok = Ekibin üye listesi doğrulandı: bağlantınızdaki parmak izinden başlayarak ekibin yöneticileri tarafından imzalanmış.
status-bad-fingerprint = Bir ekip parmak izi 64 harf (a–f) ve rakamdan oluşur.
origin-warning = Uyarı: bu adres ({ $origin }) ekibin yayımladığı adresler ({ $endpoints }) arasında değil. Doğru ihbar kutusuna ulaştığınızdan emin olun.
onion-notice-onion = İhbar kutusunun .onion adresini kullanmıyorsunuz. Sizin ağınız ve sunucunun ağı bu siteyi ziyaret ettiğinizi görebilir. Daha fazla güvenlik için ekibin .onion adresini Tor Browser'da açın.
onion-notice-tor = İhbar kutusunun .onion adresini kullanmıyorsunuz. Sizin ağınız ve sunucunun ağı bu siteyi ziyaret ettiğinizi görebilir. Daha fazla güvenlik için Tor Browser kullanın.

## The report form

report-heading = İhbarınız
field-title = Başlık
field-body = İhbar
field-category = Kategori
category-none = (yok)
field-severity = Sizce ne kadar ciddi?
severity-none = (tahmin yok)
severity-critical = Kritik
severity-high = Yüksek
severity-medium = Orta
severity-low = Düşük
field-contact = İletişim bilgileri (isteğe bağlı)
field-credit = Adınız nasıl anılsın (isteğe bağlı; anılmak istemiyorsanız boş bırakın)
field-attachments = Ekler
attachments-note = Şifrelemeden önce JPEG ve PNG görüntülerinden gizli üst veriler (fotoğrafın konumu, kamera, zamanlar, yazar, yorumlar) kaldırılır. Diğer dosyalar olduğu gibi gönderilir: bu verileri onlardan kendiniz kaldırın. Aşağıda her dosyayı yeniden adlandırabilirsiniz.
recipients-legend = Kimler okuyabilir
recipients-note = İşaretli herkes ihbarınızı okuyabilir. İşaretini kaldırdığınız üye ona anahtar almaz: ihbarı, eklerini ya da kod adınızın mesajlarını okuyamaz ve dosya kimin dışarıda bırakıldığını göstermez. Yine de her üye ve sunucu gibi, bir ihbarın geldiğini, hangi gün geldiğini ve yaklaşık boyutunu görebilir; seçtiğiniz üyeler de ona bundan söz edebilir. En az bir üye kalmalıdır.
recipients-at-least-one = İhbarınızı en az bir üye okuyabilmelidir.
replies-checkbox = Yanıt almak istiyorum
replies-note = Bunu işaretlerseniz sayfa gönderdikten sonra bir kod adı (sekiz sözcük) oluşturur. Onu yazın: ekibin yanıtlarını okumanın tek yolu odur ve yalnızca bir kez gösterilir.
send-button = İhbarı gönder

## Before you send

guide-heading = Göndermeden önce
guide-tor = Tor Browser kullanın: kim olduğunuzu ve nerede olduğunuzu bu ihbar kutusundan ve ağınızdan gizler; sıradan bir tarayıcı bunu yapmaz.
guide-metadata = Dosyalar sizi ele verebilir: belgelerin ve fotoğrafların içindeki adlar, yerler ve zamanlar, ve yalnızca birkaç kişinin bildiği ayrıntılar. Kaldırabildiğinizi kaldırın; bu sayfa yalnızca JPEG ve PNG fotoğrafları temizler.
guide-codename = Yanıt istiyorsanız kod adını yazın ve bu tarayıcıda değil, güvenli bir yerde saklayın. Ona sahip olan herkes yanıtları okuyabilir; kaybederseniz kimse onu size geri veremez.

## Attachments

attachment-name = Ek { $n } adı ({ $size } bayt)
attachment-checking = Gizli üst veriler aranıyor…
attachment-as-is = Olduğu gibi gönderilir: bu sayfa üst verileri yalnızca JPEG ve PNG görüntülerinden kaldırır, bu yüzden bu dosyanın içindeki adlar, yerler ya da düzenleme geçmişi içinde kalır.
attachment-too-large = Bu { $kind } görüntüsü burada gizli üst veriler için denetlenemeyecek kadar büyük; üst verilerini kendiniz kaldırın ya da eklemeyin.
attachment-removed = Şifrelemeden önce kaldırıldı: { $removed }.
attachment-clean = Bu görüntüde gizli üst veri bulunamadı.
attachment-unreadable = Bu dosya bir { $kind } görüntüsüne benziyor ama okunamadı ({ $detail }), bu yüzden gizli üst verileri kaldırılamadı. Eklemeyin ya da önce onarın.

## Sending a report

error-no-recipient = İhbarınızı okuyacak en az bir üye seçin.
error-empty = İhbar boş: bir şey yazın ya da bir dosya ekleyin.
error-file = { $name }: { $problem }
error-too-large = Ekler bu ihbar kutusu için fazla büyük (toplamda en çok { $max } bayt).
error-encrypted-too-large = şifrelenmiş ihbar bu ihbar kutusunun kabul ettiğinden büyük
error-worker = sayfanın arka plan işleyicisi çöktü
error-no-drop-key = { $name } için bugün geçerli bir bırakma anahtarı yok ve bu ekibin raporları yalnızca bırakma anahtarlarına gider; { $name } kişisini dışarıda bırakın ya da eşitleme yapıldıktan sonra yeniden deneyin
error-drop-keys-unavailable = bırakma kutusu bırakma anahtarlarını vermedi (HTTP { $status }); daha sonra yeniden deneyin
progress-heading = Gönderiliyor
progress-bar =
    .aria-label = İlerleme
progress-keys = Kod adınızın anahtarları oluşturuluyor…
progress-keys-percent = Kod adınızın anahtarları oluşturuluyor… %{ $percent }
progress-no-worker = Web Worker'lar kullanılamıyor; iş bu sayfada yapılıyor, sayfa bir süre donabilir…
progress-sending = Şifreleniyor ve gönderiliyor…
progress-sending-bytes = Şifreleniyor ve gönderiliyor… %{ $percent } ({ $total } baytın { $sent } baytı)
status-puzzle = Sunucunun sel önleme bulmacası çözülüyor ({ $bits } bit)…
status-resuming = Bağlantı kesildi; sürdürülüyor ({ $retries } denemeden { $attempt }. deneme)…
sent = Gönderildi.
sent-uncertain = Bağlantı en sonda koptu; ihbarınız büyük olasılıkla alındı.
sent-record-note = Not: konuşmanızı kimin okuyabileceğine dair kayıt saklanmadı ({ $detail }); ekip yanıt verdikten sonra ek mesaj gönderebilirsiniz.
send-failed = Gönderme başarısız: { $detail }. Hiçbir şey onaylanmadı; yeniden deneyebilirsiniz.

## The receipt and the codename

done-heading = İhbarınız alındı
receipt-text = Makbuz (tam olarak gönderilenin sha256 değeri; ekip de aynı sayıyı görür):
receipt-output =
    .aria-label = Makbuz
codename-heading = Kod adınız
codename-keep = Onu yazın ve gizli tutun; yalnızca bir kez gösterilir.
codename-output =
    .aria-label = Kod adı
codename-note = Onunla siz, yalnızca siz, ekibin yanıtlarını okuyabilirsiniz: aşağıda “Yanıtlara bak” bölümünde ya da dropbox-submit replies komutuyla.
left-out = Dışarıda bırakılanlar: { $names }. Bu ihbarı okuyamazlar.

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = Göndermeden önce: bildiriminize ne olur
consent-where = Nerede tutulur: önce bu tarayıcıda şifrelenir, sonra ekip alana kadar bu bırakma kutusunda şifreli durur, ardından onu okuyabilen her üyenin şifreli vaka deposunda tutulur. Bırakma kutusunun işletmecisi onu okuyamaz.
consent-server = Ne kadar süre: bırakma kutusu onu, tüm okuyucular aldıktan { $all } gün sonra ya da ilk okuyucu aldıktan { $first } gün sonra, hangisi önce gelirse, siler; kimse almazsa { $none } gün sonra siler. Ekibin size yanıtları, onları okumanızdan { $read } gün sonra ya da yazılmalarından { $reply } gün sonra bırakma kutusundan silinir.
consent-team = Ekip vakayı kapattıktan { $close } gün sonra siler (bir üyenin onu yasal saklama yükümlülüğü ya da süren bir ifşa süreci nedeniyle daha uzun tutması gerekmedikçe); yedekleri { $backup } gün okunabilir kalır.
consent-dropkeys = Her okuyucunun { $days } günlük penceresi ve bir pencere daha geçtiğinde yok ettiği kısa ömürlü anahtarlarla şifrelenir: bundan sonra şifreli yüklemenin hiçbir kopyasını kimse, ekip de dahil, açamaz.
consent-dropkeys-codename = İstisna kod adınızdır: ona sahip olan herkes, ihbar kutusu sakladığı sürece ihbar kutusundaki kopyayı ve kaydettiğiniz her kopyayı açabilir.
consent-readers = Kimler okuyabilir: { $names }.
consent-left-out = Dışarıda bırakılanlar: { $names }. Onu da, ekibin ondan çıkardığı hiçbir şeyi de okuyamazlar.
consent-contact-given = İletişim bilgilerinizi yalnızca ekip, bu bildirimle ilgili size ulaşmak için kullanır.
consent-contact-none = İletişim bilgisi vermiyorsunuz: ekip size yalnızca bir kod adına verilen yanıtlarla ulaşabilir.
consent-credit-given = Anılma satırınız, ekip bu bildirim için size herkese açık teşekkür ederse sizi nasıl anacağıdır.
consent-credit-none = Anılmak istemiyorsunuz: ekip adınızı vermez.
consent-tlp = Ekip bildirimi etkilenen bir tarafla (örneğin yazılımın üreticisi ya da ilgili kuruluşla), o taraf için şifreleyerek ve yalnızca TLP etiketinin izin verdiği ölçüde paylaşabilir; iletişim bilgileriniz ve anılma satırınız yalnızca ekip bunları eklemeyi seçerse gider.
consent-codename = Kod adınızla ekibin yanıtlarını okuyabilir, ek mesaj gönderebilir ve bildirimi daha sonra geri çekebilirsiniz.
consent-no-codename = Kod adı olmadan bu bildirimi daha sonra geri çekemez, yanıt okuyamaz ve ek mesaj gönderemezsiniz.
consent-nothing-sent = Bu onaydan hiçbir şey gönderilmez: yalnızca şifreli bildirimin kendisi.
consent-agree = Kabul ediyorum: şifrele ve gönder
consent-back = Bildirime geri dön
copy-save = Gönderilenin bir kopyasını kaydet
copy-note = Şifreli dosya, yüklendiği haliyle: yalnızca kod adınız onu açar (dropbox-submit open DOSYA). Onu da kod adı gibi, bildirimde bulunduğunuzu bilmemesi gereken herkesten uzak tutun.

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = Göndermeden önce: ek mesajınıza ne olur
consent-followup-back = Ek mesaja geri dön
consent-followup-tlp = Ekip ek mesajı etkilenen bir tarafla, o taraf için şifreleyerek ve yalnızca vakanın TLP etiketinin izin verdiği ölçüde paylaşabilir.
consent-followup-nothing-sent = Bu onaydan hiçbir şey gönderilmez: yalnızca şifreli ek mesajın kendisi.
followup-copy-save = Bu ek mesajın bir kopyasını kaydet
own-report = Siz (bildirim), { $day }:
conversation-copies-label = Kaydettiğiniz kopyaları ekleyin (bildiriminiz, ek mesajlarınız)
conversation-copies-note = Bu tarayıcıda kod adınızla açılırlar; hiçbir şey yüklenmez.
conversation-export = Yazışmayı dışa aktar
copy-unreadable = { $name } okunamadı: { $detail }
copy-other-codename = başka bir kod adının yazışmasına ait
copy-not-yours = sizin bir bildiriminizi ya da ek mesajınızı içermiyor

## Checking replies and sending follow-ups

replies-heading = Yanıtlara bak
replies-intro = Kod adıyla bir ihbar gönderdiyseniz, ekibin yanıtlarını okumak ve yanıt yazmak için onu buraya girin. Her yanıt ekibin üye listesine göre denetlenir; sayfa onu hangi üyenin yazdığını gösterir.
check-codename-label = Yanıtlara bakmak için kod adı
check-note = Sayfanın, ihbarınızı gönderdikten sonra gösterdiği gibi sekiz sözcük.
check-button = Yanıtlara bak
codename-word-count = Bir kod adı tam 8 sözcüktür; bunda { $count } sözcük var.
codename-unknown-word = Kod adının { $n }. sözcüğü sözcük listesinde yok; yazımını denetleyin.
check-deriving = Kod adınızın anahtarları türetiliyor…
check-deriving-percent = Kod adınızın anahtarları türetiliyor… %{ $percent }
check-fetching = Posta kutunuz getiriliyor…
check-mailbox-refused = ihbar kutusu posta kutunuz için { $status } yanıtını verdi
check-mailbox-refused-message = ihbar kutusu posta kutunuz için { $status } yanıtını verdi: { $message }
check-verifying = Her yanıtın imzası denetleniyor…
check-verified = { $count ->
    [one] { $count } doğrulanmış yanıt.
   *[other] { $count } doğrulanmış yanıt.
  }
check-failed = Yanıtlara bakılamadı: { $detail }.
conversation-heading = Konuşma
conversation-log =
    .aria-label = Konuşma
no-replies = Henüz yanıt yok.
reply-from = #{ $seq }, { $author } ({ $member }), { $day }:
own-followup = Siz (ek mesaj #{ $seq }), { $day }:
own-followup-now = Siz (ek mesaj #{ $seq }, şimdi gönderildi), { $day }:
sent-files = { $count ->
    [one] { $count } dosya: { $names }
   *[other] { $count } dosya: { $names }
  }
reply-missing = { $count ->
    [one] { $list } numaralı yanıt eksik: sunucu onu alıkoymuş olabilir ya da süresi dolmuştur.
   *[other] { $list } numaralı yanıtlar eksik: sunucu onları alıkoymuş olabilir ya da süreleri dolmuştur.
  }
reply-problem = Uyarı: { $problem }. Sahte olabilir; gösterilmiyor.
followup-unavailable-none = Buradan ek mesaj gönderemezsiniz: ne konuşmanızın kaydı ne de ekipten gelen bir yanıt onu kimin okuyabileceğini söylüyor (süresi dolmuş olabilir). Bunun yerine okuyucularını seçerek yeni bir ihbar gönderin.
followup-unavailable-empty = Ekibin şu anki üyelerinden hiçbiri bu konuşmayı okuyamaz; ek mesaj gönderemezsiniz.
followup-label = Ek mesaj
followup-seq-label = Bu ek mesajın numarası (posta kutunuzdan hesaplandı)
followup-files-label = Ek mesaja eklenecek dosyalar
followup-files-note = İhbardaki gibi: gizli üst veriler şifrelemeden önce JPEG ve PNG görüntülerinden kaldırılır; diğer dosyalar olduğu gibi gönderilir.
followup-recipients-note = İşaretini kaldırdığınız üye bu mesaja anahtar almaz; en az biri kalmalıdır. İhbarınızın dışarıda bıraktığı üyeler hiçbir zaman önerilmez.
followup-to = { $name } için ek mesaj
followup-left-out = İhbarınızın seçtiği gibi bu konuşmanın dışında bırakılanlar: { $names }.
followup-send = Ek mesajı gönder
followup-done = Ek mesaj alındı. Makbuz:
followup-receipt =
    .aria-label = Ek mesajınızın alındı bildirimi
followup-check-first = Önce kod adınızla yanıtlarınıza bakın.
followup-empty = Ek mesaj boş.
followup-no-recipient = Ek mesajınızı okuyacak en az bir üye seçin.
followup-too-large = Dosyalar bu ihbar kutusu için fazla büyük (toplamda en çok { $max } bayt).
followup-encrypted-too-large = şifrelenmiş ek mesaj bu ihbar kutusunun kabul ettiğinden büyük
followup-fingerprinting = İmzanız için dosyaların parmak izleri hesaplanıyor…
followup-sending-percent = Gönderiliyor… %{ $percent }
followup-sent-uncertain = Bağlantı en sonda koptu; ek mesajınız büyük olasılıkla alındı.
followup-copy-note = Not: konuşma kaydınızdaki kopyası saklanmadı ({ $detail }).

## Staying safe

safety-heading = Güvende kalmak
safety-tor = Yapabiliyorsanız Tor Browser'ı ve bu ihbar kutusunun .onion adresini kullanın. “Daha güvenli” güvenlik düzeyinde bu sayfa yine çalışır (daha yavaş); “En güvenli” düzeyde JavaScript kapalıdır ve sayfa şifreleyemez.
safety-nothing-stored = Bu sayfa yazdığınız hiçbir şeyi saklamaz: çerez yok, yerel depolama yok. İşiniz bitince sekmeyi kapatın.
safety-cli = Yüksek risk altındaysanız bunun yerine dropbox-submit komut satırı aracını kullanın: aynı şifrelemeyi tarayıcı olmadan kendi bilgisayarınızda yapar.

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = JavaScript olmadan ihbar
nojs-heading = { $team } ekibine JavaScript olmadan ihbar
nojs-warning = Dikkat: sunucu işletmecisi bu formla gönderdiklerinizi okuyabilir.
nojs-explain = Tarayıcınız metni sunucuya gönderir, sunucu da onu ekip için şifreler. Uçtan uca şifreleme için JavaScript açık olan normal sayfayı ya da dropbox-submit komut satırı aracını kullanın.
nojs-text-only = Yalnızca metin (en fazla 64 KiB): ek yok, kod adı yok; bu yüzden ekip size burada yanıt veremez.
nojs-received-heading = İhbar alındı
nojs-receipt = Makbuz (şifreli ihbarın sha256 değeri):
nojs-keep-receipt = Bu ihbarı gönderdiğinizi daha sonra göstermek isterseniz saklayın.
nojs-too-large = Form en fazla 64 KiB metin alır. Hiçbir şey gönderilmedi: ihbarı kısaltıp yeniden gönderin.
nojs-empty = İhbar metni boş. Hiçbir şey gönderilmedi: ne olduğunu yazıp yeniden gönderin.
nojs-failed = İhbar kutusu ihbarınızı kaydedemedi ({ $detail }). Hiçbir şey saklanmadı; daha sonra yeniden deneyin.
nojs-back = Forma dön
`;var du=`# Ukrainian. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

page-title = Скринька для повідомлень
language-label = Мова

## Without JavaScript

noscript-needs-js = Цій сторінці потрібен JavaScript, щоб зашифрувати ваше повідомлення у вашому браузері. Без JavaScript на цій сторінці нічого не працює: браузер не може зашифрувати, тож нічого не надсилається.
noscript-nojs = Якщо оператор її ввімкнув, без JavaScript працює форма лише для тексту, але там те, що ви вводите, шифрує сервер, тож оператор сервера міг би це прочитати. Вона не приймає вкладень і не дає кодового імені для відповідей.
noscript-nojs-link = Форма лише для тексту (оператор сервера міг би її прочитати)
noscript-cli = Найбезпечніший спосіб повідомити — інструмент командного рядка dropbox-submit, який шифрує на вашому власному комп’ютері.
noscript-other-languages = Інші мови

## The team and its roster

trust-heading = Хто прочитає ваше повідомлення
team-ask = У цьому посиланні немає відбитка команди. Скопіюйте його з власного сайту команди (64 літери й цифри) і вставте сюди.
team-input-label = Відбиток команди
team-check = Перевірити команду
team-name-label = Команда
roster-seq-label = Список учасників
roster-head-label = Геш вершини
team-fp-label = Відбиток
team-compare = Якщо можете, порівняйте номер списку та геш вершини з тим, що публікує команда. Вони змінюються, коли змінюється склад команди.
trust-readers = { $count ->
    [one] { $count } учасник команди може прочитати ваше повідомлення, якщо ви не виключите його нижче.
    [few] { $count } учасники команди можуть прочитати ваше повідомлення, якщо ви не виключите когось нижче.
   *[many] { $count } учасників команди можуть прочитати ваше повідомлення, якщо ви не виключите когось нижче.
    [other] { $count } учасника команди можуть прочитати ваше повідомлення, якщо ви не виключите когось нижче.
  }
trust-server = Сервер скриньки не може прочитати ваше повідомлення і не знає, кого ви виключили та чи просили ви відповіді. Він бачить день надходження і розмір, округлений угору; без Tor Browser — ще й вашу мережеву адресу, поки ви під’єднані.
status-checking = Перевіряється список учасників команди…
status-roster-bad = Список учасників команди не проходить перевірку ({ $detail }). Нічого тут не надсилайте: перевірте відбиток на власному сайті команди.
status-roster-ok = Список учасників команди перевірено: його підписали адміністратори команди, починаючи з відбитка у вашому посиланні.
status-bad-fingerprint = Відбиток команди — це 64 літери (a–f) і цифри.
origin-warning = Увага: ця адреса ({ $origin }) не входить до адрес, опублікованих командою ({ $endpoints }). Переконайтеся, що ви потрапили до правильної скриньки.
onion-notice-onion = Ви не використовуєте адресу .onion цієї скриньки. Ваша мережа й мережа сервера можуть бачити, що ви відвідали цей сайт. Для більшої безпеки відкрийте адресу .onion команди в Tor Browser.
onion-notice-tor = Ви не використовуєте адресу .onion цієї скриньки. Ваша мережа й мережа сервера можуть бачити, що ви відвідали цей сайт. Для більшої безпеки користуйтеся Tor Browser.

## The report form

report-heading = Ваше повідомлення
field-title = Заголовок
field-body = Повідомлення
field-category = Категорія
category-none = (немає)
field-severity = Наскільки це серйозно, на вашу думку?
severity-none = (без оцінки)
severity-critical = Критично
severity-high = Високо
severity-medium = Середньо
severity-low = Низько
field-contact = Контактні дані (необов’язково)
field-credit = Як вас згадати (необов’язково; залиште порожнім, щоб вас не згадували)
field-attachments = Вкладення
attachments-note = Перед шифруванням із зображень JPEG і PNG видаляються приховані метадані (місце зйомки, камера, час, автор, коментарі). Інші файли надсилаються як є: видаліть із них такі дані самі. Нижче можна перейменувати кожен файл.
recipients-legend = Хто може це прочитати
recipients-note = Усі позначені можуть прочитати ваше повідомлення. Учасник, з якого ви зняли позначку, не отримує ключа: він не може прочитати ні повідомлення, ні вкладень, ні повідомлень вашого кодового імені, і файл не показує, кого виключено. Але він, як кожен учасник і сервер, може бачити, що повідомлення надійшло, якого дня і приблизно якого розміру; а вибрані вами учасники можуть йому про це розповісти. Має залишитися хоча б один учасник.
recipients-at-least-one = Хоча б один учасник має могти прочитати ваше повідомлення.
replies-checkbox = Я хочу отримувати відповіді
replies-note = Якщо позначити це, після надсилання сторінка створить кодове ім’я (вісім слів). Запишіть його: лише з ним можна прочитати відповіді команди, і воно показується лише один раз.
send-button = Надіслати повідомлення

## Before you send

guide-heading = Перед надсиланням
guide-tor = Користуйтеся Tor Browser: він приховує від цієї скриньки й від вашої мережі, хто ви і де ви; звичайний браузер цього не робить.
guide-metadata = Файли можуть вас видати: імена, місця й час усередині документів і фотографій, а також подробиці, відомі небагатьом. Видаліть, що можете; ця сторінка очищує лише фотографії JPEG і PNG.
guide-codename = Якщо ви просите відповіді, запишіть кодове ім’я й зберігайте його в надійному місці, не в цьому браузері. Той, хто його має, може читати відповіді; якщо ви його втратите, ніхто не зможе його повернути.

## Attachments

attachment-name = Назва вкладення { $n } ({ $size ->
    [one] { $size } байт
    [few] { $size } байти
   *[other] { $size } байтів
  })
attachment-checking = Пошук прихованих метаданих…
attachment-as-is = Надсилається як є: ця сторінка видаляє метадані лише із зображень JPEG і PNG, тож імена, місця чи історія редагування всередині цього файлу в ньому залишаються.
attachment-too-large = Це зображення { $kind } завелике, щоб перевірити його тут на приховані метадані; видаліть метадані самі або не додавайте його.
attachment-removed = Видалено перед шифруванням: { $removed }.
attachment-clean = У цьому зображенні прихованих метаданих не знайдено.
attachment-unreadable = Цей файл схожий на зображення { $kind }, але його не вдалося прочитати ({ $detail }), тож приховані метадані видалити не вдалося. Не додавайте його або спершу виправте.

## Sending a report

error-no-recipient = Виберіть хоча б одного учасника, який прочитає ваше повідомлення.
error-empty = Повідомлення порожнє: напишіть щось або додайте файл.
error-file = { $name }: { $problem }
error-too-large = Вкладення завеликі для цієї скриньки (загалом не більше { $max } байтів).
error-encrypted-too-large = зашифроване повідомлення більше, ніж приймає ця скринька
error-worker = фоновий обробник сторінки дав збій
error-no-drop-key = у { $name } сьогодні немає чинного ключа доставки, а звіти цієї команди шифруються лише ключами доставки; не обирайте { $name } або спробуйте знову після синхронізації
error-drop-keys-unavailable = скринька не видала ключі доставки (HTTP { $status }); спробуйте пізніше
progress-heading = Надсилання
progress-bar =
    .aria-label = Перебіг
progress-keys = Створюються ключі вашого кодового імені…
progress-keys-percent = Створюються ключі вашого кодового імені… { $percent } %
progress-no-worker = Web Workers недоступні; робота йде на цій сторінці, і вона може ненадовго зависнути…
progress-sending = Шифрування й надсилання…
progress-sending-bytes = Шифрування й надсилання… { $percent } % ({ $sent } з { $total } байтів)
status-puzzle = Розв’язується задача сервера проти флуду ({ $bits } біт)…
status-resuming = З’єднання перервалося; відновлення (спроба { $attempt } з { $retries })…
sent = Надіслано.
sent-uncertain = З’єднання обірвалося в самому кінці; найімовірніше, ваше повідомлення отримано.
sent-record-note = Примітка: запис про те, хто може читати ваше листування, не збережено ({ $detail }); доповнення можна буде надіслати, коли команда відповість.
send-failed = Надсилання не вдалося: { $detail }. Нічого не підтверджено; можна спробувати знову.

## The receipt and the codename

done-heading = Ваше повідомлення отримано
receipt-text = Квитанція (sha256 саме того, що надіслано; команда бачить те саме число):
receipt-output =
    .aria-label = Квитанція
codename-heading = Ваше кодове ім’я
codename-keep = Запишіть його й тримайте в таємниці; воно показується лише один раз.
codename-output =
    .aria-label = Кодове ім’я
codename-note = З ним ви, і тільки ви, можете читати відповіді команди — нижче, у розділі «Перевірити відповіді», або командою dropbox-submit replies.
left-out = Виключено: { $names }. Вони не можуть прочитати це повідомлення.

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = Перед надсиланням: що буде з вашим повідомленням
consent-where = Де воно зберігається: спершу зашифрованим у цьому браузері, потім зашифрованим у цій скриньці, доки команда його не забере, а далі в зашифрованому сховищі справ кожного учасника, який може його прочитати. Оператор скриньки прочитати його не може.
consent-server = Як довго: скринька видаляє його через { $all } дн. після того, як його забрали всі читачі, або через { $first } дн. після того, як його забрав перший, — що настане раніше, — і через { $none } дн., якщо його ніхто не забрав. Відповіді команди видаляються зі скриньки через { $read } дн. після того, як ви їх прочитали, або через { $reply } дн. після написання.
consent-team = Команда видаляє справу через { $close } дн. після закриття (хіба що учасникові треба зберігати її довше — через вимогу закону про зберігання чи незавершене розкриття), а її резервні копії лишаються читабельними { $backup } дн.
consent-dropkeys = Воно шифрується короткостроковими ключами, які кожен читач знищує, коли минуть його вікно в { $days } дн. і ще одне: після цього ніхто, зокрема команда, не зможе відкрити жодну копію зашифрованого завантаження.
consent-dropkeys-codename = Виняток — ваше кодове ім’я: той, хто його має, може відкрити копію в скриньці, доки скринька її зберігає, і будь-яку копію, яку ви збережете.
consent-readers = Хто може його прочитати: { $names }.
consent-left-out = Виключені: { $names }. Вони не можуть прочитати ні його, ні те, що команда з нього виведе.
consent-contact-given = Ваші контактні дані використовує лише команда — щоб зв'язатися з вами щодо цього повідомлення.
consent-contact-none = Ви не вказали контактних даних: команда може зв'язатися з вами лише через відповіді на кодове ім'я.
consent-credit-given = Ваше зазначення авторства — це те, як команда назве вас, якщо публічно подякує за це повідомлення.
consent-credit-none = Ви не просите зазначати авторство: команда вас не назве.
consent-tlp = Команда може передати повідомлення стороні, якої воно стосується (наприклад, розробникові програми чи причетній організації), — зашифрованим для цієї сторони й лише в межах, які дозволяє його мітка TLP; ваші контактні дані та зазначення авторства передаються, лише якщо команда вирішить їх додати.
consent-codename = З кодовим ім'ям ви можете читати відповіді команди, надсилати доповнення й пізніше відкликати повідомлення.
consent-no-codename = Без кодового імені ви не зможете пізніше відкликати це повідомлення, читати відповіді чи надсилати доповнення.
consent-nothing-sent = Нічого з цієї згоди не надсилається — лише саме зашифроване повідомлення.
consent-agree = Я погоджуюся: зашифрувати й надіслати
consent-back = Повернутися до повідомлення
copy-save = Зберегти копію надісланого
copy-note = Зашифрований файл точно в тому вигляді, в якому його завантажено: відкрити його можна лише вашим кодовим ім'ям (dropbox-submit open ФАЙЛ). Зберігайте його, як і кодове ім'я, подалі від тих, хто не має знати, що ви повідомили.

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = Перед надсиланням: що буде з вашим доповненням
consent-followup-back = Повернутися до доповнення
consent-followup-tlp = Команда може передати доповнення стороні, якої воно стосується, — зашифрованим для цієї сторони й лише в межах, які дозволяє мітка TLP справи.
consent-followup-nothing-sent = Нічого з цієї згоди не надсилається — лише саме зашифроване доповнення.
followup-copy-save = Зберегти копію цього доповнення
own-report = Ви (повідомлення), { $day }:
conversation-copies-label = Додати збережені копії (ваше повідомлення, ваші доповнення)
conversation-copies-note = Вони відкриваються в цьому браузері вашим кодовим ім'ям; нічого не завантажується.
conversation-export = Експортувати листування
copy-unreadable = Не вдалося прочитати { $name }: { $detail }
copy-other-codename = вона належить до листування іншого кодового імені
copy-not-yours = у ній немає ні вашого повідомлення, ні вашого доповнення

## Checking replies and sending follow-ups

replies-heading = Перевірити відповіді
replies-intro = Якщо ви надіслали повідомлення з кодовим ім’ям, введіть його тут, щоб прочитати відповіді команди й написати у відповідь. Кожну відповідь перевіряють за списком учасників команди; сторінка показує, хто з учасників її написав.
check-codename-label = Кодове ім’я для перевірки відповідей
check-note = Вісім слів, як їх показала сторінка після надсилання вашого повідомлення.
check-button = Перевірити відповіді
codename-word-count = У кодовому імені рівно 8 слів; у цьому — { $count }.
codename-unknown-word = Слова { $n } кодового імені немає у списку слів; перевірте написання.
check-deriving = Обчислюються ключі вашого кодового імені…
check-deriving-percent = Обчислюються ключі вашого кодового імені… { $percent } %
check-fetching = Завантажується ваша поштова скринька…
check-mailbox-refused = скринька відповіла { $status } на запит вашої поштової скриньки
check-mailbox-refused-message = скринька відповіла { $status } на запит вашої поштової скриньки: { $message }
check-verifying = Перевіряється підпис кожної відповіді…
check-verified = { $count ->
    [one] { $count } перевірена відповідь.
    [few] { $count } перевірені відповіді.
   *[other] { $count } перевірених відповідей.
  }
check-failed = Не вдалося перевірити відповіді: { $detail }.
conversation-heading = Листування
conversation-log =
    .aria-label = Листування
no-replies = Відповідей поки немає.
reply-from = №{ $seq } від { $author } ({ $member }), { $day }:
own-followup = Ви (доповнення №{ $seq }), { $day }:
own-followup-now = Ви (доповнення №{ $seq }, щойно надіслано), { $day }:
sent-files = { $count ->
    [one] { $count } файл: { $names }
    [few] { $count } файли: { $names }
   *[other] { $count } файлів: { $names }
  }
reply-missing = { $count ->
    [one] Відповіді { $list } немає: можливо, сервер її приховав або строк її зберігання минув.
   *[other] Відповідей { $list } немає: можливо, сервер їх приховав або строк їх зберігання минув.
  }
reply-problem = Увага: { $problem }. Її могли підробити; її не показано.
followup-unavailable-none = Тут не можна надіслати доповнення: ні запис вашого листування, ні відповіді команди не кажуть, хто може його читати (можливо, строк минув). Натомість надішліть нове повідомлення й виберіть його читачів.
followup-unavailable-empty = Жоден теперішній учасник команди не може читати це листування; надіслати доповнення не можна.
followup-label = Доповнення
followup-seq-label = Номер цього доповнення (визначено за вашою поштовою скринькою)
followup-files-label = Файли для доповнення
followup-files-note = Як і для повідомлення: приховані метадані видаляються із зображень JPEG і PNG перед шифруванням; інші файли надсилаються як є.
followup-recipients-note = Учасник, з якого ви зняли позначку, не отримує ключа до цього повідомлення; має залишитися хоча б один. Учасників, яких виключило ваше повідомлення, ніколи не пропонують.
followup-to = Доповнення для { $name }
followup-left-out = Виключено з цього листування, як вибрано у вашому повідомленні: { $names }.
followup-send = Надіслати доповнення
followup-done = Доповнення отримано. Квитанція:
followup-receipt =
    .aria-label = Підтвердження отримання вашого доповнення
followup-check-first = Спершу перевірте відповіді за допомогою кодового імені.
followup-empty = Доповнення порожнє.
followup-no-recipient = Виберіть хоча б одного учасника, який прочитає ваше доповнення.
followup-too-large = Файли завеликі для цієї скриньки (загалом не більше { $max } байтів).
followup-encrypted-too-large = зашифроване доповнення більше, ніж приймає ця скринька
followup-fingerprinting = Обчислюються відбитки файлів для вашого підпису…
followup-sending-percent = Надсилання… { $percent } %
followup-sent-uncertain = З’єднання обірвалося в самому кінці; найімовірніше, ваше доповнення отримано.
followup-copy-note = Примітка: його копію в записі вашого листування не збережено ({ $detail }).

## Staying safe

safety-heading = Як залишатися в безпеці
safety-tor = За змоги користуйтеся Tor Browser і адресою .onion цієї скриньки. На рівні безпеки «Безпечніший» ця сторінка працює (повільніше); на рівні «Найбезпечніший» JavaScript вимкнено, і вона не може шифрувати.
safety-nothing-stored = Ця сторінка нічого з того, що ви вводите, не зберігає: ні cookie, ні локального сховища. Закрийте вкладку, коли закінчите.
safety-cli = Якщо ви у великій небезпеці, користуйтеся натомість інструментом командного рядка dropbox-submit: він шифрує так само, на вашому власному комп’ютері, без браузера.

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = Повідомлення без JavaScript
nojs-heading = Повідомлення для { $team } без JavaScript
nojs-warning = Увага: оператор сервера міг би прочитати те, що ви надішлете через цю форму.
nojs-explain = Ваш браузер надсилає текст на сервер, і сервер шифрує його для команди. Для наскрізного шифрування використовуйте звичайну сторінку з увімкненим JavaScript або інструмент командного рядка dropbox-submit.
nojs-text-only = Лише текст (не більше 64 КіБ): без вкладень і без кодового імені, тож команда не зможе відповісти вам тут.
nojs-received-heading = Повідомлення отримано
nojs-receipt = Квитанція (sha256 зашифрованого повідомлення):
nojs-keep-receipt = Збережіть її, якщо захочете згодом довести, що надіслали це повідомлення.
nojs-too-large = Форма приймає не більше 64 КіБ тексту. Нічого не надіслано: скоротіть повідомлення й надішліть його знову.
nojs-empty = Текст повідомлення порожній. Нічого не надіслано: напишіть, що сталося, і надішліть знову.
nojs-failed = Скринька не змогла зберегти ваше повідомлення ({ $detail }). Нічого не збережено; спробуйте пізніше.
nojs-back = Повернутися до форми
`;var uu=`# Chinese (simplified). Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

page-title = 举报投递箱
language-label = 语言

## Without JavaScript

noscript-needs-js = 本页面需要 JavaScript 才能在你的浏览器中加密你的举报。关闭 JavaScript 时，本页面的任何功能都无法使用：你的浏览器无法加密，因此不会发送任何内容。
noscript-nojs = 如果运营者开启了它，一个纯文本表单可以在没有 JavaScript 的情况下使用，但你在其中输入的内容由服务器加密，因此服务器运营者可能读到它。它不接受附件，也不提供用于接收回复的代号。
noscript-nojs-link = 纯文本表单（服务器运营者可能读到）
noscript-cli = 最安全的举报方式是使用命令行工具 dropbox-submit，它在你自己的电脑上加密。
noscript-other-languages = 其他语言

## The team and its roster

trust-heading = 谁会读到你的举报
team-ask = 此链接没有给出团队的指纹。请从团队自己的网站复制它（64 个字母和数字）并粘贴到这里。
team-input-label = 团队指纹
team-check = 检查团队
team-name-label = 团队
roster-seq-label = 成员名单
roster-head-label = 头部哈希
team-fp-label = 指纹
team-compare = 如果可以，请将名单编号和头部哈希与团队公布的内容进行比对。团队成员变动时它们会改变。
trust-readers = { $count ->
   *[other] 团队中有 { $count } 名成员可以阅读你的举报，除非你在下方排除其中一些人。
  }
trust-server = 投递箱的服务器无法阅读你的举报，也无法知道你排除了谁、是否要求回复。它能看到举报到达的日期和向上取整后的大小；不使用 Tor Browser 时，在你连接期间它还能看到你的网络地址。
status-checking = 正在检查团队的成员名单…
status-roster-bad = 团队的成员名单未通过验证（{ $detail }）。不要在这里发送任何内容：请在团队自己的网站上核对指纹。
status-roster-ok = 团队的成员名单已通过验证：它由团队管理员签名，从你链接中的指纹开始验证。
status-bad-fingerprint = 团队指纹由 64 个字母（a–f）和数字组成。
origin-warning = 警告：此地址（{ $origin }）不在团队公布的地址（{ $endpoints }）之中。请确认你访问的是正确的投递箱。
onion-notice-onion = 你没有使用投递箱的 .onion 地址。你的网络和服务器的网络可以看到你访问了本网站。为了更安全，请在 Tor Browser 中打开团队的 .onion 地址。
onion-notice-tor = 你没有使用投递箱的 .onion 地址。你的网络和服务器的网络可以看到你访问了本网站。为了更安全，请使用 Tor Browser。

## The report form

report-heading = 你的举报
field-title = 标题
field-body = 举报内容
field-category = 类别
category-none = （无）
field-severity = 你认为它有多严重？
severity-none = （不估计）
severity-critical = 危急
severity-high = 高
severity-medium = 中
severity-low = 低
field-contact = 联系方式（可选）
field-credit = 如何署名致谢（可选；留空则不署名）
field-attachments = 附件
attachments-note = 加密之前，会从 JPEG 和 PNG 图片中移除隐藏的元数据（照片的位置、相机、时间、作者、注释）。其他文件按原样发送：请自行从中移除此类数据。你可以在下方重命名每个文件。
recipients-legend = 谁可以阅读
recipients-note = 所有勾选的成员都能阅读你的举报。你取消勾选的成员得不到密钥：他们无法阅读举报、附件或你代号下的消息，文件也不会显示谁被排除在外。但他们仍能像每位成员和服务器一样，看到有一份举报到达、到达的日期及其大致大小；你选择的成员也可以告诉他们。至少必须保留一名成员。
recipients-at-least-one = 至少必须有一名成员能够阅读你的举报。
replies-checkbox = 我想接收回复
replies-note = 如果勾选此项，页面会在发送后生成一个代号（八个单词）。请把它写下来：这是阅读团队回复的唯一方式，而且只显示一次。
send-button = 发送举报

## Before you send

guide-heading = 发送之前
guide-tor = 请使用 Tor Browser：它会向这个投递箱和你的网络隐藏你是谁、你在哪里；普通浏览器做不到。
guide-metadata = 文件可能暴露你的身份：文档和照片中的姓名、地点和时间，以及只有少数人知道的细节。请尽量移除；本页面只会清理 JPEG 和 PNG 照片。
guide-codename = 如果你要求回复，请把代号写下来并保存在安全的地方，不要存在这个浏览器里。任何拿到它的人都能阅读回复；如果你丢失了它，没有人能找回。

## Attachments

attachment-name = 附件 { $n } 的名称（{ $size } 字节）
attachment-checking = 正在查找隐藏的元数据…
attachment-as-is = 按原样发送：本页面只从 JPEG 和 PNG 图片中移除元数据，因此此文件中的姓名、地点或编辑历史会保留在其中。
attachment-too-large = 这张 { $kind } 图片太大，无法在这里检查隐藏的元数据；请自行移除其元数据，或不要附上它。
attachment-removed = 加密前已移除：{ $removed }。
attachment-clean = 这张图片中未发现隐藏的元数据。
attachment-unreadable = 此文件看起来是 { $kind } 图片，但无法读取（{ $detail }），因此无法移除其隐藏的元数据。请不要附上它，或先修复它。

## Sending a report

error-no-recipient = 请至少选择一名成员来阅读你的举报。
error-empty = 举报是空的：请写点内容或附上文件。
error-file = { $name }：{ $problem }
error-too-large = 附件对这个投递箱来说太大了（总计最多 { $max } 字节）。
error-encrypted-too-large = 加密后的举报超过了这个投递箱接受的大小
error-worker = 页面的后台工作线程出错
error-no-drop-key = { $name } 今天没有有效的投递密钥，而本团队的报告只加密给投递密钥；请不选 { $name }，或等其同步后再试
error-drop-keys-unavailable = 投递箱未提供其投递密钥（HTTP { $status }）；请稍后再试
progress-heading = 正在发送
progress-bar =
    .aria-label = 进度
progress-keys = 正在生成你代号的密钥…
progress-keys-percent = 正在生成你代号的密钥… { $percent }%
progress-no-worker = Web Worker 不可用；正在本页面上运行，页面可能会卡住一段时间…
progress-sending = 正在加密并发送…
progress-sending-bytes = 正在加密并发送… { $percent }%（{ $total } 字节中的 { $sent } 字节）
status-puzzle = 正在解答服务器的防洪谜题（{ $bits } 位）…
status-resuming = 连接中断；正在恢复（第 { $attempt } 次尝试，共 { $retries } 次）…
sent = 已发送。
sent-uncertain = 连接在最后一刻断开；你的举报很可能已经收到。
sent-record-note = 注意：谁可以阅读你的对话的记录没有保存（{ $detail }）；团队回复后你就可以发送后续消息。
send-failed = 发送失败：{ $detail }。没有任何内容被确认；你可以再试一次。

## The receipt and the codename

done-heading = 你的举报已收到
receipt-text = 回执（所发送内容的 sha256；团队看到的是同一个数字）：
receipt-output =
    .aria-label = 回执
codename-heading = 你的代号
codename-keep = 请把它写下来并保密；它只显示一次。
codename-output =
    .aria-label = 代号
codename-note = 凭它，你而且只有你能阅读团队的回复：在下方“查看回复”中，或使用命令 dropbox-submit replies。
left-out = 已排除：{ $names }。他们无法阅读这份举报。

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = 发送之前：你的报告会怎样
consent-where = 保存在哪里：先在这个浏览器里加密，然后加密存放在这个投递箱里，直到团队取走，之后存放在每位能阅读它的成员的加密案件库中。投递箱的运营者无法阅读它。
consent-server = 保存多久：所有阅读者都取走后 { $all } 天，或第一位取走后 { $first } 天（以较早者为准），投递箱会删除它；如果没有人取走，则在 { $none } 天后删除。团队给你的回复会在你阅读后 { $read } 天、或写成后 { $reply } 天从投递箱删除。
consent-team = 团队在结案 { $close } 天后删除该案件（除非某位成员因法律保全或正在进行的披露而必须保留更久），其备份在 { $backup } 天内仍可读取。
consent-dropkeys = 它用短期密钥加密，每位阅读者在其 { $days } 天的时间窗口及之后一个窗口结束时销毁该密钥：此后，任何人（包括团队）都无法再打开加密上传内容的任何副本。
consent-dropkeys-codename = 例外是你的代号：拥有代号的人可以在投递箱保存期间打开投递箱中的副本，也可以打开你保存的任何副本。
consent-readers = 谁能阅读：{ $names }。
consent-left-out = 被排除：{ $names }。他们无法阅读它，也无法阅读团队由此得出的任何内容。
consent-contact-given = 你的联系方式只由团队使用，用于就这份报告联系你。
consent-contact-none = 你没有提供联系方式：团队只能通过给代号的回复联系你。
consent-credit-given = 你的署名是团队公开感谢你提交这份报告时对你的称呼。
consent-credit-none = 你不要求署名：团队不会提及你的名字。
consent-tlp = 团队可以与受影响的一方（例如软件的开发者或相关组织）分享这份报告，为该方加密，且仅在其 TLP 标签允许的范围内；只有团队选择包含时，才会附上你的联系方式和署名。
consent-codename = 有了代号，你可以阅读团队的回复、发送补充，并在以后撤回这份报告。
consent-no-codename = 没有代号，你以后无法撤回这份报告，也无法阅读回复或发送补充。
consent-nothing-sent = 这份同意的任何内容都不会被发送：只发送加密的报告本身。
consent-agree = 我同意：加密并发送
consent-back = 返回报告
copy-save = 保存所发送内容的副本
copy-note = 与上传时完全相同的加密文件：只有你的代号能打开它（dropbox-submit open 文件）。像保管代号一样，别让不该知道你提交过报告的人接触到它。

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = 发送之前：你的后续消息会怎样
consent-followup-back = 返回后续消息
consent-followup-tlp = 团队可以与受影响的一方分享这条后续消息，为该方加密，且仅在案件的 TLP 标签允许的范围内。
consent-followup-nothing-sent = 这份同意的任何内容都不会被发送：只发送加密的后续消息本身。
followup-copy-save = 保存这条后续消息的副本
own-report = 你（报告），{ $day }：
conversation-copies-label = 添加你保存的副本（你的报告、你的后续消息）
conversation-copies-note = 它们在这个浏览器里用你的代号打开；不会上传任何内容。
conversation-export = 导出对话
copy-unreadable = 无法读取 { $name }：{ $detail }
copy-other-codename = 它属于另一个代号的对话
copy-not-yours = 其中没有你的报告或后续消息

## Checking replies and sending follow-ups

replies-heading = 查看回复
replies-intro = 如果你发送举报时生成了代号，请在这里输入它，以阅读团队的回复并回信。每条回复都会对照团队的成员名单进行检查；页面会显示是哪位成员写的。
check-codename-label = 用于查看回复的代号
check-note = 八个单词，与你发送举报后页面显示的一致。
check-button = 查看回复
codename-word-count = 代号正好有 8 个单词；这个有 { $count } 个。
codename-unknown-word = 代号的第 { $n } 个单词不在单词表中；请检查拼写。
check-deriving = 正在推导你代号的密钥…
check-deriving-percent = 正在推导你代号的密钥… { $percent }%
check-fetching = 正在获取你的信箱…
check-mailbox-refused = 投递箱对你的信箱返回了 { $status }
check-mailbox-refused-message = 投递箱对你的信箱返回了 { $status }：{ $message }
check-verifying = 正在检查每条回复的签名…
check-verified = { $count ->
   *[other] { $count } 条已验证的回复。
  }
check-failed = 无法查看回复：{ $detail }。
conversation-heading = 对话
conversation-log =
    .aria-label = 对话
no-replies = 还没有回复。
reply-from = #{ $seq }，来自 { $author }（{ $member }），{ $day }：
own-followup = 你（后续消息 #{ $seq }），{ $day }：
own-followup-now = 你（后续消息 #{ $seq }，刚刚发送），{ $day }：
sent-files = { $count ->
   *[other] { $count } 个文件：{ $names }
  }
reply-missing = { $count ->
   *[other] 回复 { $list } 缺失：可能是服务器扣留了它们，或它们已过期。
  }
reply-problem = 警告：{ $problem }。它可能是伪造的；因此不予显示。
followup-unavailable-none = 你无法在这里发送后续消息：你的对话记录和团队的任何回复都没有说明谁可以阅读它（可能已过期）。请改为发送一份新的举报，并选择其读者。
followup-unavailable-empty = 团队目前没有任何成员可以阅读这段对话；你无法发送后续消息。
followup-label = 后续消息
followup-seq-label = 这条后续消息的编号（根据你的信箱计算）
followup-files-label = 要添加到后续消息的文件
followup-files-note = 与举报相同：加密前会从 JPEG 和 PNG 图片中移除隐藏的元数据；其他文件按原样发送。
followup-recipients-note = 你取消勾选的成员得不到这条消息的密钥；至少必须保留一名。你的举报排除的成员永远不会出现在这里。
followup-to = 发给 { $name } 的后续消息
followup-left-out = 按你的举报所选，被排除在这段对话之外：{ $names }。
followup-send = 发送后续消息
followup-done = 后续消息已收到。回执：
followup-receipt =
    .aria-label = 你的后续消息的确认回执
followup-check-first = 请先用你的代号查看回复。
followup-empty = 后续消息是空的。
followup-no-recipient = 请至少选择一名成员来阅读你的后续消息。
followup-too-large = 文件对这个投递箱来说太大了（总计最多 { $max } 字节）。
followup-encrypted-too-large = 加密后的后续消息超过了这个投递箱接受的大小
followup-fingerprinting = 正在为你的签名计算文件指纹…
followup-sending-percent = 正在发送… { $percent }%
followup-sent-uncertain = 连接在最后一刻断开；你的后续消息很可能已经收到。
followup-copy-note = 注意：它在你对话记录中的副本没有保存（{ $detail }）。

## Staying safe

safety-heading = 保护自己
safety-tor = 如果可以，请使用 Tor Browser 和这个投递箱的 .onion 地址。在“更安全”安全级别下本页面仍可使用（更慢）；在“最安全”级别下 JavaScript 被关闭，页面无法加密。
safety-nothing-stored = 本页面不会保存你输入的任何内容：没有 Cookie，没有本地存储。完成后请关闭标签页。
safety-cli = 如果你面临高风险，请改用命令行工具 dropbox-submit：它在你自己的电脑上进行同样的加密，无需浏览器。

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = 不用 JavaScript 举报
nojs-heading = 不用 JavaScript 向 { $team } 举报
nojs-warning = 警告：服务器运营者可能读到你通过这个表单发送的内容。
nojs-explain = 你的浏览器把文本发送给服务器，由服务器为团队加密。如需端到端加密，请使用开启 JavaScript 的普通页面，或命令行工具 dropbox-submit。
nojs-text-only = 仅限文本（最多 64 KiB）：不能附加文件，也没有代号，所以团队无法在这里回复你。
nojs-received-heading = 举报已收到
nojs-receipt = 回执（加密后举报的 sha256）：
nojs-keep-receipt = 如果你以后想证明自己发送过这份举报，请保存它。
nojs-too-large = 这个表单最多接受 64 KiB 文本。什么也没有发送：请缩短举报后重新发送。
nojs-empty = 举报内容是空的。什么也没有发送：请写下发生了什么，然后重新发送。
nojs-failed = 投递箱无法保存你的举报（{ $detail }）。什么也没有保留；请稍后再试。
nojs-back = 返回表单
`;var Lt=[{code:"en",name:"English",dir:"ltr",source:ru},{code:"ar",name:"العربية",dir:"rtl",source:tu},{code:"de",name:"Deutsch",dir:"ltr",source:nu},{code:"es",name:"Español",dir:"ltr",source:ou},{code:"fa",name:"فارسی",dir:"rtl",source:iu},{code:"fr",name:"Français",dir:"ltr",source:su},{code:"pt",name:"Português",dir:"ltr",source:au},{code:"ru",name:"Русский",dir:"ltr",source:cu},{code:"tr",name:"Türkçe",dir:"ltr",source:lu},{code:"uk",name:"Українська",dir:"ltr",source:du},{code:"zh-CN",name:"简体中文",dir:"ltr",source:uu}];function gu(e){let t=Lt.map(n=>n.code.toLowerCase());for(let n of e||[]){let r=String(n).toLowerCase(),o=t.indexOf(r);if(o>=0)return Lt[o].code;let i=r.split("-")[0],s=Lt.find(a=>a.code.toLowerCase().split("-")[0]===i);if(s)return s.code}return"en"}var fu=new Map;function pu(e){let t=fu.get(e);if(!t){let n=Lt.find(r=>r.code===e)||Lt[0];t=new Ur(n.code,{useIsolating:!1}),t.addResource(new Pr(n.source)),fu.set(e,t)}return t}var ra="en";function ug(){return Lt.find(e=>e.code===ra)}var hu="",mu="";function yu(e,t={}){let n=pu(ra),r=n.getMessage(e);if(r||(n=pu("en"),r=n.getMessage(e)),!r)return{parts:[e],attributes:{}};let o={},i=[];for(let[f,p]of Object.entries(t))typeof p=="number"?o[f]=p:(o[f]=`${hu}${i.length}${mu}`,i.push(p));let s=[],a=r.value?n.formatPattern(r.value,o,s):"",c=[],l=new RegExp(`${hu}(\\d+)${mu}`,"g"),d=0;for(let f of a.matchAll(l))f.index>d&&c.push(a.slice(d,f.index)),c.push({arg:i[Number(f[1])]}),d=f.index+f[0].length;d<a.length&&c.push(a.slice(d));let u={};for(let[f,p]of Object.entries(r.attributes))u[f]=n.formatPattern(p,{},s);return{parts:c,attributes:u}}function bu(e,t={}){return yu(e,t).parts.map(n=>typeof n=="string"?n:typeof n.arg=="string"?n.arg:bu(n.arg.id,n.arg.args)).join("")}var wu=new WeakMap,fg=new Set(["aria-label","title","placeholder"]);function vu(e,t,n){let{parts:r,attributes:o}=yu(t,n),i=r.map(s=>{if(typeof s=="string")return document.createTextNode(s);if(typeof s.arg=="string"){let c=document.createElement("bdi");return c.textContent=s.arg,c}let a=document.createElement("span");return me(a,s.arg.id,s.arg.args),a});r.length&&e.replaceChildren(...i);for(let[s,a]of Object.entries(o))fg.has(s)&&e.setAttribute(s,a)}function me(e,t,n={}){e.dataset.l10nId=t,wu.set(e,n),vu(e,t,n)}function oa(e){ra=Lt.some(n=>n.code===e)?e:"en";let t=ug();document.documentElement.lang=t.code,document.documentElement.dir=t.dir,document.title=bu("page-title");for(let n of document.querySelectorAll("[data-l10n-id]"))vu(n,n.dataset.l10nId,wu.get(n)||{})}var pg=64*1024*1024,sa='(()=>{function Ut(t){return t instanceof Uint8Array||ArrayBuffer.isView(t)&&t.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in t&&t.BYTES_PER_ELEMENT===1}var dn=t=>t?`"${t}" `:"";function te(t,e=""){if(typeof t!="number")throw new TypeError(dn(e)+"expected number, got "+typeof t);if(!Number.isSafeInteger(t)||t<0)throw new RangeError(dn(e)+"expected integer >= 0, got "+t);return t}function Qr(t,e=""){if(typeof t!="boolean")throw new TypeError(dn(e)+"expected boolean, got type="+typeof t);return t}function Z(t,e,n=""){if(Ut(t)&&(e===void 0||t.length===e))return t;e!==void 0&&te(e,"length");let r=Ut(t),o=e!==void 0?` of length ${e}`:"",s=r?`length=${t.length}`:`type=${typeof t}`,i=dn(n)+"expected Uint8Array"+o+", got "+s;throw r?new RangeError(i):new TypeError(i)}function Jn(t){return Uint8Array.from(Z(t))}function ve(t){if(typeof t!="function"||typeof t.create!="function")throw new TypeError("expected hash wrapped by utils.createHasher");if(te(t.outputLen),te(t.blockLen),t.outputLen<1||t.blockLen<1)throw new Error("hash blockLen / outputLen must be >= 1")}var bi=(t,e)=>{if(t===null||typeof t!="object"||Array.isArray(t))throw new TypeError((e==="object"?"":`"${e}" `)+"expected object, got type="+typeof t)},Gr=(t,e)=>{bi(t,e);let n=Object.getPrototypeOf(t);if(n!==Object.prototype&&n!==null)throw new TypeError(`"${e}" expected plain object`);if(Object.hasOwn(t,"__proto__"))throw new TypeError(`"${e}.__proto__" is not allowed`)};function Be(t,e=!0){if(t.destroyed)throw new Error("hash was destroyed");if(e&&t.finished)throw new Error("digest() was already called")}function $e(t,e){Z(t,void 0,"output");let n=e.outputLen;if(!(t.length>=n))throw new RangeError(\'"output" expected length >= \'+n)}function Mt(t){return new Uint8Array(t.buffer,t.byteOffset,t.byteLength)}function Ee(t){return new Uint32Array(t.buffer,t.byteOffset,Math.floor(t.byteLength/4))}function Q(...t){for(let e=0;e<t.length;e++)t[e].fill(0)}function un(t){return new DataView(t.buffer,t.byteOffset,t.byteLength)}function Oe(t,e){return t<<32-e|t>>>e}var Jr=new Uint8Array(new Uint32Array([287454020]).buffer)[0]===68;function eo(t){return t<<24&4278190080|t<<8&16711680|t>>>8&65280|t>>>24&255}var pe=Jr?t=>t:t=>eo(t)>>>0;function xi(t){for(let e=0;e<t.length;e++)t[e]=eo(t[e]);return t}var be=Jr?t=>t:xi,to=typeof Uint8Array.from([]).toHex=="function"&&typeof Uint8Array.fromHex=="function",Ei=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"));function hn(t){if(Z(t),to)return t.toHex();let e="";for(let n=0;n<t.length;n++)e+=Ei[t[n]];return e}function Vr(t){return t>=48&&t<=57?t-48:t>=65&&t<=70?t-55:t>=97&&t<=102?t-87:void 0}function pn(t){if(typeof t!="string")throw new TypeError("hex string expected, got "+typeof t);if(to)try{return Uint8Array.fromHex(t)}catch(o){throw o instanceof SyntaxError?new RangeError(o.message):o}let e=t.length,n=e/2;if(e%2)throw new RangeError("hex string expected, got unpadded hex of length "+e);let r=new Uint8Array(n);for(let o=0,s=0;o<n;o++,s+=2){let i=Vr(t.charCodeAt(s)),c=Vr(t.charCodeAt(s+1));if(i===void 0||c===void 0){let f=t[s]+t[s+1];throw new RangeError(\'hex string expected, got non-hex character "\'+f+\'" at index \'+s)}r[o]=i*16+c}return r}function no(t){let e=globalThis;if(typeof e.scheduler?.yield=="function"){let n=e.scheduler.yield();return t&&n.catch(t),n}return new Promise(n=>e.setTimeout(n,0))}function ki(t){if(typeof t!="string")throw new TypeError("string expected");let e=new TextEncoder().encode(t);try{return new Uint8Array(e)}finally{Q(e)}}function mn(t,e=""){return typeof t=="string"?ki(t):Z(t,void 0,e)}function gn(...t){let e=0;for(let r=0;r<t.length;r++){let o=t[r];Z(o),e+=o.length}let n=new Uint8Array(e);for(let r=0,o=0;r<t.length;r++){let s=t[r];n.set(s,o),o+=s.length}return n}function ft(t,e,n="opts"){return Gr(t,"defaults"),e!==void 0&&Gr(e,n),Object.assign(Object.create(null),t,e)}function Ie(t,e={}){if(typeof t!="function")throw new TypeError(\'"hashCons" expected function, got type=\'+typeof t);e=ft({},e,"info");let n=(o,s)=>t(s).update(o).digest(),r=t(void 0);return n.outputLen=r.outputLen,n.blockLen=r.blockLen,n.canXOF=r.canXOF,n.create=o=>t(o),Object.assign(n,e),Object.freeze(n)}function yn(t=32){te(t,"bytesLength");let e=typeof globalThis=="object"?globalThis.crypto:null;if(typeof e?.getRandomValues!="function")throw new Error("crypto.getRandomValues must be defined");if(t>65536)throw new RangeError(`"bytesLength" expected <= 65536, got ${t}`);return e.getRandomValues(new Uint8Array(t))}var Ue=t=>({oid:Uint8Array.from([6,9,96,134,72,1,101,3,4,2,t])});var ro=Uint8Array.from([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,14,10,4,8,9,15,13,6,1,12,0,2,11,7,5,3,11,8,12,0,5,2,15,13,10,14,3,6,7,1,9,4,7,9,3,1,13,12,11,14,2,6,5,10,4,0,15,8,9,0,5,7,2,4,10,15,14,1,11,12,6,8,3,13,2,12,6,10,0,11,8,3,4,13,7,5,15,14,1,9,12,5,1,15,14,13,4,10,0,7,6,3,9,2,8,11,13,11,7,14,12,1,3,9,5,0,15,4,8,6,2,10,6,15,14,9,11,3,0,8,12,2,13,7,1,4,10,5,10,2,8,4,7,6,1,5,15,11,9,14,3,12,13,0,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,14,10,4,8,9,15,13,6,1,12,0,2,11,7,5,3,11,8,12,0,5,2,15,13,10,14,3,6,7,1,9,4,7,9,3,1,13,12,11,14,2,6,5,10,4,0,15,8,9,0,5,7,2,4,10,15,14,1,11,12,6,8,3,13,2,12,6,10,0,11,8,3,4,13,7,5,15,14,1,9]);var wn=BigInt(4294967295),oo=BigInt(32);function vi(t,e=!1){return e?{h:Number(t&wn),l:Number(t>>oo&wn)}:{h:Number(t>>oo&wn)|0,l:Number(t&wn)|0}}function bn(t,e=!1){let n=t.length,r=new Uint32Array(n),o=new Uint32Array(n);for(let s=0;s<n;s++){let{h:i,l:c}=vi(t[s],e);[r[s],o[s]]=[i,c]}return[r,o]}var er=t=>t/2**32|0,tr=t=>t>>>0;function so(t,e,n,r){let o=er(n),s=tr(n);t.setUint32(e,r?s:o,r),t.setUint32(e+4,r?o:s,r)}var nr=(t,e,n)=>t>>>n,rr=(t,e,n)=>t<<32-n|e>>>n,Re=(t,e,n)=>t>>>n|e<<32-n,qe=(t,e,n)=>t<<32-n|e>>>n,at=(t,e,n)=>t<<64-n|e>>>n-32,lt=(t,e,n)=>t>>>n-32|e<<64-n,io=(t,e)=>e,co=(t,e)=>t;function ke(t,e,n,r){let o=(e>>>0)+(r>>>0);return{h:t+n+(o/2**32|0)|0,l:o|0}}var Ft=(t,e,n)=>(t>>>0)+(e>>>0)+(n>>>0),Nt=(t,e,n,r)=>e+n+r+(t/2**32|0)|0,fo=(t,e,n,r)=>(t>>>0)+(e>>>0)+(n>>>0)+(r>>>0),ao=(t,e,n,r,o)=>e+n+r+o+(t/2**32|0)|0,lo=(t,e,n,r,o)=>(t>>>0)+(e>>>0)+(n>>>0)+(r>>>0)+(o>>>0),uo=(t,e,n,r,o,s)=>e+n+r+o+s+(t/2**32|0)|0;function po(t,e,n){return t&e^~t&n}function mo(t,e,n){return t&e^t&n^e&n}var Ct=class{blockLen;outputLen;canXOF=!1;padOffset;isLE;buffer;view;finished=!1;length=0;pos=0;destroyed=!1;constructor(e,n,r,o){this.blockLen=e,this.outputLen=n,this.padOffset=r,this.isLE=o,this.buffer=new Uint8Array(e),this.view=un(this.buffer)}update(e){Be(this),Z(e);let{view:n,buffer:r,blockLen:o}=this,s=e.length,i=!1;for(let c=0;c<s;){let f=Math.min(o-this.pos,s-c);if(f===o){let a=un(e);for(;o<=s-c;c+=o)this.process(a,c);i=!0;continue}r.set(c===0&&f===s?e:e.subarray(c,c+f),this.pos),this.pos+=f,c+=f,this.pos===o&&(this.process(n,0),this.pos=0,i=!0)}return this.length+=e.length,i&&this.roundClean(),this}digestInto(e){Be(this),$e(e,this),this.finished=!0;let{buffer:n,view:r,blockLen:o,isLE:s}=this,{pos:i}=this;n[i++]=128,n.fill(0,i),this.padOffset>o-i&&(this.process(r,0),n.fill(0)),so(r,o-8,this.length*8,s),this.process(r,0),this.roundClean();let c=e===n?r:un(e),f=this.outputLen,a=f/4,l=this.get();if(f%4||a>l.length)throw new Error("invalid outputLen");for(let d=0;d<a;d++)c.setUint32(4*d,l[d],s)}digest(){let{buffer:e,outputLen:n}=this;this.digestInto(e);let r=e.slice(0,n);return this.destroy(),r}_cloneIntoMeta(e){let{buffer:n,length:r,finished:o,destroyed:s,pos:i}=this;return e.destroyed=s,e.finished=o,e.length=r,e.pos=i,i&&e.buffer.set(n),e}clone(){return this._cloneInto()}},go=Uint32Array.from([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]);var yo=Uint32Array.from([3418070365,3238371032,1654270250,914150663,2438529370,812702999,355462360,4144912697,1731405415,4290775857,2394180231,1750603025,3675008525,1694076839,1203062813,3204075428]),wo=Uint32Array.from([1779033703,4089235720,3144134277,2227873595,1013904242,4271175723,2773480762,1595750129,1359893119,2917565137,2600822924,725511199,528734635,4215389547,1541459225,327033209]);var ae=Uint32Array.from([4089235720,1779033703,2227873595,3144134277,4271175723,1013904242,1595750129,2773480762,2917565137,1359893119,725511199,2600822924,4215389547,528734635,327033209,1541459225]),R=new Uint32Array(32);function Ze(t,e,n,r,o,s){let i=o[s],c=o[s+1],f=R[2*t],a=R[2*t+1],l=R[2*e],d=R[2*e+1],u=R[2*n],h=R[2*n+1],p=R[2*r],m=R[2*r+1],b=Ft(f,l,i);a=Nt(b,a,d,c),f=b|0;let E=m^a,y=p^f;m=io(E,y),p=co(E,y),{h,l:u}=ke(h,u,m,p),E=d^h,y=l^u,d=Re(E,y,24),l=qe(E,y,24),R[2*t]=f,R[2*t+1]=a,R[2*e]=l,R[2*e+1]=d,R[2*n]=u,R[2*n+1]=h,R[2*r]=p,R[2*r+1]=m}function Xe(t,e,n,r,o,s){let i=o[s],c=o[s+1],f=R[2*t],a=R[2*t+1],l=R[2*e],d=R[2*e+1],u=R[2*n],h=R[2*n+1],p=R[2*r],m=R[2*r+1],b=Ft(f,l,i);a=Nt(b,a,d,c),f=b|0;let E=m^a,y=p^f;m=Re(E,y,16),p=qe(E,y,16),{h,l:u}=ke(h,u,m,p),E=d^h,y=l^u,d=at(E,y,63),l=lt(E,y,63),R[2*t]=f,R[2*t+1]=a,R[2*e]=l,R[2*e+1]=d,R[2*n]=u,R[2*n+1]=h,R[2*r]=p,R[2*r+1]=m}function Bi(t,e={},n,r,o){if(te(n),t<=0||t>n)throw new Error(\'"dkLen" must be 1..\'+n+", got "+t);let{key:s,salt:i,personalization:c}=e;if(s!==void 0&&(s.length<1||s.length>n))throw new Error(\'"key" expected to be undefined or of length=1..\'+n);i!==void 0&&Z(i,r,"salt"),c!==void 0&&Z(c,o,"personalization")}var or=class{buffer;buffer32;finished=!1;destroyed=!1;length=0;pos=0;blockLen;outputLen;canXOF=!1;constructor(e,n){te(e),te(n),this.blockLen=e,this.outputLen=n,this.buffer=new Uint8Array(e),this.buffer32=Ee(this.buffer)}update(e){Be(this),Z(e);let{blockLen:n,buffer:r,buffer32:o}=this,s=e.length,i=e.byteOffset,c=e.buffer;for(let f=0;f<s;){this.pos===n&&(be(o),this.compress(o,0,!1),be(o),this.pos=0);let a=Math.min(n-this.pos,s-f),l=i+f;if(a===n&&!(l%4)&&f+a<s){let d=new Uint32Array(c,l,Math.floor((s-f)/4));be(d);for(let u=0;f+n<s;u+=o.length,f+=n)this.length+=n,this.compress(d,u,!1);be(d);continue}r.set(f===0&&a===s?e:e.subarray(f,f+a),this.pos),this.pos+=a,this.length+=a,f+=a}return this}digestInto(e){if(Be(this),$e(e,this),e.byteOffset&3)throw new RangeError(\'"output" expected 4-byte aligned byteOffset, got \'+e.byteOffset);let{pos:n,buffer32:r}=this;this.finished=!0,this.buffer.fill(0,n),be(r),this.compress(r,0,!0),be(r);let o=this.get(),s=e===this.buffer?r:Ee(e),i=Math.floor(this.outputLen/4);for(let l=0;l<i;l++)s[l]=pe(o[l]);let c=this.outputLen%4;if(!c)return;let f=i*4,a=o[i];for(let l=0;l<c;l++)e[f+l]=a>>>8*l}digest(){let{buffer:e,outputLen:n}=this;this.digestInto(e);let r=e.slice(0,n);return this.destroy(),r}_cloneInto(e){let{buffer:n,length:r,finished:o,destroyed:s,outputLen:i,pos:c}=this;return e||=new this.constructor({dkLen:i}),e.set(...this.get()),e.buffer.set(n),e.destroyed=s,e.finished=o,e.length=r,e.pos=c,e.outputLen=i,e}clone(){return this._cloneInto()}},sr=class extends or{v0l=ae[0]|0;v0h=ae[1]|0;v1l=ae[2]|0;v1h=ae[3]|0;v2l=ae[4]|0;v2h=ae[5]|0;v3l=ae[6]|0;v3h=ae[7]|0;v4l=ae[8]|0;v4h=ae[9]|0;v5l=ae[10]|0;v5h=ae[11]|0;v6l=ae[12]|0;v6h=ae[13]|0;v7l=ae[14]|0;v7h=ae[15]|0;constructor(e={}){e=ft({},e);let n=e.dkLen===void 0?64:e.dkLen;super(128,n),Bi(n,e,64,16,16);let{key:r,personalization:o,salt:s}=e,i=0;if(r!==void 0&&(Z(r,void 0,"key"),i=r.length),this.v0l^=this.outputLen|i<<8|65536|1<<24,s!==void 0){Z(s,void 0,"salt");let c=Ee(Jn(s));this.v4l^=pe(c[0]),this.v4h^=pe(c[1]),this.v5l^=pe(c[2]),this.v5h^=pe(c[3])}if(o!==void 0){Z(o,void 0,"personalization");let c=Ee(Jn(o));this.v6l^=pe(c[0]),this.v6h^=pe(c[1]),this.v7l^=pe(c[2]),this.v7h^=pe(c[3])}if(r!==void 0){let c=new Uint8Array(this.blockLen);c.set(r),this.update(c),Q(c)}}get(){let{v0l:e,v0h:n,v1l:r,v1h:o,v2l:s,v2h:i,v3l:c,v3h:f,v4l:a,v4h:l,v5l:d,v5h:u,v6l:h,v6h:p,v7l:m,v7h:b}=this;return[e,n,r,o,s,i,c,f,a,l,d,u,h,p,m,b]}set(e,n,r,o,s,i,c,f,a,l,d,u,h,p,m,b){this.v0l=e|0,this.v0h=n|0,this.v1l=r|0,this.v1h=o|0,this.v2l=s|0,this.v2h=i|0,this.v3l=c|0,this.v3h=f|0,this.v4l=a|0,this.v4h=l|0,this.v5l=d|0,this.v5h=u|0,this.v6l=h|0,this.v6h=p|0,this.v7l=m|0,this.v7h=b|0}compress(e,n,r){let{v0l:o,v0h:s,v1l:i,v1h:c,v2l:f,v2h:a,v3l:l,v3h:d,v4l:u,v4h:h,v5l:p,v5h:m,v6l:b,v6h:E,v7l:y,v7h:w}=this;R[0]=o,R[1]=s,R[2]=i,R[3]=c,R[4]=f,R[5]=a,R[6]=l,R[7]=d,R[8]=u,R[9]=h,R[10]=p,R[11]=m,R[12]=b,R[13]=E,R[14]=y,R[15]=w,R.set(ae,16);let k=tr(this.length),A=er(this.length);R[24]=ae[8]^k,R[25]=ae[9]^A,r&&(R[28]=~R[28],R[29]=~R[29]);let v=0,O=ro;for(let z=0;z<12;z++)Ze(0,4,8,12,e,n+2*O[v++]),Xe(0,4,8,12,e,n+2*O[v++]),Ze(1,5,9,13,e,n+2*O[v++]),Xe(1,5,9,13,e,n+2*O[v++]),Ze(2,6,10,14,e,n+2*O[v++]),Xe(2,6,10,14,e,n+2*O[v++]),Ze(3,7,11,15,e,n+2*O[v++]),Xe(3,7,11,15,e,n+2*O[v++]),Ze(0,5,10,15,e,n+2*O[v++]),Xe(0,5,10,15,e,n+2*O[v++]),Ze(1,6,11,12,e,n+2*O[v++]),Xe(1,6,11,12,e,n+2*O[v++]),Ze(2,7,8,13,e,n+2*O[v++]),Xe(2,7,8,13,e,n+2*O[v++]),Ze(3,4,9,14,e,n+2*O[v++]),Xe(3,4,9,14,e,n+2*O[v++]);this.v0l^=R[0]^R[16],this.v0h^=R[1]^R[17],this.v1l^=R[2]^R[18],this.v1h^=R[3]^R[19],this.v2l^=R[4]^R[20],this.v2h^=R[5]^R[21],this.v3l^=R[6]^R[22],this.v3h^=R[7]^R[23],this.v4l^=R[8]^R[24],this.v4h^=R[9]^R[25],this.v5l^=R[10]^R[26],this.v5h^=R[11]^R[27],this.v6l^=R[12]^R[28],this.v6h^=R[13]^R[29],this.v7l^=R[14]^R[30],this.v7h^=R[15]^R[31],Q(R)}destroy(){this.destroyed=!0,Q(this.buffer32),this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0)}},Et=Ie(t=>new sr(t));var xn={Argon2d:0,Argon2i:1,Argon2id:2},Dt=4,bo=(t,e="")=>t===void 0?Uint8Array.of():mn(t,e),ce=new Uint32Array(256);function Ye(t,e,n,r){let o=ce[2*t],s=ce[2*t+1],i=ce[2*e],c=ce[2*e+1],f=ce[2*n],a=ce[2*n+1],l=ce[2*r],d=ce[2*r+1],u=0,h=0,p=0,m=0,b=0;u=Math.imul(o,i),h=((o>>>0)*(i>>>0)-(u>>>0))/4294967296+.5|0,p=(o>>>0)+(i>>>0)+(u<<1>>>0),s=s+c+(h<<1|u>>>31)+(p/4294967296|0)|0,o=p|0,m=d^s,b=l^o,d=b,l=m,u=Math.imul(f,l),h=((f>>>0)*(l>>>0)-(u>>>0))/4294967296+.5|0,p=(f>>>0)+(l>>>0)+(u<<1>>>0),a=a+d+(h<<1|u>>>31)+(p/4294967296|0)|0,f=p|0,m=c^a,b=i^f,c=m>>>24|b<<8,i=m<<8|b>>>24,u=Math.imul(o,i),h=((o>>>0)*(i>>>0)-(u>>>0))/4294967296+.5|0,p=(o>>>0)+(i>>>0)+(u<<1>>>0),s=s+c+(h<<1|u>>>31)+(p/4294967296|0)|0,o=p|0,m=d^s,b=l^o,d=m>>>16|b<<16,l=m<<16|b>>>16,u=Math.imul(f,l),h=((f>>>0)*(l>>>0)-(u>>>0))/4294967296+.5|0,p=(f>>>0)+(l>>>0)+(u<<1>>>0),a=a+d+(h<<1|u>>>31)+(p/4294967296|0)|0,f=p|0,m=c^a,b=i^f,c=m<<1|b>>>31,i=m>>>31|b<<1,ce[2*t]=o,ce[2*t+1]=s,ce[2*e]=i,ce[2*e+1]=c,ce[2*n]=f,ce[2*n+1]=a,ce[2*r]=l,ce[2*r+1]=d}function xo(t,e,n,r,o,s,i,c,f,a,l,d,u,h,p,m){Ye(t,o,f,u),Ye(e,s,a,h),Ye(n,i,l,p),Ye(r,c,d,m),Ye(t,s,l,m),Ye(e,i,d,u),Ye(n,c,f,h),Ye(r,o,a,p)}function Ht(t,e,n,r,o){if(o)for(let s=0;s<256;s++){let i=t[e+s]^t[n+s];ce[s]=i,t[r+s]^=i}else for(let s=0;s<256;s++){let i=t[e+s]^t[n+s];ce[s]=i,t[r+s]=i}for(let s=0;s<128;s+=16)xo(s,s+1,s+2,s+3,s+4,s+5,s+6,s+7,s+8,s+9,s+10,s+11,s+12,s+13,s+14,s+15);for(let s=0;s<16;s+=2)xo(s,s+1,s+16,s+17,s+32,s+33,s+48,s+49,s+64,s+65,s+80,s+81,s+96,s+97,s+112,s+113);for(let s=0;s<256;s++)t[r+s]^=ce[s];Q(ce)}function ir(t,e){let n=Mt(t),r=new Uint32Array(1),o=Mt(r);if(r[0]=pe(e),e<=64)return Et.create({dkLen:e}).update(o).update(n).digest();let s=new Uint8Array(e),i=Et.create({}).update(o).update(n).digest(),c=0;for(s.set(i.subarray(0,32)),c+=32;e-c>64;c+=32){let f=Et.create({}).update(i);f.digestInto(i),f.destroy(),s.set(i.subarray(0,32),c)}return s.set(Et(i,{dkLen:e-c}),c),Q(i,r),s}function Ai(t,e,n,r,o,s,i=!1){let c;t===0?e===0?c=o-1:i?c=e*r+o-1:c=e*r+(o==0?-1:0):i?c=n-r+o-1:c=n-r+(o==0?-1:0);let f=t!==0&&e!==Dt-1?(e+1)*r:0,a=Math.imul(s,s),l=((s>>>0)*(s>>>0)-(a>>>0))/4294967296+.5|0,d=Math.imul(c,l),u=((c>>>0)*(l>>>0)-(d>>>0))/4294967296+.5|0,h=c-1-u;return(f+h)%n}var _i=Math.pow(2,32),Eo=1024**2,Si=Eo*1024;function We(t){return Number.isSafeInteger(t)&&t>=0&&t<_i}function ji(t={}){t=ft({},t);let e={t:3,m:Eo,p:1,version:19,dkLen:32,maxmem:Si,asyncTick:10};for(let[a,l]of Object.entries(t))l!==void 0&&(e[a]=l);let{dkLen:n,p:r,m:o,t:s,version:i,onProgress:c,asyncTick:f}=e;if(!We(n)||n<4)throw new Error(\'"dkLen" must be 4..\');if(!We(r)||r<1||r>=Math.pow(2,24))throw new Error(\'"p" must be 1..2^24\');if(!We(o))throw new Error(\'"m" must be 0..2^32\');if(!We(s)||s<1)throw new Error(\'"t" (iterations) must be 1..2^32\');if(c!==void 0&&typeof c!="function")throw new Error(\'"onProgress" must be a function\');if(te(f,"asyncTick"),!We(o)||o<8*r)throw new Error(\'"m" (memory) must be at least 8*p bytes\');if(i!==16&&i!==19)throw new Error(\'"version" must be 0x10 or 0x13, got \'+i);return e}function Oi(t,e,n,r){let o=[],s=new Uint32Array(1),i=Mt(s),c,f,a=!1,l=(d,u)=>(typeof d=="string"&&o.push(u),u);try{let d=l(t,mn(t,"password")),u=l(e,mn(e,"salt"));if(!We(d.length))throw new Error(\'"password" must be less of length 1..4Gb\');if(!We(u.length)||u.length<8)throw new Error(\'"salt" must be of length 8..4Gb\');if(!Object.values(xn).includes(n))throw new Error(\'"type" was invalid\');let{p:h,dkLen:p,m,t:b,version:E,key:y,personalization:w,maxmem:k,onProgress:A,asyncTick:v}=ji(r),O=y;y=l(O,bo(O,"key"));let z=w;w=l(z,bo(z,"personalization")),c=Et.create();for(let B of[h,p,m,b,E,n])s[0]=pe(B),c.update(i);for(let B of[d,u,y,w])s[0]=pe(B.length),c.update(i).update(B);return f=new Uint32Array(18),c.digestInto(Mt(f)),a=!0,{H0:f,p:h,dkLen:p,m,t:b,version:E,maxmem:k,onProgress:A,asyncTick:v}}finally{c&&c.destroy(),Q(s,...o),!a&&f&&Q(f)}}function Ti(t,e,n,r){let{H0:o,p:s,dkLen:i,m:c,t:f,version:a,maxmem:l,onProgress:d,asyncTick:u}=Oi(t,e,n,r);try{let h=s,p=4*s*Math.floor(c/(Dt*s)),m=Math.floor(p/s),b=Math.floor(m/Dt),E=p*1024;if(!We(l))throw new Error(\'"maxmem" expected <2**32, got \'+l);if(E>l)throw new Error(\'"maxmem" limit was hit: memUsed(mP*1024)=\'+E+", maxmem="+l);let y=new Uint32Array(E/4);for(let k=0;k<s;k++){let A=256*m*k;o[17]=pe(k),o[16]=pe(0),y.set(be(Ee(ir(o,1024))),A),o[16]=pe(1),y.set(be(Ee(ir(o,1024))),A+256)}let w=()=>{};if(d){let k=f*Dt*s*b-2*s,A=Math.max(Math.floor(k/1e4),1),v=0;w=()=>{v++,d&&(!(v%A)||v===k)&&d(v/k)}}return{type:n,mP:p,p:s,t:f,version:a,B:y,laneLen:m,lanes:h,segmentLen:b,dkLen:i,perBlock:w,asyncTick:u}}finally{Q(o)}}function Ri(t,e,n,r){let o=new Uint32Array(256);for(let i=0;i<e;i++)for(let c=0;c<256;c++)o[c]^=t[256*(n*i+n-1)+c];let s=ir(be(o),r);return Q(t,o),s}function*qi(t,e){let{type:n,mP:r,p:o,t:s,version:i,B:c,laneLen:f,lanes:a,segmentLen:l,perBlock:d}=t;e[262]=r,e[264]=s,e[266]=n;for(let u=0;u<s;u++){let h=u!==0&&i===19;e[256]=u;for(let p=0;p<Dt;p++){e[260]=p;let m=n==xn.Argon2i||n==xn.Argon2id&&u===0&&p<2;for(let b=0;b<o;b++){e[258]=b,e[268]=0;let E=0;u===0&&p===0&&(E=2,m&&(e[268]++,Ht(e,256,2*256,0,!1),Ht(e,0,2*256,0,!1)));let y=b*f+p*l+E;for(let w=E;w<l;w++,y++){d();let k=y%f?y-1:y+f-1,A,v;if(m){let j=w%128;j===0&&(e[268]++,Ht(e,256,2*256,0,!1),Ht(e,0,2*256,0,!1)),A=e[2*j],v=e[2*j+1]}else{let j=256*k;A=c[j],v=c[j+1]}let O=u===0&&p===0?b:v%a,z=Ai(u,p,f,l,w,A,O==b),B=f*O+z;Ht(c,256*k,256*B,y*256,h),yield}}}}Q(e)}async function Li(t,e,n,r){let o=Ti(e,n,t,r),s=new Uint32Array(3*256),i=qi(o,s),c=()=>Q(s,o.B),f=Date.now();for(;!i.next().done;){let a=Date.now()-f;a>=0&&a<o.asyncTick||(await no(c),f=Date.now())}return Ri(o.B,o.p,o.laneLen,o.dkLen)}var ko=(t,e,n={})=>Li(xn.Argon2id,t,e,n);var En=class{oHash;iHash;blockLen;outputLen;canXOF=!1;finished=!1;destroyed=!1;constructor(e,n){if(ve(e),Z(n,void 0,"key"),this.iHash=e.create(),typeof this.iHash.update!="function")throw new Error("expected Hash instance");this.blockLen=this.iHash.blockLen,this.outputLen=this.iHash.outputLen;let r=this.blockLen,o=new Uint8Array(r);o.set(n.length>r?e.create().update(n).digest():n);for(let s=0;s<o.length;s++)o[s]^=54;this.iHash.update(o),this.oHash=e.create();for(let s=0;s<o.length;s++)o[s]^=106;this.oHash.update(o),Q(o)}update(e){return Be(this),this.iHash.update(e),this}digestInto(e){Be(this),$e(e,this),this.finished=!0;let n=e.subarray(0,this.outputLen);this.iHash.digestInto(n),this.oHash.update(n),this.oHash.digestInto(n),this.destroy()}digest(){let e=new Uint8Array(this.oHash.outputLen);return this.digestInto(e),e}_cloneInto(e){e||=Object.create(Object.getPrototypeOf(this),{});let{oHash:n,iHash:r,finished:o,destroyed:s,blockLen:i,outputLen:c,canXOF:f}=this;return e=e,e.finished=o,e.destroyed=s,e.blockLen=i,e.outputLen=c,e.canXOF=f,e.oHash=n._cloneInto(e.oHash),e.iHash=r._cloneInto(e.iHash),e}clone(){return this._cloneInto()}destroy(){this.destroyed=!0,this.oHash.destroy(),this.iHash.destroy()}},Kt=(()=>{let t=((e,n,r)=>new En(e,n).update(r).digest());return t.create=(e,n)=>new En(e,n),t})();function kn(t,e,n){return ve(t),n===void 0&&(n=new Uint8Array(t.outputLen)),Kt(t,n,e)}var Pt=Uint8Array.of(0),zi=Uint8Array.of();function Ge(t,e,n,r=32,o){ve(t),te(r,"length"),Z(e,void 0,"prk");let s=t.outputLen;if(e.length<s)throw new Error(\'"prk" must be at least HashLen octets\');if(r>255*s)throw new Error("Length must be <= 255*HashLen");let i=Math.ceil(r/s);if(n===void 0?n=zi:Z(n,void 0,"info"),!i)return o&&Q(e),new Uint8Array;let c=o&&i===1?e:new Uint8Array(i*s),{iHash:f,oHash:a}=Kt.create(t,e),l=o?e:new Uint8Array(s),d=i>1?o?.iHash||t.create():void 0;for(let h=0;h<i-1;h++){Pt[0]=h+1;let p=f._cloneInto(d);h&&p.update(l),p.update(n).update(Pt).digestInto(l),a._cloneInto(d).update(l).digestInto(l),c.set(l,s*h)}if(Pt[0]=i,i>1&&f.update(l),f.update(n).update(Pt).digestInto(l),a.update(l).digestInto(l),c.set(l,s*(i-1)),f.destroy(),a.destroy(),d?.destroy(),l!==c&&Q(l),Q(Pt),r===c.length)return c;let u=c.slice(0,r);return Q(c),u}var Ii=Uint32Array.from([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),Ve=new Uint32Array(64),cr=class extends Ct{A=0;B=0;C=0;D=0;E=0;F=0;G=0;H=0;constructor(e,n){super(64,e,8,!1),this.A=n[0]|0,this.B=n[1]|0,this.C=n[2]|0,this.D=n[3]|0,this.E=n[4]|0,this.F=n[5]|0,this.G=n[6]|0,this.H=n[7]|0}get(){let{A:e,B:n,C:r,D:o,E:s,F:i,G:c,H:f}=this;return[e,n,r,o,s,i,c,f]}set(e,n,r,o,s,i,c,f){this.A=e|0,this.B=n|0,this.C=r|0,this.D=o|0,this.E=s|0,this.F=i|0,this.G=c|0,this.H=f|0}_cloneInto(e){return(e||=new this.constructor).set(...this.get()),this._cloneIntoMeta(e)}process(e,n){for(let d=0;d<16;d++,n+=4)Ve[d]=e.getUint32(n,!1);for(let d=16;d<64;d++){let u=Ve[d-15],h=Ve[d-2],p=Oe(u,7)^Oe(u,18)^u>>>3,m=Oe(h,17)^Oe(h,19)^h>>>10;Ve[d]=m+Ve[d-7]+p+Ve[d-16]|0}let{A:r,B:o,C:s,D:i,E:c,F:f,G:a,H:l}=this;for(let d=0;d<64;d++){let u=Oe(c,6)^Oe(c,11)^Oe(c,25),h=l+u+po(c,f,a)+Ii[d]+Ve[d]|0,m=(Oe(r,2)^Oe(r,13)^Oe(r,22))+mo(r,o,s)|0;l=a,a=f,f=c,c=i+h|0,i=s,s=o,o=r,r=h+m|0}r=r+this.A|0,o=o+this.B|0,s=s+this.C|0,i=i+this.D|0,c=c+this.E|0,f=f+this.F|0,a=a+this.G|0,l=l+this.H|0,this.set(r,o,s,i,c,f,a,l)}roundClean(){Q(Ve)}destroy(){this.destroyed=!0,this.set(0,0,0,0,0,0,0,0),Q(this.buffer)}},fr=class extends cr{constructor(){super(32,go)}};var vo=bn(["0x428a2f98d728ae22","0x7137449123ef65cd","0xb5c0fbcfec4d3b2f","0xe9b5dba58189dbbc","0x3956c25bf348b538","0x59f111f1b605d019","0x923f82a4af194f9b","0xab1c5ed5da6d8118","0xd807aa98a3030242","0x12835b0145706fbe","0x243185be4ee4b28c","0x550c7dc3d5ffb4e2","0x72be5d74f27b896f","0x80deb1fe3b1696b1","0x9bdc06a725c71235","0xc19bf174cf692694","0xe49b69c19ef14ad2","0xefbe4786384f25e3","0x0fc19dc68b8cd5b5","0x240ca1cc77ac9c65","0x2de92c6f592b0275","0x4a7484aa6ea6e483","0x5cb0a9dcbd41fbd4","0x76f988da831153b5","0x983e5152ee66dfab","0xa831c66d2db43210","0xb00327c898fb213f","0xbf597fc7beef0ee4","0xc6e00bf33da88fc2","0xd5a79147930aa725","0x06ca6351e003826f","0x142929670a0e6e70","0x27b70a8546d22ffc","0x2e1b21385c26c926","0x4d2c6dfc5ac42aed","0x53380d139d95b3df","0x650a73548baf63de","0x766a0abb3c77b2a8","0x81c2c92e47edaee6","0x92722c851482353b","0xa2bfe8a14cf10364","0xa81a664bbc423001","0xc24b8b70d0f89791","0xc76c51a30654be30","0xd192e819d6ef5218","0xd69906245565a910","0xf40e35855771202a","0x106aa07032bbd1b8","0x19a4c116b8d2d0c8","0x1e376c085141ab53","0x2748774cdf8eeb99","0x34b0bcb5e19b48a8","0x391c0cb3c5c95a63","0x4ed8aa4ae3418acb","0x5b9cca4f7763e373","0x682e6ff3d6b2b8a3","0x748f82ee5defb2fc","0x78a5636f43172f60","0x84c87814a1f0ab72","0x8cc702081a6439ec","0x90befffa23631e28","0xa4506cebde82bde9","0xbef9a3f7b2c67915","0xc67178f2e372532b","0xca273eceea26619c","0xd186b8c721c0c207","0xeada7dd6cde0eb1e","0xf57d4f7fee6ed178","0x06f067aa72176fba","0x0a637dc5a2c898a6","0x113f9804bef90dae","0x1b710b35131c471b","0x28db77f523047d84","0x32caab7b40c72493","0x3c9ebe0a15c9bebc","0x431d67c49c100d4c","0x4cc5d4becb3e42b6","0x597f299cfc657e2a","0x5fcb6fab3ad6faec","0x6c44198c4a475817"].map(t=>BigInt(t))),Ui=vo[0],Mi=vo[1],Qe=new Uint32Array(80),Je=new Uint32Array(80),vn=class extends Ct{Ah=0;Al=0;Bh=0;Bl=0;Ch=0;Cl=0;Dh=0;Dl=0;Eh=0;El=0;Fh=0;Fl=0;Gh=0;Gl=0;Hh=0;Hl=0;constructor(e,n){super(128,e,16,!1),this.Ah=n[0]|0,this.Al=n[1]|0,this.Bh=n[2]|0,this.Bl=n[3]|0,this.Ch=n[4]|0,this.Cl=n[5]|0,this.Dh=n[6]|0,this.Dl=n[7]|0,this.Eh=n[8]|0,this.El=n[9]|0,this.Fh=n[10]|0,this.Fl=n[11]|0,this.Gh=n[12]|0,this.Gl=n[13]|0,this.Hh=n[14]|0,this.Hl=n[15]|0}get(){let{Ah:e,Al:n,Bh:r,Bl:o,Ch:s,Cl:i,Dh:c,Dl:f,Eh:a,El:l,Fh:d,Fl:u,Gh:h,Gl:p,Hh:m,Hl:b}=this;return[e,n,r,o,s,i,c,f,a,l,d,u,h,p,m,b]}set(e,n,r,o,s,i,c,f,a,l,d,u,h,p,m,b){this.Ah=e|0,this.Al=n|0,this.Bh=r|0,this.Bl=o|0,this.Ch=s|0,this.Cl=i|0,this.Dh=c|0,this.Dl=f|0,this.Eh=a|0,this.El=l|0,this.Fh=d|0,this.Fl=u|0,this.Gh=h|0,this.Gl=p|0,this.Hh=m|0,this.Hl=b|0}_cloneInto(e){return(e||=new this.constructor).set(...this.get()),this._cloneIntoMeta(e)}process(e,n){for(let w=0;w<16;w++,n+=4)Qe[w]=e.getUint32(n),Je[w]=e.getUint32(n+=4);for(let w=16;w<80;w++){let k=Qe[w-15]|0,A=Je[w-15]|0,v=Re(k,A,1)^Re(k,A,8)^nr(k,A,7),O=qe(k,A,1)^qe(k,A,8)^rr(k,A,7),z=Qe[w-2]|0,B=Je[w-2]|0,j=Re(z,B,19)^at(z,B,61)^nr(z,B,6),U=qe(z,B,19)^lt(z,B,61)^rr(z,B,6),H=fo(O,U,Je[w-7],Je[w-16]),K=ao(H,v,j,Qe[w-7],Qe[w-16]);Qe[w]=K|0,Je[w]=H|0}let{Ah:r,Al:o,Bh:s,Bl:i,Ch:c,Cl:f,Dh:a,Dl:l,Eh:d,El:u,Fh:h,Fl:p,Gh:m,Gl:b,Hh:E,Hl:y}=this;for(let w=0;w<80;w++){let k=Re(d,u,14)^Re(d,u,18)^at(d,u,41),A=qe(d,u,14)^qe(d,u,18)^lt(d,u,41),v=d&h^~d&m,O=u&p^~u&b,z=lo(y,A,O,Mi[w],Je[w]),B=uo(z,E,k,v,Ui[w],Qe[w]),j=z|0,U=Re(r,o,28)^at(r,o,34)^at(r,o,39),H=qe(r,o,28)^lt(r,o,34)^lt(r,o,39),K=r&s^r&c^s&c,T=o&i^o&f^i&f;E=m|0,y=b|0,m=h|0,b=p|0,h=d|0,p=u|0,{h:d,l:u}=ke(a|0,l|0,B|0,j|0),a=c|0,l=f|0,c=s|0,f=i|0,s=r|0,i=o|0;let M=Ft(j,H,T);r=Nt(M,B,U,K),o=M|0}({h:r,l:o}=ke(this.Ah|0,this.Al|0,r|0,o|0)),{h:s,l:i}=ke(this.Bh|0,this.Bl|0,s|0,i|0),{h:c,l:f}=ke(this.Ch|0,this.Cl|0,c|0,f|0),{h:a,l}=ke(this.Dh|0,this.Dl|0,a|0,l|0),{h:d,l:u}=ke(this.Eh|0,this.El|0,d|0,u|0),{h,l:p}=ke(this.Fh|0,this.Fl|0,h|0,p|0),{h:m,l:b}=ke(this.Gh|0,this.Gl|0,m|0,b|0),{h:E,l:y}=ke(this.Hh|0,this.Hl|0,E|0,y|0),this.set(r,o,s,i,c,f,a,l,d,u,h,p,m,b,E,y)}roundClean(){Q(Qe,Je)}destroy(){this.destroyed=!0,Q(this.buffer),this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0)}},ar=class extends vn{constructor(){super(64,wo)}},lr=class extends vn{constructor(){super(48,yo)}};var fe=Ie(()=>new fr,Ue(1));var Bn=Ie(()=>new ar,Ue(3)),Bo=Ie(()=>new lr,Ue(2));function $t(t,e,n=()=>{}){if(!Array.isArray(t))throw new TypeError(`"${e}" expected array, got type=${typeof t}`);for(let r=0;r<t.length;r++)n(t[r],`${e}[${r}]`);return t}var W=(t,e,n)=>Z(t,e,n),dr=te;function _o(t,e=""){if(typeof t!="string"){let n=e&&`"${e}" `;throw new TypeError(n+"expected string, got type="+typeof t)}return t}function et(t,e="object"){if(t===null||typeof t!="object"||Array.isArray(t))throw new TypeError(e==="object"?"expected valid options object":`"${e}" expected object, got type=${typeof t}`);return t}function dt(t,e){if(typeof t!="function")throw new TypeError(`"${e}" is invalid: expected function, got ${typeof t}`);return t}var Zt=hn,de=(...t)=>gn(...t),kt=t=>pn(t),nt=Ut,Me=t=>yn(t),An=BigInt(0),Ao=BigInt(1),Fi=t=>t?`"${t}" `:"";function xe(t,e=""){if(typeof t!="boolean")throw new TypeError(Fi(e)+"expected boolean, got type="+typeof t);return t}function _n(t){if(typeof t=="bigint"){if(!tt(t))throw new RangeError("positive bigint expected, got "+t)}else dr(t);return t}function Fe(t,e=""){if(typeof t!="number"){let n=e&&`"${e}" `;throw new TypeError(n+"expected number, got type="+typeof t)}if(!Number.isSafeInteger(t)){let n=e&&`"${e}" `;throw new RangeError(n+"expected safe integer, got "+t)}}function Xt(t){let e=_n(t).toString(16);return e.length&1?"0"+e:e}function So(t){if(typeof t!="string")throw new TypeError("hex string expected, got "+typeof t);return t===""?An:BigInt("0x"+t)}function Ae(t){return So(hn(t))}function _e(t){return So(hn(rt(Z(t)).reverse()))}function vt(t,e){if(te(e),e===0)throw new Error("zero output length is invalid");t=_n(t);let n=e*2,r=t.toString(16);if(r.length>n)throw new RangeError("number is too large");return pn(r.padStart(n,"0"))}function Yt(t,e){return vt(t,e).reverse()}function rt(t){return Uint8Array.from(W(t))}function ut(t){if(typeof t!="string")throw new TypeError("ascii string expected, got "+typeof t);return Uint8Array.from(t,(e,n)=>{let r=e.charCodeAt(0);if(e.length!==1||r>127)throw new RangeError(`string contains non-ASCII character "${t[n]}" with code ${r} at position ${n}`);return r})}function tt(t){return typeof t=="bigint"&&An<=t}function ur(t,e,n){return tt(t)&&tt(e)&&tt(n)&&e<=t&&t<n}function Le(t,e,n,r){if(!ur(e,n,r))throw new RangeError("expected valid "+t+": "+n+" <= n < "+r+", got "+e)}function Bt(t){if(t<An)throw new Error("expected non-negative bigint, got "+t);return t===An?0:t.toString(2).length}var Wt=t=>(Fe(t,"n"),(Ao<<BigInt(t))-Ao);function jo(t,e,n){if(te(t,"hashLen"),te(e,"qByteLen"),typeof n!="function")throw new TypeError("hmacFn must be a function");let r=b=>new Uint8Array(b),o=Uint8Array.of(),s=Uint8Array.of(0),i=Uint8Array.of(1),c=1e3,f=r(t),a=r(t),l=0,d=()=>{f.fill(1),a.fill(0),l=0},u=(...b)=>n(a,de(f,...b)),h=(b=o)=>{a=u(s,b),f=u(),b.length!==0&&(a=u(i,b),f=u())},p=()=>{if(l++>=c)throw new Error("drbg: tried max amount of iterations");let b=0,E=[];for(;b<e;){f=u();let y=f.slice();E.push(y),b+=f.length}return de(...E)};return(b,E)=>{d(),h(b);let y;for(;(y=E(p()))===void 0;)h();return d(),y}}function ue(t,e={},n={},r="object"){et(t,r),et(e,"fields"),et(n,"optFields");function o(i,c,f){let a=r==="object"?`param "${String(i)}"`:`"${r}.${String(i)}"`,l=t[i];if(!Object.hasOwn(t,i)&&(f?l!==void 0:c!=="function"))throw new TypeError(`${a} is invalid: expected own property`);if(f&&l===void 0)return;let d=typeof l;if(d!==c||l===null)throw new TypeError(`${a} is invalid: expected ${c}, got ${d}`)}let s=(i,c)=>Object.entries(i).forEach(([f,a])=>o(f,a,c));s(e,!1),s(n,!0)}var le=BigInt(0),V=BigInt(1),ot=BigInt(2),Ro=BigInt(3),hr=BigInt(4),qo=BigInt(5),Ni=BigInt(7),Lo=BigInt(8),Ci=BigInt(9),Hi=BigInt(15),zo=BigInt(16),Di=BigInt("0x10000000000000000");function J(t,e){if(e<=le)throw new Error("mod: expected positive modulus, got "+e);let n=t%e;return n>=le?n:e+n}function Io(t,e,n){if(n<=V)throw new Error("pow: expected modulus > 1, got "+n);if(typeof e!="bigint")throw new TypeError("invalid exponent: expected bigint, got "+typeof e);if(e<le)throw new Error("invalid exponent, negatives unsupported");if(e===le)return V;if(e===V)return t;let r=t%n;if(r<le&&(r+=n),e<Di){let c=V;for(;e>le;)e&V&&(c=c*r%n),r=r*r%n,e>>=V;return c}let o=[];for(;e>le;)o.push(Number(e&Hi)),e>>=hr;let s=new Array(16);s[0]=V,s[1]=r;for(let c=2;c<16;c++)s[c]=s[c-1]*r%n;let i=s[o[o.length-1]];for(let c=o.length-2;c>=0;c--){i=i*i%n,i=i*i%n,i=i*i%n,i=i*i%n;let f=o[c];f!==0&&(i=i*s[f]%n)}return i}function Se(t,e,n){if(n<=V)throw new Error("pow2: expected modulus > 1, got "+n);if(e<le)throw new Error("pow2: expected non-negative exponent, got "+e);let r=t;for(;e-- >le;)r*=r,r%=n;return r}function Oo(t,e){if(t===le)throw new Error("invert: expected non-zero number");if(e<=V)throw new Error("invert: expected modulus > 1, got "+e);let n=J(t,e),r=e,o=le,s=V;for(;n!==le;){let c=r/n,f=r-n*c,a=o-s*c;r=n,n=f,o=s,s=a}if(r!==V)throw new Error("invert: does not exist");return J(o,e)}function Uo(t,e){if(e<=V)throw new Error("invertCt: expected prime modulus > 1, got "+e);let n=J(t,e);if(n===le)throw new Error("invertCt: expected non-zero number");let r=Io(n,e-ot,e);if(J(n*r,e)!==V)throw new Error("invertCt: does not exist");return r}function pr(t,e,n){let r=t;if(!r.eql(r.sqr(e),n))throw new Error("Cannot find square root")}function mr(t,e){if((t&V)===le)throw new Error(e+": expected odd modulus, got "+t)}function Mo(t,e){let n=t,r=(n.ORDER+V)/hr,o=n.pow(e,r);return pr(n,o,e),o}function Ki(t,e){let n=t,r=(n.ORDER-qo)/Lo,o=n.mul(e,ot),s=n.pow(o,r),i=n.mul(e,s),c=n.mul(n.mul(i,ot),s),f=n.mul(i,n.sub(c,n.ONE));return pr(n,f,e),f}function Pi(t){let e=On(t),n=Fo(t),r=n(e,e.neg(e.ONE)),o=n(e,r),s=n(e,e.neg(r)),i=(t+Ni)/zo;return((c,f)=>{let a=c,l=a.pow(f,i),d=a.mul(l,r),u=a.mul(l,o),h=a.mul(l,s),p=a.eql(a.sqr(d),f),m=a.eql(a.sqr(u),f);l=a.cmov(l,d,p),d=a.cmov(h,u,m);let b=a.eql(a.sqr(d),f),E=a.cmov(l,d,b);return pr(a,E,f),E})}function Fo(t){if(t<Ro)throw new Error("sqrt is not defined for small field");mr(t,"tonelliShanks");let e=t-V,n=0;for(;e%ot===le;)e/=ot,n++;let r=ot,o=On(t);for(;Gt(o,r)===1;)if(r++>1e3)throw new Error("Cannot find square root: probably non-prime P");if(n===1)return Mo;let s=o.pow(r,e),i=(e+V)/ot;return function(f,a){let l=f;if(l.is0(a))return a;if(Gt(l,a)!==1)throw new Error("Cannot find square root");let d=n,u=l.mul(l.ONE,s),h=l.pow(a,e),p=l.pow(a,i);for(;!l.eql(h,l.ONE);){if(l.is0(h))throw new Error("Cannot find square root: probably non-prime P");let m=1,b=l.sqr(h);for(;!l.eql(b,l.ONE);)if(m++,b=l.sqr(b),m===d)throw new Error("Cannot find square root");let E=V<<BigInt(d-m-1),y=l.pow(u,E);d=m,u=l.sqr(y),h=l.mul(h,u),p=l.mul(p,y)}return p}}function $i(t){return mr(t,"Fp.sqrt"),t%hr===Ro?Mo:t%Lo===qo?Ki:t%zo===Ci?Pi(t):Fo(t)}var No=(t,e)=>(J(t,e)&V)===V,Zi=["create","isValid","is0","neg","inv","sqrt","sqr","eql","add","sub","mul","pow","div","addN","subN","mulN","sqrN"];function At(t){if(et(t,"field"),typeof t.ORDER!="bigint")throw new TypeError(\'param "ORDER" is invalid: expected bigint, got \'+typeof t.ORDER);Fe(t.BYTES,"BYTES"),Fe(t.BITS,"BITS");for(let e of Zi)dt(t[e],"field."+e);if(t.BYTES<1||t.BITS<1)throw new Error("invalid field: expected BYTES/BITS > 0");if(t.ORDER<=V)throw new Error("invalid field: expected ORDER > 1, got "+t.ORDER);return t}function jn(t,e,n=!1){At(t),$t(e,"nums"),xe(n,"passZero");let r=t,o=new Array(e.length).fill(n?r.ZERO:void 0),s=e.reduce((c,f,a)=>r.is0(f)?c:(o[a]=c,r.mul(c,f)),r.ONE),i=r.inv(s);return e.reduceRight((c,f,a)=>r.is0(f)?c:(o[a]=r.mul(c,o[a]),r.mul(c,f)),i),o}function Gt(t,e){At(t);let n=t;mr(n.ORDER,"FpLegendre");let r=(n.ORDER-V)/ot,o=n.pow(e,r),s=n.eql(o,n.ONE),i=n.eql(o,n.ZERO),c=n.eql(o,n.neg(n.ONE));if(!s&&!i&&!c)throw new Error("invalid Legendre symbol result");return s?1:i?0:-1}function Xi(t,e){if(e!==void 0&&dr(e),t<=le)throw new Error("invalid n length: expected positive n, got "+t);if(e!==void 0&&e<1)throw new Error("invalid n length: expected positive bit length, got "+e);let n=Bt(t);if(e!==void 0&&e<n)throw new Error(`invalid n length: expected nBitLength (${e}) >= bitLen(n) (${n})`);let r=e!==void 0?e:n,o=Math.ceil(r/8);return{nBitLength:r,nByteLength:o}}var To=new WeakMap,Sn=class{ORDER;BITS;BYTES;isLE;ZERO=le;ONE=V;_lengths;_mod;constructor(e,n={}){if(e<=V)throw new Error("invalid field: expected ORDER > 1, got "+e);let r;this.isLE=!1,n!=null&&typeof n=="object"&&(typeof n.BITS=="number"&&(r=n.BITS),typeof n.sqrt=="function"&&Object.defineProperty(this,"sqrt",{value:n.sqrt,enumerable:!0}),typeof n.isLE=="boolean"&&(this.isLE=n.isLE),n.allowedLengths&&(this._lengths=Object.freeze(n.allowedLengths.slice())),typeof n.modFromBytes=="boolean"&&(this._mod=n.modFromBytes));let{nBitLength:o,nByteLength:s}=Xi(e,r);if(s>2048)throw new Error("invalid field: expected ORDER of <= 2048 bytes");this.ORDER=e,this.BITS=o,this.BYTES=s,Object.freeze(this)}create(e){return J(e,this.ORDER)}isValid(e){if(typeof e!="bigint")throw new TypeError("invalid field element: expected bigint, got "+typeof e);return le<=e&&e<this.ORDER}is0(e){return e===le}isValidNot0(e){return!this.is0(e)&&this.isValid(e)}isOdd(e){return(e&V)===V}neg(e){return J(-e,this.ORDER)}eql(e,n){return e===n}sqr(e){return J(e*e,this.ORDER)}add(e,n){return J(e+n,this.ORDER)}sub(e,n){return J(e-n,this.ORDER)}mul(e,n){return J(e*n,this.ORDER)}pow(e,n){return Io(e,n,this.ORDER)}div(e,n){return J(e*Oo(n,this.ORDER),this.ORDER)}sqrN(e){return e*e}addN(e,n){return e+n}subN(e,n){return e-n}mulN(e,n){return e*n}inv(e){return Oo(e,this.ORDER)}sqrt(e){let n=To.get(this);return n||To.set(this,n=$i(this.ORDER)),n(this,e)}toBytes(e){return this.isLE?Yt(e,this.BYTES):vt(e,this.BYTES)}fromBytes(e,n=!1){W(e);let{_lengths:r,BYTES:o,isLE:s,ORDER:i,_mod:c}=this;if(r){if(e.length<1||!r.includes(e.length)||e.length>o)throw new Error("Field.fromBytes: expected "+r+" bytes, got "+e.length);let a=new Uint8Array(o);a.set(e,s?0:a.length-e.length),e=a}if(e.length!==o)throw new Error("Field.fromBytes: expected "+o+" bytes, got "+e.length);let f=s?_e(e):Ae(e);if(c&&(f=J(f,i)),!n&&!this.isValid(f))throw new Error("invalid field element: outside of range 0..ORDER");return f}invertBatch(e){return jn(this,e,!0)}cmov(e,n,r){return xe(r,"condition"),r?n:e}};function On(t,e={}){return Object.freeze(Sn.prototype),new Sn(t,e)}function Co(t){if(typeof t!="bigint")throw new Error("field order must be bigint");if(t<=V)throw new Error("field order must be greater than 1");let e=Bt(t-V);return Math.ceil(e/8)}function Tn(t){let e=Co(t);return e+Math.ceil(e/2)}function gr(t,e,n=!1){W(t);let r=t.length,o=Co(e),s=Math.max(Tn(e),16);if(r<s||r>1024)throw new Error("expected "+s+"-1024 bytes of input, got "+r);let i=n?_e(t):Ae(t),c=J(i,e-V)+V;return n?Yt(c,o):vt(c,o)}var br=BigInt(0),Vt=BigInt(1),Yi=BigInt(4),yr=16,Ho=128,Wi=5,Do=2**31;function st(t){let e=t;if(typeof e!="function")throw new TypeError(\'"Point" expected constructor, got type=\'+typeof t);dt(e.fromAffine,"Point.fromAffine"),dt(e.fromBytes,"Point.fromBytes"),dt(e.fromHex,"Point.fromHex"),et(e.BASE,"Point.BASE"),et(e.ZERO,"Point.ZERO"),At(e.Fp),At(e.Fn)}function Rn(t,e){st(t),Po(e,t);let n=jn(t.Fp,e.map(r=>r.Z));return e.map((r,o)=>t.fromAffine(r.toAffine(n[o])))}function Gi(t,e,n=1){if(!Number.isSafeInteger(t)||t<n||t>e)throw new Error("invalid window size, expected ["+n+".."+e+"], got W="+t)}function Vi(t,e){let n=t*(4*e+128);if(n>Do)throw new Error("invalid window size: table would need ~"+Math.ceil(n/2**20)+" MiB, max "+Do/2**20+" MiB")}function xr(t,e){if(t!==void 0){dt(t,"randomBytes");try{let n=t(e);if(!nt(n)||n.length!==e)return}catch{return}return t}}function Po(t,e){$t(t,"points"),t.forEach((n,r)=>{if(!(n instanceof e))throw new Error("invalid point at index "+r)})}function Qi(t,e,n){if(!Array.isArray(t))throw new Error("array of scalars expected");t.forEach((r,o)=>{if(!(n===void 0?e.isValid(r):tt(r)&&r<n))throw new Error("invalid scalar at index "+o)})}var $o=new WeakMap;function wr(t){return $o.get(t)||1}function Ji(t,e){let n=t.double(),r=[t];for(let o=1;o<e;o++)r.push(r[o-1].add(n));return r}function ec(t,e){let n=2**e,r=n/2,o=BigInt(n-1),s=[];for(;t>br;){let i=0;t&Vt&&(i=Number(t&o),i>=r&&(i-=n),t-=BigInt(i)),s.push(i),t>>=Vt}return s}function tc(t,e,n){let r=2**e,o=r/2,s=BigInt(r-1),i=BigInt(e),c=[];for(let f=0;f<n;f++){let a=Number(t&s);t>>=i,a>o&&(a-=r,t+=Vt),c.push(a)}if(t!==br)throw new Error("invalid wnaf");return c}function nc(t,e,n){let r=0;for(let s of n)r=Math.max(r,s.length);let o=t;for(let s=r-1;s>=0;s--){s!==r-1&&(o=o.double());for(let i=0;i<n.length;i++){let c=n[i][s];if(c){let f=e[i][Math.abs(c)-1>>1];o=o.add(c<0?f.negate():f)}}}return o}var _t=class{Point;BASE;ZERO;randomBytes;wnafPrecomputes=new WeakMap;baseCanBeBlinded;bits;constructor(e,n){st(e),this.randomBytes=xr(n,yr),this.Point=e,this.BASE=e.BASE,this.ZERO=e.ZERO,this.bits=e.Fn.BITS}buildWnafTable(e,n,r){let o=Math.ceil(r/n)+1,s=2**(n-1),i=[],c=e;for(let f=0;f<o;f++){let a=c;for(let l=0;l<s;l++)i.push(a),a=a.add(c);c=i[i.length-1].double()}return{W:n,bits:r,windows:o,comp:i}}wnafCachedCT(e,n){let{W:r,windows:o,comp:s}=e,i=2**(r-1),c=tc(n,r,o),f=this.ZERO,a=this.BASE;for(let l=0;l<o;l++){let d=c[l],u=l*i,h=Math.abs(d)-1,p=s[u];for(let b=1;b<i;b++)p=b===h?s[u+b]:p;let m=p.negate();d===0?a=a.add(s[u]):f=f.add(d<0?m:p)}return{p:f,f:a}}getWnafPrecomputes(e,n,r,o){let s=this.wnafPrecomputes.get(n),i=s?.find(c=>c.W===e&&c.bits===r);return i||(i=this.buildWnafTable(n,e,r),typeof o=="function"&&(i={...i,comp:o(i.comp)}),s||(s=[],this.wnafPrecomputes.set(n,s)),s.push(i)),i}assertPoint(e){if(!(e instanceof this.Point))throw new TypeError(\'"point" expected Point instance, got type=\'+typeof e)}validateMulInput(e,n){if(this.assertPoint(e),!ur(n,Vt,this.Point.Fn.ORDER))throw new Error("invalid scalar")}runCT(e,n,r,o){let s=wr(e);return s===1?this.fixedWindowCT(e,n,r):this.wnafCachedCT(this.getWnafPrecomputes(s,e,r,o),n)}mulCT(e,n,r){return this.validateMulInput(e,n),this.runCT(e,n,this.bits,r)}mulCTBlinded(e,n,r){if(this.validateMulInput(e,n),this.randomBytes===void 0)throw new Error("randomBytes is required for scalar blinding");let o=this.Point.Fn.BITS+Ho,s=this.randomBytes(yr);if(!nt(s)||s.length!==yr)throw new Error("randomBytes returned invalid byte array");s[0]=s[0]&63|128;let i=n+Ae(s)*this.Point.Fn.ORDER;return this.runCT(e,i,o,r)}fixedWindowCT(e,n,r){let o=Wi,s=1<<o,i=Wt(o),c=new Array(s);c[0]=this.ZERO;for(let l=1;l<s;l++)c[l]=c[l-1].add(e);let f=Math.ceil(r/o),a=this.ZERO;for(let l=f-1;l>=0;l--){if(l!==f-1)for(let h=0;h<o;h++)a=a.double();let d=Number(n>>BigInt(l*o)&i),u=c[0];for(let h=1;h<s;h++)u=h===d?c[h]:u;a=a.add(u)}return{p:a,f:a}}shouldBlind(e,n){return this.randomBytes===void 0?!1:n===Vt?!0:e!==this.BASE?!1:(this.baseCanBeBlinded===void 0&&(this.baseCanBeBlinded=this.mulUnsafe(this.BASE,this.Point.Fn.ORDER).is0()),this.baseCanBeBlinded)}mulSecret(e,n,r,o){return this.shouldBlind(e,r)?this.mulCTBlinded(e,n,o):this.mulCT(e,n,o)}mulUnsafe(e,n,r){if(this.assertPoint(e),!tt(n))throw new Error("invalid scalar");let o=wr(e);if(o===1||n>=this.Point.Fn.ORDER)return qn(this.Point,[e],[n],!0);let s=this.getWnafPrecomputes(o,e,this.bits,r);return this.wnafCachedCT(s,n).p}setWindowSize(e,n){this.assertPoint(e),Gi(n,this.bits);let r=Math.ceil((this.bits+Ho)/n)+1;Vi(r*2**(n-1),this.Point.Fp.BYTES),$o.set(e,n),this.wnafPrecomputes.delete(e)}hasWindowSize(e){return wr(e)!==1}};function qn(t,e,n,r=!1){if(st(t),Po(e,t),xe(r,"allowOversized"),Qi(n,t.Fn,r?t.Fn.ORDER**Yi:void 0),e.length!==n.length)throw new Error("arrays of points and scalars must have equal length");let o=e.map(i=>Ji(i,4)),s=n.map(i=>ec(i,4));return nc(t.ZERO,o,s)}function Ko(t,e,n){if(e){if(e.ORDER!==t)throw new Error("Field.ORDER must match order: Fp == p, Fn == n");return At(e),e}else return On(t,{isLE:n})}function Ln(t,e,n={},r){if(t!=="weierstrass"&&t!=="edwards")throw new Error(\'expected curve type "weierstrass" or "edwards"\');if(r===void 0&&(r=t==="edwards"),!e||typeof e!="object")throw new Error(`expected valid ${t} CURVE object`);ue(n);for(let f of["p","n","h"]){let a=e[f];if(!(tt(a)&&a!==br))throw new Error(`CURVE.${f} must be positive bigint`)}let o=Ko(e.p,n.Fp,r),s=Ko(e.n,n.Fn,r),c=["Gx","Gy","a",t==="weierstrass"?"b":"d"];for(let f of c)if(!o.isValid(e[f]))throw new Error(`CURVE.${f} must be valid field element of CURVE.Fp`);return e=Object.freeze(Object.assign({},e)),{CURVE:e,Fp:o,Fn:s}}function St(t,e){return function(r){let o=t(r);return{secretKey:o,publicKey:e(o)}}}var zn=BigInt(0),In=BigInt(1),Un=BigInt(2),rc=BigInt(4),Zo=BigInt(8);function oc(t,e,n,r){let o=t.sqr(n),s=t.sqr(r),i=t.add(t.mul(e.a,o),s),c=t.add(t.ONE,t.mul(e.d,t.mul(o,s)));return t.eql(i,c)}function Xo(t,e={}){ue(e,{},{},"extraOpts");let n=e,r=Ln("edwards",t,n,n.FpFnLE),{Fp:o,Fn:s}=r,i=r.CURVE,{h:c}=i;if(Gt(o,i.a)!==1)throw new Error("edwards: CURVE.a must be a square in Fp for complete addition formulas");if(Gt(o,i.d)!==-1)throw new Error("edwards: CURVE.d must be a non-square in Fp for complete addition formulas");ue(n,{},{uvRatio:"function",randomBytes:"function"});let f=n.randomBytes===void 0?Me:n.randomBytes,a=Un<<BigInt(o.BYTES*8)-In;function l(y){if(!o.isOdd)throw new Error("Field does not have .isOdd()");return o.isOdd(y)}let d=n.uvRatio===void 0?(y,w)=>{try{return{isValid:!0,value:o.sqrt(o.div(y,w))}}catch{return{isValid:!1,value:zn}}}:n.uvRatio;if(!oc(o,i,i.Gx,i.Gy))throw new Error("bad curve params: generator point");let u=o.eql(i.a,o.neg(o.ONE))?y=>o.neg(y):o.eql(i.a,o.ONE)?y=>y:y=>o.mul(i.a,y);function h(y,w,k=!1){let A=k?In:zn;return Le("coordinate "+y,w,A,a),w}function p(y){if(!(y instanceof m))throw new Error("EdwardsPoint expected")}class m{static BASE=new m(i.Gx,i.Gy,o.ONE,o.mul(i.Gx,i.Gy));static ZERO=new m(o.ZERO,o.ONE,o.ONE,o.ZERO);static Fp=o;static Fn=s;X;Y;Z;T;constructor(w,k,A,v){this.X=h("x",w),this.Y=h("y",k),this.Z=h("z",A,!0),this.T=h("t",v),Object.freeze(this)}static CURVE(){return i}static fromAffine(w){if(w instanceof m)throw new Error("extended point not allowed");let{x:k,y:A}=w||{};return h("x",k),h("y",A),new m(k,A,o.ONE,o.mul(k,A))}static fromBytes(w,k=!1){let A=o.BYTES,{a:v,d:O}=i;w=rt(W(w,A,"point")),xe(k,"zip215");let z=rt(w),B=w[A-1];z[A-1]=B&-129;let j=_e(z),U=k?a:o.ORDER;Le("point.y",j,zn,U);let H=o.sqr(j),K=o.sub(H,o.ONE),T=o.sub(o.mulN(O,H),v),{isValid:M,value:L}=d(K,T);if(!M)throw new Error("bad point: invalid y coordinate");let q=l(L),D=(B&128)!==0;if(!k&&o.is0(L)&&D)throw new Error("bad point: x=0 and x_0=1");return D!==q&&(L=o.neg(L)),m.fromAffine({x:L,y:j})}static fromHex(w,k=!1){return m.fromBytes(kt(w),k)}get x(){return this.toAffine().x}get y(){return this.toAffine().y}precompute(w=6,k=!0){return E.setWindowSize(this,w),k||this.multiply(Un),this}assertValidity(){let w=this,{a:k,d:A}=i;if(w.is0())throw new Error("bad point: ZERO");let{X:v,Y:O,Z:z,T:B}=w,j=o.sqr(v),U=o.sqr(O),H=o.sqr(z),K=o.sqr(H),T=o.mul(j,k),M=o.mul(o.add(T,U),H),L=o.add(K,o.mul(A,o.mul(j,U)));if(!o.eql(M,L))throw new Error("bad point: equation left != right (1)");let q=o.mul(v,O),D=o.mul(z,B);if(!o.eql(q,D))throw new Error("bad point: equation left != right (2)")}equals(w){p(w);let{X:k,Y:A,Z:v}=this,{X:O,Y:z,Z:B}=w,j=o.mul(k,B),U=o.mul(O,v),H=o.mul(A,B),K=o.mul(z,v);return o.eql(j,U)&&o.eql(H,K)}is0(){return this.equals(m.ZERO)}negate(){return new m(o.neg(this.X),this.Y,this.Z,o.neg(this.T))}double(){let{X:w,Y:k,Z:A}=this,v=o.sqr(w),O=o.sqr(k),z=o.mul(o.sqr(A),Un),B=u(v),j=o.addN(w,k),U=o.sub(o.subN(o.sqr(j),v),O),H=o.addN(B,O),K=o.subN(H,z),T=o.subN(B,O),M=o.mul(U,K),L=o.mul(H,T),q=o.mul(U,T),D=o.mul(K,H);return new m(M,L,D,q)}add(w){p(w);let{d:k}=i,{X:A,Y:v,Z:O,T:z}=this,{X:B,Y:j,Z:U,T:H}=w,K=o.mul(A,B),T=o.mul(v,j),M=o.mul(o.mulN(z,k),H),L=o.mul(O,U),q=o.sub(o.subN(o.mulN(o.addN(A,v),o.addN(B,j)),K),T),D=o.subN(L,M),I=o.addN(L,M),_=o.sub(T,u(K)),g=o.mul(q,D),x=o.mul(I,_),S=o.mul(q,_),F=o.mul(D,I);return new m(g,x,F,S)}subtract(w){return p(w),this.add(w.negate())}multiply(w){if(!s.isValidNot0(w))throw new RangeError("invalid scalar: expected 1 <= sc < curve.n");let{p:k,f:A}=E.mulSecret(this,w,c,b);return b([k,A])[0]}multiplyUnsafe(w){if(!s.isValid(w))throw new RangeError("invalid scalar: expected 0 <= sc < curve.n");return w===zn?m.ZERO:this.is0()||w===In?this:E.mulUnsafe(this,w,b)}isSmallOrder(){return this.clearCofactor().is0()}isTorsionFree(){return E.mulUnsafe(this,i.n).is0()}toAffine(w){let k=this,A=w;if(A!=null&&typeof A!="bigint")throw new TypeError(\'"invertedZ" expected bigint, got type=\'+typeof A);let{X:v,Y:O,Z:z}=k,B=k.is0();A==null&&(A=B?o.create(Zo):o.inv(z));let j=o.mul(v,A),U=o.mul(O,A),H=o.mul(z,A);if(B)return{x:o.ZERO,y:o.ONE};if(!o.eql(H,o.ONE))throw new Error("invZ was invalid");return{x:j,y:U}}clearCofactor(){return c===In?this:c===Un?this.double():c===rc?this.double().double():c===Zo?this.double().double().double():this.multiplyUnsafe(c)}toBytes(){let{x:w,y:k}=this.toAffine(),A=o.toBytes(k);return A[A.length-1]|=l(w)?128:0,A}toHex(){return Zt(this.toBytes())}toString(){return`<Point ${this.is0()?"ZERO":this.toHex()}>`}}let b=y=>Rn(m,y),E=new _t(m,f);return E.bits>=6&&m.BASE.precompute(6),Object.freeze(m.prototype),Object.freeze(m),m}function Yo(t,e,n={}){if(st(t),typeof e!="function")throw new Error(\'"hash" function param is required\');let r=e,o=n;ue(o,{},{adjustScalarBytes:"function",randomBytes:"function",domain:"function",prehash:"function",zip215:"boolean",mapToCurve:"function",toMontgomery:"function",toMontgomerySecret:"function"});let{prehash:s}=o,{BASE:i,Fp:c,Fn:f}=t,a=r.outputLen,l=2*c.BYTES;if(a!==void 0&&(Fe(a,"hash.outputLen"),a!==l))throw new Error(`hash.outputLen must be ${l}, got ${a}`);let d=o.randomBytes===void 0?Me:o.randomBytes,u=o.toMontgomery,h=o.toMontgomerySecret,p=o.adjustScalarBytes===void 0?T=>T:o.adjustScalarBytes,m=o.domain===void 0?(T,M,L)=>{if(xe(L,"phflag"),M.length||L)throw new Error("Contexts/pre-hash are not supported");return T}:o.domain;function b(T){return f.create(_e(T))}function E(T){let M=B.secretKey;W(T,B.secretKey,"secretKey");let L=W(r(T),2*M,"hashedSecretKey"),q=p(L.slice(0,M)),D=L.slice(M,2*M),I=b(q);return{head:q,prefix:D,scalar:I}}function y(T){let{head:M,prefix:L,scalar:q}=E(T),D=i.multiply(q),I=D.toBytes();return{head:M,prefix:L,scalar:q,point:D,pointBytes:I}}function w(T){return y(T).pointBytes}function k(T=Uint8Array.of(),...M){let L=de(...M);return b(r(m(L,W(T,void 0,"context"),!!s)))}function A(T,M,L={}){ue(L,{},{},"options"),T=rt(W(T,void 0,"message")),s&&(T=s(T));let{prefix:q,scalar:D,pointBytes:I}=y(M),_=k(L.context,q,T),g=i.multiply(_).toBytes(),x=k(L.context,g,I,T),S=f.create(_+x*D);if(!f.isValid(S))throw new Error("sign failed: invalid s");let F=de(g,f.toBytes(S));return W(F,B.signature,"result")}let v={zip215:o.zip215};function O(T,M,L,q=v){ue(q);let{context:D}=q,I=q.zip215===void 0?!!v.zip215:q.zip215,_=B.signature;T=W(T,_,"signature"),M=W(M,void 0,"message"),L=W(L,B.publicKey,"publicKey"),I!==void 0&&xe(I,"zip215"),s&&(M=s(M));let g=_/2,x=T.subarray(0,g),S=_e(T.subarray(g,_)),F,N,C;try{F=t.fromBytes(L,I),N=t.fromBytes(x,I),C=i.multiplyUnsafe(S)}catch{return!1}if(!I&&F.isSmallOrder())return!1;let P=k(D,x,L,M);return N.add(F.multiplyUnsafe(P)).subtract(C).clearCofactor().is0()}let z=c.BYTES,B={secretKey:z,publicKey:z,signature:2*z,seed:z};function j(T){return T=T===void 0?d(B.seed):T,W(T,B.seed,"seed")}function U(T){return nt(T)&&T.length===B.secretKey}function H(T,M){try{return!!t.fromBytes(T,M===void 0?v.zip215:M)}catch{return!1}}let K={getExtendedPublicKey:y,randomSecretKey:j,isValidSecretKey:U,isValidPublicKey:H,toMontgomery(T){if(u===void 0)throw new Error("Montgomery conversion is not supported for this curve");return u(t.fromBytes(T))},toMontgomerySecret(T){if(h===void 0)throw new Error("Montgomery conversion is not supported for this curve");return h(T)}};return Object.freeze(B),Object.freeze(K),Object.freeze({keygen:St(j,w),getPublicKey:w,sign:A,verify:O,utils:K,Point:t,lengths:B})}function Qt(t,e="n"){if(typeof t!="number")throw new TypeError(`wrong u32 integer "${e}": expected number, got type=${typeof t}`);if(!Number.isSafeInteger(t)||t<0||t>4294967295)throw new RangeError(`wrong u32 integer "${e}": expected 0..4294967295, got ${t}`);return t}function Go(t){return Qt(t,"x"),(t&t-1)===0&&t!==0}function Er(t,e){if(Qt(t),typeof e!="number")throw new TypeError(\'"bits" expected number, got type=\'+typeof e);if(!Number.isSafeInteger(e)||e<0||e>32)throw new Error(`expected integer 0 <= bits <= 32, got ${e}`);let n=0;for(let r=0;r<e;r++,t>>>=1)n=n<<1|t&1;return n>>>0}function Vo(t){return Qt(t),31-Math.clz32(t)}function Wo(t){if(!t||typeof t!="object"||typeof t.length!="number")throw new TypeError(\'"values" expected array-like, got type=\'+typeof t);let e=t.length;if(!Go(e))throw new Error("expected positive power-of-two length, got "+e);let n=Vo(e);for(let r=0;r<e;r++){let o=Er(r,n);if(r<o){let s=t[r];t[r]=t[o],t[o]=s}}return t}var kr=(t,e)=>{ue(e,{N:"number",roots:"object",dit:"boolean"},{invertButterflies:"boolean",skipStages:"number",brp:"boolean"},"coreOpts");let{N:n,roots:r,dit:o,invertButterflies:s=!1,skipStages:i=0,brp:c=!0}=e;Qt(n,"coreOpts.N");let f=Vo(n);if(!Go(n))throw new Error("FFT: Polynomial size should be power of two");Qt(i,"coreOpts.skipStages");let a=f===0?0:f-1;if(i>a)throw new Error(`FFT: wrong skipStages: expected 0 <= skipStages <= ${a}`);if(r.length!==n)throw new Error(`FFT: wrong roots length: expected ${n}, got ${r.length}`);let l=o!==s;return d=>{if(d.length!==n)throw new Error("FFT: wrong Polynomial length");o&&c&&Wo(d);for(let u=0,h=1;u<f-i;u++){let p=o?u+1+i:f-u,m=1<<p,b=m>>1,E=n>>p;for(let y=0;y<n;y+=m)for(let w=0,k=h++;w<b;w++){let A=s?o?n-k:k:w*E,v=y+w,O=y+w+b,z=r[A],B=d[O],j=d[v];if(l){let U=t.mul(B,z);d[v]=t.add(j,U),d[O]=t.sub(j,U)}else s?(d[v]=t.add(B,j),d[O]=t.mul(t.sub(B,j),z)):(d[v]=t.add(j,B),d[O]=t.mul(t.sub(j,B),z))}}return!o&&c&&Wo(d),d}};var ht=BigInt(0),je=BigInt(1),Mn=BigInt(2);function Qo(t,e){return t+e-(e>>je<<je)}function sc(t){let e=BigInt(6)*t;return(n,r,o)=>{let s=r+o,c=((e+o-r)*n+r)%t;return{x_2:c,x_3:s-c}}}function ic(t){return ue(t,{P:"bigint",type:"string",adjustScalarBytes:"function",powPminus2:"function"},{randomBytes:"function",scalarMultBase:"function"}),Object.freeze({...t})}function Jo(t){let e=ic(t),{P:n,type:r,adjustScalarBytes:o,powPminus2:s,randomBytes:i}=e,c=e.scalarMultBase,f=r==="x25519";if(!f&&r!=="x448")throw new Error("invalid type");let a=i===void 0?Me:i,l=f?255:448,d=sc(n),u=f?32:56,h=BigInt(f?9:5),p=BigInt(f?121665:39081),m=f?Mn**BigInt(254):Mn**BigInt(447),b=f?BigInt(8)*(Mn**BigInt(251)-je):BigInt(4)*(Mn**BigInt(445)-je),E=m+b+je,y=L=>J(L,n),w=k(h);function k(L){return Yt(y(L),u)}function A(L){let q=rt(W(L,u,"uCoordinate"));return f&&(q[31]&=127),y(_e(q))}function v(L){return _e(o(rt(W(L,u,"scalar"))))}let O=new Set(f?[ht,je,n-je,BigInt("325606250916557431795983626356110631294008115727848805560023387167927233504"),BigInt("39382357235489614581723060781553021112529911719440698176882885853963445705823")]:[ht,je,n-je]);function z(L,q){let D=A(q);if(O.has(D))throw new Error("invalid private or public key received");let I=H(D,v(L));if(I===ht)throw new Error("invalid private or public key received");return k(I)}function B(L){if(c===void 0)return z(L,w);let q=v(L);Le("scalar",q,m,E);let D=y(c(q));if(D===ht)throw new Error("invalid private or public key received");return k(D)}let j=B,U=z;function H(L,q){Le("u",L,ht,n),Le("scalar",q,m,E);let D=q,I=L,_=je,g=ht,x=L,S=je,F=D^D>>je;for(let P=BigInt(l-1);P>=ht;P--){let $=Qo(n,F>>P);({x_2:_,x_3:x}=d($,_,x)),{x_2:g,x_3:S}=d($,g,S);let X=_+g,Y=y(X*X),re=_-g,ee=y(re*re),se=Y-ee,we=x+S,ne=x-S,oe=y(ne*X),xt=y(we*re),It=oe+xt,Pe=oe-xt;x=y(It*It),S=y(I*y(Pe*Pe)),_=y(Y*ee),g=y(se*(Y+y(p*se)))}let N=Qo(n,D);({x_2:_,x_3:x}=d(N,_,x)),{x_2:g,x_3:S}=d(N,g,S);let C=s(g);return y(_*C)}let K={secretKey:u,publicKey:u,seed:u},T=L=>(L=L===void 0?a(u):L,W(L,K.seed,"seed"),L),M={randomSecretKey:T};return Object.freeze(K),Object.freeze(M),Object.freeze({keygen:St(T,j),getSharedSecret:U,getPublicKey:j,scalarMult:z,scalarMultBase:B,utils:M,GuBytes:w.slice(),lengths:K})}var es=BigInt(0),vr=BigInt(1),ts=BigInt(2),cc=BigInt(3),fc=BigInt(5),ac=BigInt(8),Fn=BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed"),lc={p:Fn,n:BigInt("0x1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ed"),h:ac,a:BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec"),d:BigInt("0x52036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3"),Gx:BigInt("0x216936d3cd6e53fec0a4e231fdd6dc5c692cc7609525a7b2c9562d608f25d51a"),Gy:BigInt("0x6666666666666666666666666666666666666666666666666666666666666658")};function os(t){let e=BigInt(10),n=BigInt(20),r=BigInt(40),o=BigInt(80),s=Fn,c=t*t%s*t%s,f=Se(c,ts,s)*c%s,a=Se(f,vr,s)*t%s,l=Se(a,fc,s)*a%s,d=Se(l,e,s)*l%s,u=Se(d,n,s)*d%s,h=Se(u,r,s)*u%s,p=Se(h,o,s)*h%s,m=Se(p,o,s)*h%s,b=Se(m,e,s)*l%s;return{pow_p_5_8:Se(b,ts,s)*t%s,b2:c}}function Br(t){return t[0]&=248,t[31]&=127,t[31]|=64,t}var ns=BigInt("19681161376707505956807079304988542015446066515923890162744021073123829784752");function dc(t,e){let n=Fn,r=J(e*e*e,n),o=J(r*r*e,n),s=os(t*o).pow_p_5_8,i=J(t*r*s,n),c=J(e*i*i,n),f=i,a=J(i*ns,n),l=c===t,d=c===J(-t,n),u=c===J(-t*ns,n);return l&&(i=f),(d||u)&&(i=a),No(i,n)&&(i=J(-i,n)),{isValid:l||d,value:i}}var Jt=Xo(lc,{uvRatio:dc}),rs=Jt.Fp;function uc(t){let{y:e}=t;return rs.toBytes(rs.div(vr+e,vr-e))}function hc(t){let e=Jt.Fp.BYTES;return Z(t,e),Br(Bn(t.subarray(0,e))).subarray(0,e)}function pc(t){return Yo(Jt,Bn,Object.assign({adjustScalarBytes:Br,toMontgomery:uc,toMontgomerySecret:hc,zip215:!0},t))}var Nn=pc({});var Cn=(()=>{let t=Fn,e=n=>{let{pow_p_5_8:r,b2:o}=os(n);return J(Se(r,cc,t)*o,t)};return Jo({P:t,type:"x25519",powPminus2:e,adjustScalarBytes:Br,scalarMultBase:n=>{let r=J(n,Jt.Fn.ORDER);if(r===es)return es;let o=Jt.BASE.multiply(r);return J((o.Z+o.Y)*e(J(o.Z-o.Y,t)),t)}})})();var mc=BigInt(0),Ar=class extends Error{constructor(e=""){super(e)}},Ne={Err:Ar,_tlv:{encode:(t,e)=>{let{Err:n}=Ne;if(Fe(t,"tag"),t<0||t>255)throw new n("tlv.encode: wrong tag");if(_o(e,"data"),e.length&1)throw new n("tlv.encode: unpadded data");let r=e.length/2,o=Xt(r);if(o.length/2&128)throw new n("tlv.encode: long form length too big");let s=r>127?Xt(o.length/2|128):"";return Xt(t)+s+o+e},decode(t,e){let{Err:n}=Ne;e=W(e,void 0,"DER data");let r=0;if(t<0||t>255)throw new n("tlv.decode: wrong tag");if(e.length<2||e[r++]!==t)throw new n("tlv.decode: wrong tlv");let o=e[r++],s=!!(o&128),i=0;if(!s)i=o;else{let f=o&127;if(!f)throw new n("tlv.decode(long): indefinite length not supported");if(f>4)throw new n("tlv.decode(long): byte length is too big");let a=e.subarray(r,r+f);if(a.length!==f)throw new n("tlv.decode: length bytes not complete");if(a[0]===0)throw new n("tlv.decode(long): zero leftmost byte");for(let l of a)i=i<<8|l;if(r+=f,i<128)throw new n("tlv.decode(long): not minimal encoding")}let c=e.subarray(r,r+i);if(c.length!==i)throw new n("tlv.decode: wrong value length");return{v:c,l:e.subarray(r+i)}}},_int:{encode(t){let{Err:e}=Ne;if(_n(t),t<mc)throw new e("integer: negative integers are not allowed");let n=Xt(t);if(Number.parseInt(n[0],16)&8&&(n="00"+n),n.length&1)throw new e("unexpected DER parsing assertion: unpadded hex");return n},decode(t){let{Err:e}=Ne;if(t.length<1)throw new e("invalid signature integer: empty");if(t[0]&128)throw new e("invalid signature integer: negative");if(t.length>1&&t[0]===0&&!(t[1]&128))throw new e("invalid signature integer: unnecessary leading zero");return Ae(t)}},toSig(t,e){let{Err:n,_int:r,_tlv:o}=Ne;if(e!==void 0&&(Fe(e,"maxScalarBytes"),e<1))throw new n("invalid signature: maxScalarBytes must be positive");let s=W(t,void 0,"signature"),{v:i,l:c}=o.decode(48,s);if(c.length)throw new n("invalid signature: left bytes after parsing");let{v:f,l:a}=o.decode(2,i),{v:l,l:d}=o.decode(2,a);if(d.length)throw new n("invalid signature: left bytes after parsing");if(e!==void 0&&(f.length>e||l.length>e))throw new n("invalid signature: integer too large");return{r:r.decode(f),s:r.decode(l)}},hexFromSig(t){let{_tlv:e,_int:n}=Ne;ue(t,{r:"bigint",s:"bigint"},{},"sig");let r=e.encode(2,n.encode(t.r)),o=e.encode(2,n.encode(t.s)),s=r+o;return e.encode(48,s)}},Hn=(Object.freeze(Ne._tlv),Object.freeze(Ne._int),Object.freeze(Ne));var ss=(t,e)=>(t+(t>=0?e:-e)/is)/e;function gc(t,e,n){Le("scalar",t,Ce,n);let[[r,o],[s,i]]=e,c=ss(i*t,n),f=ss(-o*t,n),a=t-c*r-f*s,l=-c*o-f*i,d=a<Ce,u=l<Ce;d&&(a=-a),u&&(l=-l);let h=Wt(Math.ceil(Bt(n)/2))+pt;if(a<Ce||a>=h||l<Ce||l>=h)throw new Error("splitScalar (endomorphism): failed for k");return{k1neg:d,k1:a,k2neg:u,k2:l}}function jr(t){if(!["compact","recovered","der"].includes(t))throw new Error(\'Signature format must be "compact", "recovered", or "der"\');return t}function _r(t,e){ue(t);let n={};for(let r of Object.keys(e))n[r]=t[r]===void 0?e[r]:t[r];return xe(n.lowS,"lowS"),xe(n.prehash,"prehash"),n.format!==void 0&&jr(n.format),n}var Ce=BigInt(0),pt=BigInt(1),is=BigInt(2),Sr=BigInt(3),yc=BigInt(4);function Or(t,e={}){let n=Ln("weierstrass",t,e),r=n.Fp,o=n.Fn,s=n.CURVE,{h:i,n:c}=s;ue(e,{},{allowInfinityPoint:"boolean",clearCofactor:"function",isTorsionFree:"function",fromBytes:"function",toBytes:"function",endo:"object",randomBytes:"function"});let{endo:f,allowInfinityPoint:a,clearCofactor:l,isTorsionFree:d,fromBytes:u,toBytes:h}=e,p=e.randomBytes===void 0?Me:e.randomBytes;if(f&&(!r.is0(s.a)||typeof f.beta!="bigint"||!Array.isArray(f.basises)))throw new Error(\'invalid endo: expected "beta": bigint and "basises": array\');let m=f?{beta:f.beta,basises:f.basises.map(_=>[..._])}:void 0,b=fs(r,o);function E(){if(!r.isOdd)throw new Error("compression is not supported: Field does not have .isOdd()")}function y(_,g,x){if(g.is0()){if(!a)throw new Error("bad point: ZERO");return Uint8Array.of(0)}let{x:S,y:F}=g.toAffine(),N=r.toBytes(S);if(xe(x,"isCompressed"),x){E();let C=!r.isOdd(F);return de(cs(C),N)}else return de(Uint8Array.of(4),N,r.toBytes(F))}function w(_){W(_,void 0,"Point");let{publicKey:g,publicKeyUncompressed:x}=b,S=_.length,F=_[0],N=_.subarray(1);if(a&&S===1&&F===0)return{x:r.ZERO,y:r.ZERO};if(S===g&&(F===2||F===3)){let C=r.fromBytes(N);if(!r.isValid(C))throw new Error("bad point: is not on curve, wrong x");let P=z(C),$;try{$=r.sqrt(P)}catch(re){let ee=re instanceof Error?": "+re.message:"";throw new Error("bad point: is not on curve, sqrt error"+ee)}E();let X=r.isOdd($);return(F&1)===1!==X&&($=r.neg($)),{x:C,y:$}}else if(S===x&&F===4){let C=r.BYTES,P=r.fromBytes(N.subarray(0,C)),$=r.fromBytes(N.subarray(C,C*2));if(!B(P,$))throw new Error("bad point: is not on curve");return{x:P,y:$}}else throw new Error(`bad point: got length ${S}, expected compressed=${g} or uncompressed=${x}`)}let k=h===void 0?y:h,A=u===void 0?w:u,v=r.mul(s.b,Sr),O=r.is0(s.a)?_=>r.ZERO:_=>r.mul(s.a,_);function z(_){let g=r.sqr(_),x=r.mul(g,_);return r.add(r.add(x,r.mul(_,s.a)),s.b)}function B(_,g){let x=r.sqr(g),S=z(_);return r.eql(x,S)}if(!B(s.Gx,s.Gy))throw new Error("bad curve params: generator point");let j=r.mul(r.pow(s.a,Sr),yc),U=r.mul(r.sqr(s.b),BigInt(27));if(r.is0(r.add(j,U)))throw new Error("bad curve params: a or b");function H(_,g,x=!1){if(!r.isValid(g)||x&&r.is0(g))throw new Error(`bad point coordinate ${_}`);return typeof g=="object"&&g!==null?r.create(g):g}function K(_){if(!(_ instanceof q))throw new Error("Weierstrass Point expected")}function T(_){if(!m||!m.basises)throw new Error("no endo");return gc(_,m.basises,o.ORDER)}function M(_,g,x,S){if(!o.isValid(S))throw new RangeError("invalid scalar: out of range");if(m){let{k1neg:F,k1:N,k2neg:C,k2:P}=T(S),$=new q(r.mul(x.X,m.beta),x.Y,x.Z);_.push(F?x.negate():x,C?$.negate():$),g.push(N,P)}else _.push(x),g.push(S)}let L=new WeakSet;class q{static BASE=new q(s.Gx,s.Gy,r.ONE);static ZERO=new q(r.ZERO,r.ONE,r.ZERO);static Fp=r;static Fn=o;X;Y;Z;constructor(g,x,S){this.X=H("x",g),this.Y=H("y",x,!0),this.Z=H("z",S),Object.freeze(this)}static CURVE(){return s}static fromAffine(g){let{x,y:S}=g||{};if(!g||!r.isValid(x)||!r.isValid(S))throw new Error("invalid affine point");if(g instanceof q)throw new Error("projective point not allowed");return r.is0(x)&&r.is0(S)?q.ZERO:new q(x,S,r.ONE)}static fromBytes(g){let x=q.fromAffine(A(W(g,void 0,"point")));return x.assertValidity(),x}static fromHex(g){return q.fromBytes(kt(g))}get x(){return this.toAffine().x}get y(){return this.toAffine().y}precompute(g=6,x=!0){return I.setWindowSize(this,g),x||this.multiply(Sr),this}assertValidity(){let g=this;if(g.is0()){if(a&&r.is0(g.X)&&r.eql(g.Y,r.ONE)&&r.is0(g.Z))return;throw new Error("bad point: ZERO")}if(L.has(g))return;let{x,y:S}=g.toAffine();if(!r.isValid(x)||!r.isValid(S))throw new Error("bad point: x or y not field elements");if(!B(x,S))throw new Error("bad point: equation left != right");if(!g.isTorsionFree())throw new Error("bad point: not in prime-order subgroup");L.add(g)}hasEvenY(){let{y:g}=this.toAffine();if(!r.isOdd)throw new Error("Field doesn\'t support isOdd");return!r.isOdd(g)}equals(g){K(g);let{X:x,Y:S,Z:F}=this,{X:N,Y:C,Z:P}=g,$=r.eql(r.mul(x,P),r.mul(N,F)),X=r.eql(r.mul(S,P),r.mul(C,F));return $&&X}negate(){return new q(this.X,r.neg(this.Y),this.Z)}double(){let{X:g,Y:x,Z:S}=this,F=r.ZERO,N=r.ZERO,C=r.ZERO,P=r.mul(g,g),$=r.mul(x,x),X=r.mul(S,S),Y=r.mul(g,x);return Y=r.add(Y,Y),C=r.mul(g,S),C=r.add(C,C),F=O(C),N=r.mul(v,X),N=r.add(F,N),F=r.sub($,N),N=r.add($,N),N=r.mul(F,N),F=r.mul(Y,F),C=r.mul(v,C),X=O(X),Y=r.sub(P,X),Y=O(Y),Y=r.add(Y,C),C=r.add(P,P),P=r.add(C,P),P=r.add(P,X),P=r.mul(P,Y),N=r.add(N,P),X=r.mul(x,S),X=r.add(X,X),P=r.mul(X,Y),F=r.sub(F,P),C=r.mul(X,$),C=r.add(C,C),C=r.add(C,C),new q(F,N,C)}add(g){K(g);let{X:x,Y:S,Z:F}=this,{X:N,Y:C,Z:P}=g,$=r.ZERO,X=r.ZERO,Y=r.ZERO,re=r.mul(x,N),ee=r.mul(S,C),se=r.mul(F,P),we=r.add(x,S),ne=r.add(N,C);we=r.mul(we,ne),ne=r.add(re,ee),we=r.sub(we,ne),ne=r.add(x,F);let oe=r.add(N,P);return ne=r.mul(ne,oe),oe=r.add(re,se),ne=r.sub(ne,oe),oe=r.add(S,F),$=r.add(C,P),oe=r.mul(oe,$),$=r.add(ee,se),oe=r.sub(oe,$),Y=O(ne),$=r.mul(v,se),Y=r.add($,Y),$=r.sub(ee,Y),Y=r.add(ee,Y),X=r.mul($,Y),ee=r.add(re,re),ee=r.add(ee,re),se=O(se),ne=r.mul(v,ne),ee=r.add(ee,se),se=r.sub(re,se),se=O(se),ne=r.add(ne,se),re=r.mul(ee,ne),X=r.add(X,re),re=r.mul(oe,ne),$=r.mul(we,$),$=r.sub($,re),re=r.mul(we,ee),Y=r.mul(oe,Y),Y=r.add(Y,re),new q($,X,Y)}subtract(g){return K(g),this.add(g.negate())}is0(){return this.equals(q.ZERO)}multiply(g){if(!o.isValidNot0(g))throw new RangeError("invalid scalar: out of range");let{p:x,f:S}=I.mulSecret(this,g,i,D);return D([x,S])[0]}multiplyUnsafe(g){let x=this,S=g;if(!o.isValid(S))throw new RangeError("invalid scalar: out of range");if(S===Ce||x.is0())return q.ZERO;if(S===pt)return x;if(I.hasWindowSize(this))return I.mulUnsafe(x,S,D);let F=[],N=[];return M(F,N,x,S),qn(q,F,N)}mulAddUnsafe(g,x,S){K(x);let F=[],N=[];return M(F,N,this,g),M(F,N,x,S),qn(q,F,N)}toAffine(g){let x=this,S=g;if(S!=null&&!r.isValid(S))throw new RangeError(\'"invertedZ" expected valid field element\');let{X:F,Y:N,Z:C}=x;if(r.eql(C,r.ONE))return{x:F,y:N};let P=x.is0();S==null&&(S=P?r.ONE:r.inv(C));let $=r.mul(F,S),X=r.mul(N,S),Y=r.mul(C,S);if(P)return{x:r.ZERO,y:r.ZERO};if(!r.eql(Y,r.ONE))throw new Error("invZ was invalid");return{x:$,y:X}}isTorsionFree(){return i===pt?!0:d?d(q,this):I.mulUnsafe(this,c).is0()}clearCofactor(){return i===pt?this:l?l(q,this):this.multiplyUnsafe(i)}isSmallOrder(){return i===pt?this.is0():this.clearCofactor().is0()}toBytes(g=!0){return xe(g,"isCompressed"),this.assertValidity(),k(q,this,g)}toHex(g=!0){return Zt(this.toBytes(g))}toString(){return`<Point ${this.is0()?"ZERO":this.toHex()}>`}}let D=_=>Rn(q,_),I=new _t(q,p);return I.bits>=6&&q.BASE.precompute(6),Object.freeze(q.prototype),Object.freeze(q),q}function cs(t){return Uint8Array.of(t?2:3)}function fs(t,e){return{secretKey:e.BYTES,publicKey:1+t.BYTES,publicKeyUncompressed:1+2*t.BYTES,publicKeyHasPrefix:!0,signature:2*e.BYTES}}function wc(t,e={}){st(t);let{Fn:n}=t,r=e.randomBytes===void 0?Me:e.randomBytes,o=Object.assign(fs(t.Fp,n),{seed:Math.max(Tn(n.ORDER),16)});function s(h){try{let p=n.fromBytes(h);return n.isValidNot0(p)}catch{return!1}}function i(h,p){let{publicKey:m,publicKeyUncompressed:b}=o;try{let E=h.length;return p===!0&&E!==m||p===!1&&E!==b?!1:!t.fromBytes(h).is0()}catch{return!1}}function c(h){return h=h===void 0?r(o.seed):h,gr(W(h,o.seed,"seed"),n.ORDER)}function f(h,p=!0){return t.BASE.multiply(n.fromBytes(h)).toBytes(p)}function a(h){let{secretKey:p,publicKey:m,publicKeyUncompressed:b}=o,E=n._lengths;if(!nt(h))return;let y=W(h,void 0,"key").length,w=y===m||y===b,k=y===p||!!E?.includes(y);if(!(w&&k))return w}function l(h,p,m=!0){if(a(h)===!0)throw new Error("first arg must be private key");if(a(p)===!1)throw new Error("second arg must be public key");let b=n.fromBytes(h),E=t.fromBytes(p);if(E.is0())throw new Error("invalid public key: point at infinity");return E.multiply(b).toBytes(m)}let d={isValidSecretKey:s,isValidPublicKey:i,randomSecretKey:c},u=St(c,f);return Object.freeze(d),Object.freeze(o),Object.freeze({getPublicKey:f,getSharedSecret:l,keygen:u,Point:t,utils:d,lengths:o})}function Tr(t,e,n={}){st(t);let r=e;ve(r),ue(n,{},{hmac:"function",lowS:"boolean",randomBytes:"function",bits2int:"function",bits2int_modN:"function"});let o=Object.assign({},n),s=o.randomBytes===void 0?Me:o.randomBytes,i=o.hmac===void 0?(_,g)=>Kt(r,_,g):o.hmac,{Fp:c,Fn:f}=t,{ORDER:a,BITS:l}=f,d=Tn(a),u=xr(s,d),{keygen:h,getPublicKey:p,getSharedSecret:m,utils:b,lengths:E}=wc(t,o),y={prehash:!0,lowS:typeof o.lowS=="boolean"?o.lowS:!0,format:"compact",extraEntropy:!1},w=a*is+pt<c.ORDER;function k(_){let g=a>>pt;return _>g}function A(_,g){if(!f.isValidNot0(g))throw new Error(`invalid signature ${_}: out of range 1..Point.Fn.ORDER`);return g}function v(){if(!c.isOdd)throw new Error("Field doesn\'t support isOdd")}function O(_,g,x){return v(),(_===x?0:2)|Number(c.isOdd(g))}function z(){if(w)throw new Error(\'"recovered" sig type is not supported for cofactor >2 curves\')}function B(_,g){jr(g);let x=E.signature,S=g==="compact"?x:g==="recovered"?x+1:void 0;return W(_,S)}class j{r;s;recovery;constructor(g,x,S){if(this.r=A("r",g),this.s=A("s",x),S!=null){if(z(),![0,1,2,3].includes(S))throw new Error("invalid recovery id");this.recovery=S}Object.freeze(this)}static fromBytes(g,x=y.format){B(g,x);let S;if(x==="der"){if(g.length>2*f.BYTES+16)throw new Hn.Err("invalid signature: DER signature too long");let{r:P,s:$}=Hn.toSig(W(g),f.BYTES+1);return new j(P,$)}x==="recovered"&&(S=g[0],x="compact",g=g.subarray(1));let F=E.signature/2,N=g.subarray(0,F),C=g.subarray(F,F*2);return new j(f.fromBytes(N),f.fromBytes(C),S)}static fromHex(g,x){return this.fromBytes(kt(g),x)}assertRecovery(){let{recovery:g}=this;if(g==null)throw new Error("invalid recovery id: must be present");return g}addRecoveryBit(g){return new j(this.r,this.s,g)}recoverPublicKey(g){let{r:x,s:S}=this,F=this.assertRecovery(),N=F===2||F===3?x+a:x;if(!c.isValid(N))throw new Error("invalid recovery id: sig.r+curve.n != R.x");let C=c.toBytes(N),P=t.fromBytes(de(cs((F&1)===0),C)),$=f.inv(N),X=H(W(g,void 0,"msgHash")),Y=f.create(-X*$),re=f.create(S*$),ee=t.BASE.mulAddUnsafe(Y,P,re);if(ee.is0())throw new Error("invalid recovery: point at infinify");return ee.assertValidity(),ee}hasHighS(){return k(this.s)}toBytes(g=y.format){if(jr(g),g==="der")return kt(Hn.hexFromSig(this));let{r:x,s:S}=this,F=f.toBytes(x),N=f.toBytes(S);return g==="recovered"?(z(),de(Uint8Array.of(this.assertRecovery()),F,N)):de(F,N)}toHex(g){return Zt(this.toBytes(g))}}Object.freeze(j.prototype),Object.freeze(j);let U=o.bits2int===void 0?function(g){if(g.length>8192)throw new Error("input is too large");let x=Ae(g),S=g.length*8-l;return S>0?x>>BigInt(S):x}:o.bits2int,H=o.bits2int_modN===void 0?function(g){return f.create(U(g))}:o.bits2int_modN,K=Wt(l);function T(_){return Le("num < 2^"+l,_,Ce,K),f.toBytes(_)}function M(_,g){return W(_,void 0,"message"),g?W(r(_),void 0,"prehashed message"):_}function L(_,g,x){let{lowS:S,prehash:F,extraEntropy:N}=_r(x,y);_=M(_,F);let C=H(_),P=f.fromBytes(g);if(!f.isValidNot0(P))throw new Error("invalid private key");let $=[T(P),T(C)];if(N!=null&&N!==!1){let ee=N===!0?s(E.secretKey):N;$.push(W(ee,void 0,"extraEntropy"))}let X=de(...$),Y=C;function re(ee){let se=U(ee);if(!f.isValidNot0(se))return;let we=t.BASE.multiply(se).toAffine(),ne=f.create(we.x);if(ne===Ce)return;let oe;if(u!==void 0){let Pe=Ae(gr(u(d),a)),gi=f.inv(f.mul(Pe,se)),yi=f.mul(Pe,Y),wi=f.mul(Pe,P);oe=f.create(gi*f.create(yi+wi*ne))}else{let Pe=Uo(se,a);oe=f.create(Pe*f.create(Y+ne*P))}if(oe===Ce)return;let xt=O(we.x,we.y,ne),It=oe;return S&&k(oe)&&(It=f.neg(oe),xt^=1),new j(ne,It,w?void 0:xt)}return{seed:X,k2sig:re}}function q(_,g,x={}){let{seed:S,k2sig:F}=L(_,g,x);return jo(r.outputLen,f.BYTES,i)(S,F).toBytes(x.format)}function D(_,g,x,S={}){let{lowS:F,prehash:N,format:C}=_r(S,y);if(x=W(x,void 0,"publicKey"),g=M(g,N),!nt(_)){let P=_ instanceof j?", use sig.toBytes()":"";throw new Error("verify expects Uint8Array signature"+P)}B(_,C);try{let P=j.fromBytes(_,C),$=t.fromBytes(x);if($.is0()||F&&P.hasHighS())return!1;let{r:X,s:Y}=P,re=H(g),ee=f.inv(Y),se=f.create(re*ee),we=f.create(X*ee),ne=t.BASE.mulAddUnsafe(se,$,we);if(ne.is0())return!1;let oe=ne.toAffine();return!(f.create(oe.x)!==X||C==="recovered"&&P.recovery!==O(oe.x,oe.y,X))}catch{return!1}}function I(_,g,x={}){let{prehash:S}=_r(x,y);return g=M(g,S),j.fromBytes(_,"recovered").recoverPublicKey(g).toBytes()}return Object.freeze({keygen:h,getPublicKey:p,getSharedSecret:m,utils:b,lengths:E,Point:t,sign:q,verify:D,recoverPublicKey:I,Signature:j,hash:r})}var bc={p:BigInt("0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff"),n:BigInt("0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"),h:BigInt(1),a:BigInt("0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc"),b:BigInt("0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b"),Gx:BigInt("0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"),Gy:BigInt("0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5")},xc={p:BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff"),n:BigInt("0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973"),h:BigInt(1),a:BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffc"),b:BigInt("0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef"),Gx:BigInt("0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7"),Gy:BigInt("0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f")};var Ec=Or(bc),as=Tr(Ec,fe);var kc=Or(xc),ls=Tr(kc,Bo);var vc=BigInt(0),en=BigInt(1),Bc=BigInt(2),Ac=BigInt(7),_c=BigInt(256),Sc=BigInt(113),hs=[],ps=[],ms=[];for(let t=0,e=en,n=1,r=0;t<24;t++){[n,r]=[r,(2*n+3*r)%5],hs.push(2*(5*r+n)),ps.push((t+1)*(t+2)/2%64);let o=vc;for(let s=0;s<7;s++)e=(e<<en^(e>>Ac)*Sc)%_c,e&Bc&&(o^=en<<(en<<BigInt(s))-en);ms.push(o)}var gs=bn(ms,!0),jc=gs[0],Oc=gs[1],Tc=(t,e,n)=>t<<n|e>>>32-n,Rc=(t,e,n)=>e<<n|t>>>32-n,qc=(t,e,n)=>e<<n-32|t>>>64-n,Lc=(t,e,n)=>t<<n-32|e>>>64-n,ds=(t,e,n)=>n>32?qc(t,e,n):Tc(t,e,n),us=(t,e,n)=>n>32?Lc(t,e,n):Rc(t,e,n),jt=new Uint32Array(10);function zc(t,e=24){if(!(t instanceof Uint32Array))throw new TypeError(\'"s" expected Uint32Array(50), got type=\'+typeof t);if(t.length!==50)throw new RangeError(\'"s" expected Uint32Array(50), got length=\'+t.length);if(te(e,"rounds"),e<1||e>24)throw new Error(\'"rounds" expected integer 1..24\');for(let n=24-e;n<24;n++){for(let s=0;s<10;s++)jt[s]=t[s]^t[s+10]^t[s+20]^t[s+30]^t[s+40];for(let s=0;s<10;s+=2){let i=(s+8)%10,c=(s+2)%10,f=jt[c],a=jt[c+1],l=ds(f,a,1)^jt[i],d=us(f,a,1)^jt[i+1];for(let u=0;u<50;u+=10)t[s+u]^=l,t[s+u+1]^=d}let r=t[2],o=t[3];for(let s=0;s<24;s++){let i=ps[s],c=ds(r,o,i),f=us(r,o,i),a=hs[s];r=t[a],o=t[a+1],t[a]=c,t[a+1]=f}for(let s=0;s<50;s+=10){let i=t[s],c=t[s+1],f=t[s+2],a=t[s+3];t[s]^=~t[s+2]&t[s+4],t[s+1]^=~t[s+3]&t[s+5],t[s+2]^=~t[s+4]&t[s+6],t[s+3]^=~t[s+5]&t[s+7],t[s+4]^=~t[s+6]&t[s+8],t[s+5]^=~t[s+7]&t[s+9],t[s+6]^=~t[s+8]&i,t[s+7]^=~t[s+9]&c,t[s+8]^=~i&f,t[s+9]^=~c&a}t[0]^=jc[n],t[1]^=Oc[n]}Q(jt)}var Dn=class t{state;pos=0;posOut=0;finished=!1;state32;destroyed=!1;blockLen;suffix;outputLen;canXOF;enableXOF=!1;rounds;constructor(e,n,r,o=!1,s=24){if(te(e,"blockLen"),te(n,"suffix"),te(s,"rounds"),Qr(o,"enableXOF"),this.blockLen=e,this.suffix=n,this.outputLen=r,this.enableXOF=o,this.canXOF=o,this.rounds=s,te(r,"outputLen"),!(0<e&&e<200))throw new Error(\'"blockLen" must be 1..199\');this.state=new Uint8Array(200),this.state32=Ee(this.state)}clone(){return this._cloneInto()}keccak(){be(this.state32),zc(this.state32,this.rounds),be(this.state32),this.posOut=0,this.pos=0}update(e){Be(this),Z(e);let{blockLen:n,state:r,state32:o}=this,s=e.length,i=n%4===0&&e.byteOffset%4===0,c=n/4,f=i&&s>=n?Ee(e):void 0;for(let a=0;a<s;){if(f!==void 0&&this.pos===0&&a%4===0&&s-a>=n){for(let d=0,u=a/4;d<c;d++)o[d]^=f[u+d];a+=n,this.pos=n,this.keccak();continue}let l=Math.min(n-this.pos,s-a);for(let d=0;d<l;d++)r[this.pos++]^=e[a++];this.pos===n&&this.keccak()}return this}finish(){if(this.finished)return;this.finished=!0;let{state:e,suffix:n,pos:r,blockLen:o}=this;e[r]^=n,(n&128)!==0&&r===o-1&&this.keccak(),e[o-1]^=128,this.keccak()}writeInto(e){Be(this,!1),Z(e),this.finish();let n=this.state,{blockLen:r}=this;for(let o=0,s=e.length;o<s;){this.posOut>=r&&this.keccak();let i=Math.min(r-this.posOut,s-o);e.set(n.subarray(this.posOut,this.posOut+i),o),this.posOut+=i,o+=i}return e}xofInto(e){if(!this.enableXOF)throw new Error("XOF is not enabled");return this.writeInto(e)}xof(e){return te(e),this.xofInto(new Uint8Array(e))}digestInto(e){if($e(e,this),this.finished)throw new Error("digest() was already called");this.writeInto(e.length===this.outputLen?e:e.subarray(0,this.outputLen)),this.destroy()}digest(){let e=new Uint8Array(this.outputLen);return this.digestInto(e),e}destroy(){this.destroyed=!0,Q(this.state)}_cloneInto(e){let{blockLen:n,suffix:r,outputLen:o,rounds:s,enableXOF:i}=this;return e||=new t(n,r,o,i,s),e.blockLen=n,e.state32.set(this.state32),e.pos=this.pos,e.posOut=this.posOut,e.finished=this.finished,e.rounds=s,e.suffix=r,e.outputLen=o,e.enableXOF=i,e.canXOF=this.canXOF,e.destroyed=this.destroyed,e}},ys=(t,e,n,r={})=>Ie(()=>new Dn(e,t,n),r);var Ot=ys(6,136,32,Ue(8));var ws=ys(6,72,64,Ue(10));var bs=(t,e,n,r={})=>Ie((o={})=>(o=ft({},o),new Dn(e,t,o.dkLen===void 0?n:o.dkLen,!0)),r),xs=bs(31,168,16,Ue(11)),He=bs(31,136,32,Ue(12));var it=yn;function Kn(t,e){if(t.length!==e.length)return!1;let n=0;for(let r=0;r<t.length;r++)n|=t[r]^e[r];return n===0}function Es(t){return Uint8Array.from(t)}function mt(t,...e){let n=o=>typeof o=="number"?o:o.bytesLen,r=e.reduce((o,s)=>o+n(s),0);return{bytesLen:r,encode:o=>{let s=new Uint8Array(r);for(let i=0,c=0;i<e.length;i++){let f=e[i],a=n(f),l=typeof f=="number"?o[i]:f.encode(o[i]);Z(l,a,t),s.set(l,c),typeof f!="number"&&l.fill(0),c+=a}return s},decode:o=>{Z(o,r,t);let s=[];for(let i of e){let c=n(i),f=o.subarray(0,c);s.push(typeof i=="number"?f:i.decode(f)),o=o.subarray(c)}return s}}}function Pn(t,e){let n=e*t.bytesLen;return{bytesLen:n,encode:r=>{if(r.length!==e)throw new Error(`vecCoder.encode: wrong length=${r.length}. Expected: ${e}`);let o=new Uint8Array(n);for(let s=0,i=0;s<r.length;s++){let c=t.encode(r[s]);o.set(c,i),c.fill(0),i+=c.length}return o},decode:r=>{Z(r,n);let o=[];for(let s=0;s<r.length;s+=t.bytesLen)o.push(t.decode(r.subarray(s,s+t.bytesLen)));return o}}}function he(...t){for(let e of t)if(Array.isArray(e))for(let n of e)n.fill(0);else e.fill(0)}function Rr(t){return(1<<t)-1}var aa=Uint8Array.of();var ks=t=>{let{newPoly:e,N:n,Q:r,F:o,ROOT_OF_UNITY:s,brvBits:i,isKyber:c}=t,f=(y,w=r)=>{let k=y%w|0;return(k>=0?k|0:w+k|0)|0},a=(y,w=r)=>{let k=f(y,w)|0;return(k>w>>1?k-w|0:k)|0};function l(){let y=e(n);for(let w=0;w<n;w++){let k=Er(w,i),A=BigInt(s)**BigInt(k)%BigInt(r);y[w]=Number(A)|0}return y}let d=l(),u={add:(y,w)=>f((y|0)+(w|0))|0,sub:(y,w)=>f((y|0)-(w|0))|0,mul:(y,w)=>f((y|0)*(w|0))|0,inv:y=>{throw new Error("not implemented")}},h={N:n,roots:d,invertButterflies:!0,skipStages:c?1:0,brp:!1},p=kr(u,{dit:!1,...h}),m=kr(u,{dit:!0,...h});return{mod:f,smod:a,nttZetas:d,NTT:{encode:y=>p(y),decode:y=>{m(y);for(let w=0;w<y.length;w++)y[w]=f(o*y[w]);return y}},bitsCoder:(y,w)=>{let k=Rr(y),A=y*(n/8);return{bytesLen:A,encode:v=>{let O=new Uint8Array(A);for(let z=0,B=0,j=0,U=0;z<v.length;z++)for(B|=(w.encode(v[z])&k)<<j,j+=y;j>=8;j-=8,B>>=8)O[U++]=B&Rr(j);return O},decode:v=>{let O=e(n);for(let z=0,B=0,j=0,U=0;z<v.length;z++)for(B|=v[z]<<j,j+=8;j>=y;j-=y,B>>=y)O[U++]=w.decode(B&k);return O}}}}},Ic=t=>(e,n)=>{n||(n=t.blockLen);let r=new Uint8Array(e.length+2);r.set(e);let o=e.length,s=new Uint8Array(n),i=t.create({}),c=0,f=0;return{stats:()=>({calls:c,xofs:f}),get:(a,l)=>(r[o+0]=a,r[o+1]=l,i.destroy(),i=t.create({}).update(r),c++,()=>(f++,i.xofInto(s))),clean:()=>{i.destroy(),he(s,r)}}},vs=Ic(xs);var ye=256,De=3329,Uc=3303,Mc=17,{mod:rn,nttZetas:Fc,NTT:gt,bitsCoder:Nc}=ks({N:ye,Q:De,F:Uc,ROOT_OF_UNITY:Mc,newPoly:t=>new Uint16Array(t),brvBits:7,isKyber:!0}),qr={512:{N:ye,Q:De,K:2,ETA1:3,ETA2:2,du:10,dv:4,RBGstrength:128},768:{N:ye,Q:De,K:3,ETA1:2,ETA2:2,du:10,dv:4,RBGstrength:192},1024:{N:ye,Q:De,K:4,ETA1:2,ETA2:2,du:11,dv:5,RBGstrength:256}},Cc=t=>{if(t>=12)return{encode:n=>n,decode:n=>n};let e=2**(t-1);return{encode:n=>((n<<t)+De/2)/De,decode:n=>n*De+e>>>t}},tn=t=>Nc(t,Cc(t));function yt(t,e){for(let n=0;n<ye;n++)t[n]=rn(t[n]+e[n])}function Hc(t,e){for(let n=0;n<ye;n++)t[n]=rn(t[n]-e[n])}function Dc(t,e,n,r,o){let s=rn(e*r*o+t*n),i=rn(t*r+e*n);return{c0:s,c1:i}}function $n(t,e){for(let n=0;n<ye/2;n++){let r=Fc[64+(n>>1)];n&1&&(r=-r);let{c0:o,c1:s}=Dc(t[2*n+0],t[2*n+1],e[2*n+0],e[2*n+1],r);t[2*n+0]=o,t[2*n+1]=s}return t}function Bs(t){let e=new Uint16Array(ye);for(let n=0;n<ye;){let r=t();if(r.length%3)throw new Error("SampleNTT: unaligned block");for(let o=0;n<ye&&o+3<=r.length;o+=3){let s=(r[o+0]>>0|r[o+1]<<8)&4095,i=(r[o+1]>>4|r[o+2]<<4)&4095;s<De&&(e[n++]=s),n<ye&&i<De&&(e[n++]=i)}}return e}function nn(t,e,n,r){let o=t(r*ye/4,e,n),s=new Uint16Array(ye),i=Ee(o),c=0;for(let f=0,a=0,l=0,d=0;f<i.length;f++){let u=i[f];for(let h=0;h<32;h++)l+=u&1,u>>=1,c+=1,c===r?(d=l,l=0):c===2*r&&(s[a++]=rn(d-l),l=0,c=0)}if(c)throw new Error(`sampleCBD: leftover bits: ${c}`);return s}var Kc=t=>{let{K:e,PRF:n,XOF:r,HASH512:o,ETA1:s,ETA2:i,du:c,dv:f}=t,a=tn(1),l=tn(f),d=tn(c),u=mt("publicKey",Pn(tn(12),e),32),h=Pn(tn(12),e),p=mt("ciphertext",Pn(d,e),l),m=mt("seed",32,32);return{secretCoder:h,lengths:{secretKey:h.bytesLen,publicKey:u.bytesLen,cipherText:p.bytesLen},keygen:b=>{Z(b,32,"seed");let E=new Uint8Array(33);E.set(b),E[32]=e;let y=o(E),[w,k]=m.decode(y),A=[],v=[];for(let B=0;B<e;B++)A.push(gt.encode(nn(n,k,B,s)));let O=r(w);for(let B=0;B<e;B++){let j=gt.encode(nn(n,k,e+B,s));for(let U=0;U<e;U++){let H=Bs(O.get(U,B));yt(j,$n(H,A[U]))}v.push(j)}O.clean();let z={publicKey:u.encode([v,w]),secretKey:h.encode(A)};return he(w,k,A,v,E,y),z},encrypt:(b,E,y)=>{let[w,k]=u.decode(b),A=[];for(let U=0;U<e;U++)A.push(gt.encode(nn(n,y,U,s)));let v=r(k),O=new Uint16Array(ye),z=[];for(let U=0;U<e;U++){let H=nn(n,y,e+U,i),K=new Uint16Array(ye);for(let T=0;T<e;T++){let M=Bs(v.get(U,T));yt(K,$n(M,A[T]))}yt(H,gt.decode(K)),z.push(H),yt(O,$n(w[U],A[U])),he(K)}v.clean();let B=nn(n,y,2*e,i);yt(B,gt.decode(O));let j=a.decode(E);return yt(j,B),he(w,A,O,B),p.encode([z,j])},decrypt:(b,E)=>{let[y,w]=p.decode(b),k=h.decode(E),A=new Uint16Array(ye);for(let v=0;v<e;v++)yt(A,$n(k[v],gt.encode(y[v])));return Hc(w,gt.decode(A)),he(A,k,y),a.encode(w)}}};function Lr(t){let e=Kc(t),{HASH256:n,HASH512:r,KDF:o}=t,{secretCoder:s,lengths:i}=e,c=mt("secretKey",i.secretKey,i.publicKey,32,32),f=32,a=64;return{info:{type:"ml-kem"},lengths:{...i,seed:64,msg:f,msgRand:f,secretKey:c.bytesLen},keygen:(l=it(a))=>{Z(l,a,"seed");let{publicKey:d,secretKey:u}=e.keygen(l.subarray(0,32)),h=n(d),p=c.encode([u,d,h,l.subarray(32)]);return he(u,h),{publicKey:d,secretKey:p}},getPublicKey:l=>{let[d,u,h,p]=c.decode(l);return Uint8Array.from(u)},encapsulate:(l,d=it(f))=>{Z(l,i.publicKey,"publicKey"),Z(d,f,"message");let u=l.subarray(0,384*t.K),h=s.encode(s.decode(Es(u)));if(!Kn(h,u))throw he(h),new Error("ML-KEM.encapsulate: wrong publicKey modulus");he(h);let p=r.create().update(d).update(n(l)).digest(),m=e.encrypt(l,d,p.subarray(32,64));return he(p.subarray(32)),{cipherText:m,sharedSecret:p.subarray(0,32)}},decapsulate:(l,d)=>{Z(d,c.bytesLen,"secretKey"),Z(l,i.cipherText,"cipherText");let u=c.bytesLen-96,h=u+32,p=n(d.subarray(u/2,h));if(!Kn(p,d.subarray(h,h+32)))throw new Error("invalid secretKey: hash check failed");let[m,b,E,y]=c.decode(d),w=e.decrypt(l,m),k=r.create().update(w).update(E).digest(),A=k.subarray(0,32),v=e.encrypt(b,w,k.subarray(32,64)),O=Kn(l,v),z=o.create({dkLen:32}).update(y).update(l).digest();return he(w,v,O?z:A),O?A:z}}}function Pc(t,e,n){return He.create({dkLen:t}).update(e).update(new Uint8Array([n])).digest()}var zr={HASH256:Ot,HASH512:ws,KDF:He,XOF:vs,PRF:Pc},xa=Lr({...zr,...qr[512]}),Zn=Lr({...zr,...qr[768]}),As=Lr({...zr,...qr[1024]});function $c(t,e=!1){let n=t.lengths,r=t.keygen;if(e){let s=t.Point.Fn;if(!s)throw new Error("No Point.Fn");r=(i=it(n.seed))=>{Z(i,n.seed,"seed");let c=s.isLE?_e(i):Ae(i),f=s.toBytes(s.create(c));return{secretKey:f,publicKey:t.getPublicKey(f)}}}return{lengths:{secretKey:n.secretKey,publicKey:n.publicKey,seed:n.seed},keygen:r,getPublicKey:o=>t.getPublicKey(o)}}function Ir(t,e=!1){let n=$c(t,e);if(!t.getSharedSecret)throw new Error("wrong curve");return{lengths:{...n.lengths,msg:n.lengths.seed,cipherText:n.lengths.publicKey},keygen:n.keygen,getPublicKey:n.getPublicKey,encapsulate(r,o=it(t.lengths.seed)){let s=this.keygen(o).secretKey,i=this.decapsulate(r,s),c=t.getPublicKey(s);return he(s),{sharedSecret:i,cipherText:c}},decapsulate(r,o){let s=t.getSharedSecret(o,r);return t.lengths.publicKeyHasPrefix?s.subarray(1):s}}}function on(t,e){return mt(e,...t.map(n=>{if(typeof n.lengths[e]!="number")throw new Error("wrong length: "+e);return n.lengths[e]}))}function Ur(t){return(e,n)=>t(e,{dkLen:n})}function Zc(t,e,...n){let r=on(n,"seed"),o=on(n,"publicKey");t===void 0&&(t=r.bytesLen),te(t);function s(i){Z(i,t);let c=r.decode(e(i,r.bytesLen)),f=n.map((d,u)=>d.keygen(c[u])),a=f.map(d=>d.secretKey),l=f.map(d=>d.publicKey);return{secretKey:a,publicKey:l}}return{info:{lengths:{seed:t,publicKey:o.bytesLen,secretKey:t}},getPublicKey(i){return this.keygen(i).publicKey},keygen(i=it(t)){let{publicKey:c,secretKey:f}=s(i),a=o.encode(c);return he(c),he(f),{secretKey:i,publicKey:a}},expandDecapsulationKey:s,realSeedLen:t}}function Mr(t,e,n,r,...o){let s=Zc(t,n,...o),i=on(o,"cipherText"),c=on(o,"publicKey"),f=on(o,"msg");return e===void 0&&(e=f.bytesLen),te(e),{lengths:{...s.info.lengths,msg:e,msgRand:f.bytesLen,cipherText:i.bytesLen},getPublicKey:s.getPublicKey,keygen:s.keygen,encapsulate(a,l=it(f.bytesLen)){let d=c.decode(a),u=f.decode(l),h=o.map((E,y)=>E.encapsulate(d[y],u[y])),p=h.map(E=>E.sharedSecret),m=h.map(E=>E.cipherText),b={sharedSecret:r(d,m,p),cipherText:i.encode(m)};return he(p,m),b},decapsulate(a,l){let d=i.decode(a),{publicKey:u,secretKey:h}=s.expandDecapsulationKey(l),p=o.map((m,b)=>m.decapsulate(d[b],h[b]));return r(u,d,p)}}}function _s(t,e,n,r,o){return ve(r),ve(o),Mr(32,32,Ur(r),(s,i,c)=>o(de(c[0],c[1],i[1],s[1],ut(t))),e,n)}var Ra=_s("QSF-KEM(ML-KEM-768,P-256)-XOF(SHAKE256)-KDF(SHA3-256)",Zn,Ir(as,!0),He,Ot),qa=_s("QSF-KEM(ML-KEM-1024,P-384)-XOF(SHAKE256)-KDF(SHA3-256)",As,Ir(ls,!0),He,Ot);function Xc(t,e,n,r,o){return ve(r),ve(o),Mr(32,32,Ur(r),(s,i,c)=>{let f=de(c[0],c[1],i[0],s[0],i[1],s[1],ut(t)),a=32,l=de(ut("hybrid_prk"),f),d=kn(o,l),u=de(vt(a,2),ut("shared_secret"),ut("")),h=Ge(o,d,u,a);return he(d,u,l,f),h},e,n)}var Ss=Ir(Cn),La=Xc("KitchenSink-KEM(ML-KEM-768,X25519)-XOF(SHAKE256)-KDF(HKDF-SHA-256)",Zn,Ss,He,fe),Yc=Mr(32,32,Ur(He),(t,e,n)=>Ot(de(n[0],n[1],e[1],t[1],ut("\\\\.//^\\\\"))),Zn,Ss);var js=Yc;var Yn=t=>Object.freeze(t());function Us(t){return t instanceof Uint8Array||ArrayBuffer.isView(t)&&t.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in t&&t.BYTES_PER_ELEMENT===1}function Cr(t){if(!Us(t))throw new TypeError("Uint8Array expected")}function Wc(t,e){return Array.isArray(e)?e.length===0?!0:t?e.every(n=>typeof n=="string"):e.every(n=>Number.isSafeInteger(n)):!1}function Gc(t){if(typeof t!="function")throw new TypeError("function expected");return!0}function Tt(t,e){if(typeof e!="string")throw new TypeError(`${t}: string expected`);return!0}function Xn(t,e="number"){if(typeof t!="number")throw new TypeError(`${e}: expected number, got ${typeof t}`);if(!Number.isSafeInteger(t))throw new RangeError(`${e}: expected safe integer, got ${t}`)}function Os(t,e){if(!Wc(!1,e))throw new TypeError(`${t}: array of numbers expected`)}function Ms(...t){let e=s=>s,n=(s,i)=>c=>s(i(c)),r=t.map(s=>s.encode).reduceRight(n,e),o=t.map(s=>s.decode).reduce(n,e);return{encode:r,decode:o}}var Vc=(()=>{let t=[];for(let e=0;e<40;e++)t.push(2**e);return t})();function Ts(t,e=t.length){let n=new Array(e);for(let r=0;r<e;r++)n[r]=t[r];return n}var Rs=(()=>{try{let t=new TextDecoder;return t.decode(Uint8Array.of(65,48,43,127))==="A0+"?t:void 0}catch{return}})(),Fr=8192;function Qc(t){let e=t.length;if(Rs!==void 0&&e>=12)return Rs.decode(t);if(e<=Fr)return String.fromCharCode.apply(null,t);let n="";for(let r=0;r<e;r+=Fr)n+=String.fromCharCode.apply(null,t.subarray(r,r+Fr));return n}function Hr(t){if(Xn(t),t<=0||t>8)throw new RangeError("radix2: bits should be in (0..8]");let e=Vc[t]-1;return{encode:n=>{Cr(n);let r=n.length,o=new Uint8Array(Math.ceil(r*8/t)),s=0,i=0,c=0;for(let f=0;f<r;)for(f+2<r?(s=s<<24|n[f]<<16|n[f+1]<<8|n[f+2],i+=24,f+=3):(s=(s<<8|n[f])&65535,i+=8,f++);i-=t,o[c++]=s>>i&e,!(i<t););return i>0&&(o[c]=s<<t-i&e),o},decode:n=>{let r=n.length,o=new Uint8Array(Math.floor(r*t/8)),s=0,i=0,c=0;for(let f=0;f<r;f++)for(s=(s<<t|n[f])&65535,i+=t;i>=8;i-=8)o[c++]=s>>i-8&255;if(s=s<<8-i&255,i>=t)throw new Error("Excess padding");if(s>0)throw new Error(`Non-zero padding: ${s}`);return o}}}function Dr(t,e){let n=t.length;if(n>128)throw new Error("alphabet: max 128 letters");let r=new Uint8Array(n),o=new Int8Array(128).fill(-1);for(let s=0;s<n;s++){let i=t.charCodeAt(s);if(t.codePointAt(s)!==i||i>127)throw new Error("alphabet: single-char ASCII letters only");r[s]=i,o[i]=s}if(e!==void 0)for(let s of Object.keys(e)){let i=s.charCodeAt(0),c=o[e[s].charCodeAt(0)];if(s.length!==1||i>127||c===void 0||c===-1)throw new Error(`alphabet: invalid alias ${s}`);o[i]=c}return{encode:s=>{let i=new Uint8Array(s.length);for(let c=0;c<s.length;c++){let f=s[c],a=r[f];if(a===void 0)throw new Error(`alphabet.encode: invalid digit ${f}`);i[c]=a}return Qc(i)},decode:s=>{Tt("decode",s);let i=s.length,c=new Uint8Array(i);for(let f=0;f<i;f++){let a=s.charCodeAt(f),l=a<128?o[a]:-1;if(l===-1)throw new Error(`Unknown letter "${s[f]}". Allowed: ${t}`);c[f]=l}return c}}}function Jc(t,e="="){return Xn(t),Tt("padding",e),{encode(n){for(;n.length*t%8;)n+=e;return n},decode(n){Tt("decode",n);let r=n.length;if(r*t%8)throw new Error("padding: invalid length");for(;r>0&&n[r-1]===e;r--)if((r-1)*t%8===0)throw new Error("padding: excess padding");return n.slice(0,r)}}}function qs(t){return Gc(t),function(...e){try{return t.apply(null,e)}catch{}}}var ef=typeof Uint8Array.from([]).toBase64=="function"&&typeof Uint8Array.fromBase64=="function",tf=/[\\t\\n\\f\\r ]/,nf=(t,e)=>{Tt("base64",t);let n=e?"base64url":"base64";if(t.length>0&&tf.test(t))throw new Error("invalid base64");return Uint8Array.fromBase64(t,{alphabet:n,lastChunkHandling:"strict"})},rf=Yn(()=>Ms(Hr(6),Dr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),Jc(6)));var Fs=Yn(()=>ef?{encode(t){return Cr(t),t.toBase64()},decode(t){return nf(t,!1)}}:rf);var Ns=Yn(()=>Ms(Hr(6),Dr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")));var Nr=Dr("qpzry9x8gf2tvdw0s3jn54khce6mua7l"),of=/^[\\x21-\\x60\\x7b-\\x7e]+$/;function Ls(t,e){for(let n=0;n<e.length;n++){let r=e.charCodeAt(n);if(r<33||r>126)throw new Error(`${t}: printable ASCII expected`)}}function sf(t){let e=t.length,n=new Uint8Array(e);for(let r=0;r<e;r++){let o=t[r];if(o<0||o>=32)throw new Error(`alphabet.encode: invalid digit ${o}`);n[r]=o}return n}var zs=[996825010,642813549,513874426,1027748829,705979059];function sn(t){let e=t>>25,n=(t&33554431)<<5;for(let r=0;r<zs.length;r++)(e>>r&1)===1&&(n^=zs[r]);return n}function Is(t,e,n=1){let r=t.length,o=1;for(let i=0;i<r;i++){let c=t.charCodeAt(i);if(c<33||c>126)throw new Error(`Invalid prefix (${t})`);o=sn(o)^c>>5}o=sn(o);for(let i=0;i<r;i++)o=sn(o)^t.charCodeAt(i)&31;for(let i of e)o=sn(o)^i;for(let i=0;i<6;i++)o=sn(o);o^=n;let s=new Uint8Array(6);for(let i=0;i<6;i++)s[i]=o>>>5*(5-i)&31;return Nr.encode(s)}function cf(t){let e=t==="bech32"?1:734539939,n=Hr(5),r=d=>{Cr(d);let u=d.length,h=new Array(Math.ceil(u*8/5)),p=0,m=0,b=0;for(let E=0;E<u;E++)for(p=p<<8|d[E],m+=8;m>=5;m-=5)h[b++]=p>>m-5&31;return m>0&&(h[b]=p<<5-m&31),h},o=d=>{Os("radix2.decode",d);let u=d.length,h=new Uint8Array(u);for(let p=0;p<u;p++){let m=d[p];if(m<0||m>=32)throw new Error(`convertRadix2: invalid word=${m}`);h[p]=m}return n.decode(h)},s=qs(o);function i(d,u,h=90){Tt("bech32.encode prefix",d),h!==!1&&Xn(h,"limit"),Us(u)&&(u=Ts(u)),Os("bech32.encode",u);let p=d.length;if(p===0)throw new TypeError(`Invalid prefix length ${p}`);let m=p+7+u.length;if(h!==!1&&m>h)throw new TypeError(`Length ${m} exceeds limit ${h}`);Ls("bech32.encode prefix",d);let b=d.toLowerCase(),E=Is(b,u,e);return`${b}1${Nr.encode(sf(u))}${E}`}function c(d,u=90){Tt("bech32.decode input",d),u!==!1&&Xn(u,"limit");let h=d.length;if(h<8||u!==!1&&h>u)throw new TypeError(`invalid string length ${h}, expected (8..${u})`);let p=d.toLowerCase();if(d!==p&&!of.test(d))throw Ls("bech32.decode input",d),new Error("mixed-case string not allowed");let m=p.lastIndexOf("1");if(m===0||m===-1)throw new Error(\'invalid separator "1"\');let b=p.slice(0,m),E=p.slice(m+1);if(E.length<6)throw new Error("invalid data length");let y=Nr.decode(E),w=Ts(y,y.length-6),k=Is(b,w,e);if(!E.endsWith(k))throw new Error(`Invalid checksum in ${d}`);return{prefix:b,words:w}}let f=qs(c);function a(d,u=90){let{prefix:h,words:p}=c(d,u);return{prefix:h,words:p,bytes:o(p)}}function l(d,u){return i(d,r(u))}return{encode:i,decode:c,encodeFromBytes:l,decodeToBytes:a,decodeUnsafe:f,fromWords:o,fromWordsUnsafe:s,toWords:r}}var Rt=Yn(()=>cf("bech32"));var ff=new TextEncoder,Fa=new TextDecoder("utf-8",{fatal:!0});function me(t){return ff.encode(t)}function qt(...t){let e=0;for(let o of t)e+=o.length;let n=new Uint8Array(e),r=0;for(let o of t)n.set(o,r),r+=o.length;return n}var Cs="0123456789abcdef";function wt(t){let e="";for(let n of t)e+=Cs[n>>4]+Cs[n&15];return e}function Hs(t){if(typeof t!="string"||!/^[0-9a-f]{64}$/.test(t))return null;let e=new Uint8Array(32);for(let n=0;n<32;n++)e[n]=parseInt(t.slice(2*n,2*n+2),16);return e}var Ds=t=>Fs.encode(t);var cn=t=>Ns.encode(t);var Pa=Nn.Point,$a=2n**252n+27742317777372353535851937790883648493n;function Ks(t){return"ed25519:"+Ds(t)}function Ps(t){return Rt.encode("age1pq",Rt.toWords(t),!1)}function $s(t){return Rt.encodeFromBytes("age-secret-key-pq-",t).toUpperCase()}function Zs(t){return Rt.encodeFromBytes("age",t)}function Xs(t){return Rt.encodeFromBytes("age-secret-key-",t).toUpperCase()}function Ys(t){return Cn.getPublicKey(t)}var df="dropbox-codename-v1",uf="dropbox/v1/codename/x25519",hf="dropbox/v1/codename/ed25519",pf="dropbox/v1/codename/mlkem768x25519",mf="dropbox/v1/codename/delete-token",gf="dropbox/v1/codename/withdraw-secret",yf={t:2,m:19*1024,p:1,dkLen:32,version:19};function wf(t){let e=Hs(t);if(!e)throw new Error("the team fingerprint is 64 lowercase hex digits");return qt(me(df),e)}function Gs(t,e,n){return ko(me(t),wf(e),{...yf,asyncTick:10,onProgress:n})}function Vs(t){let e=kn(fe,t),n=Ge(fe,e,me(uf),32),r=Ge(fe,e,me(hf),32),o=Ge(fe,e,me(pf),32),s=Ge(fe,e,me(mf),32),i=Ge(fe,e,me(gf),32),c=Nn.getPublicKey(r),f={hybridIdentity:$s(o),hybridRecipient:Ps(js.getPublicKey(o)),x25519Identity:Xs(n),x25519Recipient:Zs(Ys(n)),ed25519Seed:r,ed25519Public:Ks(c),mailbox:cn(c),thread:wt(fe(c)),deleteToken:{text:cn(s),hash:wt(fe(s))},withdrawSecret:{text:cn(i),hash:wt(fe(i))}};return s.fill(0),i.fill(0),n.fill(0),o.fill(0),e.fill(0),f}async function Wn(t,e){if(t.size!==e.length)throw new Error("the buffer is not of the Blob\'s size");let n=null;try{n=t.stream().getReader({mode:"byob"})}catch{}if(!n)return e.set(new Uint8Array(await t.arrayBuffer())),e;let r=e.byteOffset,o=e.length,s=e.buffer,i=0;try{for(;i<o;){let{value:c,done:f}=await n.read(new Uint8Array(s,r+i,o-i));if(f)break;s=c.buffer,i+=c.length}}finally{n.releaseLock()}if(i!==o)throw new Error("the file ended early");return new Uint8Array(s,r,o)}var il=8*1024*1024;var Kr=1024*1024;async function bf(t){let e=fe.create(),n=new Uint8Array(Math.min(Kr,t.size));for(let r=0;r<t.size;r+=Kr){let o=Math.min(Kr,t.size-r),s=await Wn(t.slice(r,r+o),n.subarray(0,o));e.update(s),n=new Uint8Array(s.buffer)}return e.digest()}function Qs(t,e,n){if(t.sha256!==void 0)return e.hash||(e.hash=fe.create()),e.hash.update(t.sha256),t.back?n({hashed:t.sha256.length,back:t.sha256.buffer},[t.sha256.buffer]):n({hashed:t.sha256.length}),!0;if(t.sha256Digest!==void 0){let r=(e.hash||fe.create()).digest();return e.hash=null,n({digest:r},[r.buffer]),!0}return t.sha256File!==void 0?bf(t.sha256File).then(r=>n({fileDigest:r,id:t.id},[r.buffer])):!1}var ul=8*1024*1024;var xf=t=>new Promise(e=>setTimeout(e,t));async function Js(t,e,n){let r=me(`${t}:`),o=s=>{let i=e;for(let c of s){if(i===0)return!0;let f=c===0?8:Math.clz32(c)-24;if(i<=8)return f>=i;if(f<8)return!1;i-=8}return i===0};for(let s=0;;s++){let i=String(s),c=fe.create().update(r).update(me(i)).digest();if(o(c))return i;s%2e4===0&&(n&&n(s),await xf(0))}}function Pr(t){return t instanceof Uint8Array||ArrayBuffer.isView(t)&&t.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in t&&t.BYTES_PER_ELEMENT===1}var Gn=t=>t?`"${t}" `:"";function Vn(t,e=""){if(typeof t!="boolean")throw new TypeError(Gn(e)+"expected boolean, got type="+typeof t);return t}function bt(t,e=""){if(typeof t!="number")throw new TypeError(Gn(e)+"expected number, got "+typeof t);if(!Number.isSafeInteger(t)||t<0)throw new RangeError(Gn(e)+"expected integer >= 0, got "+t);return t}function ie(t,e,n=""){if(Pr(t)&&(e===void 0||t.length===e))return t;e!==void 0&&bt(e,"length");let r=Pr(t),o=e!==void 0?` of length ${e}`:"",s=r?`length=${t.length}`:`type=${typeof t}`,i=Gn(n)+"expected Uint8Array"+o+", got "+s;throw r?new RangeError(i):new TypeError(i)}var ei=(t,e)=>{if(t===null||typeof t!="object"||Array.isArray(t))throw new TypeError(e==="object"?"expected valid options object":`"${e}" expected object, got type=${typeof t}`)};function $r(t,e=!0){if(t.destroyed)throw new Error("hash was destroyed");if(e&&t.finished)throw new Error("digest() was already called")}function ti(t,e){ie(t,void 0,"output");let n=e.outputLen;if(!(t.length>=n))throw new RangeError(\'"output" expected length >= \'+n)}function ze(t){return new Uint32Array(t.buffer,t.byteOffset,Math.floor(t.byteLength/4))}function Te(...t){for(let e=0;e<t.length;e++)t[e].fill(0)}function Ef(t){return new DataView(t.buffer,t.byteOffset,t.byteLength)}var ct=new Uint8Array(new Uint32Array([287454020]).buffer)[0]===68;function kf(t){return t<<24&4278190080|t<<8&16711680|t>>>8&65280|t>>>24&255}function vf(t){for(let e=0;e<t.length;e++)t[e]=kf(t[e]);return t}var Ke=ct?t=>t:vf;function Bf(t,e){return!t.byteLength||!e.byteLength?!1:t.buffer===e.buffer&&t.byteOffset<e.byteOffset+e.byteLength&&e.byteOffset<t.byteOffset+t.byteLength}function ni(t,e){if(Bf(t,e)&&t.byteOffset<e.byteOffset)throw new Error("complex overlap of input and output is not supported")}function ri(t,e){return ei(t,"defaults"),ei(e,"opts"),Object.assign(t,e)}function oi(t,e){if(t=ie(t),e=ie(e),t.length!==e.length)return!1;let n=0;for(let r=0;r<t.length;r++)n|=t[r]^e[r];return n===0}function si(t,e,n){let r=e,o=n||(()=>[]),s=(c,f)=>r(f,...o(c)).update(c).digest(),i=r(new Uint8Array(t),...o(new Uint8Array(0)));return s.outputLen=i.outputLen,s.blockLen=i.blockLen,s.create=(c,...f)=>r(c,...f),s}var ii=(t,e)=>{function n(r,...o){if(ie(r,void 0,"key"),t.nonceLength!==void 0){let d=o[0];ie(d,t.varSizeNonce?void 0:t.nonceLength,"nonce")}let s=t.tagLength,i=t.nonceLength!==void 0?1:0;if(!t.withAAD){for(let d=i;d<o.length;d++)if(Pr(o[d]))throw new Error("AAD not supported")}t.withAAD&&o[i]!==void 0&&ie(o[i],void 0,"AAD");let c=e(r,...o),f=(d,u)=>{if(u!==void 0){if(d!==2)throw new Error("cipher output not supported");ie(u,void 0,"output")}},a=!1;return{encrypt(d,u){if(a)throw new Error("cannot encrypt() twice with same key + nonce");return a=!0,ie(d,void 0,"data"),f(c.encrypt.length,u),c.encrypt(d,u)},decrypt(d,u){if(ie(d,void 0,"data"),s&&d.length<s)throw new Error(\'"ciphertext" expected length >= tagLength=\'+s);return f(c.decrypt.length,u),c.decrypt(d,u)}}}return Object.assign(n,t),n};function fn(t,e,n=!0){if(e===void 0)return new Uint8Array(t);if(ie(e,t,"output"),n&&!an(e))throw new Error("invalid output, must be aligned");return e}function ci(t,e,n){bt(t),bt(e),Vn(n);let r=new Uint8Array(16),o=Ef(r);return o.setBigUint64(0,BigInt(e),n),o.setBigUint64(8,BigInt(t),n),r}function an(t){return t.byteOffset%4===0}function Lt(t){return Uint8Array.from(ie(t))}var ai=t=>Uint8Array.from(t.split(""),e=>e.charCodeAt(0)),Af=Ke(ze(ai("expand 16-byte k"))),_f=Ke(ze(ai("expand 32-byte k")));function G(t,e){return t<<e|t>>>32-e}var ln=64,Sf=16,Zr=2**32-1,fi=Uint32Array.of();function jf(t,e,n,r,o,s,i,c){let f=o.length,a=new Uint8Array(ln),l=ze(a),d=ct&&an(o)&&an(s),u=d?ze(o):fi,h=d?ze(s):fi;if(!ct){for(let p=0;p<f;i++){if(t(e,n,r,l,i,c),Ke(l),i>=Zr)throw new Error("arx: counter overflow");let m=Math.min(ln,f-p);for(let b=0,E;b<m;b++)E=p+b,s[E]=o[E]^a[b];p+=m}return}for(let p=0;p<f;i++){if(t(e,n,r,l,i,c),i>=Zr)throw new Error("arx: counter overflow");let m=Math.min(ln,f-p);if(d&&m===ln){let b=p/4;if(p%4!==0)throw new Error("arx: invalid block position");for(let E=0,y;E<Sf;E++)y=b+E,h[y]=u[y]^l[E];p+=ln;continue}for(let b=0,E;b<m;b++)E=p+b,s[E]=o[E]^a[b];p+=m}}function li(t,e){let{allowShortKeys:n,extendNonceFn:r,counterLength:o,counterRight:s,rounds:i}=ri({allowShortKeys:!1,counterLength:8,counterRight:!1,rounds:20},e);if(typeof t!="function")throw new Error("core must be a function");return bt(o),bt(i),Vn(s),Vn(n),(c,f,a,l,d=0)=>{ie(c,void 0,"key"),ie(f,void 0,"nonce"),ie(a,void 0,"data");let u=a.length,h=l!==void 0;if(l=fn(u,l,!1),h&&ni(a,l),bt(d),d<0||d>=Zr)throw new Error("arx: counter overflow");let p=[],m=c.length,b,E;if(m===32)p.push(b=Lt(c)),E=_f;else if(m===16&&n)b=new Uint8Array(32),b.set(c),b.set(c,16),E=Af,p.push(b);else throw ie(c,32,"arx key"),new Error("invalid key size");(!ct||!an(f))&&p.push(f=Lt(f));let y=ze(b);if(r){if(f.length!==24)throw new Error("arx: extended nonce must be 24 bytes");let A=f.subarray(0,16);if(ct)r(E,y,ze(A),y);else{let v=Ke(Uint32Array.from(E));r(v,y,ze(A),y),Te(v),Ke(y)}f=f.subarray(16)}else ct||Ke(y);let w=16-o;if(w!==f.length)throw new Error(`arx: nonce must be ${w} or 16 bytes`);if(w!==12){let A=new Uint8Array(12);A.set(f,s?0:12-f.length),f=A,p.push(f)}let k=Ke(ze(f));try{return jf(t,E,y,k,a,l,d,i),l}finally{Te(...p)}}}function ge(t,e){return t[e++]&255|(t[e++]&255)<<8}var Xr=class{blockLen=16;outputLen=16;buffer=new Uint8Array(16);r=new Uint16Array(10);h=new Uint16Array(10);pad=new Uint16Array(8);pos=0;finished=!1;destroyed=!1;constructor(e){e=Lt(ie(e,32,"key"));let n=ge(e,0),r=ge(e,2),o=ge(e,4),s=ge(e,6),i=ge(e,8),c=ge(e,10),f=ge(e,12),a=ge(e,14);this.r[0]=n&8191,this.r[1]=(n>>>13|r<<3)&8191,this.r[2]=(r>>>10|o<<6)&7939,this.r[3]=(o>>>7|s<<9)&8191,this.r[4]=(s>>>4|i<<12)&255,this.r[5]=i>>>1&8190,this.r[6]=(i>>>14|c<<2)&8191,this.r[7]=(c>>>11|f<<5)&8065,this.r[8]=(f>>>8|a<<8)&8191,this.r[9]=a>>>5&127;for(let l=0;l<8;l++)this.pad[l]=ge(e,16+2*l)}process(e,n,r=!1){let o=r?0:2048,{h:s,r:i}=this,c=i[0],f=i[1],a=i[2],l=i[3],d=i[4],u=i[5],h=i[6],p=i[7],m=i[8],b=i[9],E=ge(e,n+0),y=ge(e,n+2),w=ge(e,n+4),k=ge(e,n+6),A=ge(e,n+8),v=ge(e,n+10),O=ge(e,n+12),z=ge(e,n+14),B=s[0]+(E&8191),j=s[1]+((E>>>13|y<<3)&8191),U=s[2]+((y>>>10|w<<6)&8191),H=s[3]+((w>>>7|k<<9)&8191),K=s[4]+((k>>>4|A<<12)&8191),T=s[5]+(A>>>1&8191),M=s[6]+((A>>>14|v<<2)&8191),L=s[7]+((v>>>11|O<<5)&8191),q=s[8]+((O>>>8|z<<8)&8191),D=s[9]+(z>>>5|o),I=0,_=I+B*c+j*(5*b)+U*(5*m)+H*(5*p)+K*(5*h);I=_>>>13,_&=8191,_+=T*(5*u)+M*(5*d)+L*(5*l)+q*(5*a)+D*(5*f),I+=_>>>13,_&=8191;let g=I+B*f+j*c+U*(5*b)+H*(5*m)+K*(5*p);I=g>>>13,g&=8191,g+=T*(5*h)+M*(5*u)+L*(5*d)+q*(5*l)+D*(5*a),I+=g>>>13,g&=8191;let x=I+B*a+j*f+U*c+H*(5*b)+K*(5*m);I=x>>>13,x&=8191,x+=T*(5*p)+M*(5*h)+L*(5*u)+q*(5*d)+D*(5*l),I+=x>>>13,x&=8191;let S=I+B*l+j*a+U*f+H*c+K*(5*b);I=S>>>13,S&=8191,S+=T*(5*m)+M*(5*p)+L*(5*h)+q*(5*u)+D*(5*d),I+=S>>>13,S&=8191;let F=I+B*d+j*l+U*a+H*f+K*c;I=F>>>13,F&=8191,F+=T*(5*b)+M*(5*m)+L*(5*p)+q*(5*h)+D*(5*u),I+=F>>>13,F&=8191;let N=I+B*u+j*d+U*l+H*a+K*f;I=N>>>13,N&=8191,N+=T*c+M*(5*b)+L*(5*m)+q*(5*p)+D*(5*h),I+=N>>>13,N&=8191;let C=I+B*h+j*u+U*d+H*l+K*a;I=C>>>13,C&=8191,C+=T*f+M*c+L*(5*b)+q*(5*m)+D*(5*p),I+=C>>>13,C&=8191;let P=I+B*p+j*h+U*u+H*d+K*l;I=P>>>13,P&=8191,P+=T*a+M*f+L*c+q*(5*b)+D*(5*m),I+=P>>>13,P&=8191;let $=I+B*m+j*p+U*h+H*u+K*d;I=$>>>13,$&=8191,$+=T*l+M*a+L*f+q*c+D*(5*b),I+=$>>>13,$&=8191;let X=I+B*b+j*m+U*p+H*h+K*u;I=X>>>13,X&=8191,X+=T*d+M*l+L*a+q*f+D*c,I+=X>>>13,X&=8191,I=(I<<2)+I|0,I=I+_|0,_=I&8191,I=I>>>13,g+=I,s[0]=_,s[1]=g,s[2]=x,s[3]=S,s[4]=F,s[5]=N,s[6]=C,s[7]=P,s[8]=$,s[9]=X}finalize(){let{h:e,pad:n}=this,r=new Uint16Array(10),o=e[1]>>>13;e[1]&=8191;for(let c=2;c<10;c++)e[c]+=o,o=e[c]>>>13,e[c]&=8191;e[0]+=o*5,o=e[0]>>>13,e[0]&=8191,e[1]+=o,o=e[1]>>>13,e[1]&=8191,e[2]+=o,r[0]=e[0]+5,o=r[0]>>>13,r[0]&=8191;for(let c=1;c<10;c++)r[c]=e[c]+o,o=r[c]>>>13,r[c]&=8191;r[9]-=8192;let s=(o^1)-1;for(let c=0;c<10;c++)r[c]&=s;s=~s;for(let c=0;c<10;c++)e[c]=e[c]&s|r[c];e[0]=(e[0]|e[1]<<13)&65535,e[1]=(e[1]>>>3|e[2]<<10)&65535,e[2]=(e[2]>>>6|e[3]<<7)&65535,e[3]=(e[3]>>>9|e[4]<<4)&65535,e[4]=(e[4]>>>12|e[5]<<1|e[6]<<14)&65535,e[5]=(e[6]>>>2|e[7]<<11)&65535,e[6]=(e[7]>>>5|e[8]<<8)&65535,e[7]=(e[8]>>>8|e[9]<<5)&65535;let i=e[0]+n[0];e[0]=i&65535;for(let c=1;c<8;c++)i=(e[c]+n[c]|0)+(i>>>16)|0,e[c]=i&65535;Te(r)}update(e){$r(this),ie(e),e=Lt(e);let{buffer:n,blockLen:r}=this,o=e.length;for(let s=0;s<o;){let i=Math.min(r-this.pos,o-s);if(i===r){for(;r<=o-s;s+=r)this.process(e,s);continue}n.set(e.subarray(s,s+i),this.pos),this.pos+=i,s+=i,this.pos===r&&(this.process(n,0,!1),this.pos=0)}return this}destroy(){this.destroyed=!0,Te(this.h,this.r,this.buffer,this.pad)}digestInto(e){$r(this),ti(e,this),this.finished=!0;let{buffer:n,h:r}=this,{pos:o}=this;if(o){for(n[o++]=1;o<16;o++)n[o]=0;this.process(n,0,!0)}this.finalize();let s=0;for(let i=0;i<8;i++)e[s++]=r[i]>>>0,e[s++]=r[i]>>>8}digest(){let{buffer:e,outputLen:n}=this;this.digestInto(e);let r=e.slice(0,n);return this.destroy(),r}},di=si(32,t=>new Xr(t));function Of(t,e,n,r,o,s=20){let i=t[0],c=t[1],f=t[2],a=t[3],l=e[0],d=e[1],u=e[2],h=e[3],p=e[4],m=e[5],b=e[6],E=e[7],y=o,w=n[0],k=n[1],A=n[2],v=i,O=c,z=f,B=a,j=l,U=d,H=u,K=h,T=p,M=m,L=b,q=E,D=y,I=w,_=k,g=A;for(let S=0;S<s;S+=2)v=v+j|0,D=G(D^v,16),T=T+D|0,j=G(j^T,12),v=v+j|0,D=G(D^v,8),T=T+D|0,j=G(j^T,7),O=O+U|0,I=G(I^O,16),M=M+I|0,U=G(U^M,12),O=O+U|0,I=G(I^O,8),M=M+I|0,U=G(U^M,7),z=z+H|0,_=G(_^z,16),L=L+_|0,H=G(H^L,12),z=z+H|0,_=G(_^z,8),L=L+_|0,H=G(H^L,7),B=B+K|0,g=G(g^B,16),q=q+g|0,K=G(K^q,12),B=B+K|0,g=G(g^B,8),q=q+g|0,K=G(K^q,7),v=v+U|0,g=G(g^v,16),L=L+g|0,U=G(U^L,12),v=v+U|0,g=G(g^v,8),L=L+g|0,U=G(U^L,7),O=O+H|0,D=G(D^O,16),q=q+D|0,H=G(H^q,12),O=O+H|0,D=G(D^O,8),q=q+D|0,H=G(H^q,7),z=z+K|0,I=G(I^z,16),T=T+I|0,K=G(K^T,12),z=z+K|0,I=G(I^z,8),T=T+I|0,K=G(K^T,7),B=B+j|0,_=G(_^B,16),M=M+_|0,j=G(j^M,12),B=B+j|0,_=G(_^B,8),M=M+_|0,j=G(j^M,7);let x=0;r[x++]=i+v|0,r[x++]=c+O|0,r[x++]=f+z|0,r[x++]=a+B|0,r[x++]=l+j|0,r[x++]=d+U|0,r[x++]=u+H|0,r[x++]=h+K|0,r[x++]=p+T|0,r[x++]=m+M|0,r[x++]=b+L|0,r[x++]=E+q|0,r[x++]=y+D|0,r[x++]=w+I|0,r[x++]=k+_|0,r[x++]=A+g|0}var Tf=li(Of,{counterRight:!1,counterLength:4,allowShortKeys:!1});var Rf=new Uint8Array(16),ui=(t,e)=>{t.update(e);let n=e.length%16;n&&t.update(Rf.subarray(n))},qf=new Uint8Array(32);function hi(t,e,n,r,o){o!==void 0&&ie(o,void 0,"AAD");let s=t(e,n,qf),i=ci(r.length,o?o.length:0,!0),c=di.create(s);o&&ui(c,o),ui(c,r),c.update(i);let f=c.digest();return Te(s,i),f}var Lf=t=>(e,n,r)=>({encrypt(s,i){let c=s.length;i=fn(c+16,i,!1),i.set(s);let f=i.subarray(0,-16);t(e,n,f,f,1);let a=hi(t,e,n,f,r);return i.set(a,c),Te(a),i},decrypt(s,i){i=fn(s.length-16,i,!1);let c=s.subarray(0,-16),f=s.subarray(-16),a=hi(t,e,n,c,r);if(!oi(f,a))throw Te(a),new Error("invalid tag");return i.set(s.subarray(0,-16)),t(e,n,i,i,1),Te(a),i}}),pi=ii({blockSize:64,nonceLength:12,tagLength:16,withAAD:!0},Lf(Tf));var Tl=1<<20;var Zf=me(`DROPBOX-BUNDLE-1\n`),i1=64*1024,c1=64*1024;var f1=64*1024,a1=64*1024;var zt=64*1024,Wr=16,Xf=16*zt;function Yf(t,e,n,r,o){let s=Math.max(1,Math.ceil(r.length/zt));if(!n&&r.length!==s*zt)throw new Error("only the last segment may end in a partial chunk");let i=r.length+Wr*s,c=o&&o.length===i?o:new Uint8Array(i),f=new Uint8Array(12);for(let a=0;a<s;a++){let l=e+a;for(let h=10;h>=0;h--)f[h]=l%256,l=Math.floor(l/256);f[11]=n&&a===s-1?1:0;let d=r.subarray(a*zt,Math.min(r.length,(a+1)*zt)),u=a*(zt+Wr);pi(t,f).encrypt(d,c.subarray(u,u+d.length+Wr))}return c}var Wf=4;async function Gf(t,e){let n=t.reduce((s,i)=>s+(i.bytes?i.bytes.length:i.blob?i.end-i.start:i.zeros),0);(!e.plain||e.plain.buffer.byteLength<n)&&(e.plain=new Uint8Array(Math.max(n,Xf)));let r=new Uint8Array(e.plain.buffer,0,n),o=0;for(let s of t)if(s.bytes)r.set(s.bytes,o),o+=s.bytes.length;else if(s.blob){let i=await Wn(s.blob.slice(s.start,s.end),r.subarray(o,o+s.end-s.start));r=new Uint8Array(i.buffer,0,n),o+=s.end-s.start}else r.fill(0,o,o+s.zeros),o+=s.zeros;return e.plain=new Uint8Array(r.buffer),r}function mi(t,e,n){if(t.sealKey!==void 0)return e.key&&e.key.fill(0),e.key=t.sealKey,!0;if(t.sealForget!==void 0){e.key&&e.key.fill(0),e.key=null;for(let f of e.free||[])f.fill(0);return!0}if(t.seal===void 0)return!1;let{id:r,counter:o,final:s,parts:i,out:c}=t.seal;return(async()=>{try{if(!e.key)throw new Error("no payload key");e.free||=[];let f={plain:e.free.pop()},a=await Gf(i,f);if(!e.key)throw new Error("no payload key");let l=Yf(e.key,o,s,a,c?new Uint8Array(c):void 0);e.free.length<Wf&&e.free.push(f.plain),n({sealed:r,out:l.buffer},[l.buffer])}catch(f){n({sealError:String(f&&f.message||f),id:r})}})()}var Vf={hash:null},Qf={key:null};self.onmessage=async t=>{let e=t.data;try{let n=(i,c)=>self.postMessage(i,c||[]),r=Qs(e,Vf,n)||mi(e,Qf,n);if(r){await r;return}if(e.pow){let i=await Js(e.pow.challenge,e.pow.bits,c=>self.postMessage({progress:c}));self.postMessage({result:i});return}let o=await Gs(e.codename,e.fingerprint,i=>self.postMessage({progress:i})),s=Vs(o);o.fill(0),self.postMessage({result:s})}catch(n){self.postMessage({error:String(n&&n.message||n)})}};})();\n/*! Bundled license information:\n\n@noble/curves/utils.js:\n@noble/curves/abstract/modular.js:\n@noble/curves/abstract/curve.js:\n@noble/curves/abstract/edwards.js:\n@noble/curves/abstract/montgomery.js:\n@noble/curves/ed25519.js:\n@noble/curves/abstract/der.js:\n@noble/curves/abstract/weierstrass.js:\n@noble/curves/nist.js:\n  (*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) *)\n\n@noble/post-quantum/utils.js:\n@noble/post-quantum/_crystals.js:\n@noble/post-quantum/ml-kem.js:\n@noble/post-quantum/hybrid.js:\n  (*! noble-post-quantum - MIT License (c) 2024 Paul Miller (paulmillr.com) *)\n\n@scure/base/index.js:\n  (*! scure-base - MIT License (c) 2022 Paul Miller (paulmillr.com) *)\n\n@noble/ciphers/utils.js:\n  (*! noble-ciphers - MIT License (c) 2023 Paul Miller (paulmillr.com) *)\n*/\n',A=e=>document.getElementById(e),J={chain:null,files:[],ready:Promise.resolve(),followupFiles:[],followupReady:Promise.resolve(),replyKeys:null,allowed:null,nextSeq:1,words:null};function ee(e,t=!0){e.hidden=!t}var vt=class extends Error{constructor(t,n={}){super(t),this.l10n={id:t,args:n}}};function qn(e){return e&&e.l10n?e.l10n:String(e&&(e.code||e.message)||e)}function ln(e,t,n){t?me(e,t,n):(delete e.dataset.l10nId,e.textContent="")}function Dr(e,t,n=""){let r=A("status");ln(r,e,t),r.className=n}function hg(){let e=/^#team=([0-9a-fA-F]{64})$/.exec(location.hash);return e?e[1].toLowerCase():null}async function xu(e){Dr("status-checking"),ee(A("team-info"),!1),ee(A("report-form"),!1);let t;try{let r=await fetch("/v1/roster",{cache:"no-store",credentials:"omit",referrerPolicy:"no-referrer"});if(!r.ok)throw new Error(`HTTP ${r.status}`);let o=new Uint8Array(await r.arrayBuffer());t=Xc(e,Zc(o),Math.floor(Date.now()/1e3))}catch(r){Dr("status-roster-bad",{detail:qn(r)},"bad"),ee(A("team-ask"),!0);return}J.chain=t;let n=t.head;if(ee(A("team-ask"),!1),Dr("status-roster-ok",{},"ok"),A("team-name").textContent=n.roster.team,A("roster-seq").textContent=`#${n.roster.seq}`,A("roster-head").textContent=n.hash.slice(0,12),A("team-fp").textContent=e,me(A("trust-readers"),"trust-readers",{count:n.roster.members.length}),ee(A("team-info"),!0),Qc(location.origin,n)||(me(A("origin-warning"),"origin-warning",{origin:location.origin,endpoints:n.roster.endpoints.join(", ")}),ee(A("origin-warning"),!0)),!location.hostname.endsWith(".onion")){let r=n.roster.endpoints.some(o=>/\.onion(:|\/|$)/.test(o.replace(/^https?:\/\//,"")));me(A("onion-notice"),r?"onion-notice-onion":"onion-notice-tor"),ee(A("onion-notice"),!0)}mg(n.roster),ee(A("replies-view"),!0)}function mg(e){let t=A("category"),n=new Option("","");me(n,"category-none"),t.replaceChildren(n);for(let o of e.policy.categories)t.append(new Option(o,o));let r=A("recipient-list");r.replaceChildren(),e.members.forEach((o,i)=>{let s=document.createElement("p"),a=document.createElement("input");a.type="checkbox",a.id=`recipient-${i}`,a.checked=!0,a.dataset.member=o.id,a.autocomplete="off",a.addEventListener("change",()=>{[...r.querySelectorAll("input[type=checkbox]")].some(u=>u.checked)?ee(A("recipient-error"),!1):(a.checked=!0,me(A("recipient-error"),"recipients-at-least-one"),ee(A("recipient-error"),!0))});let c=document.createElement("label");c.className="inline",c.htmlFor=a.id;let l=document.createElement("bdi");l.textContent=o.name,c.append(l),s.append(a,c),r.append(s)}),ee(A("report-form"),!0)}function gg(e){let t=e.type||"";return t!==""&&new TextEncoder().encode(t).length<=255&&![...t].some(r=>Kt(r)||Ft(r))?t:"application/octet-stream"}async function yg(e){let t=e.file,n=Gs(new Uint8Array(await t.slice(0,8).arrayBuffer()));if(!n){e.blob=t,e.note={id:"attachment-as-is"};return}if(t.size>pg){e.error={id:"attachment-too-large",args:{kind:n.toUpperCase()}};return}try{let r=Ed(new Uint8Array(await t.arrayBuffer()));e.blob=new Blob([r.bytes],{type:t.type}),e.note=r.removed.length?{id:"attachment-removed",args:{removed:r.removed.join(", ")}}:{id:"attachment-clean"}}catch(r){e.error={id:"attachment-unreadable",args:{kind:n.toUpperCase(),detail:r.message}}}}function ku(e,t,n){e.replaceChildren(),t.forEach((r,o)=>{let i=document.createElement("label");i.htmlFor=`${n}-name-${o}`,me(i,"attachment-name",{n:o+1,size:r.file.size});let s=document.createElement("input");s.type="text",s.id=`${n}-name-${o}`,s.autocomplete="off",s.dir="auto",s.value=r.name,s.addEventListener("input",()=>{r.name=s.value});let a=document.createElement("p");a.id=`${n}-note-${o}`,a.className=r.error?"bad":"note";let c=r.error||r.note||{id:"attachment-checking"};me(a,c.id,c.args),s.setAttribute("aria-describedby",a.id),e.append(i,s,a)})}function Eu(e,t,n,r,o){A(e).addEventListener("change",()=>{let i=[...A(e).files].map(s=>({file:s,name:Zi(s.name)}));J[r]=i,ku(A(t),i,n),J[o]=Promise.all(i.map(yg)).then(()=>{J[r]===i&&ku(A(t),i,n)})})}async function bg(e){let t=Y.create();for await(let n of hd(e))t.update(n);return qe(t.digest())}function zu(e){return e.map(t=>({name:Zi(t.name),type:gg(t.file),size:t.blob.size}))}function $u(e,t,n){return new Promise((r,o)=>{let i,s;try{s=URL.createObjectURL(new Blob([sa],{type:"text/javascript"})),i=new Worker(s)}catch{s&&URL.revokeObjectURL(s),t(0,{id:"progress-no-worker"}),n().then(r,o);return}let a=()=>{i.terminate(),URL.revokeObjectURL(s)};i.onmessage=c=>{let l=c.data;l.progress!==void 0?t(l.progress):(a(),l.error?o(new Error(l.error)):r(l.result))},i.onerror=c=>{a(),o(c.message?new Error(c.message):new vt("error-worker"))},i.postMessage(e)})}function ia(){let e;try{e=URL.createObjectURL(new Blob([sa],{type:"text/javascript"}));let t=gd(new Worker(e)),n=t.close;return t.close=()=>{n(),URL.revokeObjectURL(e)},t}catch{return e&&URL.revokeObjectURL(e),Xo()}}function Su(){let e=Math.min(4,Math.max(2,(navigator.hardwareConcurrency||2)-1)),t=[],n;try{n=URL.createObjectURL(new Blob([sa],{type:"text/javascript"}));for(let i=0;i<e;i++)t.push(new Worker(n));let r=vd(t),o=r.close;return r.close=()=>{o(),URL.revokeObjectURL(n)},r}catch{for(let r of t)r.terminate();return n&&URL.revokeObjectURL(n),wd()}}function qu(e,t,n){return $u({codename:e,fingerprint:t},n,async()=>Jo(await pd(e,t,r=>n(r))))}function ju(e,t){return $u({pow:{challenge:e,bits:t}},()=>{},()=>Ps(e,t))}function Zn(e,t){ln(A("form-error"),e,t),ee(A("form-error"),!!e),e&&A("form-error").focus()}function Qn(e,t){e!==null&&(A("progress").value=e),t&&me(A("progress-text"),t.id,t.args)}function Au(e){return(t,n)=>{n&&e(n)}}function Tu(e,t,{codename:n,contact:r,credit:o,followup:i=!1}){let s=e.policy.retention,a=m=>m.map(h=>`${h.name} (${h.id})`).join(", "),c=e.members.filter(m=>t.includes(m.id)),l=e.members.filter(m=>!t.includes(m.id)),d=[["consent-where"],["consent-server",{all:s.all_acked_days,first:s.first_ack_days,none:s.unacked_days,read:s.reply_read_days,reply:s.reply_days}],["consent-team",{close:s.backup_days,backup:s.backup_days}]];e.policy.drop_key_days&&(d.push(["consent-dropkeys",{days:e.policy.drop_key_days}]),(n||i)&&d.push(["consent-dropkeys-codename"])),d.push(["consent-readers",{names:a(c)}]),l.length&&d.push(["consent-left-out",{names:a(l)}]),i?(d.push(["consent-followup-tlp"]),d.push(["consent-followup-nothing-sent"])):(d.push([r?"consent-contact-given":"consent-contact-none"]),d.push([o?"consent-credit-given":"consent-credit-none"]),d.push(["consent-tlp"]),d.push([n?"consent-codename":"consent-no-codename"]),d.push(["consent-nothing-sent"])),A("consent-list").replaceChildren(...d.map(([m,h])=>{let g=document.createElement("li");return me(g,m,h),g}));let f=A(i?"followup-form":"report-form"),p=A("consent-box");return f.after(p),me(A("consent-h"),i?"consent-followup-heading":"consent-heading"),me(A("consent-back"),i?"consent-followup-back":"consent-back"),ee(f,!1),ee(p,!0),A("consent-h").focus(),new Promise(m=>{let h=g=>{A("consent-agree").onclick=null,A("consent-back").onclick=null,ee(p,!1),ee(f,!0),g||A(i?"followup-send":"send").focus(),m(g)};A("consent-agree").onclick=()=>h(!0),A("consent-back").onclick=()=>h(!1)})}async function wg(e){e.preventDefault(),Zn("");let t=J.chain;if(!t)return;let n=t.head.roster,r=[...A("recipient-list").querySelectorAll("input[type=checkbox]")].filter(h=>h.checked).map(h=>h.dataset.member);if(r.length===0)return Zn("error-no-recipient");let o=Le(A("title").value),i=A("body").value;if(Le(i)===""&&J.files.length===0)return Zn("error-empty");await J.ready;let s=J.files.find(h=>h.error);if(s)return Zn("error-file",{name:s.file.name,problem:s.error});let a=vr(),c=es(),l={kind:"report",created:Yi(gn(Math.floor(Date.now()/1e3))),roster_seq:n.seq,recipients:n.members.map(h=>h.id).filter(h=>r.includes(h)),delete_token:a.text,via:"client",attachments:zu(J.files)};if(o&&(l.title=o),Le(i)!==""&&(l.body=i),A("category").value&&(l.category=A("category").value),A("severity").value&&(l.severity=A("severity").value),Le(A("contact").value)&&(l.contact=Le(A("contact").value)),Le(A("credit").value)&&(l.credit=Le(A("credit").value)),l.attachments.reduce((h,g)=>h+g.size,0)>n.policy.max_submission_bytes)return Zn("error-too-large",{max:n.policy.max_submission_bytes});if(!await Tu(n,r,{codename:A("replies").checked,contact:!!l.contact,credit:!!l.credit}))return;A("send").disabled=!0,ee(A("progress-box"),!0);let f=[],p=null,m=null;try{let h=null,g=null;A("replies").checked&&(h=ud(Cs(di)),Qn(0,{id:"progress-keys"}),g=await qu(h,t.fingerprint,(_,S)=>Qn(_,S||{id:"progress-keys-percent",args:{percent:Math.round(_*100)}})),l.reply={age:g.x25519Recipient,sign:g.ed25519Public},l.thread=g.thread,a=g.deleteToken,l.delete_token=a.text,c=g.withdrawSecret.hash);let x=await Os(t,l.recipients,g,Math.floor(Date.now()/1e3)),y=ko(l);f=[ia(),ia()];let w=J.files.map(_=>f[0].file(_.blob));for(let _ of w)_.catch(()=>{});p=Su();let z=Ks(l,y,J.files.map(_=>_.blob),w),T=await Hs({encrypter:Wo(x),plan:z,sealer:p,take:_=>f[1].take(_)});m=Is(T.chunks);let E=T.length;if(E>n.policy.max_submission_bytes)throw new vt("error-encrypted-too-large");let B=g?[]:null;Qn(0,{id:"progress-sending"});let L=Au(_=>Qn(null,_)),b=await Ds("",L,ju),k=await Fs({reader:m.getReader(),length:E,deleteHash:a.hash,withdrawHash:c,token:b,hasher:f[1],owned:!0,onPart:B?_=>B.push(_):void 0,onProgress:(_,S)=>Qn(_/S,{id:"progress-sending-bytes",args:{percent:Math.floor(_*100/S),sent:_,total:S}}),onStatus:L}),q=null;try{await Md(t.fingerprint,n,g,l.recipients,l.created,b)}catch(_){g&&(q={id:"sent-record-note",args:{detail:qn(_)}})}if(Qn(1,{id:k.uncertain?"sent-uncertain":"sent"}),q){let _=document.createElement("span");me(_,q.id,q.args),A("progress-text").append(" ",_)}if(A("receipt").textContent=k.receipt,h&&(A("codename").textContent=h,ee(A("codename-box"),!0)),B){let _=A("copy-save");_.href=URL.createObjectURL(new Blob(B,{type:"application/octet-stream"})),_.download=`report-${k.receipt.slice(0,12)}.age`,ee(A("copy-box"),!0)}let M=n.members.filter(_=>!r.includes(_.id)).map(_=>_.name);M.length&&(me(A("left-out"),"left-out",{names:M.join(", ")}),ee(A("left-out"),!0)),ee(A("report-form"),!1),ee(A("done"),!0),A("done-h").focus()}catch(h){Zn("send-failed",{detail:qn(h)}),A("send").disabled=!1}finally{m&&m.cancel().catch(()=>{}),p&&p.close();for(let h of f)h.close()}}function vg(){return J.words||(J.words=Cs(di)),J.words}function xg(e,t){let n=A("followup-recipient-list");n.replaceChildren(),e.members.filter(i=>t.includes(i.id)).forEach((i,s)=>{let a=document.createElement("p"),c=document.createElement("input");c.type="checkbox",c.id=`followup-recipient-${s}`,c.checked=!0,c.dataset.member=i.id,c.autocomplete="off",c.addEventListener("change",()=>{[...n.querySelectorAll("input[type=checkbox]")].some(d=>d.checked)||(c.checked=!0)});let l=document.createElement("label");l.className="inline",l.htmlFor=c.id,me(l,"followup-to",{name:i.name}),a.append(c,l),n.append(a)});let r=e.members.filter(i=>!t.includes(i.id)).map(i=>i.name),o=A("followup-left-out");ln(o,r.length?"followup-left-out":"",{names:r.join(", ")}),ee(o,r.length>0)}function ci(e,t,n,r=!1){let o=document.createElement("div");o.className=r?"msg own":"msg",o.setAttribute("role","article");let i=document.createElement("p");i.className="from",me(i,e,t);let s=document.createElement("div");return s.dir="auto",s.textContent=n,o.append(i,s),o}function Bu(e){let t=e.copies.map(i=>({...i}));for(let i of e.followups)t.some(s=>s.kind==="followup"&&s.seq===i.seq)||t.push({kind:"followup",from:"you",seq:i.seq,day:i.created,title:null,body:i.body,attachments:[]});let n=e.shown.map(i=>({kind:"reply",from:i.reply.member,seq:i.reply.seq,day:i.reply.created,title:null,body:i.reply.body,attachments:[],shown:i})),r=i=>[i.day,i.kind==="reply"?1:0,i.kind!=="report"?1:0,i.seq===null?-1:i.seq],o=(i,s)=>{let[a,c]=[r(i),r(s)];for(let l=0;l<a.length;l++)if(a[l]!==c[l])return a[l]<c[l]?-1:1;return 0};return[...t,...n].sort(o)}function aa(){let e=J.conversation,t=A("conversation");t.replaceChildren();let n=Bu(e);if(e.shown.length===0){let r=document.createElement("p");r.className="note",me(r,"no-replies"),t.append(r)}for(let r of n)if(r.kind==="reply"){let o=r.shown;t.append(ci("reply-from",{seq:o.reply.seq,author:qd(o),member:o.reply.member,day:o.reply.created},o.reply.body))}else if(r.kind==="report")t.append(ci("own-report",{day:r.day},r.title?`${r.title}

${r.body}`:r.body,!0));else{let o=r.now?ci("own-followup-now",{seq:r.seq,day:r.day},r.body,!0):ci("own-followup",{seq:r.seq,day:r.day},r.body,!0);if(r.now&&r.attachments.length){let i=document.createElement("p");i.className="note",me(i,"sent-files",{count:r.attachments.length,names:r.attachments.join(", ")}),o.append(i)}t.append(o)}}async function kg(){let e=J.conversation,t=J.replyKeys,n=[...A("conversation-copies").files];if(!e||!t||!n.length)return;let r=[];for(let i of n)try{let s=new Uint8Array(await i.arrayBuffer()),a;try{a=await $n(s,[t.x25519Identity])}catch(f){if(f.code!=="envelope-no-matching-key")throw f;a=await $n(s,[t.hybridIdentity])}let l=Hn(a).header;if(l.reply&&l.reply.sign!==t.ed25519Public)throw new vt("copy-other-codename");let d;if(l.kind==="report")d={kind:"report",from:"you",seq:null,day:l.created,title:l.title===void 0?null:l.title,body:l.body===void 0?"":l.body};else if(l.kind==="followup"&&l.signed){let f=oi(l.signed,J.chain.fingerprint);if(f.mailbox!==t.mailbox)throw new vt("copy-other-codename");d={kind:"followup",from:"you",seq:f.seq,day:l.created,title:null,body:f.body}}else throw new vt("copy-not-yours");d.attachments=l.attachments.map(f=>f.name);let u=f=>f.kind===d.kind&&f.seq===d.seq&&f.day===d.day&&f.body===d.body;e.copies.some(u)||e.copies.push(d)}catch(s){r.push({id:"copy-unreadable",args:{name:i.name,detail:qn(s)}})}A("conversation-copies").value="",aa();let o=A("conversation-copies-problems");o.replaceChildren(...r.flatMap((i,s)=>{let a=document.createElement("span");return me(a,i.id,i.args),s?[document.createElement("br"),a]:[a]})),ee(o,r.length>0)}function Eg(){let e=J.conversation,t=J.replyKeys;if(!e||!t)return;let n=Bu(e).map(i=>({kind:i.kind,from:i.from,seq:i.seq,day:i.day,title:i.title,body:i.body,attachments:i.attachments})),r=JSON.stringify({team:J.chain.fingerprint,mailbox:t.mailbox,conversation:n},null,2),o=document.createElement("a");o.href=URL.createObjectURL(new Blob([r],{type:"application/json"})),o.download="conversation.json",document.body.append(o),o.click(),o.remove(),setTimeout(()=>URL.revokeObjectURL(o.href),6e4)}function li(e,t){ln(A("check-error"),e,t),ee(A("check-error"),!!e),e&&A("check-error").focus()}async function zg(e){e.preventDefault(),li("");let t=J.chain;if(!t)return;let n;try{n=fd(A("check-codename").value,vg())}catch(o){return o.l10n?li(o.l10n.id,o.l10n.args):li("check-failed",{detail:o.message})}A("check").disabled=!0;let r=(o,i)=>ln(A("check-progress"),o,i);try{r("check-deriving");let o=await qu(n,t.fingerprint,(y,w)=>w?r(w.id,w.args):r("check-deriving-percent",{percent:Math.round(y*100)}));r("check-fetching");let i=`/v1/mailboxes/${o.mailbox}`,s=Ir({method:"GET",target:i,keyid:`mbx:${o.mailbox}`,seed:o.ed25519Seed}),a=await fetch(i,{cache:"no-store",credentials:"omit",redirect:"error",referrerPolicy:"no-referrer",headers:s});if(a.status!==200){let y="";try{y=(await a.json()).message||""}catch{}throw y?new vt("check-mailbox-refused-message",{status:a.status,message:y}):new vt("check-mailbox-refused",{status:a.status})}let c=await a.json();r("check-verifying");let{shown:l,problems:d}=await Cd(c,t,o),u=await Pd(await Ud(o),t.fingerprint,o);d.push(...u.problems),J.replyKeys=o;let f=[...l].reverse().find(y=>y.reply.recipients);J.allowed=Ld(u.record,f?f.reply.recipients:null,t.head.roster),J.nextSeq=Nd(u.followups.map(y=>y.seq)),A("followup-seq").value=String(J.nextSeq),ee(A("followup-form"),!!(J.allowed&&J.allowed.length)),ln(A("followup-unavailable"),J.allowed?J.allowed.length===0?"followup-unavailable-empty":"":"followup-unavailable-none"),ee(A("followup-unavailable"),!J.allowed||J.allowed.length===0),J.allowed&&xg(t.head.roster,J.allowed);let p=J.conversation&&J.conversation.mailbox===o.mailbox?J.conversation.copies:[];J.conversation={mailbox:o.mailbox,shown:l,followups:u.followups,copies:p},ee(A("conversation-copies-problems"),!1),aa();let m=[],h=jd(l.map(y=>y.reply.seq));if(h.length){let y=h.map(w=>`#${w}`).join(", ");m.push({id:"reply-missing",args:{count:h.length,list:y}})}for(let y of d)m.push({id:"reply-problem",args:{problem:String(y)}});let g=A("conversation-warnings"),x=m.map(y=>{let w=document.createElement("span");return me(w,y.id,y.args),w});g.replaceChildren(...x.flatMap((y,w)=>w?[document.createElement("br"),y]:[y])),ee(g,m.length>0),ee(A("conversation-box"),!0),r("check-verified",{count:l.length}),A("check-codename").value="",A("conversation-h").focus()}catch(o){r(""),li("check-failed",{detail:qn(o)})}finally{A("check").disabled=!1}}function cn(e,t){ln(A("followup-error"),e,t),ee(A("followup-error"),!!e),e&&A("followup-error").focus()}async function $g(e){e.preventDefault(),cn("");let t=J.chain,n=J.replyKeys;if(!t||!n)return cn("followup-check-first");let r=t.head.roster,o=A("followup-body").value;if(Le(o)==="")return cn("followup-empty");let i=J.nextSeq;if(!J.allowed)return cn("followup-check-first");let s=[...A("followup-recipient-list").querySelectorAll("input[type=checkbox]")].filter(g=>g.checked).map(g=>g.dataset.member),a=r.members.map(g=>g.id).filter(g=>s.includes(g)&&J.allowed.includes(g));if(a.length===0)return cn("followup-no-recipient");let c=(g,x)=>ln(A("followup-progress"),g,x);await J.followupReady;let l=J.followupFiles,d=l.find(g=>g.error);if(d)return cn("error-file",{name:d.file.name,problem:d.error});let u=zu(l);if(u.reduce((g,x)=>g+x.size,0)>r.policy.max_submission_bytes)return cn("followup-too-large",{max:r.policy.max_submission_bytes});if(!await Tu(r,a,{followup:!0}))return;A("followup-send").disabled=!0,ee(A("followup-done"),!1),ee(A("followup-copy-box"),!1);let p=[],m=null,h=null;try{let g=Yi(gn(Math.floor(Date.now()/1e3)));l.length&&c("followup-fingerprinting");let x=[];for(let j of l)x.push(await bg(j.blob));let y=Td(t.fingerprint,n.mailbox,i,g,o,x,a),w=vr(),z={kind:"followup",created:g,roster_seq:r.seq,recipients:a,delete_token:w.text,via:"client",signed:Bd(y,n.ed25519Seed),thread:n.thread,reply:{age:n.x25519Recipient,sign:n.ed25519Public},attachments:u},T=await Os(t,a,n,Math.floor(Date.now()/1e3));p=[ia()],m=Su();let E=Ks(z,ko(z),l.map(j=>j.blob),x),B=await Hs({encrypter:Wo(T),plan:E,sealer:m,take:j=>p[0].take(j)});h=Is(B.chunks);let L=B.length;if(L>r.policy.max_submission_bytes)throw new vt("followup-encrypted-too-large");let b=[];c("progress-sending");let k=Au(j=>c(j.id,j.args)),q=await Ds("",k,ju),M=await Fs({reader:h.getReader(),length:L,deleteHash:w.hash,withdrawHash:es(),token:q,hasher:p[0],owned:!0,onPart:j=>b.push(j),onProgress:(j,R)=>c("followup-sending-percent",{percent:Math.floor(j*100/R)}),onStatus:k}),_=null;try{await Xs(n,await Vs(n,z.signed,r.seq,g),q)}catch(j){_={id:"followup-copy-note",args:{detail:qn(j)}}}if(c(M.uncertain?"followup-sent-uncertain":"sent"),_){let j=document.createElement("span");me(j,_.id,_.args),A("followup-progress").append(" ",j)}A("followup-receipt").textContent=M.receipt,ee(A("followup-done"),!0);let S=A("followup-copy-save");S.href.startsWith("blob:")&&URL.revokeObjectURL(S.href),S.href=URL.createObjectURL(new Blob(b,{type:"application/octet-stream"})),S.download=`followup-${i}-${M.receipt.slice(0,12)}.age`,ee(A("followup-copy-box"),!0),J.conversation.copies.push({kind:"followup",from:"you",seq:i,day:g,title:null,body:o,attachments:u.map(j=>j.name),now:!0}),aa(),A("followup-body").value="",A("followup-attachments").value="",J.followupFiles=[],J.followupReady=Promise.resolve(),A("followup-attachment-list").replaceChildren(),J.nextSeq=i+1,A("followup-seq").value=String(J.nextSeq),A("followup-done").focus()}catch(g){c(""),cn("send-failed",{detail:qn(g)})}finally{A("followup-send").disabled=!1,h&&h.cancel().catch(()=>{}),m&&m.close();for(let g of p)g.close()}}function Sg(){let e=A("lang");for(let n of Lt){let r=new Option(n.name,n.code);r.lang=n.code,e.append(r)}let t=gu(navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language]);e.value=t,oa(t),e.addEventListener("change",()=>oa(e.value)),ee(A("lang-bar"),!0)}function qg(){Sg(),ee(A("app"),!0),Eu("attachments","attachment-list","attachment","files","ready"),Eu("followup-attachments","followup-attachment-list","followup-attachment","followupFiles","followupReady"),A("report-form").addEventListener("submit",wg),A("check-form").addEventListener("submit",zg),A("followup-form").addEventListener("submit",$g),A("conversation-copies").addEventListener("change",kg),A("conversation-export").addEventListener("click",Eg),A("team-form").addEventListener("submit",t=>{t.preventDefault();let n=A("team-input").value.trim().toLowerCase();if(!/^[0-9a-f]{64}$/.test(n)){Dr("status-bad-fingerprint",{},"bad");return}xu(n)});let e=hg();e?xu(e):(Dr(""),ee(A("team-ask"),!0))}qg();})();
/*! Bundled license information:

@scure/base/index.js:
  (*! scure-base - MIT License (c) 2022 Paul Miller (paulmillr.com) *)

@noble/curves/utils.js:
@noble/curves/abstract/modular.js:
@noble/curves/abstract/curve.js:
@noble/curves/abstract/edwards.js:
@noble/curves/abstract/montgomery.js:
@noble/curves/ed25519.js:
@noble/curves/abstract/der.js:
@noble/curves/abstract/weierstrass.js:
@noble/curves/nist.js:
  (*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) *)

@noble/ciphers/utils.js:
  (*! noble-ciphers - MIT License (c) 2023 Paul Miller (paulmillr.com) *)

@noble/post-quantum/utils.js:
@noble/post-quantum/_crystals.js:
@noble/post-quantum/ml-kem.js:
@noble/post-quantum/hybrid.js:
  (*! noble-post-quantum - MIT License (c) 2024 Paul Miller (paulmillr.com) *)
*/
