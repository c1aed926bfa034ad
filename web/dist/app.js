(()=>{var mi=`abacus
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
`;var sr=e=>Object.freeze(e());function ba(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}function bi(e){if(!ba(e))throw new TypeError("Uint8Array expected")}function Du(e,t){return Array.isArray(t)?t.length===0?!0:e?t.every(n=>typeof n=="string"):t.every(n=>Number.isSafeInteger(n)):!1}function Fu(e){if(typeof e!="function")throw new TypeError("function expected");return!0}function Bn(e,t){if(typeof t!="string")throw new TypeError(`${e}: string expected`);return!0}function Vr(e,t="number"){if(typeof e!="number")throw new TypeError(`${t}: expected number, got ${typeof e}`);if(!Number.isSafeInteger(e))throw new RangeError(`${t}: expected safe integer, got ${e}`)}function ua(e,t){if(!Du(!1,t))throw new TypeError(`${e}: array of numbers expected`)}function wi(...e){let t=i=>i,n=(i,s)=>a=>i(s(a)),r=e.map(i=>i.encode).reduceRight(n,t),o=e.map(i=>i.decode).reduce(n,t);return{encode:r,decode:o}}var Ku=(()=>{let e=[];for(let t=0;t<40;t++)e.push(2**t);return e})();function fa(e,t=e.length){let n=new Array(t);for(let r=0;r<t;r++)n[r]=e[r];return n}var pa=(()=>{try{let e=new TextDecoder;return e.decode(Uint8Array.of(65,48,43,127))==="A0+"?e:void 0}catch{return}})(),gi=8192;function Hu(e){let t=e.length;if(pa!==void 0&&t>=12)return pa.decode(e);if(t<=gi)return String.fromCharCode.apply(null,e);let n="";for(let r=0;r<t;r+=gi)n+=String.fromCharCode.apply(null,e.subarray(r,r+gi));return n}function Yr(e){if(Vr(e),e<=0||e>8)throw new RangeError("radix2: bits should be in (0..8]");let t=Ku[e]-1;return{encode:n=>{bi(n);let r=n.length,o=new Uint8Array(Math.ceil(r*8/e)),i=0,s=0,a=0;for(let c=0;c<r;)for(c+2<r?(i=i<<24|n[c]<<16|n[c+1]<<8|n[c+2],s+=24,c+=3):(i=(i<<8|n[c])&65535,s+=8,c++);s-=e,o[a++]=i>>s&t,!(s<e););return s>0&&(o[a]=i<<e-s&t),o},decode:n=>{let r=n.length,o=new Uint8Array(Math.floor(r*e/8)),i=0,s=0,a=0;for(let c=0;c<r;c++)for(i=(i<<e|n[c])&65535,s+=e;s>=8;s-=8)o[a++]=i>>s-8&255;if(i=i<<8-s&255,s>=e)throw new Error("Excess padding");if(i>0)throw new Error(`Non-zero padding: ${i}`);return o}}}function Jr(e,t){let n=e.length;if(n>128)throw new Error("alphabet: max 128 letters");let r=new Uint8Array(n),o=new Int8Array(128).fill(-1);for(let i=0;i<n;i++){let s=e.charCodeAt(i);if(e.codePointAt(i)!==s||s>127)throw new Error("alphabet: single-char ASCII letters only");r[i]=s,o[s]=i}if(t!==void 0)for(let i of Object.keys(t)){let s=i.charCodeAt(0),a=o[t[i].charCodeAt(0)];if(i.length!==1||s>127||a===void 0||a===-1)throw new Error(`alphabet: invalid alias ${i}`);o[s]=a}return{encode:i=>{let s=new Uint8Array(i.length);for(let a=0;a<i.length;a++){let c=i[a],d=r[c];if(d===void 0)throw new Error(`alphabet.encode: invalid digit ${c}`);s[a]=d}return Hu(s)},decode:i=>{Bn("decode",i);let s=i.length,a=new Uint8Array(s);for(let c=0;c<s;c++){let d=i.charCodeAt(c),h=d<128?o[d]:-1;if(h===-1)throw new Error(`Unknown letter "${i[c]}". Allowed: ${e}`);a[c]=h}return a}}}function Gu(e,t="="){return Vr(e),Bn("padding",t),{encode(n){for(;n.length*e%8;)n+=t;return n},decode(n){Bn("decode",n);let r=n.length;if(r*e%8)throw new Error("padding: invalid length");for(;r>0&&n[r-1]===t;r--)if((r-1)*e%8===0)throw new Error("padding: excess padding");return n.slice(0,r)}}}function ha(e){return Fu(e),function(...t){try{return e.apply(null,t)}catch{}}}var Wu=typeof Uint8Array.from([]).toBase64=="function"&&typeof Uint8Array.fromBase64=="function",Vu=/[\t\n\f\r ]/,Yu=(e,t)=>{Bn("base64",e);let n=t?"base64url":"base64";if(e.length>0&&Vu.test(e))throw new Error("invalid base64");return Uint8Array.fromBase64(e,{alphabet:n,lastChunkHandling:"strict"})},Ju=sr(()=>wi(Yr(6),Jr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),Gu(6)));var vi=sr(()=>Wu?{encode(e){return bi(e),e.toBase64()},decode(e){return Yu(e,!1)}}:Ju),Se=sr(()=>wi(Yr(6),Jr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")));var xi=sr(()=>wi(Yr(6),Jr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")));var yi=Jr("qpzry9x8gf2tvdw0s3jn54khce6mua7l"),Xu=/^[\x21-\x60\x7b-\x7e]+$/;function ma(e,t){for(let n=0;n<t.length;n++){let r=t.charCodeAt(n);if(r<33||r>126)throw new Error(`${e}: printable ASCII expected`)}}function Zu(e){let t=e.length,n=new Uint8Array(t);for(let r=0;r<t;r++){let o=e[r];if(o<0||o>=32)throw new Error(`alphabet.encode: invalid digit ${o}`);n[r]=o}return n}var ga=[996825010,642813549,513874426,1027748829,705979059];function ir(e){let t=e>>25,n=(e&33554431)<<5;for(let r=0;r<ga.length;r++)(t>>r&1)===1&&(n^=ga[r]);return n}function ya(e,t,n=1){let r=e.length,o=1;for(let s=0;s<r;s++){let a=e.charCodeAt(s);if(a<33||a>126)throw new Error(`Invalid prefix (${e})`);o=ir(o)^a>>5}o=ir(o);for(let s=0;s<r;s++)o=ir(o)^e.charCodeAt(s)&31;for(let s of t)o=ir(o)^s;for(let s=0;s<6;s++)o=ir(o);o^=n;let i=new Uint8Array(6);for(let s=0;s<6;s++)i[s]=o>>>5*(5-s)&31;return yi.encode(i)}function Qu(e){let t=e==="bech32"?1:734539939,n=Yr(5),r=g=>{bi(g);let l=g.length,u=new Array(Math.ceil(l*8/5)),f=0,p=0,b=0;for(let w=0;w<l;w++)for(f=f<<8|g[w],p+=8;p>=5;p-=5)u[b++]=f>>p-5&31;return p>0&&(u[b]=f<<5-p&31),u},o=g=>{ua("radix2.decode",g);let l=g.length,u=new Uint8Array(l);for(let f=0;f<l;f++){let p=g[f];if(p<0||p>=32)throw new Error(`convertRadix2: invalid word=${p}`);u[f]=p}return n.decode(u)},i=ha(o);function s(g,l,u=90){Bn("bech32.encode prefix",g),u!==!1&&Vr(u,"limit"),ba(l)&&(l=fa(l)),ua("bech32.encode",l);let f=g.length;if(f===0)throw new TypeError(`Invalid prefix length ${f}`);let p=f+7+l.length;if(u!==!1&&p>u)throw new TypeError(`Length ${p} exceeds limit ${u}`);ma("bech32.encode prefix",g);let b=g.toLowerCase(),w=ya(b,l,t);return`${b}1${yi.encode(Zu(l))}${w}`}function a(g,l=90){Bn("bech32.decode input",g),l!==!1&&Vr(l,"limit");let u=g.length;if(u<8||l!==!1&&u>l)throw new TypeError(`invalid string length ${u}, expected (8..${l})`);let f=g.toLowerCase();if(g!==f&&!Xu.test(g))throw ma("bech32.decode input",g),new Error("mixed-case string not allowed");let p=f.lastIndexOf("1");if(p===0||p===-1)throw new Error('invalid separator "1"');let b=f.slice(0,p),w=f.slice(p+1);if(w.length<6)throw new Error("invalid data length");let y=yi.decode(w),m=fa(y,y.length-6),v=ya(b,m,t);if(!w.endsWith(v))throw new Error(`Invalid checksum in ${g}`);return{prefix:b,words:m}}let c=ha(a);function d(g,l=90){let{prefix:u,words:f}=a(g,l);return{prefix:u,words:f,bytes:o(f)}}function h(g,l){return s(g,r(l))}return{encode:s,decode:a,encodeFromBytes:h,decodeToBytes:d,decodeUnsafe:c,fromWords:o,fromWordsUnsafe:i,toWords:r}}var ye=sr(()=>Qu("bech32"));var Xr=BigInt(4294967295),wa=BigInt(32);function ef(e,t=!1){return t?{h:Number(e&Xr),l:Number(e>>wa&Xr)}:{h:Number(e>>wa&Xr)|0,l:Number(e&Xr)|0}}function Zr(e,t=!1){let n=e.length,r=new Uint32Array(n),o=new Uint32Array(n);for(let i=0;i<n;i++){let{h:s,l:a}=ef(e[i],t);[r[i],o[i]]=[s,a]}return[r,o]}var ki=e=>e/2**32|0,Ei=e=>e>>>0;function va(e,t,n,r){let o=ki(n),i=Ei(n);e.setUint32(t,r?i:o,r),e.setUint32(t+4,r?o:i,r)}var $i=(e,t,n)=>e>>>n,zi=(e,t,n)=>e<<32-n|t>>>n,at=(e,t,n)=>e>>>n|t<<32-n,ct=(e,t,n)=>e<<32-n|t>>>n,fn=(e,t,n)=>e<<64-n|t>>>n-32,pn=(e,t,n)=>e>>>n-32|t<<64-n,xa=(e,t)=>t,ka=(e,t)=>e;function Ke(e,t,n,r){let o=(t>>>0)+(r>>>0);return{h:e+n+(o/2**32|0)|0,l:o|0}}var ar=(e,t,n)=>(e>>>0)+(t>>>0)+(n>>>0),cr=(e,t,n,r)=>t+n+r+(e/2**32|0)|0,Ea=(e,t,n,r)=>(e>>>0)+(t>>>0)+(n>>>0)+(r>>>0),$a=(e,t,n,r,o)=>t+n+r+o+(e/2**32|0)|0,za=(e,t,n,r,o)=>(e>>>0)+(t>>>0)+(n>>>0)+(r>>>0)+(o>>>0),Sa=(e,t,n,r,o,i)=>t+n+r+o+i+(e/2**32|0)|0;function lr(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}var Qr=e=>e?`"${e}" `:"";function Q(e,t=""){if(typeof e!="number")throw new TypeError(Qr(t)+"expected number, got "+typeof e);if(!Number.isSafeInteger(e)||e<0)throw new RangeError(Qr(t)+"expected integer >= 0, got "+e);return e}function Ta(e,t=""){if(typeof e!="boolean")throw new TypeError(Qr(t)+"expected boolean, got type="+typeof e);return e}function J(e,t,n=""){if(lr(e)&&(t===void 0||e.length===t))return e;t!==void 0&&Q(t,"length");let r=lr(e),o=t!==void 0?` of length ${t}`:"",i=r?`length=${e.length}`:`type=${typeof e}`,s=Qr(n)+"expected Uint8Array"+o+", got "+i;throw r?new RangeError(s):new TypeError(s)}function Si(e){return Uint8Array.from(J(e))}function Re(e){if(typeof e!="function"||typeof e.create!="function")throw new TypeError("expected hash wrapped by utils.createHasher");if(Q(e.outputLen),Q(e.blockLen),e.outputLen<1||e.blockLen<1)throw new Error("hash blockLen / outputLen must be >= 1")}var tf=(e,t)=>{if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError((t==="object"?"":`"${t}" `)+"expected object, got type="+typeof e)},Aa=(e,t)=>{tf(e,t);let n=Object.getPrototypeOf(e);if(n!==Object.prototype&&n!==null)throw new TypeError(`"${t}" expected plain object`);if(Object.hasOwn(e,"__proto__"))throw new TypeError(`"${t}.__proto__" is not allowed`)};function We(e,t=!0){if(e.destroyed)throw new Error("hash was destroyed");if(t&&e.finished)throw new Error("digest() was already called")}function Mt(e,t){J(e,void 0,"output");let n=t.outputLen;if(!(e.length>=n))throw new RangeError('"output" expected length >= '+n)}function dr(e){return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}function je(e){return new Uint32Array(e.buffer,e.byteOffset,Math.floor(e.byteLength/4))}function te(...e){for(let t=0;t<e.length;t++)e[t].fill(0)}function _n(e){return new DataView(e.buffer,e.byteOffset,e.byteLength)}function tt(e,t){return e<<32-t|e>>>t}function re(e,t){return e<<t|e>>>32-t>>>0}var Ba=new Uint8Array(new Uint32Array([287454020]).buffer)[0]===68;function _a(e){return e<<24&4278190080|e<<8&16711680|e>>>8&65280|e>>>24&255}var Te=Ba?e=>e:e=>_a(e)>>>0;function nf(e){for(let t=0;t<e.length;t++)e[t]=_a(e[t]);return e}var Be=Ba?e=>e:nf,Oa=typeof Uint8Array.from([]).toHex=="function"&&typeof Uint8Array.fromHex=="function",rf=Array.from({length:256},(e,t)=>t.toString(16).padStart(2,"0"));function eo(e){if(J(e),Oa)return e.toHex();let t="";for(let n=0;n<e.length;n++)t+=rf[e[n]];return t}function ja(e){return e>=48&&e<=57?e-48:e>=65&&e<=70?e-55:e>=97&&e<=102?e-87:void 0}function to(e){if(typeof e!="string")throw new TypeError("hex string expected, got "+typeof e);if(Oa)try{return Uint8Array.fromHex(e)}catch(o){throw o instanceof SyntaxError?new RangeError(o.message):o}let t=e.length,n=t/2;if(t%2)throw new RangeError("hex string expected, got unpadded hex of length "+t);let r=new Uint8Array(n);for(let o=0,i=0;o<n;o++,i+=2){let s=ja(e.charCodeAt(i)),a=ja(e.charCodeAt(i+1));if(s===void 0||a===void 0){let c=e[i]+e[i+1];throw new RangeError('hex string expected, got non-hex character "'+c+'" at index '+i)}r[o]=s*16+a}return r}function Ra(e){let t=globalThis;if(typeof t.scheduler?.yield=="function"){let n=t.scheduler.yield();return e&&n.catch(e),n}return new Promise(n=>t.setTimeout(n,0))}function of(e){if(typeof e!="string")throw new TypeError("string expected");let t=new TextEncoder().encode(e);try{return new Uint8Array(t)}finally{te(t)}}function hn(e,t=""){return typeof e=="string"?of(e):J(e,void 0,t)}function no(...e){let t=0;for(let r=0;r<e.length;r++){let o=e[r];J(o),t+=o.length}let n=new Uint8Array(t);for(let r=0,o=0;r<e.length;r++){let i=e[r];n.set(i,o),o+=i.length}return n}function nt(e,t,n="opts"){return Aa(e,"defaults"),t!==void 0&&Aa(t,n),Object.assign(Object.create(null),e,t)}function Et(e,t={}){if(typeof e!="function")throw new TypeError('"hashCons" expected function, got type='+typeof e);t=nt({},t,"info");let n=(o,i)=>e(i).update(o).digest(),r=e(void 0);return n.outputLen=r.outputLen,n.blockLen=r.blockLen,n.canXOF=r.canXOF,n.create=o=>e(o),Object.assign(n,t),Object.freeze(n)}function lt(e=32){Q(e,"bytesLength");let t=typeof globalThis=="object"?globalThis.crypto:null;if(typeof t?.getRandomValues!="function")throw new Error("crypto.getRandomValues must be defined");if(e>65536)throw new RangeError(`"bytesLength" expected <= 65536, got ${e}`);return t.getRandomValues(new Uint8Array(e))}var $t=e=>({oid:Uint8Array.from([6,9,96,134,72,1,101,3,4,2,e])});function La(e,t,n){return e&t^~e&n}function Na(e,t,n){return e&t^e&n^t&n}var ur=class{blockLen;outputLen;canXOF=!1;padOffset;isLE;buffer;view;finished=!1;length=0;pos=0;destroyed=!1;constructor(t,n,r,o){this.blockLen=t,this.outputLen=n,this.padOffset=r,this.isLE=o,this.buffer=new Uint8Array(t),this.view=_n(this.buffer)}update(t){We(this),J(t);let{view:n,buffer:r,blockLen:o}=this,i=t.length,s=!1;for(let a=0;a<i;){let c=Math.min(o-this.pos,i-a);if(c===o){let d=_n(t);for(;o<=i-a;a+=o)this.process(d,a);s=!0;continue}r.set(a===0&&c===i?t:t.subarray(a,a+c),this.pos),this.pos+=c,a+=c,this.pos===o&&(this.process(n,0),this.pos=0,s=!0)}return this.length+=t.length,s&&this.roundClean(),this}digestInto(t){We(this),Mt(t,this),this.finished=!0;let{buffer:n,view:r,blockLen:o,isLE:i}=this,{pos:s}=this;n[s++]=128,n.fill(0,s),this.padOffset>o-s&&(this.process(r,0),n.fill(0)),va(r,o-8,this.length*8,i),this.process(r,0),this.roundClean();let a=t===n?r:_n(t),c=this.outputLen,d=c/4,h=this.get();if(c%4||d>h.length)throw new Error("invalid outputLen");for(let g=0;g<d;g++)a.setUint32(4*g,h[g],i)}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let r=t.slice(0,n);return this.destroy(),r}_cloneIntoMeta(t){let{buffer:n,length:r,finished:o,destroyed:i,pos:s}=this;return t.destroyed=i,t.finished=o,t.length=r,t.pos=s,s&&t.buffer.set(n),t}clone(){return this._cloneInto()}},Ca=Uint32Array.from([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]);var Ia=Uint32Array.from([3418070365,3238371032,1654270250,914150663,2438529370,812702999,355462360,4144912697,1731405415,4290775857,2394180231,1750603025,3675008525,1694076839,1203062813,3204075428]),Ma=Uint32Array.from([1779033703,4089235720,3144134277,2227873595,1013904242,4271175723,2773480762,1595750129,1359893119,2917565137,2600822924,725511199,528734635,4215389547,1541459225,327033209]);var sf=Uint32Array.from([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),Ut=new Uint32Array(64),qi=class extends ur{A=0;B=0;C=0;D=0;E=0;F=0;G=0;H=0;constructor(t,n){super(64,t,8,!1),this.A=n[0]|0,this.B=n[1]|0,this.C=n[2]|0,this.D=n[3]|0,this.E=n[4]|0,this.F=n[5]|0,this.G=n[6]|0,this.H=n[7]|0}get(){let{A:t,B:n,C:r,D:o,E:i,F:s,G:a,H:c}=this;return[t,n,r,o,i,s,a,c]}set(t,n,r,o,i,s,a,c){this.A=t|0,this.B=n|0,this.C=r|0,this.D=o|0,this.E=i|0,this.F=s|0,this.G=a|0,this.H=c|0}_cloneInto(t){return(t||=new this.constructor).set(...this.get()),this._cloneIntoMeta(t)}process(t,n){for(let g=0;g<16;g++,n+=4)Ut[g]=t.getUint32(n,!1);for(let g=16;g<64;g++){let l=Ut[g-15],u=Ut[g-2],f=tt(l,7)^tt(l,18)^l>>>3,p=tt(u,17)^tt(u,19)^u>>>10;Ut[g]=p+Ut[g-7]+f+Ut[g-16]|0}let{A:r,B:o,C:i,D:s,E:a,F:c,G:d,H:h}=this;for(let g=0;g<64;g++){let l=tt(a,6)^tt(a,11)^tt(a,25),u=h+l+La(a,c,d)+sf[g]+Ut[g]|0,p=(tt(r,2)^tt(r,13)^tt(r,22))+Na(r,o,i)|0;h=d,d=c,c=a,a=s+u|0,s=i,i=o,o=r,r=u+p|0}r=r+this.A|0,o=o+this.B|0,i=i+this.C|0,s=s+this.D|0,a=a+this.E|0,c=c+this.F|0,d=d+this.G|0,h=h+this.H|0,this.set(r,o,i,s,a,c,d,h)}roundClean(){te(Ut)}destroy(){this.destroyed=!0,this.set(0,0,0,0,0,0,0,0),te(this.buffer)}},Ai=class extends qi{constructor(){super(32,Ca)}};var Ua=Zr(["0x428a2f98d728ae22","0x7137449123ef65cd","0xb5c0fbcfec4d3b2f","0xe9b5dba58189dbbc","0x3956c25bf348b538","0x59f111f1b605d019","0x923f82a4af194f9b","0xab1c5ed5da6d8118","0xd807aa98a3030242","0x12835b0145706fbe","0x243185be4ee4b28c","0x550c7dc3d5ffb4e2","0x72be5d74f27b896f","0x80deb1fe3b1696b1","0x9bdc06a725c71235","0xc19bf174cf692694","0xe49b69c19ef14ad2","0xefbe4786384f25e3","0x0fc19dc68b8cd5b5","0x240ca1cc77ac9c65","0x2de92c6f592b0275","0x4a7484aa6ea6e483","0x5cb0a9dcbd41fbd4","0x76f988da831153b5","0x983e5152ee66dfab","0xa831c66d2db43210","0xb00327c898fb213f","0xbf597fc7beef0ee4","0xc6e00bf33da88fc2","0xd5a79147930aa725","0x06ca6351e003826f","0x142929670a0e6e70","0x27b70a8546d22ffc","0x2e1b21385c26c926","0x4d2c6dfc5ac42aed","0x53380d139d95b3df","0x650a73548baf63de","0x766a0abb3c77b2a8","0x81c2c92e47edaee6","0x92722c851482353b","0xa2bfe8a14cf10364","0xa81a664bbc423001","0xc24b8b70d0f89791","0xc76c51a30654be30","0xd192e819d6ef5218","0xd69906245565a910","0xf40e35855771202a","0x106aa07032bbd1b8","0x19a4c116b8d2d0c8","0x1e376c085141ab53","0x2748774cdf8eeb99","0x34b0bcb5e19b48a8","0x391c0cb3c5c95a63","0x4ed8aa4ae3418acb","0x5b9cca4f7763e373","0x682e6ff3d6b2b8a3","0x748f82ee5defb2fc","0x78a5636f43172f60","0x84c87814a1f0ab72","0x8cc702081a6439ec","0x90befffa23631e28","0xa4506cebde82bde9","0xbef9a3f7b2c67915","0xc67178f2e372532b","0xca273eceea26619c","0xd186b8c721c0c207","0xeada7dd6cde0eb1e","0xf57d4f7fee6ed178","0x06f067aa72176fba","0x0a637dc5a2c898a6","0x113f9804bef90dae","0x1b710b35131c471b","0x28db77f523047d84","0x32caab7b40c72493","0x3c9ebe0a15c9bebc","0x431d67c49c100d4c","0x4cc5d4becb3e42b6","0x597f299cfc657e2a","0x5fcb6fab3ad6faec","0x6c44198c4a475817"].map(e=>BigInt(e))),af=Ua[0],cf=Ua[1],Pt=new Uint32Array(80),Dt=new Uint32Array(80),ro=class extends ur{Ah=0;Al=0;Bh=0;Bl=0;Ch=0;Cl=0;Dh=0;Dl=0;Eh=0;El=0;Fh=0;Fl=0;Gh=0;Gl=0;Hh=0;Hl=0;constructor(t,n){super(128,t,16,!1),this.Ah=n[0]|0,this.Al=n[1]|0,this.Bh=n[2]|0,this.Bl=n[3]|0,this.Ch=n[4]|0,this.Cl=n[5]|0,this.Dh=n[6]|0,this.Dl=n[7]|0,this.Eh=n[8]|0,this.El=n[9]|0,this.Fh=n[10]|0,this.Fl=n[11]|0,this.Gh=n[12]|0,this.Gl=n[13]|0,this.Hh=n[14]|0,this.Hl=n[15]|0}get(){let{Ah:t,Al:n,Bh:r,Bl:o,Ch:i,Cl:s,Dh:a,Dl:c,Eh:d,El:h,Fh:g,Fl:l,Gh:u,Gl:f,Hh:p,Hl:b}=this;return[t,n,r,o,i,s,a,c,d,h,g,l,u,f,p,b]}set(t,n,r,o,i,s,a,c,d,h,g,l,u,f,p,b){this.Ah=t|0,this.Al=n|0,this.Bh=r|0,this.Bl=o|0,this.Ch=i|0,this.Cl=s|0,this.Dh=a|0,this.Dl=c|0,this.Eh=d|0,this.El=h|0,this.Fh=g|0,this.Fl=l|0,this.Gh=u|0,this.Gl=f|0,this.Hh=p|0,this.Hl=b|0}_cloneInto(t){return(t||=new this.constructor).set(...this.get()),this._cloneIntoMeta(t)}process(t,n){for(let m=0;m<16;m++,n+=4)Pt[m]=t.getUint32(n),Dt[m]=t.getUint32(n+=4);for(let m=16;m<80;m++){let v=Pt[m-15]|0,x=Dt[m-15]|0,z=at(v,x,1)^at(v,x,8)^$i(v,x,7),j=ct(v,x,1)^ct(v,x,8)^zi(v,x,7),O=Pt[m-2]|0,k=Dt[m-2]|0,$=at(O,k,19)^fn(O,k,61)^$i(O,k,6),T=ct(O,k,19)^pn(O,k,61)^zi(O,k,6),C=Ea(j,T,Dt[m-7],Dt[m-16]),R=$a(C,z,$,Pt[m-7],Pt[m-16]);Pt[m]=R|0,Dt[m]=C|0}let{Ah:r,Al:o,Bh:i,Bl:s,Ch:a,Cl:c,Dh:d,Dl:h,Eh:g,El:l,Fh:u,Fl:f,Gh:p,Gl:b,Hh:w,Hl:y}=this;for(let m=0;m<80;m++){let v=at(g,l,14)^at(g,l,18)^fn(g,l,41),x=ct(g,l,14)^ct(g,l,18)^pn(g,l,41),z=g&u^~g&p,j=l&f^~l&b,O=za(y,x,j,cf[m],Dt[m]),k=Sa(O,w,v,z,af[m],Pt[m]),$=O|0,T=at(r,o,28)^fn(r,o,34)^fn(r,o,39),C=ct(r,o,28)^pn(r,o,34)^pn(r,o,39),R=r&i^r&a^i&a,S=o&s^o&c^s&c;w=p|0,y=b|0,p=u|0,b=f|0,u=g|0,f=l|0,{h:g,l}=Ke(d|0,h|0,k|0,$|0),d=a|0,h=c|0,a=i|0,c=s|0,i=r|0,s=o|0;let A=ar($,C,S);r=cr(A,k,T,R),o=A|0}({h:r,l:o}=Ke(this.Ah|0,this.Al|0,r|0,o|0)),{h:i,l:s}=Ke(this.Bh|0,this.Bl|0,i|0,s|0),{h:a,l:c}=Ke(this.Ch|0,this.Cl|0,a|0,c|0),{h:d,l:h}=Ke(this.Dh|0,this.Dl|0,d|0,h|0),{h:g,l}=Ke(this.Eh|0,this.El|0,g|0,l|0),{h:u,l:f}=Ke(this.Fh|0,this.Fl|0,u|0,f|0),{h:p,l:b}=Ke(this.Gh|0,this.Gl|0,p|0,b|0),{h:w,l:y}=Ke(this.Hh|0,this.Hl|0,w|0,y|0),this.set(r,o,i,s,a,c,d,h,g,l,u,f,p,b,w,y)}roundClean(){te(Pt,Dt)}destroy(){this.destroyed=!0,te(this.buffer),this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0)}},ji=class extends ro{constructor(){super(64,Ma)}},Ti=class extends ro{constructor(){super(48,Ia)}};var Y=Et(()=>new Ai,$t(1));var On=Et(()=>new ji,$t(3)),Pa=Et(()=>new Ti,$t(2));var P=class extends Error{constructor(t,n){super(n?`${t}: ${n}`:t),this.code=t}},Fa=new TextEncoder;function He(){if(typeof location>"u")return"";if(typeof document>"u")throw new Error("basePath() is the page's: pass it to a worker");return location.pathname.replace(/\/[^/]*$/,"")}var lf=new TextDecoder("utf-8",{fatal:!0});function le(e){return Fa.encode(e)}function Ka(e){return lf.decode(e)}function Ve(...e){let t=0;for(let o of e)t+=o.length;let n=new Uint8Array(t),r=0;for(let o of e)n.set(o,r),r+=o.length;return n}function Ha(e,t){if(e.length!==t.length)return!1;let n=0;for(let r=0;r<e.length;r++)n|=e[r]^t[r];return n===0}var Da="0123456789abcdef";function qe(e){let t="";for(let n of e)t+=Da[n>>4]+Da[n&15];return t}function Ga(e){if(typeof e!="string"||!/^[0-9a-f]{64}$/.test(e))return null;let t=new Uint8Array(32);for(let n=0;n<32;n++)t[n]=parseInt(e.slice(2*n,2*n+2),16);return t}function Wa(e){return qe(Y(e))}function Va(e,t){if(typeof t!="string")return null;let n;try{n=e.decode(t)}catch{return null}return e.encode(n)===t?n:null}var zt=e=>Va(vi,e),Ft=e=>vi.encode(e);var _i=e=>Se.encode(e),oo=e=>Va(xi,e),Kt=e=>xi.encode(e),Bi=`	
\v\f\r              \u2028\u2029  　`;function Ht(e){return Bi.includes(e)}function Le(e){let t=0,n=e.length;for(;t<n&&Bi.includes(e[t]);)t++;for(;n>t&&Bi.includes(e[n-1]);)n--;return e.slice(t,n)}function Gt(e){return new RegExp("\\p{Cc}","u").test(e)}function Ye(e){return Fa.encode(e).length}function Wt(e){if(e<=1)return 0;let t=Math.floor(4294967296/e)*e,n=new Uint32Array(1);for(;;)if(crypto.getRandomValues(n),n[0]<t)return n[0]%e}function Ue(e){let t=new Uint8Array(e);return crypto.getRandomValues(t),t}function Ya(e){for(let t=e.length-1;t>0;t--){let n=Wt(t+1);[e[t],e[n]]=[e[n],e[t]]}return e}var fr=9007199254740991,se=e=>new P("jcs-syntax",e),df=128,Oi=class{constructor(t){this.b=t,this.i=0,this.depth=0}ws(){let t=this.b;for(;this.i<t.length;){let n=t[this.i];if(n===32||n===10||n===13||n===9)this.i++;else break}}peek(){return this.i<this.b.length?this.b[this.i]:-1}value(){this.ws();let t=this.peek();switch(t){case-1:throw se("EOF while parsing a value");case 123:return this.object();case 91:return this.array();case 34:return this.string();case 116:return this.literal("true"),!0;case 102:return this.literal("false"),!1;case 110:throw this.literal("null"),new P("jcs-null","null is not allowed: omit the field instead");default:if(t===45||t>=48&&t<=57)return this.number();throw se("expected value")}}literal(t){for(let n=0;n<t.length;n++)if(this.b[this.i+n]!==t.charCodeAt(n))throw se("expected "+t);this.i+=t.length}number(){let t=this.b,n=this.i,r=!1;t[this.i]===45&&(r=!0,this.i++);let o=c=>c>=48&&c<=57;if(!o(this.peek()))throw se("invalid number");if(t[this.i]===48){if(this.i++,o(this.peek()))throw se("invalid number")}else for(;o(this.peek());)this.i++;let i=!1;if(this.peek()===46){if(i=!0,this.i++,!o(this.peek()))throw se("invalid number");for(;o(this.peek());)this.i++}if(this.peek()===101||this.peek()===69){if(i=!0,this.i++,(this.peek()===43||this.peek()===45)&&this.i++,!o(this.peek()))throw se("invalid number");for(;o(this.peek());)this.i++}let s=String.fromCharCode(...t.subarray(n,this.i));if(i)throw Number.isFinite(Number(s))?new P("jcs-number",s):se("number out of range");let a=r?s.slice(1):s;if(r&&a==="0")throw new P("jcs-number",s);if(a.length>16||Number(a)>fr)throw new P("jcs-number",s);return r?-Number(a):Number(a)}string(){let t=this.b;this.i++;let n="",r=this.i,o=i=>{if(i>r)try{n+=Ka(t.subarray(r,i))}catch{throw se("invalid unicode code point")}};for(;;){if(this.i>=t.length)throw se("EOF while parsing a string");let i=t[this.i];if(i===34)return o(this.i),this.i++,n;if(i<32)throw se("control character (\\u0000-\\u001F) found while parsing a string");if(i===92){if(o(this.i),this.i++,this.i>=t.length)throw se("EOF while parsing a string");switch(t[this.i++]){case 34:n+='"';break;case 92:n+="\\";break;case 47:n+="/";break;case 98:n+="\b";break;case 102:n+="\f";break;case 110:n+=`
`;break;case 114:n+="\r";break;case 116:n+="	";break;case 117:{let a=this.hex4();if(a>=55296&&a<=56319){if(t[this.i]!==92||t[this.i+1]!==117)throw se("lone leading surrogate in hex escape");this.i+=2;let c=this.hex4();if(c<56320||c>57343)throw se("lone leading surrogate in hex escape");n+=String.fromCharCode(a,c)}else{if(a>=56320&&a<=57343)throw se("unexpected end of hex escape");n+=String.fromCharCode(a)}break}default:throw se("invalid escape")}r=this.i;continue}this.i++}}hex4(){let t=0;for(let n=0;n<4;n++){if(this.i>=this.b.length)throw se("EOF while parsing a string");let r=this.b[this.i++],o;if(r>=48&&r<=57)o=r-48;else if(r>=97&&r<=102)o=r-87;else if(r>=65&&r<=70)o=r-55;else throw se("invalid escape");t=t*16+o}return t}enter(){if(++this.depth>df)throw se("recursion limit exceeded")}array(){this.enter(),this.i++;let t=[];if(this.ws(),this.peek()===93)return this.i++,this.depth--,t;for(;;){t.push(this.value()),this.ws();let n=this.peek();if(n===44){if(this.i++,this.ws(),this.peek()===93)throw se("trailing comma");continue}if(n===93)return this.i++,this.depth--,t;throw se(n===-1?"EOF while parsing a list":"expected `,` or `]`")}}object(){this.enter(),this.i++;let t={};if(this.ws(),this.peek()===125)return this.i++,this.depth--,t;for(;;){this.ws();let n=this.peek();if(n===-1)throw se("EOF while parsing an object");if(n!==34)throw se("key must be a string");let r=this.string();if(this.ws(),this.peek()!==58)throw se(this.peek()===-1?"EOF while parsing an object":"expected `:`");this.i++;let o=this.value();if(Object.prototype.hasOwnProperty.call(t,r))throw new P("jcs-duplicate-key",JSON.stringify(r));Object.defineProperty(t,r,{value:o,enumerable:!0,writable:!0,configurable:!0}),this.ws();let i=this.peek();if(i===44){if(this.i++,this.ws(),this.peek()===125)throw se("trailing comma");continue}if(i===125)return this.i++,this.depth--,t;throw se(i===-1?"EOF while parsing an object":"expected `,` or `}`")}}};function Rn(e){typeof e=="string"&&(e=le(e));let t=new Oi(e),n=t.value();if(t.ws(),t.i!==e.length)throw se("trailing characters");return n}function pr(e){typeof e=="string"&&(e=le(e));let t=Rn(e),n=St(t);if(n.length!==e.length||!n.every((r,o)=>r===e[o]))throw new P("jcs-not-canonical","JSON is not in canonical (RFC 8785) form");return t}function Ja(e,t){t.push('"');for(let n of e){let r=n.codePointAt(0);n==='"'?t.push('\\"'):n==="\\"?t.push("\\\\"):r===8?t.push("\\b"):r===12?t.push("\\f"):r===10?t.push("\\n"):r===13?t.push("\\r"):r===9?t.push("\\t"):r<32?t.push("\\u"+r.toString(16).padStart(4,"0")):t.push(n)}t.push('"')}function Ri(e,t){if(e==null)throw new P("jcs-null","null is not allowed");switch(typeof e){case"boolean":t.push(e?"true":"false");return;case"number":if(!Number.isSafeInteger(e)||Object.is(e,-0))throw new P("jcs-number",String(e));t.push(String(e));return;case"string":Ja(e,t);return;case"object":if(Array.isArray(e)){t.push("["),e.forEach((n,r)=>{r&&t.push(","),Ri(n,t)}),t.push("]");return}{let n=Object.keys(e).filter(r=>e[r]!==void 0).sort();t.push("{"),n.forEach((r,o)=>{o&&t.push(","),Ja(r,t),t.push(":"),Ri(e[r],t)}),t.push("}")}return;default:throw new P("jcs-shape","not a JSON value")}}function uf(e){let t=[];return Ri(e,t),t.join("")}function St(e){let t=uf(e);return le(typeof t.toWellFormed=="function"?t.toWellFormed():t)}var Li="application/vnd.dropbox.roster.v1+json",io="application/vnd.dropbox.reply.v1+json",ff="application/vnd.dropbox.event.v1+json",Ln="application/vnd.dropbox.followup.v1+json",Nn="application/vnd.dropbox.thread.v1+json",Ni="application/vnd.dropbox.dropkey.v1+json",pf=[Li,io,ff,Ln,Nn,Ni],Qg=1<<20,Qa=e=>new P("dsse-malformed",e);function mn(e,t){let n=le(e);return Ve(le(`DSSEv1 ${n.length} `),n,le(` ${t.length} `),t)}function Xa(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function Za(e,t){return Object.keys(e).length===t.length&&t.every(r=>Object.prototype.hasOwnProperty.call(e,r))}function Cn(e,t=Qa){if(!Xa(e)||!Za(e,["payload","payloadType","signatures"]))throw t("an envelope has exactly payload, payloadType and signatures");if(typeof e.payload!="string"||typeof e.payloadType!="string"||!Array.isArray(e.signatures))throw t("wrong field types");for(let n of e.signatures)if(!Xa(n)||!Za(n,["keyid","sig"])||typeof n.keyid!="string"||typeof n.sig!="string")throw t("a signature has exactly keyid and sig");return{payload:e.payload,payloadType:e.payloadType,signatures:e.signatures.map(n=>({keyid:n.keyid,sig:n.sig}))}}function qt(e,t){if(!pf.includes(e.payloadType))throw new P("dsse-unknown-payload-type",JSON.stringify(e.payloadType));if(e.payloadType!==t)throw new P("dsse-wrong-payload-type",`expected ${t}, found ${e.payloadType}`);let n=zt(e.payload);if(!n)throw Qa("payload is not canonical base64");let r=[];for(let i of e.signatures){let s=Ye(i.keyid);if(s===0||s>128)throw new P("dsse-malformed-signature");let a=zt(i.sig);if(!a||a.length!==64)throw new P("dsse-malformed-signature");r.push([i.keyid,a])}let o=pr(n);return{payloadType:e.payloadType,payload:n,value:o,signatures:r}}function hr(e,t,n=()=>{}){if(!Array.isArray(e))throw new TypeError(`"${t}" expected array, got type=${typeof e}`);for(let r=0;r<e.length;r++)n(e[r],`${t}[${r}]`);return e}var ne=(e,t,n)=>J(e,t,n),Ci=Q;function tc(e,t=""){if(typeof e!="string"){let n=t&&`"${t}" `;throw new TypeError(n+"expected string, got type="+typeof e)}return e}function Vt(e,t="object"){if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError(t==="object"?"expected valid options object":`"${t}" expected object, got type=${typeof e}`);return e}function gn(e,t){if(typeof e!="function")throw new TypeError(`"${t}" is invalid: expected function, got ${typeof e}`);return e}var mr=eo,we=(...e)=>no(...e),In=e=>to(e),Jt=lr,At=e=>lt(e),so=BigInt(0),ec=BigInt(1),hf=e=>e?`"${e}" `:"";function Pe(e,t=""){if(typeof e!="boolean")throw new TypeError(hf(t)+"expected boolean, got type="+typeof e);return e}function ao(e){if(typeof e=="bigint"){if(!Yt(e))throw new RangeError("positive bigint expected, got "+e)}else Ci(e);return e}function jt(e,t=""){if(typeof e!="number"){let n=t&&`"${t}" `;throw new TypeError(n+"expected number, got type="+typeof e)}if(!Number.isSafeInteger(e)){let n=t&&`"${t}" `;throw new RangeError(n+"expected safe integer, got "+e)}}function gr(e){let t=ao(e).toString(16);return t.length&1?"0"+t:t}function nc(e){if(typeof e!="string")throw new TypeError("hex string expected, got "+typeof e);return e===""?so:BigInt("0x"+e)}function Je(e){return nc(eo(e))}function Xe(e){return nc(eo(Xt(J(e)).reverse()))}function Mn(e,t){if(Q(t),t===0)throw new Error("zero output length is invalid");e=ao(e);let n=t*2,r=e.toString(16);if(r.length>n)throw new RangeError("number is too large");return to(r.padStart(n,"0"))}function yr(e,t){return Mn(e,t).reverse()}function Xt(e){return Uint8Array.from(ne(e))}function Zt(e){if(typeof e!="string")throw new TypeError("ascii string expected, got "+typeof e);return Uint8Array.from(e,(t,n)=>{let r=t.charCodeAt(0);if(t.length!==1||r>127)throw new RangeError(`string contains non-ASCII character "${e[n]}" with code ${r} at position ${n}`);return r})}function Yt(e){return typeof e=="bigint"&&so<=e}function Ii(e,t,n){return Yt(e)&&Yt(t)&&Yt(n)&&t<=e&&e<n}function dt(e,t,n,r){if(!Ii(t,n,r))throw new RangeError("expected valid "+e+": "+n+" <= n < "+r+", got "+t)}function Un(e){if(e<so)throw new Error("expected non-negative bigint, got "+e);return e===so?0:e.toString(2).length}var br=e=>(jt(e,"n"),(ec<<BigInt(e))-ec);function rc(e,t,n){if(Q(e,"hashLen"),Q(t,"qByteLen"),typeof n!="function")throw new TypeError("hmacFn must be a function");let r=b=>new Uint8Array(b),o=Uint8Array.of(),i=Uint8Array.of(0),s=Uint8Array.of(1),a=1e3,c=r(e),d=r(e),h=0,g=()=>{c.fill(1),d.fill(0),h=0},l=(...b)=>n(d,we(c,...b)),u=(b=o)=>{d=l(i,b),c=l(),b.length!==0&&(d=l(s,b),c=l())},f=()=>{if(h++>=a)throw new Error("drbg: tried max amount of iterations");let b=0,w=[];for(;b<t;){c=l();let y=c.slice();w.push(y),b+=c.length}return we(...w)};return(b,w)=>{g(),u(b);let y;for(;(y=w(f()))===void 0;)u();return g(),y}}function Ae(e,t={},n={},r="object"){Vt(e,r),Vt(t,"fields"),Vt(n,"optFields");function o(s,a,c){let d=r==="object"?`param "${String(s)}"`:`"${r}.${String(s)}"`,h=e[s];if(!Object.hasOwn(e,s)&&(c?h!==void 0:a!=="function"))throw new TypeError(`${d} is invalid: expected own property`);if(c&&h===void 0)return;let g=typeof h;if(g!==a||h===null)throw new TypeError(`${d} is invalid: expected ${a}, got ${g}`)}let i=(s,a)=>Object.entries(s).forEach(([c,d])=>o(c,d,a));i(t,!1),i(n,!0)}var Ee=BigInt(0),ie=BigInt(1),Qt=BigInt(2),sc=BigInt(3),Mi=BigInt(4),ac=BigInt(5),mf=BigInt(7),cc=BigInt(8),gf=BigInt(9),yf=BigInt(15),lc=BigInt(16),bf=BigInt("0x10000000000000000");function ae(e,t){if(t<=Ee)throw new Error("mod: expected positive modulus, got "+t);let n=e%t;return n>=Ee?n:t+n}function dc(e,t,n){if(n<=ie)throw new Error("pow: expected modulus > 1, got "+n);if(typeof t!="bigint")throw new TypeError("invalid exponent: expected bigint, got "+typeof t);if(t<Ee)throw new Error("invalid exponent, negatives unsupported");if(t===Ee)return ie;if(t===ie)return e;let r=e%n;if(r<Ee&&(r+=n),t<bf){let a=ie;for(;t>Ee;)t&ie&&(a=a*r%n),r=r*r%n,t>>=ie;return a}let o=[];for(;t>Ee;)o.push(Number(t&yf)),t>>=Mi;let i=new Array(16);i[0]=ie,i[1]=r;for(let a=2;a<16;a++)i[a]=i[a-1]*r%n;let s=i[o[o.length-1]];for(let a=o.length-2;a>=0;a--){s=s*s%n,s=s*s%n,s=s*s%n,s=s*s%n;let c=o[a];c!==0&&(s=s*i[c]%n)}return s}function Ze(e,t,n){if(n<=ie)throw new Error("pow2: expected modulus > 1, got "+n);if(t<Ee)throw new Error("pow2: expected non-negative exponent, got "+t);let r=e;for(;t-- >Ee;)r*=r,r%=n;return r}function oc(e,t){if(e===Ee)throw new Error("invert: expected non-zero number");if(t<=ie)throw new Error("invert: expected modulus > 1, got "+t);let n=ae(e,t),r=t,o=Ee,i=ie;for(;n!==Ee;){let a=r/n,c=r-n*a,d=o-i*a;r=n,n=c,o=i,i=d}if(r!==ie)throw new Error("invert: does not exist");return ae(o,t)}function uc(e,t){if(t<=ie)throw new Error("invertCt: expected prime modulus > 1, got "+t);let n=ae(e,t);if(n===Ee)throw new Error("invertCt: expected non-zero number");let r=dc(n,t-Qt,t);if(ae(n*r,t)!==ie)throw new Error("invertCt: does not exist");return r}function Ui(e,t,n){let r=e;if(!r.eql(r.sqr(t),n))throw new Error("Cannot find square root")}function Pi(e,t){if((e&ie)===Ee)throw new Error(t+": expected odd modulus, got "+e)}function fc(e,t){let n=e,r=(n.ORDER+ie)/Mi,o=n.pow(t,r);return Ui(n,o,t),o}function wf(e,t){let n=e,r=(n.ORDER-ac)/cc,o=n.mul(t,Qt),i=n.pow(o,r),s=n.mul(t,i),a=n.mul(n.mul(s,Qt),i),c=n.mul(s,n.sub(a,n.ONE));return Ui(n,c,t),c}function vf(e){let t=uo(e),n=pc(e),r=n(t,t.neg(t.ONE)),o=n(t,r),i=n(t,t.neg(r)),s=(e+mf)/lc;return((a,c)=>{let d=a,h=d.pow(c,s),g=d.mul(h,r),l=d.mul(h,o),u=d.mul(h,i),f=d.eql(d.sqr(g),c),p=d.eql(d.sqr(l),c);h=d.cmov(h,g,f),g=d.cmov(u,l,p);let b=d.eql(d.sqr(g),c),w=d.cmov(h,g,b);return Ui(d,w,c),w})}function pc(e){if(e<sc)throw new Error("sqrt is not defined for small field");Pi(e,"tonelliShanks");let t=e-ie,n=0;for(;t%Qt===Ee;)t/=Qt,n++;let r=Qt,o=uo(e);for(;wr(o,r)===1;)if(r++>1e3)throw new Error("Cannot find square root: probably non-prime P");if(n===1)return fc;let i=o.pow(r,t),s=(t+ie)/Qt;return function(c,d){let h=c;if(h.is0(d))return d;if(wr(h,d)!==1)throw new Error("Cannot find square root");let g=n,l=h.mul(h.ONE,i),u=h.pow(d,t),f=h.pow(d,s);for(;!h.eql(u,h.ONE);){if(h.is0(u))throw new Error("Cannot find square root: probably non-prime P");let p=1,b=h.sqr(u);for(;!h.eql(b,h.ONE);)if(p++,b=h.sqr(b),p===g)throw new Error("Cannot find square root");let w=ie<<BigInt(g-p-1),y=h.pow(l,w);g=p,l=h.sqr(y),u=h.mul(u,l),f=h.mul(f,y)}return f}}function xf(e){return Pi(e,"Fp.sqrt"),e%Mi===sc?fc:e%cc===ac?wf:e%lc===gf?vf(e):pc(e)}var hc=(e,t)=>(ae(e,t)&ie)===ie,kf=["create","isValid","is0","neg","inv","sqrt","sqr","eql","add","sub","mul","pow","div","addN","subN","mulN","sqrN"];function Pn(e){if(Vt(e,"field"),typeof e.ORDER!="bigint")throw new TypeError('param "ORDER" is invalid: expected bigint, got '+typeof e.ORDER);jt(e.BYTES,"BYTES"),jt(e.BITS,"BITS");for(let t of kf)gn(e[t],"field."+t);if(e.BYTES<1||e.BITS<1)throw new Error("invalid field: expected BYTES/BITS > 0");if(e.ORDER<=ie)throw new Error("invalid field: expected ORDER > 1, got "+e.ORDER);return e}function lo(e,t,n=!1){Pn(e),hr(t,"nums"),Pe(n,"passZero");let r=e,o=new Array(t.length).fill(n?r.ZERO:void 0),i=t.reduce((a,c,d)=>r.is0(c)?a:(o[d]=a,r.mul(a,c)),r.ONE),s=r.inv(i);return t.reduceRight((a,c,d)=>r.is0(c)?a:(o[d]=r.mul(a,o[d]),r.mul(a,c)),s),o}function wr(e,t){Pn(e);let n=e;Pi(n.ORDER,"FpLegendre");let r=(n.ORDER-ie)/Qt,o=n.pow(t,r),i=n.eql(o,n.ONE),s=n.eql(o,n.ZERO),a=n.eql(o,n.neg(n.ONE));if(!i&&!s&&!a)throw new Error("invalid Legendre symbol result");return i?1:s?0:-1}function Ef(e,t){if(t!==void 0&&Ci(t),e<=Ee)throw new Error("invalid n length: expected positive n, got "+e);if(t!==void 0&&t<1)throw new Error("invalid n length: expected positive bit length, got "+t);let n=Un(e);if(t!==void 0&&t<n)throw new Error(`invalid n length: expected nBitLength (${t}) >= bitLen(n) (${n})`);let r=t!==void 0?t:n,o=Math.ceil(r/8);return{nBitLength:r,nByteLength:o}}var ic=new WeakMap,co=class{ORDER;BITS;BYTES;isLE;ZERO=Ee;ONE=ie;_lengths;_mod;constructor(t,n={}){if(t<=ie)throw new Error("invalid field: expected ORDER > 1, got "+t);let r;this.isLE=!1,n!=null&&typeof n=="object"&&(typeof n.BITS=="number"&&(r=n.BITS),typeof n.sqrt=="function"&&Object.defineProperty(this,"sqrt",{value:n.sqrt,enumerable:!0}),typeof n.isLE=="boolean"&&(this.isLE=n.isLE),n.allowedLengths&&(this._lengths=Object.freeze(n.allowedLengths.slice())),typeof n.modFromBytes=="boolean"&&(this._mod=n.modFromBytes));let{nBitLength:o,nByteLength:i}=Ef(t,r);if(i>2048)throw new Error("invalid field: expected ORDER of <= 2048 bytes");this.ORDER=t,this.BITS=o,this.BYTES=i,Object.freeze(this)}create(t){return ae(t,this.ORDER)}isValid(t){if(typeof t!="bigint")throw new TypeError("invalid field element: expected bigint, got "+typeof t);return Ee<=t&&t<this.ORDER}is0(t){return t===Ee}isValidNot0(t){return!this.is0(t)&&this.isValid(t)}isOdd(t){return(t&ie)===ie}neg(t){return ae(-t,this.ORDER)}eql(t,n){return t===n}sqr(t){return ae(t*t,this.ORDER)}add(t,n){return ae(t+n,this.ORDER)}sub(t,n){return ae(t-n,this.ORDER)}mul(t,n){return ae(t*n,this.ORDER)}pow(t,n){return dc(t,n,this.ORDER)}div(t,n){return ae(t*oc(n,this.ORDER),this.ORDER)}sqrN(t){return t*t}addN(t,n){return t+n}subN(t,n){return t-n}mulN(t,n){return t*n}inv(t){return oc(t,this.ORDER)}sqrt(t){let n=ic.get(this);return n||ic.set(this,n=xf(this.ORDER)),n(this,t)}toBytes(t){return this.isLE?yr(t,this.BYTES):Mn(t,this.BYTES)}fromBytes(t,n=!1){ne(t);let{_lengths:r,BYTES:o,isLE:i,ORDER:s,_mod:a}=this;if(r){if(t.length<1||!r.includes(t.length)||t.length>o)throw new Error("Field.fromBytes: expected "+r+" bytes, got "+t.length);let d=new Uint8Array(o);d.set(t,i?0:d.length-t.length),t=d}if(t.length!==o)throw new Error("Field.fromBytes: expected "+o+" bytes, got "+t.length);let c=i?Xe(t):Je(t);if(a&&(c=ae(c,s)),!n&&!this.isValid(c))throw new Error("invalid field element: outside of range 0..ORDER");return c}invertBatch(t){return lo(this,t,!0)}cmov(t,n,r){return Pe(r,"condition"),r?n:t}};function uo(e,t={}){return Object.freeze(co.prototype),new co(e,t)}function mc(e){if(typeof e!="bigint")throw new Error("field order must be bigint");if(e<=ie)throw new Error("field order must be greater than 1");let t=Un(e-ie);return Math.ceil(t/8)}function fo(e){let t=mc(e);return t+Math.ceil(t/2)}function Di(e,t,n=!1){ne(e);let r=e.length,o=mc(t),i=Math.max(fo(t),16);if(r<i||r>1024)throw new Error("expected "+i+"-1024 bytes of input, got "+r);let s=n?Xe(e):Je(e),a=ae(s,t-ie)+ie;return n?yr(a,o):Mn(a,o)}var Hi=BigInt(0),vr=BigInt(1),$f=BigInt(4),Fi=16,gc=128,zf=5,yc=2**31;function en(e){let t=e;if(typeof t!="function")throw new TypeError('"Point" expected constructor, got type='+typeof e);gn(t.fromAffine,"Point.fromAffine"),gn(t.fromBytes,"Point.fromBytes"),gn(t.fromHex,"Point.fromHex"),Vt(t.BASE,"Point.BASE"),Vt(t.ZERO,"Point.ZERO"),Pn(t.Fp),Pn(t.Fn)}function po(e,t){en(e),wc(t,e);let n=lo(e.Fp,t.map(r=>r.Z));return t.map((r,o)=>e.fromAffine(r.toAffine(n[o])))}function Sf(e,t,n=1){if(!Number.isSafeInteger(e)||e<n||e>t)throw new Error("invalid window size, expected ["+n+".."+t+"], got W="+e)}function qf(e,t){let n=e*(4*t+128);if(n>yc)throw new Error("invalid window size: table would need ~"+Math.ceil(n/2**20)+" MiB, max "+yc/2**20+" MiB")}function Gi(e,t){if(e!==void 0){gn(e,"randomBytes");try{let n=e(t);if(!Jt(n)||n.length!==t)return}catch{return}return e}}function wc(e,t){hr(e,"points"),e.forEach((n,r)=>{if(!(n instanceof t))throw new Error("invalid point at index "+r)})}function Af(e,t,n){if(!Array.isArray(e))throw new Error("array of scalars expected");e.forEach((r,o)=>{if(!(n===void 0?t.isValid(r):Yt(r)&&r<n))throw new Error("invalid scalar at index "+o)})}var vc=new WeakMap;function Ki(e){return vc.get(e)||1}function jf(e,t){let n=e.double(),r=[e];for(let o=1;o<t;o++)r.push(r[o-1].add(n));return r}function Tf(e,t){let n=2**t,r=n/2,o=BigInt(n-1),i=[];for(;e>Hi;){let s=0;e&vr&&(s=Number(e&o),s>=r&&(s-=n),e-=BigInt(s)),i.push(s),e>>=vr}return i}function Bf(e,t,n){let r=2**t,o=r/2,i=BigInt(r-1),s=BigInt(t),a=[];for(let c=0;c<n;c++){let d=Number(e&i);e>>=s,d>o&&(d-=r,e+=vr),a.push(d)}if(e!==Hi)throw new Error("invalid wnaf");return a}function _f(e,t,n){let r=0;for(let i of n)r=Math.max(r,i.length);let o=e;for(let i=r-1;i>=0;i--){i!==r-1&&(o=o.double());for(let s=0;s<n.length;s++){let a=n[s][i];if(a){let c=t[s][Math.abs(a)-1>>1];o=o.add(a<0?c.negate():c)}}}return o}var Dn=class{Point;BASE;ZERO;randomBytes;wnafPrecomputes=new WeakMap;baseCanBeBlinded;bits;constructor(t,n){en(t),this.randomBytes=Gi(n,Fi),this.Point=t,this.BASE=t.BASE,this.ZERO=t.ZERO,this.bits=t.Fn.BITS}buildWnafTable(t,n,r){let o=Math.ceil(r/n)+1,i=2**(n-1),s=[],a=t;for(let c=0;c<o;c++){let d=a;for(let h=0;h<i;h++)s.push(d),d=d.add(a);a=s[s.length-1].double()}return{W:n,bits:r,windows:o,comp:s}}wnafCachedCT(t,n){let{W:r,windows:o,comp:i}=t,s=2**(r-1),a=Bf(n,r,o),c=this.ZERO,d=this.BASE;for(let h=0;h<o;h++){let g=a[h],l=h*s,u=Math.abs(g)-1,f=i[l];for(let b=1;b<s;b++)f=b===u?i[l+b]:f;let p=f.negate();g===0?d=d.add(i[l]):c=c.add(g<0?p:f)}return{p:c,f:d}}getWnafPrecomputes(t,n,r,o){let i=this.wnafPrecomputes.get(n),s=i?.find(a=>a.W===t&&a.bits===r);return s||(s=this.buildWnafTable(n,t,r),typeof o=="function"&&(s={...s,comp:o(s.comp)}),i||(i=[],this.wnafPrecomputes.set(n,i)),i.push(s)),s}assertPoint(t){if(!(t instanceof this.Point))throw new TypeError('"point" expected Point instance, got type='+typeof t)}validateMulInput(t,n){if(this.assertPoint(t),!Ii(n,vr,this.Point.Fn.ORDER))throw new Error("invalid scalar")}runCT(t,n,r,o){let i=Ki(t);return i===1?this.fixedWindowCT(t,n,r):this.wnafCachedCT(this.getWnafPrecomputes(i,t,r,o),n)}mulCT(t,n,r){return this.validateMulInput(t,n),this.runCT(t,n,this.bits,r)}mulCTBlinded(t,n,r){if(this.validateMulInput(t,n),this.randomBytes===void 0)throw new Error("randomBytes is required for scalar blinding");let o=this.Point.Fn.BITS+gc,i=this.randomBytes(Fi);if(!Jt(i)||i.length!==Fi)throw new Error("randomBytes returned invalid byte array");i[0]=i[0]&63|128;let s=n+Je(i)*this.Point.Fn.ORDER;return this.runCT(t,s,o,r)}fixedWindowCT(t,n,r){let o=zf,i=1<<o,s=br(o),a=new Array(i);a[0]=this.ZERO;for(let h=1;h<i;h++)a[h]=a[h-1].add(t);let c=Math.ceil(r/o),d=this.ZERO;for(let h=c-1;h>=0;h--){if(h!==c-1)for(let u=0;u<o;u++)d=d.double();let g=Number(n>>BigInt(h*o)&s),l=a[0];for(let u=1;u<i;u++)l=u===g?a[u]:l;d=d.add(l)}return{p:d,f:d}}shouldBlind(t,n){return this.randomBytes===void 0?!1:n===vr?!0:t!==this.BASE?!1:(this.baseCanBeBlinded===void 0&&(this.baseCanBeBlinded=this.mulUnsafe(this.BASE,this.Point.Fn.ORDER).is0()),this.baseCanBeBlinded)}mulSecret(t,n,r,o){return this.shouldBlind(t,r)?this.mulCTBlinded(t,n,o):this.mulCT(t,n,o)}mulUnsafe(t,n,r){if(this.assertPoint(t),!Yt(n))throw new Error("invalid scalar");let o=Ki(t);if(o===1||n>=this.Point.Fn.ORDER)return ho(this.Point,[t],[n],!0);let i=this.getWnafPrecomputes(o,t,this.bits,r);return this.wnafCachedCT(i,n).p}setWindowSize(t,n){this.assertPoint(t),Sf(n,this.bits);let r=Math.ceil((this.bits+gc)/n)+1;qf(r*2**(n-1),this.Point.Fp.BYTES),vc.set(t,n),this.wnafPrecomputes.delete(t)}hasWindowSize(t){return Ki(t)!==1}};function ho(e,t,n,r=!1){if(en(e),wc(t,e),Pe(r,"allowOversized"),Af(n,e.Fn,r?e.Fn.ORDER**$f:void 0),t.length!==n.length)throw new Error("arrays of points and scalars must have equal length");let o=t.map(s=>jf(s,4)),i=n.map(s=>Tf(s,4));return _f(e.ZERO,o,i)}function bc(e,t,n){if(t){if(t.ORDER!==e)throw new Error("Field.ORDER must match order: Fp == p, Fn == n");return Pn(t),t}else return uo(e,{isLE:n})}function mo(e,t,n={},r){if(e!=="weierstrass"&&e!=="edwards")throw new Error('expected curve type "weierstrass" or "edwards"');if(r===void 0&&(r=e==="edwards"),!t||typeof t!="object")throw new Error(`expected valid ${e} CURVE object`);Ae(n);for(let c of["p","n","h"]){let d=t[c];if(!(Yt(d)&&d!==Hi))throw new Error(`CURVE.${c} must be positive bigint`)}let o=bc(t.p,n.Fp,r),i=bc(t.n,n.Fn,r),a=["Gx","Gy","a",e==="weierstrass"?"b":"d"];for(let c of a)if(!o.isValid(t[c]))throw new Error(`CURVE.${c} must be valid field element of CURVE.Fp`);return t=Object.freeze(Object.assign({},t)),{CURVE:t,Fp:o,Fn:i}}function Fn(e,t){return function(r){let o=e(r);return{secretKey:o,publicKey:t(o)}}}var go=BigInt(0),yo=BigInt(1),bo=BigInt(2),Of=BigInt(4),xc=BigInt(8);function Rf(e,t,n,r){let o=e.sqr(n),i=e.sqr(r),s=e.add(e.mul(t.a,o),i),a=e.add(e.ONE,e.mul(t.d,e.mul(o,i)));return e.eql(s,a)}function kc(e,t={}){Ae(t,{},{},"extraOpts");let n=t,r=mo("edwards",e,n,n.FpFnLE),{Fp:o,Fn:i}=r,s=r.CURVE,{h:a}=s;if(wr(o,s.a)!==1)throw new Error("edwards: CURVE.a must be a square in Fp for complete addition formulas");if(wr(o,s.d)!==-1)throw new Error("edwards: CURVE.d must be a non-square in Fp for complete addition formulas");Ae(n,{},{uvRatio:"function",randomBytes:"function"});let c=n.randomBytes===void 0?At:n.randomBytes,d=bo<<BigInt(o.BYTES*8)-yo;function h(y){if(!o.isOdd)throw new Error("Field does not have .isOdd()");return o.isOdd(y)}let g=n.uvRatio===void 0?(y,m)=>{try{return{isValid:!0,value:o.sqrt(o.div(y,m))}}catch{return{isValid:!1,value:go}}}:n.uvRatio;if(!Rf(o,s,s.Gx,s.Gy))throw new Error("bad curve params: generator point");let l=o.eql(s.a,o.neg(o.ONE))?y=>o.neg(y):o.eql(s.a,o.ONE)?y=>y:y=>o.mul(s.a,y);function u(y,m,v=!1){let x=v?yo:go;return dt("coordinate "+y,m,x,d),m}function f(y){if(!(y instanceof p))throw new Error("EdwardsPoint expected")}class p{static BASE=new p(s.Gx,s.Gy,o.ONE,o.mul(s.Gx,s.Gy));static ZERO=new p(o.ZERO,o.ONE,o.ONE,o.ZERO);static Fp=o;static Fn=i;X;Y;Z;T;constructor(m,v,x,z){this.X=u("x",m),this.Y=u("y",v),this.Z=u("z",x,!0),this.T=u("t",z),Object.freeze(this)}static CURVE(){return s}static fromAffine(m){if(m instanceof p)throw new Error("extended point not allowed");let{x:v,y:x}=m||{};return u("x",v),u("y",x),new p(v,x,o.ONE,o.mul(v,x))}static fromBytes(m,v=!1){let x=o.BYTES,{a:z,d:j}=s;m=Xt(ne(m,x,"point")),Pe(v,"zip215");let O=Xt(m),k=m[x-1];O[x-1]=k&-129;let $=Xe(O),T=v?d:o.ORDER;dt("point.y",$,go,T);let C=o.sqr($),R=o.sub(C,o.ONE),S=o.sub(o.mulN(j,C),z),{isValid:A,value:q}=g(R,S);if(!A)throw new Error("bad point: invalid y coordinate");let B=h(q),L=(k&128)!==0;if(!v&&o.is0(q)&&L)throw new Error("bad point: x=0 and x_0=1");return L!==B&&(q=o.neg(q)),p.fromAffine({x:q,y:$})}static fromHex(m,v=!1){return p.fromBytes(In(m),v)}get x(){return this.toAffine().x}get y(){return this.toAffine().y}precompute(m=6,v=!0){return w.setWindowSize(this,m),v||this.multiply(bo),this}assertValidity(){let m=this,{a:v,d:x}=s;if(m.is0())throw new Error("bad point: ZERO");let{X:z,Y:j,Z:O,T:k}=m,$=o.sqr(z),T=o.sqr(j),C=o.sqr(O),R=o.sqr(C),S=o.mul($,v),A=o.mul(o.add(S,T),C),q=o.add(R,o.mul(x,o.mul($,T)));if(!o.eql(A,q))throw new Error("bad point: equation left != right (1)");let B=o.mul(z,j),L=o.mul(O,k);if(!o.eql(B,L))throw new Error("bad point: equation left != right (2)")}equals(m){f(m);let{X:v,Y:x,Z:z}=this,{X:j,Y:O,Z:k}=m,$=o.mul(v,k),T=o.mul(j,z),C=o.mul(x,k),R=o.mul(O,z);return o.eql($,T)&&o.eql(C,R)}is0(){return this.equals(p.ZERO)}negate(){return new p(o.neg(this.X),this.Y,this.Z,o.neg(this.T))}double(){let{X:m,Y:v,Z:x}=this,z=o.sqr(m),j=o.sqr(v),O=o.mul(o.sqr(x),bo),k=l(z),$=o.addN(m,v),T=o.sub(o.subN(o.sqr($),z),j),C=o.addN(k,j),R=o.subN(C,O),S=o.subN(k,j),A=o.mul(T,R),q=o.mul(C,S),B=o.mul(T,S),L=o.mul(R,C);return new p(A,q,L,B)}add(m){f(m);let{d:v}=s,{X:x,Y:z,Z:j,T:O}=this,{X:k,Y:$,Z:T,T:C}=m,R=o.mul(x,k),S=o.mul(z,$),A=o.mul(o.mulN(O,v),C),q=o.mul(j,T),B=o.sub(o.subN(o.mulN(o.addN(x,z),o.addN(k,$)),R),S),L=o.subN(q,A),N=o.addN(q,A),_=o.sub(S,l(R)),E=o.mul(B,L),I=o.mul(N,_),U=o.mul(B,_),F=o.mul(L,N);return new p(E,I,F,U)}subtract(m){return f(m),this.add(m.negate())}multiply(m){if(!i.isValidNot0(m))throw new RangeError("invalid scalar: expected 1 <= sc < curve.n");let{p:v,f:x}=w.mulSecret(this,m,a,b);return b([v,x])[0]}multiplyUnsafe(m){if(!i.isValid(m))throw new RangeError("invalid scalar: expected 0 <= sc < curve.n");return m===go?p.ZERO:this.is0()||m===yo?this:w.mulUnsafe(this,m,b)}isSmallOrder(){return this.clearCofactor().is0()}isTorsionFree(){return w.mulUnsafe(this,s.n).is0()}toAffine(m){let v=this,x=m;if(x!=null&&typeof x!="bigint")throw new TypeError('"invertedZ" expected bigint, got type='+typeof x);let{X:z,Y:j,Z:O}=v,k=v.is0();x==null&&(x=k?o.create(xc):o.inv(O));let $=o.mul(z,x),T=o.mul(j,x),C=o.mul(O,x);if(k)return{x:o.ZERO,y:o.ONE};if(!o.eql(C,o.ONE))throw new Error("invZ was invalid");return{x:$,y:T}}clearCofactor(){return a===yo?this:a===bo?this.double():a===Of?this.double().double():a===xc?this.double().double().double():this.multiplyUnsafe(a)}toBytes(){let{x:m,y:v}=this.toAffine(),x=o.toBytes(v);return x[x.length-1]|=h(m)?128:0,x}toHex(){return mr(this.toBytes())}toString(){return`<Point ${this.is0()?"ZERO":this.toHex()}>`}}let b=y=>po(p,y),w=new Dn(p,c);return w.bits>=6&&p.BASE.precompute(6),Object.freeze(p.prototype),Object.freeze(p),p}function Ec(e,t,n={}){if(en(e),typeof t!="function")throw new Error('"hash" function param is required');let r=t,o=n;Ae(o,{},{adjustScalarBytes:"function",randomBytes:"function",domain:"function",prehash:"function",zip215:"boolean",mapToCurve:"function",toMontgomery:"function",toMontgomerySecret:"function"});let{prehash:i}=o,{BASE:s,Fp:a,Fn:c}=e,d=r.outputLen,h=2*a.BYTES;if(d!==void 0&&(jt(d,"hash.outputLen"),d!==h))throw new Error(`hash.outputLen must be ${h}, got ${d}`);let g=o.randomBytes===void 0?At:o.randomBytes,l=o.toMontgomery,u=o.toMontgomerySecret,f=o.adjustScalarBytes===void 0?S=>S:o.adjustScalarBytes,p=o.domain===void 0?(S,A,q)=>{if(Pe(q,"phflag"),A.length||q)throw new Error("Contexts/pre-hash are not supported");return S}:o.domain;function b(S){return c.create(Xe(S))}function w(S){let A=k.secretKey;ne(S,k.secretKey,"secretKey");let q=ne(r(S),2*A,"hashedSecretKey"),B=f(q.slice(0,A)),L=q.slice(A,2*A),N=b(B);return{head:B,prefix:L,scalar:N}}function y(S){let{head:A,prefix:q,scalar:B}=w(S),L=s.multiply(B),N=L.toBytes();return{head:A,prefix:q,scalar:B,point:L,pointBytes:N}}function m(S){return y(S).pointBytes}function v(S=Uint8Array.of(),...A){let q=we(...A);return b(r(p(q,ne(S,void 0,"context"),!!i)))}function x(S,A,q={}){Ae(q,{},{},"options"),S=Xt(ne(S,void 0,"message")),i&&(S=i(S));let{prefix:B,scalar:L,pointBytes:N}=y(A),_=v(q.context,B,S),E=s.multiply(_).toBytes(),I=v(q.context,E,N,S),U=c.create(_+I*L);if(!c.isValid(U))throw new Error("sign failed: invalid s");let F=we(E,c.toBytes(U));return ne(F,k.signature,"result")}let z={zip215:o.zip215};function j(S,A,q,B=z){Ae(B);let{context:L}=B,N=B.zip215===void 0?!!z.zip215:B.zip215,_=k.signature;S=ne(S,_,"signature"),A=ne(A,void 0,"message"),q=ne(q,k.publicKey,"publicKey"),N!==void 0&&Pe(N,"zip215"),i&&(A=i(A));let E=_/2,I=S.subarray(0,E),U=Xe(S.subarray(E,_)),F,K,H;try{F=e.fromBytes(q,N),K=e.fromBytes(I,N),H=s.multiplyUnsafe(U)}catch{return!1}if(!N&&F.isSmallOrder())return!1;let G=v(L,I,q,A);return K.add(F.multiplyUnsafe(G)).subtract(H).clearCofactor().is0()}let O=a.BYTES,k={secretKey:O,publicKey:O,signature:2*O,seed:O};function $(S){return S=S===void 0?g(k.seed):S,ne(S,k.seed,"seed")}function T(S){return Jt(S)&&S.length===k.secretKey}function C(S,A){try{return!!e.fromBytes(S,A===void 0?z.zip215:A)}catch{return!1}}let R={getExtendedPublicKey:y,randomSecretKey:$,isValidSecretKey:T,isValidPublicKey:C,toMontgomery(S){if(l===void 0)throw new Error("Montgomery conversion is not supported for this curve");return l(e.fromBytes(S))},toMontgomerySecret(S){if(u===void 0)throw new Error("Montgomery conversion is not supported for this curve");return u(S)}};return Object.freeze(k),Object.freeze(R),Object.freeze({keygen:Fn($,m),getPublicKey:m,sign:x,verify:j,utils:R,Point:e,lengths:k})}function xr(e,t="n"){if(typeof e!="number")throw new TypeError(`wrong u32 integer "${t}": expected number, got type=${typeof e}`);if(!Number.isSafeInteger(e)||e<0||e>4294967295)throw new RangeError(`wrong u32 integer "${t}": expected 0..4294967295, got ${e}`);return e}function zc(e){return xr(e,"x"),(e&e-1)===0&&e!==0}function Wi(e,t){if(xr(e),typeof t!="number")throw new TypeError('"bits" expected number, got type='+typeof t);if(!Number.isSafeInteger(t)||t<0||t>32)throw new Error(`expected integer 0 <= bits <= 32, got ${t}`);let n=0;for(let r=0;r<t;r++,e>>>=1)n=n<<1|e&1;return n>>>0}function Sc(e){return xr(e),31-Math.clz32(e)}function $c(e){if(!e||typeof e!="object"||typeof e.length!="number")throw new TypeError('"values" expected array-like, got type='+typeof e);let t=e.length;if(!zc(t))throw new Error("expected positive power-of-two length, got "+t);let n=Sc(t);for(let r=0;r<t;r++){let o=Wi(r,n);if(r<o){let i=e[r];e[r]=e[o],e[o]=i}}return e}var Vi=(e,t)=>{Ae(t,{N:"number",roots:"object",dit:"boolean"},{invertButterflies:"boolean",skipStages:"number",brp:"boolean"},"coreOpts");let{N:n,roots:r,dit:o,invertButterflies:i=!1,skipStages:s=0,brp:a=!0}=t;xr(n,"coreOpts.N");let c=Sc(n);if(!zc(n))throw new Error("FFT: Polynomial size should be power of two");xr(s,"coreOpts.skipStages");let d=c===0?0:c-1;if(s>d)throw new Error(`FFT: wrong skipStages: expected 0 <= skipStages <= ${d}`);if(r.length!==n)throw new Error(`FFT: wrong roots length: expected ${n}, got ${r.length}`);let h=o!==i;return g=>{if(g.length!==n)throw new Error("FFT: wrong Polynomial length");o&&a&&$c(g);for(let l=0,u=1;l<c-s;l++){let f=o?l+1+s:c-l,p=1<<f,b=p>>1,w=n>>f;for(let y=0;y<n;y+=p)for(let m=0,v=u++;m<b;m++){let x=i?o?n-v:v:m*w,z=y+m,j=y+m+b,O=r[x],k=g[j],$=g[z];if(h){let T=e.mul(k,O);g[z]=e.add($,T),g[j]=e.sub($,T)}else i?(g[z]=e.add(k,$),g[j]=e.mul(e.sub(k,$),O)):(g[z]=e.add($,k),g[j]=e.mul(e.sub($,k),O))}}return!o&&a&&$c(g),g}};var yn=BigInt(0),Qe=BigInt(1),wo=BigInt(2);function qc(e,t){return e+t-(t>>Qe<<Qe)}function Lf(e){let t=BigInt(6)*e;return(n,r,o)=>{let i=r+o,a=((t+o-r)*n+r)%e;return{x_2:a,x_3:i-a}}}function Nf(e){return Ae(e,{P:"bigint",type:"string",adjustScalarBytes:"function",powPminus2:"function"},{randomBytes:"function",scalarMultBase:"function"}),Object.freeze({...e})}function Ac(e){let t=Nf(e),{P:n,type:r,adjustScalarBytes:o,powPminus2:i,randomBytes:s}=t,a=t.scalarMultBase,c=r==="x25519";if(!c&&r!=="x448")throw new Error("invalid type");let d=s===void 0?At:s,h=c?255:448,g=Lf(n),l=c?32:56,u=BigInt(c?9:5),f=BigInt(c?121665:39081),p=c?wo**BigInt(254):wo**BigInt(447),b=c?BigInt(8)*(wo**BigInt(251)-Qe):BigInt(4)*(wo**BigInt(445)-Qe),w=p+b+Qe,y=q=>ae(q,n),m=v(u);function v(q){return yr(y(q),l)}function x(q){let B=Xt(ne(q,l,"uCoordinate"));return c&&(B[31]&=127),y(Xe(B))}function z(q){return Xe(o(Xt(ne(q,l,"scalar"))))}let j=new Set(c?[yn,Qe,n-Qe,BigInt("325606250916557431795983626356110631294008115727848805560023387167927233504"),BigInt("39382357235489614581723060781553021112529911719440698176882885853963445705823")]:[yn,Qe,n-Qe]);function O(q,B){let L=x(B);if(j.has(L))throw new Error("invalid private or public key received");let N=C(L,z(q));if(N===yn)throw new Error("invalid private or public key received");return v(N)}function k(q){if(a===void 0)return O(q,m);let B=z(q);dt("scalar",B,p,w);let L=y(a(B));if(L===yn)throw new Error("invalid private or public key received");return v(L)}let $=k,T=O;function C(q,B){dt("u",q,yn,n),dt("scalar",B,p,w);let L=B,N=q,_=Qe,E=yn,I=q,U=Qe,F=L^L>>Qe;for(let G=BigInt(h-1);G>=yn;G--){let W=qc(n,F>>G);({x_2:_,x_3:I}=g(W,_,I)),{x_2:E,x_3:U}=g(W,E,U);let X=_+E,Z=y(X*X),fe=_-E,ce=y(fe*fe),ge=Z-ce,Me=I+U,de=I-U,pe=y(de*X),Tn=y(Me*fe),or=pe+Tn,It=pe-Tn;I=y(or*or),U=y(N*y(It*It)),_=y(Z*ce),E=y(ge*(Z+y(f*ge)))}let K=qc(n,L);({x_2:_,x_3:I}=g(K,_,I)),{x_2:E,x_3:U}=g(K,E,U);let H=i(E);return y(_*H)}let R={secretKey:l,publicKey:l,seed:l},S=q=>(q=q===void 0?d(l):q,ne(q,R.seed,"seed"),q),A={randomSecretKey:S};return Object.freeze(R),Object.freeze(A),Object.freeze({keygen:Fn(S,$),getSharedSecret:T,getPublicKey:$,scalarMult:O,scalarMultBase:k,utils:A,GuBytes:m.slice(),lengths:R})}var jc=BigInt(0),Yi=BigInt(1),Tc=BigInt(2),Cf=BigInt(3),If=BigInt(5),Mf=BigInt(8),vo=BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed"),Uf={p:vo,n:BigInt("0x1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ed"),h:Mf,a:BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec"),d:BigInt("0x52036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3"),Gx:BigInt("0x216936d3cd6e53fec0a4e231fdd6dc5c692cc7609525a7b2c9562d608f25d51a"),Gy:BigInt("0x6666666666666666666666666666666666666666666666666666666666666658")};function Oc(e){let t=BigInt(10),n=BigInt(20),r=BigInt(40),o=BigInt(80),i=vo,a=e*e%i*e%i,c=Ze(a,Tc,i)*a%i,d=Ze(c,Yi,i)*e%i,h=Ze(d,If,i)*d%i,g=Ze(h,t,i)*h%i,l=Ze(g,n,i)*g%i,u=Ze(l,r,i)*l%i,f=Ze(u,o,i)*u%i,p=Ze(f,o,i)*u%i,b=Ze(p,t,i)*h%i;return{pow_p_5_8:Ze(b,Tc,i)*e%i,b2:a}}function Ji(e){return e[0]&=248,e[31]&=127,e[31]|=64,e}var Bc=BigInt("19681161376707505956807079304988542015446066515923890162744021073123829784752");function Pf(e,t){let n=vo,r=ae(t*t*t,n),o=ae(r*r*t,n),i=Oc(e*o).pow_p_5_8,s=ae(e*r*i,n),a=ae(t*s*s,n),c=s,d=ae(s*Bc,n),h=a===e,g=a===ae(-e,n),l=a===ae(-e*Bc,n);return h&&(s=c),(g||l)&&(s=d),hc(s,n)&&(s=ae(-s,n)),{isValid:h||g,value:s}}var kr=kc(Uf,{uvRatio:Pf}),_c=kr.Fp;function Df(e){let{y:t}=e;return _c.toBytes(_c.div(Yi+t,Yi-t))}function Ff(e){let t=kr.Fp.BYTES;return J(e,t),Ji(On(e.subarray(0,t))).subarray(0,t)}function Kf(e){return Ec(kr,On,Object.assign({adjustScalarBytes:Ji,toMontgomery:Df,toMontgomerySecret:Ff,zip215:!0},e))}var Kn=Kf({});var Tt=(()=>{let e=vo,t=n=>{let{pow_p_5_8:r,b2:o}=Oc(n);return ae(Ze(r,Cf,e)*o,e)};return Ac({P:e,type:"x25519",powPminus2:t,adjustScalarBytes:Ji,scalarMultBase:n=>{let r=ae(n,kr.Fn.ORDER);if(r===jc)return jc;let o=kr.BASE.multiply(r);return ae((o.Z+o.Y)*t(ae(o.Z-o.Y,e)),e)}})})();var xo=Kn.Point;xo.BASE.precompute(1);var Rc=2n**252n+27742317777372353535851937790883648493n;function Lc(e){let t=0n;for(let n=e.length-1;n>=0;n--)t=t<<8n|BigInt(e[n]);return t}function Hf(e){let t=Uint8Array.from(e);t[31]&=127;let n=!0;for(let r=1;r<31;r++)t[r]!==255&&(n=!1);return!(t[31]===127&&n&&t[0]>=237)}function Xi(e){if(!(e instanceof Uint8Array)||e.length!==32||!Hf(e))return null;let t;try{t=xo.fromBytes(e,!1)}catch{return null}return!Ha(t.toBytes(),e)||t.isSmallOrder()?null:t}function ko(e){return Xi(e)!==null}function Hn(e,t,n){if(!(n instanceof Uint8Array)||n.length!==64)return!1;let r=Xi(e);if(!r)return!1;let o=n.subarray(0,32),i=Xi(o);if(!i)return!1;let s=Lc(n.subarray(32));if(s>=Rc||!Kn.verify(n,t,e,{zip215:!1}))return!1;let a=Lc(On(Ve(o,e,t)))%Rc,c=s===0n?xo.ZERO:xo.BASE.multiply(s);return(a===0n?i:i.add(r.multiply(a))).equals(c)}function Eo(e,t){return Kn.sign(t,e)}function ut(e){if(typeof e!="string"||!e.startsWith("ed25519:"))return null;let t=zt(e.slice(8));return!t||t.length!==32||!ko(t)?null:t}function Nc(e){return"ed25519:"+Ft(e)}function $o(e){if(typeof e!="string"||!e.startsWith("age1"))return null;try{let t=ye.decodeToBytes(e);return t.prefix!=="age"||t.bytes.length!==32||ye.encodeFromBytes("age",t.bytes)!==e?null:t.bytes}catch{return null}}var Gf=1216;function Cc(e){if(typeof e!="string"||!e.startsWith("age1pq1"))return null;try{let t=ye.decode(e,!1),n=ye.fromWords(t.words);return t.prefix!=="age1pq"||n.length!==Gf||ye.encode("age1pq",ye.toWords(n),!1)!==e?null:n}catch{return null}}function Ic(e){return ye.encode("age1pq",ye.toWords(e),!1)}function Mc(e){return ye.encodeFromBytes("age-secret-key-pq-",e).toUpperCase()}function Uc(e){return ye.encodeFromBytes("age",e)}function Pc(e){return ye.encodeFromBytes("age-secret-key-",e).toUpperCase()}function Dc(e){return Tt.getPublicKey(e)}function Fc(){return Tt.getPublicKey(Ue(32))}function Bt(e){return typeof e=="string"&&/^[a-z0-9][a-z0-9._-]{0,63}$/.test(e)}function Ne(e){return typeof e=="string"&&/^[0-9a-f]{64}$/.test(e)}function Wf(e,t,n){e=t<=2?e-1:e;let r=Math.floor(e/400),o=e-r*400,i=(t+9)%12,s=Math.floor((153*i+2)/5)+n-1,a=o*365+Math.floor(o/4)-Math.floor(o/100)+s;return r*146097+a-719468}function Kc(e){e+=719468;let t=Math.floor(e/146097),n=e-t*146097,r=Math.floor((n-Math.floor(n/1460)+Math.floor(n/36524)-Math.floor(n/146096))/365),o=n-(365*r+Math.floor(r/4)-Math.floor(r/100)),i=Math.floor((5*o+2)/153),s=o-Math.floor((153*i+2)/5)+1,a=i<10?i+3:i-9;return[r+t*400+(a<=2?1:0),a,s]}function ft(e){if(typeof e!="string"||!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(e))return null;let t=Number(e.slice(0,4)),n=Number(e.slice(5,7)),r=Number(e.slice(8,10));if(n<1||n>12||r<1)return null;let o=Wf(t,n,r),[i,s,a]=Kc(o);return i===t&&s===n&&a===r?o:null}function Zi(e){let[t,n,r]=Kc(e);return`${String(t).padStart(4,"0")}-${String(n).padStart(2,"0")}-${String(r).padStart(2,"0")}`}function bn(e){return Math.floor(e/86400)}var Hc="0~w,2n~x,d~1,ip~1,14~2,6~4,7~1,1~1,k~1,b1~1,12~1,1k~1,1l~6,r~4,6~h,m~1,5c~1,1c~2,1n~2,2t~e,1n~2,1d~2,f~1,s~2,1~1,b~5,w~7,23~1,4h~1,8~2,2~2,m~1,7~1,1~3,4~2,9~2,2~2,4~8,1~4,2~1,5~2,p~2,3~1,6~4,2~2,m~1,7~1,2~1,2~1,2~2,1~1,5~4,2~2,3~3,1~7,4~1,1~7,h~a,3~1,9~1,3~1,m~1,7~1,2~1,5~2,a~1,3~1,3~2,1~f,4~2,c~7,7~1,3~1,8~2,2~2,m~1,7~1,2~1,5~2,9~2,2~2,3~5,5~4,2~1,5~2,i~a,2~1,6~3,3~1,4~3,2~1,1~1,2~3,2~3,3~3,c~4,5~3,3~1,4~2,1~6,1~e,l~5,d~1,3~1,n~1,g~2,9~1,3~1,4~7,2~1,3~1,2~2,4~2,a~7,m~1,3~1,n~1,a~1,5~2,9~1,3~1,4~7,2~5,3~1,4~2,a~1,3~c,d~1,3~1,1f~1,3~1,6~4,g~2,q~1,3~1,i~3,o~1,9~1,1~2,7~3,1~4,6~1,1~1,8~6,a~2,3~c,1m~4,t~11,2~1,1~1,5~1,o~1,1~1,n~2,5~1,1~1,7~1,a~2,4~w,20~1,10~4,13~1,10~1,f~1,d~11,5i~1,1~5,1~2,3z~2,6g~1,4~2,7~1,1~1,4~2,15~1,4~2,x~1,4~2,7~1,1~1,4~2,f~1,1l~1,4~2,1v~2,w~3,q~6,2e~2,6~2,il~3,2h~7,m~9,o~9,k~c,d~1,3~1,2~c,1g~2,14~2,a~6,a~6,b~5,a~6,2h~7,17~5,1y~a,v~1,c~4,c~4,1~3,16~2,5~b,18~4,q~6,b~3,1q~2,1t~1,t~2,b~6,a~6,e~2,1t~f,25~1,4m~8,1o~3,f~3,1q~5,17~2,b~8,17~5,eu~2,6~2,12~2,6~2,8~1,1~1,1~1,1~1,v~2,1h~1,f~1,e~2,6~1,j~2,3~1,9~1,b~5,o~7,1d~g,2~2,29~b,x~f,3w~4,ii~m,b~l,1ec~2,am~5,19~1,1~5,1~2,1k~7,2~e,o~9,7~1,7~1,7~1,7~1,7~1,7~1,7~1,7~1,3i~2,4~s,q~1,2h~c,5y~q,28~1,2e~2,2v~5,17~1,1f~1,16~1,2e~9,1c~1,mlp~3,1j~9,9o~k,54~8,66~4,1~e,1o~3,a~6,1k~8,1y~8,c~6,38~b,u~3,26~1,b~4,x~1,1j~9,e~2,a~2,2v~o,s~a,6~2,6~2,6~9,7~1,7~1,1q~2,3i~2,a~6,8mc~c,n~4,1d~6is,a6~2,2y~12,7~c,5~5,q~1,5~1,1~1,2~1,2~1,i2~w,g~g,a~6,1f~1,j~1,4~4,5~1,3r~4,4f~1,u~3,6~2,6~2,6~2,3~3,7~1,7~d,2~2,c~1,q~1,j~1,2~1,f~2,e~y,3f~5,3~4,19~3,2g~1,d~3,1~1b,1a~3m,t~3,1d~f,s~4,10~9,u~5,17~5,u~1,11~4,e~16,4e~2,a~6,10~4,10~4,14~8,1g~b,c~1,f~1,7~1,2~1,b~1,f~1,7~1,2~3,1g~c,8n~9,m~a,8~o,6~1,16~1,e~1s,6~2,1~1,18~1,2~3,1~2,n~1,20~8,9~1c,j~1,2~5,x~3,r~5,r~12,1k~4,k~2,1e~1,2~5,8~1,3~1,t~2,3~4,a~7,9~7,1s~w,13~4,c~9,1i~3,t~2,r~5,q~7,4~c,7~28,21~1j,1f~d,1f~7,1a~8,a~6,12~3,t~8,2~5s,v~1,16~1,3~2,2~g,6~1,12~1,1k~8,16~m,q~12,s~k,n~9,26~4,10~9,1q~1,5~d,p~7,a~6,1h~1,i~8,13~9,2o~1,k~b,i~1,1b~1q,7~1,1~1,4~1,f~1,b~6,1n~5,a~6,4~1,8~2,2~2,m~1,7~1,2~1,5~1,a~2,2~2,3~2,1~6,1~5,7~2,7~3,5~b,a~1,1~2,1~1,12~1,a~1,1~2,1~1,4~1,a~1,2~8,2~t,2k~1,5~u,20~8,a~4m,1i~2,12~y,1x~b,a~6,d~j,1m~6,a~6,k~s,r~2,f~4,n~55,1o~2s,2b~c,8~2,1~2,8~1,2~1,u~1,2~2,c~9,a~1y,8~2,1a~2,b~r,20~8,2b~d,21~7,b~2d,8~2g,y~e,a~6,9~1,19~1,e~a,t~3,w~2,m~1,e~21,7~1,2~1,18~3,1~1,2~1,9~8,a~6,6~1,2~1,11~1,2~1,6~7,a~6,18~4,a~6,2~6m,p~7,h~1,15~3,t~2d,1~f,1e~d,pn~2u,90~c,8n~1s9,2r~d,ts~g,m~a,32z~5,g7~5a1,1m~1c6,ft~7,v~1,a~4,29~1,a~6,u~2,6~a,1y~a,a~1,7~1,l~5,j~c0,1m~5i,2j~5,p~2,p~18,23~4,1l~7,h~1s,5~b,7~9,5p7~10,y~2n,37~d,pe~e,1f~5y5,4~1,7~1,2~1,89~9,1~t,3~2,1~e,5~7,b0~1s4,2z~5,d~3,9~7,a~2,4~31c,71~3,c4~6,n~1,3~8,x~2,1a~2,n~9,38~1o,6u~a,37~8,5n~a,1e~1q,k~c,k~c,2f~9,p~3r,2d~1,1z~1,2~2,1~2,2~2,4~1,c~1,1~1,7~1,1t~1,4~2,8~1,7~1,s~1,4~1,5~1,1~3,7~1,9h~1,84~2,ji~f,5~1,f~28,t~rn,3m~e,7~1i,1m~1,h~2,7~1,2~1,5~5,1q~x,1~34,19~3,e~2,a~4,2~8w,v~h,1m~5,1~cw,16~5y,17~4,1~5c,v~1,m~8,2~68,7~1,4~1,2~1,f~1,5h~2,g~15,24~4,a~4,2~lt,1w~24,1p~5e,4~1,r~1,2~1,1~2,1~1,a~1,4~1,1~1,1~6,1~4,1~1,1~1,1~1,3~1,2~1,1~2,1~1,1~1,1~1,1~1,1~1,2~1,1~2,4~1,7~1,4~1,4~1,1~1,a~1,h~5,3~1,5~1,h~1g,2~7i,18~4,2s~c,f~2,f~1,f~1,11~a,4v~1j,t~d,18~4,9~7,2~e,6~4a,re~2,h~3,d~3,64~4,c~4,s~4,1k~8,a~6,14~8,u~2,c~4,2~e,9~13,9k~8,e~2,d~3,1z~1,1~3,i~1,d~3,c~5,43~1,2v~sl,wyo~w,3dr~1,4ge~2,5rl~f,ha~1wi,f2~15u,3t7~5,6ju~upy,8qo~ia4g",Gc="y:13.13,2:4w.1b.6f4,a:27,0:30,n:30,m:13,c:36.32,e:30,10:2x,0:2r.mw,2:2h.mt,0:6fj,v:1t.1x,9:1w.mt,6:3c,0:27.mw,d:2p.2t,9:6pu.mt,7:33.mw,5:34,h:1w.mt,0:2s.mt,k:20.mt,0:2w.mt,9:2x,f:24.mw,0:30.mw,8:32.mh,6:27.1x,0:33.2t,i:2c.mt,0:38.mt,o:2q.mt,0:13.1u,0:2q.lg,0:2q.lg,0:2q,2:1v.13,1:1w.mt,0:13.1w,0:2s.lg,0:2s.lg,0:2v,3:1y.me,0:2u,0:1z.13,2:30,0:30.mt,0:23.13,0:2z.lw,0:30.mt,0:qj.mw,1:26.me,0:32.mh,0:27.mt,4:13.28,0:34.lw,0:2a,0:1e,3:38.me,0:13.2c,0:38.lw,0:2c.mg,4:13.2h,0:3d.lw,0:2i.mt,0:3e.mt,0:1f,3:1e.mt,0:1h,0:37,1:34,0:30,0:30.30,1:x,w:1z.mt,0:2v.mt,1i:1f,5:1k,0:1k,0:2i.me,0:3e.me,h:2y,1:hk,2:2r.mw,1:2c.mw,2:1r,2:2d.mt,1:1x.mw,0:2t.mw,0:22.mt,0:2y.mt,2:2a,0:36.mt,0:2h.mt,0:3d.mt,1:2p,1:2q.lw,2:2s.mg,0:2s.lw,1:d9,0:d9.ke,0:x3n,3:2y.mt,0:2v.lw,0:2v,1:3d,2:2w.lw,1:2x.mt,0:2x,0:2x,0:30.ms,1:30.mg,0:30.f1,0:3b,1:36.32.me,0:32.me,0:32.mg,1:33.mt,0:33.5qf,2:2mpc,2:36.mh,0:36.mg,4:37.mg,1:2u,6:39,3:3d,0:3e.mg,1:f1,1:1r,0:x5a,a:35.lw,2:2s.3e,0:2s.f1,0:2s.i9,0:38.37,0:38.hv,0:38.gl,0:2u.32.mh,0:30.37,0:30.3e,d:13,0:13.13,0:13,0:13,0:13,0:13,0:121,2:1o,0:1q,0:2m,1:2m,1:13,1:13,0:13,4:1m,0:53,1:121,3:19,l:4fz,0:13.13,5:13,1:13.13,1:1m,2:kq,9:lg,3:nk,1:ld.ld,0:li,0:2tk,2:li.lj,0:le,3:lv,1:18w,2:5bd,5:mp,0:me,0:mg,4:me,6:1jz6,7:mt,0:mw,1:me,8:lf,2:mg,1:mr,0:1hiy,e:nk,0:lj,c:2mxb,0:lm,7:li,1:8s5,4:jz,0:t4,0:5qm,3:gk,1:x1b,1:22,h*2:1t,2:1x,0:2i,0:20,0:27.mt,0:30,0:23,0:g5,0*2:25,1:27,1:28,1:bt,0:2c,0:2h,1:2g,9:2p,0:67,0:3d,0:61r,0:x3n,1:32.mh,0:27.mt,0:2x,0:8o,2:3a,1:33,1:34,1:33,0:5qz,0:39,0:hk,k:qq,0:1y,7:tj,0:uf,2:1e,0:bs,2:1i,0:33,5:2y,3:66,0:34,1:25,2:au,1:x1a,4:x3m,0:2b,0:30,1:22,7:1t,0:2q.lg,0:1u,0:pf,1:1x,1:1f,2:23,0:g5,0:25,0:20,0:27,0:ps,0:28,0:1v,0:2c,0:2h,0:py,0:2g,5:2q.30,0:2q,1:30.27,1:2p,0:1i,0:ih,0:36,1:2t,1:gs,0:5qm,1:8o,1:i5,0:ik,0:33,0:qo,0:34,0:2r,0:5qz,0:3d,0:hk,0:3c,2:3b,1:jt.2q,0:at.2x,0:at,2:5qx,4:x3n,0:37,0:2x,1:2y,2:2w.mt,3:39.mh,1:3b,0:2q.mt,0:2q.mt,c:q0,0:qw,0:27.mt,0:33.mt,0:2e,0:3a,2:27.3d,0:33.3d,2:v4.w6.w7,0:3b.w6.w7,c:t4.me.li,0:5qm.me.li,0:2q.mt,0:2q.mt,2:pf.13,0:36.13,0:pf.mt,0:36.mt,2:t2.mh,0:ty.mh,0:1f.me,0:gs.me,0:23.mh,0:8o.mh,2:23.mt,0:8o.mt,2:20.mh,0:ik.mh,6:1v.me,0:2r.me,0:2c.mh,0:5qz.mh,0:2h,0:3d,0:2h.mt,0:3d.mt,0:2g.mh,7:2w,0:2w,1:2t,0:xo.mg,0:2t.mg,0:30,4:g5.me,0:u3.me,0:20.me,0:ik.me,0:20.me,0:ik.me,0*2:xi,0:25.me,0:i5.me,0:30,4:1t.1x,0:2p.2t,2:b3,0:d9,6:1f,0:f1,6:27.mt,0:33.mt,n:2s,8:dy,1:1z,0:gy,2:b4,0:x3n,8:29,0:35,0:2f,0:3b,t:3ou,8:3k6,0:1f,4:3s3,1:3mp,0:2d,1:2b,3:py,1:27,4:13,0:13,1:13,2:36.32,0:3b,1:35,2:35,7:61r,1:2w,1:32.mh,2:2y,2:32,1:hc,1:32,0:39,3:2v,0:2x,1:2u,0:33,0:10,2:1m,i:ld,0:ld,6:13u,3:13t,4:13q,0:13s,0:lm,0:154,3:mb,4:lj,0:lj,1:155,3:30,0:lj,0:lj,0:1m,0:lj,0:mb,f:30,2:3a,0:13,5:30,1:33,e:30.30,0:30.13,0:13.13,0:13,0:13.13,k:4w.1b.6f4.6f4,0:4w.1b.6f4.6f4.6f4,2:18,1:189,8:ld,0:lv,0:18w,c:30,1:33.lk,1:18p.1cr,8:183.1cr,8:18p.le,1:18p.1cr,0:2n,6:33,2:18p,0:ld.ld,2:ld,0:lv,1:1h5z,0:lm,0:lf,2:mh,0:lu,0:li,0:lg,0:li,0:le,0:mb,0:lw,1:191,0:1a,0:30,3:33,1:2e,0:g5,1:4w.1b.6f4,0:18,0:170,0:16,0:18p,0:1b5,0:2tk,1:30.19w,0:30.191,5:18p.179,0:17u,3:18p.1cr,2:17x.190,3:17x.1cr,2:17z.179,2:1ai.179,2:17z.1cr,0:17z.1cr,1:181.179,0:181.li,5:181.1cr,5:185.1cr,0:187.1cr,4:1b5.1cr,2:18h,0:1b5.1cr,0:18j,0:18j,2:18j.1cr,6:1bj.1cr,0:18k.li,1:18k.1cr,2:18p,0:18p.179,1:18p.1cr,0:33,2:33,1:33.lk,0:1c5,1:18o.li,0:18o.lv,0:18o.2tk,0:18o.le,1:18o.1cr,0:18p,1:18p.li,1:1a3,0:18p.1cr,0:18p,1:19,0:33,9:lm,8:li.lj,3:lj,1:17z.le,0:181.le,0:1a,0:30,0*3:19e,0:33,0:19i,0:2e,0:g5,0:19l,3:17l.1hiy,0:18l.1hiy,0:33.le,1:1a,0:1a,0:1m,0:1m,1j:mb,3:lj,0:lj,0:mb,4:ld,9:17s.1cr,0:18p.1cr,3:18p.li,b:1bg,0:18j.1cr,3:1g4,0:18m.179,0:18m.li,2:181.190,4:1av.179,0:17x.190,b:183.le,13:ld,0:ld.ld,0:18w,0:18w.18w,0:nk,0:nk.nk,1:1ik.1ik,0:1ik.nk,1:lm,f:27,9:30,0:33,0:2h,6:1y,1:2q,a:2c,0:pg,9:lg,1:lj,0:le,3:mb,0:lk,0:13,0:13,4:2n,w:lf,g:lm,3:53,0:1m,e:33,e:18j,8:189,1:mp,0:mb,5:2a8,5:181,13:18p.lm,h:17s.190,2:1b6.1cr,2:18l.1cr,0:18p.19w,0:1g4,4:17z.mc.mb,0:185.mc.mb,0:1bj,0:18o,0:182.le,3:17s.1cy,0:18p.1cr.1cy,1:181.li.lj,0:18p.li.lj,0:1b5,0:1b5,0:18p,0:18p.1cr.li,0:17u.li,0:18p.179.li,0:1ae.li,0:18j.li,y:18s,2:18s,1*2:lj,1*2:mb,1:ld.ld,0*2:18s,0:lv,4:nk,0*2:no,4:nk,0:nm,0:li.lj,0:lj,0:1m,0:1s5.1ty,1:1s5.1jo1,1:1tc.1u5.1s7,4:1sf.li,0:1sf.1ty,1:1sf.1jz8,0:1s5.1jo1.li,0:1s5.1jo1.1ty,0:1s5.1jo1.1jz8,0:1s5.1jo1.1u0,q:1jnr,b:1jo1.1tm,0:mb,1:1jo1,0:1xb,5:li,1:1jz8,1:1jo1.li,8:mp,0*2:lc,1:1jz6,0:1jz6.1jz6,c:30,0:30.30,0:33,0:19l,1:1f,6:4w,1:1s5.li,0:1s5.1tm,0:1s5.1jo1.1tm,0:1s5.1u7,5:1sn.mp,0:1ss.mp,0:1r,0:1sx.mp,0:1t8.mp,1:li.lj,4:1vp.1xa,1h:mb,z:1vv.1xf,0:1vv.1xf,4:33,3:1k,2:1l,2:1ww,c:4w,4:lj,0:1vn,2:1z9.20u,0:1t6.1u5.1sv.1xb,0:1t6.1u5.1sv.20w,0:22b.1jz6,0:22b.1jz6.1jz6,4:1t6.1u5.1sv.1jz8,0:1z9.1u0,3:1z9.218,0:1th,6:1t0.1u5.1t0,2*2:1sv,3:1s9,2:1t6,3:1sy,2:1t9,6:1tl,2:1ta,3:mb,2:1xb,1:1jz6,0:1jz6.1jz6,4:1jz8,0:1u0,2:1ty,1:1u5,o:33,0:1l,2:1k,7:1t6.1u5.1sv,3:53,a:li.lj,0:lj,0:1m,2:22t.24e,6:22t.24l,1:22t.24n,0:22t.24o,0:22t.24e.24l,1:22t.24e.24n,0:22t.24e.24o,l:uf,5:1uw,b:mb,0:1tp,3*2:1tt,a:1u5,o:33,1:1uw,0:1f,0:1uy,0:uf,2:1v2,1:4w,g:li.lj,1:1k,2:26d.27y,p:27,r:mb,m*2:lj,h:33,1:1l,p:lm,7:2a1.2b7,h:2a8,d:1kug,5:2a0,7:2ba,5:2a0,9:2ax,4:lj,9:2b7,e:33,0:2ad,0:2a1,1:2ai,0:2a0.2bl,0:2ai.2bl,0:2a6,0:29x,1:2b3,1:2ai.2bm,1:2b2.2bk,0:2cz,1:2a6.2b9,0:2bb,1:2aw.2bk,5:li.lj,1:33,0:1vn,0:lm,e:2du.2fp,0:2du.2fg,1:2hi.mb,9:2eo.155,1:2e9.mb,2:2ef.155,7:2ek.mb,0:2et.2f5,8:2et.mb,1:2et.2f2,8:2f5.2f2,1:2f7.2f2,r:2dn.2f2,0:2do.2f2,4:33,q:li.lj,0:33,0:1vn,1*3:2dh,8:2ds,1:2du,0:2du.2fp,0:2du.2fg,2:2dz,4*4:2e4,3:2eb,2:2ee,1:2eg,6*5:2en,b:2f3,1:2f5,1:2f7,o:2fw,4:2h8.2im,4:27,0*2:2g7,6:2gf,g:lm,0:li.lj,0:33,0:1vn,4:2kn.2mv,0:2a1,0:2a1.2mv,1:2lk.2m9,3:2bq.2ku,2:2ky.2m6,0:2ky.2mv,1:2b9,2:2lk.2m9,2:2a8,2:37,0:33,2:2ar,1:2b2,b:2ls,2:2b8,1:2ba,3:2an.2bj,4:2bj,0:2bj,1:2m9,0:2m9,2*2:2bq,0:2bq.2bq,5:1v5,b:2lk.2ml.2lq,4:33.2ls.33,1:2la,4:33,3:2ls.2ml,0:2li.2ml.2ls,0:2lk.2ml.2lk,0:1l,0:2lx.2ml.2ls,0:2lk.2ml,6:2m1.2ml.2lq,2:2lk.2m9,0:2ar.2ml,0:2lk.2ml,0:2ls.2ml,0:2lu.2ml,0:2lv.2ml,3:33,0:1vn,9:2pv.2qg,4:2oh.2q2,0:2oh.2qh,x:2oh,0:2or,2:2ok,6:2ow,3:2pj,m:2qh.2qh,d:2qw.2q7,0:2oy,0:2pb,3:2qw.2qb,2:2qg.2qg,g:2rm,7:2ru,3:2ry,4:2ro,0:2ro,1:2s1,9:2rq,4:2sg,2:2w9,g:mb,6:2tc.2tc,3:2sy,7:lm,2:33,1j:2rs,4:2si,c*2:2sa,1*3:2sd,o*2:2t4,0:mb,6:2ww.2ww,6*4:2tk,1:lm,2:33,1b:31k.324.lm,1:31c.31w.32a.1vn,0:31c.31w.32a.2z8,a:2z1.2z1,c:2ze.2ze,2:2zh.2zh,0:2ze.2zh,n:md,x:30l.309,0:30m.309,0:30n.309,e:31e,g:322.322,1:324.324,0:lm,0:1vn,1c:31t,t:2zh.2ze,6:ggg,0:ggd,15:2ls.370,1:2ls,1:2r,b:33.370,7:37l.370,4:33,1:36d.370,2:391.370,0:2ls.370.37d.2ls.370,5:36m.37g,0:36m.37g.287.370.37e,6:287,4:lm,0:md,0:1vn,7:33,9:30,0:30.30,e:2r,6:36j.37i,3:37l,0:36d.37i,8:36d.370.37i,0:35v.37i,2:le,a:399.37i,2:2ls.37i,s:39f.lm,1:x3a,o:2w,3:2b,9:1e,5:2i,9:33.370,0:2ls,e:3d,b:f1,9:2b,1:33,1:3cw.3cw,2:3cz.3cz,3:3d3.3d3,1:3d5.3d5,0:33,1:3d8.3d8,5:3cy.3cw,0:3cy.3cy,0:3cy.3cz,0:3cy.3d3,0:3cz.3cw,0:3d1.3cy,0:3d1.3d1,0:3d1.3de,0:3d1.33,0:3d2.3d3,0:3d2.33,0:3d3.3cw,0:3d3.3cy,0:3d3.3cz,0:3d3.3d5,0:3d3.3d5.3cw,0:3d3.3d5.3cz,0:3d3.3d5.3d3,0:3d3.3d5.3d5,0:3d3.3d5.3d8,0:3d3.3d8,0:3d3.3da,0:3d3.3dc,0:3d3.3dd,0:3d3.33,0:3d3.3d3.33,0:3d5.3cw,0:3d5.3cy,0:3d5.3cz,0:3d5.3d1,0:3d5.3d2,0:3d5.3d3,0:3d5.3d3.3cw,0:3d5.3d5.3d5,0:3d5.33,0:3d5.3d8,0:3d5.3da,0:3d5.3db,0:3d5.3dc,0:3d5.3dd,0:3d1.3de,1:3ek.3ek,1:3em.3em,1:33.3cw,0:33.3cz,0:33.3d2,0:33.3d3,0:33.3d5,0:33.3eo,0:33.33,0:33.3d8,0:33.3da,0:33.3dc,0:33.3dd,1:3d8.33,1:3f2.3f2,1:3f4.3f4,0:3da.3db,0:3da.3de,2:3dd.3d3,0:3dd.33,0:3de.3de,1:3cw.3cz,0:3cy.3d5,0:3cy.3d8,0:3cy.3de,0:3cz.3d1,3:3fl.ffs,1:3fn.ffs,1:3fp.ffs,1:3fr.ffs,1:3ft.3fl,0:3ft.3fl.ffs,0:3ft.ffs,2:3fy.3fp,0:3fy.3fp.ffs,0:3fy.ffs,1:9oc,0:9oc.ffs,0:ffs,0:3fl.3ft,0:3fl.3fy,0:3fn.3ft,0:3fn.3fx,0:3fp.3ft,0:3fp.3fy,0:3fp.9oc,0:3fr.3ft,0:3fr.3fy,0:3ft.3fp,0:3ft.3fp.ffs,0:3ft.3fr.ffs,0:3ft.3ft,0:3ft.3fy,0:3fx.3fn,0:3fx.3fn.ffs,0:3fx.3fn,0:3fx.3ft,0:3fx.ffs,0:3fy.3fl,0:3fy.3fl.ffs,0:3fy.3fp.9oc,0:3fy.3fr.ffs,0:3fy.3fy,0:3g2.3fl,0:3g2.3fp,0:3g2.3fp.ffs,0:3g2.3fr,0:3g2.3fr.ffs,0:3g2.3fy,0:3g2.ffs,0:9oc.3fy,0:9oc.9oc,0:9oc.ffs.3fy,0:ffs.3fl,0:ffs.3fn,0:ffs.3ft,0:ffs.3fy,0:ffs.9oc,0:ffs.3ha,1:3ha.3fp,0:3ha.3fy,0:3ha.ffs,0:3ha.3ha,0:3fl.9oc,0:3fn.3fy,0:3fr.3fn,0:3ft.3fn,0:3ft.3fn.ffs,0:3cw,0:3cw.3cw,0:3cw.3d5,0:3cy,0:3cy.3d8,0:3cy.3de,0:3cz,0:3d1,0:3d1.3cw,0:3d1.3d2,0:3d1.3d3,0:3d1.3d5,0:3d1.3dc,0:3d1.3dd,0:3d1.3de,0*2:3d2,0:3d3.3d5,0:3d5,0:3d5.3d5,0:33,0:3d8,0*5:3da,0:3cw.3d1,0:3cw.3d5.3cw,0:3cy.3cw,0:3cy.3cz,0:3cy.3d5,0:3cy.3eo,0:3cy.3dc,0:3cz.3cw,0:3cz.3d1,0:3d1.3cw.3d5,0:3d1.3cy,0:3d1.3cz,0:3d1.3cz.3de,0:3d1.3d1,0:3d1.3d2.3cw,0:3d1.3d2.3d5,0:3d1.3d3.3d5,0:3d1.3d3.3de,0:3d1.3d3.33,0:3d1.3d5.3d5,0:3d1.3eo,0:3d1.3db,0:3d1.3fd,0:3d2.3cw,0:3d2.3d1,0:3d2.3d3,0:3d2.3d5,0:3d2.3d5.3d5,0:3d2.3eo,0:3d2.3da,0:3d2.3de,0:3d2.33,0:3d3.3d1,0:3d3.3dd,0:3d3.3de,0:3d3.33,0:3d5.3cw,0:3d5.3cz,0:3d5.3d1,0:3d5.3d3,0:3eo,0:33.3cw,0:33.3cw.3cw,0:33.33,0:33.3db,0:3f0,0:33.3d5,0:33.3eo,0:3dd.3d3,0:3dd.33,0:3de.3cy,0:3de.3d1,0:3de.3d2,0:3de.3d3,0:3fd,0:3cw.3cy,0:3cw.3d3,0:3cw.3da,0:3cw.3db,0:3cw.3de,0:3cy.3cy,0:2d,y:hc,s:py,v:11k,1f:12p,1n:27,33:27.mt,t*2:lj,1:1m,3:6v,19:1m,c:1w,0:2a,0:2c,1:27.m3,0:2x,2:8s5,0:2h,0:1t,0:22,0:1x,1:1r,1:8s5,0:pf,1:2f,3:25,3:20,1:2h,0:27.mt,0:38.me,0:1z,1:2w,0:2i,3:v4,3:b4,0:2d.mt,1:1g,0:2q,2:2a,1:2f,0:2b,3:2e,0:2b,3:24,0:1v,2:28,3:23,0:2s,3:27.mt,2:1i,1:67,1:2w.lw,0:1z,0:1u,6:gy,0:ih,3:1p,2:pg,8:53.3y9,0:3y9.53,0:53.pg,0:pg.53,0:53.3yc,0:3yc.53,0:53.3yd,0:3yd.53,0:53.3ye,0:3ye.53,1:53.3yi,0:3yi.53,0:53.3yj,0:3yj.53,9:4w,2:53,0:jt,0:17,1:3y9.3z4,0:pg.3z4,0:3yd.3z4,0:3yi.3z4,0:2e,1:g5,1:1q,3:53.1q,0:1o,1:53.2e,0:2e.53,0:53.g5,0:g5.53,0:53.3zm,0:3zm.53,0:53.1q,0:1q.53,0:53.3zo,0:3zo.53,0:53.1o,0:1o.53,0:53.3zt,0:3zt.53,2:13,1:2d,1:11k,5:53.40g,2:53.2d,0:2d.53,0:53.11k,0:11k.53,0:53.40f,0:40f.53,0:53.40g,0:40g.53,0:53.40h,0:40h.53,0:53.40l,0:40l.53,0:53.40m,0:40m.53,2:2d.13,0:11k.13,0:40g.13,0:40l.13,2:28,1:2s,2:2q,0:2q.lj,0:53.417,0:417.53,0:53.28,0:34.53,0:53.41a,0:41a.53,0:53.2s,0:2s.53,0:53.41c,0:41c.53,0:53.2q,0:2q.53,0:53.2q.lj,0:2q.lj.53,3:417.13,0:28.13,0:2s.13,0:2q.13,4:22,4:53.421,0:421.53,0:53.423,0:423.53,0:53.424,0:424.53,0:53.22,0:22.53,0:53.426,0:426.53,0:53.428,0:428.53,0:53.429,0:429.53,5:pf,4:24,1:53.42r,0:42r.53,0:53.pf,0:pf.53,0:53.42u,0:42u.53,0:53.42v,0:42v.53,0:53.42w,0:42w.53,0:53.24,0:24.53,0:53.42z,0:42z.53,5:1e,9:53.43k,0:43k.53,0:53.43r,0:43r.53,0:53.43s,0:43s.53,2:3z5,a:53.443,0:443.53,0:53.445,0:445.53,0:53.446,0:446.53,0:53.447,0:447.53,0:53.448,0:448.53,0:53.44a,0:44a.53,0:53.44b,0:44b.53,c:53.44t,0:44t.53,0:53.44v,0:44v.53,0:53.44w,0:44w.53,0:53.44x,0:44x.53,0:53.44y,0:44y.53,0:53.450,0:450.53,0:53.451,0:451.53,8:45n.1o,0:45n.40l,0:45n.2q,0:45n.428,7:53.45s,0:45s.53,0:53.45t,0:45t.53,0:53.45u,0:45u.53,0:53.45v,0:45v.53,0:53.45w,0:45w.53,0:53.45x,0:45x.53,0:53.45y,0:45y.53,a:53.1g,0:1g.53,0:53.46g,0:46g.53,0:53.46h,0:46h.53,0:53.46i,0:46i.53,0:53.46j,0:46j.53,0:53.46l,0:46l.53,0:53.46m,0:46m.53,3:17,0:3c,c:53.47g,0:47g.53,b:53.47u,0:47u.53,b:53.487,0:487.53,5:16.16,7:61r,4:20,0:3c,0:47k.418,0:47k.28,0:47k.41a,0:47k.2s,0:47k.41c,0:47k.2q,0:47k.2q.lj,0:47k.41v,0:tr,0:2a,6:49h.422,0:49h.423,0:49h.424,0:49h.22,0:49h.426,0:49h.428,0:49h.429,q:2q,4:1y,0:6k2,1:x6j,c:8rz,0:1t,o:1w,b:1w,4:v4,0:25,6:1u,a:428,0:421,0:443,2:44a,e:1e,b:477,0:47a,0:47e,9:c1,0:q1,4:c1,0:q1,1j:2g,0:3c,0:47k.417,0:49h.421,0:49i.423,0:49i.424,0:49i.22,0:49i.426,0:49i.428,0:49i.429,0:49z.53,0:4a0.53,0:4a1.53,0:4a2.53,0:4a3.53,0:4a4.53,0:4a5.53,2:w,11:66,b:1o,4:2g,9:30,0:4hp,2:30.mw,6:13,3:30,4:23,0:25,1:q0,8:4ho,9:53,0:1m,0:17,2:py,h:1f,13:1j,9:4k5,0:1b,n:19,4:lg,g:3c,17:4ne,h:4nl.4pe.4no,1:4o2,0:4o2.4om,b:4nq.4pe.4nm,6*4:2t0,3:4ox.2t1,5:4ox.4om,1:lm,0:1vn,3:2tk,7:lm,0:2sv,0:2u2,3:2tr,0:2u3,5:33,y:1m,5:1m,23:4s5,1s:4t8,s:53.4vl,2:53.4vo,2:53.4vs,8:53.4w0,3:53.43m,0:43m.53,0:53.43n,0:43n.53,0:53.43o,0:43o.53,0:53.43p,0:43p.53,0:53.477,0:53.47a,0:53.47b,0:53.47c,0:53.47d,0:53.47f,0:2m,6:4xh,0:1v5.3z2,0:3z2.1v5,0:4w,0:1v5,0:477.53,2:47y.53,0:486.53,0:48b.53,2:tr.53,1:49j.53,2:v4.53,2:4c4.53,1:4d7.53,1u:uf,2r:38d,1i:526,0:52p,26:2ls.370,2:2ls,e:33.370,4:36d,5:37l.370,1:36i,5:33,2:36m,b:37j,0:37g,0:37d.36k,6:37d.36d,0:37d.36m,1:37d,1:378,0:370,0:36z,f:lm,a:md,0:33,f:33,o:59k.59k,1:59m.59k,8:1cr,2:mg,x:5ae,8:lg,4:5b9,0:lg.lg,2x:5cd,0:5ch,4:5d4,3:5e8,2:5em.5em,w:lm,1y:9oc,y:33,1:3c,6:19,1m:lk,8:mb,4:5kr.5kr,1u:5mm.5mm,2:33,0:2r,0:1j,g:1f,x:1e,5:2b,1:27,g:le,1:lg,0:13.13,1:mj,2:1jz6,0:ml,0:lq,1:mh,0*2:mb,e:ly,6:li,0:2g,2:lm,b:2r,3:gs,2:8o,1:i5,1:33,0:gk,0:33,2:d9.33,7:39,3*2:3a,0:3e,1:bs,1:36,0:i4,0:qo,0:5qw,1:u3,1r:39.2t,2:2u.ms,0:36.32.ms,0:32.ms,1:36.ms,0:hq.ms,0:37.ms,0:38.ms,0:3e.ms,4:2x.mt,0:2x.mt,0:34.mt,0:39.mt,0:i2.mt,3:2v,8:3d,2:2mp5,0:gb,8:2mpn,26:5ay,5:92k,f:1ik,4e:2u,0:67,2j:30.24,4:3d,7k:19,1:19,0:19,0:9oc,0:9oc,0:30.30,1:13,0:13,0:18,0:13,0:13.13,0:13.13,1:13.13,2:53,4:53,8:4w.1b.6f4.6f4,0:4w.1b.6f4.6f4.6f4,0:13,2:13,3:1o,0:1q,6:1b,1:19,0:1b,9:16,3:4w.1b.6f4,0:3i,6:1m,2:8yf,0:8xu,1u:1v.6i3,2:4j,0:36.32.mw,3:2f.mt,1:2s.mt.mp,0:x3m,0:23.mt,0:2c.6i3,7:30.38,6:11w,3:181.18p.30.18k,p:1cr,18:tp,u:c1,1:hr,4:2t,i:wko,0:wl2,0:20hs,1r:au,0:gk,5:xv0,6:4i7,3:4iw,v:6nm,4:2q6m,3:4ii,0:30,4:2rps,7:2rpt,1f:8rz,2:b2,1:27.mw,0:pg,8:ps,1:bt,0:19,1:17.lj,0:1b,0:2k,0:16,0:4w,0:53,4:33.33,4:30,1:30.30,2:3a,0:11k,0:2d,0:hv,a:1m,0:1m.1m,0:19.lj,3:3i,j:1p.lj,0:1p.mb.lj,2:1m.1p,0:1p.1m,1:1p.lm,1:1p.le,0:1p.li,3:1p.ob,4:6sh,6:1o.1o,0:1q.1q,m:40l,0:40g,h:1f3c,0:27.mt,2:ig,3:27.mt,6:2c,0:wk5,q:6qv,0:3a,0:11k,0:2d,0:4ik,0:53,2:4im,d:1o.53,0:53.1q,0:1o.1o.1o,0:1q.1q.1q,k:8yf,0:53.53.53,4:x3n,a:1x,0:27.mw,10:6xw,r:9j0,n:pg.mq,0:4ik.mq,1:4w.mq,2:6u3,1:2c.lk,0:6pz.lk,0:6va.lk,0:4w.lk,0:27.lk,0:qw,1:3i.lk,0:3zp,1:6pz.ms,0:27.mt,6:2x,0:34,0:qx,0:2p.mq,0:x3n.mq,0:2x.mq,0:qx.mq,0:2p,4:4hp,s:ffs,2:ffs,2:ffs,2:ffs,4:ffs,3:ffs,i:6z9,0:6z2,0:6yz,2:6zx,x:6f5.6f4,j:73v,0:30,0:7jy,23:2k.2k,51:9oc,0:9oc,0:30,0:30,b:7bg,j:7bw,1y:ci,6:1b,0:2k,0:2g,k:6q6,7:7f0,3:jt,2:7fa,5:7fc,2:6q6,9:6q6,6:739,1:pg,3:6ur,0:7g6,1:7g6,2:1f3w,3:6uq,5:4ik,2:4ik,0:4w,2:6ym,h:6xe,5:4w,y:ig,6:7fl,k:1ggu,a:pq,7:70o,a:2k1j,a:6rz,8:2s0l,5:2s0n,4:4ik,6:2jx4.2jxh,0:2jx4.2jxh.2jxq,1t:4w,57*2:14,4:1o,0:1q,2*2:14,0:3f,0:3h,v:17,0:19,0:6v,16:wk5,5:2k.40l,0:40g.1b,1:1b,1:2k,b:2c,e*2:7sc,m:w,72:2jfk,17:3c,0:3c,1i:30.4ii,1:6o3.6o2,8:30.6o2,0:6o3.4ii,i:1vn,8:2j.mp,0:2l.mp,c:8xu,m:6yx,4:2jg0,8:6ym,5:9j0,0:6yq,1:6yj,e:1f40,2:87u,8:3b,h:1m.6mq,0:2k,0:1b.lg,1:1b,0:2k,6:ig,0:1f3c,0:6tz,0*2:6tp,0*2:6tv,m:4im,2:1q.1q,0:4ii,0:17.lm,0:17.le,0:17.lf,0:17.mb,0:17.mo,0:17.6f6,1:19.lv,0:19.mb,4:3c,0:3c.lj,c:6xl,0:8bj,0:6q8,12:1p.mb,3:3i.lj,3:1p.6i8,1i:1q.1o,4:4b9,0:4b6,17:40g.40l,z:1b.1b.1b,1:1b.1b,48:1p.59u,1t:2l.53.2j,j*4:6n2,3b:20.mh,1:23.mh,1:2i,0:3e,l:1u,0:ih,0:pf,0:36,0:pg,1*2:x3m,1:qq,0:2i,0:3e,0:20,0:ik,0:27.mt,0:33.mt,0:30,0:2x,0:23,0:8o,0:qj,0:i4,0:25,0:i5,0:26,0:hg,0:1f,0:ib,0:27,0:33,0:ps,0:qo,0:28,0:34,0:1v,0:2r,0:2c,0:5qz,0:2h,0:3d,0:py,0:hk,0:2g,0:qv,0:q0,0:qw,0:wuk,0:qx,0:19.lj,0:19.lj,0:1o.53,0:1o.53,0:pq,0:6sh,2:19,0:19,0:tk,0:3b,2:11w,0:sc,2:1f,0:f1,0:1b,0:1b,2:1l,0:1l,0:1f,0:f1,0:28,0:34,0:24,0:in,0:1i,0:1i,8:1i,0:61r,2:hk,0:hk,2:rb,3:11w,0:7jb,f:2k.2k,5:13,19:3e,3:27.mt,5:g5,0:2e,0:1x,0:b2,6:27.mw,6:53.53.53,0:bt,0:30,4:30,1:x,2:27,0:29,3:ig,3:2g,2:pg,2:4j3,2:1o,3l:5wf,1:lm,2:o8,0:5az,0:of,6*2:o3,q:18,7:19.lk,3:3i.lj,0:3i.mb,6:40l,0:40g,0:14.14,0:15.15,0:6r9,0:6r8,0:1m.1m,1:17j,1:4w,0:53,0:170,2:17f,3:61r,3:8xu,1:52,0:1p,x*2:14,t:ghu,0:fh7,0:fh6,1:fjv,0:g3m,0:2uco,1:g76,0:ggs,0:aim,2:g1s,0:i77,0:i76,0:2yma,0:ik3,0:inu,0:itt,0:its,0:ix0,0:b96,0:jf0,0:jzp,1:k4h,1:kco,0:l8a,1:lch,0:ldh,0:ldm,0:m7g,0:mjv,0:mjv,0:ffw,1:mnh,0:mtn,0:38d0,0:p5e,0*2:ny2,0:3b2v,0:oop,0:p0f,0:p5f,0:p5e,0:af5,0:g47,0:3ckr,0:p6y,0:3cr0,0:3cqz,0:paa,0:pds,0:pdr,1:3dxt,0:prt,0:prt,0:prt,0:qj2,0:qxw,0:r5s,0:r5r,0:r7l,0:r82,0:3gz6,0:rkw,0:rvh,0:3id3,0:sbq,0:sdy,0:sdy,0:sdy,0:tnh,0:tc5,0:3dc.9oc.3cy.3d8,0:tiw,0:tj3,0:tm0,0:3l73,0:tnh,1:tw2,0:u06,0:u45,0:u6m,0*2:u72,0:3mv3,0:u74,0:uar,0:3n68,0:ui4,0:ujs,0:unw,0:uws,0:v8f,0:gh0,0:vc6,0:vd0,0:vem,0:k21,0:vgw,0:l7z,0:vi7,0:o9o,0:vix,0:vj0,0:fi8,7j:kz,0:13.13,3:27,0*2:7sc,8:6go,1*2:14,4*2:7vq,0:3i,f:lm,0:md,5:1b,r:7sc,21:1ehq,0:lm,5:1p,3:fjv,3:ijp,2:gbf,j:hlh,8:ggs,2:fik,1:ny3,0:1b,0:g2z,2:get,5:9ko,7:gja,7:its,4:gkj,d:53,l:7sc,0:2c,7:2h,b:g1r,3h:9mj,x:2tak,8:fgg,0:9oc,0:ffs,0:1b,0:1b,0:2k,0:2tal,0:fh7,0:2tai,0:2tam,0:2tcc,0:fid,0:7sc,0:2taj,0:fgg,0:2tap,0:fh6,0:fh5,0:2tce,f7:9pk,5:aa2,ir:43sr,6q:9oz,eo:app,az:3tbq,h1:43x6,7p:43yj,3:43yo,9d:4405,8g:440x,go:ako,3o:bp7,50:444j,cf:3gz2,14o:f2l,a2:i9a,4:34br,1t:9oc,1:9ou,2:2c,f:3d8.3ft,5:3d5.3d5.9oc,d:9ow,1:2h,a:2k,8:1b,4:9nl,21:2dk2,6:2dk8,1g:3d5.9oc.3cw,v:43qv,7r:fp1,1l:ftw,7o:g24,0:20oj,3h:lta,ab:prt,o:prt,1:3d2.3fl,4o:3d5.9oc.3d2,17:gmr,k:gmr,7p:gur,af:gkj,b7:hgh,3j:h7j,j:hij,30:hns,25:hq1,38:hsr,1:hsr,5q:hwv,2q:43to,dq:gx2,3t:9ot,z:9pp,1:ikf,1b:ild,t:bp6,8j:43uj,5p:j0m,2b:j2d,41:3tbz,72:jee,0:jee,3l:ji1,4i:jl5,38:jlr,10:jlr,h:bi9,c:jqy,1c:jqy,6c:3zyc,19:k0j,5q:k6f,1l:cov,5:k7u,3q:k4l,5:bmi,j:deb,r:dhf,2:9nf,1:kdm,3y:bpt,1w:kfi,5d:koi,87:bs3,1p:kv1,71:3ti6,1p:2kc6,6e:43wj,2p:lgr,6l:lnb,4v:g5t,14:afn,1f:g5v,8:g5u,j:g5w,0:afp,13:afq,26:g5z,n:afr,4:lu0,1e:g60,i:g64,4:g61,q:g62,j:m2q,1e:g67,51:43xf,aq:3cy.3fy.ffs,7i:hns,87:mzo,il:396b,7:niz,8i:npw,ce:o3p,nf:ord,r:or9,2n:ouq,jr:41zf,7:kcs,z:kcw,5:kcv,11:bp1,a:kcz,11:kd4,9:pij,f:ph8,2t:kdf,7e:4a3s,2e:pvj,fp:q6l,75:qif,5v:qnv,as:duo,ar:dyu,2m:ram,1a:re2,38:rhc,31:rk6,5v:rq4,82:ry7,37:s11,4g:s5z,m:s6p,38:s8v,5n:444g,4j:ed0,b:444p,2t:smv,b:smv,d3:sz7,5c:t65,6g:4452,67:3dc.9oc.3cy.3d8,2:446c,8v:i4p,fa:lsc,g:u7i,57:lus,d4:f2d,jf:v9e,3y:vdd,5m:cy3,11:cop,y8:w5p,7:vr4,1:vnu,8:wgo,0:vua,3:vo0,3:wci,9:wcf,3:w4x,0:w2h,0:wbv,1:wc5,d:1u,0:28,0:2s,0:1w,0:2c,1:1z,0:23,1:22,0:1v,0:au,0:2i,0:1y,0:6k2,0*2:25,0:24,0:2b,0:2a,1:g5,0:2e,0:20,2*3:2f,0:4ca,0:1t,0:8rz,0:1x,0:b2,0:30,0:27,0:2d,0:11k,1:4bl,0:1a,0:18,0:1a.1a,0:1a.18,1:1m,0:19.1a,0:1p,b:2c,a:30.30.30,18:1i,g:pg,2:1u,n:30,6:2b,i:1k,1t:1x,3:61r,1o:1p,1:1a,4:b4,1c:1e,0:bs,1:2x,5:qx,2:tm.30,0:jt.2q.2x,m:ig,6:6i1,c:li,1:jr,d:2c.mg,0:5qz,7:2w.lw,2:27.27,0:33.33,0:1f3c,6:t4,0:33.lg.lg,4:9mh,8:4hl,0:8s5,0:2h.lj,m:2i,3:ip,0:g5,c:ps,1:1l.53,1:2e,b:1r,3:1e,0:le,0:lg,2:wz7.wz7,v:kr,1:kq,h:2c.1f,0:38.f1,0:b4,6:37,0:1t.1t,0:2p.2p,0:1t.27,0:2p.33,0:1t.2d,0:2p.39,0:1t.2e,0:2p.3a,0:1t.2e,0:2p.3a,0:1t.2h,0:2p.3d,2:23.mt,9:27.mt,0:33.mt,2:27.27,0:33.33,a:1e,6:3b.me,8:1f,0:f1,2:1l,0:1l,7:38.2u,0:12,1:x2x,6:30,7:1m,0:1p,0:13,0:13,2:53,5:x0n,2:1y,0:2u,0:1fde,0:1fei,1:ii,0:wkk,0:39,b:1f,2:30,2:wk5,0:22,0:2g,0:1u,0:67,0:wuk,0:qx,d:2b.mg,9:x5a,2:x5f,1:x5h,1:67,0:67,2:g5,0:qj,0:g5.mw,5:pf,k:9oc,2:3b,3:30,c:lm,10:30,5:4w,47:30,0:30.30,11:1uw.li.lj,0:1f.li.lj,2x:3cz.3d2,0:3cz.3d3,0:3cz.3d5,0:3cz.3d8,0:3d1.3cw,0:3d1.3cw.3cw,0:3d1.3cz,0:3d1.3cz.3cz,0:3d1.3d2,0:3d1.3d3,0:3d1.3d3.3d3,0:3d1.3d3.33,0:3d1.3d5,0:3d1.3d8,0:3d1.3db,0:3d2.3cw,0:3d2.3cz,0:3d2.3d5,0:3d3.3d5.3dc,0:3d3.3db,0:3d3.3de,0:3d5.3d5.3d3,0:33.3d1,0:33.3de,0:3d8.3d8.3de,0:3dc.3dc,0:3dd.3de,0:3de.3d5,0:3fd.3fd,l:8qn,g:xi5,y:xjk,8:19e,3n:xkx,2:xlv,6:30,8:38c.370,l:lg,0:19,0:35t.37f.37i,0:35y.37f.37i,4y:2t,2:2u,7:33,0:33.mw,0:gk.mw,1:d9.33.mw,0:d9.33.mt,0:2r.33,0:2r.33.mw,2:36,0:36,4:hv,0:39,2:36.32.mb,0:39,0:qv,1:qv,4:3d,5:ux,1:gk.2t,0:39.33,0:2p,b:5qd,0:hs,0:5qz,1:33.m3,0:2x,4:5q8,0:5qi,0:5qf,1:g2,1:8s6,0:36,1:3b,3:i5,3:ik,2:33.mt,1:gy,2:3e,7:x3n,0:39.mt,1:1g,0:at,2:hs,1:3b,4:3a,0:37,3:in,0:2r,2:5qw,3:8o,4:33.mt,2:1i,19:1a,8n7:3ft.3fr,0:3ft.3ft.ffs,0:3fx.3fl,0:3fx.3fl.ffs,0:3fx.3fp,0:3fy.3fr,0:3fy.ffs.ffs,0:3g2.3fl.ffs,0:3g2.3ft,0:9oc.3fl,0:9oc.3fp,0:9oc.3fp.ffs,0:9oc.3ft,0:ffs.3fn.3ft,0:ffs.3fn.ffs,0:ffs.3fr,0:ffs.3fr.ffs,0:ffs.3ft.ffs,0:ffs.3fx,0:ffs.3g2,0:ffs.ffs,0:3ha.3fl,0:3ha.3fp.ffs,4:3cy.3d1,0:3cy.3da,0:3cz.3cz,0:3cz.3cz.3d3,0:3cz.3d3,0:3cz.3d5,0:3cz.3d5.3cw,0:3cz.3d8,0:3cz.3da,0:3cz.3dc,0:3d1.3cw.3cw,0:3d1.3cw.3de,0:3d1.3d1.3db,0:3d1.3d2.3de,0:3d1.3d3.3cz,0:3d1.3d3.3dd,0:3d1.3f0,0:3d1.3fd.3de,0:3d1.33,0:3d2.3cy,0:3d2.3cy.3cy,0:3d2.3d2,0:3d2.3d3.3d5,0:3d2.3d8,0:3d3.3cz,0:3d3.3d1.3dd,0:3d3.3d2,0:3d3.3d3,0:3d3.3d5.3cz,0:3d3.3d8,0:3d3.3da,0:3d5.3d2,0:3d5.3d3.33,0:3d5.3d5.3cw,0:3d5.3d5.3cz,0:3d5.3eo,0:3d5.3d8,0:3d5.3da,0:3d5.3dc,0:3d1.3de,0:3eo.3d3,0:3eo.3d3.33,0:3f0.3d2,0:3f0.3de,0:3d8.3d3,0:3d8.3d3.3d3,0:3d8.3d8,0:3dd.3d5,0:3dd.3dc,7cy*2:14,qp:53,1q:15,0:14,p:1m,l:4i1,c:2u,3:x1e,8:2s,2:26.lm,1:1p,0:19,4:2g.mt,0:2e.mt,0:30.mt.30.mt.2b.mt,0:30.mt.30.mt,6:11w,69:1u,2:pg,0*2:1x,2:30,2:g5,2:2g,1:27,1:4ik,0:28,0*2:2b,3:17,4*3:1t,0:pg,1:1y,5:27,1:rc,2:25,0:2c,0:2h,0:py,0:2g,0*2:q0,1:8xs,m:20,h:17z,2:18o,3:187,9:185,2:2i,b*2:1u,6:30,5:27,1:25,0:rc,2:2c,1:2g,2:1k,1:2q,2:16,0:30,1:2g,a:1o,4j:1f9e,1:1f9v,19:b4,2:27,c:wl2,3:1v,5:24,3:8s0,0:2b,2:au,1:t4,3:x3n,0:ii,1:33,g:2r,1:hj,2:gu,0:in,4:37,2:gk,1:5qm,2a:1fgm,f:g5,3:2a,7:xv,5:27,0:ig,0:66,8:sr,0:2d,1:4iu,0:q0,0:1j,5:i4,2:qj,e:33,0:wvd,a:39,2:qw,d:2i,5:t4,0:30,0:pf,0:g5,2:26,2:27,0:ps,0:23,2:1v,1:2e,0:27.mt,6:1y,0:24,0:2g,s7:53,1:4ca,4:30,5:33,6a:lk,14:lg,1:mb,l:1a,6:1gly.1gly,3x:lk,f:1m,7x:2g,3:27,7:2e,0:2h,0:25,s:30,1v:2g,y:30,s:3c,1j:30,1:2g,a:33,0:18j,0:18h,9:18k,8:1b5.1cr,bt:18m,0:1a8,6:lm,1:4w.mq,y:li.lj.ld,0:18w.1hiz,0:li.lj.lv,28:mb,1*2:lj,53:lj,0:1m,1w:30,0:30.30,2:9oc,7:1p,1:17,17:lj,0:1m,1j:mb,0:4w,4:30,0:30.30,1r*2:lj,0:37l.370,5:2ls,0:37j,b:33.370,0:369,3:36d,1:36f,5:36k,0:33,2:378,0:371,1:373,8:37d,d:30,0:30.30,1c:mb,0:53,c:lj,0:1m,1u:30,0:30.30,0:53,2:mb,0:1tm,f:xdo,0:xdn,1:6rs,2j:1m,2:4w,4h:lj,9:mb,m:lm,0:li.lj,0:33,0:1vn,5:2a1,0:2a1.2b7,h:2a8,6*2:2ar,3:2aw,6:2b3,5*2:2b9,2:2bd,1*2:mb,1:2a0,0*4:2bj,4:2bq,3w:30,0:30.30,1p:1ik4.1iki.1ij6,5:1ik4.1iki.1ijc,a:1ik4.1iki.1ijn,5:1ik4.1iki.1ijt,2:1ik4.1iki.1ijw,1:1ik4.1iki.1ijy,k:lm,0:1k,0:mb,4:30,0:30.30,2:4w,1n*2:1vz,0*6:1w3,1:1wa,1:1wc,1*2:1we,1:1wh,1:1wy,0*5:1wk,0:1wq,3*2:1wu,0:1ws,0:1wj,0:1ww,1*2:1x3,1*2:1xa,7:1xj,3:1xz,1:li.lj,0:lm,0:1vn,0:1xp,0:mb,0:1x9,0:3b.lj,0:4w,9:33,0*2:1yf,3:1yk,6e:lj,0:1m,1:mb,3:53,0:30,i:1ite,0*3:1ite,0*2:1iuq,2n:lj,3:30,0:30.30,0:4w,2v:lj,0:1m,a:mb,1:53,1y:36.32,5:3a,3:3b,3:3b,0:3b,87:lj,0:1m,0:1u5,0:mb,0:4w,2s:2e,1:1y,0:24,0:2h,1:1x,1:6pz,0:2i,2:1l,1:1x,0:1g,2:24,2:27,1:4ik,0:2d,2:1h,0:2c,3:3a,0:37,0:1y,0:2x,0:3d,1:1j,1:33,1:1f,1:1l,1:x3n,6:1i,0:1l,0:33,0:39,3:3d,3:27,2:36.32,0:19l,0:2i,0:2f,2:1v,2:2g,2:2f,2:1v,5r:1t6,7:1th,f:1jz8,0:1u0,3:1vn,2g:lm,0:1vn,2k:lm,11:2i,1:26,13:1jvp.1jvz,0:1jvp.1jw0,0:1jvp.1jvp,0:1jvp.1jvp.1jvz,0:1jvp.1jvp.1jw0,1:1jvv.1jvz,0:1jvv.1jvv,0:1jvv.1jvv.1jvz,5:1jw3.1jvz,0:1jw3.1jw0,0:1jw3.1jw3,0:1jw3.1jw3.1jvz,0:1jw3.1jw3.1jw0,h:1t2.mp,2d:1tm,2:1jz6.1jz6,2:li,5y:lm,0:1vn,2:30,0:30.30,33:1k8a,2:lm,67:lm,1v:1m,0:30,5:27,0:30,e:lm,0:1ww,g6:1fa2,10p:53,2om:1ggu,3oo:pg,u:2n,6uf:17,8h:27.mt,11:1l,k:66,13:1k,q:36,i:pg,4k:11k,4:2b,d:30.mt,4:27,2:1o,hi:30,7w:27.mt,1:1g,7:1j,r:ps,3:30,b:2q,a:qo,f:at,1h:pf,0:2e,1:2c,b:24,3:pg,1:wuw,9:wl2,1:30,4:b4,7:2a,4:2b,0:1f,1:g5,1:1q,0:1t,1:2d,0:2h,d:13,0:13,0:18,4e:g1r,cvo:i1c,5hv:2rco,dv:8xu,4:19e,7:2e,eb:30,7:1m,b:3f,i:18w,0:1jz6,b:2r,1k:1a,40:1j,3:zi,3:1f,0:2q,3:t4,0:2f,0:2e,1:2k,2:1j,0:1y,0:1f3w,0:wl2,0:2a,0:8rz,1:t2,0:27.mt,0:6kk,0:wk5,4:b4,0:v4,5:b2,1:24,0:wl2,4:x6j,5:1o,0:1q,0*2:6tr,0:1b,0:2k,3:4i3,5:11k,q:7l9.7l9.7l9,1:30.30,7k:2c,3:30,1hk:6tv,ta:2s.6pu.mt,0:2s.30.f1,1:38.h8,0:38.x3i,0:38.27.mt,6:2s.ib,0:38.hy,0:2s.me.lw,0:2s.3e.me,0:6pu.mt.me,0:gy.me,0:3d.me,0:2w.mt.me,0:hk.me,0:35.me,0:hs.me,0:ht.me,0:36.mg.me,0:38.5u2,0:39.me,0:x5a.me,0:67.me,0:27.mt.me,0:qv.me,0:h1.mt,0:3b.mt,0:1t.mt,0:2p.mt,0:gk.mt,0:5qf.mt,0:x3n.mt,0:2v.mt,0:2w.mt,0:2w.mt.lw,0:23.mt,0:2z.mt,0:25.mt,0:36.32.mt,0:36.32.mt.me,0:26.mt,0:32.mt,0:32.mt.mh,0:2mpc.mt,0:2e.mt,0:3a.mt,0:hj.mt,0:qv.mt,0:3d.mt,4:2p,0:if.2w,0:x3n.x3n,0:2x.2t,0:33.2x,0:33.39,2:hv.2w,0:i0.2w,0:38.2w,0:3b.2w,1:30.ib,2:1t,1*2:x3m,0:30.mt,e:3b,3:1x,c0:li,0:lm,0:lg,b:27,0:30,3:2e,bq*2:lj,2:27,1:1l,lo:4w,6h:17,4:5ag,d4:30,0:6qo,0:19f,1:1k,0:6pu,0:6pu.mt,3c:lg,1:li,2:13,mh:17x.33,d:18l.30,2:30.189.30,0:17x.18l.30,1:18k.18l.30,k:18k.18j.33.33,0:18k.18j.33.30.18m,0:18k.18j,0:18j.181.18o.181,0:18j.181.18o.181.30.18p,0:18k.33,a:1a,2:189.33,0:189.30,26:30,7:18p.18o,9:18l.30,q:18l.181,0:17l,1:18k.18p.189.30,0:17x.30,3:18p.189.30,0:189.30,4:19l,c4:17x.17z,f1:10.6hs,2l:2r.2r.6hp,0:1v.6hs,bn:7jx,5:7jy,0:7jx,p:2jek,q:2jel,0:2jel,2*2:2jem,z:2jei,2y:2jej,16:2j22,1h:2j24,5s:2sca,9p:12,1:12,0:12,3u:29.1x,0:wuw,0:pg,1:1f3w,2:1t.2a,0:2e.5wk,1:7jd,9:27.mt,j:1f3c,h:89r,h:1v,7:4ik,0:6u9,6:37.37.37,1:6rz,9:2c,2:25.1u,0:2e.1u,4:6u8,1oz:9pa,7s:fik,0:fik,0:fik,5s:fnp,7:43qz,7c:fx4,9g:aeg,4y:g39,62:ls6,1:lrg,0:lrf,6:lti,3:lub,1:lvm,0:lu7,6:lyz,0:lyy,0:lwy,2:lyp,3:m0p,1:m0q,0:m17,0:m2r,0:m32,2:m26,1:m2e,8:m4c,3:m5k,1:m59,0:m5g,2:m6a,28:g6t,1a:9op,0:9hh,3v:2ujr,pu:9oq,5n:gkx,n:gll,2c:goj,2n:2u6z,mh:h2g,it:hkc,y:hkf,2h:has,at:hiu,6r:hkn,2b:hlm,7z:2xm0,9w:hwy,t2:9p1,6e:2u6r,kd:7sc,2o:ikd,k1:ira,g:2u4g,d4:ivu,53:ixj,1t:j0d,zy:31m6,148:k37,jj:pj0,vo:l50,11v:lmt,18:3563,27:442s,cf:m0o,1fv:pp9,bp:msh,3x:mud,2y:mxu,48:mzs,eo:2yvg,2j:2ta9,42:n7t,gq:nf0,cd:395l,5l:39av,28:4407,f6:nq6,d2:nyx,9m:o2r,6e:3alg,2:o59,55:o75,bp:rvf,4n:oer,7a:ohy,1j:ohl,5p:ok1,1ic:pbo,32:3d7s,7v:3dfc,4m:33ba,4k:33bz,6y:pnx,1h:po4,12:pog,el:3ecg,55:4dwo,4g:q36,14:q69,m:3eie,gy:3ezo,d6:qif,7k:ql1,13z:3gtt,la:ri1,8t:ity,qp:s0a,yv:shk,1ct:tax,k8:tqe,nd:m3u,hu:u1l,m:3mgl,4e:u3i,wt:3nh0,gz:f13,rd:3opv,2ju:kxd,dj:37dg,wn:443p,b6:445g,g7:gkx,0:its,0:ibk,3:33a7,50:4451,ni:n5c,k1:u2a,ay:okc,6z:gg1,4e:345f,85:443d,1nw:sy2,1ar:ggh,4v9:u17,id:402c,1v:43xc,11:43ye,32:441f,4l:4463,9jz:ouf,2du:4439";var Er=null,Qi=null;function Wc(){if(Er)return;Er=[];let e=0;for(let t of Hc.split(",")){let[n,r]=t.split("~").map(i=>parseInt(i,36)),o=e+n;Er.push([o,o+r-1]),e=o+r}Qi=new Map,e=0;for(let t of Gc.split(",")){let[n,r]=t.split(":"),[o,i]=n.includes("*")?n.split("*").map(c=>parseInt(c,36)):[parseInt(n,36),1],s=r===""?[]:r.split(".").map(c=>parseInt(c,36)),a=e+o;for(let c=0;c<i;c++)Qi.set(a+c,String.fromCodePoint(...i>1?[s[0]+c]:s));e=a+i}}function Vf(e){Wc();let t=0,n=Er.length-1;for(;t<=n;){let r=t+n>>1,[o,i]=Er[r];if(e<o)n=r-1;else if(e>i)t=r+1;else return!0}return!1}function Yf(e){Wc();let t="";for(let n of Le(e).normalize("NFKC").normalize("NFD")){let r=Qi.get(n.codePointAt(0));t+=r===void 0?n:r}return t.normalize("NFD")}var Jf=e=>e.toString(16).toUpperCase().padStart(4,"0");function Xf(e,t){for(let r of t)if(Vf(r.codePointAt(0)))throw new P("roster-name-character",`the name of member ${e} holds U+${Jf(r.codePointAt(0))}, an invisible, control, private-use or unassigned character`);let n=Le(t).normalize("NFKC");if(n===""||Ye(n)>200)throw new P("roster-invalid",`the name of member ${e} must be 1-200 bytes`)}var zo=class{constructor(){this.nfkc=new Set,this.skeletons=new Map}add(t,n){Xf(t,n);let r=Le(n).normalize("NFKC");if(this.nfkc.has(r))throw new P("roster-duplicate-name",r);this.nfkc.add(r);let o=Yf(n),i=this.skeletons.get(o);if(i!==void 0)throw new P("roster-confusable-name",`the names of members ${i} and ${t} look alike`);this.skeletons.set(o,t)}};var Zf="dropbox-roster/1",Qf=90,ep=256,ve=e=>new P("jcs-shape",e),Ge=e=>new P("roster-invalid",e),pt=(e,t)=>Object.prototype.hasOwnProperty.call(e,t),tp=e=>typeof e=="object"&&e!==null&&!Array.isArray(e);function Ce(e,t,n=[],r=ve){if(!tp(e))throw r("expected an object");for(let o of Object.keys(e))if(!t.includes(o)&&!n.includes(o))throw r(`unknown field ${JSON.stringify(o)}`);for(let o of t)if(!pt(e,o))throw r(`missing field ${JSON.stringify(o)}`)}var rt=e=>Number.isSafeInteger(e)&&e>=0,Gn=e=>Number.isSafeInteger(e)&&e>=0&&e<=4294967295;function So(e,t){if(typeof e!="string")throw ve(`${t} must be a string`);return e}function np(e){if(Ce(e,["id","name","age","sign"],["roles","transport"]),!Bt(e.id))throw ve(`invalid member id ${JSON.stringify(e.id)}`);So(e.name,"name");let t=pt(e,"roles")?e.roles:[];if(!Array.isArray(t)||!t.every(n=>n==="admin"||n==="reviewer"))throw ve("roles are admin or reviewer");if(!$o(e.age))throw ve(`invalid age recipient ${JSON.stringify(e.age)}`);if(!ut(e.sign))throw ve("invalid sign key");if(pt(e,"transport")&&!ut(e.transport))throw ve("invalid transport key");return{id:e.id,name:e.name,roles:[...t],age:e.age,sign:e.sign,transport:pt(e,"transport")?e.transport:void 0}}function Vc(e,t){Ce(e,t);for(let n of t)if(!Gn(e[n]))throw ve(`${n} must be an unsigned 32-bit integer`);return{...e}}function rp(e){if(Ce(e,["max_submission_bytes","categories","retention","ack_hours","next_steps_hours","response_by_severity","disclosure_days","timezone"],["drop_key_days"]),!rt(e.max_submission_bytes))throw ve("max_submission_bytes");if(!Array.isArray(e.categories)||!e.categories.every(r=>typeof r=="string"))throw ve("categories");let t=Vc(e.retention,["all_acked_days","first_ack_days","unacked_days","reply_read_days","reply_days","backup_days"]);if(!Gn(e.ack_hours)||!Gn(e.next_steps_hours))throw ve("hours");let n=Vc(e.response_by_severity,["critical_hours","high_business_days","medium_days","low_days"]);if(!Array.isArray(e.disclosure_days)||e.disclosure_days.length!==3||!e.disclosure_days.every(Gn))throw ve("disclosure_days is three integers");if(So(e.timezone,"timezone"),pt(e,"drop_key_days")&&!Gn(e.drop_key_days))throw ve("drop_key_days");return{max_submission_bytes:e.max_submission_bytes,categories:[...e.categories],retention:t,ack_hours:e.ack_hours,next_steps_hours:e.next_steps_hours,response_by_severity:n,disclosure_days:[...e.disclosure_days],timezone:e.timezone,drop_key_days:pt(e,"drop_key_days")?e.drop_key_days:void 0}}function op(e){if(Ce(e,["type","team","seq","expires","threshold","endpoints","members","policy"],["prev","page_sha256"]),So(e.type,"type"),So(e.team,"team"),!rt(e.seq))throw ve("seq");if(pt(e,"prev")&&!Ne(e.prev))throw ve("prev");if(ft(e.expires)===null)throw ve("expires");if(!Gn(e.threshold))throw ve("threshold");if(!Array.isArray(e.endpoints)||!e.endpoints.every(n=>typeof n=="string"))throw ve("endpoints");if(pt(e,"page_sha256")&&!Ne(e.page_sha256))throw ve("page_sha256");if(!Array.isArray(e.members))throw ve("members");let t=e.members.map(np);return{type:e.type,team:e.team,seq:e.seq,prev:pt(e,"prev")?e.prev:void 0,expires:e.expires,threshold:e.threshold,endpoints:[...e.endpoints],page_sha256:pt(e,"page_sha256")?e.page_sha256:void 0,members:t,policy:rp(e.policy)}}function Yc(e){let t=e.split(".");if(t.length!==4)return null;let n=[];for(let r of t){if(!/^(0|[1-9][0-9]{0,2})$/.test(r)||Number(r)>255)return null;n.push(Number(r))}return n}function ip(e){let t=i=>{if(i==="")return[];let s=[],a=i.split(":");for(let c=0;c<a.length;c++){let d=a[c];if(c===a.length-1&&d.includes(".")){let h=Yc(d);if(!h)return null;s.push(h[0]<<8|h[1],h[2]<<8|h[3])}else if(/^[0-9a-fA-F]{1,4}$/.test(d))s.push(parseInt(d,16));else return null}return s},n=e.split("::");if(n.length>2)return null;if(n.length===1){let i=t(e);return i&&i.length===8?i:null}let r=t(n[0]),o=t(n[1]);return!r||!o||r.length+o.length>7?null:[...r,...new Array(8-r.length-o.length).fill(0),...o]}function sp(e){let t=Yc(e);if(t)return t[0]===127;let n=ip(e);return!!n&&n.slice(0,7).every(r=>r===0)&&n[7]===1}function ap(e){return/^\+?[0-9]+$/.test(e)&&Number(e.replace(/^\+/,""))<=65535}function cp(e){let t,n;if(e.startsWith("https://"))t=!0,n=e.slice(8);else if(e.startsWith("http://"))t=!1,n=e.slice(7);else return!1;if(Ye(e)>512||/[?#@\\]/.test(e)||[...e].some(a=>Ht(a)||Gt(a)))return!1;let r=n.split("/")[0],o,i;if(r.startsWith("[")){let a=r.slice(1),c=a.indexOf("]");if(c<0)return!1;o=a.slice(0,c);let d=a.slice(c+1);i=d.startsWith(":")?d.slice(1):void 0}else{let a=r.lastIndexOf(":");a>=0?(o=r.slice(0,a),i=r.slice(a+1)):(o=r,i=void 0)}if(i!==void 0&&!ap(i)||o===""||!/^[A-Za-z0-9.:-]+$/.test(o))return!1;let s=o==="localhost"||sp(o);return t||s||o.endsWith(".onion")&&o.length>6}function lp(e){if(e.type!==Zf)throw Ge("type is not dropbox-roster/1");if(Le(e.team)===""||Ye(e.team)>200)throw Ge("team name must be 1-200 bytes");if(e.seq===0||e.seq===1!=(e.prev===void 0))throw Ge("seq starts at 1, and only roster #1 has no prev");if(e.members.length===0||e.members.length>ep)throw Ge("a roster has 1-256 members");let t=new Set,n=new zo,r=new Set;for(let a of e.members){if(t.has(a.id))throw new P("roster-duplicate-id",a.id);if(t.add(a.id),n.add(a.id,a.name),a.roles.length===0||new Set(a.roles).size!==a.roles.length)throw Ge("each member has distinct roles, at least one");for(let c of[a.age,a.sign,...a.transport!==void 0?[a.transport]:[]]){if(r.has(c))throw new P("roster-duplicate-key",c);r.add(c)}}let o=e.members.filter(a=>a.roles.includes("admin")).length;if(o===0)throw Ge("a roster needs at least one admin");if(e.threshold===0||e.threshold>o)throw Ge("threshold must be between 1 and the number of admins");if(e.endpoints.length===0)throw Ge("a roster names at least one endpoint");for(let a of e.endpoints)if(!cp(a))throw Ge(`endpoint ${JSON.stringify(a)} must be https://, or http:// on a .onion or loopback host`);let i=e.policy,s=i.disclosure_days;if(i.max_submission_bytes===0||i.max_submission_bytes>fr)throw Ge("max_submission_bytes out of range");if(!(s[0]>0&&s[0]<=s[1]&&s[1]<=s[2]))throw Ge("disclosure_days must be increasing and positive");if(i.timezone===""||Ye(i.timezone)>64)throw Ge("timezone must be an IANA time zone name");if(i.drop_key_days!==void 0&&!(i.drop_key_days>=1&&i.drop_key_days<=90))throw Ge("drop_key_days must be between 1 and 90")}function Jc(e){let t=qt(e,Li),n=op(t.value);return lp(n),{roster:n,parsed:t,hash:Wa(t.payload)}}var qo=(e,t)=>e.members.find(n=>n.id===t),Xc=(e,t)=>e.age===t.age&&e.sign===t.sign&&e.transport===t.transport;function Zc(e,t){let n=new Set,r=mn(e.payloadType,e.payload);for(let[o,i]of e.signatures){let s=qo(t,o);if(s){if(!Hn(ut(s.sign),r,i))throw new P("roster-bad-signature",`bad signature by ${o}`);n.add(s.id)}}return n}function Qc(e,t,n){let r=0;for(let o of t){let i=qo(n,o);i&&i.roles.includes("admin")&&r++}if(r<n.threshold)throw new P("roster-too-few-signatures",`too few admin signatures on roster #${e}: ${r} of ${n.threshold}`)}function dp(e,t){let{roster:n,parsed:r,hash:o}=Jc(t);if(o!==e)throw new P("roster-fingerprint-mismatch","the first roster does not match the team fingerprint");if(n.seq!==1)throw new P("roster-wrong-seq",`roster #${n.seq} does not follow #0`);return Qc(1,Zc(r,n),n),{roster:n,hash:o,envelope:t}}function up(e,t){let{roster:n,parsed:r,hash:o}=Jc(t),i=e.roster;if(n.seq!==i.seq+1)throw new P("roster-wrong-seq",`roster #${n.seq} does not follow #${i.seq}`);if(n.prev!==e.hash)throw new P("roster-fork",`roster #${n.seq} forks the chain`);let s=Zc(r,i);Qc(n.seq,s,i);for(let a of n.members){let c=qo(i,a.id);if(c&&!Xc(c,a)&&!s.has(a.id))throw new P("roster-key-continuity",`keys of member ${a.id} changed without a signature by their previous key`)}return{roster:n,hash:o,envelope:t}}function fp(e,t){let n=ft(e.expires);if(t>=n*86400)throw new P("roster-expired",`the roster expired on ${e.expires}`);if(n-bn(t)>Qf)throw new P("roster-expiry-too-far",`the roster expires on ${e.expires}, more than 90 days ahead`)}function el(e,t,n){if(t.length===0)throw new P("roster-empty-chain","empty roster chain");let r=[dp(e,t[0])],o=new Map(r[0].roster.members.map(s=>[s.id,s]));for(let s of t.slice(1)){let a=r[r.length-1],c=up(a,s);for(let d of c.roster.members){let h=o.get(d.id);if(!qo(a.roster,d.id)&&h&&!Xc(h,d))throw new P("roster-key-continuity",`member ${d.id} came back with other keys`);o.set(d.id,d)}r.push(c)}let i=r[r.length-1];return fp(i.roster,n),{fingerprint:e,rosters:r,head:i}}function tl(e){typeof e=="string"&&(e=le(e));let t=r=>new P("dsse-malformed",r);if(e.length>64*(1<<20))throw t("roster chain too large");let n;try{n=Rn(e)}catch(r){throw t(r.message)}if(!Array.isArray(n))throw t("a chain is an array of envelopes");return n.map(r=>Cn(r,t))}function nl(e,t){return t.roster.endpoints.some(n=>n.replace(/\/+$/,"")===e)}function $r(e,t,n,r){let o=e[0]|0,i=e[1]|0,s=e[2]|0,a=e[3]|0,c=e[4]|0,d=e[5]|0,h=e[6]|0,g=e[7]|0;for(;n<r;n+=64){let l=o,u=i,f=s,p=a,b=c,w=d,y=h,m=g,v=0,x=0,z=t.getInt32(n+0),j=t.getInt32(n+4),O=t.getInt32(n+8),k=t.getInt32(n+12),$=t.getInt32(n+16),T=t.getInt32(n+20),C=t.getInt32(n+24),R=t.getInt32(n+28),S=t.getInt32(n+32),A=t.getInt32(n+36),q=t.getInt32(n+40),B=t.getInt32(n+44),L=t.getInt32(n+48),N=t.getInt32(n+52),_=t.getInt32(n+56),E=t.getInt32(n+60);v=m+((b>>>6|b<<26)^(b>>>11|b<<21)^(b>>>25|b<<7))+(y^b&(w^y))+1116352408+z|0,x=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|f&(l|u))|0,p=p+v|0,m=v+x|0,v=y+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(w^p&(b^w))+1899447441+j|0,x=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&l|u&(m|l))|0,f=f+v|0,y=v+x|0,v=w+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(b^f&(p^b))+-1245643825+O|0,x=((y>>>2|y<<30)^(y>>>13|y<<19)^(y>>>22|y<<10))+(y&m|l&(y|m))|0,u=u+v|0,w=v+x|0,v=b+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(p^u&(f^p))+-373957723+k|0,x=((w>>>2|w<<30)^(w>>>13|w<<19)^(w>>>22|w<<10))+(w&y|m&(w|y))|0,l=l+v|0,b=v+x|0,v=p+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(f^l&(u^f))+961987163+$|0,x=((b>>>2|b<<30)^(b>>>13|b<<19)^(b>>>22|b<<10))+(b&w|y&(b|w))|0,m=m+v|0,p=v+x|0,v=f+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(u^m&(l^u))+1508970993+T|0,x=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&b|w&(p|b))|0,y=y+v|0,f=v+x|0,v=u+((y>>>6|y<<26)^(y>>>11|y<<21)^(y>>>25|y<<7))+(l^y&(m^l))+-1841331548+C|0,x=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&p|b&(f|p))|0,w=w+v|0,u=v+x|0,v=l+((w>>>6|w<<26)^(w>>>11|w<<21)^(w>>>25|w<<7))+(m^w&(y^m))+-1424204075+R|0,x=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&f|p&(u|f))|0,b=b+v|0,l=v+x|0,v=m+((b>>>6|b<<26)^(b>>>11|b<<21)^(b>>>25|b<<7))+(y^b&(w^y))+-670586216+S|0,x=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|f&(l|u))|0,p=p+v|0,m=v+x|0,v=y+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(w^p&(b^w))+310598401+A|0,x=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&l|u&(m|l))|0,f=f+v|0,y=v+x|0,v=w+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(b^f&(p^b))+607225278+q|0,x=((y>>>2|y<<30)^(y>>>13|y<<19)^(y>>>22|y<<10))+(y&m|l&(y|m))|0,u=u+v|0,w=v+x|0,v=b+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(p^u&(f^p))+1426881987+B|0,x=((w>>>2|w<<30)^(w>>>13|w<<19)^(w>>>22|w<<10))+(w&y|m&(w|y))|0,l=l+v|0,b=v+x|0,v=p+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(f^l&(u^f))+1925078388+L|0,x=((b>>>2|b<<30)^(b>>>13|b<<19)^(b>>>22|b<<10))+(b&w|y&(b|w))|0,m=m+v|0,p=v+x|0,v=f+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(u^m&(l^u))+-2132889090+N|0,x=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&b|w&(p|b))|0,y=y+v|0,f=v+x|0,v=u+((y>>>6|y<<26)^(y>>>11|y<<21)^(y>>>25|y<<7))+(l^y&(m^l))+-1680079193+_|0,x=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&p|b&(f|p))|0,w=w+v|0,u=v+x|0,v=l+((w>>>6|w<<26)^(w>>>11|w<<21)^(w>>>25|w<<7))+(m^w&(y^m))+-1046744716+E|0,x=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&f|p&(u|f))|0,b=b+v|0,l=v+x|0,z=((_>>>17|_<<15)^(_>>>19|_<<13)^_>>>10)+A+((j>>>7|j<<25)^(j>>>18|j<<14)^j>>>3)+z|0,v=m+((b>>>6|b<<26)^(b>>>11|b<<21)^(b>>>25|b<<7))+(y^b&(w^y))+-459576895+z|0,x=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|f&(l|u))|0,p=p+v|0,m=v+x|0,j=((E>>>17|E<<15)^(E>>>19|E<<13)^E>>>10)+q+((O>>>7|O<<25)^(O>>>18|O<<14)^O>>>3)+j|0,v=y+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(w^p&(b^w))+-272742522+j|0,x=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&l|u&(m|l))|0,f=f+v|0,y=v+x|0,O=((z>>>17|z<<15)^(z>>>19|z<<13)^z>>>10)+B+((k>>>7|k<<25)^(k>>>18|k<<14)^k>>>3)+O|0,v=w+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(b^f&(p^b))+264347078+O|0,x=((y>>>2|y<<30)^(y>>>13|y<<19)^(y>>>22|y<<10))+(y&m|l&(y|m))|0,u=u+v|0,w=v+x|0,k=((j>>>17|j<<15)^(j>>>19|j<<13)^j>>>10)+L+(($>>>7|$<<25)^($>>>18|$<<14)^$>>>3)+k|0,v=b+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(p^u&(f^p))+604807628+k|0,x=((w>>>2|w<<30)^(w>>>13|w<<19)^(w>>>22|w<<10))+(w&y|m&(w|y))|0,l=l+v|0,b=v+x|0,$=((O>>>17|O<<15)^(O>>>19|O<<13)^O>>>10)+N+((T>>>7|T<<25)^(T>>>18|T<<14)^T>>>3)+$|0,v=p+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(f^l&(u^f))+770255983+$|0,x=((b>>>2|b<<30)^(b>>>13|b<<19)^(b>>>22|b<<10))+(b&w|y&(b|w))|0,m=m+v|0,p=v+x|0,T=((k>>>17|k<<15)^(k>>>19|k<<13)^k>>>10)+_+((C>>>7|C<<25)^(C>>>18|C<<14)^C>>>3)+T|0,v=f+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(u^m&(l^u))+1249150122+T|0,x=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&b|w&(p|b))|0,y=y+v|0,f=v+x|0,C=(($>>>17|$<<15)^($>>>19|$<<13)^$>>>10)+E+((R>>>7|R<<25)^(R>>>18|R<<14)^R>>>3)+C|0,v=u+((y>>>6|y<<26)^(y>>>11|y<<21)^(y>>>25|y<<7))+(l^y&(m^l))+1555081692+C|0,x=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&p|b&(f|p))|0,w=w+v|0,u=v+x|0,R=((T>>>17|T<<15)^(T>>>19|T<<13)^T>>>10)+z+((S>>>7|S<<25)^(S>>>18|S<<14)^S>>>3)+R|0,v=l+((w>>>6|w<<26)^(w>>>11|w<<21)^(w>>>25|w<<7))+(m^w&(y^m))+1996064986+R|0,x=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&f|p&(u|f))|0,b=b+v|0,l=v+x|0,S=((C>>>17|C<<15)^(C>>>19|C<<13)^C>>>10)+j+((A>>>7|A<<25)^(A>>>18|A<<14)^A>>>3)+S|0,v=m+((b>>>6|b<<26)^(b>>>11|b<<21)^(b>>>25|b<<7))+(y^b&(w^y))+-1740746414+S|0,x=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|f&(l|u))|0,p=p+v|0,m=v+x|0,A=((R>>>17|R<<15)^(R>>>19|R<<13)^R>>>10)+O+((q>>>7|q<<25)^(q>>>18|q<<14)^q>>>3)+A|0,v=y+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(w^p&(b^w))+-1473132947+A|0,x=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&l|u&(m|l))|0,f=f+v|0,y=v+x|0,q=((S>>>17|S<<15)^(S>>>19|S<<13)^S>>>10)+k+((B>>>7|B<<25)^(B>>>18|B<<14)^B>>>3)+q|0,v=w+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(b^f&(p^b))+-1341970488+q|0,x=((y>>>2|y<<30)^(y>>>13|y<<19)^(y>>>22|y<<10))+(y&m|l&(y|m))|0,u=u+v|0,w=v+x|0,B=((A>>>17|A<<15)^(A>>>19|A<<13)^A>>>10)+$+((L>>>7|L<<25)^(L>>>18|L<<14)^L>>>3)+B|0,v=b+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(p^u&(f^p))+-1084653625+B|0,x=((w>>>2|w<<30)^(w>>>13|w<<19)^(w>>>22|w<<10))+(w&y|m&(w|y))|0,l=l+v|0,b=v+x|0,L=((q>>>17|q<<15)^(q>>>19|q<<13)^q>>>10)+T+((N>>>7|N<<25)^(N>>>18|N<<14)^N>>>3)+L|0,v=p+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(f^l&(u^f))+-958395405+L|0,x=((b>>>2|b<<30)^(b>>>13|b<<19)^(b>>>22|b<<10))+(b&w|y&(b|w))|0,m=m+v|0,p=v+x|0,N=((B>>>17|B<<15)^(B>>>19|B<<13)^B>>>10)+C+((_>>>7|_<<25)^(_>>>18|_<<14)^_>>>3)+N|0,v=f+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(u^m&(l^u))+-710438585+N|0,x=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&b|w&(p|b))|0,y=y+v|0,f=v+x|0,_=((L>>>17|L<<15)^(L>>>19|L<<13)^L>>>10)+R+((E>>>7|E<<25)^(E>>>18|E<<14)^E>>>3)+_|0,v=u+((y>>>6|y<<26)^(y>>>11|y<<21)^(y>>>25|y<<7))+(l^y&(m^l))+113926993+_|0,x=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&p|b&(f|p))|0,w=w+v|0,u=v+x|0,E=((N>>>17|N<<15)^(N>>>19|N<<13)^N>>>10)+S+((z>>>7|z<<25)^(z>>>18|z<<14)^z>>>3)+E|0,v=l+((w>>>6|w<<26)^(w>>>11|w<<21)^(w>>>25|w<<7))+(m^w&(y^m))+338241895+E|0,x=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&f|p&(u|f))|0,b=b+v|0,l=v+x|0,z=((_>>>17|_<<15)^(_>>>19|_<<13)^_>>>10)+A+((j>>>7|j<<25)^(j>>>18|j<<14)^j>>>3)+z|0,v=m+((b>>>6|b<<26)^(b>>>11|b<<21)^(b>>>25|b<<7))+(y^b&(w^y))+666307205+z|0,x=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|f&(l|u))|0,p=p+v|0,m=v+x|0,j=((E>>>17|E<<15)^(E>>>19|E<<13)^E>>>10)+q+((O>>>7|O<<25)^(O>>>18|O<<14)^O>>>3)+j|0,v=y+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(w^p&(b^w))+773529912+j|0,x=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&l|u&(m|l))|0,f=f+v|0,y=v+x|0,O=((z>>>17|z<<15)^(z>>>19|z<<13)^z>>>10)+B+((k>>>7|k<<25)^(k>>>18|k<<14)^k>>>3)+O|0,v=w+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(b^f&(p^b))+1294757372+O|0,x=((y>>>2|y<<30)^(y>>>13|y<<19)^(y>>>22|y<<10))+(y&m|l&(y|m))|0,u=u+v|0,w=v+x|0,k=((j>>>17|j<<15)^(j>>>19|j<<13)^j>>>10)+L+(($>>>7|$<<25)^($>>>18|$<<14)^$>>>3)+k|0,v=b+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(p^u&(f^p))+1396182291+k|0,x=((w>>>2|w<<30)^(w>>>13|w<<19)^(w>>>22|w<<10))+(w&y|m&(w|y))|0,l=l+v|0,b=v+x|0,$=((O>>>17|O<<15)^(O>>>19|O<<13)^O>>>10)+N+((T>>>7|T<<25)^(T>>>18|T<<14)^T>>>3)+$|0,v=p+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(f^l&(u^f))+1695183700+$|0,x=((b>>>2|b<<30)^(b>>>13|b<<19)^(b>>>22|b<<10))+(b&w|y&(b|w))|0,m=m+v|0,p=v+x|0,T=((k>>>17|k<<15)^(k>>>19|k<<13)^k>>>10)+_+((C>>>7|C<<25)^(C>>>18|C<<14)^C>>>3)+T|0,v=f+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(u^m&(l^u))+1986661051+T|0,x=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&b|w&(p|b))|0,y=y+v|0,f=v+x|0,C=(($>>>17|$<<15)^($>>>19|$<<13)^$>>>10)+E+((R>>>7|R<<25)^(R>>>18|R<<14)^R>>>3)+C|0,v=u+((y>>>6|y<<26)^(y>>>11|y<<21)^(y>>>25|y<<7))+(l^y&(m^l))+-2117940946+C|0,x=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&p|b&(f|p))|0,w=w+v|0,u=v+x|0,R=((T>>>17|T<<15)^(T>>>19|T<<13)^T>>>10)+z+((S>>>7|S<<25)^(S>>>18|S<<14)^S>>>3)+R|0,v=l+((w>>>6|w<<26)^(w>>>11|w<<21)^(w>>>25|w<<7))+(m^w&(y^m))+-1838011259+R|0,x=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&f|p&(u|f))|0,b=b+v|0,l=v+x|0,S=((C>>>17|C<<15)^(C>>>19|C<<13)^C>>>10)+j+((A>>>7|A<<25)^(A>>>18|A<<14)^A>>>3)+S|0,v=m+((b>>>6|b<<26)^(b>>>11|b<<21)^(b>>>25|b<<7))+(y^b&(w^y))+-1564481375+S|0,x=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|f&(l|u))|0,p=p+v|0,m=v+x|0,A=((R>>>17|R<<15)^(R>>>19|R<<13)^R>>>10)+O+((q>>>7|q<<25)^(q>>>18|q<<14)^q>>>3)+A|0,v=y+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(w^p&(b^w))+-1474664885+A|0,x=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&l|u&(m|l))|0,f=f+v|0,y=v+x|0,q=((S>>>17|S<<15)^(S>>>19|S<<13)^S>>>10)+k+((B>>>7|B<<25)^(B>>>18|B<<14)^B>>>3)+q|0,v=w+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(b^f&(p^b))+-1035236496+q|0,x=((y>>>2|y<<30)^(y>>>13|y<<19)^(y>>>22|y<<10))+(y&m|l&(y|m))|0,u=u+v|0,w=v+x|0,B=((A>>>17|A<<15)^(A>>>19|A<<13)^A>>>10)+$+((L>>>7|L<<25)^(L>>>18|L<<14)^L>>>3)+B|0,v=b+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(p^u&(f^p))+-949202525+B|0,x=((w>>>2|w<<30)^(w>>>13|w<<19)^(w>>>22|w<<10))+(w&y|m&(w|y))|0,l=l+v|0,b=v+x|0,L=((q>>>17|q<<15)^(q>>>19|q<<13)^q>>>10)+T+((N>>>7|N<<25)^(N>>>18|N<<14)^N>>>3)+L|0,v=p+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(f^l&(u^f))+-778901479+L|0,x=((b>>>2|b<<30)^(b>>>13|b<<19)^(b>>>22|b<<10))+(b&w|y&(b|w))|0,m=m+v|0,p=v+x|0,N=((B>>>17|B<<15)^(B>>>19|B<<13)^B>>>10)+C+((_>>>7|_<<25)^(_>>>18|_<<14)^_>>>3)+N|0,v=f+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(u^m&(l^u))+-694614492+N|0,x=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&b|w&(p|b))|0,y=y+v|0,f=v+x|0,_=((L>>>17|L<<15)^(L>>>19|L<<13)^L>>>10)+R+((E>>>7|E<<25)^(E>>>18|E<<14)^E>>>3)+_|0,v=u+((y>>>6|y<<26)^(y>>>11|y<<21)^(y>>>25|y<<7))+(l^y&(m^l))+-200395387+_|0,x=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&p|b&(f|p))|0,w=w+v|0,u=v+x|0,E=((N>>>17|N<<15)^(N>>>19|N<<13)^N>>>10)+S+((z>>>7|z<<25)^(z>>>18|z<<14)^z>>>3)+E|0,v=l+((w>>>6|w<<26)^(w>>>11|w<<21)^(w>>>25|w<<7))+(m^w&(y^m))+275423344+E|0,x=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&f|p&(u|f))|0,b=b+v|0,l=v+x|0,z=((_>>>17|_<<15)^(_>>>19|_<<13)^_>>>10)+A+((j>>>7|j<<25)^(j>>>18|j<<14)^j>>>3)+z|0,v=m+((b>>>6|b<<26)^(b>>>11|b<<21)^(b>>>25|b<<7))+(y^b&(w^y))+430227734+z|0,x=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|f&(l|u))|0,p=p+v|0,m=v+x|0,j=((E>>>17|E<<15)^(E>>>19|E<<13)^E>>>10)+q+((O>>>7|O<<25)^(O>>>18|O<<14)^O>>>3)+j|0,v=y+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(w^p&(b^w))+506948616+j|0,x=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&l|u&(m|l))|0,f=f+v|0,y=v+x|0,O=((z>>>17|z<<15)^(z>>>19|z<<13)^z>>>10)+B+((k>>>7|k<<25)^(k>>>18|k<<14)^k>>>3)+O|0,v=w+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(b^f&(p^b))+659060556+O|0,x=((y>>>2|y<<30)^(y>>>13|y<<19)^(y>>>22|y<<10))+(y&m|l&(y|m))|0,u=u+v|0,w=v+x|0,k=((j>>>17|j<<15)^(j>>>19|j<<13)^j>>>10)+L+(($>>>7|$<<25)^($>>>18|$<<14)^$>>>3)+k|0,v=b+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(p^u&(f^p))+883997877+k|0,x=((w>>>2|w<<30)^(w>>>13|w<<19)^(w>>>22|w<<10))+(w&y|m&(w|y))|0,l=l+v|0,b=v+x|0,$=((O>>>17|O<<15)^(O>>>19|O<<13)^O>>>10)+N+((T>>>7|T<<25)^(T>>>18|T<<14)^T>>>3)+$|0,v=p+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(f^l&(u^f))+958139571+$|0,x=((b>>>2|b<<30)^(b>>>13|b<<19)^(b>>>22|b<<10))+(b&w|y&(b|w))|0,m=m+v|0,p=v+x|0,T=((k>>>17|k<<15)^(k>>>19|k<<13)^k>>>10)+_+((C>>>7|C<<25)^(C>>>18|C<<14)^C>>>3)+T|0,v=f+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(u^m&(l^u))+1322822218+T|0,x=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&b|w&(p|b))|0,y=y+v|0,f=v+x|0,C=(($>>>17|$<<15)^($>>>19|$<<13)^$>>>10)+E+((R>>>7|R<<25)^(R>>>18|R<<14)^R>>>3)+C|0,v=u+((y>>>6|y<<26)^(y>>>11|y<<21)^(y>>>25|y<<7))+(l^y&(m^l))+1537002063+C|0,x=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&p|b&(f|p))|0,w=w+v|0,u=v+x|0,R=((T>>>17|T<<15)^(T>>>19|T<<13)^T>>>10)+z+((S>>>7|S<<25)^(S>>>18|S<<14)^S>>>3)+R|0,v=l+((w>>>6|w<<26)^(w>>>11|w<<21)^(w>>>25|w<<7))+(m^w&(y^m))+1747873779+R|0,x=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&f|p&(u|f))|0,b=b+v|0,l=v+x|0,S=((C>>>17|C<<15)^(C>>>19|C<<13)^C>>>10)+j+((A>>>7|A<<25)^(A>>>18|A<<14)^A>>>3)+S|0,v=m+((b>>>6|b<<26)^(b>>>11|b<<21)^(b>>>25|b<<7))+(y^b&(w^y))+1955562222+S|0,x=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|f&(l|u))|0,p=p+v|0,m=v+x|0,A=((R>>>17|R<<15)^(R>>>19|R<<13)^R>>>10)+O+((q>>>7|q<<25)^(q>>>18|q<<14)^q>>>3)+A|0,v=y+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(w^p&(b^w))+2024104815+A|0,x=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&l|u&(m|l))|0,f=f+v|0,y=v+x|0,q=((S>>>17|S<<15)^(S>>>19|S<<13)^S>>>10)+k+((B>>>7|B<<25)^(B>>>18|B<<14)^B>>>3)+q|0,v=w+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(b^f&(p^b))+-2067236844+q|0,x=((y>>>2|y<<30)^(y>>>13|y<<19)^(y>>>22|y<<10))+(y&m|l&(y|m))|0,u=u+v|0,w=v+x|0,B=((A>>>17|A<<15)^(A>>>19|A<<13)^A>>>10)+$+((L>>>7|L<<25)^(L>>>18|L<<14)^L>>>3)+B|0,v=b+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(p^u&(f^p))+-1933114872+B|0,x=((w>>>2|w<<30)^(w>>>13|w<<19)^(w>>>22|w<<10))+(w&y|m&(w|y))|0,l=l+v|0,b=v+x|0,L=((q>>>17|q<<15)^(q>>>19|q<<13)^q>>>10)+T+((N>>>7|N<<25)^(N>>>18|N<<14)^N>>>3)+L|0,v=p+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(f^l&(u^f))+-1866530822+L|0,x=((b>>>2|b<<30)^(b>>>13|b<<19)^(b>>>22|b<<10))+(b&w|y&(b|w))|0,m=m+v|0,p=v+x|0,N=((B>>>17|B<<15)^(B>>>19|B<<13)^B>>>10)+C+((_>>>7|_<<25)^(_>>>18|_<<14)^_>>>3)+N|0,v=f+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(u^m&(l^u))+-1538233109+N|0,x=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&b|w&(p|b))|0,y=y+v|0,f=v+x|0,_=((L>>>17|L<<15)^(L>>>19|L<<13)^L>>>10)+R+((E>>>7|E<<25)^(E>>>18|E<<14)^E>>>3)+_|0,v=u+((y>>>6|y<<26)^(y>>>11|y<<21)^(y>>>25|y<<7))+(l^y&(m^l))+-1090935817+_|0,x=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&p|b&(f|p))|0,w=w+v|0,u=v+x|0,E=((N>>>17|N<<15)^(N>>>19|N<<13)^N>>>10)+S+((z>>>7|z<<25)^(z>>>18|z<<14)^z>>>3)+E|0,v=l+((w>>>6|w<<26)^(w>>>11|w<<21)^(w>>>25|w<<7))+(m^w&(y^m))+-965641998+E|0,x=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&f|p&(u|f))|0,b=b+v|0,l=v+x|0,o=o+l|0,i=i+u|0,s=s+f|0,a=a+p|0,c=c+b|0,d=d+w|0,h=h+y|0,g=g+m|0}e[0]=o,e[1]=i,e[2]=s,e[3]=a,e[4]=c,e[5]=d,e[6]=h,e[7]=g}var pp=[1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225],es=class{constructor(){this.state=Int32Array.from(pp),this.block=new Uint8Array(64),this.blockView=new DataView(this.block.buffer),this.held=0,this.length=0,this.finished=!1}update(t){if(this.finished)throw new Error("this SHA-256 is finished");if(!(t instanceof Uint8Array))throw new TypeError("SHA-256 takes a Uint8Array");let n=0,r=t.length;if(this.length+=r,this.held>0){let i=Math.min(64-this.held,r);if(this.block.set(t.subarray(0,i),this.held),this.held+=i,n=i,this.held<64)return this;$r(this.state,this.blockView,0,64),this.held=0}let o=n+(r-n&-64);return o>n&&$r(this.state,new DataView(t.buffer,t.byteOffset,t.length),n,o),o<r&&(this.block.set(t.subarray(o),0),this.held=r-o),this}digest(){if(this.finished)throw new Error("this SHA-256 is finished");this.finished=!0;let{block:t,blockView:n,state:r}=this;t.fill(0,this.held),t[this.held]=128,this.held>=56&&($r(r,n,0,64),t.fill(0));let o=this.length*8;n.setUint32(56,Math.floor(o/2**32)),n.setUint32(60,o>>>0),$r(r,n,0,64);let i=new Uint8Array(32),s=new DataView(i.buffer);for(let a=0;a<8;a++)s.setInt32(4*a,r[a]);return r.fill(0),t.fill(0),i}};function ht(){return new es}var mt=le(`DROPBOX-BUNDLE-1
`),ol=64*1024,hp=64*1024,il=100,sl=255,mp=64*1024,ts=64*1024,gp=["report","followup","reply","event","backup","own"],yp=["critical","high","medium","low"],xe=e=>new P("bundle-header-invalid",e);function rl(e){let t=0;for(;e>=1;)e=Math.floor(e/2),t++;return t}function bp(e){if(e<2)return e;let t=rl(e)-1,n=rl(t),o=2**(t-n);return Math.ceil(e/o)*o}function ns(e){return Math.max(mp,bp(e))}function rs(e){let t=e.split(/[/\\]/),r=[...(t[t.length-1]??"").normalize("NFC")].filter(i=>!Gt(i));for(;Ye(r.join(""))>sl;)r.pop();let o=r.join("");return(o===""||o==="."||o==="..")&&(o="attachment"),o}function os(e){return 11+66*e+Math.max(e-1,0)+2}function wp(e){return{kind:e.kind,created:e.created,roster_seq:e.roster_seq,recipients:[...e.recipients],delete_token:e.delete_token,title:e.title,body:e.body,category:e.category,severity:e.severity,contact:e.contact,credit:e.credit,reply:e.reply?{age:e.reply.age,sign:e.reply.sign}:void 0,thread:e.thread,via:e.via,signed:e.signed,attachments:e.attachments.map(n=>({name:n.name,type:n.type,size:n.size}))}}function vp(e){Ce(e,["kind","created","roster_seq","recipients","delete_token","via","attachments"],["title","body","category","severity","contact","credit","reply","thread","signed"],xe);let n=a=>Object.prototype.hasOwnProperty.call(e,a);if(!gp.includes(e.kind))throw xe("kind");if(ft(e.created)===null)throw xe("created");if(!rt(e.roster_seq))throw xe("roster_seq");if(!Array.isArray(e.recipients)||!e.recipients.every(Bt))throw xe("recipients");let r=typeof e.delete_token=="string"?oo(e.delete_token):null;if(!r||r.length!==32)throw xe("invalid delete_token");for(let a of["title","body","category","contact","credit"])if(n(a)&&typeof e[a]!="string")throw xe(a);if(n("severity")&&!yp.includes(e.severity))throw xe("severity");if(n("reply")&&(Ce(e.reply,["age","sign"],[],xe),!$o(e.reply.age)||!ut(e.reply.sign)))throw xe("reply keys");if(n("thread")&&!Ne(e.thread))throw xe("thread");if(e.via!=="client"&&e.via!=="server")throw xe("via");let o=n("signed")?Cn(e.signed,xe):void 0;if(!Array.isArray(e.attachments))throw xe("attachments");let i=e.attachments.map(a=>{if(Ce(a,["name","type","size"],[],xe),typeof a.name!="string"||typeof a.type!="string"||!rt(a.size))throw xe("attachment");return{name:a.name,type:a.type,size:a.size}}),s={kind:e.kind,created:e.created,roster_seq:e.roster_seq,recipients:[...e.recipients],delete_token:e.delete_token,via:e.via,attachments:i};for(let a of["title","body","category","severity","contact","credit","thread"])n(a)&&(s[a]=e[a]);return n("reply")&&(s.reply={age:e.reply.age,sign:e.reply.sign}),o&&(s.signed=o),s}function al(e){return e.attachments.reduce((t,n)=>t+BigInt(n.size),0n)}function cl(e){if(e.attachments.length>il)throw new P("bundle-too-many-attachments");for(let n of e.attachments)if(!rt(n.size))throw new P("bundle-size-mismatch");if(al(e)>BigInt(fr))throw new P("bundle-size-mismatch");if(e.attachments.forEach((n,r)=>{let o=n.name;if(o===""||Ye(o)>sl||/[/\\]/.test(o)||o==="."||o===".."||[...o].some(Gt)||o.normalize("NFC")!==o)throw xe(`attachment ${r} has an unsafe name`);let i=n.type;if(i===""||Ye(i)>255||[...i].some(s=>Gt(s)||Ht(s)))throw xe(`attachment ${r} has an invalid media type`)}),e.recipients.length===0&&(e.kind==="report"||e.kind==="followup"))throw xe("a report names at least one recipient");if((e.kind==="followup"||e.kind==="reply"||e.kind==="event"||e.kind==="own")!==(e.signed!==void 0))throw xe("follow-ups, replies, events and own-log items (only) carry a signed message")}function zr(){let e=Ue(32),t={text:Kt(e),hash:qe(Y(e))};return e.fill(0),t}function is(){let e=Ue(32),t=qe(Y(e));return e.fill(0),t}function Ao(e){cl(e);let t;try{t=St(wp(e))}catch(n){throw new P("bundle-header-json",n.message)}if(t.length>ol)throw new P("bundle-header-too-large",`${t.length} bytes`);return t}function ll(e,t){let n=mt.length+4+e+Number(al(t))+os(t.attachments.length);return ns(n)}async function*xp(e,t,{digests:n}={}){let r=Ao(e),o=new Uint8Array(4);new DataView(o.buffer).setUint32(0,r.length),yield Ve(mt,o,r);let i=mt.length+4+r.length;if(t.length!==e.attachments.length)throw new P("bundle-size-mismatch");let s=[];for(let d=0;d<e.attachments.length;d++){let h=e.attachments[d].size,g=n?null:ht(),l=0,u=t[d]instanceof Uint8Array?[t[d]]:t[d];for await(let p of u){if(l+p.length>h)throw new P("bundle-size-mismatch",`attachment ${d} is longer than declared`);g&&g.update(p),l+=p.length,yield p}if(l!==h)throw new P("bundle-size-mismatch",`attachment ${d} is shorter than declared`);i+=h;let f=g?g.digest():await n[d];s.push(typeof f=="string"?f:qe(f))}let a=St({sha256:s});yield a,i+=a.length;let c=ns(i)-i;for(;c>0;){let d=Math.min(c,ts);yield new Uint8Array(d),c-=d}}async function dl(e,t){let n=[];for await(let r of xp(e,t))n.push(Uint8Array.from(r));return Ve(...n)}function Wn(e){if(e.length<mt.length||!mt.every((g,l)=>e[l]===g))throw new P("bundle-bad-magic");if(e.length<mt.length+4)throw new P("bundle-truncated");let t=new DataView(e.buffer,e.byteOffset+mt.length,4).getUint32(0);if(t>ol)throw new P("bundle-header-too-large",`${t} bytes`);let n=mt.length+4;if(e.length<n+t)throw new P("bundle-truncated");let r;try{r=pr(e.subarray(n,n+t))}catch(g){throw new P("bundle-header-json",g.message)}if(n+=t,typeof r=="object"&&r!==null&&!Array.isArray(r)&&Array.isArray(r.attachments)&&r.attachments.length>il)throw new P("bundle-too-many-attachments");let o=vp(r);cl(o);let i=[],s=[];for(let g of o.attachments){if(e.length-n<g.size)throw new P("bundle-truncated");let l=e.slice(n,n+g.size);i.push(l),s.push(qe(Y(l))),n+=g.size}let a=n;for(;a<e.length&&e[a]!==0;)a++;if(a===n)throw new P("bundle-truncated","no trailer");if(a-n>hp)throw new P("bundle-trailer-invalid","trailer too large");let c;try{if(c=pr(e.subarray(n,a)),Ce(c,["sha256"],[],g=>new P("bundle-trailer-invalid",g)),!Array.isArray(c.sha256)||!c.sha256.every(Ne))throw new Error("sha256 is a list of digests")}catch(g){throw new P("bundle-trailer-invalid",g.message)}if(n=a,c.sha256.length!==s.length)throw new P("bundle-trailer-invalid","wrong number of digests");c.sha256.forEach((g,l)=>{if(g!==s[l])throw new P("bundle-trailer-mismatch",`attachment ${l}`)});let d=ns(n)-n,h=0;for(;n<e.length;){let g=Math.min(e.length,(Math.floor(n/ts)+1)*ts);for(let l=n;l<g;l++)if(e[l]!==0)throw new P("bundle-padding-non-zero");if(h+=g-n,n=g,h>d)throw new P("bundle-padding-too-long")}if(h<d)throw new P("bundle-padding-too-short");return{header:o,attachments:i}}var jo=class{oHash;iHash;blockLen;outputLen;canXOF=!1;finished=!1;destroyed=!1;constructor(t,n){if(Re(t),J(n,void 0,"key"),this.iHash=t.create(),typeof this.iHash.update!="function")throw new Error("expected Hash instance");this.blockLen=this.iHash.blockLen,this.outputLen=this.iHash.outputLen;let r=this.blockLen,o=new Uint8Array(r);o.set(n.length>r?t.create().update(n).digest():n);for(let i=0;i<o.length;i++)o[i]^=54;this.iHash.update(o),this.oHash=t.create();for(let i=0;i<o.length;i++)o[i]^=106;this.oHash.update(o),te(o)}update(t){return We(this),this.iHash.update(t),this}digestInto(t){We(this),Mt(t,this),this.finished=!0;let n=t.subarray(0,this.outputLen);this.iHash.digestInto(n),this.oHash.update(n),this.oHash.digestInto(n),this.destroy()}digest(){let t=new Uint8Array(this.oHash.outputLen);return this.digestInto(t),t}_cloneInto(t){t||=Object.create(Object.getPrototypeOf(this),{});let{oHash:n,iHash:r,finished:o,destroyed:i,blockLen:s,outputLen:a,canXOF:c}=this;return t=t,t.finished=o,t.destroyed=i,t.blockLen=s,t.outputLen=a,t.canXOF=c,t.oHash=n._cloneInto(t.oHash),t.iHash=r._cloneInto(t.iHash),t}clone(){return this._cloneInto()}destroy(){this.destroyed=!0,this.oHash.destroy(),this.iHash.destroy()}},ot=(()=>{let e=((t,n,r)=>new jo(t,n).update(r).digest());return e.create=(t,n)=>new jo(t,n),e})();function tn(e,t,n){return Re(e),n===void 0&&(n=new Uint8Array(e.outputLen)),ot(e,n,t)}var Sr=Uint8Array.of(0),kp=Uint8Array.of();function it(e,t,n,r=32,o){Re(e),Q(r,"length"),J(t,void 0,"prk");let i=e.outputLen;if(t.length<i)throw new Error('"prk" must be at least HashLen octets');if(r>255*i)throw new Error("Length must be <= 255*HashLen");let s=Math.ceil(r/i);if(n===void 0?n=kp:J(n,void 0,"info"),!s)return o&&te(t),new Uint8Array;let a=o&&s===1?t:new Uint8Array(s*i),{iHash:c,oHash:d}=ot.create(e,t),h=o?t:new Uint8Array(i),g=s>1?o?.iHash||e.create():void 0;for(let u=0;u<s-1;u++){Sr[0]=u+1;let f=c._cloneInto(g);u&&f.update(h),f.update(n).update(Sr).digestInto(h),d._cloneInto(g).update(h).digestInto(h),a.set(h,i*u)}if(Sr[0]=s,s>1&&c.update(h),c.update(n).update(Sr).digestInto(h),d.update(h).digestInto(h),a.set(h,i*(s-1)),c.destroy(),d.destroy(),g?.destroy(),h!==a&&te(h),te(Sr),r===a.length)return a;let l=a.slice(0,r);return te(a),l}var gt=(e,t,n,r,o)=>{Re(e),n===void 0&&(n=new Uint8Array(e.outputLen));let i=ot.create(e,n).update(t);return it(e,i.digest(),r,o,i)};function $p(e,t,n,r){Re(e);let o=nt({dkLen:32,asyncTick:10},r),{c:i,dkLen:s,asyncTick:a}=o;if(Q(i,"c"),Q(s,"dkLen"),Q(a,"asyncTick"),i<1)throw new Error('"c" (iterations) must be >= 1');if(s<1)throw new Error('"dkLen" must be >= 1');if(s>(2**32-1)*e.outputLen)throw new Error("derived key too long");let c=hn(t,"password");try{let d=hn(n,"salt");try{let h=new Uint8Array(s),{iHash:g,oHash:l,outputLen:u}=ot.create(e,c),f=new Uint8Array(u),p=zp(g,l,d,f);return{c:i,dkLen:s,asyncTick:a,DK:h,outputLen:u,eng:p}}finally{typeof n=="string"&&te(d)}}finally{typeof t=="string"&&te(c)}}function zp(e,t,n,r){let o=new Uint8Array(4),i=_n(o),s=e._cloneInto().update(n),a=t._cloneInto(),c=e._cloneInto,d=t._cloneInto;return{u1:(h,g)=>{i.setInt32(0,h,!1),s._cloneInto(a).update(o).digestInto(r),t._cloneInto(a).update(r).digestInto(r),g.set(r.subarray(0,g.length))},rounds:(h,g)=>{for(let l=1;l<h;l++){c.call(e,a).update(r).digestInto(r),d.call(t,a).update(r).digestInto(r);for(let u=0;u<g.length;u++)g[u]^=r[u]}},output:h=>(e.destroy(),t.destroy(),s.destroy(),a.destroy(),te(r),h)}}function ss(e,t,n,r){let{c:o,dkLen:i,DK:s,outputLen:a,eng:c}=$p(e,t,n,r);for(let d=1,h=0;h<i;d++,h+=a){let g=s.subarray(h,h+a);c.u1(d,g),c.rounds(o,g)}return c.output(s)}function ul(e,t,n,r,o,i){let s=e[t++]^n[r++],a=e[t++]^n[r++],c=e[t++]^n[r++],d=e[t++]^n[r++],h=e[t++]^n[r++],g=e[t++]^n[r++],l=e[t++]^n[r++],u=e[t++]^n[r++],f=e[t++]^n[r++],p=e[t++]^n[r++],b=e[t++]^n[r++],w=e[t++]^n[r++],y=e[t++]^n[r++],m=e[t++]^n[r++],v=e[t++]^n[r++],x=e[t++]^n[r++],z=s,j=a,O=c,k=d,$=h,T=g,C=l,R=u,S=f,A=p,q=b,B=w,L=y,N=m,_=v,E=x;for(let I=0;I<8;I+=2)$^=re(z+L|0,7),S^=re($+z|0,9),L^=re(S+$|0,13),z^=re(L+S|0,18),A^=re(T+j|0,7),N^=re(A+T|0,9),j^=re(N+A|0,13),T^=re(j+N|0,18),_^=re(q+C|0,7),O^=re(_+q|0,9),C^=re(O+_|0,13),q^=re(C+O|0,18),k^=re(E+B|0,7),R^=re(k+E|0,9),B^=re(R+k|0,13),E^=re(B+R|0,18),j^=re(z+k|0,7),O^=re(j+z|0,9),k^=re(O+j|0,13),z^=re(k+O|0,18),C^=re(T+$|0,7),R^=re(C+T|0,9),$^=re(R+C|0,13),T^=re($+R|0,18),B^=re(q+A|0,7),S^=re(B+q|0,9),A^=re(S+B|0,13),q^=re(A+S|0,18),L^=re(E+_|0,7),N^=re(L+E|0,9),_^=re(N+L|0,13),E^=re(_+N|0,18);o[i++]=s+z|0,o[i++]=a+j|0,o[i++]=c+O|0,o[i++]=d+k|0,o[i++]=h+$|0,o[i++]=g+T|0,o[i++]=l+C|0,o[i++]=u+R|0,o[i++]=f+S|0,o[i++]=p+A|0,o[i++]=b+q|0,o[i++]=w+B|0,o[i++]=y+L|0,o[i++]=m+N|0,o[i++]=v+_|0,o[i++]=x+E|0}function as(e,t,n,r,o){let i=r+0,s=r+16*o;for(let a=0;a<16;a++)n[s+a]=e[t+(2*o-1)*16+a];for(let a=0;a<o;a++,i+=16,t+=16)ul(n,s,e,t,n,i),a>0&&(s+=16),ul(n,i,e,t+=16,n,s)}var Sp=1024*(2**20+1+1);function qp(e,t,n){let r=nt({dkLen:32,asyncTick:10,maxmem:Sp},n),{N:o,r:i,p:s,dkLen:a,asyncTick:c,maxmem:d,onProgress:h}=r;if(Q(o,"N"),Q(i,"r"),Q(s,"p"),Q(a,"dkLen"),Q(c,"asyncTick"),Q(d,"maxmem"),h!==void 0&&typeof h!="function")throw new Error('"onProgress" must be a function');if(i<1)throw new Error('"r" expected integer >= 1');let g=128*i,l=g/4,u=Math.pow(2,32);if(o<=1||(o&o-1)!==0||o>u)throw new Error('"N" expected a power of 2, and 2^1 <= N <= 2^32');if(s<1||s>(u-1)*32/g)throw new Error('"p" expected integer 1..((2^32 - 1) * 32) / (128 * r)');if(a<1||a>(u-1)*32)throw new Error('"dkLen" expected integer 1..(2^32 - 1) * 32');let f=g*(o+s+1);if(f>d)throw new Error('"maxmem" limit was hit: memUsed(128*r*(N+p+1))='+f+", maxmem="+d);let p=ss(Y,e,t,{c:1,dkLen:g*s}),b=je(p),w=je(new Uint8Array(g*o)),y=je(new Uint8Array(g)),m=()=>{};if(h){let v=2*o*s,x=Math.max(Math.floor(v/1e4),1),z=0;m=()=>{if(z++,h&&(!(z%x)||z===v))try{h(z/v)}catch(j){throw te(p,w,y),j}}}return{N:o,r:i,p:s,dkLen:a,blockSize32:l,V:w,B32:b,B:p,tmp:y,blockMixCb:m,asyncTick:c}}function Ap(e,t,n,r,o){let i=ss(Y,e,n,{c:1,dkLen:t});return te(n,r,o),i}function cs(e,t,n){let{N:r,r:o,p:i,dkLen:s,blockSize32:a,V:c,B32:d,B:h,tmp:g,blockMixCb:l}=qp(e,t,n);Be(d);for(let u=0;u<i;u++){let f=a*u;for(let p=0;p<a;p++)c[p]=d[f+p];for(let p=0,b=0;p<r-1;p++)as(c,b,c,b+=a,o),l();as(c,(r-1)*a,d,f,o),l();for(let p=0;p<r;p++){let b=(d[f+a-16]&r-1)>>>0;for(let w=0;w<a;w++)g[w]=d[f+w]^c[b*a+w];as(g,0,d,f,o),l()}}return Be(d),Ap(e,s,h,c,g)}function ls(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}var To=e=>e?`"${e}" `:"";function Bo(e,t=""){if(typeof e!="boolean")throw new TypeError(To(t)+"expected boolean, got type="+typeof e);return e}function wn(e,t=""){if(typeof e!="number")throw new TypeError(To(t)+"expected number, got "+typeof e);if(!Number.isSafeInteger(e)||e<0)throw new RangeError(To(t)+"expected integer >= 0, got "+e);return e}function be(e,t,n=""){if(ls(e)&&(t===void 0||e.length===t))return e;t!==void 0&&wn(t,"length");let r=ls(e),o=t!==void 0?` of length ${t}`:"",i=r?`length=${e.length}`:`type=${typeof e}`,s=To(n)+"expected Uint8Array"+o+", got "+i;throw r?new RangeError(s):new TypeError(s)}var fl=(e,t)=>{if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError(t==="object"?"expected valid options object":`"${t}" expected object, got type=${typeof e}`)};function ds(e,t=!0){if(e.destroyed)throw new Error("hash was destroyed");if(t&&e.finished)throw new Error("digest() was already called")}function pl(e,t){be(e,void 0,"output");let n=t.outputLen;if(!(e.length>=n))throw new RangeError('"output" expected length >= '+n)}function yt(e){return new Uint32Array(e.buffer,e.byteOffset,Math.floor(e.byteLength/4))}function st(...e){for(let t=0;t<e.length;t++)e[t].fill(0)}function jp(e){return new DataView(e.buffer,e.byteOffset,e.byteLength)}var nn=new Uint8Array(new Uint32Array([287454020]).buffer)[0]===68;function Tp(e){return e<<24&4278190080|e<<8&16711680|e>>>8&65280|e>>>24&255}function Bp(e){for(let t=0;t<e.length;t++)e[t]=Tp(e[t]);return e}var _t=nn?e=>e:Bp;function _p(e,t){return!e.byteLength||!t.byteLength?!1:e.buffer===t.buffer&&e.byteOffset<t.byteOffset+t.byteLength&&t.byteOffset<e.byteOffset+e.byteLength}function hl(e,t){if(_p(e,t)&&e.byteOffset<t.byteOffset)throw new Error("complex overlap of input and output is not supported")}function ml(e,t){return fl(e,"defaults"),fl(t,"opts"),Object.assign(e,t)}function gl(e,t){if(e=be(e),t=be(t),e.length!==t.length)return!1;let n=0;for(let r=0;r<e.length;r++)n|=e[r]^t[r];return n===0}function yl(e,t,n){let r=t,o=n||(()=>[]),i=(a,c)=>r(c,...o(a)).update(a).digest(),s=r(new Uint8Array(e),...o(new Uint8Array(0)));return i.outputLen=s.outputLen,i.blockLen=s.blockLen,i.create=(a,...c)=>r(a,...c),i}var bl=(e,t)=>{function n(r,...o){if(be(r,void 0,"key"),e.nonceLength!==void 0){let g=o[0];be(g,e.varSizeNonce?void 0:e.nonceLength,"nonce")}let i=e.tagLength,s=e.nonceLength!==void 0?1:0;if(!e.withAAD){for(let g=s;g<o.length;g++)if(ls(o[g]))throw new Error("AAD not supported")}e.withAAD&&o[s]!==void 0&&be(o[s],void 0,"AAD");let a=t(r,...o),c=(g,l)=>{if(l!==void 0){if(g!==2)throw new Error("cipher output not supported");be(l,void 0,"output")}},d=!1;return{encrypt(g,l){if(d)throw new Error("cannot encrypt() twice with same key + nonce");return d=!0,be(g,void 0,"data"),c(a.encrypt.length,l),a.encrypt(g,l)},decrypt(g,l){if(be(g,void 0,"data"),i&&g.length<i)throw new Error('"ciphertext" expected length >= tagLength='+i);return c(a.decrypt.length,l),a.decrypt(g,l)}}}return Object.assign(n,e),n};function qr(e,t,n=!0){if(t===void 0)return new Uint8Array(e);if(be(t,e,"output"),n&&!Ar(t))throw new Error("invalid output, must be aligned");return t}function wl(e,t,n){wn(e),wn(t),Bo(n);let r=new Uint8Array(16),o=jp(r);return o.setBigUint64(0,BigInt(t),n),o.setBigUint64(8,BigInt(e),n),r}function Ar(e){return e.byteOffset%4===0}function Vn(e){return Uint8Array.from(be(e))}var xl=e=>Uint8Array.from(e.split(""),t=>t.charCodeAt(0)),Op=_t(yt(xl("expand 16-byte k"))),Rp=_t(yt(xl("expand 32-byte k")));function oe(e,t){return e<<t|e>>>32-t}var jr=64,Lp=16,us=2**32-1,vl=Uint32Array.of();function Np(e,t,n,r,o,i,s,a){let c=o.length,d=new Uint8Array(jr),h=yt(d),g=nn&&Ar(o)&&Ar(i),l=g?yt(o):vl,u=g?yt(i):vl;if(!nn){for(let f=0;f<c;s++){if(e(t,n,r,h,s,a),_t(h),s>=us)throw new Error("arx: counter overflow");let p=Math.min(jr,c-f);for(let b=0,w;b<p;b++)w=f+b,i[w]=o[w]^d[b];f+=p}return}for(let f=0;f<c;s++){if(e(t,n,r,h,s,a),s>=us)throw new Error("arx: counter overflow");let p=Math.min(jr,c-f);if(g&&p===jr){let b=f/4;if(f%4!==0)throw new Error("arx: invalid block position");for(let w=0,y;w<Lp;w++)y=b+w,u[y]=l[y]^h[w];f+=jr;continue}for(let b=0,w;b<p;b++)w=f+b,i[w]=o[w]^d[b];f+=p}}function kl(e,t){let{allowShortKeys:n,extendNonceFn:r,counterLength:o,counterRight:i,rounds:s}=ml({allowShortKeys:!1,counterLength:8,counterRight:!1,rounds:20},t);if(typeof e!="function")throw new Error("core must be a function");return wn(o),wn(s),Bo(i),Bo(n),(a,c,d,h,g=0)=>{be(a,void 0,"key"),be(c,void 0,"nonce"),be(d,void 0,"data");let l=d.length,u=h!==void 0;if(h=qr(l,h,!1),u&&hl(d,h),wn(g),g<0||g>=us)throw new Error("arx: counter overflow");let f=[],p=a.length,b,w;if(p===32)f.push(b=Vn(a)),w=Rp;else if(p===16&&n)b=new Uint8Array(32),b.set(a),b.set(a,16),w=Op,f.push(b);else throw be(a,32,"arx key"),new Error("invalid key size");(!nn||!Ar(c))&&f.push(c=Vn(c));let y=yt(b);if(r){if(c.length!==24)throw new Error("arx: extended nonce must be 24 bytes");let x=c.subarray(0,16);if(nn)r(w,y,yt(x),y);else{let z=_t(Uint32Array.from(w));r(z,y,yt(x),y),st(z),_t(y)}c=c.subarray(16)}else nn||_t(y);let m=16-o;if(m!==c.length)throw new Error(`arx: nonce must be ${m} or 16 bytes`);if(m!==12){let x=new Uint8Array(12);x.set(c,i?0:12-c.length),c=x,f.push(c)}let v=_t(yt(c));try{return Np(e,w,y,v,d,h,g,s),h}finally{st(...f)}}}function _e(e,t){return e[t++]&255|(e[t++]&255)<<8}var fs=class{blockLen=16;outputLen=16;buffer=new Uint8Array(16);r=new Uint16Array(10);h=new Uint16Array(10);pad=new Uint16Array(8);pos=0;finished=!1;destroyed=!1;constructor(t){t=Vn(be(t,32,"key"));let n=_e(t,0),r=_e(t,2),o=_e(t,4),i=_e(t,6),s=_e(t,8),a=_e(t,10),c=_e(t,12),d=_e(t,14);this.r[0]=n&8191,this.r[1]=(n>>>13|r<<3)&8191,this.r[2]=(r>>>10|o<<6)&7939,this.r[3]=(o>>>7|i<<9)&8191,this.r[4]=(i>>>4|s<<12)&255,this.r[5]=s>>>1&8190,this.r[6]=(s>>>14|a<<2)&8191,this.r[7]=(a>>>11|c<<5)&8065,this.r[8]=(c>>>8|d<<8)&8191,this.r[9]=d>>>5&127;for(let h=0;h<8;h++)this.pad[h]=_e(t,16+2*h)}process(t,n,r=!1){let o=r?0:2048,{h:i,r:s}=this,a=s[0],c=s[1],d=s[2],h=s[3],g=s[4],l=s[5],u=s[6],f=s[7],p=s[8],b=s[9],w=_e(t,n+0),y=_e(t,n+2),m=_e(t,n+4),v=_e(t,n+6),x=_e(t,n+8),z=_e(t,n+10),j=_e(t,n+12),O=_e(t,n+14),k=i[0]+(w&8191),$=i[1]+((w>>>13|y<<3)&8191),T=i[2]+((y>>>10|m<<6)&8191),C=i[3]+((m>>>7|v<<9)&8191),R=i[4]+((v>>>4|x<<12)&8191),S=i[5]+(x>>>1&8191),A=i[6]+((x>>>14|z<<2)&8191),q=i[7]+((z>>>11|j<<5)&8191),B=i[8]+((j>>>8|O<<8)&8191),L=i[9]+(O>>>5|o),N=0,_=N+k*a+$*(5*b)+T*(5*p)+C*(5*f)+R*(5*u);N=_>>>13,_&=8191,_+=S*(5*l)+A*(5*g)+q*(5*h)+B*(5*d)+L*(5*c),N+=_>>>13,_&=8191;let E=N+k*c+$*a+T*(5*b)+C*(5*p)+R*(5*f);N=E>>>13,E&=8191,E+=S*(5*u)+A*(5*l)+q*(5*g)+B*(5*h)+L*(5*d),N+=E>>>13,E&=8191;let I=N+k*d+$*c+T*a+C*(5*b)+R*(5*p);N=I>>>13,I&=8191,I+=S*(5*f)+A*(5*u)+q*(5*l)+B*(5*g)+L*(5*h),N+=I>>>13,I&=8191;let U=N+k*h+$*d+T*c+C*a+R*(5*b);N=U>>>13,U&=8191,U+=S*(5*p)+A*(5*f)+q*(5*u)+B*(5*l)+L*(5*g),N+=U>>>13,U&=8191;let F=N+k*g+$*h+T*d+C*c+R*a;N=F>>>13,F&=8191,F+=S*(5*b)+A*(5*p)+q*(5*f)+B*(5*u)+L*(5*l),N+=F>>>13,F&=8191;let K=N+k*l+$*g+T*h+C*d+R*c;N=K>>>13,K&=8191,K+=S*a+A*(5*b)+q*(5*p)+B*(5*f)+L*(5*u),N+=K>>>13,K&=8191;let H=N+k*u+$*l+T*g+C*h+R*d;N=H>>>13,H&=8191,H+=S*c+A*a+q*(5*b)+B*(5*p)+L*(5*f),N+=H>>>13,H&=8191;let G=N+k*f+$*u+T*l+C*g+R*h;N=G>>>13,G&=8191,G+=S*d+A*c+q*a+B*(5*b)+L*(5*p),N+=G>>>13,G&=8191;let W=N+k*p+$*f+T*u+C*l+R*g;N=W>>>13,W&=8191,W+=S*h+A*d+q*c+B*a+L*(5*b),N+=W>>>13,W&=8191;let X=N+k*b+$*p+T*f+C*u+R*l;N=X>>>13,X&=8191,X+=S*g+A*h+q*d+B*c+L*a,N+=X>>>13,X&=8191,N=(N<<2)+N|0,N=N+_|0,_=N&8191,N=N>>>13,E+=N,i[0]=_,i[1]=E,i[2]=I,i[3]=U,i[4]=F,i[5]=K,i[6]=H,i[7]=G,i[8]=W,i[9]=X}finalize(){let{h:t,pad:n}=this,r=new Uint16Array(10),o=t[1]>>>13;t[1]&=8191;for(let a=2;a<10;a++)t[a]+=o,o=t[a]>>>13,t[a]&=8191;t[0]+=o*5,o=t[0]>>>13,t[0]&=8191,t[1]+=o,o=t[1]>>>13,t[1]&=8191,t[2]+=o,r[0]=t[0]+5,o=r[0]>>>13,r[0]&=8191;for(let a=1;a<10;a++)r[a]=t[a]+o,o=r[a]>>>13,r[a]&=8191;r[9]-=8192;let i=(o^1)-1;for(let a=0;a<10;a++)r[a]&=i;i=~i;for(let a=0;a<10;a++)t[a]=t[a]&i|r[a];t[0]=(t[0]|t[1]<<13)&65535,t[1]=(t[1]>>>3|t[2]<<10)&65535,t[2]=(t[2]>>>6|t[3]<<7)&65535,t[3]=(t[3]>>>9|t[4]<<4)&65535,t[4]=(t[4]>>>12|t[5]<<1|t[6]<<14)&65535,t[5]=(t[6]>>>2|t[7]<<11)&65535,t[6]=(t[7]>>>5|t[8]<<8)&65535,t[7]=(t[8]>>>8|t[9]<<5)&65535;let s=t[0]+n[0];t[0]=s&65535;for(let a=1;a<8;a++)s=(t[a]+n[a]|0)+(s>>>16)|0,t[a]=s&65535;st(r)}update(t){ds(this),be(t),t=Vn(t);let{buffer:n,blockLen:r}=this,o=t.length;for(let i=0;i<o;){let s=Math.min(r-this.pos,o-i);if(s===r){for(;r<=o-i;i+=r)this.process(t,i);continue}n.set(t.subarray(i,i+s),this.pos),this.pos+=s,i+=s,this.pos===r&&(this.process(n,0,!1),this.pos=0)}return this}destroy(){this.destroyed=!0,st(this.h,this.r,this.buffer,this.pad)}digestInto(t){ds(this),pl(t,this),this.finished=!0;let{buffer:n,h:r}=this,{pos:o}=this;if(o){for(n[o++]=1;o<16;o++)n[o]=0;this.process(n,0,!0)}this.finalize();let i=0;for(let s=0;s<8;s++)t[i++]=r[s]>>>0,t[i++]=r[s]>>>8}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let r=t.slice(0,n);return this.destroy(),r}},El=yl(32,e=>new fs(e));function Cp(e,t,n,r,o,i=20){let s=e[0],a=e[1],c=e[2],d=e[3],h=t[0],g=t[1],l=t[2],u=t[3],f=t[4],p=t[5],b=t[6],w=t[7],y=o,m=n[0],v=n[1],x=n[2],z=s,j=a,O=c,k=d,$=h,T=g,C=l,R=u,S=f,A=p,q=b,B=w,L=y,N=m,_=v,E=x;for(let U=0;U<i;U+=2)z=z+$|0,L=oe(L^z,16),S=S+L|0,$=oe($^S,12),z=z+$|0,L=oe(L^z,8),S=S+L|0,$=oe($^S,7),j=j+T|0,N=oe(N^j,16),A=A+N|0,T=oe(T^A,12),j=j+T|0,N=oe(N^j,8),A=A+N|0,T=oe(T^A,7),O=O+C|0,_=oe(_^O,16),q=q+_|0,C=oe(C^q,12),O=O+C|0,_=oe(_^O,8),q=q+_|0,C=oe(C^q,7),k=k+R|0,E=oe(E^k,16),B=B+E|0,R=oe(R^B,12),k=k+R|0,E=oe(E^k,8),B=B+E|0,R=oe(R^B,7),z=z+T|0,E=oe(E^z,16),q=q+E|0,T=oe(T^q,12),z=z+T|0,E=oe(E^z,8),q=q+E|0,T=oe(T^q,7),j=j+C|0,L=oe(L^j,16),B=B+L|0,C=oe(C^B,12),j=j+C|0,L=oe(L^j,8),B=B+L|0,C=oe(C^B,7),O=O+R|0,N=oe(N^O,16),S=S+N|0,R=oe(R^S,12),O=O+R|0,N=oe(N^O,8),S=S+N|0,R=oe(R^S,7),k=k+$|0,_=oe(_^k,16),A=A+_|0,$=oe($^A,12),k=k+$|0,_=oe(_^k,8),A=A+_|0,$=oe($^A,7);let I=0;r[I++]=s+z|0,r[I++]=a+j|0,r[I++]=c+O|0,r[I++]=d+k|0,r[I++]=h+$|0,r[I++]=g+T|0,r[I++]=l+C|0,r[I++]=u+R|0,r[I++]=f+S|0,r[I++]=p+A|0,r[I++]=b+q|0,r[I++]=w+B|0,r[I++]=y+L|0,r[I++]=m+N|0,r[I++]=v+_|0,r[I++]=x+E|0}var Ip=kl(Cp,{counterRight:!1,counterLength:4,allowShortKeys:!1});var Mp=new Uint8Array(16),$l=(e,t)=>{e.update(t);let n=t.length%16;n&&e.update(Mp.subarray(n))},Up=new Uint8Array(32);function zl(e,t,n,r,o){o!==void 0&&be(o,void 0,"AAD");let i=e(t,n,Up),s=wl(r.length,o?o.length:0,!0),a=El.create(i);o&&$l(a,o),$l(a,r),a.update(s);let c=a.digest();return st(i,s),c}var Pp=e=>(t,n,r)=>({encrypt(i,s){let a=i.length;s=qr(a+16,s,!1),s.set(i);let c=s.subarray(0,-16);e(t,n,c,c,1);let d=zl(e,t,n,c,r);return s.set(d,a),st(d),s},decrypt(i,s){s=qr(i.length-16,s,!1);let a=i.subarray(0,-16),c=i.subarray(-16),d=zl(e,t,n,a,r);if(!gl(c,d))throw st(d),new Error("invalid tag");return s.set(i.subarray(0,-16)),e(t,n,s,s,1),st(d),s}}),De=bl({blockSize:64,nonceLength:12,tagLength:16,withAAD:!0},Pp(Ip));var Dp=BigInt(0),ps=class extends Error{constructor(t=""){super(t)}},Ot={Err:ps,_tlv:{encode:(e,t)=>{let{Err:n}=Ot;if(jt(e,"tag"),e<0||e>255)throw new n("tlv.encode: wrong tag");if(tc(t,"data"),t.length&1)throw new n("tlv.encode: unpadded data");let r=t.length/2,o=gr(r);if(o.length/2&128)throw new n("tlv.encode: long form length too big");let i=r>127?gr(o.length/2|128):"";return gr(e)+i+o+t},decode(e,t){let{Err:n}=Ot;t=ne(t,void 0,"DER data");let r=0;if(e<0||e>255)throw new n("tlv.decode: wrong tag");if(t.length<2||t[r++]!==e)throw new n("tlv.decode: wrong tlv");let o=t[r++],i=!!(o&128),s=0;if(!i)s=o;else{let c=o&127;if(!c)throw new n("tlv.decode(long): indefinite length not supported");if(c>4)throw new n("tlv.decode(long): byte length is too big");let d=t.subarray(r,r+c);if(d.length!==c)throw new n("tlv.decode: length bytes not complete");if(d[0]===0)throw new n("tlv.decode(long): zero leftmost byte");for(let h of d)s=s<<8|h;if(r+=c,s<128)throw new n("tlv.decode(long): not minimal encoding")}let a=t.subarray(r,r+s);if(a.length!==s)throw new n("tlv.decode: wrong value length");return{v:a,l:t.subarray(r+s)}}},_int:{encode(e){let{Err:t}=Ot;if(ao(e),e<Dp)throw new t("integer: negative integers are not allowed");let n=gr(e);if(Number.parseInt(n[0],16)&8&&(n="00"+n),n.length&1)throw new t("unexpected DER parsing assertion: unpadded hex");return n},decode(e){let{Err:t}=Ot;if(e.length<1)throw new t("invalid signature integer: empty");if(e[0]&128)throw new t("invalid signature integer: negative");if(e.length>1&&e[0]===0&&!(e[1]&128))throw new t("invalid signature integer: unnecessary leading zero");return Je(e)}},toSig(e,t){let{Err:n,_int:r,_tlv:o}=Ot;if(t!==void 0&&(jt(t,"maxScalarBytes"),t<1))throw new n("invalid signature: maxScalarBytes must be positive");let i=ne(e,void 0,"signature"),{v:s,l:a}=o.decode(48,i);if(a.length)throw new n("invalid signature: left bytes after parsing");let{v:c,l:d}=o.decode(2,s),{v:h,l:g}=o.decode(2,d);if(g.length)throw new n("invalid signature: left bytes after parsing");if(t!==void 0&&(c.length>t||h.length>t))throw new n("invalid signature: integer too large");return{r:r.decode(c),s:r.decode(h)}},hexFromSig(e){let{_tlv:t,_int:n}=Ot;Ae(e,{r:"bigint",s:"bigint"},{},"sig");let r=t.encode(2,n.encode(e.r)),o=t.encode(2,n.encode(e.s)),i=r+o;return t.encode(48,i)}},_o=(Object.freeze(Ot._tlv),Object.freeze(Ot._int),Object.freeze(Ot));var Sl=(e,t)=>(e+(e>=0?t:-t)/ql)/t;function Fp(e,t,n){dt("scalar",e,Rt,n);let[[r,o],[i,s]]=t,a=Sl(s*e,n),c=Sl(-o*e,n),d=e-a*r-c*i,h=-a*o-c*s,g=d<Rt,l=h<Rt;g&&(d=-d),l&&(h=-h);let u=br(Math.ceil(Un(n)/2))+vn;if(d<Rt||d>=u||h<Rt||h>=u)throw new Error("splitScalar (endomorphism): failed for k");return{k1neg:g,k1:d,k2neg:l,k2:h}}function gs(e){if(!["compact","recovered","der"].includes(e))throw new Error('Signature format must be "compact", "recovered", or "der"');return e}function hs(e,t){Ae(e);let n={};for(let r of Object.keys(t))n[r]=e[r]===void 0?t[r]:e[r];return Pe(n.lowS,"lowS"),Pe(n.prehash,"prehash"),n.format!==void 0&&gs(n.format),n}var Rt=BigInt(0),vn=BigInt(1),ql=BigInt(2),ms=BigInt(3),Kp=BigInt(4);function ys(e,t={}){let n=mo("weierstrass",e,t),r=n.Fp,o=n.Fn,i=n.CURVE,{h:s,n:a}=i;Ae(t,{},{allowInfinityPoint:"boolean",clearCofactor:"function",isTorsionFree:"function",fromBytes:"function",toBytes:"function",endo:"object",randomBytes:"function"});let{endo:c,allowInfinityPoint:d,clearCofactor:h,isTorsionFree:g,fromBytes:l,toBytes:u}=t,f=t.randomBytes===void 0?At:t.randomBytes;if(c&&(!r.is0(i.a)||typeof c.beta!="bigint"||!Array.isArray(c.basises)))throw new Error('invalid endo: expected "beta": bigint and "basises": array');let p=c?{beta:c.beta,basises:c.basises.map(_=>[..._])}:void 0,b=jl(r,o);function w(){if(!r.isOdd)throw new Error("compression is not supported: Field does not have .isOdd()")}function y(_,E,I){if(E.is0()){if(!d)throw new Error("bad point: ZERO");return Uint8Array.of(0)}let{x:U,y:F}=E.toAffine(),K=r.toBytes(U);if(Pe(I,"isCompressed"),I){w();let H=!r.isOdd(F);return we(Al(H),K)}else return we(Uint8Array.of(4),K,r.toBytes(F))}function m(_){ne(_,void 0,"Point");let{publicKey:E,publicKeyUncompressed:I}=b,U=_.length,F=_[0],K=_.subarray(1);if(d&&U===1&&F===0)return{x:r.ZERO,y:r.ZERO};if(U===E&&(F===2||F===3)){let H=r.fromBytes(K);if(!r.isValid(H))throw new Error("bad point: is not on curve, wrong x");let G=O(H),W;try{W=r.sqrt(G)}catch(fe){let ce=fe instanceof Error?": "+fe.message:"";throw new Error("bad point: is not on curve, sqrt error"+ce)}w();let X=r.isOdd(W);return(F&1)===1!==X&&(W=r.neg(W)),{x:H,y:W}}else if(U===I&&F===4){let H=r.BYTES,G=r.fromBytes(K.subarray(0,H)),W=r.fromBytes(K.subarray(H,H*2));if(!k(G,W))throw new Error("bad point: is not on curve");return{x:G,y:W}}else throw new Error(`bad point: got length ${U}, expected compressed=${E} or uncompressed=${I}`)}let v=u===void 0?y:u,x=l===void 0?m:l,z=r.mul(i.b,ms),j=r.is0(i.a)?_=>r.ZERO:_=>r.mul(i.a,_);function O(_){let E=r.sqr(_),I=r.mul(E,_);return r.add(r.add(I,r.mul(_,i.a)),i.b)}function k(_,E){let I=r.sqr(E),U=O(_);return r.eql(I,U)}if(!k(i.Gx,i.Gy))throw new Error("bad curve params: generator point");let $=r.mul(r.pow(i.a,ms),Kp),T=r.mul(r.sqr(i.b),BigInt(27));if(r.is0(r.add($,T)))throw new Error("bad curve params: a or b");function C(_,E,I=!1){if(!r.isValid(E)||I&&r.is0(E))throw new Error(`bad point coordinate ${_}`);return typeof E=="object"&&E!==null?r.create(E):E}function R(_){if(!(_ instanceof B))throw new Error("Weierstrass Point expected")}function S(_){if(!p||!p.basises)throw new Error("no endo");return Fp(_,p.basises,o.ORDER)}function A(_,E,I,U){if(!o.isValid(U))throw new RangeError("invalid scalar: out of range");if(p){let{k1neg:F,k1:K,k2neg:H,k2:G}=S(U),W=new B(r.mul(I.X,p.beta),I.Y,I.Z);_.push(F?I.negate():I,H?W.negate():W),E.push(K,G)}else _.push(I),E.push(U)}let q=new WeakSet;class B{static BASE=new B(i.Gx,i.Gy,r.ONE);static ZERO=new B(r.ZERO,r.ONE,r.ZERO);static Fp=r;static Fn=o;X;Y;Z;constructor(E,I,U){this.X=C("x",E),this.Y=C("y",I,!0),this.Z=C("z",U),Object.freeze(this)}static CURVE(){return i}static fromAffine(E){let{x:I,y:U}=E||{};if(!E||!r.isValid(I)||!r.isValid(U))throw new Error("invalid affine point");if(E instanceof B)throw new Error("projective point not allowed");return r.is0(I)&&r.is0(U)?B.ZERO:new B(I,U,r.ONE)}static fromBytes(E){let I=B.fromAffine(x(ne(E,void 0,"point")));return I.assertValidity(),I}static fromHex(E){return B.fromBytes(In(E))}get x(){return this.toAffine().x}get y(){return this.toAffine().y}precompute(E=6,I=!0){return N.setWindowSize(this,E),I||this.multiply(ms),this}assertValidity(){let E=this;if(E.is0()){if(d&&r.is0(E.X)&&r.eql(E.Y,r.ONE)&&r.is0(E.Z))return;throw new Error("bad point: ZERO")}if(q.has(E))return;let{x:I,y:U}=E.toAffine();if(!r.isValid(I)||!r.isValid(U))throw new Error("bad point: x or y not field elements");if(!k(I,U))throw new Error("bad point: equation left != right");if(!E.isTorsionFree())throw new Error("bad point: not in prime-order subgroup");q.add(E)}hasEvenY(){let{y:E}=this.toAffine();if(!r.isOdd)throw new Error("Field doesn't support isOdd");return!r.isOdd(E)}equals(E){R(E);let{X:I,Y:U,Z:F}=this,{X:K,Y:H,Z:G}=E,W=r.eql(r.mul(I,G),r.mul(K,F)),X=r.eql(r.mul(U,G),r.mul(H,F));return W&&X}negate(){return new B(this.X,r.neg(this.Y),this.Z)}double(){let{X:E,Y:I,Z:U}=this,F=r.ZERO,K=r.ZERO,H=r.ZERO,G=r.mul(E,E),W=r.mul(I,I),X=r.mul(U,U),Z=r.mul(E,I);return Z=r.add(Z,Z),H=r.mul(E,U),H=r.add(H,H),F=j(H),K=r.mul(z,X),K=r.add(F,K),F=r.sub(W,K),K=r.add(W,K),K=r.mul(F,K),F=r.mul(Z,F),H=r.mul(z,H),X=j(X),Z=r.sub(G,X),Z=j(Z),Z=r.add(Z,H),H=r.add(G,G),G=r.add(H,G),G=r.add(G,X),G=r.mul(G,Z),K=r.add(K,G),X=r.mul(I,U),X=r.add(X,X),G=r.mul(X,Z),F=r.sub(F,G),H=r.mul(X,W),H=r.add(H,H),H=r.add(H,H),new B(F,K,H)}add(E){R(E);let{X:I,Y:U,Z:F}=this,{X:K,Y:H,Z:G}=E,W=r.ZERO,X=r.ZERO,Z=r.ZERO,fe=r.mul(I,K),ce=r.mul(U,H),ge=r.mul(F,G),Me=r.add(I,U),de=r.add(K,H);Me=r.mul(Me,de),de=r.add(fe,ce),Me=r.sub(Me,de),de=r.add(I,F);let pe=r.add(K,G);return de=r.mul(de,pe),pe=r.add(fe,ge),de=r.sub(de,pe),pe=r.add(U,F),W=r.add(H,G),pe=r.mul(pe,W),W=r.add(ce,ge),pe=r.sub(pe,W),Z=j(de),W=r.mul(z,ge),Z=r.add(W,Z),W=r.sub(ce,Z),Z=r.add(ce,Z),X=r.mul(W,Z),ce=r.add(fe,fe),ce=r.add(ce,fe),ge=j(ge),de=r.mul(z,de),ce=r.add(ce,ge),ge=r.sub(fe,ge),ge=j(ge),de=r.add(de,ge),fe=r.mul(ce,de),X=r.add(X,fe),fe=r.mul(pe,de),W=r.mul(Me,W),W=r.sub(W,fe),fe=r.mul(Me,ce),Z=r.mul(pe,Z),Z=r.add(Z,fe),new B(W,X,Z)}subtract(E){return R(E),this.add(E.negate())}is0(){return this.equals(B.ZERO)}multiply(E){if(!o.isValidNot0(E))throw new RangeError("invalid scalar: out of range");let{p:I,f:U}=N.mulSecret(this,E,s,L);return L([I,U])[0]}multiplyUnsafe(E){let I=this,U=E;if(!o.isValid(U))throw new RangeError("invalid scalar: out of range");if(U===Rt||I.is0())return B.ZERO;if(U===vn)return I;if(N.hasWindowSize(this))return N.mulUnsafe(I,U,L);let F=[],K=[];return A(F,K,I,U),ho(B,F,K)}mulAddUnsafe(E,I,U){R(I);let F=[],K=[];return A(F,K,this,E),A(F,K,I,U),ho(B,F,K)}toAffine(E){let I=this,U=E;if(U!=null&&!r.isValid(U))throw new RangeError('"invertedZ" expected valid field element');let{X:F,Y:K,Z:H}=I;if(r.eql(H,r.ONE))return{x:F,y:K};let G=I.is0();U==null&&(U=G?r.ONE:r.inv(H));let W=r.mul(F,U),X=r.mul(K,U),Z=r.mul(H,U);if(G)return{x:r.ZERO,y:r.ZERO};if(!r.eql(Z,r.ONE))throw new Error("invZ was invalid");return{x:W,y:X}}isTorsionFree(){return s===vn?!0:g?g(B,this):N.mulUnsafe(this,a).is0()}clearCofactor(){return s===vn?this:h?h(B,this):this.multiplyUnsafe(s)}isSmallOrder(){return s===vn?this.is0():this.clearCofactor().is0()}toBytes(E=!0){return Pe(E,"isCompressed"),this.assertValidity(),v(B,this,E)}toHex(E=!0){return mr(this.toBytes(E))}toString(){return`<Point ${this.is0()?"ZERO":this.toHex()}>`}}let L=_=>po(B,_),N=new Dn(B,f);return N.bits>=6&&B.BASE.precompute(6),Object.freeze(B.prototype),Object.freeze(B),B}function Al(e){return Uint8Array.of(e?2:3)}function jl(e,t){return{secretKey:t.BYTES,publicKey:1+e.BYTES,publicKeyUncompressed:1+2*e.BYTES,publicKeyHasPrefix:!0,signature:2*t.BYTES}}function Hp(e,t={}){en(e);let{Fn:n}=e,r=t.randomBytes===void 0?At:t.randomBytes,o=Object.assign(jl(e.Fp,n),{seed:Math.max(fo(n.ORDER),16)});function i(u){try{let f=n.fromBytes(u);return n.isValidNot0(f)}catch{return!1}}function s(u,f){let{publicKey:p,publicKeyUncompressed:b}=o;try{let w=u.length;return f===!0&&w!==p||f===!1&&w!==b?!1:!e.fromBytes(u).is0()}catch{return!1}}function a(u){return u=u===void 0?r(o.seed):u,Di(ne(u,o.seed,"seed"),n.ORDER)}function c(u,f=!0){return e.BASE.multiply(n.fromBytes(u)).toBytes(f)}function d(u){let{secretKey:f,publicKey:p,publicKeyUncompressed:b}=o,w=n._lengths;if(!Jt(u))return;let y=ne(u,void 0,"key").length,m=y===p||y===b,v=y===f||!!w?.includes(y);if(!(m&&v))return m}function h(u,f,p=!0){if(d(u)===!0)throw new Error("first arg must be private key");if(d(f)===!1)throw new Error("second arg must be public key");let b=n.fromBytes(u),w=e.fromBytes(f);if(w.is0())throw new Error("invalid public key: point at infinity");return w.multiply(b).toBytes(p)}let g={isValidSecretKey:i,isValidPublicKey:s,randomSecretKey:a},l=Fn(a,c);return Object.freeze(g),Object.freeze(o),Object.freeze({getPublicKey:c,getSharedSecret:h,keygen:l,Point:e,utils:g,lengths:o})}function bs(e,t,n={}){en(e);let r=t;Re(r),Ae(n,{},{hmac:"function",lowS:"boolean",randomBytes:"function",bits2int:"function",bits2int_modN:"function"});let o=Object.assign({},n),i=o.randomBytes===void 0?At:o.randomBytes,s=o.hmac===void 0?(_,E)=>ot(r,_,E):o.hmac,{Fp:a,Fn:c}=e,{ORDER:d,BITS:h}=c,g=fo(d),l=Gi(i,g),{keygen:u,getPublicKey:f,getSharedSecret:p,utils:b,lengths:w}=Hp(e,o),y={prehash:!0,lowS:typeof o.lowS=="boolean"?o.lowS:!0,format:"compact",extraEntropy:!1},m=d*ql+vn<a.ORDER;function v(_){let E=d>>vn;return _>E}function x(_,E){if(!c.isValidNot0(E))throw new Error(`invalid signature ${_}: out of range 1..Point.Fn.ORDER`);return E}function z(){if(!a.isOdd)throw new Error("Field doesn't support isOdd")}function j(_,E,I){return z(),(_===I?0:2)|Number(a.isOdd(E))}function O(){if(m)throw new Error('"recovered" sig type is not supported for cofactor >2 curves')}function k(_,E){gs(E);let I=w.signature,U=E==="compact"?I:E==="recovered"?I+1:void 0;return ne(_,U)}class ${r;s;recovery;constructor(E,I,U){if(this.r=x("r",E),this.s=x("s",I),U!=null){if(O(),![0,1,2,3].includes(U))throw new Error("invalid recovery id");this.recovery=U}Object.freeze(this)}static fromBytes(E,I=y.format){k(E,I);let U;if(I==="der"){if(E.length>2*c.BYTES+16)throw new _o.Err("invalid signature: DER signature too long");let{r:G,s:W}=_o.toSig(ne(E),c.BYTES+1);return new $(G,W)}I==="recovered"&&(U=E[0],I="compact",E=E.subarray(1));let F=w.signature/2,K=E.subarray(0,F),H=E.subarray(F,F*2);return new $(c.fromBytes(K),c.fromBytes(H),U)}static fromHex(E,I){return this.fromBytes(In(E),I)}assertRecovery(){let{recovery:E}=this;if(E==null)throw new Error("invalid recovery id: must be present");return E}addRecoveryBit(E){return new $(this.r,this.s,E)}recoverPublicKey(E){let{r:I,s:U}=this,F=this.assertRecovery(),K=F===2||F===3?I+d:I;if(!a.isValid(K))throw new Error("invalid recovery id: sig.r+curve.n != R.x");let H=a.toBytes(K),G=e.fromBytes(we(Al((F&1)===0),H)),W=c.inv(K),X=C(ne(E,void 0,"msgHash")),Z=c.create(-X*W),fe=c.create(U*W),ce=e.BASE.mulAddUnsafe(Z,G,fe);if(ce.is0())throw new Error("invalid recovery: point at infinify");return ce.assertValidity(),ce}hasHighS(){return v(this.s)}toBytes(E=y.format){if(gs(E),E==="der")return In(_o.hexFromSig(this));let{r:I,s:U}=this,F=c.toBytes(I),K=c.toBytes(U);return E==="recovered"?(O(),we(Uint8Array.of(this.assertRecovery()),F,K)):we(F,K)}toHex(E){return mr(this.toBytes(E))}}Object.freeze($.prototype),Object.freeze($);let T=o.bits2int===void 0?function(E){if(E.length>8192)throw new Error("input is too large");let I=Je(E),U=E.length*8-h;return U>0?I>>BigInt(U):I}:o.bits2int,C=o.bits2int_modN===void 0?function(E){return c.create(T(E))}:o.bits2int_modN,R=br(h);function S(_){return dt("num < 2^"+h,_,Rt,R),c.toBytes(_)}function A(_,E){return ne(_,void 0,"message"),E?ne(r(_),void 0,"prehashed message"):_}function q(_,E,I){let{lowS:U,prehash:F,extraEntropy:K}=hs(I,y);_=A(_,F);let H=C(_),G=c.fromBytes(E);if(!c.isValidNot0(G))throw new Error("invalid private key");let W=[S(G),S(H)];if(K!=null&&K!==!1){let ce=K===!0?i(w.secretKey):K;W.push(ne(ce,void 0,"extraEntropy"))}let X=we(...W),Z=H;function fe(ce){let ge=T(ce);if(!c.isValidNot0(ge))return;let Me=e.BASE.multiply(ge).toAffine(),de=c.create(Me.x);if(de===Rt)return;let pe;if(l!==void 0){let It=Je(Di(l(g),d)),Iu=c.inv(c.mul(It,ge)),Mu=c.mul(It,Z),Uu=c.mul(It,G);pe=c.create(Iu*c.create(Mu+Uu*de))}else{let It=uc(ge,d);pe=c.create(It*c.create(Z+de*G))}if(pe===Rt)return;let Tn=j(Me.x,Me.y,de),or=pe;return U&&v(pe)&&(or=c.neg(pe),Tn^=1),new $(de,or,m?void 0:Tn)}return{seed:X,k2sig:fe}}function B(_,E,I={}){let{seed:U,k2sig:F}=q(_,E,I);return rc(r.outputLen,c.BYTES,s)(U,F).toBytes(I.format)}function L(_,E,I,U={}){let{lowS:F,prehash:K,format:H}=hs(U,y);if(I=ne(I,void 0,"publicKey"),E=A(E,K),!Jt(_)){let G=_ instanceof $?", use sig.toBytes()":"";throw new Error("verify expects Uint8Array signature"+G)}k(_,H);try{let G=$.fromBytes(_,H),W=e.fromBytes(I);if(W.is0()||F&&G.hasHighS())return!1;let{r:X,s:Z}=G,fe=C(E),ce=c.inv(Z),ge=c.create(fe*ce),Me=c.create(X*ce),de=e.BASE.mulAddUnsafe(ge,W,Me);if(de.is0())return!1;let pe=de.toAffine();return!(c.create(pe.x)!==X||H==="recovered"&&G.recovery!==j(pe.x,pe.y,X))}catch{return!1}}function N(_,E,I={}){let{prehash:U}=hs(I,y);return E=A(E,U),$.fromBytes(_,"recovered").recoverPublicKey(E).toBytes()}return Object.freeze({keygen:u,getPublicKey:f,getSharedSecret:p,utils:b,lengths:w,Point:e,sign:B,verify:L,recoverPublicKey:N,Signature:$,hash:r})}var Gp={p:BigInt("0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff"),n:BigInt("0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"),h:BigInt(1),a:BigInt("0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc"),b:BigInt("0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b"),Gx:BigInt("0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"),Gy:BigInt("0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5")},Wp={p:BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff"),n:BigInt("0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973"),h:BigInt(1),a:BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffc"),b:BigInt("0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef"),Gx:BigInt("0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7"),Gy:BigInt("0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f")};var Vp=ys(Gp),Lt=bs(Vp,Y);var Yp=ys(Wp),Tl=bs(Yp,Pa);var Jp=BigInt(0),Tr=BigInt(1),Xp=BigInt(2),Zp=BigInt(7),Qp=BigInt(256),eh=BigInt(113),Ol=[],Rl=[],Ll=[];for(let e=0,t=Tr,n=1,r=0;e<24;e++){[n,r]=[r,(2*n+3*r)%5],Ol.push(2*(5*r+n)),Rl.push((e+1)*(e+2)/2%64);let o=Jp;for(let i=0;i<7;i++)t=(t<<Tr^(t>>Zp)*eh)%Qp,t&Xp&&(o^=Tr<<(Tr<<BigInt(i))-Tr);Ll.push(o)}var Nl=Zr(Ll,!0),th=Nl[0],nh=Nl[1],rh=(e,t,n)=>e<<n|t>>>32-n,oh=(e,t,n)=>t<<n|e>>>32-n,ih=(e,t,n)=>t<<n-32|e>>>64-n,sh=(e,t,n)=>e<<n-32|t>>>64-n,Bl=(e,t,n)=>n>32?ih(e,t,n):rh(e,t,n),_l=(e,t,n)=>n>32?sh(e,t,n):oh(e,t,n),Yn=new Uint32Array(10);function ah(e,t=24){if(!(e instanceof Uint32Array))throw new TypeError('"s" expected Uint32Array(50), got type='+typeof e);if(e.length!==50)throw new RangeError('"s" expected Uint32Array(50), got length='+e.length);if(Q(t,"rounds"),t<1||t>24)throw new Error('"rounds" expected integer 1..24');for(let n=24-t;n<24;n++){for(let i=0;i<10;i++)Yn[i]=e[i]^e[i+10]^e[i+20]^e[i+30]^e[i+40];for(let i=0;i<10;i+=2){let s=(i+8)%10,a=(i+2)%10,c=Yn[a],d=Yn[a+1],h=Bl(c,d,1)^Yn[s],g=_l(c,d,1)^Yn[s+1];for(let l=0;l<50;l+=10)e[i+l]^=h,e[i+l+1]^=g}let r=e[2],o=e[3];for(let i=0;i<24;i++){let s=Rl[i],a=Bl(r,o,s),c=_l(r,o,s),d=Ol[i];r=e[d],o=e[d+1],e[d]=a,e[d+1]=c}for(let i=0;i<50;i+=10){let s=e[i],a=e[i+1],c=e[i+2],d=e[i+3];e[i]^=~e[i+2]&e[i+4],e[i+1]^=~e[i+3]&e[i+5],e[i+2]^=~e[i+4]&e[i+6],e[i+3]^=~e[i+5]&e[i+7],e[i+4]^=~e[i+6]&e[i+8],e[i+5]^=~e[i+7]&e[i+9],e[i+6]^=~e[i+8]&s,e[i+7]^=~e[i+9]&a,e[i+8]^=~s&c,e[i+9]^=~a&d}e[0]^=th[n],e[1]^=nh[n]}te(Yn)}var Oo=class e{state;pos=0;posOut=0;finished=!1;state32;destroyed=!1;blockLen;suffix;outputLen;canXOF;enableXOF=!1;rounds;constructor(t,n,r,o=!1,i=24){if(Q(t,"blockLen"),Q(n,"suffix"),Q(i,"rounds"),Ta(o,"enableXOF"),this.blockLen=t,this.suffix=n,this.outputLen=r,this.enableXOF=o,this.canXOF=o,this.rounds=i,Q(r,"outputLen"),!(0<t&&t<200))throw new Error('"blockLen" must be 1..199');this.state=new Uint8Array(200),this.state32=je(this.state)}clone(){return this._cloneInto()}keccak(){Be(this.state32),ah(this.state32,this.rounds),Be(this.state32),this.posOut=0,this.pos=0}update(t){We(this),J(t);let{blockLen:n,state:r,state32:o}=this,i=t.length,s=n%4===0&&t.byteOffset%4===0,a=n/4,c=s&&i>=n?je(t):void 0;for(let d=0;d<i;){if(c!==void 0&&this.pos===0&&d%4===0&&i-d>=n){for(let g=0,l=d/4;g<a;g++)o[g]^=c[l+g];d+=n,this.pos=n,this.keccak();continue}let h=Math.min(n-this.pos,i-d);for(let g=0;g<h;g++)r[this.pos++]^=t[d++];this.pos===n&&this.keccak()}return this}finish(){if(this.finished)return;this.finished=!0;let{state:t,suffix:n,pos:r,blockLen:o}=this;t[r]^=n,(n&128)!==0&&r===o-1&&this.keccak(),t[o-1]^=128,this.keccak()}writeInto(t){We(this,!1),J(t),this.finish();let n=this.state,{blockLen:r}=this;for(let o=0,i=t.length;o<i;){this.posOut>=r&&this.keccak();let s=Math.min(r-this.posOut,i-o);t.set(n.subarray(this.posOut,this.posOut+s),o),this.posOut+=s,o+=s}return t}xofInto(t){if(!this.enableXOF)throw new Error("XOF is not enabled");return this.writeInto(t)}xof(t){return Q(t),this.xofInto(new Uint8Array(t))}digestInto(t){if(Mt(t,this),this.finished)throw new Error("digest() was already called");this.writeInto(t.length===this.outputLen?t:t.subarray(0,this.outputLen)),this.destroy()}digest(){let t=new Uint8Array(this.outputLen);return this.digestInto(t),t}destroy(){this.destroyed=!0,te(this.state)}_cloneInto(t){let{blockLen:n,suffix:r,outputLen:o,rounds:i,enableXOF:s}=this;return t||=new e(n,r,o,s,i),t.blockLen=n,t.state32.set(this.state32),t.pos=this.pos,t.posOut=this.posOut,t.finished=this.finished,t.rounds=i,t.suffix=r,t.outputLen=o,t.enableXOF=s,t.canXOF=this.canXOF,t.destroyed=this.destroyed,t}},Cl=(e,t,n,r={})=>Et(()=>new Oo(t,e,n),r);var xn=Cl(6,136,32,$t(8));var Il=Cl(6,72,64,$t(10));var Ml=(e,t,n,r={})=>Et((o={})=>(o=nt({},o),new Oo(t,e,o.dkLen===void 0?n:o.dkLen,!0)),r),Ul=Ml(31,168,16,$t(11)),bt=Ml(31,136,32,$t(12));var wt=lt;function Ro(e,t){if(e.length!==t.length)return!1;let n=0;for(let r=0;r<e.length;r++)n|=e[r]^t[r];return n===0}function Pl(e){return Uint8Array.from(e)}function kn(e,...t){let n=o=>typeof o=="number"?o:o.bytesLen,r=t.reduce((o,i)=>o+n(i),0);return{bytesLen:r,encode:o=>{let i=new Uint8Array(r);for(let s=0,a=0;s<t.length;s++){let c=t[s],d=n(c),h=typeof c=="number"?o[s]:c.encode(o[s]);J(h,d,e),i.set(h,a),typeof c!="number"&&h.fill(0),a+=d}return i},decode:o=>{J(o,r,e);let i=[];for(let s of t){let a=n(s),c=o.subarray(0,a);i.push(typeof s=="number"?c:s.decode(c)),o=o.subarray(a)}return i}}}function Lo(e,t){let n=t*e.bytesLen;return{bytesLen:n,encode:r=>{if(r.length!==t)throw new Error(`vecCoder.encode: wrong length=${r.length}. Expected: ${t}`);let o=new Uint8Array(n);for(let i=0,s=0;i<r.length;i++){let a=e.encode(r[i]);o.set(a,s),a.fill(0),s+=a.length}return o},decode:r=>{J(r,n);let o=[];for(let i=0;i<r.length;i+=e.bytesLen)o.push(e.decode(r.subarray(i,i+e.bytesLen)));return o}}}function $e(...e){for(let t of e)if(Array.isArray(t))for(let n of t)n.fill(0);else t.fill(0)}function ws(e){return(1<<e)-1}var My=Uint8Array.of();var Dl=e=>{let{newPoly:t,N:n,Q:r,F:o,ROOT_OF_UNITY:i,brvBits:s,isKyber:a}=e,c=(y,m=r)=>{let v=y%m|0;return(v>=0?v|0:m+v|0)|0},d=(y,m=r)=>{let v=c(y,m)|0;return(v>m>>1?v-m|0:v)|0};function h(){let y=t(n);for(let m=0;m<n;m++){let v=Wi(m,s),x=BigInt(i)**BigInt(v)%BigInt(r);y[m]=Number(x)|0}return y}let g=h(),l={add:(y,m)=>c((y|0)+(m|0))|0,sub:(y,m)=>c((y|0)-(m|0))|0,mul:(y,m)=>c((y|0)*(m|0))|0,inv:y=>{throw new Error("not implemented")}},u={N:n,roots:g,invertButterflies:!0,skipStages:a?1:0,brp:!1},f=Vi(l,{dit:!1,...u}),p=Vi(l,{dit:!0,...u});return{mod:c,smod:d,nttZetas:g,NTT:{encode:y=>f(y),decode:y=>{p(y);for(let m=0;m<y.length;m++)y[m]=c(o*y[m]);return y}},bitsCoder:(y,m)=>{let v=ws(y),x=y*(n/8);return{bytesLen:x,encode:z=>{let j=new Uint8Array(x);for(let O=0,k=0,$=0,T=0;O<z.length;O++)for(k|=(m.encode(z[O])&v)<<$,$+=y;$>=8;$-=8,k>>=8)j[T++]=k&ws($);return j},decode:z=>{let j=t(n);for(let O=0,k=0,$=0,T=0;O<z.length;O++)for(k|=z[O]<<$,$+=8;$>=y;$-=y,k>>=y)j[T++]=m.decode(k&v);return j}}}}},ch=e=>(t,n)=>{n||(n=e.blockLen);let r=new Uint8Array(t.length+2);r.set(t);let o=t.length,i=new Uint8Array(n),s=e.create({}),a=0,c=0;return{stats:()=>({calls:a,xofs:c}),get:(d,h)=>(r[o+0]=d,r[o+1]=h,s.destroy(),s=e.create({}).update(r),a++,()=>(c++,s.xofInto(i))),clean:()=>{s.destroy(),$e(i,r)}}},Fl=ch(Ul);var Oe=256,Nt=3329,lh=3303,dh=17,{mod:Or,nttZetas:uh,NTT:En,bitsCoder:fh}=Dl({N:Oe,Q:Nt,F:lh,ROOT_OF_UNITY:dh,newPoly:e=>new Uint16Array(e),brvBits:7,isKyber:!0}),vs={512:{N:Oe,Q:Nt,K:2,ETA1:3,ETA2:2,du:10,dv:4,RBGstrength:128},768:{N:Oe,Q:Nt,K:3,ETA1:2,ETA2:2,du:10,dv:4,RBGstrength:192},1024:{N:Oe,Q:Nt,K:4,ETA1:2,ETA2:2,du:11,dv:5,RBGstrength:256}},ph=e=>{if(e>=12)return{encode:n=>n,decode:n=>n};let t=2**(e-1);return{encode:n=>((n<<e)+Nt/2)/Nt,decode:n=>n*Nt+t>>>e}},Br=e=>fh(e,ph(e));function $n(e,t){for(let n=0;n<Oe;n++)e[n]=Or(e[n]+t[n])}function hh(e,t){for(let n=0;n<Oe;n++)e[n]=Or(e[n]-t[n])}function mh(e,t,n,r,o){let i=Or(t*r*o+e*n),s=Or(e*r+t*n);return{c0:i,c1:s}}function No(e,t){for(let n=0;n<Oe/2;n++){let r=uh[64+(n>>1)];n&1&&(r=-r);let{c0:o,c1:i}=mh(e[2*n+0],e[2*n+1],t[2*n+0],t[2*n+1],r);e[2*n+0]=o,e[2*n+1]=i}return e}function Kl(e){let t=new Uint16Array(Oe);for(let n=0;n<Oe;){let r=e();if(r.length%3)throw new Error("SampleNTT: unaligned block");for(let o=0;n<Oe&&o+3<=r.length;o+=3){let i=(r[o+0]>>0|r[o+1]<<8)&4095,s=(r[o+1]>>4|r[o+2]<<4)&4095;i<Nt&&(t[n++]=i),n<Oe&&s<Nt&&(t[n++]=s)}}return t}function _r(e,t,n,r){let o=e(r*Oe/4,t,n),i=new Uint16Array(Oe),s=je(o),a=0;for(let c=0,d=0,h=0,g=0;c<s.length;c++){let l=s[c];for(let u=0;u<32;u++)h+=l&1,l>>=1,a+=1,a===r?(g=h,h=0):a===2*r&&(i[d++]=Or(g-h),h=0,a=0)}if(a)throw new Error(`sampleCBD: leftover bits: ${a}`);return i}var gh=e=>{let{K:t,PRF:n,XOF:r,HASH512:o,ETA1:i,ETA2:s,du:a,dv:c}=e,d=Br(1),h=Br(c),g=Br(a),l=kn("publicKey",Lo(Br(12),t),32),u=Lo(Br(12),t),f=kn("ciphertext",Lo(g,t),h),p=kn("seed",32,32);return{secretCoder:u,lengths:{secretKey:u.bytesLen,publicKey:l.bytesLen,cipherText:f.bytesLen},keygen:b=>{J(b,32,"seed");let w=new Uint8Array(33);w.set(b),w[32]=t;let y=o(w),[m,v]=p.decode(y),x=[],z=[];for(let k=0;k<t;k++)x.push(En.encode(_r(n,v,k,i)));let j=r(m);for(let k=0;k<t;k++){let $=En.encode(_r(n,v,t+k,i));for(let T=0;T<t;T++){let C=Kl(j.get(T,k));$n($,No(C,x[T]))}z.push($)}j.clean();let O={publicKey:l.encode([z,m]),secretKey:u.encode(x)};return $e(m,v,x,z,w,y),O},encrypt:(b,w,y)=>{let[m,v]=l.decode(b),x=[];for(let T=0;T<t;T++)x.push(En.encode(_r(n,y,T,i)));let z=r(v),j=new Uint16Array(Oe),O=[];for(let T=0;T<t;T++){let C=_r(n,y,t+T,s),R=new Uint16Array(Oe);for(let S=0;S<t;S++){let A=Kl(z.get(T,S));$n(R,No(A,x[S]))}$n(C,En.decode(R)),O.push(C),$n(j,No(m[T],x[T])),$e(R)}z.clean();let k=_r(n,y,2*t,s);$n(k,En.decode(j));let $=d.decode(w);return $n($,k),$e(m,x,j,k),f.encode([O,$])},decrypt:(b,w)=>{let[y,m]=f.decode(b),v=u.decode(w),x=new Uint16Array(Oe);for(let z=0;z<t;z++)$n(x,No(v[z],En.encode(y[z])));return hh(m,En.decode(x)),$e(x,v,y),d.encode(m)}}};function xs(e){let t=gh(e),{HASH256:n,HASH512:r,KDF:o}=e,{secretCoder:i,lengths:s}=t,a=kn("secretKey",s.secretKey,s.publicKey,32,32),c=32,d=64;return{info:{type:"ml-kem"},lengths:{...s,seed:64,msg:c,msgRand:c,secretKey:a.bytesLen},keygen:(h=wt(d))=>{J(h,d,"seed");let{publicKey:g,secretKey:l}=t.keygen(h.subarray(0,32)),u=n(g),f=a.encode([l,g,u,h.subarray(32)]);return $e(l,u),{publicKey:g,secretKey:f}},getPublicKey:h=>{let[g,l,u,f]=a.decode(h);return Uint8Array.from(l)},encapsulate:(h,g=wt(c))=>{J(h,s.publicKey,"publicKey"),J(g,c,"message");let l=h.subarray(0,384*e.K),u=i.encode(i.decode(Pl(l)));if(!Ro(u,l))throw $e(u),new Error("ML-KEM.encapsulate: wrong publicKey modulus");$e(u);let f=r.create().update(g).update(n(h)).digest(),p=t.encrypt(h,g,f.subarray(32,64));return $e(f.subarray(32)),{cipherText:p,sharedSecret:f.subarray(0,32)}},decapsulate:(h,g)=>{J(g,a.bytesLen,"secretKey"),J(h,s.cipherText,"cipherText");let l=a.bytesLen-96,u=l+32,f=n(g.subarray(l/2,u));if(!Ro(f,g.subarray(u,u+32)))throw new Error("invalid secretKey: hash check failed");let[p,b,w,y]=a.decode(g),m=t.decrypt(h,p),v=r.create().update(m).update(w).digest(),x=v.subarray(0,32),z=t.encrypt(b,m,v.subarray(32,64)),j=Ro(h,z),O=o.create({dkLen:32}).update(y).update(h).digest();return $e(m,z,j?O:x),j?x:O}}}function yh(e,t,n){return bt.create({dkLen:e}).update(t).update(new Uint8Array([n])).digest()}var ks={HASH256:xn,HASH512:Il,KDF:bt,XOF:Fl,PRF:yh},Jy=xs({...ks,...vs[512]}),Rr=xs({...ks,...vs[768]}),Hl=xs({...ks,...vs[1024]});function bh(e,t=!1){let n=e.lengths,r=e.keygen;if(t){let i=e.Point.Fn;if(!i)throw new Error("No Point.Fn");r=(s=wt(n.seed))=>{J(s,n.seed,"seed");let a=i.isLE?Xe(s):Je(s),c=i.toBytes(i.create(a));return{secretKey:c,publicKey:e.getPublicKey(c)}}}return{lengths:{secretKey:n.secretKey,publicKey:n.publicKey,seed:n.seed},keygen:r,getPublicKey:o=>e.getPublicKey(o)}}function Es(e,t=!1){let n=bh(e,t);if(!e.getSharedSecret)throw new Error("wrong curve");return{lengths:{...n.lengths,msg:n.lengths.seed,cipherText:n.lengths.publicKey},keygen:n.keygen,getPublicKey:n.getPublicKey,encapsulate(r,o=wt(e.lengths.seed)){let i=this.keygen(o).secretKey,s=this.decapsulate(r,i),a=e.getPublicKey(i);return $e(i),{sharedSecret:s,cipherText:a}},decapsulate(r,o){let i=e.getSharedSecret(o,r);return e.lengths.publicKeyHasPrefix?i.subarray(1):i}}}function Lr(e,t){return kn(t,...e.map(n=>{if(typeof n.lengths[t]!="number")throw new Error("wrong length: "+t);return n.lengths[t]}))}function $s(e){return(t,n)=>e(t,{dkLen:n})}function wh(e,t,...n){let r=Lr(n,"seed"),o=Lr(n,"publicKey");e===void 0&&(e=r.bytesLen),Q(e);function i(s){J(s,e);let a=r.decode(t(s,r.bytesLen)),c=n.map((g,l)=>g.keygen(a[l])),d=c.map(g=>g.secretKey),h=c.map(g=>g.publicKey);return{secretKey:d,publicKey:h}}return{info:{lengths:{seed:e,publicKey:o.bytesLen,secretKey:e}},getPublicKey(s){return this.keygen(s).publicKey},keygen(s=wt(e)){let{publicKey:a,secretKey:c}=i(s),d=o.encode(a);return $e(a),$e(c),{secretKey:s,publicKey:d}},expandDecapsulationKey:i,realSeedLen:e}}function Co(e,t,n,r,...o){let i=wh(e,n,...o),s=Lr(o,"cipherText"),a=Lr(o,"publicKey"),c=Lr(o,"msg");return t===void 0&&(t=c.bytesLen),Q(t),{lengths:{...i.info.lengths,msg:t,msgRand:c.bytesLen,cipherText:s.bytesLen},getPublicKey:i.getPublicKey,keygen:i.keygen,encapsulate(d,h=wt(c.bytesLen)){let g=a.decode(d),l=c.decode(h),u=o.map((w,y)=>w.encapsulate(g[y],l[y])),f=u.map(w=>w.sharedSecret),p=u.map(w=>w.cipherText),b={sharedSecret:r(g,p,f),cipherText:s.encode(p)};return $e(f,p),b},decapsulate(d,h){let g=s.decode(d),{publicKey:l,secretKey:u}=i.expandDecapsulationKey(h),f=o.map((p,b)=>p.decapsulate(g[b],u[b]));return r(l,g,f)}}}function Gl(e,t,n,r,o){return Re(r),Re(o),Co(32,32,$s(r),(i,s,a)=>o(we(a[0],a[1],s[1],i[1],Zt(e))),t,n)}var a1=Gl("QSF-KEM(ML-KEM-768,P-256)-XOF(SHAKE256)-KDF(SHA3-256)",Rr,Es(Lt,!0),bt,xn),c1=Gl("QSF-KEM(ML-KEM-1024,P-384)-XOF(SHAKE256)-KDF(SHA3-256)",Hl,Es(Tl,!0),bt,xn);function vh(e,t,n,r,o){return Re(r),Re(o),Co(32,32,$s(r),(i,s,a)=>{let c=we(a[0],a[1],s[0],i[0],s[1],i[1],Zt(e)),d=32,h=we(Zt("hybrid_prk"),c),g=tn(o,h),l=we(Mn(d,2),Zt("shared_secret"),Zt("")),u=it(o,g,l,d);return $e(g,l,h,c),u},t,n)}var Wl=Es(Tt),l1=vh("KitchenSink-KEM(ML-KEM-768,X25519)-XOF(SHAKE256)-KDF(HKDF-SHA-256)",Rr,Wl,bt,Y),xh=Co(32,32,$s(bt),(e,t,n)=>xn(we(n[0],n[1],t[1],e[1],Zt("\\.//^\\"))),Rr,Wl);function kh(e,t,n,r){let o=e.Point.Fn;if(!o)throw new Error("no Point.Fn");function i(s){let a;for(let h=0,g=t;;h=g,g+=t){if(g>s.length)throw new Error("rejection sampling failed");if(a=o.fromBytes(s.subarray(h,g),!0),o.isValidNot0(a))break}let c=o.toBytes(o.create(a)),d=e.getPublicKey(c,!1);return{secretKey:c,publicKey:d}}return{lengths:{secretKey:t,publicKey:n,seed:r,msg:r,cipherText:n},keygen(s=wt(r)){return J(s,r,"seed"),i(s)},getPublicKey(s){return e.getPublicKey(s,!1)},encapsulate(s,a=wt(r)){J(a,r,"rand");let{secretKey:c}=i(a),d=this.decapsulate(s,c),h=e.getPublicKey(c,!1);return $e(c),{sharedSecret:d,cipherText:h}},decapsulate(s,a){return e.getSharedSecret(a,s).subarray(1)}}}function Eh(e,t,n,r){let{secretKey:o,publicKeyUncompressed:i}=n.lengths;if(!o||!i)throw new Error("wrong curve");let s=kh(n,o,i,r),a=64,c=a+r;return Co(32,32,d=>{J(d,32);let h=bt(d,{dkLen:c}),g=h.subarray(0,a),l=h.subarray(a,c);return we(g,l)},(d,h,g)=>xn(we(g[0],g[1],h[1],d[1],Zt(e))),t,s)}var $h=Eh("MLKEM768-P256",Rr,Lt,128);var rn=xh,Vl=$h;var Yl=!1,zh=!1;async function Jl(e,t){if(zh)return await t();try{return await e()}catch(n){if(n instanceof ReferenceError||n instanceof DOMException&&n.name==="NotSupportedError")return await t();throw n}}async function Io(e,t){return await Jl(async()=>{let n=zs(e)?e:await qh(e),r=await crypto.subtle.importKey("raw",t,{name:"X25519"},Yl,[]);return new Uint8Array(await crypto.subtle.deriveBits({name:"X25519",public:r},n,256))},()=>{if(zs(e))throw new Error("CryptoKey provided but X25519 WebCrypto is not supported");return Tt.scalarMult(e,t)})}async function Mo(e){return await Jl(async()=>Io(e,Tt.GuBytes),()=>{if(zs(e))throw new Error("CryptoKey provided but X25519 WebCrypto is not supported");return Tt.scalarMultBase(e)})}var Sh=new Uint8Array([48,46,2,1,0,48,5,6,3,43,101,110,4,34,4,32]);async function qh(e){if(e.length!==32)throw new Error("X25519 private key must be 32 bytes");let t=new Uint8Array([...Sh,...e]);return crypto.subtle.importKey("pkcs8",t,{name:"X25519"},Yl,["deriveBits"])}function zs(e){return typeof CryptoKey<"u"&&e instanceof CryptoKey}var Uo=class{s;transcript=[];buf=new Uint8Array(0);constructor(t){this.s=t.getReader()}async readLine(){let t=[];for(;;){let n=this.buf.indexOf(10);if(n>=0)return t.push(this.buf.subarray(0,n)),this.transcript.push(this.buf.subarray(0,n+1)),this.buf=this.buf.subarray(n+1),jh(zn(t));this.buf.length>0&&(t.push(this.buf),this.transcript.push(this.buf));let r=await this.s.read();if(r.done)return this.buf=zn(t),null;this.buf=r.value}}close(){return this.s.releaseLock(),{rest:this.buf,transcript:zn(this.transcript)}}};function jh(e){return e.forEach(t=>{if(t<32||t>126)throw Error("invalid non-ASCII byte in header")}),new TextDecoder().decode(e)}function zn(e){let t=e.reduce(((o,i)=>o+i.length),0),n=new Uint8Array(t),r=0;for(let o of e)n.set(o,r),r+=o.length;return n}function Jn(e,...t){return e.pipeThrough(new TransformStream({start(n){for(let r of t)n.enqueue(r)}}))}function Po(e){return new ReadableStream({start(t){t.enqueue(e),t.close()}})}async function Ss(e){if(!(e instanceof ReadableStream))throw new Error("readAll expects a ReadableStream<Uint8Array>");return new Uint8Array(await new Response(e).arrayBuffer())}async function Xl(e){if(!(e instanceof ReadableStream))throw new Error("readAllString expects a ReadableStream<Uint8Array>");return await new Response(e).text()}async function Zl(e,t){let n=e.getReader(),r=[],o=0;for(;o<t;){let{done:c,value:d}=await n.read();if(c)throw Error("stream ended before reading "+t.toString()+" bytes");r.push(d),o+=d.length}n.releaseLock();let i=zn(r),s=i.subarray(0,t),a=Jn(e,i.subarray(t));return{data:s,rest:a}}var Ie=class{args;body;constructor(t,n){this.args=t,this.body=n}};async function Th(e){let t=await e.readLine();if(t===null)throw Error("invalid stanza");let n=t.split(" ");if(n.length<2||n.shift()!=="->")return{next:t};for(let i of n)if(i.length===0)throw Error("invalid stanza");let r=[];for(;;){let i=await e.readLine();if(i===null)throw Error("invalid stanza");let s=Se.decode(i);if(s.length>48)throw Error("invalid stanza");if(r.push(s),s.length<48)break}let o=zn(r);return{s:new Ie(n,o)}}async function Ql(e){let t=new Uo(e),n=await t.readLine();if(n!=="age-encryption.org/v1")throw Error("invalid version "+(n??"line"));let r=[];for(;;){let{s:o,next:i}=await Th(t);if(o!==void 0){r.push(o);continue}if(!i.startsWith("--- "))throw Error("invalid header");let s=Se.decode(i.slice(4)),{rest:a,transcript:c}=t.close(),d=c.slice(0,c.length-1-i.length+3);return{stanzas:r,headerNoMAC:d,MAC:s,headerSize:c.length,rest:Jn(e,a)}}}function qs(e){let t=[];t.push(`age-encryption.org/v1
`);for(let n of e){t.push("-> "+n.args.join(" ")+`
`);for(let r=0;r<n.body.length;r+=48){let o=r+48;o>n.body.length&&(o=n.body.length),t.push(Se.encode(n.body.subarray(r,o))+`
`)}n.body.length%48===0&&t.push(`
`)}return t.push("---"),new TextEncoder().encode(t.join(""))}function ed(e,t){return zn([qs(e),new TextEncoder().encode(" "+Se.encode(t)+`
`)])}var Fo=class{recipient;constructor(t){let{prefix:n,words:r}=ye.decode(t,!1),o=ye.fromWords(r);if(!t.startsWith("age1pq1")||n.toLowerCase()!=="age1pq"||o.length!==1216)throw Error("invalid recipient");this.recipient=o}wrapFileKey(t){let{cipherText:n,sharedSecret:r}=rn.encapsulate(this.recipient),o=new TextEncoder().encode("age-encryption.org/mlkem768x25519"),{key:i,nonce:s}=Jo(td,r,o),a=De(i,s).encrypt(t);return[new Ie(["mlkem768x25519",Se.encode(n)],a)]}},Ko=class{identity;constructor(t){let n=ye.decodeToBytes(t);if(!t.startsWith("AGE-SECRET-KEY-PQ-1")||n.prefix.toUpperCase()!=="AGE-SECRET-KEY-PQ-"||n.bytes.length!==32)throw Error("invalid identity");this.identity=n.bytes}unwrapFileKey(t){for(let n of t){if(n.args.length<1||n.args[0]!=="mlkem768x25519")continue;if(n.args.length!==2)throw Error("invalid mlkem768x25519 stanza");let r=Se.decode(n.args[1]);if(r.length!==1120||n.body.length!==32)throw Error("invalid mlkem768x25519 stanza");let o=rn.decapsulate(r,this.identity),i=new TextEncoder().encode("age-encryption.org/mlkem768x25519"),{key:s,nonce:a}=Jo(td,o,i);try{return De(s,a).decrypt(n.body)}catch{continue}}return null}},td=25722,Bh=80,As=16;function Jo(e,t,n){let r=_h(e),o=Do(r,void 0,"psk_id_hash",new Uint8Array(0)),i=Do(r,void 0,"info_hash",n),s=new Uint8Array(1+o.length+i.length);s[0]=0,s.set(o,1),s.set(i,1+o.length);let a=Do(r,t,"secret",new Uint8Array(0)),c=js(r,a,"key",s,32),d=js(r,a,"base_nonce",s,12);return{key:c,nonce:d}}function _h(e){let t=new Uint8Array(10);return t.set(new TextEncoder().encode("HPKE"),0),t[4]=e>>8&255,t[5]=e&255,t[6]=0,t[7]=1,t[8]=0,t[9]=3,t}function Do(e,t,n,r){let o=new Uint8Array(7+e.length+n.length+r.length),i=0;return o.set(new TextEncoder().encode("HPKE-v1"),i),i+=7,o.set(e,i),i+=e.length,o.set(new TextEncoder().encode(n),i),i+=n.length,o.set(r,i),tn(Y,o,t)}function js(e,t,n,r,o){let i=new Uint8Array(9+e.length+n.length+r.length),s=0;return i[s]=o>>8&255,i[s+1]=o&255,s+=2,i.set(new TextEncoder().encode("HPKE-v1"),s),s+=7,i.set(e,s),s+=e.length,i.set(new TextEncoder().encode(n),s),s+=n.length,i.set(r,s),it(Y,t,i,o)}function Oh(e){e.length!==Lt.lengths.publicKeyUncompressed&&(e=Lt.Point.fromBytes(e).toBytes(!1));let t=Lt.utils.randomSecretKey(),n=Lt.getPublicKey(t,!1),r=Lt.getSharedSecret(t,e,!0).subarray(1),o=new Uint8Array(n.length+e.length);o.set(n,0),o.set(e,n.length);let i=new Uint8Array(5);i.set(new TextEncoder().encode("KEM"),0),i[3]=As>>8,i[4]=As&255;let s=Do(i,void 0,"eae_prk",r),a=js(i,s,"shared_secret",o,32);return{encapsulatedKey:n,sharedSecret:a}}var Ho=class{recipient;constructor(t){let n=ye.decodeToBytes(t);if(!t.startsWith("age1tag1")||n.prefix.toLowerCase()!=="age1tag"||n.bytes.length!==33)throw Error("invalid recipient");this.recipient=n.bytes}wrapFileKey(t){let{encapsulatedKey:n,sharedSecret:r}=Oh(this.recipient),o=new TextEncoder().encode("age-encryption.org/p256tag"),i=(()=>{let d=Y(this.recipient).subarray(0,4),h=new Uint8Array(n.length+d.length);return h.set(n,0),h.set(d,n.length),tn(Y,h,o).subarray(0,4)})(),{key:s,nonce:a}=Jo(As,r,o),c=De(s,a).encrypt(t);return[new Ie(["p256tag",Se.encode(i),Se.encode(n)],c)]}},Go=class{recipient;constructor(t){let{prefix:n,words:r}=ye.decode(t,!1),o=ye.fromWords(r);if(!t.startsWith("age1tagpq1")||n.toLowerCase()!=="age1tagpq"||o.length!==1249)throw Error("invalid recipient");this.recipient=o}wrapFileKey(t){let{cipherText:n,sharedSecret:r}=Vl.encapsulate(this.recipient),o=new TextEncoder().encode("age-encryption.org/mlkem768p256tag"),i=(()=>{let d=Y(this.recipient.subarray(1184)).subarray(0,4),h=new Uint8Array(n.length+d.length);return h.set(n,0),h.set(d,n.length),tn(Y,h,o).subarray(0,4)})(),{key:s,nonce:a}=Jo(Bh,r,o),c=De(s,a).encrypt(t);return[new Ie(["mlkem768p256tag",Se.encode(i),Se.encode(n)],c)]}},Wo=class{recipient;constructor(t){let n=ye.decodeToBytes(t);if(!t.startsWith("age1")||n.prefix.toLowerCase()!=="age"||n.bytes.length!==32)throw Error("invalid recipient");this.recipient=n.bytes}async wrapFileKey(t){let n=lt(32),r=await Mo(n),o=await Io(n,this.recipient),i=new Uint8Array(r.length+this.recipient.length);i.set(r),i.set(this.recipient,r.length);let s=new TextEncoder().encode("age-encryption.org/v1/X25519"),a=gt(Y,o,i,s,32);return[new Ie(["X25519",Se.encode(r)],Ts(t,a))]}},Nr=class{identity;recipient;constructor(t){if(Rh(t)){this.identity=t,this.recipient=Mo(t);return}let n=ye.decodeToBytes(t);if(!t.startsWith("AGE-SECRET-KEY-1")||n.prefix.toUpperCase()!=="AGE-SECRET-KEY-"||n.bytes.length!==32)throw Error("invalid identity");this.identity=n.bytes,this.recipient=Mo(n.bytes)}async unwrapFileKey(t){for(let n of t){if(n.args.length<1||n.args[0]!=="X25519")continue;if(n.args.length!==2)throw Error("invalid X25519 stanza");let r=Se.decode(n.args[1]);if(r.length!==32)throw Error("invalid X25519 stanza");let o=await Io(this.identity,r),i=await this.recipient,s=new Uint8Array(r.length+i.length);s.set(r),s.set(i,r.length);let a=new TextEncoder().encode("age-encryption.org/v1/X25519"),c=gt(Y,o,s,a,32),d=Bs(n.body,c);if(d!==null)return d}return null}},Vo=class{passphrase;logN;constructor(t,n){this.passphrase=t,this.logN=n}wrapFileKey(t){let n=lt(16),r="age-encryption.org/v1/scrypt",o=new Uint8Array(r.length+16);o.set(new TextEncoder().encode(r)),o.set(n,r.length);let i=cs(this.passphrase,o,{N:2**this.logN,r:8,p:1,dkLen:32});return[new Ie(["scrypt",Se.encode(n),this.logN.toString()],Ts(t,i))]}},Yo=class{passphrase;constructor(t){this.passphrase=t}unwrapFileKey(t){for(let n of t){if(n.args.length<1||n.args[0]!=="scrypt")continue;if(t.length!==1)throw Error("scrypt recipient is not the only one in the header");if(n.args.length!==3||!/^[1-9][0-9]*$/.test(n.args[2]))throw Error("invalid scrypt stanza");let r=Se.decode(n.args[1]);if(r.length!==16)throw Error("invalid scrypt stanza");let o=Number(n.args[2]);if(o>20)throw Error("scrypt work factor is too high");let i="age-encryption.org/v1/scrypt",s=new Uint8Array(i.length+16);s.set(new TextEncoder().encode(i)),s.set(r,i.length);let a=cs(this.passphrase,s,{N:2**o,r:8,p:1,dkLen:32}),c=Bs(n.body,a);if(c!==null)return c}return null}};function Ts(e,t){let n=new Uint8Array(12);return De(t,n).encrypt(e)}function Bs(e,t){if(e.length!==32)throw Error("invalid stanza");let n=new Uint8Array(12);try{return De(t,n).decrypt(e)}catch{return null}}function Rh(e){return typeof CryptoKey<"u"&&e instanceof CryptoKey}var Sn=16,Os=64*1024,_s=Os+Sn;function nd(e){let t=new Uint8Array(12),n=()=>{for(let s=t.length-2;s>=0&&(t[s]++,t[s]===0);s--);},r=!0,o=new Uint8Array(_s),i=0;return new TransformStream({transform(s,a){for(;s.length>0;){if(i===o.length){let d=De(e,t).decrypt(o);a.enqueue(d),n(),i=0,r=!1}let c=Math.min(o.length-i,s.length);o.set(s.subarray(0,c),i),i+=c,s=s.subarray(c)}},flush(s){t[11]=1;let a=De(e,t).decrypt(o.subarray(0,i));if(!r&&a.length===0)throw new Error("final chunk is empty");s.enqueue(a)}})}function rd(e){if(e<Sn)throw Error("ciphertext is too small");if(e===Sn)return 0;let t=Math.floor(e/_s),n=e%_s;if(0<n&&n<=Sn)throw Error("ciphertext size is invalid");let r=e;return r-=t*Sn,r-=n>0?Sn:0,r}function od(e){let t=new Uint8Array(12),n=()=>{for(let i=t.length-2;i>=0&&(t[i]++,t[i]===0);i--);},r=new Uint8Array(Os),o=0;return new TransformStream({transform(i,s){for(;i.length>0;){if(o===r.length){let c=De(e,t).encrypt(r);s.enqueue(c),n(),o=0}let a=Math.min(r.length-o,i.length);r.set(i.subarray(0,a),o),o+=a,i=i.subarray(a)}},flush(i){t[11]=1;let s=De(e,t).encrypt(r.subarray(0,o));i.enqueue(s)}})}function id(e){let t=Math.max(1,Math.ceil(e/Os));return e+Sn*t}var Xo=class{passphrase=null;scryptWorkFactor=18;recipients=[];setPassphrase(t){if(this.passphrase!==null)throw new Error("can encrypt to at most one passphrase");if(this.recipients.length!==0)throw new Error("can't encrypt to both recipients and passphrases");this.passphrase=t}setScryptWorkFactor(t){this.scryptWorkFactor=t}addRecipient(t){if(this.passphrase!==null)throw new Error("can't encrypt to both recipients and passphrases");if(typeof t=="string")if(t.startsWith("age1pq1"))this.recipients.push(new Fo(t));else if(t.startsWith("age1tag1"))this.recipients.push(new Ho(t));else if(t.startsWith("age1tagpq1"))this.recipients.push(new Go(t));else if(t.startsWith("age1"))this.recipients.push(new Wo(t));else throw new Error("unrecognized recipient type");else this.recipients.push(t)}async encrypt(t){let n=lt(16),r=[],o=this.recipients;this.passphrase!==null&&(o=[new Vo(this.passphrase,this.scryptWorkFactor)]);for(let u of o)r.push(...await u.wrapFileKey(n));let i=new TextEncoder().encode("header"),s=gt(Y,n,void 0,i,32),a=ot(Y,s,qs(r)),c=ed(r,a),d=lt(16),h=new TextEncoder().encode("payload"),g=gt(Y,n,d,h,32),l=od(g);return t instanceof ReadableStream?Object.assign(Jn(t.pipeThrough(l),c,d),{size:u=>id(u)+c.length+d.length}):(typeof t=="string"&&(t=new TextEncoder().encode(t)),await Ss(Jn(Po(t).pipeThrough(l),c,d)))}},Zo=class{identities=[];addPassphrase(t){this.identities.push(new Yo(t))}addIdentity(t){if(Mh(t))this.identities.push(new Nr(t));else if(typeof t=="string")if(t.startsWith("AGE-SECRET-KEY-1"))this.identities.push(new Nr(t));else if(t.startsWith("AGE-SECRET-KEY-PQ-1"))this.identities.push(new Ko(t));else throw new Error("unrecognized identity type");else this.identities.push(t)}async decrypt(t,n){let r=t instanceof ReadableStream?t:Po(t),{fileKey:o,headerSize:i,rest:s}=await this.decryptHeaderInternal(r),{data:a,rest:c}=await Zl(s,16),d=new TextEncoder().encode("payload"),h=gt(Y,o,a,d,32),g=nd(h),l=c.pipeThrough(g),u=Object.assign(l,{size:f=>rd(f-i-a.length)});return t instanceof ReadableStream?u:n==="text"?await Xl(l):await Ss(l)}async decryptHeader(t){return(await this.decryptHeaderInternal(Po(t))).fileKey}async decryptHeaderInternal(t){let n=await Ql(t),r=await this.unwrapFileKey(n.stanzas);if(r===null)throw Error("no identity matched any of the file's recipients");let o=new TextEncoder().encode("header"),i=gt(Y,r,void 0,o,32),s=ot(Y,i,n.headerNoMAC);if(!Ih(n.MAC,s))throw Error("invalid header HMAC");return{fileKey:r,headerSize:n.headerSize,rest:n.rest}}async unwrapFileKey(t){for(let n of this.identities){let r=await n.unwrapFileKey(t);if(r!==null)return r}return null}};function Ih(e,t){if(e.length!==t.length)return!1;let n=0;for(let r=0;r<e.length;r++)n|=e[r]^t[r];return n===0}function Mh(e){return typeof CryptoKey<"u"&&e instanceof CryptoKey}var Rs=class{wrapFileKey(){return[new Ie(["X25519",_i(Fc())],Ue(32))]}},Cr=Symbol("hybrid decoy"),Ls=class{wrapFileKey(){let t=rn.keygen(Ue(32)).publicKey,{cipherText:n}=rn.encapsulate(t);return[new Ie(["mlkem768x25519",_i(n)],Ue(32))]}};function sd(){let e=1+Wt(8),t="";for(let n=0;n<e;n++)t+=String.fromCharCode(33+Wt(94));return t}var Ns=class{wrapFileKey(){let t=`${sd()}-grease`,n=Array.from({length:Wt(5)},sd);return[new Ie([t,...n],Ue(Wt(100)))]}};function Cs(e,t,n){let r=t.find(i=>!e.members.some(s=>s.id===i));if(r!==void 0)throw new P("envelope-unknown-recipient",`${r} is not a member of the roster`);if(t.length===0)throw new P("envelope-no-recipient","choose at least one recipient");let o=e.members.map(i=>t.includes(i.id)?i.age:null);return o.push(n??null),o}function Qo(e){if(!e.some(r=>r!==null&&r!==Cr))throw new P("envelope-no-recipient","choose at least one recipient");let t=Ya([...e]),n=new Xo;for(let r of t)n.addRecipient(r===null?new Rs:r===Cr?new Ls:r);return n.addRecipient(new Ns),n}async function ad(e,t){return Qo(e).encrypt(t)}function Uh(e){let t=new TextEncoder().encode(`age-encryption.org/v1
`);if(e.length<t.length||!t.every((r,o)=>e[o]===r))return!1;let n=Math.min(e.length,64*1024+64);for(let r=t.length;r+4<=n;r++)if(e[r-1]===10&&e[r]===45&&e[r+1]===45&&e[r+2]===45&&e[r+3]===32)return e.indexOf(10,r)>=0;return!1}async function qn(e,t){if(!Uh(e))throw new P("envelope-invalid","not a binary age file");let n=new Zo;for(let r of t)n.addIdentity(r);try{return await n.decrypt(e)}catch(r){let o=String(r&&r.message);throw o.includes("no identity matched")?new P("envelope-no-matching-key","this file was not encrypted to you"):/^(invalid stanza|invalid version|invalid header)$/.test(o)||o.startsWith("invalid version ")?new P("envelope-invalid",o):new P("envelope-decryption-failed",o)}}var Ph="dropbox-dropkey/1",Dh=90,An=e=>new P("dropkey-invalid",e);function Fh(e){return e.policy.drop_key_days!==void 0}function Kh(e,t,n){let r=qt(e,Ni),o=r.value;if(Ce(o,["type","team","member","recipient","not_before","not_after"],[],An),o.type!==Ph)throw An("type");if(!Ne(o.team))throw An("team");if(!Bt(o.member))throw An("member");if(!Cc(o.recipient))throw An("recipient");let i=ft(o.not_before),s=ft(o.not_after);if(i===null||s===null)throw An("days");let a=s-i;if(!(a>=0&&a<=Dh))throw An("window");if(o.team!==n)throw new P("dropkey-wrong-team","drop key is for another team");let c=t.members.find(g=>g.id===o.member);if(!c)throw new P("dropkey-not-member",`drop key of ${o.member}, who is not a member of the roster`);let d=mn(r.payloadType,r.payload),h=ut(c.sign);if(!r.signatures.some(([g,l])=>g===o.member&&Hn(h,d,l)))throw new P("dropkey-bad-signature","drop key is not signed by its member's sign key");return{member:o.member,recipient:o.recipient,notBefore:i,notAfter:s}}function Hh(e,t,n,r,o){let i=null;for(let s of e){let a;try{a=Kh(s,t,n)}catch{continue}a.member!==r||o<a.notBefore||o>a.notAfter||(!i||a.notBefore>i.notBefore)&&(i=a)}if(!i){let s=t.members.find(a=>a.id===r);throw Object.assign(new P("dropkey-none-current",`${r} has no valid drop key for today`),{l10n:{id:"error-no-drop-key",args:{name:s?s.name:r}}})}return i}function Gh(e){let t=r=>new P("dsse-malformed",r),n;try{n=Rn(e)}catch(r){throw t(r.message)}if(!Array.isArray(n))throw t("drop keys are an array of envelopes");return n.map(r=>Cn(r,t))}function Wh(e,t,n,r){Cs(e,t,null).pop();let i=e.members.map(s=>t.includes(s.id)?n.get(s.id):Cr);return i.push(r?r.hybridRecipient:Cr),i}async function Is(e,t,n,r,o=fetch){let i=e.head.roster;if(!Fh(i))return Cs(i,t,n?n.x25519Recipient:null);let s=await o(`${He()}/v1/dropkeys`,{cache:"no-store",credentials:"omit",referrerPolicy:"no-referrer"});if(!s.ok)throw Object.assign(new Error(`HTTP ${s.status}`),{l10n:{id:"error-drop-keys-unavailable",args:{status:s.status}}});let a=Gh(new Uint8Array(await s.arrayBuffer())),c=bn(r),d=new Map;for(let h of t)d.set(h,Hh(a,i,e.fingerprint,h,c).recipient);return Wh(i,t,d,n)}var cd=Uint8Array.from([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,14,10,4,8,9,15,13,6,1,12,0,2,11,7,5,3,11,8,12,0,5,2,15,13,10,14,3,6,7,1,9,4,7,9,3,1,13,12,11,14,2,6,5,10,4,0,15,8,9,0,5,7,2,4,10,15,14,1,11,12,6,8,3,13,2,12,6,10,0,11,8,3,4,13,7,5,15,14,1,9,12,5,1,15,14,13,4,10,0,7,6,3,9,2,8,11,13,11,7,14,12,1,3,9,5,0,15,4,8,6,2,10,6,15,14,9,11,3,0,8,12,2,13,7,1,4,10,5,10,2,8,4,7,6,1,5,15,11,9,14,3,12,13,0,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,14,10,4,8,9,15,13,6,1,12,0,2,11,7,5,3,11,8,12,0,5,2,15,13,10,14,3,6,7,1,9,4,7,9,3,1,13,12,11,14,2,6,5,10,4,0,15,8,9,0,5,7,2,4,10,15,14,1,11,12,6,8,3,13,2,12,6,10,0,11,8,3,4,13,7,5,15,14,1,9]);var ze=Uint32Array.from([4089235720,1779033703,2227873595,3144134277,4271175723,1013904242,1595750129,2773480762,2917565137,1359893119,725511199,2600822924,4215389547,528734635,327033209,1541459225]),D=new Uint32Array(32);function on(e,t,n,r,o,i){let s=o[i],a=o[i+1],c=D[2*e],d=D[2*e+1],h=D[2*t],g=D[2*t+1],l=D[2*n],u=D[2*n+1],f=D[2*r],p=D[2*r+1],b=ar(c,h,s);d=cr(b,d,g,a),c=b|0;let w=p^d,y=f^c;p=xa(w,y),f=ka(w,y),{h:u,l}=Ke(u,l,p,f),w=g^u,y=h^l,g=at(w,y,24),h=ct(w,y,24),D[2*e]=c,D[2*e+1]=d,D[2*t]=h,D[2*t+1]=g,D[2*n]=l,D[2*n+1]=u,D[2*r]=f,D[2*r+1]=p}function sn(e,t,n,r,o,i){let s=o[i],a=o[i+1],c=D[2*e],d=D[2*e+1],h=D[2*t],g=D[2*t+1],l=D[2*n],u=D[2*n+1],f=D[2*r],p=D[2*r+1],b=ar(c,h,s);d=cr(b,d,g,a),c=b|0;let w=p^d,y=f^c;p=at(w,y,16),f=ct(w,y,16),{h:u,l}=Ke(u,l,p,f),w=g^u,y=h^l,g=fn(w,y,63),h=pn(w,y,63),D[2*e]=c,D[2*e+1]=d,D[2*t]=h,D[2*t+1]=g,D[2*n]=l,D[2*n+1]=u,D[2*r]=f,D[2*r+1]=p}function Vh(e,t={},n,r,o){if(Q(n),e<=0||e>n)throw new Error('"dkLen" must be 1..'+n+", got "+e);let{key:i,salt:s,personalization:a}=t;if(i!==void 0&&(i.length<1||i.length>n))throw new Error('"key" expected to be undefined or of length=1..'+n);s!==void 0&&J(s,r,"salt"),a!==void 0&&J(a,o,"personalization")}var Ms=class{buffer;buffer32;finished=!1;destroyed=!1;length=0;pos=0;blockLen;outputLen;canXOF=!1;constructor(t,n){Q(t),Q(n),this.blockLen=t,this.outputLen=n,this.buffer=new Uint8Array(t),this.buffer32=je(this.buffer)}update(t){We(this),J(t);let{blockLen:n,buffer:r,buffer32:o}=this,i=t.length,s=t.byteOffset,a=t.buffer;for(let c=0;c<i;){this.pos===n&&(Be(o),this.compress(o,0,!1),Be(o),this.pos=0);let d=Math.min(n-this.pos,i-c),h=s+c;if(d===n&&!(h%4)&&c+d<i){let g=new Uint32Array(a,h,Math.floor((i-c)/4));Be(g);for(let l=0;c+n<i;l+=o.length,c+=n)this.length+=n,this.compress(g,l,!1);Be(g);continue}r.set(c===0&&d===i?t:t.subarray(c,c+d),this.pos),this.pos+=d,this.length+=d,c+=d}return this}digestInto(t){if(We(this),Mt(t,this),t.byteOffset&3)throw new RangeError('"output" expected 4-byte aligned byteOffset, got '+t.byteOffset);let{pos:n,buffer32:r}=this;this.finished=!0,this.buffer.fill(0,n),Be(r),this.compress(r,0,!0),Be(r);let o=this.get(),i=t===this.buffer?r:je(t),s=Math.floor(this.outputLen/4);for(let h=0;h<s;h++)i[h]=Te(o[h]);let a=this.outputLen%4;if(!a)return;let c=s*4,d=o[s];for(let h=0;h<a;h++)t[c+h]=d>>>8*h}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let r=t.slice(0,n);return this.destroy(),r}_cloneInto(t){let{buffer:n,length:r,finished:o,destroyed:i,outputLen:s,pos:a}=this;return t||=new this.constructor({dkLen:s}),t.set(...this.get()),t.buffer.set(n),t.destroyed=i,t.finished=o,t.length=r,t.pos=a,t.outputLen=s,t}clone(){return this._cloneInto()}},Us=class extends Ms{v0l=ze[0]|0;v0h=ze[1]|0;v1l=ze[2]|0;v1h=ze[3]|0;v2l=ze[4]|0;v2h=ze[5]|0;v3l=ze[6]|0;v3h=ze[7]|0;v4l=ze[8]|0;v4h=ze[9]|0;v5l=ze[10]|0;v5h=ze[11]|0;v6l=ze[12]|0;v6h=ze[13]|0;v7l=ze[14]|0;v7h=ze[15]|0;constructor(t={}){t=nt({},t);let n=t.dkLen===void 0?64:t.dkLen;super(128,n),Vh(n,t,64,16,16);let{key:r,personalization:o,salt:i}=t,s=0;if(r!==void 0&&(J(r,void 0,"key"),s=r.length),this.v0l^=this.outputLen|s<<8|65536|1<<24,i!==void 0){J(i,void 0,"salt");let a=je(Si(i));this.v4l^=Te(a[0]),this.v4h^=Te(a[1]),this.v5l^=Te(a[2]),this.v5h^=Te(a[3])}if(o!==void 0){J(o,void 0,"personalization");let a=je(Si(o));this.v6l^=Te(a[0]),this.v6h^=Te(a[1]),this.v7l^=Te(a[2]),this.v7h^=Te(a[3])}if(r!==void 0){let a=new Uint8Array(this.blockLen);a.set(r),this.update(a),te(a)}}get(){let{v0l:t,v0h:n,v1l:r,v1h:o,v2l:i,v2h:s,v3l:a,v3h:c,v4l:d,v4h:h,v5l:g,v5h:l,v6l:u,v6h:f,v7l:p,v7h:b}=this;return[t,n,r,o,i,s,a,c,d,h,g,l,u,f,p,b]}set(t,n,r,o,i,s,a,c,d,h,g,l,u,f,p,b){this.v0l=t|0,this.v0h=n|0,this.v1l=r|0,this.v1h=o|0,this.v2l=i|0,this.v2h=s|0,this.v3l=a|0,this.v3h=c|0,this.v4l=d|0,this.v4h=h|0,this.v5l=g|0,this.v5h=l|0,this.v6l=u|0,this.v6h=f|0,this.v7l=p|0,this.v7h=b|0}compress(t,n,r){let{v0l:o,v0h:i,v1l:s,v1h:a,v2l:c,v2h:d,v3l:h,v3h:g,v4l:l,v4h:u,v5l:f,v5h:p,v6l:b,v6h:w,v7l:y,v7h:m}=this;D[0]=o,D[1]=i,D[2]=s,D[3]=a,D[4]=c,D[5]=d,D[6]=h,D[7]=g,D[8]=l,D[9]=u,D[10]=f,D[11]=p,D[12]=b,D[13]=w,D[14]=y,D[15]=m,D.set(ze,16);let v=Ei(this.length),x=ki(this.length);D[24]=ze[8]^v,D[25]=ze[9]^x,r&&(D[28]=~D[28],D[29]=~D[29]);let z=0,j=cd;for(let O=0;O<12;O++)on(0,4,8,12,t,n+2*j[z++]),sn(0,4,8,12,t,n+2*j[z++]),on(1,5,9,13,t,n+2*j[z++]),sn(1,5,9,13,t,n+2*j[z++]),on(2,6,10,14,t,n+2*j[z++]),sn(2,6,10,14,t,n+2*j[z++]),on(3,7,11,15,t,n+2*j[z++]),sn(3,7,11,15,t,n+2*j[z++]),on(0,5,10,15,t,n+2*j[z++]),sn(0,5,10,15,t,n+2*j[z++]),on(1,6,11,12,t,n+2*j[z++]),sn(1,6,11,12,t,n+2*j[z++]),on(2,7,8,13,t,n+2*j[z++]),sn(2,7,8,13,t,n+2*j[z++]),on(3,4,9,14,t,n+2*j[z++]),sn(3,4,9,14,t,n+2*j[z++]);this.v0l^=D[0]^D[16],this.v0h^=D[1]^D[17],this.v1l^=D[2]^D[18],this.v1h^=D[3]^D[19],this.v2l^=D[4]^D[20],this.v2h^=D[5]^D[21],this.v3l^=D[6]^D[22],this.v3h^=D[7]^D[23],this.v4l^=D[8]^D[24],this.v4h^=D[9]^D[25],this.v5l^=D[10]^D[26],this.v5h^=D[11]^D[27],this.v6l^=D[12]^D[28],this.v6h^=D[13]^D[29],this.v7l^=D[14]^D[30],this.v7h^=D[15]^D[31],te(D)}destroy(){this.destroyed=!0,te(this.buffer32),this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0)}},Xn=Et(e=>new Us(e));var ei={Argon2d:0,Argon2i:1,Argon2id:2},Mr=4,ld=(e,t="")=>e===void 0?Uint8Array.of():hn(e,t),ke=new Uint32Array(256);function an(e,t,n,r){let o=ke[2*e],i=ke[2*e+1],s=ke[2*t],a=ke[2*t+1],c=ke[2*n],d=ke[2*n+1],h=ke[2*r],g=ke[2*r+1],l=0,u=0,f=0,p=0,b=0;l=Math.imul(o,s),u=((o>>>0)*(s>>>0)-(l>>>0))/4294967296+.5|0,f=(o>>>0)+(s>>>0)+(l<<1>>>0),i=i+a+(u<<1|l>>>31)+(f/4294967296|0)|0,o=f|0,p=g^i,b=h^o,g=b,h=p,l=Math.imul(c,h),u=((c>>>0)*(h>>>0)-(l>>>0))/4294967296+.5|0,f=(c>>>0)+(h>>>0)+(l<<1>>>0),d=d+g+(u<<1|l>>>31)+(f/4294967296|0)|0,c=f|0,p=a^d,b=s^c,a=p>>>24|b<<8,s=p<<8|b>>>24,l=Math.imul(o,s),u=((o>>>0)*(s>>>0)-(l>>>0))/4294967296+.5|0,f=(o>>>0)+(s>>>0)+(l<<1>>>0),i=i+a+(u<<1|l>>>31)+(f/4294967296|0)|0,o=f|0,p=g^i,b=h^o,g=p>>>16|b<<16,h=p<<16|b>>>16,l=Math.imul(c,h),u=((c>>>0)*(h>>>0)-(l>>>0))/4294967296+.5|0,f=(c>>>0)+(h>>>0)+(l<<1>>>0),d=d+g+(u<<1|l>>>31)+(f/4294967296|0)|0,c=f|0,p=a^d,b=s^c,a=p<<1|b>>>31,s=p>>>31|b<<1,ke[2*e]=o,ke[2*e+1]=i,ke[2*t]=s,ke[2*t+1]=a,ke[2*n]=c,ke[2*n+1]=d,ke[2*r]=h,ke[2*r+1]=g}function dd(e,t,n,r,o,i,s,a,c,d,h,g,l,u,f,p){an(e,o,c,l),an(t,i,d,u),an(n,s,h,f),an(r,a,g,p),an(e,i,h,p),an(t,s,g,l),an(n,a,c,u),an(r,o,d,f)}function Ir(e,t,n,r,o){if(o)for(let i=0;i<256;i++){let s=e[t+i]^e[n+i];ke[i]=s,e[r+i]^=s}else for(let i=0;i<256;i++){let s=e[t+i]^e[n+i];ke[i]=s,e[r+i]=s}for(let i=0;i<128;i+=16)dd(i,i+1,i+2,i+3,i+4,i+5,i+6,i+7,i+8,i+9,i+10,i+11,i+12,i+13,i+14,i+15);for(let i=0;i<16;i+=2)dd(i,i+1,i+16,i+17,i+32,i+33,i+48,i+49,i+64,i+65,i+80,i+81,i+96,i+97,i+112,i+113);for(let i=0;i<256;i++)e[r+i]^=ke[i];te(ke)}function Ps(e,t){let n=dr(e),r=new Uint32Array(1),o=dr(r);if(r[0]=Te(t),t<=64)return Xn.create({dkLen:t}).update(o).update(n).digest();let i=new Uint8Array(t),s=Xn.create({}).update(o).update(n).digest(),a=0;for(i.set(s.subarray(0,32)),a+=32;t-a>64;a+=32){let c=Xn.create({}).update(s);c.digestInto(s),c.destroy(),i.set(s.subarray(0,32),a)}return i.set(Xn(s,{dkLen:t-a}),a),te(s,r),i}function Yh(e,t,n,r,o,i,s=!1){let a;e===0?t===0?a=o-1:s?a=t*r+o-1:a=t*r+(o==0?-1:0):s?a=n-r+o-1:a=n-r+(o==0?-1:0);let c=e!==0&&t!==Mr-1?(t+1)*r:0,d=Math.imul(i,i),h=((i>>>0)*(i>>>0)-(d>>>0))/4294967296+.5|0,g=Math.imul(a,h),l=((a>>>0)*(h>>>0)-(g>>>0))/4294967296+.5|0,u=a-1-l;return(c+u)%n}var Jh=Math.pow(2,32),ud=1024**2,Xh=ud*1024;function cn(e){return Number.isSafeInteger(e)&&e>=0&&e<Jh}function Zh(e={}){e=nt({},e);let t={t:3,m:ud,p:1,version:19,dkLen:32,maxmem:Xh,asyncTick:10};for(let[d,h]of Object.entries(e))h!==void 0&&(t[d]=h);let{dkLen:n,p:r,m:o,t:i,version:s,onProgress:a,asyncTick:c}=t;if(!cn(n)||n<4)throw new Error('"dkLen" must be 4..');if(!cn(r)||r<1||r>=Math.pow(2,24))throw new Error('"p" must be 1..2^24');if(!cn(o))throw new Error('"m" must be 0..2^32');if(!cn(i)||i<1)throw new Error('"t" (iterations) must be 1..2^32');if(a!==void 0&&typeof a!="function")throw new Error('"onProgress" must be a function');if(Q(c,"asyncTick"),!cn(o)||o<8*r)throw new Error('"m" (memory) must be at least 8*p bytes');if(s!==16&&s!==19)throw new Error('"version" must be 0x10 or 0x13, got '+s);return t}function Qh(e,t,n,r){let o=[],i=new Uint32Array(1),s=dr(i),a,c,d=!1,h=(g,l)=>(typeof g=="string"&&o.push(l),l);try{let g=h(e,hn(e,"password")),l=h(t,hn(t,"salt"));if(!cn(g.length))throw new Error('"password" must be less of length 1..4Gb');if(!cn(l.length)||l.length<8)throw new Error('"salt" must be of length 8..4Gb');if(!Object.values(ei).includes(n))throw new Error('"type" was invalid');let{p:u,dkLen:f,m:p,t:b,version:w,key:y,personalization:m,maxmem:v,onProgress:x,asyncTick:z}=Zh(r),j=y;y=h(j,ld(j,"key"));let O=m;m=h(O,ld(O,"personalization")),a=Xn.create();for(let k of[u,f,p,b,w,n])i[0]=Te(k),a.update(s);for(let k of[g,l,y,m])i[0]=Te(k.length),a.update(s).update(k);return c=new Uint32Array(18),a.digestInto(dr(c)),d=!0,{H0:c,p:u,dkLen:f,m:p,t:b,version:w,maxmem:v,onProgress:x,asyncTick:z}}finally{a&&a.destroy(),te(i,...o),!d&&c&&te(c)}}function em(e,t,n,r){let{H0:o,p:i,dkLen:s,m:a,t:c,version:d,maxmem:h,onProgress:g,asyncTick:l}=Qh(e,t,n,r);try{let u=i,f=4*i*Math.floor(a/(Mr*i)),p=Math.floor(f/i),b=Math.floor(p/Mr),w=f*1024;if(!cn(h))throw new Error('"maxmem" expected <2**32, got '+h);if(w>h)throw new Error('"maxmem" limit was hit: memUsed(mP*1024)='+w+", maxmem="+h);let y=new Uint32Array(w/4);for(let v=0;v<i;v++){let x=256*p*v;o[17]=Te(v),o[16]=Te(0),y.set(Be(je(Ps(o,1024))),x),o[16]=Te(1),y.set(Be(je(Ps(o,1024))),x+256)}let m=()=>{};if(g){let v=c*Mr*i*b-2*i,x=Math.max(Math.floor(v/1e4),1),z=0;m=()=>{z++,g&&(!(z%x)||z===v)&&g(z/v)}}return{type:n,mP:f,p:i,t:c,version:d,B:y,laneLen:p,lanes:u,segmentLen:b,dkLen:s,perBlock:m,asyncTick:l}}finally{te(o)}}function tm(e,t,n,r){let o=new Uint32Array(256);for(let s=0;s<t;s++)for(let a=0;a<256;a++)o[a]^=e[256*(n*s+n-1)+a];let i=Ps(Be(o),r);return te(e,o),i}function*nm(e,t){let{type:n,mP:r,p:o,t:i,version:s,B:a,laneLen:c,lanes:d,segmentLen:h,perBlock:g}=e;t[262]=r,t[264]=i,t[266]=n;for(let l=0;l<i;l++){let u=l!==0&&s===19;t[256]=l;for(let f=0;f<Mr;f++){t[260]=f;let p=n==ei.Argon2i||n==ei.Argon2id&&l===0&&f<2;for(let b=0;b<o;b++){t[258]=b,t[268]=0;let w=0;l===0&&f===0&&(w=2,p&&(t[268]++,Ir(t,256,2*256,0,!1),Ir(t,0,2*256,0,!1)));let y=b*c+f*h+w;for(let m=w;m<h;m++,y++){g();let v=y%c?y-1:y+c-1,x,z;if(p){let $=m%128;$===0&&(t[268]++,Ir(t,256,2*256,0,!1),Ir(t,0,2*256,0,!1)),x=t[2*$],z=t[2*$+1]}else{let $=256*v;x=a[$],z=a[$+1]}let j=l===0&&f===0?b:z%d,O=Yh(l,f,c,h,m,x,j==b),k=c*j+O;Ir(a,256*v,256*k,y*256,u),yield}}}}te(t)}async function rm(e,t,n,r){let o=em(t,n,e,r),i=new Uint32Array(3*256),s=nm(o,i),a=()=>te(i,o.B),c=Date.now();for(;!s.next().done;){let d=Date.now()-c;d>=0&&d<o.asyncTick||(await Ra(a),c=Date.now())}return tm(o.B,o.p,o.laneLen,o.dkLen)}var fd=(e,t,n={})=>rm(ei.Argon2id,e,t,n);var pd=8,om="dropbox-codename-v1",im="dropbox/v1/codename/x25519",sm="dropbox/v1/codename/ed25519",am="dropbox/v1/codename/mlkem768x25519",cm="dropbox/v1/codename/delete-token",lm="dropbox/v1/codename/withdraw-secret",dm={t:2,m:19*1024,p:1,dkLen:32,version:19};function Ds(e){let t=e.split(`
`).filter(n=>n!=="");if(t.length!==7776)throw new Error("the codename word list must have 7776 words");return t}function hd(e){return Array.from({length:pd},()=>e[Wt(e.length)]).join(" ")}function md(e,t){let n=e.toLowerCase(),r=[],o="";for(let s of n)Ht(s)?(o&&r.push(o),o=""):o+=s;if(o&&r.push(o),r.length!==pd)throw Object.assign(new Error(`a codename has exactly 8 words, this has ${r.length}`),{l10n:{id:"codename-word-count",args:{count:r.length}}});let i=new Set(t);return r.forEach((s,a)=>{if(!i.has(s))throw Object.assign(new Error(`word ${a+1} of the codename is not on the word list; check its spelling`),{l10n:{id:"codename-unknown-word",args:{n:a+1}}})}),r.join(" ")}function um(e){let t=Ga(e);if(!t)throw new Error("the team fingerprint is 64 lowercase hex digits");return Ve(le(om),t)}function gd(e,t,n){return fd(le(e),um(t),{...dm,asyncTick:10,onProgress:n})}function ti(e){let t=tn(Y,e),n=it(Y,t,le(im),32),r=it(Y,t,le(sm),32),o=it(Y,t,le(am),32),i=it(Y,t,le(cm),32),s=it(Y,t,le(lm),32),a=Kn.getPublicKey(r),c={hybridIdentity:Mc(o),hybridRecipient:Ic(rn.getPublicKey(o)),x25519Identity:Pc(n),x25519Recipient:Uc(Dc(n)),ed25519Seed:r,ed25519Public:Nc(a),mailbox:Kt(a),thread:qe(Y(a)),deleteToken:{text:Kt(i),hash:qe(Y(i))},withdrawSecret:{text:Kt(s),hash:qe(Y(s))}};return i.fill(0),s.fill(0),n.fill(0),o.fill(0),t.fill(0),c}async function*yd(e){let t=e.stream().getReader();for(;;){let{value:n,done:r}=await t.read();if(r)return;yield n}}function Fs(e){return new ReadableStream({async pull(t){try{let{value:n,done:r}=await e.next();r?t.close():t.enqueue(n)}catch(n){t.error(n)}},cancel(){e.return()}},{highWaterMark:1})}async function ni(e,t){if(e.size!==t.length)throw new Error("the buffer is not of the Blob's size");let n=null;try{n=e.stream().getReader({mode:"byob"})}catch{}if(!n)return t.set(new Uint8Array(await e.arrayBuffer())),t;let r=t.byteOffset,o=t.length,i=t.buffer,s=0;try{for(;s<o;){let{value:a,done:c}=await n.read(new Uint8Array(i,r+s,o-s));if(c)break;i=a.buffer,s+=a.length}}finally{n.releaseLock()}if(s!==o)throw new Error("the file ended early");return new Uint8Array(i,r,o)}var bd=1024*1024,wd=8,Ks=256*1024;async function fm(e){let t=ht(),n=new Uint8Array(Math.min(Ks,e.size));for(let r=0;r<e.size;r+=Ks){let o=Math.min(Ks,e.size-r),i=await ni(e.slice(r,r+o),n.subarray(0,o));t.update(i),n=new Uint8Array(i.buffer)}return t.digest()}function Ur(){let e=ht(),t=[];return{update(n,r=!1){e.update(n),r&&n.byteOffset===0&&n.byteLength===n.buffer.byteLength&&t.length<wd&&t.push(n.buffer)},async digest(){let n=e.digest();return e=ht(),n},take(n){let r=t.findIndex(o=>o.byteLength===n);return r<0?new Uint8Array(n):new Uint8Array(t.splice(r,1)[0])},file:fm,close(){}}}function vd(e){let t=0,n=null,r=[],o=null,i=[],s=new Map,a=0,c=()=>{let h=r.filter(()=>n||t<=bd);r=r.filter(g=>!h.includes(g));for(let g of h)n?g.reject(n):g.resolve()},d=h=>{n=n||h,c(),o&&o.reject(n),o=null;for(let g of s.values())g.reject(n);s.clear()};return e.onmessage=h=>{let g=h.data;if(g.hashed!==void 0)t-=g.hashed,g.back&&i.length<wd&&i.push(g.back),c();else if(g.digest!==void 0){let l=o;o=null,l&&l.resolve(new Uint8Array(g.digest))}else if(g.fileDigest!==void 0){let l=s.get(g.id);s.delete(g.id),l&&l.resolve(new Uint8Array(g.fileDigest))}else g.error!==void 0&&d(new Error(g.error))},e.onerror=h=>d(new Error(h&&h.message||"the hashing worker failed")),{update(h,g=!1){if(n)throw n;let l=g&&h.byteOffset===0&&h.byteLength===h.buffer.byteLength,u=l?h:h.slice();if(t+=u.length,e.postMessage({sha256:u,back:l},[u.buffer]),!(t<=bd))return new Promise((f,p)=>{r.push({resolve:f,reject:p})})},digest(){return n?Promise.reject(n):new Promise((h,g)=>{o={resolve:h,reject:g},e.postMessage({sha256Digest:!0})})},take(h){let g=i.findIndex(l=>l.byteLength===h);return g<0?new Uint8Array(h):new Uint8Array(i.splice(g,1)[0])},file(h){if(n)return Promise.reject(n);let g=a++;return new Promise((l,u)=>{s.set(g,{resolve:l,reject:u}),e.postMessage({sha256File:h,id:g})})},close(){e.terminate(),d(new Error("the hashing worker was closed"))}}}var pm=8*1024*1024,hm=512*1024,ri={"Tus-Resumable":"1.0.0"},et=class extends Error{constructor(t,n,r){super(t),this.status=n,this.code=r}};async function Zn(e){let t="",n=`the server answered ${e.status}`;try{let r=await e.json();t=r.error||"",r.message&&(n+=`: ${r.message}`)}catch{}return new et(n,e.status,t)}var Hs=e=>new Promise(t=>setTimeout(t,e));function Qn(e,t){return fetch(e,{cache:"no-store",credentials:"omit",redirect:"error",referrerPolicy:"no-referrer",...t})}async function Gs(e,t,n){let r=le(`${e}:`),o=i=>{let s=t;for(let a of i){if(s===0)return!0;let c=a===0?8:Math.clz32(a)-24;if(s<=8)return c>=s;if(c<8)return!1;s-=8}return s===0};for(let i=0;;i++){let s=String(i),a=Y.create().update(r).update(le(s)).digest();if(o(a))return s;i%2e4===0&&(n&&n(i),await Hs(0))}}async function Ws(e,t,n=Gs){let r=await Qn(`${e}/v1/pow`,{method:"GET"});if(!r.ok)return null;let o=await r.json();if(!o.bits)return null;t&&t(`Doing the server's anti-flooding puzzle (${o.bits} bits)…`,{id:"status-puzzle",args:{bits:o.bits}});let i=await n(o.challenge,o.bits),s=await Qn(`${e}/v1/pow`,{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify({challenge:o.challenge,nonce:i})});if(!s.ok)throw await Zn(s);return(await s.json()).token}async function Vs({base:e="",reader:t,length:n,deleteHash:r,withdrawHash:o,token:i,onProgress:s,onStatus:a,onPart:c,owned:d=!1,part:h=pm,retries:g=8,hasher:l=Ur()}){let u={...ri,"Upload-Length":String(n)};r&&(u["Dropbox-Delete-Hash"]=r),o&&(u["Dropbox-Withdraw-Hash"]=o),i&&(u["Dropbox-Upload-Token"]=i);let f=await Qn(`${e}/v1/uploads`,{method:"POST",headers:u});if(f.status!==201)throw await Zn(f);let p=f.headers.get("Location"),b=/^https?:\/\/[^/]*/.exec(e)?.[0]??"",w=`${e.slice(b.length)}/v1/uploads/`;if(!p||!p.startsWith(w)||!/^[0-9a-f]{32}$/.test(p.slice(w.length)))throw new et("the server gave no upload address",f.status,"");let y=`${b}${p}`,m=0,v=0,x=!1,z=null,j=!1,O=null;async function k(){let R=Math.min(h,n-v),S=[],A=[],q=0,B=async()=>{let _=new Blob(A),E=A;A=[],q=0;for(let I of E)await l.update(I,d);return _},L=0;for(;L<R;){if(O){let U=Math.min(O.size,R-L);S.push(U<O.size?O.slice(0,U):O),O=U<O.size?O.slice(U):null,L+=U;continue}let _=await t.read();if(_.done)break;let E=_.value;A.push(E),q+=E.length;let I=Math.min(E.length,R-L);if(L+=I,I<E.length){let U=E.length-I,F=await B(),K=F.size-U;S.push(F.slice(0,K)),O=F.slice(K)}else(L===R||q>=hm)&&S.push(await B())}if(A.length&&S.push(await B()),L!==R)throw new et("the encrypted data ended early",0,"");v+=R;let N=new Blob(S);return c&&c(N),N}let $=R=>(R.catch(()=>{}),R),T=$(k());for(;!x;){let R=await T;T=v<n?$(k()):null;let S=m,A=S+R.size,q=0;for(;m<A;){let B;try{B=await Qn(y,{method:"PATCH",headers:{...ri,"Content-Type":"application/offset+octet-stream","Upload-Offset":String(m)},body:m===S?R:R.slice(m-S)})}catch{B=null}if(B&&B.status===204){let _=Number(B.headers.get("Upload-Offset"));if(!(_>m&&_<=A))throw new et("the server reports an offset outside the part being sent",0,"");m=_,m===n&&(z={id:B.headers.get("Dropbox-Submission-Id"),receipt:B.headers.get("Dropbox-Receipt")}),s&&s(m,n),q=0;continue}if(B&&B.status!==409&&B.status<500&&B.status!==408&&B.status!==400)throw await Zn(B);if(++q>g)throw B?await Zn(B):new et("the connection keeps failing",0,"");a&&a(`The connection was interrupted; resuming (attempt ${q} of ${g})…`,{id:"status-resuming",args:{attempt:q,retries:g}}),await Hs(Math.min(1e3*2**(q-1),15e3));let L;try{L=await Qn(y,{method:"HEAD",headers:ri})}catch{continue}if(L.status===404&&A===n){j=!0,m=A;break}if(L.status!==200)throw new et(`the server lost the upload (${L.status})`,L.status,"");let N=Number(L.headers.get("Upload-Offset"));if(!(N>=S&&N<=A))throw new et("the server reports an offset outside the part being sent",0,"");m=N,s&&s(m,n)}if(m===n&&!z&&!j)for(let B=1;;B++){let L=null;try{L=await Qn(y,{method:"PATCH",headers:{...ri,"Content-Type":"application/offset+octet-stream","Upload-Offset":String(n)},body:new Uint8Array(0)})}catch{L=null}if(L&&L.status===204&&L.headers.get("Dropbox-Receipt")){z={id:L.headers.get("Dropbox-Submission-Id"),receipt:L.headers.get("Dropbox-Receipt")};break}if(L&&L.status===404){j=!0;break}if(L&&L.status!==409&&L.status<500&&L.status!==408)throw await Zn(L);if(B>g)throw L?await Zn(L):new et("the connection keeps failing",0,"");await Hs(Math.min(1e3*2**(B-1),15e3))}x=m===n}if(O||!(await t.read()).done)throw new et("the encrypted data is longer than announced",0,"");let C=qe(await l.digest());if(j&&!z)return{id:null,receipt:C,uncertain:!0};if(!z||z.receipt!==C)throw new et("the server's receipt does not match what was sent",0,"");return{id:z.id,receipt:C}}var ln=64*1024,Dr=16,Pr=8*ln;function xd(e){return e+Dr*Math.max(1,Math.ceil(e/ln))}function mm(e,t,n,r,o){let i=Math.max(1,Math.ceil(r.length/ln));if(!n&&r.length!==i*ln)throw new Error("only the last segment may end in a partial chunk");let s=r.length+Dr*i,a=o&&o.length===s?o:new Uint8Array(s),c=new Uint8Array(12);for(let d=0;d<i;d++){let h=t+d;for(let u=10;u>=0;u--)c[u]=h%256,h=Math.floor(h/256);c[11]=n&&d===i-1?1:0;let g=r.subarray(d*ln,Math.min(r.length,(d+1)*ln)),l=d*(ln+Dr);De(e,c).encrypt(g,a.subarray(l,l+g.length+Dr))}return a}function Ys(e,t,n,r){let o=null;if(r===null&&(o=n.map(()=>{let l={};return l.promise=new Promise((u,f)=>Object.assign(l,{resolve:u,reject:f})),l.promise.catch(()=>{}),l}),r=o.map(l=>l.promise)),n.length!==e.attachments.length||r.length!==n.length)throw new Error("one Blob and one digest per attachment");n.forEach((l,u)=>{if(l.size!==e.attachments[u].size)throw new Error(`attachment ${u} is not of its declared size`)});let i=new Uint8Array(4);new DataView(i.buffer).setUint32(0,t.length);let s=Ve(mt,i,t),a=os(n.length),c=null,d=()=>(c||=Promise.all(r).then(l=>{let u=St({sha256:l.map(f=>typeof f=="string"?f:qe(f))});if(u.length!==a)throw new Error("the trailer is not of its expected length");return u}),c),h=ll(t.length,e),g=s.length+n.reduce((l,u)=>l+u.size,0)+a;return{length:h,pieces:[{bytes:s},...n.map(l=>({blob:l})),{later:d,length:a},{zeros:h-g}],fromPlain:o}}var Ed=e=>e.bytes?e.bytes.length:e.blob?e.blob.size:e.later?e.length:e.zeros;async function kd(e,t,n){let r=[],o=0;for(let i of e.pieces){let s=Ed(i),a=Math.max(t,o),c=Math.min(n,o+s);if(a<c)if(i.blob)r.push({blob:i.blob,start:a-o,end:c-o});else if(i.zeros!==void 0)r.push({zeros:c-a});else{let d=i.bytes||await i.later();r.push({bytes:d.slice(a-o,c-o)})}if(o+=s,o>=n)break}return r}var gm=2;async function ym(e,t){let n=e.reduce((i,s)=>i+(s.bytes?s.bytes.length:s.blob?s.end-s.start:s.zeros),0);(!t.plain||t.plain.buffer.byteLength<n)&&(t.plain=new Uint8Array(Math.max(n,Pr)));let r=new Uint8Array(t.plain.buffer,0,n),o=0;for(let i of e)if(i.bytes)r.set(i.bytes,o),o+=i.bytes.length;else if(i.blob){let s=await ni(i.blob.slice(i.start,i.end),r.subarray(o,o+i.end-i.start));r=new Uint8Array(s.buffer,0,n),o+=i.end-i.start}else r.fill(0,o,o+i.zeros),o+=i.zeros;return t.plain=new Uint8Array(r.buffer),r}function oi(e,t,n){if(e.sealKey!==void 0)return t.key&&t.key.fill(0),t.key=e.sealKey,!0;if(e.sealForget!==void 0){t.key&&t.key.fill(0),t.key=null;for(let d of t.free||[])d.fill(0);return!0}if(e.seal===void 0)return!1;let{id:r,counter:o,final:i,parts:s,out:a,back:c}=e.seal;return(async()=>{try{if(!t.key)throw new Error("no payload key");t.free||=[];let d={plain:e.seal.plain?new Uint8Array(e.seal.plain):t.free.pop()},h=await ym(s,d);if(e.seal.read){n({sealed:r,plain:d.plain.buffer,length:h.length},[d.plain.buffer]);return}if(!t.key)throw new Error("no payload key");let g=mm(t.key,o,i,h,a?new Uint8Array(a):void 0);if(c){n({sealed:r,out:g.buffer,plain:d.plain.buffer,length:h.length},[g.buffer,d.plain.buffer]);return}t.free.length<gm&&t.free.push(d.plain),n({sealed:r,out:g.buffer},[g.buffer])}catch(d){n({sealError:String(d&&d.message||d),id:r})}})()}function $d(e){let t=e.out?new Uint8Array(e.out):null;return e.plain?{out:t,plain:new Uint8Array(e.plain,0,e.length)}:t}function zd(){let e={key:null},t=!1;return{workers:1,key(n){oi({sealKey:Uint8Array.from(n)},e,()=>{})},forget(){oi({sealForget:!0},e,()=>{})},run(n){return t?Promise.reject(new Error("the sealer was closed")):new Promise((r,o)=>{oi({seal:n},e,i=>i.sealError!==void 0?o(new Error(i.sealError)):r($d(i)))})},close(){t=!0,oi({sealForget:!0},e,()=>{})}}}function Sd(e){let t=new Map,n=0,r=0,o=null,i=s=>{o=o||s;for(let a of t.values())a.reject(o);t.clear()};for(let s of e)s.onmessage=a=>{let c=a.data,d=t.get(c.sealed!==void 0?c.sealed:c.id);d&&(t.delete(c.sealed!==void 0?c.sealed:c.id),c.sealError!==void 0?d.reject(new Error(c.sealError)):d.resolve($d(c)))},s.onerror=a=>i(new Error(a&&a.message||"an encryption worker failed"));return{workers:e.length,key(s){for(let a of e)a.postMessage({sealKey:Uint8Array.from(s)})},forget(){for(let s of e)s.postMessage({sealForget:!0})},run(s){if(o)return Promise.reject(o);let a=n++,c=e[r++%e.length];return new Promise((d,h)=>{t.set(a,{resolve:d,reject:h});let g=[s.out,s.plain].filter(Boolean);c.postMessage({seal:{...s,id:a}},g)})},close(){for(let s of e)s.postMessage({sealForget:!0}),s.terminate();i(new Error("the sealer was closed"))}}}function bm(e){let t=[],n=0,r=0;for(let i of e.pieces){let s=Ed(i);i.blob&&t.push({start:n,end:n+s,hash:ht(),done:e.fromPlain[r++]}),n+=s}let o=i=>{i.done.resolve(i.hash.digest()),i.hash=null};for(let i of t)i.start===i.end&&o(i);return{end:t.length?t[t.length-1].end:0,update(i,s){let a=i+s.length;for(let c of t)!c.hash||c.end<=i||c.start>=a||(c.hash.update(s.subarray(Math.max(c.start,i)-i,Math.min(c.end,a)-i)),c.end<=a&&o(c))},stop(i){for(let s of t)s.hash&&s.done.reject(i)}}}async function Js({encrypter:e,plan:t,sealer:n,take:r=i=>new Uint8Array(i),ahead:o=n.workers+1}){let i=null;e.addRecipient({wrapFileKey(m){return i=Uint8Array.from(m),[]}});let s=await e.encrypt(new ReadableStream({start:m=>m.close()})),a=[];for await(let m of s)a.push(m);let c=Ve(...a),d=c.slice(0,c.length-Dr);c.fill(0);let h=d.subarray(d.length-16),g=gt(Y,i,h,le("payload"),32);i.fill(0),n.key(g),g.fill(0);let l=t.length,u=Math.max(1,Math.ceil(l/Pr)),f=t.fromPlain?bm(t):null,p=[],b=Promise.resolve(),w=(m,v)=>(b=b.then(()=>v).then(x=>{f.update(m,x.plain),x.plain.fill(0),p.push(x.plain.buffer)}),b.catch(()=>{}),b);async function*y(){let m=[],v=0,x=()=>{let z=v++,j=z*Pr,O=Math.min(l,j+Pr),k=z===u-1,$=Promise.resolve();if(f&&j<f.end&&O>f.end){let C=f.end;$=w(j,kd(t,j,C).then(R=>n.run({read:!0,back:!0,parts:R,plain:p.pop()})))}let T=$.then(()=>kd(t,j,O)).then(C=>{let R=r(xd(O-j)),S={counter:z*(Pr/ln),final:k,parts:C,out:R.buffer};return f&&Object.assign(S,{back:!0,plain:p.pop()}),n.run(S)});T.catch(()=>{}),f&&w(j,T),m.push(T)};try{for(yield d;m.length||v<u;){for(;v<u&&m.length<o;)x();let z=await m.shift();yield f?z.out:z}}finally{f&&f.stop(new Error("the encryption ended before the attachments were hashed"));for(let z of p)new Uint8Array(z).fill(0);n.forget()}}return{length:d.length+xd(l),chunks:y()}}var wm={225:"EXIF/XMP",237:"IPTC (Photoshop)",254:"comment"};function vm(e,t){return e[t]<<8|e[t+1]}function ii(e,t,n){for(let r=0;r<n.length;r++)if(e[t+r]!==n.charCodeAt(r))return!1;return!0}function xm(e,t,n){let r=t+6;if(n-r<8)return!1;let o=e[r]===73&&e[r+1]===73,i=e[r]===77&&e[r+1]===77;if(!o&&!i)return!1;let s=h=>o?e[h]|e[h+1]<<8:e[h]<<8|e[h+1],c=r+(h=>o?(e[h]|e[h+1]<<8|e[h+2]<<16)+e[h+3]*2**24:e[h]*2**24+(e[h+1]<<16|e[h+2]<<8|e[h+3]))(r+4);if(c+2>n)return!1;let d=s(c);for(let h=0;h<d;h++){let g=c+2+12*h;if(g+12>n)return!1;if(s(g)===34853)return!0}return!1}function km(e,t,n,r){return t===225?ii(e,n,"Exif\0\0")?xm(e,n,r)?"EXIF (with GPS location)":"EXIF":ii(e,n,"http://ns.adobe.com/xap/1.0/")||ii(e,n,"http://ns.adobe.com/xmp/")?"XMP":"APP1 data":wm[t]||`APP${t-224} data`}function Em(e){let t=[e.subarray(0,2)],n=[],r=2,o=!1;for(;;){if(o){let h=r;for(;;){if(r+1>=e.length)throw new Error("the image data ends early");if(e[r]===255&&e[r+1]!==0&&!(e[r+1]>=208&&e[r+1]<=215)&&e[r+1]!==255)break;r++}t.push(e.subarray(h,r)),o=!1}if(r+1>=e.length||e[r]!==255)throw new Error("not a well-formed JPEG");for(;e[r+1]===255;)r++;let i=e[r+1];if(i===217){t.push(e.subarray(r,r+2)),r+2<e.length&&n.push(`${e.length-r-2} bytes after the end of the image`);break}if(i===1||i>=208&&i<=215){t.push(e.subarray(r,r+2)),r+=2;continue}if(r+4>e.length)throw new Error("not a well-formed JPEG");let s=vm(e,r+2),a=r+2+s;if(s<2||a>e.length)throw new Error("not a well-formed JPEG");if(!(i>=224&&i<=239||i===254)||i===224||i===238||i===226&&ii(e,r+4,"ICC_PROFILE\0"))t.push(e.subarray(r,a));else{let h=km(e,i,r+4,a);n.includes(h)||n.push(h)}r=a,i===218&&(o=!0)}return{bytes:Ad(t),removed:n}}var $m=[137,80,78,71,13,10,26,10],qd={tEXt:"text",zTXt:"compressed text",iTXt:"international text",eXIf:"EXIF",tIME:"modification time"};function zm(e){let t=[e.subarray(0,8)],n=[],r=8;for(;;){if(r+12>e.length)throw new Error("not a well-formed PNG");let o=e[r]*2**24+(e[r+1]<<16|e[r+2]<<8|e[r+3]),i=String.fromCharCode(e[r+4],e[r+5],e[r+6],e[r+7]),s=r+12+o;if(s>e.length)throw new Error("not a well-formed PNG");if(qd[i]){let a=`${qd[i]} (${i})`;n.includes(a)||n.push(a)}else t.push(e.subarray(r,s));if(r=s,i==="IEND"){r<e.length&&n.push(`${e.length-r} bytes after the end of the image`);break}}return{bytes:Ad(t),removed:n}}function Ad(e){let t=0;for(let o of e)t+=o.length;let n=new Uint8Array(t),r=0;for(let o of e)n.set(o,r),r+=o.length;return n}function Xs(e){return e.length>=3&&e[0]===255&&e[1]===216&&e[2]===255?"jpeg":e.length>=8&&$m.every((t,n)=>e[n]===t)?"png":null}function jd(e){let t=Xs(e);return t==="jpeg"?{kind:t,...Em(e)}:t==="png"?{kind:t,...zm(e)}:{kind:null,bytes:e,removed:[]}}function Sm(){return Kt(Ue(16))}function qm(e){return`sha-256=:${Ft(Y(e))}:`}function Am({query:e=null,digest:t=null,created:n,nonce:r,keyid:o}){let i=['"@method"','"@path"'];return e!==null&&i.push('"@query"'),t!==null&&i.push('"content-digest"'),`(${i.join(" ")});created=${n};nonce="${r}";keyid="${o}";alg="ed25519"`}function jm({method:e,path:t,query:n=null,digest:r=null,params:o}){let i=`"@method": ${e.toUpperCase()}
"@path": ${t}
`;return n!==null&&(i+=`"@query": ?${n}
`),r!==null&&(i+=`"content-digest": ${r.trim()}
`),i+`"@signature-params": ${o}`}function Fr({method:e,target:t,body:n=null,keyid:r,seed:o,created:i=Math.floor(Date.now()/1e3),nonce:s=Sm()}){let a=t.indexOf("?"),c=a<0?t:t.slice(0,a),d=a<0?null:t.slice(a+1),h=n===null?null:qm(n),g=Am({query:d,digest:h,created:i,nonce:s,keyid:r}),l=jm({method:e,path:c,query:d,digest:h,params:g}),u=Eo(o,le(l)),f={"Signature-Input":`sig1=${g}`,Signature:`sig1=:${Ft(u)}:`};return h!==null&&(f["Content-Digest"]=h),f}var Tm="dropbox-reply/1",Td="dropbox-followup/1",Bd="dropbox-thread/1",he=e=>new P("jcs-shape",e);function er(e){if(typeof e!="string"||e.length!==43)return null;let t=oo(e);return t&&t.length===32?t:null}function ci(e){return qe(Y(er(e)))}function Qs(e,t){if(ft(e)===null)throw he(`invalid ${t}`)}var si=(e,t)=>Object.prototype.hasOwnProperty.call(e,t);function ai(e,t){if(!Array.isArray(e)||!e.every(Bt))throw he(t);return[...e]}function Zs(e){return[...new Set(e)].sort((t,n)=>t<n?-1:t>n?1:0)}function _d(e){if(Ce(e,["type","team","mailbox","seq","member","created","body"],["roster_seq","recipients"],he),typeof e.type!="string")throw he("type");if(!Ne(e.team))throw he("team");if(!er(e.mailbox))throw he("mailbox");if(!rt(e.seq))throw he("seq");if(!Bt(e.member))throw he("member");if(Qs(e.created,"created"),typeof e.body!="string")throw he("body");let t={type:e.type,team:e.team,mailbox:e.mailbox,seq:e.seq,member:e.member,created:e.created,body:e.body};if(si(e,"roster_seq")){if(!rt(e.roster_seq))throw he("roster_seq");t.roster_seq=e.roster_seq}return si(e,"recipients")&&(t.recipients=ai(e.recipients,"recipients")),t}function Bm(e){if(Ce(e,["type","team","mailbox","thread","seq","created","body","attachments"],["recipients"],he),si(e,"recipients")&&ai(e.recipients,"recipients"),typeof e.type!="string")throw he("type");if(!Ne(e.team))throw he("team");if(!er(e.mailbox))throw he("mailbox");if(!Ne(e.thread))throw he("thread");if(!rt(e.seq))throw he("seq");if(Qs(e.created,"created"),typeof e.body!="string")throw he("body");if(!Array.isArray(e.attachments)||!e.attachments.every(Ne))throw he("attachments");let t={...e,attachments:[...e.attachments]};return si(e,"recipients")&&(t.recipients=[...e.recipients]),t}function ea(e,t,n){let r=mn(e.payloadType,e.payload);if(!e.signatures.some(([o,i])=>o===t&&Hn(n,r,i)))throw new P("message-bad-signature","no valid signature by the message's author")}function _m(e,t,n,r){let o=qt(e,io),i=_d(o.value);if(i.type!==Tm)throw new P("message-invalid","type");if(i.team!==n)throw new P("message-wrong-team");if(i.mailbox!==r)throw new P("message-wrong-mailbox");let s=t.members.find(a=>a.id===i.member);if(!s)throw new P("message-not-member",`${i.member} is not a member of the roster`);return ea(o,i.member,ut(s.sign)),i}function Om(e,t,n,r=t.head.roster.seq){let o=t.head.roster.seq;if(!Number.isSafeInteger(r)||r<1||r>o)throw new P("message-invalid","reply posted under a roster this chain does not have");let s=_d(qt(e,io).value).roster_seq??r;if(s<1||s>r)throw new P("message-invalid","reply names a roster newer than its posting");let a=t.rosters.find(l=>l.roster.seq===s);if(!a)throw new P("message-invalid","reply names an unknown roster");let c=_m(e,a.roster,t.fingerprint,n),d=a.roster.members.find(l=>l.id===c.member);for(let l of t.rosters){let u=l.roster.seq;if(u>s&&u<=r){let f=l.roster.members.find(p=>p.id===c.member);if(!f||f.sign!==d.sign)throw new P("message-former-key",`${c.member} no longer held this key when the reply was posted`)}}let h=t.head.roster.members.find(l=>l.id===c.member),g=h?h.sign===d.sign?"member":"former-key":"former-member";return{reply:c,name:d.name,standing:g}}function Od(e){return e.standing==="former-member"?`${e.name} (former member)`:e.standing==="former-key"?`${e.name} (former key)`:e.name}function Rd(e){let t=e.reduce((r,o)=>Math.max(r,o),0),n=[];for(let r=1;r<=t;r++)e.includes(r)||n.push(r);return n}function Ld(e,t,n){let r=mn(e,t);return{payload:Ft(t),payloadType:e,signatures:n.map(([o,i])=>({keyid:o,sig:Ft(Eo(i,r))}))}}function Nd(e,t,n,r,o,i=[],s=null){let a={type:Td,team:e,mailbox:t,thread:ci(t),seq:n,created:r,body:o,attachments:[...i]};return s&&(a.recipients=Zs(s)),a}function Cd(e,t){return Ld(Ln,St(e),[[`mbx:${e.mailbox}`,t]])}function li(e,t){let n=qt(e,Ln),r=Bm(n.value);if(r.type!==Td)throw new P("message-invalid","type");if(r.team!==t)throw new P("message-wrong-team");if(r.thread!==ci(r.mailbox))throw new P("message-wrong-mailbox");let o=er(r.mailbox);if(!ko(o))throw new P("message-bad-signature");return ea(n,`mbx:${r.mailbox}`,o),r}function Rm(e){if(Ce(e,["type","team","mailbox","thread","roster_seq","created","recipients","left_out"],[],he),typeof e.type!="string")throw he("type");if(!Ne(e.team))throw he("team");if(!er(e.mailbox))throw he("mailbox");if(!Ne(e.thread))throw he("thread");if(!rt(e.roster_seq))throw he("roster_seq");return Qs(e.created,"created"),{...e,recipients:ai(e.recipients,"recipients"),left_out:ai(e.left_out,"left_out")}}function Id(e,t,n,r,o){return{type:Bd,team:e,mailbox:t,thread:ci(t),roster_seq:n.seq,created:r,recipients:Zs(o),left_out:Zs(n.members.map(i=>i.id).filter(i=>!o.includes(i)))}}function Md(e,t){return Ld(Nn,St(e),[[`mbx:${e.mailbox}`,t]])}function Ud(e,t,n){let r=qt(e,Nn),o=Rm(r.value);if(o.type!==Bd)throw new P("message-invalid","type");if(o.team!==t)throw new P("message-wrong-team");if(o.mailbox!==n||o.thread!==ci(n))throw new P("message-wrong-mailbox");let i=er(n);if(!ko(i))throw new P("message-bad-signature");return ea(r,`mbx:${n}`,i),o}function Pd(e,t,n,r=[]){if(!e&&!t)return null;let o=[...e?e.recipients:[],...t||[]],i=s=>e&&e.left_out.includes(s)||r.includes(s);return n.members.map(s=>s.id).filter(s=>o.includes(s)&&!i(s))}function Dd(e,t=[]){return[...e,...t].reduce((n,r)=>Math.max(n,r),0)+1}var Lm=16<<20;async function Fd(e,t,n){let r=[],o=[];for(let i of Array.isArray(e)?e:[])try{let s=zt(i&&typeof i.data=="string"?i.data:"");if(!s)throw new Error("not base64");let a=await qn(s,[n.x25519Identity]);if(a.length>Lm)throw new Error("the reply is too large");let c=Wn(a);if(c.header.kind!=="reply")throw new Error("not a reply");if(!c.header.signed)throw new Error("unsigned");let d=i&&Number.isSafeInteger(i.roster_seq)?i.roster_seq:t.head.roster.seq,h=Om(c.header.signed,t,n.mailbox,d);r.push({...h,day:i.day})}catch(s){o.push(`a message that failed verification was ignored (${s.code||s.message})`)}return r.sort((i,s)=>i.reply.seq-s.reply.seq),{shown:r,problems:o}}var Kd={cache:"no-store",credentials:"omit",redirect:"error",referrerPolicy:"no-referrer"};async function ta(e,t,n,r){let o={kind:"own",created:r,roster_seq:n,recipients:[],delete_token:zr().text,via:"client",signed:t,attachments:[]};return ad([e.x25519Recipient],await dl(o,[]))}async function na(e,t,n=null){let r=`${He()}/v1/mailboxes/${e.mailbox}/own`,o=Fr({method:"POST",target:r,body:t,keyid:`mbx:${e.mailbox}`,seed:e.ed25519Seed});o["Content-Type"]="application/octet-stream",n&&(o["Dropbox-Upload-Token"]=n);let i=await fetch(r,{...Kd,method:"POST",headers:o,body:t});if(i.status!==201){let s="";try{s=(await i.json()).message||""}catch{}throw new Error(`the drop box answered ${i.status}${s?`: ${s}`:""}`)}}async function Hd(e,t,n,r,o,i){let s=n;if(!s){let d=Ue(32);s=ti(d),d.fill(0)}let a=Id(e,s.mailbox,t,o,r),c=await ta(s,Md(a,s.ed25519Seed),t.seq,o);await na(s,c,i)}async function Gd(e){let t=`${He()}/v1/mailboxes/${e.mailbox}/own`,n=Fr({method:"GET",target:t,keyid:`mbx:${e.mailbox}`,seed:e.ed25519Seed}),r=await fetch(t,{...Kd,headers:n});if(r.status!==200)throw new Error(`the drop box answered ${r.status} for your conversation's record`);return r.json()}async function Wd(e,t,n){let r={record:null,followups:[],problems:[]};for(let o of Array.isArray(e)?e:[])try{let i=zt(o&&typeof o.data=="string"?o.data:"");if(!i)throw new Error("not base64");let s=Wn(await qn(i,[n.x25519Identity]));if(s.header.kind!=="own"||s.attachments.length)throw new Error("not an item of your own log");let a=s.header.signed;if(a.payloadType===Nn){let c=Ud(a,t,n.mailbox);r.record||(r.record=c)}else if(a.payloadType===Ln){let c=li(a,t);if(c.mailbox!==n.mailbox)throw new Error("a follow-up of another mailbox");r.followups.push(c)}else throw new Error("unexpected item")}catch(i){r.problems.push(`an item of your own log was ignored (${i.code||i.message})`)}return r}var vt=class{constructor(t){this.value=t}valueOf(){return this.value}},ue=class extends vt{constructor(t="???"){super(t)}toString(t){return`{${this.value}}`}},Fe=class extends vt{constructor(t,n={}){super(t),this.opts=n}toString(t){if(t)try{return t.memoizeIntlObject(Intl.NumberFormat,this.opts).format(this.value)}catch(n){t.reportError(n)}return this.value.toString(10)}},xt=class e extends vt{static supportsValue(t){if(typeof t=="number"||t instanceof Date)return!0;if(t instanceof vt)return e.supportsValue(t.valueOf());if("Temporal"in globalThis){let n=globalThis.Temporal;if(t instanceof n.Instant||t instanceof n.PlainDateTime||t instanceof n.PlainDate||t instanceof n.PlainMonthDay||t instanceof n.PlainTime||t instanceof n.PlainYearMonth)return!0}return!1}constructor(t,n={}){t instanceof e?(n={...t.opts,...n},t=t.value):t instanceof vt&&(t=t.valueOf()),typeof t=="object"&&"calendarId"in t&&n.calendar===void 0&&(n={...n,calendar:t.calendarId}),super(t),this.opts=n}[Symbol.toPrimitive](t){return t==="string"?this.toString():this.toNumber()}toNumber(){let t=this.value;if(typeof t=="number")return t;if(t instanceof Date)return t.getTime();if("epochMilliseconds"in t)return t.epochMilliseconds;if("toZonedDateTime"in t)return t.toZonedDateTime("UTC").epochMilliseconds;throw new TypeError("Unwrapping a non-number value as a number")}toString(t){if(t)try{return t.memoizeIntlObject(Intl.DateTimeFormat,this.opts).format(this.value)}catch(n){t.reportError(n)}return typeof this.value=="number"||this.value instanceof Date?new Date(this.value).toISOString():this.value.toString()}};var Vd=100,Nm="⁨",Cm="⁩";function Im(e,t,n){if(n===t||n instanceof Fe&&t instanceof Fe&&n.value===t.value)return!0;if(t instanceof Fe&&typeof n=="string"){let r=e.memoizeIntlObject(Intl.PluralRules,t.opts).select(t.value);if(n===r)return!0}return!1}function Yd(e,t,n){return t[n]?tr(e,t[n].value):(e.reportError(new RangeError("No default")),new ue)}function ra(e,t){let n=[],r=Object.create(null);for(let o of t)o.type==="narg"?r[o.name]=Kr(e,o.value):n.push(Kr(e,o));return{positional:n,named:r}}function Kr(e,t){switch(t.type){case"str":return t.value;case"num":return new Fe(t.value,{minimumFractionDigits:t.precision});case"var":return Mm(e,t);case"mesg":return Um(e,t);case"term":return Pm(e,t);case"func":return Dm(e,t);case"select":return Fm(e,t);default:return new ue}}function Mm(e,{name:t}){let n;if(e.params)if(Object.prototype.hasOwnProperty.call(e.params,t))n=e.params[t];else return new ue(`$${t}`);else if(e.args&&Object.prototype.hasOwnProperty.call(e.args,t))n=e.args[t];else return e.reportError(new ReferenceError(`Unknown variable: $${t}`)),new ue(`$${t}`);if(n instanceof vt)return n;switch(typeof n){case"string":return n;case"number":return new Fe(n);case"object":if(xt.supportsValue(n))return new xt(n);default:return e.reportError(new TypeError(`Variable type not supported: $${t}, ${typeof n}`)),new ue(`$${t}`)}}function Um(e,{name:t,attr:n}){let r=e.bundle._messages.get(t);if(!r)return e.reportError(new ReferenceError(`Unknown message: ${t}`)),new ue(t);if(n){let o=r.attributes[n];return o?tr(e,o):(e.reportError(new ReferenceError(`Unknown attribute: ${n}`)),new ue(`${t}.${n}`))}return r.value?tr(e,r.value):(e.reportError(new ReferenceError(`No value: ${t}`)),new ue(t))}function Pm(e,{name:t,attr:n,args:r}){let o=`-${t}`,i=e.bundle._terms.get(o);if(!i)return e.reportError(new ReferenceError(`Unknown term: ${o}`)),new ue(o);if(n){let a=i.attributes[n];if(a){e.params=ra(e,r).named;let c=tr(e,a);return e.params=null,c}return e.reportError(new ReferenceError(`Unknown attribute: ${n}`)),new ue(`${o}.${n}`)}e.params=ra(e,r).named;let s=tr(e,i.value);return e.params=null,s}function Dm(e,{name:t,args:n}){let r=e.bundle._functions[t];if(!r)return e.reportError(new ReferenceError(`Unknown function: ${t}()`)),new ue(`${t}()`);if(typeof r!="function")return e.reportError(new TypeError(`Function ${t}() is not callable`)),new ue(`${t}()`);try{let o=ra(e,n);return r(o.positional,o.named)}catch(o){return e.reportError(o),new ue(`${t}()`)}}function Fm(e,{selector:t,variants:n,star:r}){let o=Kr(e,t);if(o instanceof ue)return Yd(e,n,r);for(let i of n){let s=Kr(e,i.key);if(Im(e,o,s))return tr(e,i.value)}return Yd(e,n,r)}function oa(e,t){if(e.dirty.has(t))return e.reportError(new RangeError("Cyclic reference")),new ue;e.dirty.add(t);let n=[],r=e.bundle._useIsolating&&t.length>1;for(let o of t){if(typeof o=="string"){n.push(e.bundle._transform(o));continue}if(e.placeables++,e.placeables>Vd)throw e.dirty.delete(t),new RangeError(`Too many placeables expanded: ${e.placeables}, max allowed is ${Vd}`);r&&n.push(Nm),n.push(Kr(e,o).toString(e)),r&&n.push(Cm)}return e.dirty.delete(t),n.join("")}function tr(e,t){return typeof t=="string"?e.bundle._transform(t):oa(e,t)}var di=class{constructor(t,n,r){this.dirty=new WeakSet,this.params=null,this.placeables=0,this.bundle=t,this.errors=n,this.args=r}reportError(t){if(!this.errors||!(t instanceof Error))throw t;this.errors.push(t)}memoizeIntlObject(t,n){let r=this.bundle._intls.get(t);r||(r={},this.bundle._intls.set(t,r));let o=JSON.stringify(n);return r[o]||(r[o]=new t(this.bundle.locales,n)),r[o]}};function ia(e,t){let n=Object.create(null);for(let[r,o]of Object.entries(e))t.includes(r)&&(n[r]=o.valueOf());return n}var Jd=["unitDisplay","currencyDisplay","useGrouping","minimumIntegerDigits","minimumFractionDigits","maximumFractionDigits","minimumSignificantDigits","maximumSignificantDigits"];function Xd(e,t){let n=e[0];if(n instanceof ue)return new ue(`NUMBER(${n.valueOf()})`);if(n instanceof Fe)return new Fe(n.valueOf(),{...n.opts,...ia(t,Jd)});if(n instanceof xt)return new Fe(n.toNumber(),{...ia(t,Jd)});throw new TypeError("Invalid argument to NUMBER")}var Km=["dateStyle","timeStyle","fractionalSecondDigits","dayPeriod","hour12","weekday","era","year","month","day","hour","minute","second","timeZoneName"];function Zd(e,t){let n=e[0];if(n instanceof ue)return new ue(`DATETIME(${n.valueOf()})`);if(n instanceof xt||n instanceof Fe)return new xt(n,ia(t,Km));throw new TypeError("Invalid argument to DATETIME")}var Qd=new Map;function eu(e){let t=Array.isArray(e)?e.join(" "):e,n=Qd.get(t);return n===void 0&&(n=new Map,Qd.set(t,n)),n}var Hr=class{constructor(t,{functions:n,useIsolating:r=!0,transform:o=i=>i}={}){this._terms=new Map,this._messages=new Map,this.locales=Array.isArray(t)?t:[t],this._functions={NUMBER:Xd,DATETIME:Zd,...n},this._useIsolating=r,this._transform=o,this._intls=eu(t)}hasMessage(t){return this._messages.has(t)}getMessage(t){return this._messages.get(t)}addResource(t,{allowOverrides:n=!1}={}){let r=[];for(let o=0;o<t.body.length;o++){let i=t.body[o];if(i.id.startsWith("-")){if(n===!1&&this._terms.has(i.id)){r.push(new Error(`Attempt to override an existing term: "${i.id}"`));continue}this._terms.set(i.id,i)}else{if(n===!1&&this._messages.has(i.id)){r.push(new Error(`Attempt to override an existing message: "${i.id}"`));continue}this._messages.set(i.id,i)}}return r}formatPattern(t,n=null,r=null){if(typeof t=="string")return this._transform(t);let o=new di(this,r,n);try{return oa(o,t).toString(o)}catch(i){if(o.errors&&i instanceof Error)return o.errors.push(i),new ue().toString(o);throw i}}};var sa=/^(-?[a-zA-Z][\w-]*) *= */gm,tu=/\.([a-zA-Z][\w-]*) *= */y,Hm=/\*?\[/y,aa=/(-?[0-9]+(?:\.([0-9]+))?)/y,Gm=/([a-zA-Z][\w-]*)/y,nu=/([$-])?([a-zA-Z][\w-]*)(?:\.([a-zA-Z][\w-]*))?/y,Wm=/^[A-Z][A-Z0-9_-]*$/,ui=/([^{}\n\r]+)/y,Vm=/([^\\"\n\r]*)/y,ru=/\\([\\"])/y,ou=/\\u([a-fA-F0-9]{4})|\\U([a-fA-F0-9]{6})/y,Ym=/^\n+/,iu=/ +$/,Jm=/ *\r?\n/g,Xm=/( *)$/,Zm=/{\s*/y,su=/\s*}/y,Qm=/\[\s*/y,eg=/\s*] */y,tg=/\s*\(\s*/y,ng=/\s*->\s*/y,rg=/\s*:\s*/y,og=/\s*,?\s*/y,ig=/\s+/y,Gr=class{constructor(t){this.body=[],sa.lastIndex=0;let n=0;for(;;){let k=sa.exec(t);if(k===null)break;n=sa.lastIndex;try{this.body.push(c(k[1]))}catch($){if($ instanceof SyntaxError)continue;throw $}}function r(k){return k.lastIndex=n,k.test(t)}function o(k,$){if(t[n]===k)return n++,!0;if($)throw new $(`Expected ${k}`);return!1}function i(k,$){if(r(k))return n=k.lastIndex,!0;if($)throw new $(`Expected ${k.toString()}`);return!1}function s(k){k.lastIndex=n;let $=k.exec(t);if($===null)throw new SyntaxError(`Expected ${k.toString()}`);return n=k.lastIndex,$}function a(k){return s(k)[1]}function c(k){let $=h(),T=d();if($===null&&Object.keys(T).length===0)throw new SyntaxError("Expected message value or attributes");return{id:k,value:$,attributes:T}}function d(){let k=Object.create(null);for(;r(tu);){let $=a(tu),T=h();if(T===null)throw new SyntaxError("Expected attribute value");k[$]=T}return k}function h(){let k;if(r(ui)&&(k=a(ui)),t[n]==="{"||t[n]==="}")return g(k?[k]:[],1/0);let $=z();return $?k?g([k,$],$.length):($.value=j($.value,Ym),g([$],$.length)):k?j(k,iu):null}function g(k=[],$){for(;;){if(r(ui)){k.push(a(ui));continue}if(t[n]==="{"){k.push(l());continue}if(t[n]==="}")throw new SyntaxError("Unbalanced closing brace");let S=z();if(S){k.push(S),$=Math.min($,S.length);continue}break}let T=k.length-1,C=k[T];typeof C=="string"&&(k[T]=j(C,iu));let R=[];for(let S of k)S instanceof fi&&(S=S.value.slice(0,S.value.length-$)),S&&R.push(S);return R}function l(){i(Zm,SyntaxError);let k=u();if(i(su))return k;if(i(ng)){let $=b();return i(su,SyntaxError),{type:"select",selector:k,...$}}throw new SyntaxError("Unclosed placeable")}function u(){if(t[n]==="{")return l();if(r(nu)){let[,k,$,T=null]=s(nu);if(k==="$")return{type:"var",name:$};if(i(tg)){let C=f();if(k==="-")return{type:"term",name:$,attr:T,args:C};if(Wm.test($))return{type:"func",name:$,args:C};throw new SyntaxError("Function names must be all upper-case")}return k==="-"?{type:"term",name:$,attr:T,args:[]}:{type:"mesg",name:$,attr:T}}return y()}function f(){let k=[];for(;;){switch(t[n]){case")":return n++,k;case void 0:throw new SyntaxError("Unclosed argument list")}k.push(p()),i(og)}}function p(){let k=u();return k.type!=="mesg"?k:i(rg)?{type:"narg",name:k.name,value:y()}:k}function b(){let k=[],$=0,T;for(;r(Hm);){o("*")&&(T=$);let C=w(),R=h();if(R===null)throw new SyntaxError("Expected variant value");k[$++]={key:C,value:R}}if($===0)return null;if(T===void 0)throw new SyntaxError("Expected default variant");return{variants:k,star:T}}function w(){i(Qm,SyntaxError);let k;return r(aa)?k=m():k={type:"str",value:a(Gm)},i(eg,SyntaxError),k}function y(){if(r(aa))return m();if(t[n]==='"')return v();throw new SyntaxError("Invalid expression")}function m(){let[,k,$=""]=s(aa),T=$.length;return{type:"num",value:parseFloat(k),precision:T}}function v(){o('"',SyntaxError);let k="";for(;;){if(k+=a(Vm),t[n]==="\\"){k+=x();continue}if(o('"'))return{type:"str",value:k};throw new SyntaxError("Unclosed string literal")}}function x(){if(r(ru))return a(ru);if(r(ou)){let[,k,$]=s(ou),T=parseInt(k||$,16);return T<=55295||57344<=T?String.fromCodePoint(T):"�"}throw new SyntaxError("Unknown escape sequence")}function z(){let k=n;switch(i(ig),t[n]){case".":case"[":case"*":case"}":case void 0:return!1;case"{":return O(t.slice(k,n))}return t[n-1]===" "?O(t.slice(k,n)):!1}function j(k,$){return k.replace($,"")}function O(k){let $=k.replace(Jm,`
`),T=Xm.exec(k)[1].length;return new fi($,T)}}},fi=class{constructor(t,n){this.value=t,this.length=n}};var au=`# Arabic. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var cu=`# German. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var lu=`# The source language of the page (web/src). Every other locale must have
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
`;var du=`# Spanish. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var uu=`# Persian. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var fu=`# French. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var pu=`# Portuguese. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var hu=`# Russian. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var mu=`# Turkish. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var gu=`# Ukrainian. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var yu=`# Chinese (simplified). Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var Ct=[{code:"en",name:"English",dir:"ltr",source:lu},{code:"ar",name:"العربية",dir:"rtl",source:au},{code:"de",name:"Deutsch",dir:"ltr",source:cu},{code:"es",name:"Español",dir:"ltr",source:du},{code:"fa",name:"فارسی",dir:"rtl",source:uu},{code:"fr",name:"Français",dir:"ltr",source:fu},{code:"pt",name:"Português",dir:"ltr",source:pu},{code:"ru",name:"Русский",dir:"ltr",source:hu},{code:"tr",name:"Türkçe",dir:"ltr",source:mu},{code:"uk",name:"Українська",dir:"ltr",source:gu},{code:"zh-CN",name:"简体中文",dir:"ltr",source:yu}];function ku(e){let t=Ct.map(n=>n.code.toLowerCase());for(let n of e||[]){let r=String(n).toLowerCase(),o=t.indexOf(r);if(o>=0)return Ct[o].code;let i=r.split("-")[0],s=Ct.find(a=>a.code.toLowerCase().split("-")[0]===i);if(s)return s.code}return"en"}var bu=new Map;function wu(e){let t=bu.get(e);if(!t){let n=Ct.find(r=>r.code===e)||Ct[0];t=new Hr(n.code,{useIsolating:!1}),t.addResource(new Gr(n.source)),bu.set(e,t)}return t}var ca="en";function yg(){return Ct.find(e=>e.code===ca)}var vu="",xu="";function Eu(e,t={}){let n=wu(ca),r=n.getMessage(e);if(r||(n=wu("en"),r=n.getMessage(e)),!r)return{parts:[e],attributes:{}};let o={},i=[];for(let[l,u]of Object.entries(t))typeof u=="number"?o[l]=u:(o[l]=`${vu}${i.length}${xu}`,i.push(u));let s=[],a=r.value?n.formatPattern(r.value,o,s):"",c=[],d=new RegExp(`${vu}(\\d+)${xu}`,"g"),h=0;for(let l of a.matchAll(d))l.index>h&&c.push(a.slice(h,l.index)),c.push({arg:i[Number(l[1])]}),h=l.index+l[0].length;h<a.length&&c.push(a.slice(h));let g={};for(let[l,u]of Object.entries(r.attributes))g[l]=n.formatPattern(u,{},s);return{parts:c,attributes:g}}function $u(e,t={}){return Eu(e,t).parts.map(n=>typeof n=="string"?n:typeof n.arg=="string"?n.arg:$u(n.arg.id,n.arg.args)).join("")}var zu=new WeakMap,bg=new Set(["aria-label","title","placeholder"]);function Su(e,t,n){let{parts:r,attributes:o}=Eu(t,n),i=r.map(s=>{if(typeof s=="string")return document.createTextNode(s);if(typeof s.arg=="string"){let c=document.createElement("bdi");return c.textContent=s.arg,c}let a=document.createElement("span");return me(a,s.arg.id,s.arg.args),a});r.length&&e.replaceChildren(...i);for(let[s,a]of Object.entries(o))bg.has(s)&&e.setAttribute(s,a)}function me(e,t,n={}){e.dataset.l10nId=t,zu.set(e,n),Su(e,t,n)}function la(e){ca=Ct.some(n=>n.code===e)?e:"en";let t=yg();document.documentElement.lang=t.code,document.documentElement.dir=t.dir,document.title=$u("page-title");for(let n of document.querySelectorAll("[data-l10n-id]"))Su(n,n.dataset.l10nId,zu.get(n)||{})}var wg=64*1024*1024,vg='(()=>{function Se(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}var Ge=e=>e?`"${e}" `:"";function tt(e,t=""){if(typeof e!="number")throw new TypeError(Ge(t)+"expected number, got "+typeof e);if(!Number.isSafeInteger(e)||e<0)throw new RangeError(Ge(t)+"expected integer >= 0, got "+e);return e}function vr(e,t=""){if(typeof e!="boolean")throw new TypeError(Ge(t)+"expected boolean, got type="+typeof e);return e}function q(e,t,n=""){if(Se(e)&&(t===void 0||e.length===t))return e;t!==void 0&&tt(t,"length");let r=Se(e),o=t!==void 0?` of length ${t}`:"",s=r?`length=${e.length}`:`type=${typeof e}`,i=Ge(n)+"expected Uint8Array"+o+", got "+s;throw r?new RangeError(i):new TypeError(i)}function Hn(e){return Uint8Array.from(q(e))}function wt(e){if(typeof e!="function"||typeof e.create!="function")throw new TypeError("expected hash wrapped by utils.createHasher");if(tt(e.outputLen),tt(e.blockLen),e.outputLen<1||e.blockLen<1)throw new Error("hash blockLen / outputLen must be >= 1")}var Is=(e,t)=>{if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError((t==="object"?"":`"${t}" `)+"expected object, got type="+typeof e)},Or=(e,t)=>{Is(e,t);let n=Object.getPrototypeOf(e);if(n!==Object.prototype&&n!==null)throw new TypeError(`"${t}" expected plain object`);if(Object.hasOwn(e,"__proto__"))throw new TypeError(`"${t}.__proto__" is not allowed`)};function mt(e,t=!0){if(e.destroyed)throw new Error("hash was destroyed");if(t&&e.finished)throw new Error("digest() was already called")}function Dt(e,t){q(e,void 0,"output");let n=t.outputLen;if(!(e.length>=n))throw new RangeError(\'"output" expected length >= \'+n)}function _e(e){return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}function yt(e){return new Uint32Array(e.buffer,e.byteOffset,Math.floor(e.byteLength/4))}function V(...e){for(let t=0;t<e.length;t++)e[t].fill(0)}function Ve(e){return new DataView(e.buffer,e.byteOffset,e.byteLength)}function _t(e,t){return e<<32-t|e>>>t}var Rr=new Uint8Array(new Uint32Array([287454020]).buffer)[0]===68;function kr(e){return e<<24&4278190080|e<<8&16711680|e>>>8&65280|e>>>24&255}var ut=Rr?e=>e:e=>kr(e)>>>0;function Ls(e){for(let t=0;t<e.length;t++)e[t]=kr(e[t]);return e}var bt=Rr?e=>e:Ls,Ir=typeof Uint8Array.from([]).toHex=="function"&&typeof Uint8Array.fromHex=="function",Us=Array.from({length:256},(e,t)=>t.toString(16).padStart(2,"0"));function We(e){if(q(e),Ir)return e.toHex();let t="";for(let n=0;n<e.length;n++)t+=Us[e[n]];return t}function Tr(e){return e>=48&&e<=57?e-48:e>=65&&e<=70?e-55:e>=97&&e<=102?e-87:void 0}function Qe(e){if(typeof e!="string")throw new TypeError("hex string expected, got "+typeof e);if(Ir)try{return Uint8Array.fromHex(e)}catch(o){throw o instanceof SyntaxError?new RangeError(o.message):o}let t=e.length,n=t/2;if(t%2)throw new RangeError("hex string expected, got unpadded hex of length "+t);let r=new Uint8Array(n);for(let o=0,s=0;o<n;o++,s+=2){let i=Tr(e.charCodeAt(s)),c=Tr(e.charCodeAt(s+1));if(i===void 0||c===void 0){let f=e[s]+e[s+1];throw new RangeError(\'hex string expected, got non-hex character "\'+f+\'" at index \'+s)}r[o]=i*16+c}return r}function Lr(e){let t=globalThis;if(typeof t.scheduler?.yield=="function"){let n=t.scheduler.yield();return e&&n.catch(e),n}return new Promise(n=>t.setTimeout(n,0))}function Fs(e){if(typeof e!="string")throw new TypeError("string expected");let t=new TextEncoder().encode(e);try{return new Uint8Array(t)}finally{V(t)}}function Je(e,t=""){return typeof e=="string"?Fs(e):q(e,void 0,t)}function tn(...e){let t=0;for(let r=0;r<e.length;r++){let o=e[r];q(o),t+=o.length}let n=new Uint8Array(t);for(let r=0,o=0;r<e.length;r++){let s=e[r];n.set(s,o),o+=s.length}return n}function ee(e,t,n="opts"){return Or(e,"defaults"),t!==void 0&&Or(t,n),Object.assign(Object.create(null),e,t)}function kt(e,t={}){if(typeof e!="function")throw new TypeError(\'"hashCons" expected function, got type=\'+typeof e);t=ee({},t,"info");let n=(o,s)=>e(s).update(o).digest(),r=e(void 0);return n.outputLen=r.outputLen,n.blockLen=r.blockLen,n.canXOF=r.canXOF,n.create=o=>e(o),Object.assign(n,t),Object.freeze(n)}function en(e=32){tt(e,"bytesLength");let t=typeof globalThis=="object"?globalThis.crypto:null;if(typeof t?.getRandomValues!="function")throw new Error("crypto.getRandomValues must be defined");if(e>65536)throw new RangeError(`"bytesLength" expected <= 65536, got ${e}`);return t.getRandomValues(new Uint8Array(e))}var It=e=>({oid:Uint8Array.from([6,9,96,134,72,1,101,3,4,2,e])});var Ur=Uint8Array.from([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,14,10,4,8,9,15,13,6,1,12,0,2,11,7,5,3,11,8,12,0,5,2,15,13,10,14,3,6,7,1,9,4,7,9,3,1,13,12,11,14,2,6,5,10,4,0,15,8,9,0,5,7,2,4,10,15,14,1,11,12,6,8,3,13,2,12,6,10,0,11,8,3,4,13,7,5,15,14,1,9,12,5,1,15,14,13,4,10,0,7,6,3,9,2,8,11,13,11,7,14,12,1,3,9,5,0,15,4,8,6,2,10,6,15,14,9,11,3,0,8,12,2,13,7,1,4,10,5,10,2,8,4,7,6,1,5,15,11,9,14,3,12,13,0,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,14,10,4,8,9,15,13,6,1,12,0,2,11,7,5,3,11,8,12,0,5,2,15,13,10,14,3,6,7,1,9,4,7,9,3,1,13,12,11,14,2,6,5,10,4,0,15,8,9,0,5,7,2,4,10,15,14,1,11,12,6,8,3,13,2,12,6,10,0,11,8,3,4,13,7,5,15,14,1,9]);var nn=BigInt(4294967295),Fr=BigInt(32);function Hs(e,t=!1){return t?{h:Number(e&nn),l:Number(e>>Fr&nn)}:{h:Number(e>>Fr&nn)|0,l:Number(e&nn)|0}}function rn(e,t=!1){let n=e.length,r=new Uint32Array(n),o=new Uint32Array(n);for(let s=0;s<n;s++){let{h:i,l:c}=Hs(e[s],t);[r[s],o[s]]=[i,c]}return[r,o]}var Mn=e=>e/2**32|0,Cn=e=>e>>>0;function Hr(e,t,n,r){let o=Mn(n),s=Cn(n);e.setUint32(t,r?s:o,r),e.setUint32(t+4,r?o:s,r)}var Nn=(e,t,n)=>e>>>n,Dn=(e,t,n)=>e<<32-n|t>>>n,Tt=(e,t,n)=>e>>>n|t<<32-n,vt=(e,t,n)=>e<<32-n|t>>>n,ne=(e,t,n)=>e<<64-n|t>>>n-32,re=(e,t,n)=>e>>>n-32|t<<64-n,Mr=(e,t)=>t,Cr=(e,t)=>e;function xt(e,t,n,r){let o=(t>>>0)+(r>>>0);return{h:e+n+(o/2**32|0)|0,l:o|0}}var Oe=(e,t,n)=>(e>>>0)+(t>>>0)+(n>>>0),Te=(e,t,n,r)=>t+n+r+(e/2**32|0)|0,Nr=(e,t,n,r)=>(e>>>0)+(t>>>0)+(n>>>0)+(r>>>0),Dr=(e,t,n,r,o)=>t+n+r+o+(e/2**32|0)|0,Kr=(e,t,n,r,o)=>(e>>>0)+(t>>>0)+(n>>>0)+(r>>>0)+(o>>>0),Pr=(e,t,n,r,o,s)=>t+n+r+o+s+(e/2**32|0)|0;function jr(e,t,n){return e&t^~e&n}function $r(e,t,n){return e&t^e&n^t&n}var ve=class{blockLen;outputLen;canXOF=!1;padOffset;isLE;buffer;view;finished=!1;length=0;pos=0;destroyed=!1;constructor(t,n,r,o){this.blockLen=t,this.outputLen=n,this.padOffset=r,this.isLE=o,this.buffer=new Uint8Array(t),this.view=Ve(this.buffer)}update(t){mt(this),q(t);let{view:n,buffer:r,blockLen:o}=this,s=t.length,i=!1;for(let c=0;c<s;){let f=Math.min(o-this.pos,s-c);if(f===o){let a=Ve(t);for(;o<=s-c;c+=o)this.process(a,c);i=!0;continue}r.set(c===0&&f===s?t:t.subarray(c,c+f),this.pos),this.pos+=f,c+=f,this.pos===o&&(this.process(n,0),this.pos=0,i=!0)}return this.length+=t.length,i&&this.roundClean(),this}digestInto(t){mt(this),Dt(t,this),this.finished=!0;let{buffer:n,view:r,blockLen:o,isLE:s}=this,{pos:i}=this;n[i++]=128,n.fill(0,i),this.padOffset>o-i&&(this.process(r,0),n.fill(0)),Hr(r,o-8,this.length*8,s),this.process(r,0),this.roundClean();let c=t===n?r:Ve(t),f=this.outputLen,a=f/4,l=this.get();if(f%4||a>l.length)throw new Error("invalid outputLen");for(let u=0;u<a;u++)c.setUint32(4*u,l[u],s)}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let r=t.slice(0,n);return this.destroy(),r}_cloneIntoMeta(t){let{buffer:n,length:r,finished:o,destroyed:s,pos:i}=this;return t.destroyed=s,t.finished=o,t.length=r,t.pos=i,i&&t.buffer.set(n),t}clone(){return this._cloneInto()}},zr=Uint32Array.from([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]);var Zr=Uint32Array.from([3418070365,3238371032,1654270250,914150663,2438529370,812702999,355462360,4144912697,1731405415,4290775857,2394180231,1750603025,3675008525,1694076839,1203062813,3204075428]),Xr=Uint32Array.from([1779033703,4089235720,3144134277,2227873595,1013904242,4271175723,2773480762,1595750129,1359893119,2917565137,2600822924,725511199,528734635,4215389547,1541459225,327033209]);var it=Uint32Array.from([4089235720,1779033703,2227873595,3144134277,4271175723,1013904242,1595750129,2773480762,2917565137,1359893119,725511199,2600822924,4215389547,528734635,327033209,1541459225]),O=new Uint32Array(32);function Kt(e,t,n,r,o,s){let i=o[s],c=o[s+1],f=O[2*e],a=O[2*e+1],l=O[2*t],u=O[2*t+1],d=O[2*n],h=O[2*n+1],p=O[2*r],y=O[2*r+1],w=Oe(f,l,i);a=Te(w,a,u,c),f=w|0;let B=y^a,x=p^f;y=Mr(B,x),p=Cr(B,x),{h,l:d}=xt(h,d,y,p),B=u^h,x=l^d,u=Tt(B,x,24),l=vt(B,x,24),O[2*e]=f,O[2*e+1]=a,O[2*t]=l,O[2*t+1]=u,O[2*n]=d,O[2*n+1]=h,O[2*r]=p,O[2*r+1]=y}function Pt(e,t,n,r,o,s){let i=o[s],c=o[s+1],f=O[2*e],a=O[2*e+1],l=O[2*t],u=O[2*t+1],d=O[2*n],h=O[2*n+1],p=O[2*r],y=O[2*r+1],w=Oe(f,l,i);a=Te(w,a,u,c),f=w|0;let B=y^a,x=p^f;y=Tt(B,x,16),p=vt(B,x,16),{h,l:d}=xt(h,d,y,p),B=u^h,x=l^d,u=ne(B,x,63),l=re(B,x,63),O[2*e]=f,O[2*e+1]=a,O[2*t]=l,O[2*t+1]=u,O[2*n]=d,O[2*n+1]=h,O[2*r]=p,O[2*r+1]=y}function Ms(e,t={},n,r,o){if(tt(n),e<=0||e>n)throw new Error(\'"dkLen" must be 1..\'+n+", got "+e);let{key:s,salt:i,personalization:c}=t;if(s!==void 0&&(s.length<1||s.length>n))throw new Error(\'"key" expected to be undefined or of length=1..\'+n);i!==void 0&&q(i,r,"salt"),c!==void 0&&q(c,o,"personalization")}var Kn=class{buffer;buffer32;finished=!1;destroyed=!1;length=0;pos=0;blockLen;outputLen;canXOF=!1;constructor(t,n){tt(t),tt(n),this.blockLen=t,this.outputLen=n,this.buffer=new Uint8Array(t),this.buffer32=yt(this.buffer)}update(t){mt(this),q(t);let{blockLen:n,buffer:r,buffer32:o}=this,s=t.length,i=t.byteOffset,c=t.buffer;for(let f=0;f<s;){this.pos===n&&(bt(o),this.compress(o,0,!1),bt(o),this.pos=0);let a=Math.min(n-this.pos,s-f),l=i+f;if(a===n&&!(l%4)&&f+a<s){let u=new Uint32Array(c,l,Math.floor((s-f)/4));bt(u);for(let d=0;f+n<s;d+=o.length,f+=n)this.length+=n,this.compress(u,d,!1);bt(u);continue}r.set(f===0&&a===s?t:t.subarray(f,f+a),this.pos),this.pos+=a,this.length+=a,f+=a}return this}digestInto(t){if(mt(this),Dt(t,this),t.byteOffset&3)throw new RangeError(\'"output" expected 4-byte aligned byteOffset, got \'+t.byteOffset);let{pos:n,buffer32:r}=this;this.finished=!0,this.buffer.fill(0,n),bt(r),this.compress(r,0,!0),bt(r);let o=this.get(),s=t===this.buffer?r:yt(t),i=Math.floor(this.outputLen/4);for(let l=0;l<i;l++)s[l]=ut(o[l]);let c=this.outputLen%4;if(!c)return;let f=i*4,a=o[i];for(let l=0;l<c;l++)t[f+l]=a>>>8*l}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let r=t.slice(0,n);return this.destroy(),r}_cloneInto(t){let{buffer:n,length:r,finished:o,destroyed:s,outputLen:i,pos:c}=this;return t||=new this.constructor({dkLen:i}),t.set(...this.get()),t.buffer.set(n),t.destroyed=s,t.finished=o,t.length=r,t.pos=c,t.outputLen=i,t}clone(){return this._cloneInto()}},Pn=class extends Kn{v0l=it[0]|0;v0h=it[1]|0;v1l=it[2]|0;v1h=it[3]|0;v2l=it[4]|0;v2h=it[5]|0;v3l=it[6]|0;v3h=it[7]|0;v4l=it[8]|0;v4h=it[9]|0;v5l=it[10]|0;v5h=it[11]|0;v6l=it[12]|0;v6h=it[13]|0;v7l=it[14]|0;v7h=it[15]|0;constructor(t={}){t=ee({},t);let n=t.dkLen===void 0?64:t.dkLen;super(128,n),Ms(n,t,64,16,16);let{key:r,personalization:o,salt:s}=t,i=0;if(r!==void 0&&(q(r,void 0,"key"),i=r.length),this.v0l^=this.outputLen|i<<8|65536|1<<24,s!==void 0){q(s,void 0,"salt");let c=yt(Hn(s));this.v4l^=ut(c[0]),this.v4h^=ut(c[1]),this.v5l^=ut(c[2]),this.v5h^=ut(c[3])}if(o!==void 0){q(o,void 0,"personalization");let c=yt(Hn(o));this.v6l^=ut(c[0]),this.v6h^=ut(c[1]),this.v7l^=ut(c[2]),this.v7h^=ut(c[3])}if(r!==void 0){let c=new Uint8Array(this.blockLen);c.set(r),this.update(c),V(c)}}get(){let{v0l:t,v0h:n,v1l:r,v1h:o,v2l:s,v2h:i,v3l:c,v3h:f,v4l:a,v4h:l,v5l:u,v5h:d,v6l:h,v6h:p,v7l:y,v7h:w}=this;return[t,n,r,o,s,i,c,f,a,l,u,d,h,p,y,w]}set(t,n,r,o,s,i,c,f,a,l,u,d,h,p,y,w){this.v0l=t|0,this.v0h=n|0,this.v1l=r|0,this.v1h=o|0,this.v2l=s|0,this.v2h=i|0,this.v3l=c|0,this.v3h=f|0,this.v4l=a|0,this.v4h=l|0,this.v5l=u|0,this.v5h=d|0,this.v6l=h|0,this.v6h=p|0,this.v7l=y|0,this.v7h=w|0}compress(t,n,r){let{v0l:o,v0h:s,v1l:i,v1h:c,v2l:f,v2h:a,v3l:l,v3h:u,v4l:d,v4h:h,v5l:p,v5h:y,v6l:w,v6h:B,v7l:x,v7h:b}=this;O[0]=o,O[1]=s,O[2]=i,O[3]=c,O[4]=f,O[5]=a,O[6]=l,O[7]=u,O[8]=d,O[9]=h,O[10]=p,O[11]=y,O[12]=w,O[13]=B,O[14]=x,O[15]=b,O.set(it,16);let E=Cn(this.length),A=Mn(this.length);O[24]=it[8]^E,O[25]=it[9]^A,r&&(O[28]=~O[28],O[29]=~O[29]);let S=0,R=Ur;for(let I=0;I<12;I++)Kt(0,4,8,12,t,n+2*R[S++]),Pt(0,4,8,12,t,n+2*R[S++]),Kt(1,5,9,13,t,n+2*R[S++]),Pt(1,5,9,13,t,n+2*R[S++]),Kt(2,6,10,14,t,n+2*R[S++]),Pt(2,6,10,14,t,n+2*R[S++]),Kt(3,7,11,15,t,n+2*R[S++]),Pt(3,7,11,15,t,n+2*R[S++]),Kt(0,5,10,15,t,n+2*R[S++]),Pt(0,5,10,15,t,n+2*R[S++]),Kt(1,6,11,12,t,n+2*R[S++]),Pt(1,6,11,12,t,n+2*R[S++]),Kt(2,7,8,13,t,n+2*R[S++]),Pt(2,7,8,13,t,n+2*R[S++]),Kt(3,4,9,14,t,n+2*R[S++]),Pt(3,4,9,14,t,n+2*R[S++]);this.v0l^=O[0]^O[16],this.v0h^=O[1]^O[17],this.v1l^=O[2]^O[18],this.v1h^=O[3]^O[19],this.v2l^=O[4]^O[20],this.v2h^=O[5]^O[21],this.v3l^=O[6]^O[22],this.v3h^=O[7]^O[23],this.v4l^=O[8]^O[24],this.v4h^=O[9]^O[25],this.v5l^=O[10]^O[26],this.v5h^=O[11]^O[27],this.v6l^=O[12]^O[28],this.v6h^=O[13]^O[29],this.v7l^=O[14]^O[30],this.v7h^=O[15]^O[31],V(O)}destroy(){this.destroyed=!0,V(this.buffer32),this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0)}},de=kt(e=>new Pn(e));var on={Argon2d:0,Argon2i:1,Argon2id:2},ke=4,Yr=(e,t="")=>e===void 0?Uint8Array.of():Je(e,t),st=new Uint32Array(256);function qt(e,t,n,r){let o=st[2*e],s=st[2*e+1],i=st[2*t],c=st[2*t+1],f=st[2*n],a=st[2*n+1],l=st[2*r],u=st[2*r+1],d=0,h=0,p=0,y=0,w=0;d=Math.imul(o,i),h=((o>>>0)*(i>>>0)-(d>>>0))/4294967296+.5|0,p=(o>>>0)+(i>>>0)+(d<<1>>>0),s=s+c+(h<<1|d>>>31)+(p/4294967296|0)|0,o=p|0,y=u^s,w=l^o,u=w,l=y,d=Math.imul(f,l),h=((f>>>0)*(l>>>0)-(d>>>0))/4294967296+.5|0,p=(f>>>0)+(l>>>0)+(d<<1>>>0),a=a+u+(h<<1|d>>>31)+(p/4294967296|0)|0,f=p|0,y=c^a,w=i^f,c=y>>>24|w<<8,i=y<<8|w>>>24,d=Math.imul(o,i),h=((o>>>0)*(i>>>0)-(d>>>0))/4294967296+.5|0,p=(o>>>0)+(i>>>0)+(d<<1>>>0),s=s+c+(h<<1|d>>>31)+(p/4294967296|0)|0,o=p|0,y=u^s,w=l^o,u=y>>>16|w<<16,l=y<<16|w>>>16,d=Math.imul(f,l),h=((f>>>0)*(l>>>0)-(d>>>0))/4294967296+.5|0,p=(f>>>0)+(l>>>0)+(d<<1>>>0),a=a+u+(h<<1|d>>>31)+(p/4294967296|0)|0,f=p|0,y=c^a,w=i^f,c=y<<1|w>>>31,i=y>>>31|w<<1,st[2*e]=o,st[2*e+1]=s,st[2*t]=i,st[2*t+1]=c,st[2*n]=f,st[2*n+1]=a,st[2*r]=l,st[2*r+1]=u}function Gr(e,t,n,r,o,s,i,c,f,a,l,u,d,h,p,y){qt(e,o,f,d),qt(t,s,a,h),qt(n,i,l,p),qt(r,c,u,y),qt(e,s,l,y),qt(t,i,u,d),qt(n,c,f,h),qt(r,o,a,p)}function Re(e,t,n,r,o){if(o)for(let s=0;s<256;s++){let i=e[t+s]^e[n+s];st[s]=i,e[r+s]^=i}else for(let s=0;s<256;s++){let i=e[t+s]^e[n+s];st[s]=i,e[r+s]=i}for(let s=0;s<128;s+=16)Gr(s,s+1,s+2,s+3,s+4,s+5,s+6,s+7,s+8,s+9,s+10,s+11,s+12,s+13,s+14,s+15);for(let s=0;s<16;s+=2)Gr(s,s+1,s+16,s+17,s+32,s+33,s+48,s+49,s+64,s+65,s+80,s+81,s+96,s+97,s+112,s+113);for(let s=0;s<256;s++)e[r+s]^=st[s];V(st)}function qn(e,t){let n=_e(e),r=new Uint32Array(1),o=_e(r);if(r[0]=ut(t),t<=64)return de.create({dkLen:t}).update(o).update(n).digest();let s=new Uint8Array(t),i=de.create({}).update(o).update(n).digest(),c=0;for(s.set(i.subarray(0,32)),c+=32;t-c>64;c+=32){let f=de.create({}).update(i);f.digestInto(i),f.destroy(),s.set(i.subarray(0,32),c)}return s.set(de(i,{dkLen:t-c}),c),V(i,r),s}function Cs(e,t,n,r,o,s,i=!1){let c;e===0?t===0?c=o-1:i?c=t*r+o-1:c=t*r+(o==0?-1:0):i?c=n-r+o-1:c=n-r+(o==0?-1:0);let f=e!==0&&t!==ke-1?(t+1)*r:0,a=Math.imul(s,s),l=((s>>>0)*(s>>>0)-(a>>>0))/4294967296+.5|0,u=Math.imul(c,l),d=((c>>>0)*(l>>>0)-(u>>>0))/4294967296+.5|0,h=c-1-d;return(f+h)%n}var Ns=Math.pow(2,32),Vr=1024**2,Ds=Vr*1024;function jt(e){return Number.isSafeInteger(e)&&e>=0&&e<Ns}function Ks(e={}){e=ee({},e);let t={t:3,m:Vr,p:1,version:19,dkLen:32,maxmem:Ds,asyncTick:10};for(let[a,l]of Object.entries(e))l!==void 0&&(t[a]=l);let{dkLen:n,p:r,m:o,t:s,version:i,onProgress:c,asyncTick:f}=t;if(!jt(n)||n<4)throw new Error(\'"dkLen" must be 4..\');if(!jt(r)||r<1||r>=Math.pow(2,24))throw new Error(\'"p" must be 1..2^24\');if(!jt(o))throw new Error(\'"m" must be 0..2^32\');if(!jt(s)||s<1)throw new Error(\'"t" (iterations) must be 1..2^32\');if(c!==void 0&&typeof c!="function")throw new Error(\'"onProgress" must be a function\');if(tt(f,"asyncTick"),!jt(o)||o<8*r)throw new Error(\'"m" (memory) must be at least 8*p bytes\');if(i!==16&&i!==19)throw new Error(\'"version" must be 0x10 or 0x13, got \'+i);return t}function Ps(e,t,n,r){let o=[],s=new Uint32Array(1),i=_e(s),c,f,a=!1,l=(u,d)=>(typeof u=="string"&&o.push(d),d);try{let u=l(e,Je(e,"password")),d=l(t,Je(t,"salt"));if(!jt(u.length))throw new Error(\'"password" must be less of length 1..4Gb\');if(!jt(d.length)||d.length<8)throw new Error(\'"salt" must be of length 8..4Gb\');if(!Object.values(on).includes(n))throw new Error(\'"type" was invalid\');let{p:h,dkLen:p,m:y,t:w,version:B,key:x,personalization:b,maxmem:E,onProgress:A,asyncTick:S}=Ks(r),R=x;x=l(R,Yr(R,"key"));let I=b;b=l(I,Yr(I,"personalization")),c=de.create();for(let T of[h,p,y,w,B,n])s[0]=ut(T),c.update(i);for(let T of[u,d,x,b])s[0]=ut(T.length),c.update(i).update(T);return f=new Uint32Array(18),c.digestInto(_e(f)),a=!0,{H0:f,p:h,dkLen:p,m:y,t:w,version:B,maxmem:E,onProgress:A,asyncTick:S}}finally{c&&c.destroy(),V(s,...o),!a&&f&&V(f)}}function qs(e,t,n,r){let{H0:o,p:s,dkLen:i,m:c,t:f,version:a,maxmem:l,onProgress:u,asyncTick:d}=Ps(e,t,n,r);try{let h=s,p=4*s*Math.floor(c/(ke*s)),y=Math.floor(p/s),w=Math.floor(y/ke),B=p*1024;if(!jt(l))throw new Error(\'"maxmem" expected <2**32, got \'+l);if(B>l)throw new Error(\'"maxmem" limit was hit: memUsed(mP*1024)=\'+B+", maxmem="+l);let x=new Uint32Array(B/4);for(let E=0;E<s;E++){let A=256*y*E;o[17]=ut(E),o[16]=ut(0),x.set(bt(yt(qn(o,1024))),A),o[16]=ut(1),x.set(bt(yt(qn(o,1024))),A+256)}let b=()=>{};if(u){let E=f*ke*s*w-2*s,A=Math.max(Math.floor(E/1e4),1),S=0;b=()=>{S++,u&&(!(S%A)||S===E)&&u(S/E)}}return{type:n,mP:p,p:s,t:f,version:a,B:x,laneLen:y,lanes:h,segmentLen:w,dkLen:i,perBlock:b,asyncTick:d}}finally{V(o)}}function js(e,t,n,r){let o=new Uint32Array(256);for(let i=0;i<t;i++)for(let c=0;c<256;c++)o[c]^=e[256*(n*i+n-1)+c];let s=qn(bt(o),r);return V(e,o),s}function*$s(e,t){let{type:n,mP:r,p:o,t:s,version:i,B:c,laneLen:f,lanes:a,segmentLen:l,perBlock:u}=e;t[262]=r,t[264]=s,t[266]=n;for(let d=0;d<s;d++){let h=d!==0&&i===19;t[256]=d;for(let p=0;p<ke;p++){t[260]=p;let y=n==on.Argon2i||n==on.Argon2id&&d===0&&p<2;for(let w=0;w<o;w++){t[258]=w,t[268]=0;let B=0;d===0&&p===0&&(B=2,y&&(t[268]++,Re(t,256,2*256,0,!1),Re(t,0,2*256,0,!1)));let x=w*f+p*l+B;for(let b=B;b<l;b++,x++){u();let E=x%f?x-1:x+f-1,A,S;if(y){let k=b%128;k===0&&(t[268]++,Re(t,256,2*256,0,!1),Re(t,0,2*256,0,!1)),A=t[2*k],S=t[2*k+1]}else{let k=256*E;A=c[k],S=c[k+1]}let R=d===0&&p===0?w:S%a,I=Cs(d,p,f,l,b,A,R==w),T=f*R+I;Re(c,256*E,256*T,x*256,h),yield}}}}V(t)}async function zs(e,t,n,r){let o=qs(t,n,e,r),s=new Uint32Array(3*256),i=$s(o,s),c=()=>V(s,o.B),f=Date.now();for(;!i.next().done;){let a=Date.now()-f;a>=0&&a<o.asyncTick||(await Lr(c),f=Date.now())}return js(o.B,o.p,o.laneLen,o.dkLen)}var Wr=(e,t,n={})=>zs(on.Argon2id,e,t,n);var sn=class{oHash;iHash;blockLen;outputLen;canXOF=!1;finished=!1;destroyed=!1;constructor(t,n){if(wt(t),q(n,void 0,"key"),this.iHash=t.create(),typeof this.iHash.update!="function")throw new Error("expected Hash instance");this.blockLen=this.iHash.blockLen,this.outputLen=this.iHash.outputLen;let r=this.blockLen,o=new Uint8Array(r);o.set(n.length>r?t.create().update(n).digest():n);for(let s=0;s<o.length;s++)o[s]^=54;this.iHash.update(o),this.oHash=t.create();for(let s=0;s<o.length;s++)o[s]^=106;this.oHash.update(o),V(o)}update(t){return mt(this),this.iHash.update(t),this}digestInto(t){mt(this),Dt(t,this),this.finished=!0;let n=t.subarray(0,this.outputLen);this.iHash.digestInto(n),this.oHash.update(n),this.oHash.digestInto(n),this.destroy()}digest(){let t=new Uint8Array(this.oHash.outputLen);return this.digestInto(t),t}_cloneInto(t){t||=Object.create(Object.getPrototypeOf(this),{});let{oHash:n,iHash:r,finished:o,destroyed:s,blockLen:i,outputLen:c,canXOF:f}=this;return t=t,t.finished=o,t.destroyed=s,t.blockLen=i,t.outputLen=c,t.canXOF=f,t.oHash=n._cloneInto(t.oHash),t.iHash=r._cloneInto(t.iHash),t}clone(){return this._cloneInto()}destroy(){this.destroyed=!0,this.oHash.destroy(),this.iHash.destroy()}},Ie=(()=>{let e=((t,n,r)=>new sn(t,n).update(r).digest());return e.create=(t,n)=>new sn(t,n),e})();function cn(e,t,n){return wt(e),n===void 0&&(n=new Uint8Array(e.outputLen)),Ie(e,n,t)}var Le=Uint8Array.of(0),Zs=Uint8Array.of();function $t(e,t,n,r=32,o){wt(e),tt(r,"length"),q(t,void 0,"prk");let s=e.outputLen;if(t.length<s)throw new Error(\'"prk" must be at least HashLen octets\');if(r>255*s)throw new Error("Length must be <= 255*HashLen");let i=Math.ceil(r/s);if(n===void 0?n=Zs:q(n,void 0,"info"),!i)return o&&V(t),new Uint8Array;let c=o&&i===1?t:new Uint8Array(i*s),{iHash:f,oHash:a}=Ie.create(e,t),l=o?t:new Uint8Array(s),u=i>1?o?.iHash||e.create():void 0;for(let h=0;h<i-1;h++){Le[0]=h+1;let p=f._cloneInto(u);h&&p.update(l),p.update(n).update(Le).digestInto(l),a._cloneInto(u).update(l).digestInto(l),c.set(l,s*h)}if(Le[0]=i,i>1&&f.update(l),f.update(n).update(Le).digestInto(l),a.update(l).digestInto(l),c.set(l,s*(i-1)),f.destroy(),a.destroy(),u?.destroy(),l!==c&&V(l),V(Le),r===c.length)return c;let d=c.slice(0,r);return V(c),d}var Xs=Uint32Array.from([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),zt=new Uint32Array(64),jn=class extends ve{A=0;B=0;C=0;D=0;E=0;F=0;G=0;H=0;constructor(t,n){super(64,t,8,!1),this.A=n[0]|0,this.B=n[1]|0,this.C=n[2]|0,this.D=n[3]|0,this.E=n[4]|0,this.F=n[5]|0,this.G=n[6]|0,this.H=n[7]|0}get(){let{A:t,B:n,C:r,D:o,E:s,F:i,G:c,H:f}=this;return[t,n,r,o,s,i,c,f]}set(t,n,r,o,s,i,c,f){this.A=t|0,this.B=n|0,this.C=r|0,this.D=o|0,this.E=s|0,this.F=i|0,this.G=c|0,this.H=f|0}_cloneInto(t){return(t||=new this.constructor).set(...this.get()),this._cloneIntoMeta(t)}process(t,n){for(let u=0;u<16;u++,n+=4)zt[u]=t.getUint32(n,!1);for(let u=16;u<64;u++){let d=zt[u-15],h=zt[u-2],p=_t(d,7)^_t(d,18)^d>>>3,y=_t(h,17)^_t(h,19)^h>>>10;zt[u]=y+zt[u-7]+p+zt[u-16]|0}let{A:r,B:o,C:s,D:i,E:c,F:f,G:a,H:l}=this;for(let u=0;u<64;u++){let d=_t(c,6)^_t(c,11)^_t(c,25),h=l+d+jr(c,f,a)+Xs[u]+zt[u]|0,y=(_t(r,2)^_t(r,13)^_t(r,22))+$r(r,o,s)|0;l=a,a=f,f=c,c=i+h|0,i=s,s=o,o=r,r=h+y|0}r=r+this.A|0,o=o+this.B|0,s=s+this.C|0,i=i+this.D|0,c=c+this.E|0,f=f+this.F|0,a=a+this.G|0,l=l+this.H|0,this.set(r,o,s,i,c,f,a,l)}roundClean(){V(zt)}destroy(){this.destroyed=!0,this.set(0,0,0,0,0,0,0,0),V(this.buffer)}},$n=class extends jn{constructor(){super(32,zr)}};var Qr=rn(["0x428a2f98d728ae22","0x7137449123ef65cd","0xb5c0fbcfec4d3b2f","0xe9b5dba58189dbbc","0x3956c25bf348b538","0x59f111f1b605d019","0x923f82a4af194f9b","0xab1c5ed5da6d8118","0xd807aa98a3030242","0x12835b0145706fbe","0x243185be4ee4b28c","0x550c7dc3d5ffb4e2","0x72be5d74f27b896f","0x80deb1fe3b1696b1","0x9bdc06a725c71235","0xc19bf174cf692694","0xe49b69c19ef14ad2","0xefbe4786384f25e3","0x0fc19dc68b8cd5b5","0x240ca1cc77ac9c65","0x2de92c6f592b0275","0x4a7484aa6ea6e483","0x5cb0a9dcbd41fbd4","0x76f988da831153b5","0x983e5152ee66dfab","0xa831c66d2db43210","0xb00327c898fb213f","0xbf597fc7beef0ee4","0xc6e00bf33da88fc2","0xd5a79147930aa725","0x06ca6351e003826f","0x142929670a0e6e70","0x27b70a8546d22ffc","0x2e1b21385c26c926","0x4d2c6dfc5ac42aed","0x53380d139d95b3df","0x650a73548baf63de","0x766a0abb3c77b2a8","0x81c2c92e47edaee6","0x92722c851482353b","0xa2bfe8a14cf10364","0xa81a664bbc423001","0xc24b8b70d0f89791","0xc76c51a30654be30","0xd192e819d6ef5218","0xd69906245565a910","0xf40e35855771202a","0x106aa07032bbd1b8","0x19a4c116b8d2d0c8","0x1e376c085141ab53","0x2748774cdf8eeb99","0x34b0bcb5e19b48a8","0x391c0cb3c5c95a63","0x4ed8aa4ae3418acb","0x5b9cca4f7763e373","0x682e6ff3d6b2b8a3","0x748f82ee5defb2fc","0x78a5636f43172f60","0x84c87814a1f0ab72","0x8cc702081a6439ec","0x90befffa23631e28","0xa4506cebde82bde9","0xbef9a3f7b2c67915","0xc67178f2e372532b","0xca273eceea26619c","0xd186b8c721c0c207","0xeada7dd6cde0eb1e","0xf57d4f7fee6ed178","0x06f067aa72176fba","0x0a637dc5a2c898a6","0x113f9804bef90dae","0x1b710b35131c471b","0x28db77f523047d84","0x32caab7b40c72493","0x3c9ebe0a15c9bebc","0x431d67c49c100d4c","0x4cc5d4becb3e42b6","0x597f299cfc657e2a","0x5fcb6fab3ad6faec","0x6c44198c4a475817"].map(e=>BigInt(e))),Ys=Qr[0],Gs=Qr[1],Zt=new Uint32Array(80),Xt=new Uint32Array(80),fn=class extends ve{Ah=0;Al=0;Bh=0;Bl=0;Ch=0;Cl=0;Dh=0;Dl=0;Eh=0;El=0;Fh=0;Fl=0;Gh=0;Gl=0;Hh=0;Hl=0;constructor(t,n){super(128,t,16,!1),this.Ah=n[0]|0,this.Al=n[1]|0,this.Bh=n[2]|0,this.Bl=n[3]|0,this.Ch=n[4]|0,this.Cl=n[5]|0,this.Dh=n[6]|0,this.Dl=n[7]|0,this.Eh=n[8]|0,this.El=n[9]|0,this.Fh=n[10]|0,this.Fl=n[11]|0,this.Gh=n[12]|0,this.Gl=n[13]|0,this.Hh=n[14]|0,this.Hl=n[15]|0}get(){let{Ah:t,Al:n,Bh:r,Bl:o,Ch:s,Cl:i,Dh:c,Dl:f,Eh:a,El:l,Fh:u,Fl:d,Gh:h,Gl:p,Hh:y,Hl:w}=this;return[t,n,r,o,s,i,c,f,a,l,u,d,h,p,y,w]}set(t,n,r,o,s,i,c,f,a,l,u,d,h,p,y,w){this.Ah=t|0,this.Al=n|0,this.Bh=r|0,this.Bl=o|0,this.Ch=s|0,this.Cl=i|0,this.Dh=c|0,this.Dl=f|0,this.Eh=a|0,this.El=l|0,this.Fh=u|0,this.Fl=d|0,this.Gh=h|0,this.Gl=p|0,this.Hh=y|0,this.Hl=w|0}_cloneInto(t){return(t||=new this.constructor).set(...this.get()),this._cloneIntoMeta(t)}process(t,n){for(let b=0;b<16;b++,n+=4)Zt[b]=t.getUint32(n),Xt[b]=t.getUint32(n+=4);for(let b=16;b<80;b++){let E=Zt[b-15]|0,A=Xt[b-15]|0,S=Tt(E,A,1)^Tt(E,A,8)^Nn(E,A,7),R=vt(E,A,1)^vt(E,A,8)^Dn(E,A,7),I=Zt[b-2]|0,T=Xt[b-2]|0,k=Tt(I,T,19)^ne(I,T,61)^Nn(I,T,6),D=vt(I,T,19)^re(I,T,61)^Dn(I,T,6),$=Nr(R,D,Xt[b-7],Xt[b-16]),Y=Dr($,S,k,Zt[b-7],Zt[b-16]);Zt[b]=Y|0,Xt[b]=$|0}let{Ah:r,Al:o,Bh:s,Bl:i,Ch:c,Cl:f,Dh:a,Dl:l,Eh:u,El:d,Fh:h,Fl:p,Gh:y,Gl:w,Hh:B,Hl:x}=this;for(let b=0;b<80;b++){let E=Tt(u,d,14)^Tt(u,d,18)^ne(u,d,41),A=vt(u,d,14)^vt(u,d,18)^re(u,d,41),S=u&h^~u&y,R=d&p^~d&w,I=Kr(x,A,R,Gs[b],Xt[b]),T=Pr(I,B,E,S,Ys[b],Zt[b]),k=I|0,D=Tt(r,o,28)^ne(r,o,34)^ne(r,o,39),$=vt(r,o,28)^re(r,o,34)^re(r,o,39),Y=r&s^r&c^s&c,L=o&i^o&f^i&f;B=y|0,x=w|0,y=h|0,w=p|0,h=u|0,p=d|0,{h:u,l:d}=xt(a|0,l|0,T|0,k|0),a=c|0,l=f|0,c=s|0,f=i|0,s=r|0,i=o|0;let P=Oe(k,$,L);r=Te(P,T,D,Y),o=P|0}({h:r,l:o}=xt(this.Ah|0,this.Al|0,r|0,o|0)),{h:s,l:i}=xt(this.Bh|0,this.Bl|0,s|0,i|0),{h:c,l:f}=xt(this.Ch|0,this.Cl|0,c|0,f|0),{h:a,l}=xt(this.Dh|0,this.Dl|0,a|0,l|0),{h:u,l:d}=xt(this.Eh|0,this.El|0,u|0,d|0),{h,l:p}=xt(this.Fh|0,this.Fl|0,h|0,p|0),{h:y,l:w}=xt(this.Gh|0,this.Gl|0,y|0,w|0),{h:B,l:x}=xt(this.Hh|0,this.Hl|0,B|0,x|0),this.set(r,o,s,i,c,f,a,l,u,d,h,p,y,w,B,x)}roundClean(){V(Zt,Xt)}destroy(){this.destroyed=!0,V(this.buffer),this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0)}},zn=class extends fn{constructor(){super(64,Xr)}},Zn=class extends fn{constructor(){super(48,Zr)}};var dt=kt(()=>new $n,It(1));var an=kt(()=>new zn,It(3)),Jr=kt(()=>new Zn,It(2));function Ue(e,t,n=()=>{}){if(!Array.isArray(e))throw new TypeError(`"${t}" expected array, got type=${typeof e}`);for(let r=0;r<e.length;r++)n(e[r],`${t}[${r}]`);return e}var X=(e,t,n)=>q(e,t,n),Xn=tt;function eo(e,t=""){if(typeof e!="string"){let n=t&&`"${t}" `;throw new TypeError(n+"expected string, got type="+typeof e)}return e}function Yt(e,t="object"){if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError(t==="object"?"expected valid options object":`"${t}" expected object, got type=${typeof e}`);return e}function oe(e,t){if(typeof e!="function")throw new TypeError(`"${t}" is invalid: expected function, got ${typeof e}`);return e}var Fe=We,ft=(...e)=>tn(...e),he=e=>Qe(e),Vt=Se,Lt=e=>en(e),ln=BigInt(0),to=BigInt(1),Vs=e=>e?`"${e}" `:"";function gt(e,t=""){if(typeof e!="boolean")throw new TypeError(Vs(t)+"expected boolean, got type="+typeof e);return e}function un(e){if(typeof e=="bigint"){if(!Gt(e))throw new RangeError("positive bigint expected, got "+e)}else Xn(e);return e}function Ut(e,t=""){if(typeof e!="number"){let n=t&&`"${t}" `;throw new TypeError(n+"expected number, got type="+typeof e)}if(!Number.isSafeInteger(e)){let n=t&&`"${t}" `;throw new RangeError(n+"expected safe integer, got "+e)}}function He(e){let t=un(e).toString(16);return t.length&1?"0"+t:t}function no(e){if(typeof e!="string")throw new TypeError("hex string expected, got "+typeof e);return e===""?ln:BigInt("0x"+e)}function Et(e){return no(We(e))}function Bt(e){return no(We(Wt(q(e)).reverse()))}function pe(e,t){if(tt(t),t===0)throw new Error("zero output length is invalid");e=un(e);let n=t*2,r=e.toString(16);if(r.length>n)throw new RangeError("number is too large");return Qe(r.padStart(n,"0"))}function Me(e,t){return pe(e,t).reverse()}function Wt(e){return Uint8Array.from(X(e))}function se(e){if(typeof e!="string")throw new TypeError("ascii string expected, got "+typeof e);return Uint8Array.from(e,(t,n)=>{let r=t.charCodeAt(0);if(t.length!==1||r>127)throw new RangeError(`string contains non-ASCII character "${e[n]}" with code ${r} at position ${n}`);return r})}function Gt(e){return typeof e=="bigint"&&ln<=e}function Yn(e,t,n){return Gt(e)&&Gt(t)&&Gt(n)&&t<=e&&e<n}function Rt(e,t,n,r){if(!Yn(t,n,r))throw new RangeError("expected valid "+e+": "+n+" <= n < "+r+", got "+t)}function be(e){if(e<ln)throw new Error("expected non-negative bigint, got "+e);return e===ln?0:e.toString(2).length}var Ce=e=>(Ut(e,"n"),(to<<BigInt(e))-to);function ro(e,t,n){if(tt(e,"hashLen"),tt(t,"qByteLen"),typeof n!="function")throw new TypeError("hmacFn must be a function");let r=w=>new Uint8Array(w),o=Uint8Array.of(),s=Uint8Array.of(0),i=Uint8Array.of(1),c=1e3,f=r(e),a=r(e),l=0,u=()=>{f.fill(1),a.fill(0),l=0},d=(...w)=>n(a,ft(f,...w)),h=(w=o)=>{a=d(s,w),f=d(),w.length!==0&&(a=d(i,w),f=d())},p=()=>{if(l++>=c)throw new Error("drbg: tried max amount of iterations");let w=0,B=[];for(;w<t;){f=d();let x=f.slice();B.push(x),w+=f.length}return ft(...B)};return(w,B)=>{u(),h(w);let x;for(;(x=B(p()))===void 0;)h();return u(),x}}function at(e,t={},n={},r="object"){Yt(e,r),Yt(t,"fields"),Yt(n,"optFields");function o(i,c,f){let a=r==="object"?`param "${String(i)}"`:`"${r}.${String(i)}"`,l=e[i];if(!Object.hasOwn(e,i)&&(f?l!==void 0:c!=="function"))throw new TypeError(`${a} is invalid: expected own property`);if(f&&l===void 0)return;let u=typeof l;if(u!==c||l===null)throw new TypeError(`${a} is invalid: expected ${c}, got ${u}`)}let s=(i,c)=>Object.entries(i).forEach(([f,a])=>o(f,a,c));s(t,!1),s(n,!0)}var ct=BigInt(0),G=BigInt(1),Qt=BigInt(2),io=BigInt(3),Gn=BigInt(4),co=BigInt(5),Ws=BigInt(7),fo=BigInt(8),Qs=BigInt(9),Js=BigInt(15),ao=BigInt(16),ti=BigInt("0x10000000000000000");function W(e,t){if(t<=ct)throw new Error("mod: expected positive modulus, got "+t);let n=e%t;return n>=ct?n:t+n}function lo(e,t,n){if(n<=G)throw new Error("pow: expected modulus > 1, got "+n);if(typeof t!="bigint")throw new TypeError("invalid exponent: expected bigint, got "+typeof t);if(t<ct)throw new Error("invalid exponent, negatives unsupported");if(t===ct)return G;if(t===G)return e;let r=e%n;if(r<ct&&(r+=n),t<ti){let c=G;for(;t>ct;)t&G&&(c=c*r%n),r=r*r%n,t>>=G;return c}let o=[];for(;t>ct;)o.push(Number(t&Js)),t>>=Gn;let s=new Array(16);s[0]=G,s[1]=r;for(let c=2;c<16;c++)s[c]=s[c-1]*r%n;let i=s[o[o.length-1]];for(let c=o.length-2;c>=0;c--){i=i*i%n,i=i*i%n,i=i*i%n,i=i*i%n;let f=o[c];f!==0&&(i=i*s[f]%n)}return i}function At(e,t,n){if(n<=G)throw new Error("pow2: expected modulus > 1, got "+n);if(t<ct)throw new Error("pow2: expected non-negative exponent, got "+t);let r=e;for(;t-- >ct;)r*=r,r%=n;return r}function oo(e,t){if(e===ct)throw new Error("invert: expected non-zero number");if(t<=G)throw new Error("invert: expected modulus > 1, got "+t);let n=W(e,t),r=t,o=ct,s=G;for(;n!==ct;){let c=r/n,f=r-n*c,a=o-s*c;r=n,n=f,o=s,s=a}if(r!==G)throw new Error("invert: does not exist");return W(o,t)}function uo(e,t){if(t<=G)throw new Error("invertCt: expected prime modulus > 1, got "+t);let n=W(e,t);if(n===ct)throw new Error("invertCt: expected non-zero number");let r=lo(n,t-Qt,t);if(W(n*r,t)!==G)throw new Error("invertCt: does not exist");return r}function Vn(e,t,n){let r=e;if(!r.eql(r.sqr(t),n))throw new Error("Cannot find square root")}function Wn(e,t){if((e&G)===ct)throw new Error(t+": expected odd modulus, got "+e)}function ho(e,t){let n=e,r=(n.ORDER+G)/Gn,o=n.pow(t,r);return Vn(n,o,t),o}function ei(e,t){let n=e,r=(n.ORDER-co)/fo,o=n.mul(t,Qt),s=n.pow(o,r),i=n.mul(t,s),c=n.mul(n.mul(i,Qt),s),f=n.mul(i,n.sub(c,n.ONE));return Vn(n,f,t),f}function ni(e){let t=pn(e),n=po(e),r=n(t,t.neg(t.ONE)),o=n(t,r),s=n(t,t.neg(r)),i=(e+Ws)/ao;return((c,f)=>{let a=c,l=a.pow(f,i),u=a.mul(l,r),d=a.mul(l,o),h=a.mul(l,s),p=a.eql(a.sqr(u),f),y=a.eql(a.sqr(d),f);l=a.cmov(l,u,p),u=a.cmov(h,d,y);let w=a.eql(a.sqr(u),f),B=a.cmov(l,u,w);return Vn(a,B,f),B})}function po(e){if(e<io)throw new Error("sqrt is not defined for small field");Wn(e,"tonelliShanks");let t=e-G,n=0;for(;t%Qt===ct;)t/=Qt,n++;let r=Qt,o=pn(e);for(;Ne(o,r)===1;)if(r++>1e3)throw new Error("Cannot find square root: probably non-prime P");if(n===1)return ho;let s=o.pow(r,t),i=(t+G)/Qt;return function(f,a){let l=f;if(l.is0(a))return a;if(Ne(l,a)!==1)throw new Error("Cannot find square root");let u=n,d=l.mul(l.ONE,s),h=l.pow(a,t),p=l.pow(a,i);for(;!l.eql(h,l.ONE);){if(l.is0(h))throw new Error("Cannot find square root: probably non-prime P");let y=1,w=l.sqr(h);for(;!l.eql(w,l.ONE);)if(y++,w=l.sqr(w),y===u)throw new Error("Cannot find square root");let B=G<<BigInt(u-y-1),x=l.pow(d,B);u=y,d=l.sqr(x),h=l.mul(h,d),p=l.mul(p,x)}return p}}function ri(e){return Wn(e,"Fp.sqrt"),e%Gn===io?ho:e%fo===co?ei:e%ao===Qs?ni(e):po(e)}var bo=(e,t)=>(W(e,t)&G)===G,oi=["create","isValid","is0","neg","inv","sqrt","sqr","eql","add","sub","mul","pow","div","addN","subN","mulN","sqrN"];function ge(e){if(Yt(e,"field"),typeof e.ORDER!="bigint")throw new TypeError(\'param "ORDER" is invalid: expected bigint, got \'+typeof e.ORDER);Ut(e.BYTES,"BYTES"),Ut(e.BITS,"BITS");for(let t of oi)oe(e[t],"field."+t);if(e.BYTES<1||e.BITS<1)throw new Error("invalid field: expected BYTES/BITS > 0");if(e.ORDER<=G)throw new Error("invalid field: expected ORDER > 1, got "+e.ORDER);return e}function hn(e,t,n=!1){ge(e),Ue(t,"nums"),gt(n,"passZero");let r=e,o=new Array(t.length).fill(n?r.ZERO:void 0),s=t.reduce((c,f,a)=>r.is0(f)?c:(o[a]=c,r.mul(c,f)),r.ONE),i=r.inv(s);return t.reduceRight((c,f,a)=>r.is0(f)?c:(o[a]=r.mul(c,o[a]),r.mul(c,f)),i),o}function Ne(e,t){ge(e);let n=e;Wn(n.ORDER,"FpLegendre");let r=(n.ORDER-G)/Qt,o=n.pow(t,r),s=n.eql(o,n.ONE),i=n.eql(o,n.ZERO),c=n.eql(o,n.neg(n.ONE));if(!s&&!i&&!c)throw new Error("invalid Legendre symbol result");return s?1:i?0:-1}function si(e,t){if(t!==void 0&&Xn(t),e<=ct)throw new Error("invalid n length: expected positive n, got "+e);if(t!==void 0&&t<1)throw new Error("invalid n length: expected positive bit length, got "+t);let n=be(e);if(t!==void 0&&t<n)throw new Error(`invalid n length: expected nBitLength (${t}) >= bitLen(n) (${n})`);let r=t!==void 0?t:n,o=Math.ceil(r/8);return{nBitLength:r,nByteLength:o}}var so=new WeakMap,dn=class{ORDER;BITS;BYTES;isLE;ZERO=ct;ONE=G;_lengths;_mod;constructor(t,n={}){if(t<=G)throw new Error("invalid field: expected ORDER > 1, got "+t);let r;this.isLE=!1,n!=null&&typeof n=="object"&&(typeof n.BITS=="number"&&(r=n.BITS),typeof n.sqrt=="function"&&Object.defineProperty(this,"sqrt",{value:n.sqrt,enumerable:!0}),typeof n.isLE=="boolean"&&(this.isLE=n.isLE),n.allowedLengths&&(this._lengths=Object.freeze(n.allowedLengths.slice())),typeof n.modFromBytes=="boolean"&&(this._mod=n.modFromBytes));let{nBitLength:o,nByteLength:s}=si(t,r);if(s>2048)throw new Error("invalid field: expected ORDER of <= 2048 bytes");this.ORDER=t,this.BITS=o,this.BYTES=s,Object.freeze(this)}create(t){return W(t,this.ORDER)}isValid(t){if(typeof t!="bigint")throw new TypeError("invalid field element: expected bigint, got "+typeof t);return ct<=t&&t<this.ORDER}is0(t){return t===ct}isValidNot0(t){return!this.is0(t)&&this.isValid(t)}isOdd(t){return(t&G)===G}neg(t){return W(-t,this.ORDER)}eql(t,n){return t===n}sqr(t){return W(t*t,this.ORDER)}add(t,n){return W(t+n,this.ORDER)}sub(t,n){return W(t-n,this.ORDER)}mul(t,n){return W(t*n,this.ORDER)}pow(t,n){return lo(t,n,this.ORDER)}div(t,n){return W(t*oo(n,this.ORDER),this.ORDER)}sqrN(t){return t*t}addN(t,n){return t+n}subN(t,n){return t-n}mulN(t,n){return t*n}inv(t){return oo(t,this.ORDER)}sqrt(t){let n=so.get(this);return n||so.set(this,n=ri(this.ORDER)),n(this,t)}toBytes(t){return this.isLE?Me(t,this.BYTES):pe(t,this.BYTES)}fromBytes(t,n=!1){X(t);let{_lengths:r,BYTES:o,isLE:s,ORDER:i,_mod:c}=this;if(r){if(t.length<1||!r.includes(t.length)||t.length>o)throw new Error("Field.fromBytes: expected "+r+" bytes, got "+t.length);let a=new Uint8Array(o);a.set(t,s?0:a.length-t.length),t=a}if(t.length!==o)throw new Error("Field.fromBytes: expected "+o+" bytes, got "+t.length);let f=s?Bt(t):Et(t);if(c&&(f=W(f,i)),!n&&!this.isValid(f))throw new Error("invalid field element: outside of range 0..ORDER");return f}invertBatch(t){return hn(this,t,!0)}cmov(t,n,r){return gt(r,"condition"),r?n:t}};function pn(e,t={}){return Object.freeze(dn.prototype),new dn(e,t)}function go(e){if(typeof e!="bigint")throw new Error("field order must be bigint");if(e<=G)throw new Error("field order must be greater than 1");let t=be(e-G);return Math.ceil(t/8)}function bn(e){let t=go(e);return t+Math.ceil(t/2)}function Qn(e,t,n=!1){X(e);let r=e.length,o=go(t),s=Math.max(bn(t),16);if(r<s||r>1024)throw new Error("expected "+s+"-1024 bytes of input, got "+r);let i=n?Bt(e):Et(e),c=W(i,t-G)+G;return n?Me(c,o):pe(c,o)}var er=BigInt(0),De=BigInt(1),ii=BigInt(4),Jn=16,yo=128,ci=5,xo=2**31;function Jt(e){let t=e;if(typeof t!="function")throw new TypeError(\'"Point" expected constructor, got type=\'+typeof e);oe(t.fromAffine,"Point.fromAffine"),oe(t.fromBytes,"Point.fromBytes"),oe(t.fromHex,"Point.fromHex"),Yt(t.BASE,"Point.BASE"),Yt(t.ZERO,"Point.ZERO"),ge(t.Fp),ge(t.Fn)}function gn(e,t){Jt(e),mo(t,e);let n=hn(e.Fp,t.map(r=>r.Z));return t.map((r,o)=>e.fromAffine(r.toAffine(n[o])))}function fi(e,t,n=1){if(!Number.isSafeInteger(e)||e<n||e>t)throw new Error("invalid window size, expected ["+n+".."+t+"], got W="+e)}function ai(e,t){let n=e*(4*t+128);if(n>xo)throw new Error("invalid window size: table would need ~"+Math.ceil(n/2**20)+" MiB, max "+xo/2**20+" MiB")}function nr(e,t){if(e!==void 0){oe(e,"randomBytes");try{let n=e(t);if(!Vt(n)||n.length!==t)return}catch{return}return e}}function mo(e,t){Ue(e,"points"),e.forEach((n,r)=>{if(!(n instanceof t))throw new Error("invalid point at index "+r)})}function li(e,t,n){if(!Array.isArray(e))throw new Error("array of scalars expected");e.forEach((r,o)=>{if(!(n===void 0?t.isValid(r):Gt(r)&&r<n))throw new Error("invalid scalar at index "+o)})}var Eo=new WeakMap;function tr(e){return Eo.get(e)||1}function ui(e,t){let n=e.double(),r=[e];for(let o=1;o<t;o++)r.push(r[o-1].add(n));return r}function di(e,t){let n=2**t,r=n/2,o=BigInt(n-1),s=[];for(;e>er;){let i=0;e&De&&(i=Number(e&o),i>=r&&(i-=n),e-=BigInt(i)),s.push(i),e>>=De}return s}function hi(e,t,n){let r=2**t,o=r/2,s=BigInt(r-1),i=BigInt(t),c=[];for(let f=0;f<n;f++){let a=Number(e&s);e>>=i,a>o&&(a-=r,e+=De),c.push(a)}if(e!==er)throw new Error("invalid wnaf");return c}function pi(e,t,n){let r=0;for(let s of n)r=Math.max(r,s.length);let o=e;for(let s=r-1;s>=0;s--){s!==r-1&&(o=o.double());for(let i=0;i<n.length;i++){let c=n[i][s];if(c){let f=t[i][Math.abs(c)-1>>1];o=o.add(c<0?f.negate():f)}}}return o}var ye=class{Point;BASE;ZERO;randomBytes;wnafPrecomputes=new WeakMap;baseCanBeBlinded;bits;constructor(t,n){Jt(t),this.randomBytes=nr(n,Jn),this.Point=t,this.BASE=t.BASE,this.ZERO=t.ZERO,this.bits=t.Fn.BITS}buildWnafTable(t,n,r){let o=Math.ceil(r/n)+1,s=2**(n-1),i=[],c=t;for(let f=0;f<o;f++){let a=c;for(let l=0;l<s;l++)i.push(a),a=a.add(c);c=i[i.length-1].double()}return{W:n,bits:r,windows:o,comp:i}}wnafCachedCT(t,n){let{W:r,windows:o,comp:s}=t,i=2**(r-1),c=hi(n,r,o),f=this.ZERO,a=this.BASE;for(let l=0;l<o;l++){let u=c[l],d=l*i,h=Math.abs(u)-1,p=s[d];for(let w=1;w<i;w++)p=w===h?s[d+w]:p;let y=p.negate();u===0?a=a.add(s[d]):f=f.add(u<0?y:p)}return{p:f,f:a}}getWnafPrecomputes(t,n,r,o){let s=this.wnafPrecomputes.get(n),i=s?.find(c=>c.W===t&&c.bits===r);return i||(i=this.buildWnafTable(n,t,r),typeof o=="function"&&(i={...i,comp:o(i.comp)}),s||(s=[],this.wnafPrecomputes.set(n,s)),s.push(i)),i}assertPoint(t){if(!(t instanceof this.Point))throw new TypeError(\'"point" expected Point instance, got type=\'+typeof t)}validateMulInput(t,n){if(this.assertPoint(t),!Yn(n,De,this.Point.Fn.ORDER))throw new Error("invalid scalar")}runCT(t,n,r,o){let s=tr(t);return s===1?this.fixedWindowCT(t,n,r):this.wnafCachedCT(this.getWnafPrecomputes(s,t,r,o),n)}mulCT(t,n,r){return this.validateMulInput(t,n),this.runCT(t,n,this.bits,r)}mulCTBlinded(t,n,r){if(this.validateMulInput(t,n),this.randomBytes===void 0)throw new Error("randomBytes is required for scalar blinding");let o=this.Point.Fn.BITS+yo,s=this.randomBytes(Jn);if(!Vt(s)||s.length!==Jn)throw new Error("randomBytes returned invalid byte array");s[0]=s[0]&63|128;let i=n+Et(s)*this.Point.Fn.ORDER;return this.runCT(t,i,o,r)}fixedWindowCT(t,n,r){let o=ci,s=1<<o,i=Ce(o),c=new Array(s);c[0]=this.ZERO;for(let l=1;l<s;l++)c[l]=c[l-1].add(t);let f=Math.ceil(r/o),a=this.ZERO;for(let l=f-1;l>=0;l--){if(l!==f-1)for(let h=0;h<o;h++)a=a.double();let u=Number(n>>BigInt(l*o)&i),d=c[0];for(let h=1;h<s;h++)d=h===u?c[h]:d;a=a.add(d)}return{p:a,f:a}}shouldBlind(t,n){return this.randomBytes===void 0?!1:n===De?!0:t!==this.BASE?!1:(this.baseCanBeBlinded===void 0&&(this.baseCanBeBlinded=this.mulUnsafe(this.BASE,this.Point.Fn.ORDER).is0()),this.baseCanBeBlinded)}mulSecret(t,n,r,o){return this.shouldBlind(t,r)?this.mulCTBlinded(t,n,o):this.mulCT(t,n,o)}mulUnsafe(t,n,r){if(this.assertPoint(t),!Gt(n))throw new Error("invalid scalar");let o=tr(t);if(o===1||n>=this.Point.Fn.ORDER)return yn(this.Point,[t],[n],!0);let s=this.getWnafPrecomputes(o,t,this.bits,r);return this.wnafCachedCT(s,n).p}setWindowSize(t,n){this.assertPoint(t),fi(n,this.bits);let r=Math.ceil((this.bits+yo)/n)+1;ai(r*2**(n-1),this.Point.Fp.BYTES),Eo.set(t,n),this.wnafPrecomputes.delete(t)}hasWindowSize(t){return tr(t)!==1}};function yn(e,t,n,r=!1){if(Jt(e),mo(t,e),gt(r,"allowOversized"),li(n,e.Fn,r?e.Fn.ORDER**ii:void 0),t.length!==n.length)throw new Error("arrays of points and scalars must have equal length");let o=t.map(i=>ui(i,4)),s=n.map(i=>di(i,4));return pi(e.ZERO,o,s)}function wo(e,t,n){if(t){if(t.ORDER!==e)throw new Error("Field.ORDER must match order: Fp == p, Fn == n");return ge(t),t}else return pn(e,{isLE:n})}function xn(e,t,n={},r){if(e!=="weierstrass"&&e!=="edwards")throw new Error(\'expected curve type "weierstrass" or "edwards"\');if(r===void 0&&(r=e==="edwards"),!t||typeof t!="object")throw new Error(`expected valid ${e} CURVE object`);at(n);for(let f of["p","n","h"]){let a=t[f];if(!(Gt(a)&&a!==er))throw new Error(`CURVE.${f} must be positive bigint`)}let o=wo(t.p,n.Fp,r),s=wo(t.n,n.Fn,r),c=["Gx","Gy","a",e==="weierstrass"?"b":"d"];for(let f of c)if(!o.isValid(t[f]))throw new Error(`CURVE.${f} must be valid field element of CURVE.Fp`);return t=Object.freeze(Object.assign({},t)),{CURVE:t,Fp:o,Fn:s}}function xe(e,t){return function(r){let o=e(r);return{secretKey:o,publicKey:t(o)}}}var wn=BigInt(0),mn=BigInt(1),En=BigInt(2),bi=BigInt(4),Bo=BigInt(8);function gi(e,t,n,r){let o=e.sqr(n),s=e.sqr(r),i=e.add(e.mul(t.a,o),s),c=e.add(e.ONE,e.mul(t.d,e.mul(o,s)));return e.eql(i,c)}function Ao(e,t={}){at(t,{},{},"extraOpts");let n=t,r=xn("edwards",e,n,n.FpFnLE),{Fp:o,Fn:s}=r,i=r.CURVE,{h:c}=i;if(Ne(o,i.a)!==1)throw new Error("edwards: CURVE.a must be a square in Fp for complete addition formulas");if(Ne(o,i.d)!==-1)throw new Error("edwards: CURVE.d must be a non-square in Fp for complete addition formulas");at(n,{},{uvRatio:"function",randomBytes:"function"});let f=n.randomBytes===void 0?Lt:n.randomBytes,a=En<<BigInt(o.BYTES*8)-mn;function l(x){if(!o.isOdd)throw new Error("Field does not have .isOdd()");return o.isOdd(x)}let u=n.uvRatio===void 0?(x,b)=>{try{return{isValid:!0,value:o.sqrt(o.div(x,b))}}catch{return{isValid:!1,value:wn}}}:n.uvRatio;if(!gi(o,i,i.Gx,i.Gy))throw new Error("bad curve params: generator point");let d=o.eql(i.a,o.neg(o.ONE))?x=>o.neg(x):o.eql(i.a,o.ONE)?x=>x:x=>o.mul(i.a,x);function h(x,b,E=!1){let A=E?mn:wn;return Rt("coordinate "+x,b,A,a),b}function p(x){if(!(x instanceof y))throw new Error("EdwardsPoint expected")}class y{static BASE=new y(i.Gx,i.Gy,o.ONE,o.mul(i.Gx,i.Gy));static ZERO=new y(o.ZERO,o.ONE,o.ONE,o.ZERO);static Fp=o;static Fn=s;X;Y;Z;T;constructor(b,E,A,S){this.X=h("x",b),this.Y=h("y",E),this.Z=h("z",A,!0),this.T=h("t",S),Object.freeze(this)}static CURVE(){return i}static fromAffine(b){if(b instanceof y)throw new Error("extended point not allowed");let{x:E,y:A}=b||{};return h("x",E),h("y",A),new y(E,A,o.ONE,o.mul(E,A))}static fromBytes(b,E=!1){let A=o.BYTES,{a:S,d:R}=i;b=Wt(X(b,A,"point")),gt(E,"zip215");let I=Wt(b),T=b[A-1];I[A-1]=T&-129;let k=Bt(I),D=E?a:o.ORDER;Rt("point.y",k,wn,D);let $=o.sqr(k),Y=o.sub($,o.ONE),L=o.sub(o.mulN(R,$),S),{isValid:P,value:H}=u(Y,L);if(!P)throw new Error("bad point: invalid y coordinate");let F=l(H),Z=(T&128)!==0;if(!E&&o.is0(H)&&Z)throw new Error("bad point: x=0 and x_0=1");return Z!==F&&(H=o.neg(H)),y.fromAffine({x:H,y:k})}static fromHex(b,E=!1){return y.fromBytes(he(b),E)}get x(){return this.toAffine().x}get y(){return this.toAffine().y}precompute(b=6,E=!0){return B.setWindowSize(this,b),E||this.multiply(En),this}assertValidity(){let b=this,{a:E,d:A}=i;if(b.is0())throw new Error("bad point: ZERO");let{X:S,Y:R,Z:I,T}=b,k=o.sqr(S),D=o.sqr(R),$=o.sqr(I),Y=o.sqr($),L=o.mul(k,E),P=o.mul(o.add(L,D),$),H=o.add(Y,o.mul(A,o.mul(k,D)));if(!o.eql(P,H))throw new Error("bad point: equation left != right (1)");let F=o.mul(S,R),Z=o.mul(I,T);if(!o.eql(F,Z))throw new Error("bad point: equation left != right (2)")}equals(b){p(b);let{X:E,Y:A,Z:S}=this,{X:R,Y:I,Z:T}=b,k=o.mul(E,T),D=o.mul(R,S),$=o.mul(A,T),Y=o.mul(I,S);return o.eql(k,D)&&o.eql($,Y)}is0(){return this.equals(y.ZERO)}negate(){return new y(o.neg(this.X),this.Y,this.Z,o.neg(this.T))}double(){let{X:b,Y:E,Z:A}=this,S=o.sqr(b),R=o.sqr(E),I=o.mul(o.sqr(A),En),T=d(S),k=o.addN(b,E),D=o.sub(o.subN(o.sqr(k),S),R),$=o.addN(T,R),Y=o.subN($,I),L=o.subN(T,R),P=o.mul(D,Y),H=o.mul($,L),F=o.mul(D,L),Z=o.mul(Y,$);return new y(P,H,Z,F)}add(b){p(b);let{d:E}=i,{X:A,Y:S,Z:R,T:I}=this,{X:T,Y:k,Z:D,T:$}=b,Y=o.mul(A,T),L=o.mul(S,k),P=o.mul(o.mulN(I,E),$),H=o.mul(R,D),F=o.sub(o.subN(o.mulN(o.addN(A,S),o.addN(T,k)),Y),L),Z=o.subN(H,P),Q=o.addN(H,P),v=o.sub(L,d(Y)),g=o.mul(F,Z),m=o.mul(Q,v),_=o.mul(F,v),U=o.mul(Z,Q);return new y(g,m,U,_)}subtract(b){return p(b),this.add(b.negate())}multiply(b){if(!s.isValidNot0(b))throw new RangeError("invalid scalar: expected 1 <= sc < curve.n");let{p:E,f:A}=B.mulSecret(this,b,c,w);return w([E,A])[0]}multiplyUnsafe(b){if(!s.isValid(b))throw new RangeError("invalid scalar: expected 0 <= sc < curve.n");return b===wn?y.ZERO:this.is0()||b===mn?this:B.mulUnsafe(this,b,w)}isSmallOrder(){return this.clearCofactor().is0()}isTorsionFree(){return B.mulUnsafe(this,i.n).is0()}toAffine(b){let E=this,A=b;if(A!=null&&typeof A!="bigint")throw new TypeError(\'"invertedZ" expected bigint, got type=\'+typeof A);let{X:S,Y:R,Z:I}=E,T=E.is0();A==null&&(A=T?o.create(Bo):o.inv(I));let k=o.mul(S,A),D=o.mul(R,A),$=o.mul(I,A);if(T)return{x:o.ZERO,y:o.ONE};if(!o.eql($,o.ONE))throw new Error("invZ was invalid");return{x:k,y:D}}clearCofactor(){return c===mn?this:c===En?this.double():c===bi?this.double().double():c===Bo?this.double().double().double():this.multiplyUnsafe(c)}toBytes(){let{x:b,y:E}=this.toAffine(),A=o.toBytes(E);return A[A.length-1]|=l(b)?128:0,A}toHex(){return Fe(this.toBytes())}toString(){return`<Point ${this.is0()?"ZERO":this.toHex()}>`}}let w=x=>gn(y,x),B=new ye(y,f);return B.bits>=6&&y.BASE.precompute(6),Object.freeze(y.prototype),Object.freeze(y),y}function So(e,t,n={}){if(Jt(e),typeof t!="function")throw new Error(\'"hash" function param is required\');let r=t,o=n;at(o,{},{adjustScalarBytes:"function",randomBytes:"function",domain:"function",prehash:"function",zip215:"boolean",mapToCurve:"function",toMontgomery:"function",toMontgomerySecret:"function"});let{prehash:s}=o,{BASE:i,Fp:c,Fn:f}=e,a=r.outputLen,l=2*c.BYTES;if(a!==void 0&&(Ut(a,"hash.outputLen"),a!==l))throw new Error(`hash.outputLen must be ${l}, got ${a}`);let u=o.randomBytes===void 0?Lt:o.randomBytes,d=o.toMontgomery,h=o.toMontgomerySecret,p=o.adjustScalarBytes===void 0?L=>L:o.adjustScalarBytes,y=o.domain===void 0?(L,P,H)=>{if(gt(H,"phflag"),P.length||H)throw new Error("Contexts/pre-hash are not supported");return L}:o.domain;function w(L){return f.create(Bt(L))}function B(L){let P=T.secretKey;X(L,T.secretKey,"secretKey");let H=X(r(L),2*P,"hashedSecretKey"),F=p(H.slice(0,P)),Z=H.slice(P,2*P),Q=w(F);return{head:F,prefix:Z,scalar:Q}}function x(L){let{head:P,prefix:H,scalar:F}=B(L),Z=i.multiply(F),Q=Z.toBytes();return{head:P,prefix:H,scalar:F,point:Z,pointBytes:Q}}function b(L){return x(L).pointBytes}function E(L=Uint8Array.of(),...P){let H=ft(...P);return w(r(y(H,X(L,void 0,"context"),!!s)))}function A(L,P,H={}){at(H,{},{},"options"),L=Wt(X(L,void 0,"message")),s&&(L=s(L));let{prefix:F,scalar:Z,pointBytes:Q}=x(P),v=E(H.context,F,L),g=i.multiply(v).toBytes(),m=E(H.context,g,Q,L),_=f.create(v+m*Z);if(!f.isValid(_))throw new Error("sign failed: invalid s");let U=ft(g,f.toBytes(_));return X(U,T.signature,"result")}let S={zip215:o.zip215};function R(L,P,H,F=S){at(F);let{context:Z}=F,Q=F.zip215===void 0?!!S.zip215:F.zip215,v=T.signature;L=X(L,v,"signature"),P=X(P,void 0,"message"),H=X(H,T.publicKey,"publicKey"),Q!==void 0&&gt(Q,"zip215"),s&&(P=s(P));let g=v/2,m=L.subarray(0,g),_=Bt(L.subarray(g,v)),U,M,C;try{U=e.fromBytes(H,Q),M=e.fromBytes(m,Q),C=i.multiplyUnsafe(_)}catch{return!1}if(!Q&&U.isSmallOrder())return!1;let N=E(Z,m,H,P);return M.add(U.multiplyUnsafe(N)).subtract(C).clearCofactor().is0()}let I=c.BYTES,T={secretKey:I,publicKey:I,signature:2*I,seed:I};function k(L){return L=L===void 0?u(T.seed):L,X(L,T.seed,"seed")}function D(L){return Vt(L)&&L.length===T.secretKey}function $(L,P){try{return!!e.fromBytes(L,P===void 0?S.zip215:P)}catch{return!1}}let Y={getExtendedPublicKey:x,randomSecretKey:k,isValidSecretKey:D,isValidPublicKey:$,toMontgomery(L){if(d===void 0)throw new Error("Montgomery conversion is not supported for this curve");return d(e.fromBytes(L))},toMontgomerySecret(L){if(h===void 0)throw new Error("Montgomery conversion is not supported for this curve");return h(L)}};return Object.freeze(T),Object.freeze(Y),Object.freeze({keygen:xe(k,b),getPublicKey:b,sign:A,verify:R,utils:Y,Point:e,lengths:T})}function Ke(e,t="n"){if(typeof e!="number")throw new TypeError(`wrong u32 integer "${t}": expected number, got type=${typeof e}`);if(!Number.isSafeInteger(e)||e<0||e>4294967295)throw new RangeError(`wrong u32 integer "${t}": expected 0..4294967295, got ${e}`);return e}function Oo(e){return Ke(e,"x"),(e&e-1)===0&&e!==0}function rr(e,t){if(Ke(e),typeof t!="number")throw new TypeError(\'"bits" expected number, got type=\'+typeof t);if(!Number.isSafeInteger(t)||t<0||t>32)throw new Error(`expected integer 0 <= bits <= 32, got ${t}`);let n=0;for(let r=0;r<t;r++,e>>>=1)n=n<<1|e&1;return n>>>0}function To(e){return Ke(e),31-Math.clz32(e)}function _o(e){if(!e||typeof e!="object"||typeof e.length!="number")throw new TypeError(\'"values" expected array-like, got type=\'+typeof e);let t=e.length;if(!Oo(t))throw new Error("expected positive power-of-two length, got "+t);let n=To(t);for(let r=0;r<t;r++){let o=rr(r,n);if(r<o){let s=e[r];e[r]=e[o],e[o]=s}}return e}var or=(e,t)=>{at(t,{N:"number",roots:"object",dit:"boolean"},{invertButterflies:"boolean",skipStages:"number",brp:"boolean"},"coreOpts");let{N:n,roots:r,dit:o,invertButterflies:s=!1,skipStages:i=0,brp:c=!0}=t;Ke(n,"coreOpts.N");let f=To(n);if(!Oo(n))throw new Error("FFT: Polynomial size should be power of two");Ke(i,"coreOpts.skipStages");let a=f===0?0:f-1;if(i>a)throw new Error(`FFT: wrong skipStages: expected 0 <= skipStages <= ${a}`);if(r.length!==n)throw new Error(`FFT: wrong roots length: expected ${n}, got ${r.length}`);let l=o!==s;return u=>{if(u.length!==n)throw new Error("FFT: wrong Polynomial length");o&&c&&_o(u);for(let d=0,h=1;d<f-i;d++){let p=o?d+1+i:f-d,y=1<<p,w=y>>1,B=n>>p;for(let x=0;x<n;x+=y)for(let b=0,E=h++;b<w;b++){let A=s?o?n-E:E:b*B,S=x+b,R=x+b+w,I=r[A],T=u[R],k=u[S];if(l){let D=e.mul(T,I);u[S]=e.add(k,D),u[R]=e.sub(k,D)}else s?(u[S]=e.add(T,k),u[R]=e.mul(e.sub(T,k),I)):(u[S]=e.add(k,T),u[R]=e.mul(e.sub(k,T),I))}}return!o&&c&&_o(u),u}};var ie=BigInt(0),St=BigInt(1),Bn=BigInt(2);function vo(e,t){return e+t-(t>>St<<St)}function yi(e){let t=BigInt(6)*e;return(n,r,o)=>{let s=r+o,c=((t+o-r)*n+r)%e;return{x_2:c,x_3:s-c}}}function xi(e){return at(e,{P:"bigint",type:"string",adjustScalarBytes:"function",powPminus2:"function"},{randomBytes:"function",scalarMultBase:"function"}),Object.freeze({...e})}function Ro(e){let t=xi(e),{P:n,type:r,adjustScalarBytes:o,powPminus2:s,randomBytes:i}=t,c=t.scalarMultBase,f=r==="x25519";if(!f&&r!=="x448")throw new Error("invalid type");let a=i===void 0?Lt:i,l=f?255:448,u=yi(n),d=f?32:56,h=BigInt(f?9:5),p=BigInt(f?121665:39081),y=f?Bn**BigInt(254):Bn**BigInt(447),w=f?BigInt(8)*(Bn**BigInt(251)-St):BigInt(4)*(Bn**BigInt(445)-St),B=y+w+St,x=H=>W(H,n),b=E(h);function E(H){return Me(x(H),d)}function A(H){let F=Wt(X(H,d,"uCoordinate"));return f&&(F[31]&=127),x(Bt(F))}function S(H){return Bt(o(Wt(X(H,d,"scalar"))))}let R=new Set(f?[ie,St,n-St,BigInt("325606250916557431795983626356110631294008115727848805560023387167927233504"),BigInt("39382357235489614581723060781553021112529911719440698176882885853963445705823")]:[ie,St,n-St]);function I(H,F){let Z=A(F);if(R.has(Z))throw new Error("invalid private or public key received");let Q=$(Z,S(H));if(Q===ie)throw new Error("invalid private or public key received");return E(Q)}function T(H){if(c===void 0)return I(H,b);let F=S(H);Rt("scalar",F,y,B);let Z=x(c(F));if(Z===ie)throw new Error("invalid private or public key received");return E(Z)}let k=T,D=I;function $(H,F){Rt("u",H,ie,n),Rt("scalar",F,y,B);let Z=F,Q=H,v=St,g=ie,m=H,_=St,U=Z^Z>>St;for(let N=BigInt(l-1);N>=ie;N--){let K=vo(n,U>>N);({x_2:v,x_3:m}=u(K,v,m)),{x_2:g,x_3:_}=u(K,g,_);let z=v+g,j=x(z*z),nt=v-g,J=x(nt*nt),ot=j-J,pt=m+_,et=m-_,rt=x(et*z),ue=x(pt*nt),Ae=rt+ue,Nt=rt-ue;m=x(Ae*Ae),_=x(Q*x(Nt*Nt)),v=x(j*J),g=x(ot*(j+x(p*ot)))}let M=vo(n,Z);({x_2:v,x_3:m}=u(M,v,m)),{x_2:g,x_3:_}=u(M,g,_);let C=s(g);return x(v*C)}let Y={secretKey:d,publicKey:d,seed:d},L=H=>(H=H===void 0?a(d):H,X(H,Y.seed,"seed"),H),P={randomSecretKey:L};return Object.freeze(Y),Object.freeze(P),Object.freeze({keygen:xe(L,k),getSharedSecret:D,getPublicKey:k,scalarMult:I,scalarMultBase:T,utils:P,GuBytes:b.slice(),lengths:Y})}var ko=BigInt(0),sr=BigInt(1),Io=BigInt(2),wi=BigInt(3),mi=BigInt(5),Ei=BigInt(8),An=BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed"),Bi={p:An,n:BigInt("0x1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ed"),h:Ei,a:BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec"),d:BigInt("0x52036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3"),Gx:BigInt("0x216936d3cd6e53fec0a4e231fdd6dc5c692cc7609525a7b2c9562d608f25d51a"),Gy:BigInt("0x6666666666666666666666666666666666666666666666666666666666666658")};function Fo(e){let t=BigInt(10),n=BigInt(20),r=BigInt(40),o=BigInt(80),s=An,c=e*e%s*e%s,f=At(c,Io,s)*c%s,a=At(f,sr,s)*e%s,l=At(a,mi,s)*a%s,u=At(l,t,s)*l%s,d=At(u,n,s)*u%s,h=At(d,r,s)*d%s,p=At(h,o,s)*h%s,y=At(p,o,s)*h%s,w=At(y,t,s)*l%s;return{pow_p_5_8:At(w,Io,s)*e%s,b2:c}}function ir(e){return e[0]&=248,e[31]&=127,e[31]|=64,e}var Lo=BigInt("19681161376707505956807079304988542015446066515923890162744021073123829784752");function Ai(e,t){let n=An,r=W(t*t*t,n),o=W(r*r*t,n),s=Fo(e*o).pow_p_5_8,i=W(e*r*s,n),c=W(t*i*i,n),f=i,a=W(i*Lo,n),l=c===e,u=c===W(-e,n),d=c===W(-e*Lo,n);return l&&(i=f),(u||d)&&(i=a),bo(i,n)&&(i=W(-i,n)),{isValid:l||u,value:i}}var Pe=Ao(Bi,{uvRatio:Ai}),Uo=Pe.Fp;function Si(e){let{y:t}=e;return Uo.toBytes(Uo.div(sr+t,sr-t))}function _i(e){let t=Pe.Fp.BYTES;return q(e,t),ir(an(e.subarray(0,t))).subarray(0,t)}function Oi(e){return So(Pe,an,Object.assign({adjustScalarBytes:ir,toMontgomery:Si,toMontgomerySecret:_i,zip215:!0},e))}var Sn=Oi({});var _n=(()=>{let e=An,t=n=>{let{pow_p_5_8:r,b2:o}=Fo(n);return W(At(r,wi,e)*o,e)};return Ro({P:e,type:"x25519",powPminus2:t,adjustScalarBytes:ir,scalarMultBase:n=>{let r=W(n,Pe.Fn.ORDER);if(r===ko)return ko;let o=Pe.BASE.multiply(r);return W((o.Z+o.Y)*t(W(o.Z-o.Y,e)),e)}})})();var Ti=BigInt(0),cr=class extends Error{constructor(t=""){super(t)}},Ft={Err:cr,_tlv:{encode:(e,t)=>{let{Err:n}=Ft;if(Ut(e,"tag"),e<0||e>255)throw new n("tlv.encode: wrong tag");if(eo(t,"data"),t.length&1)throw new n("tlv.encode: unpadded data");let r=t.length/2,o=He(r);if(o.length/2&128)throw new n("tlv.encode: long form length too big");let s=r>127?He(o.length/2|128):"";return He(e)+s+o+t},decode(e,t){let{Err:n}=Ft;t=X(t,void 0,"DER data");let r=0;if(e<0||e>255)throw new n("tlv.decode: wrong tag");if(t.length<2||t[r++]!==e)throw new n("tlv.decode: wrong tlv");let o=t[r++],s=!!(o&128),i=0;if(!s)i=o;else{let f=o&127;if(!f)throw new n("tlv.decode(long): indefinite length not supported");if(f>4)throw new n("tlv.decode(long): byte length is too big");let a=t.subarray(r,r+f);if(a.length!==f)throw new n("tlv.decode: length bytes not complete");if(a[0]===0)throw new n("tlv.decode(long): zero leftmost byte");for(let l of a)i=i<<8|l;if(r+=f,i<128)throw new n("tlv.decode(long): not minimal encoding")}let c=t.subarray(r,r+i);if(c.length!==i)throw new n("tlv.decode: wrong value length");return{v:c,l:t.subarray(r+i)}}},_int:{encode(e){let{Err:t}=Ft;if(un(e),e<Ti)throw new t("integer: negative integers are not allowed");let n=He(e);if(Number.parseInt(n[0],16)&8&&(n="00"+n),n.length&1)throw new t("unexpected DER parsing assertion: unpadded hex");return n},decode(e){let{Err:t}=Ft;if(e.length<1)throw new t("invalid signature integer: empty");if(e[0]&128)throw new t("invalid signature integer: negative");if(e.length>1&&e[0]===0&&!(e[1]&128))throw new t("invalid signature integer: unnecessary leading zero");return Et(e)}},toSig(e,t){let{Err:n,_int:r,_tlv:o}=Ft;if(t!==void 0&&(Ut(t,"maxScalarBytes"),t<1))throw new n("invalid signature: maxScalarBytes must be positive");let s=X(e,void 0,"signature"),{v:i,l:c}=o.decode(48,s);if(c.length)throw new n("invalid signature: left bytes after parsing");let{v:f,l:a}=o.decode(2,i),{v:l,l:u}=o.decode(2,a);if(u.length)throw new n("invalid signature: left bytes after parsing");if(t!==void 0&&(f.length>t||l.length>t))throw new n("invalid signature: integer too large");return{r:r.decode(f),s:r.decode(l)}},hexFromSig(e){let{_tlv:t,_int:n}=Ft;at(e,{r:"bigint",s:"bigint"},{},"sig");let r=t.encode(2,n.encode(e.r)),o=t.encode(2,n.encode(e.s)),s=r+o;return t.encode(48,s)}},On=(Object.freeze(Ft._tlv),Object.freeze(Ft._int),Object.freeze(Ft));var Ho=(e,t)=>(e+(e>=0?t:-t)/Mo)/t;function vi(e,t,n){Rt("scalar",e,Ht,n);let[[r,o],[s,i]]=t,c=Ho(i*e,n),f=Ho(-o*e,n),a=e-c*r-f*s,l=-c*o-f*i,u=a<Ht,d=l<Ht;u&&(a=-a),d&&(l=-l);let h=Ce(Math.ceil(be(n)/2))+ce;if(a<Ht||a>=h||l<Ht||l>=h)throw new Error("splitScalar (endomorphism): failed for k");return{k1neg:u,k1:a,k2neg:d,k2:l}}function lr(e){if(!["compact","recovered","der"].includes(e))throw new Error(\'Signature format must be "compact", "recovered", or "der"\');return e}function fr(e,t){at(e);let n={};for(let r of Object.keys(t))n[r]=e[r]===void 0?t[r]:e[r];return gt(n.lowS,"lowS"),gt(n.prehash,"prehash"),n.format!==void 0&&lr(n.format),n}var Ht=BigInt(0),ce=BigInt(1),Mo=BigInt(2),ar=BigInt(3),Ri=BigInt(4);function ur(e,t={}){let n=xn("weierstrass",e,t),r=n.Fp,o=n.Fn,s=n.CURVE,{h:i,n:c}=s;at(t,{},{allowInfinityPoint:"boolean",clearCofactor:"function",isTorsionFree:"function",fromBytes:"function",toBytes:"function",endo:"object",randomBytes:"function"});let{endo:f,allowInfinityPoint:a,clearCofactor:l,isTorsionFree:u,fromBytes:d,toBytes:h}=t,p=t.randomBytes===void 0?Lt:t.randomBytes;if(f&&(!r.is0(s.a)||typeof f.beta!="bigint"||!Array.isArray(f.basises)))throw new Error(\'invalid endo: expected "beta": bigint and "basises": array\');let y=f?{beta:f.beta,basises:f.basises.map(v=>[...v])}:void 0,w=No(r,o);function B(){if(!r.isOdd)throw new Error("compression is not supported: Field does not have .isOdd()")}function x(v,g,m){if(g.is0()){if(!a)throw new Error("bad point: ZERO");return Uint8Array.of(0)}let{x:_,y:U}=g.toAffine(),M=r.toBytes(_);if(gt(m,"isCompressed"),m){B();let C=!r.isOdd(U);return ft(Co(C),M)}else return ft(Uint8Array.of(4),M,r.toBytes(U))}function b(v){X(v,void 0,"Point");let{publicKey:g,publicKeyUncompressed:m}=w,_=v.length,U=v[0],M=v.subarray(1);if(a&&_===1&&U===0)return{x:r.ZERO,y:r.ZERO};if(_===g&&(U===2||U===3)){let C=r.fromBytes(M);if(!r.isValid(C))throw new Error("bad point: is not on curve, wrong x");let N=I(C),K;try{K=r.sqrt(N)}catch(nt){let J=nt instanceof Error?": "+nt.message:"";throw new Error("bad point: is not on curve, sqrt error"+J)}B();let z=r.isOdd(K);return(U&1)===1!==z&&(K=r.neg(K)),{x:C,y:K}}else if(_===m&&U===4){let C=r.BYTES,N=r.fromBytes(M.subarray(0,C)),K=r.fromBytes(M.subarray(C,C*2));if(!T(N,K))throw new Error("bad point: is not on curve");return{x:N,y:K}}else throw new Error(`bad point: got length ${_}, expected compressed=${g} or uncompressed=${m}`)}let E=h===void 0?x:h,A=d===void 0?b:d,S=r.mul(s.b,ar),R=r.is0(s.a)?v=>r.ZERO:v=>r.mul(s.a,v);function I(v){let g=r.sqr(v),m=r.mul(g,v);return r.add(r.add(m,r.mul(v,s.a)),s.b)}function T(v,g){let m=r.sqr(g),_=I(v);return r.eql(m,_)}if(!T(s.Gx,s.Gy))throw new Error("bad curve params: generator point");let k=r.mul(r.pow(s.a,ar),Ri),D=r.mul(r.sqr(s.b),BigInt(27));if(r.is0(r.add(k,D)))throw new Error("bad curve params: a or b");function $(v,g,m=!1){if(!r.isValid(g)||m&&r.is0(g))throw new Error(`bad point coordinate ${v}`);return typeof g=="object"&&g!==null?r.create(g):g}function Y(v){if(!(v instanceof F))throw new Error("Weierstrass Point expected")}function L(v){if(!y||!y.basises)throw new Error("no endo");return vi(v,y.basises,o.ORDER)}function P(v,g,m,_){if(!o.isValid(_))throw new RangeError("invalid scalar: out of range");if(y){let{k1neg:U,k1:M,k2neg:C,k2:N}=L(_),K=new F(r.mul(m.X,y.beta),m.Y,m.Z);v.push(U?m.negate():m,C?K.negate():K),g.push(M,N)}else v.push(m),g.push(_)}let H=new WeakSet;class F{static BASE=new F(s.Gx,s.Gy,r.ONE);static ZERO=new F(r.ZERO,r.ONE,r.ZERO);static Fp=r;static Fn=o;X;Y;Z;constructor(g,m,_){this.X=$("x",g),this.Y=$("y",m,!0),this.Z=$("z",_),Object.freeze(this)}static CURVE(){return s}static fromAffine(g){let{x:m,y:_}=g||{};if(!g||!r.isValid(m)||!r.isValid(_))throw new Error("invalid affine point");if(g instanceof F)throw new Error("projective point not allowed");return r.is0(m)&&r.is0(_)?F.ZERO:new F(m,_,r.ONE)}static fromBytes(g){let m=F.fromAffine(A(X(g,void 0,"point")));return m.assertValidity(),m}static fromHex(g){return F.fromBytes(he(g))}get x(){return this.toAffine().x}get y(){return this.toAffine().y}precompute(g=6,m=!0){return Q.setWindowSize(this,g),m||this.multiply(ar),this}assertValidity(){let g=this;if(g.is0()){if(a&&r.is0(g.X)&&r.eql(g.Y,r.ONE)&&r.is0(g.Z))return;throw new Error("bad point: ZERO")}if(H.has(g))return;let{x:m,y:_}=g.toAffine();if(!r.isValid(m)||!r.isValid(_))throw new Error("bad point: x or y not field elements");if(!T(m,_))throw new Error("bad point: equation left != right");if(!g.isTorsionFree())throw new Error("bad point: not in prime-order subgroup");H.add(g)}hasEvenY(){let{y:g}=this.toAffine();if(!r.isOdd)throw new Error("Field doesn\'t support isOdd");return!r.isOdd(g)}equals(g){Y(g);let{X:m,Y:_,Z:U}=this,{X:M,Y:C,Z:N}=g,K=r.eql(r.mul(m,N),r.mul(M,U)),z=r.eql(r.mul(_,N),r.mul(C,U));return K&&z}negate(){return new F(this.X,r.neg(this.Y),this.Z)}double(){let{X:g,Y:m,Z:_}=this,U=r.ZERO,M=r.ZERO,C=r.ZERO,N=r.mul(g,g),K=r.mul(m,m),z=r.mul(_,_),j=r.mul(g,m);return j=r.add(j,j),C=r.mul(g,_),C=r.add(C,C),U=R(C),M=r.mul(S,z),M=r.add(U,M),U=r.sub(K,M),M=r.add(K,M),M=r.mul(U,M),U=r.mul(j,U),C=r.mul(S,C),z=R(z),j=r.sub(N,z),j=R(j),j=r.add(j,C),C=r.add(N,N),N=r.add(C,N),N=r.add(N,z),N=r.mul(N,j),M=r.add(M,N),z=r.mul(m,_),z=r.add(z,z),N=r.mul(z,j),U=r.sub(U,N),C=r.mul(z,K),C=r.add(C,C),C=r.add(C,C),new F(U,M,C)}add(g){Y(g);let{X:m,Y:_,Z:U}=this,{X:M,Y:C,Z:N}=g,K=r.ZERO,z=r.ZERO,j=r.ZERO,nt=r.mul(m,M),J=r.mul(_,C),ot=r.mul(U,N),pt=r.add(m,_),et=r.add(M,C);pt=r.mul(pt,et),et=r.add(nt,J),pt=r.sub(pt,et),et=r.add(m,U);let rt=r.add(M,N);return et=r.mul(et,rt),rt=r.add(nt,ot),et=r.sub(et,rt),rt=r.add(_,U),K=r.add(C,N),rt=r.mul(rt,K),K=r.add(J,ot),rt=r.sub(rt,K),j=R(et),K=r.mul(S,ot),j=r.add(K,j),K=r.sub(J,j),j=r.add(J,j),z=r.mul(K,j),J=r.add(nt,nt),J=r.add(J,nt),ot=R(ot),et=r.mul(S,et),J=r.add(J,ot),ot=r.sub(nt,ot),ot=R(ot),et=r.add(et,ot),nt=r.mul(J,et),z=r.add(z,nt),nt=r.mul(rt,et),K=r.mul(pt,K),K=r.sub(K,nt),nt=r.mul(pt,J),j=r.mul(rt,j),j=r.add(j,nt),new F(K,z,j)}subtract(g){return Y(g),this.add(g.negate())}is0(){return this.equals(F.ZERO)}multiply(g){if(!o.isValidNot0(g))throw new RangeError("invalid scalar: out of range");let{p:m,f:_}=Q.mulSecret(this,g,i,Z);return Z([m,_])[0]}multiplyUnsafe(g){let m=this,_=g;if(!o.isValid(_))throw new RangeError("invalid scalar: out of range");if(_===Ht||m.is0())return F.ZERO;if(_===ce)return m;if(Q.hasWindowSize(this))return Q.mulUnsafe(m,_,Z);let U=[],M=[];return P(U,M,m,_),yn(F,U,M)}mulAddUnsafe(g,m,_){Y(m);let U=[],M=[];return P(U,M,this,g),P(U,M,m,_),yn(F,U,M)}toAffine(g){let m=this,_=g;if(_!=null&&!r.isValid(_))throw new RangeError(\'"invertedZ" expected valid field element\');let{X:U,Y:M,Z:C}=m;if(r.eql(C,r.ONE))return{x:U,y:M};let N=m.is0();_==null&&(_=N?r.ONE:r.inv(C));let K=r.mul(U,_),z=r.mul(M,_),j=r.mul(C,_);if(N)return{x:r.ZERO,y:r.ZERO};if(!r.eql(j,r.ONE))throw new Error("invZ was invalid");return{x:K,y:z}}isTorsionFree(){return i===ce?!0:u?u(F,this):Q.mulUnsafe(this,c).is0()}clearCofactor(){return i===ce?this:l?l(F,this):this.multiplyUnsafe(i)}isSmallOrder(){return i===ce?this.is0():this.clearCofactor().is0()}toBytes(g=!0){return gt(g,"isCompressed"),this.assertValidity(),E(F,this,g)}toHex(g=!0){return Fe(this.toBytes(g))}toString(){return`<Point ${this.is0()?"ZERO":this.toHex()}>`}}let Z=v=>gn(F,v),Q=new ye(F,p);return Q.bits>=6&&F.BASE.precompute(6),Object.freeze(F.prototype),Object.freeze(F),F}function Co(e){return Uint8Array.of(e?2:3)}function No(e,t){return{secretKey:t.BYTES,publicKey:1+e.BYTES,publicKeyUncompressed:1+2*e.BYTES,publicKeyHasPrefix:!0,signature:2*t.BYTES}}function ki(e,t={}){Jt(e);let{Fn:n}=e,r=t.randomBytes===void 0?Lt:t.randomBytes,o=Object.assign(No(e.Fp,n),{seed:Math.max(bn(n.ORDER),16)});function s(h){try{let p=n.fromBytes(h);return n.isValidNot0(p)}catch{return!1}}function i(h,p){let{publicKey:y,publicKeyUncompressed:w}=o;try{let B=h.length;return p===!0&&B!==y||p===!1&&B!==w?!1:!e.fromBytes(h).is0()}catch{return!1}}function c(h){return h=h===void 0?r(o.seed):h,Qn(X(h,o.seed,"seed"),n.ORDER)}function f(h,p=!0){return e.BASE.multiply(n.fromBytes(h)).toBytes(p)}function a(h){let{secretKey:p,publicKey:y,publicKeyUncompressed:w}=o,B=n._lengths;if(!Vt(h))return;let x=X(h,void 0,"key").length,b=x===y||x===w,E=x===p||!!B?.includes(x);if(!(b&&E))return b}function l(h,p,y=!0){if(a(h)===!0)throw new Error("first arg must be private key");if(a(p)===!1)throw new Error("second arg must be public key");let w=n.fromBytes(h),B=e.fromBytes(p);if(B.is0())throw new Error("invalid public key: point at infinity");return B.multiply(w).toBytes(y)}let u={isValidSecretKey:s,isValidPublicKey:i,randomSecretKey:c},d=xe(c,f);return Object.freeze(u),Object.freeze(o),Object.freeze({getPublicKey:f,getSharedSecret:l,keygen:d,Point:e,utils:u,lengths:o})}function dr(e,t,n={}){Jt(e);let r=t;wt(r),at(n,{},{hmac:"function",lowS:"boolean",randomBytes:"function",bits2int:"function",bits2int_modN:"function"});let o=Object.assign({},n),s=o.randomBytes===void 0?Lt:o.randomBytes,i=o.hmac===void 0?(v,g)=>Ie(r,v,g):o.hmac,{Fp:c,Fn:f}=e,{ORDER:a,BITS:l}=f,u=bn(a),d=nr(s,u),{keygen:h,getPublicKey:p,getSharedSecret:y,utils:w,lengths:B}=ki(e,o),x={prehash:!0,lowS:typeof o.lowS=="boolean"?o.lowS:!0,format:"compact",extraEntropy:!1},b=a*Mo+ce<c.ORDER;function E(v){let g=a>>ce;return v>g}function A(v,g){if(!f.isValidNot0(g))throw new Error(`invalid signature ${v}: out of range 1..Point.Fn.ORDER`);return g}function S(){if(!c.isOdd)throw new Error("Field doesn\'t support isOdd")}function R(v,g,m){return S(),(v===m?0:2)|Number(c.isOdd(g))}function I(){if(b)throw new Error(\'"recovered" sig type is not supported for cofactor >2 curves\')}function T(v,g){lr(g);let m=B.signature,_=g==="compact"?m:g==="recovered"?m+1:void 0;return X(v,_)}class k{r;s;recovery;constructor(g,m,_){if(this.r=A("r",g),this.s=A("s",m),_!=null){if(I(),![0,1,2,3].includes(_))throw new Error("invalid recovery id");this.recovery=_}Object.freeze(this)}static fromBytes(g,m=x.format){T(g,m);let _;if(m==="der"){if(g.length>2*f.BYTES+16)throw new On.Err("invalid signature: DER signature too long");let{r:N,s:K}=On.toSig(X(g),f.BYTES+1);return new k(N,K)}m==="recovered"&&(_=g[0],m="compact",g=g.subarray(1));let U=B.signature/2,M=g.subarray(0,U),C=g.subarray(U,U*2);return new k(f.fromBytes(M),f.fromBytes(C),_)}static fromHex(g,m){return this.fromBytes(he(g),m)}assertRecovery(){let{recovery:g}=this;if(g==null)throw new Error("invalid recovery id: must be present");return g}addRecoveryBit(g){return new k(this.r,this.s,g)}recoverPublicKey(g){let{r:m,s:_}=this,U=this.assertRecovery(),M=U===2||U===3?m+a:m;if(!c.isValid(M))throw new Error("invalid recovery id: sig.r+curve.n != R.x");let C=c.toBytes(M),N=e.fromBytes(ft(Co((U&1)===0),C)),K=f.inv(M),z=$(X(g,void 0,"msgHash")),j=f.create(-z*K),nt=f.create(_*K),J=e.BASE.mulAddUnsafe(j,N,nt);if(J.is0())throw new Error("invalid recovery: point at infinify");return J.assertValidity(),J}hasHighS(){return E(this.s)}toBytes(g=x.format){if(lr(g),g==="der")return he(On.hexFromSig(this));let{r:m,s:_}=this,U=f.toBytes(m),M=f.toBytes(_);return g==="recovered"?(I(),ft(Uint8Array.of(this.assertRecovery()),U,M)):ft(U,M)}toHex(g){return Fe(this.toBytes(g))}}Object.freeze(k.prototype),Object.freeze(k);let D=o.bits2int===void 0?function(g){if(g.length>8192)throw new Error("input is too large");let m=Et(g),_=g.length*8-l;return _>0?m>>BigInt(_):m}:o.bits2int,$=o.bits2int_modN===void 0?function(g){return f.create(D(g))}:o.bits2int_modN,Y=Ce(l);function L(v){return Rt("num < 2^"+l,v,Ht,Y),f.toBytes(v)}function P(v,g){return X(v,void 0,"message"),g?X(r(v),void 0,"prehashed message"):v}function H(v,g,m){let{lowS:_,prehash:U,extraEntropy:M}=fr(m,x);v=P(v,U);let C=$(v),N=f.fromBytes(g);if(!f.isValidNot0(N))throw new Error("invalid private key");let K=[L(N),L(C)];if(M!=null&&M!==!1){let J=M===!0?s(B.secretKey):M;K.push(X(J,void 0,"extraEntropy"))}let z=ft(...K),j=C;function nt(J){let ot=D(J);if(!f.isValidNot0(ot))return;let pt=e.BASE.multiply(ot).toAffine(),et=f.create(pt.x);if(et===Ht)return;let rt;if(d!==void 0){let Nt=Et(Qn(d(u),a)),vs=f.inv(f.mul(Nt,ot)),Rs=f.mul(Nt,j),ks=f.mul(Nt,N);rt=f.create(vs*f.create(Rs+ks*et))}else{let Nt=uo(ot,a);rt=f.create(Nt*f.create(j+et*N))}if(rt===Ht)return;let ue=R(pt.x,pt.y,et),Ae=rt;return _&&E(rt)&&(Ae=f.neg(rt),ue^=1),new k(et,Ae,b?void 0:ue)}return{seed:z,k2sig:nt}}function F(v,g,m={}){let{seed:_,k2sig:U}=H(v,g,m);return ro(r.outputLen,f.BYTES,i)(_,U).toBytes(m.format)}function Z(v,g,m,_={}){let{lowS:U,prehash:M,format:C}=fr(_,x);if(m=X(m,void 0,"publicKey"),g=P(g,M),!Vt(v)){let N=v instanceof k?", use sig.toBytes()":"";throw new Error("verify expects Uint8Array signature"+N)}T(v,C);try{let N=k.fromBytes(v,C),K=e.fromBytes(m);if(K.is0()||U&&N.hasHighS())return!1;let{r:z,s:j}=N,nt=$(g),J=f.inv(j),ot=f.create(nt*J),pt=f.create(z*J),et=e.BASE.mulAddUnsafe(ot,K,pt);if(et.is0())return!1;let rt=et.toAffine();return!(f.create(rt.x)!==z||C==="recovered"&&N.recovery!==R(rt.x,rt.y,z))}catch{return!1}}function Q(v,g,m={}){let{prehash:_}=fr(m,x);return g=P(g,_),k.fromBytes(v,"recovered").recoverPublicKey(g).toBytes()}return Object.freeze({keygen:h,getPublicKey:p,getSharedSecret:y,utils:w,lengths:B,Point:e,sign:F,verify:Z,recoverPublicKey:Q,Signature:k,hash:r})}var Ii={p:BigInt("0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff"),n:BigInt("0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"),h:BigInt(1),a:BigInt("0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc"),b:BigInt("0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b"),Gx:BigInt("0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"),Gy:BigInt("0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5")},Li={p:BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff"),n:BigInt("0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973"),h:BigInt(1),a:BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffc"),b:BigInt("0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef"),Gx:BigInt("0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7"),Gy:BigInt("0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f")};var Ui=ur(Ii),Do=dr(Ui,dt);var Fi=ur(Li),Ko=dr(Fi,Jr);var Hi=BigInt(0),qe=BigInt(1),Mi=BigInt(2),Ci=BigInt(7),Ni=BigInt(256),Di=BigInt(113),jo=[],$o=[],zo=[];for(let e=0,t=qe,n=1,r=0;e<24;e++){[n,r]=[r,(2*n+3*r)%5],jo.push(2*(5*r+n)),$o.push((e+1)*(e+2)/2%64);let o=Hi;for(let s=0;s<7;s++)t=(t<<qe^(t>>Ci)*Di)%Ni,t&Mi&&(o^=qe<<(qe<<BigInt(s))-qe);zo.push(o)}var Zo=rn(zo,!0),Ki=Zo[0],Pi=Zo[1],qi=(e,t,n)=>e<<n|t>>>32-n,ji=(e,t,n)=>t<<n|e>>>32-n,$i=(e,t,n)=>t<<n-32|e>>>64-n,zi=(e,t,n)=>e<<n-32|t>>>64-n,Po=(e,t,n)=>n>32?$i(e,t,n):qi(e,t,n),qo=(e,t,n)=>n>32?zi(e,t,n):ji(e,t,n),we=new Uint32Array(10);function Zi(e,t=24){if(!(e instanceof Uint32Array))throw new TypeError(\'"s" expected Uint32Array(50), got type=\'+typeof e);if(e.length!==50)throw new RangeError(\'"s" expected Uint32Array(50), got length=\'+e.length);if(tt(t,"rounds"),t<1||t>24)throw new Error(\'"rounds" expected integer 1..24\');for(let n=24-t;n<24;n++){for(let s=0;s<10;s++)we[s]=e[s]^e[s+10]^e[s+20]^e[s+30]^e[s+40];for(let s=0;s<10;s+=2){let i=(s+8)%10,c=(s+2)%10,f=we[c],a=we[c+1],l=Po(f,a,1)^we[i],u=qo(f,a,1)^we[i+1];for(let d=0;d<50;d+=10)e[s+d]^=l,e[s+d+1]^=u}let r=e[2],o=e[3];for(let s=0;s<24;s++){let i=$o[s],c=Po(r,o,i),f=qo(r,o,i),a=jo[s];r=e[a],o=e[a+1],e[a]=c,e[a+1]=f}for(let s=0;s<50;s+=10){let i=e[s],c=e[s+1],f=e[s+2],a=e[s+3];e[s]^=~e[s+2]&e[s+4],e[s+1]^=~e[s+3]&e[s+5],e[s+2]^=~e[s+4]&e[s+6],e[s+3]^=~e[s+5]&e[s+7],e[s+4]^=~e[s+6]&e[s+8],e[s+5]^=~e[s+7]&e[s+9],e[s+6]^=~e[s+8]&i,e[s+7]^=~e[s+9]&c,e[s+8]^=~i&f,e[s+9]^=~c&a}e[0]^=Ki[n],e[1]^=Pi[n]}V(we)}var Tn=class e{state;pos=0;posOut=0;finished=!1;state32;destroyed=!1;blockLen;suffix;outputLen;canXOF;enableXOF=!1;rounds;constructor(t,n,r,o=!1,s=24){if(tt(t,"blockLen"),tt(n,"suffix"),tt(s,"rounds"),vr(o,"enableXOF"),this.blockLen=t,this.suffix=n,this.outputLen=r,this.enableXOF=o,this.canXOF=o,this.rounds=s,tt(r,"outputLen"),!(0<t&&t<200))throw new Error(\'"blockLen" must be 1..199\');this.state=new Uint8Array(200),this.state32=yt(this.state)}clone(){return this._cloneInto()}keccak(){bt(this.state32),Zi(this.state32,this.rounds),bt(this.state32),this.posOut=0,this.pos=0}update(t){mt(this),q(t);let{blockLen:n,state:r,state32:o}=this,s=t.length,i=n%4===0&&t.byteOffset%4===0,c=n/4,f=i&&s>=n?yt(t):void 0;for(let a=0;a<s;){if(f!==void 0&&this.pos===0&&a%4===0&&s-a>=n){for(let u=0,d=a/4;u<c;u++)o[u]^=f[d+u];a+=n,this.pos=n,this.keccak();continue}let l=Math.min(n-this.pos,s-a);for(let u=0;u<l;u++)r[this.pos++]^=t[a++];this.pos===n&&this.keccak()}return this}finish(){if(this.finished)return;this.finished=!0;let{state:t,suffix:n,pos:r,blockLen:o}=this;t[r]^=n,(n&128)!==0&&r===o-1&&this.keccak(),t[o-1]^=128,this.keccak()}writeInto(t){mt(this,!1),q(t),this.finish();let n=this.state,{blockLen:r}=this;for(let o=0,s=t.length;o<s;){this.posOut>=r&&this.keccak();let i=Math.min(r-this.posOut,s-o);t.set(n.subarray(this.posOut,this.posOut+i),o),this.posOut+=i,o+=i}return t}xofInto(t){if(!this.enableXOF)throw new Error("XOF is not enabled");return this.writeInto(t)}xof(t){return tt(t),this.xofInto(new Uint8Array(t))}digestInto(t){if(Dt(t,this),this.finished)throw new Error("digest() was already called");this.writeInto(t.length===this.outputLen?t:t.subarray(0,this.outputLen)),this.destroy()}digest(){let t=new Uint8Array(this.outputLen);return this.digestInto(t),t}destroy(){this.destroyed=!0,V(this.state)}_cloneInto(t){let{blockLen:n,suffix:r,outputLen:o,rounds:s,enableXOF:i}=this;return t||=new e(n,r,o,i,s),t.blockLen=n,t.state32.set(this.state32),t.pos=this.pos,t.posOut=this.posOut,t.finished=this.finished,t.rounds=s,t.suffix=r,t.outputLen=o,t.enableXOF=i,t.canXOF=this.canXOF,t.destroyed=this.destroyed,t}},Xo=(e,t,n,r={})=>kt(()=>new Tn(t,e,n),r);var me=Xo(6,136,32,It(8));var Yo=Xo(6,72,64,It(10));var Go=(e,t,n,r={})=>kt((o={})=>(o=ee({},o),new Tn(t,e,o.dkLen===void 0?n:o.dkLen,!0)),r),Vo=Go(31,168,16,It(11)),Mt=Go(31,136,32,It(12));var te=en;function vn(e,t){if(e.length!==t.length)return!1;let n=0;for(let r=0;r<e.length;r++)n|=e[r]^t[r];return n===0}function Wo(e){return Uint8Array.from(e)}function fe(e,...t){let n=o=>typeof o=="number"?o:o.bytesLen,r=t.reduce((o,s)=>o+n(s),0);return{bytesLen:r,encode:o=>{let s=new Uint8Array(r);for(let i=0,c=0;i<t.length;i++){let f=t[i],a=n(f),l=typeof f=="number"?o[i]:f.encode(o[i]);q(l,a,e),s.set(l,c),typeof f!="number"&&l.fill(0),c+=a}return s},decode:o=>{q(o,r,e);let s=[];for(let i of t){let c=n(i),f=o.subarray(0,c);s.push(typeof i=="number"?f:i.decode(f)),o=o.subarray(c)}return s}}}function Rn(e,t){let n=t*e.bytesLen;return{bytesLen:n,encode:r=>{if(r.length!==t)throw new Error(`vecCoder.encode: wrong length=${r.length}. Expected: ${t}`);let o=new Uint8Array(n);for(let s=0,i=0;s<r.length;s++){let c=e.encode(r[s]);o.set(c,i),c.fill(0),i+=c.length}return o},decode:r=>{q(r,n);let o=[];for(let s=0;s<r.length;s+=e.bytesLen)o.push(e.decode(r.subarray(s,s+e.bytesLen)));return o}}}function lt(...e){for(let t of e)if(Array.isArray(t))for(let n of t)n.fill(0);else t.fill(0)}function hr(e){return(1<<e)-1}var Pf=Uint8Array.of();var Qo=e=>{let{newPoly:t,N:n,Q:r,F:o,ROOT_OF_UNITY:s,brvBits:i,isKyber:c}=e,f=(x,b=r)=>{let E=x%b|0;return(E>=0?E|0:b+E|0)|0},a=(x,b=r)=>{let E=f(x,b)|0;return(E>b>>1?E-b|0:E)|0};function l(){let x=t(n);for(let b=0;b<n;b++){let E=rr(b,i),A=BigInt(s)**BigInt(E)%BigInt(r);x[b]=Number(A)|0}return x}let u=l(),d={add:(x,b)=>f((x|0)+(b|0))|0,sub:(x,b)=>f((x|0)-(b|0))|0,mul:(x,b)=>f((x|0)*(b|0))|0,inv:x=>{throw new Error("not implemented")}},h={N:n,roots:u,invertButterflies:!0,skipStages:c?1:0,brp:!1},p=or(d,{dit:!1,...h}),y=or(d,{dit:!0,...h});return{mod:f,smod:a,nttZetas:u,NTT:{encode:x=>p(x),decode:x=>{y(x);for(let b=0;b<x.length;b++)x[b]=f(o*x[b]);return x}},bitsCoder:(x,b)=>{let E=hr(x),A=x*(n/8);return{bytesLen:A,encode:S=>{let R=new Uint8Array(A);for(let I=0,T=0,k=0,D=0;I<S.length;I++)for(T|=(b.encode(S[I])&E)<<k,k+=x;k>=8;k-=8,T>>=8)R[D++]=T&hr(k);return R},decode:S=>{let R=t(n);for(let I=0,T=0,k=0,D=0;I<S.length;I++)for(T|=S[I]<<k,k+=8;k>=x;k-=x,T>>=x)R[D++]=b.decode(T&E);return R}}}}},Xi=e=>(t,n)=>{n||(n=e.blockLen);let r=new Uint8Array(t.length+2);r.set(t);let o=t.length,s=new Uint8Array(n),i=e.create({}),c=0,f=0;return{stats:()=>({calls:c,xofs:f}),get:(a,l)=>(r[o+0]=a,r[o+1]=l,i.destroy(),i=e.create({}).update(r),c++,()=>(f++,i.xofInto(s))),clean:()=>{i.destroy(),lt(s,r)}}},Jo=Xi(Vo);var ht=256,Ct=3329,Yi=3303,Gi=17,{mod:ze,nttZetas:Vi,NTT:ae,bitsCoder:Wi}=Qo({N:ht,Q:Ct,F:Yi,ROOT_OF_UNITY:Gi,newPoly:e=>new Uint16Array(e),brvBits:7,isKyber:!0}),pr={512:{N:ht,Q:Ct,K:2,ETA1:3,ETA2:2,du:10,dv:4,RBGstrength:128},768:{N:ht,Q:Ct,K:3,ETA1:2,ETA2:2,du:10,dv:4,RBGstrength:192},1024:{N:ht,Q:Ct,K:4,ETA1:2,ETA2:2,du:11,dv:5,RBGstrength:256}},Qi=e=>{if(e>=12)return{encode:n=>n,decode:n=>n};let t=2**(e-1);return{encode:n=>((n<<e)+Ct/2)/Ct,decode:n=>n*Ct+t>>>e}},je=e=>Wi(e,Qi(e));function le(e,t){for(let n=0;n<ht;n++)e[n]=ze(e[n]+t[n])}function Ji(e,t){for(let n=0;n<ht;n++)e[n]=ze(e[n]-t[n])}function tc(e,t,n,r,o){let s=ze(t*r*o+e*n),i=ze(e*r+t*n);return{c0:s,c1:i}}function kn(e,t){for(let n=0;n<ht/2;n++){let r=Vi[64+(n>>1)];n&1&&(r=-r);let{c0:o,c1:s}=tc(e[2*n+0],e[2*n+1],t[2*n+0],t[2*n+1],r);e[2*n+0]=o,e[2*n+1]=s}return e}function ts(e){let t=new Uint16Array(ht);for(let n=0;n<ht;){let r=e();if(r.length%3)throw new Error("SampleNTT: unaligned block");for(let o=0;n<ht&&o+3<=r.length;o+=3){let s=(r[o+0]>>0|r[o+1]<<8)&4095,i=(r[o+1]>>4|r[o+2]<<4)&4095;s<Ct&&(t[n++]=s),n<ht&&i<Ct&&(t[n++]=i)}}return t}function $e(e,t,n,r){let o=e(r*ht/4,t,n),s=new Uint16Array(ht),i=yt(o),c=0;for(let f=0,a=0,l=0,u=0;f<i.length;f++){let d=i[f];for(let h=0;h<32;h++)l+=d&1,d>>=1,c+=1,c===r?(u=l,l=0):c===2*r&&(s[a++]=ze(u-l),l=0,c=0)}if(c)throw new Error(`sampleCBD: leftover bits: ${c}`);return s}var ec=e=>{let{K:t,PRF:n,XOF:r,HASH512:o,ETA1:s,ETA2:i,du:c,dv:f}=e,a=je(1),l=je(f),u=je(c),d=fe("publicKey",Rn(je(12),t),32),h=Rn(je(12),t),p=fe("ciphertext",Rn(u,t),l),y=fe("seed",32,32);return{secretCoder:h,lengths:{secretKey:h.bytesLen,publicKey:d.bytesLen,cipherText:p.bytesLen},keygen:w=>{q(w,32,"seed");let B=new Uint8Array(33);B.set(w),B[32]=t;let x=o(B),[b,E]=y.decode(x),A=[],S=[];for(let T=0;T<t;T++)A.push(ae.encode($e(n,E,T,s)));let R=r(b);for(let T=0;T<t;T++){let k=ae.encode($e(n,E,t+T,s));for(let D=0;D<t;D++){let $=ts(R.get(D,T));le(k,kn($,A[D]))}S.push(k)}R.clean();let I={publicKey:d.encode([S,b]),secretKey:h.encode(A)};return lt(b,E,A,S,B,x),I},encrypt:(w,B,x)=>{let[b,E]=d.decode(w),A=[];for(let D=0;D<t;D++)A.push(ae.encode($e(n,x,D,s)));let S=r(E),R=new Uint16Array(ht),I=[];for(let D=0;D<t;D++){let $=$e(n,x,t+D,i),Y=new Uint16Array(ht);for(let L=0;L<t;L++){let P=ts(S.get(D,L));le(Y,kn(P,A[L]))}le($,ae.decode(Y)),I.push($),le(R,kn(b[D],A[D])),lt(Y)}S.clean();let T=$e(n,x,2*t,i);le(T,ae.decode(R));let k=a.decode(B);return le(k,T),lt(b,A,R,T),p.encode([I,k])},decrypt:(w,B)=>{let[x,b]=p.decode(w),E=h.decode(B),A=new Uint16Array(ht);for(let S=0;S<t;S++)le(A,kn(E[S],ae.encode(x[S])));return Ji(b,ae.decode(A)),lt(A,E,x),a.encode(b)}}};function br(e){let t=ec(e),{HASH256:n,HASH512:r,KDF:o}=e,{secretCoder:s,lengths:i}=t,c=fe("secretKey",i.secretKey,i.publicKey,32,32),f=32,a=64;return{info:{type:"ml-kem"},lengths:{...i,seed:64,msg:f,msgRand:f,secretKey:c.bytesLen},keygen:(l=te(a))=>{q(l,a,"seed");let{publicKey:u,secretKey:d}=t.keygen(l.subarray(0,32)),h=n(u),p=c.encode([d,u,h,l.subarray(32)]);return lt(d,h),{publicKey:u,secretKey:p}},getPublicKey:l=>{let[u,d,h,p]=c.decode(l);return Uint8Array.from(d)},encapsulate:(l,u=te(f))=>{q(l,i.publicKey,"publicKey"),q(u,f,"message");let d=l.subarray(0,384*e.K),h=s.encode(s.decode(Wo(d)));if(!vn(h,d))throw lt(h),new Error("ML-KEM.encapsulate: wrong publicKey modulus");lt(h);let p=r.create().update(u).update(n(l)).digest(),y=t.encrypt(l,u,p.subarray(32,64));return lt(p.subarray(32)),{cipherText:y,sharedSecret:p.subarray(0,32)}},decapsulate:(l,u)=>{q(u,c.bytesLen,"secretKey"),q(l,i.cipherText,"cipherText");let d=c.bytesLen-96,h=d+32,p=n(u.subarray(d/2,h));if(!vn(p,u.subarray(h,h+32)))throw new Error("invalid secretKey: hash check failed");let[y,w,B,x]=c.decode(u),b=t.decrypt(l,y),E=r.create().update(b).update(B).digest(),A=E.subarray(0,32),S=t.encrypt(w,b,E.subarray(32,64)),R=vn(l,S),I=o.create({dkLen:32}).update(x).update(l).digest();return lt(b,S,R?I:A),R?A:I}}}function nc(e,t,n){return Mt.create({dkLen:e}).update(t).update(new Uint8Array([n])).digest()}var gr={HASH256:me,HASH512:Yo,KDF:Mt,XOF:Jo,PRF:nc},Qf=br({...gr,...pr[512]}),In=br({...gr,...pr[768]}),es=br({...gr,...pr[1024]});function rc(e,t=!1){let n=e.lengths,r=e.keygen;if(t){let s=e.Point.Fn;if(!s)throw new Error("No Point.Fn");r=(i=te(n.seed))=>{q(i,n.seed,"seed");let c=s.isLE?Bt(i):Et(i),f=s.toBytes(s.create(c));return{secretKey:f,publicKey:e.getPublicKey(f)}}}return{lengths:{secretKey:n.secretKey,publicKey:n.publicKey,seed:n.seed},keygen:r,getPublicKey:o=>e.getPublicKey(o)}}function yr(e,t=!1){let n=rc(e,t);if(!e.getSharedSecret)throw new Error("wrong curve");return{lengths:{...n.lengths,msg:n.lengths.seed,cipherText:n.lengths.publicKey},keygen:n.keygen,getPublicKey:n.getPublicKey,encapsulate(r,o=te(e.lengths.seed)){let s=this.keygen(o).secretKey,i=this.decapsulate(r,s),c=e.getPublicKey(s);return lt(s),{sharedSecret:i,cipherText:c}},decapsulate(r,o){let s=e.getSharedSecret(o,r);return e.lengths.publicKeyHasPrefix?s.subarray(1):s}}}function Ze(e,t){return fe(t,...e.map(n=>{if(typeof n.lengths[t]!="number")throw new Error("wrong length: "+t);return n.lengths[t]}))}function xr(e){return(t,n)=>e(t,{dkLen:n})}function oc(e,t,...n){let r=Ze(n,"seed"),o=Ze(n,"publicKey");e===void 0&&(e=r.bytesLen),tt(e);function s(i){q(i,e);let c=r.decode(t(i,r.bytesLen)),f=n.map((u,d)=>u.keygen(c[d])),a=f.map(u=>u.secretKey),l=f.map(u=>u.publicKey);return{secretKey:a,publicKey:l}}return{info:{lengths:{seed:e,publicKey:o.bytesLen,secretKey:e}},getPublicKey(i){return this.keygen(i).publicKey},keygen(i=te(e)){let{publicKey:c,secretKey:f}=s(i),a=o.encode(c);return lt(c),lt(f),{secretKey:i,publicKey:a}},expandDecapsulationKey:s,realSeedLen:e}}function wr(e,t,n,r,...o){let s=oc(e,n,...o),i=Ze(o,"cipherText"),c=Ze(o,"publicKey"),f=Ze(o,"msg");return t===void 0&&(t=f.bytesLen),tt(t),{lengths:{...s.info.lengths,msg:t,msgRand:f.bytesLen,cipherText:i.bytesLen},getPublicKey:s.getPublicKey,keygen:s.keygen,encapsulate(a,l=te(f.bytesLen)){let u=c.decode(a),d=f.decode(l),h=o.map((B,x)=>B.encapsulate(u[x],d[x])),p=h.map(B=>B.sharedSecret),y=h.map(B=>B.cipherText),w={sharedSecret:r(u,y,p),cipherText:i.encode(y)};return lt(p,y),w},decapsulate(a,l){let u=i.decode(a),{publicKey:d,secretKey:h}=s.expandDecapsulationKey(l),p=o.map((y,w)=>y.decapsulate(u[w],h[w]));return r(d,u,p)}}}function ns(e,t,n,r,o){return wt(r),wt(o),wr(32,32,xr(r),(s,i,c)=>o(ft(c[0],c[1],i[1],s[1],se(e))),t,n)}var a0=ns("QSF-KEM(ML-KEM-768,P-256)-XOF(SHAKE256)-KDF(SHA3-256)",In,yr(Do,!0),Mt,me),l0=ns("QSF-KEM(ML-KEM-1024,P-384)-XOF(SHAKE256)-KDF(SHA3-256)",es,yr(Ko,!0),Mt,me);function sc(e,t,n,r,o){return wt(r),wt(o),wr(32,32,xr(r),(s,i,c)=>{let f=ft(c[0],c[1],i[0],s[0],i[1],s[1],se(e)),a=32,l=ft(se("hybrid_prk"),f),u=cn(o,l),d=ft(pe(a,2),se("shared_secret"),se("")),h=$t(o,u,d,a);return lt(u,d,l,f),h},t,n)}var rs=yr(_n),u0=sc("KitchenSink-KEM(ML-KEM-768,X25519)-XOF(SHAKE256)-KDF(HKDF-SHA-256)",In,rs,Mt,dt),ic=wr(32,32,xr(Mt),(e,t,n)=>me(ft(n[0],n[1],t[1],e[1],se("\\\\.//^\\\\"))),In,rs);var os=ic;var Un=e=>Object.freeze(e());function ds(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}function Br(e){if(!ds(e))throw new TypeError("Uint8Array expected")}function cc(e,t){return Array.isArray(t)?t.length===0?!0:e?t.every(n=>typeof n=="string"):t.every(n=>Number.isSafeInteger(n)):!1}function fc(e){if(typeof e!="function")throw new TypeError("function expected");return!0}function Ee(e,t){if(typeof t!="string")throw new TypeError(`${e}: string expected`);return!0}function Ln(e,t="number"){if(typeof e!="number")throw new TypeError(`${t}: expected number, got ${typeof e}`);if(!Number.isSafeInteger(e))throw new RangeError(`${t}: expected safe integer, got ${e}`)}function ss(e,t){if(!cc(!1,t))throw new TypeError(`${e}: array of numbers expected`)}function hs(...e){let t=s=>s,n=(s,i)=>c=>s(i(c)),r=e.map(s=>s.encode).reduceRight(n,t),o=e.map(s=>s.decode).reduce(n,t);return{encode:r,decode:o}}var ac=(()=>{let e=[];for(let t=0;t<40;t++)e.push(2**t);return e})();function is(e,t=e.length){let n=new Array(t);for(let r=0;r<t;r++)n[r]=e[r];return n}var cs=(()=>{try{let e=new TextDecoder;return e.decode(Uint8Array.of(65,48,43,127))==="A0+"?e:void 0}catch{return}})(),mr=8192;function lc(e){let t=e.length;if(cs!==void 0&&t>=12)return cs.decode(e);if(t<=mr)return String.fromCharCode.apply(null,e);let n="";for(let r=0;r<t;r+=mr)n+=String.fromCharCode.apply(null,e.subarray(r,r+mr));return n}function Ar(e){if(Ln(e),e<=0||e>8)throw new RangeError("radix2: bits should be in (0..8]");let t=ac[e]-1;return{encode:n=>{Br(n);let r=n.length,o=new Uint8Array(Math.ceil(r*8/e)),s=0,i=0,c=0;for(let f=0;f<r;)for(f+2<r?(s=s<<24|n[f]<<16|n[f+1]<<8|n[f+2],i+=24,f+=3):(s=(s<<8|n[f])&65535,i+=8,f++);i-=e,o[c++]=s>>i&t,!(i<e););return i>0&&(o[c]=s<<e-i&t),o},decode:n=>{let r=n.length,o=new Uint8Array(Math.floor(r*e/8)),s=0,i=0,c=0;for(let f=0;f<r;f++)for(s=(s<<e|n[f])&65535,i+=e;i>=8;i-=8)o[c++]=s>>i-8&255;if(s=s<<8-i&255,i>=e)throw new Error("Excess padding");if(s>0)throw new Error(`Non-zero padding: ${s}`);return o}}}function Sr(e,t){let n=e.length;if(n>128)throw new Error("alphabet: max 128 letters");let r=new Uint8Array(n),o=new Int8Array(128).fill(-1);for(let s=0;s<n;s++){let i=e.charCodeAt(s);if(e.codePointAt(s)!==i||i>127)throw new Error("alphabet: single-char ASCII letters only");r[s]=i,o[i]=s}if(t!==void 0)for(let s of Object.keys(t)){let i=s.charCodeAt(0),c=o[t[s].charCodeAt(0)];if(s.length!==1||i>127||c===void 0||c===-1)throw new Error(`alphabet: invalid alias ${s}`);o[i]=c}return{encode:s=>{let i=new Uint8Array(s.length);for(let c=0;c<s.length;c++){let f=s[c],a=r[f];if(a===void 0)throw new Error(`alphabet.encode: invalid digit ${f}`);i[c]=a}return lc(i)},decode:s=>{Ee("decode",s);let i=s.length,c=new Uint8Array(i);for(let f=0;f<i;f++){let a=s.charCodeAt(f),l=a<128?o[a]:-1;if(l===-1)throw new Error(`Unknown letter "${s[f]}". Allowed: ${e}`);c[f]=l}return c}}}function uc(e,t="="){return Ln(e),Ee("padding",t),{encode(n){for(;n.length*e%8;)n+=t;return n},decode(n){Ee("decode",n);let r=n.length;if(r*e%8)throw new Error("padding: invalid length");for(;r>0&&n[r-1]===t;r--)if((r-1)*e%8===0)throw new Error("padding: excess padding");return n.slice(0,r)}}}function fs(e){return fc(e),function(...t){try{return e.apply(null,t)}catch{}}}var dc=typeof Uint8Array.from([]).toBase64=="function"&&typeof Uint8Array.fromBase64=="function",hc=/[\\t\\n\\f\\r ]/,pc=(e,t)=>{Ee("base64",e);let n=t?"base64url":"base64";if(e.length>0&&hc.test(e))throw new Error("invalid base64");return Uint8Array.fromBase64(e,{alphabet:n,lastChunkHandling:"strict"})},bc=Un(()=>hs(Ar(6),Sr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),uc(6)));var ps=Un(()=>dc?{encode(e){return Br(e),e.toBase64()},decode(e){return pc(e,!1)}}:bc);var bs=Un(()=>hs(Ar(6),Sr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")));var Er=Sr("qpzry9x8gf2tvdw0s3jn54khce6mua7l"),gc=/^[\\x21-\\x60\\x7b-\\x7e]+$/;function as(e,t){for(let n=0;n<t.length;n++){let r=t.charCodeAt(n);if(r<33||r>126)throw new Error(`${e}: printable ASCII expected`)}}function yc(e){let t=e.length,n=new Uint8Array(t);for(let r=0;r<t;r++){let o=e[r];if(o<0||o>=32)throw new Error(`alphabet.encode: invalid digit ${o}`);n[r]=o}return n}var ls=[996825010,642813549,513874426,1027748829,705979059];function Xe(e){let t=e>>25,n=(e&33554431)<<5;for(let r=0;r<ls.length;r++)(t>>r&1)===1&&(n^=ls[r]);return n}function us(e,t,n=1){let r=e.length,o=1;for(let i=0;i<r;i++){let c=e.charCodeAt(i);if(c<33||c>126)throw new Error(`Invalid prefix (${e})`);o=Xe(o)^c>>5}o=Xe(o);for(let i=0;i<r;i++)o=Xe(o)^e.charCodeAt(i)&31;for(let i of t)o=Xe(o)^i;for(let i=0;i<6;i++)o=Xe(o);o^=n;let s=new Uint8Array(6);for(let i=0;i<6;i++)s[i]=o>>>5*(5-i)&31;return Er.encode(s)}function xc(e){let t=e==="bech32"?1:734539939,n=Ar(5),r=u=>{Br(u);let d=u.length,h=new Array(Math.ceil(d*8/5)),p=0,y=0,w=0;for(let B=0;B<d;B++)for(p=p<<8|u[B],y+=8;y>=5;y-=5)h[w++]=p>>y-5&31;return y>0&&(h[w]=p<<5-y&31),h},o=u=>{ss("radix2.decode",u);let d=u.length,h=new Uint8Array(d);for(let p=0;p<d;p++){let y=u[p];if(y<0||y>=32)throw new Error(`convertRadix2: invalid word=${y}`);h[p]=y}return n.decode(h)},s=fs(o);function i(u,d,h=90){Ee("bech32.encode prefix",u),h!==!1&&Ln(h,"limit"),ds(d)&&(d=is(d)),ss("bech32.encode",d);let p=u.length;if(p===0)throw new TypeError(`Invalid prefix length ${p}`);let y=p+7+d.length;if(h!==!1&&y>h)throw new TypeError(`Length ${y} exceeds limit ${h}`);as("bech32.encode prefix",u);let w=u.toLowerCase(),B=us(w,d,t);return`${w}1${Er.encode(yc(d))}${B}`}function c(u,d=90){Ee("bech32.decode input",u),d!==!1&&Ln(d,"limit");let h=u.length;if(h<8||d!==!1&&h>d)throw new TypeError(`invalid string length ${h}, expected (8..${d})`);let p=u.toLowerCase();if(u!==p&&!gc.test(u))throw as("bech32.decode input",u),new Error("mixed-case string not allowed");let y=p.lastIndexOf("1");if(y===0||y===-1)throw new Error(\'invalid separator "1"\');let w=p.slice(0,y),B=p.slice(y+1);if(B.length<6)throw new Error("invalid data length");let x=Er.decode(B),b=is(x,x.length-6),E=us(w,b,t);if(!B.endsWith(E))throw new Error(`Invalid checksum in ${u}`);return{prefix:w,words:b}}let f=fs(c);function a(u,d=90){let{prefix:h,words:p}=c(u,d);return{prefix:h,words:p,bytes:o(p)}}function l(u,d){return i(u,r(d))}return{encode:i,decode:c,encodeFromBytes:l,decodeToBytes:a,decodeUnsafe:f,fromWords:o,fromWordsUnsafe:s,toWords:r}}var Be=Un(()=>xc("bech32"));var wc=new TextEncoder;var g0=new TextDecoder("utf-8",{fatal:!0});function Ot(e){return wc.encode(e)}function _r(...e){let t=0;for(let o of e)t+=o.length;let n=new Uint8Array(t),r=0;for(let o of e)n.set(o,r),r+=o.length;return n}var gs="0123456789abcdef";function Ye(e){let t="";for(let n of e)t+=gs[n>>4]+gs[n&15];return t}function ys(e){if(typeof e!="string"||!/^[0-9a-f]{64}$/.test(e))return null;let t=new Uint8Array(32);for(let n=0;n<32;n++)t[n]=parseInt(e.slice(2*n,2*n+2),16);return t}var xs=e=>ps.encode(e);var Fn=e=>bs.encode(e);var mc=Sn.Point;mc.BASE.precompute(1);var S0=2n**252n+27742317777372353535851937790883648493n;function ws(e){return"ed25519:"+xs(e)}function ms(e){return Be.encode("age1pq",Be.toWords(e),!1)}function Es(e){return Be.encodeFromBytes("age-secret-key-pq-",e).toUpperCase()}function Bs(e){return Be.encodeFromBytes("age",e)}function As(e){return Be.encodeFromBytes("age-secret-key-",e).toUpperCase()}function Ss(e){return _n.getPublicKey(e)}var Ec="dropbox-codename-v1",Bc="dropbox/v1/codename/x25519",Ac="dropbox/v1/codename/ed25519",Sc="dropbox/v1/codename/mlkem768x25519",_c="dropbox/v1/codename/delete-token",Oc="dropbox/v1/codename/withdraw-secret",Tc={t:2,m:19*1024,p:1,dkLen:32,version:19};function vc(e){let t=ys(e);if(!t)throw new Error("the team fingerprint is 64 lowercase hex digits");return _r(Ot(Ec),t)}function _s(e,t,n){return Wr(Ot(e),vc(t),{...Tc,asyncTick:10,onProgress:n})}function Os(e){let t=cn(dt,e),n=$t(dt,t,Ot(Bc),32),r=$t(dt,t,Ot(Ac),32),o=$t(dt,t,Ot(Sc),32),s=$t(dt,t,Ot(_c),32),i=$t(dt,t,Ot(Oc),32),c=Sn.getPublicKey(r),f={hybridIdentity:Es(o),hybridRecipient:ms(os.getPublicKey(o)),x25519Identity:As(n),x25519Recipient:Bs(Ss(n)),ed25519Seed:r,ed25519Public:ws(c),mailbox:Fn(c),thread:Ye(dt(c)),deleteToken:{text:Fn(s),hash:Ye(dt(s))},withdrawSecret:{text:Fn(i),hash:Ye(dt(i))}};return s.fill(0),i.fill(0),n.fill(0),o.fill(0),t.fill(0),f}var Z0=1024*1024;var X0=256*1024;var J0=8*1024*1024,ta=512*1024;var Rc=e=>new Promise(t=>setTimeout(t,e));async function Ts(e,t,n){let r=Ot(`${e}:`),o=s=>{let i=t;for(let c of s){if(i===0)return!0;let f=c===0?8:Math.clz32(c)-24;if(i<=8)return f>=i;if(f<8)return!1;i-=8}return i===0};for(let s=0;;s++){let i=String(s),c=dt.create().update(r).update(Ot(i)).digest();if(o(c))return i;s%2e4===0&&(n&&n(s),await Rc(0))}}self.onmessage=async e=>{let t=e.data;try{if(t.pow){let o=await Ts(t.pow.challenge,t.pow.bits,s=>self.postMessage({progress:s}));self.postMessage({result:o});return}let n=await _s(t.codename,t.fingerprint,o=>self.postMessage({progress:o})),r=Os(n);n.fill(0),self.postMessage({result:r})}catch(n){self.postMessage({error:String(n&&n.message||n)})}};})();\n/*! Bundled license information:\n\n@noble/curves/utils.js:\n@noble/curves/abstract/modular.js:\n@noble/curves/abstract/curve.js:\n@noble/curves/abstract/edwards.js:\n@noble/curves/abstract/montgomery.js:\n@noble/curves/ed25519.js:\n@noble/curves/abstract/der.js:\n@noble/curves/abstract/weierstrass.js:\n@noble/curves/nist.js:\n  (*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) *)\n\n@noble/post-quantum/utils.js:\n@noble/post-quantum/_crystals.js:\n@noble/post-quantum/ml-kem.js:\n@noble/post-quantum/hybrid.js:\n  (*! noble-post-quantum - MIT License (c) 2024 Paul Miller (paulmillr.com) *)\n\n@scure/base/index.js:\n  (*! scure-base - MIT License (c) 2022 Paul Miller (paulmillr.com) *)\n*/\n',xg='(()=>{function vt(e,t,n,o){let r=e[0]|0,i=e[1]|0,m=e[2]|0,g=e[3]|0,y=e[4]|0,x=e[5]|0,E=e[6]|0,v=e[7]|0;for(;n<o;n+=64){let f=r,a=i,d=m,c=g,l=y,u=x,h=E,s=v,p=0,w=0,O=t.getInt32(n+0),I=t.getInt32(n+4),z=t.getInt32(n+8),j=t.getInt32(n+12),A=t.getInt32(n+16),T=t.getInt32(n+20),_=t.getInt32(n+24),R=t.getInt32(n+28),b=t.getInt32(n+32),q=t.getInt32(n+36),B=t.getInt32(n+40),S=t.getInt32(n+44),L=t.getInt32(n+48),k=t.getInt32(n+52),N=t.getInt32(n+56),U=t.getInt32(n+60);p=s+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(h^l&(u^h))+1116352408+O|0,w=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&a|d&(f|a))|0,c=c+p|0,s=p+w|0,p=h+((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+(u^c&(l^u))+1899447441+I|0,w=((s>>>2|s<<30)^(s>>>13|s<<19)^(s>>>22|s<<10))+(s&f|a&(s|f))|0,d=d+p|0,h=p+w|0,p=u+((d>>>6|d<<26)^(d>>>11|d<<21)^(d>>>25|d<<7))+(l^d&(c^l))+-1245643825+z|0,w=((h>>>2|h<<30)^(h>>>13|h<<19)^(h>>>22|h<<10))+(h&s|f&(h|s))|0,a=a+p|0,u=p+w|0,p=l+((a>>>6|a<<26)^(a>>>11|a<<21)^(a>>>25|a<<7))+(c^a&(d^c))+-373957723+j|0,w=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&h|s&(u|h))|0,f=f+p|0,l=p+w|0,p=c+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(d^f&(a^d))+961987163+A|0,w=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|h&(l|u))|0,s=s+p|0,c=p+w|0,p=d+((s>>>6|s<<26)^(s>>>11|s<<21)^(s>>>25|s<<7))+(a^s&(f^a))+1508970993+T|0,w=((c>>>2|c<<30)^(c>>>13|c<<19)^(c>>>22|c<<10))+(c&l|u&(c|l))|0,h=h+p|0,d=p+w|0,p=a+((h>>>6|h<<26)^(h>>>11|h<<21)^(h>>>25|h<<7))+(f^h&(s^f))+-1841331548+_|0,w=((d>>>2|d<<30)^(d>>>13|d<<19)^(d>>>22|d<<10))+(d&c|l&(d|c))|0,u=u+p|0,a=p+w|0,p=f+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(s^u&(h^s))+-1424204075+R|0,w=((a>>>2|a<<30)^(a>>>13|a<<19)^(a>>>22|a<<10))+(a&d|c&(a|d))|0,l=l+p|0,f=p+w|0,p=s+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(h^l&(u^h))+-670586216+b|0,w=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&a|d&(f|a))|0,c=c+p|0,s=p+w|0,p=h+((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+(u^c&(l^u))+310598401+q|0,w=((s>>>2|s<<30)^(s>>>13|s<<19)^(s>>>22|s<<10))+(s&f|a&(s|f))|0,d=d+p|0,h=p+w|0,p=u+((d>>>6|d<<26)^(d>>>11|d<<21)^(d>>>25|d<<7))+(l^d&(c^l))+607225278+B|0,w=((h>>>2|h<<30)^(h>>>13|h<<19)^(h>>>22|h<<10))+(h&s|f&(h|s))|0,a=a+p|0,u=p+w|0,p=l+((a>>>6|a<<26)^(a>>>11|a<<21)^(a>>>25|a<<7))+(c^a&(d^c))+1426881987+S|0,w=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&h|s&(u|h))|0,f=f+p|0,l=p+w|0,p=c+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(d^f&(a^d))+1925078388+L|0,w=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|h&(l|u))|0,s=s+p|0,c=p+w|0,p=d+((s>>>6|s<<26)^(s>>>11|s<<21)^(s>>>25|s<<7))+(a^s&(f^a))+-2132889090+k|0,w=((c>>>2|c<<30)^(c>>>13|c<<19)^(c>>>22|c<<10))+(c&l|u&(c|l))|0,h=h+p|0,d=p+w|0,p=a+((h>>>6|h<<26)^(h>>>11|h<<21)^(h>>>25|h<<7))+(f^h&(s^f))+-1680079193+N|0,w=((d>>>2|d<<30)^(d>>>13|d<<19)^(d>>>22|d<<10))+(d&c|l&(d|c))|0,u=u+p|0,a=p+w|0,p=f+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(s^u&(h^s))+-1046744716+U|0,w=((a>>>2|a<<30)^(a>>>13|a<<19)^(a>>>22|a<<10))+(a&d|c&(a|d))|0,l=l+p|0,f=p+w|0,O=((N>>>17|N<<15)^(N>>>19|N<<13)^N>>>10)+q+((I>>>7|I<<25)^(I>>>18|I<<14)^I>>>3)+O|0,p=s+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(h^l&(u^h))+-459576895+O|0,w=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&a|d&(f|a))|0,c=c+p|0,s=p+w|0,I=((U>>>17|U<<15)^(U>>>19|U<<13)^U>>>10)+B+((z>>>7|z<<25)^(z>>>18|z<<14)^z>>>3)+I|0,p=h+((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+(u^c&(l^u))+-272742522+I|0,w=((s>>>2|s<<30)^(s>>>13|s<<19)^(s>>>22|s<<10))+(s&f|a&(s|f))|0,d=d+p|0,h=p+w|0,z=((O>>>17|O<<15)^(O>>>19|O<<13)^O>>>10)+S+((j>>>7|j<<25)^(j>>>18|j<<14)^j>>>3)+z|0,p=u+((d>>>6|d<<26)^(d>>>11|d<<21)^(d>>>25|d<<7))+(l^d&(c^l))+264347078+z|0,w=((h>>>2|h<<30)^(h>>>13|h<<19)^(h>>>22|h<<10))+(h&s|f&(h|s))|0,a=a+p|0,u=p+w|0,j=((I>>>17|I<<15)^(I>>>19|I<<13)^I>>>10)+L+((A>>>7|A<<25)^(A>>>18|A<<14)^A>>>3)+j|0,p=l+((a>>>6|a<<26)^(a>>>11|a<<21)^(a>>>25|a<<7))+(c^a&(d^c))+604807628+j|0,w=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&h|s&(u|h))|0,f=f+p|0,l=p+w|0,A=((z>>>17|z<<15)^(z>>>19|z<<13)^z>>>10)+k+((T>>>7|T<<25)^(T>>>18|T<<14)^T>>>3)+A|0,p=c+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(d^f&(a^d))+770255983+A|0,w=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|h&(l|u))|0,s=s+p|0,c=p+w|0,T=((j>>>17|j<<15)^(j>>>19|j<<13)^j>>>10)+N+((_>>>7|_<<25)^(_>>>18|_<<14)^_>>>3)+T|0,p=d+((s>>>6|s<<26)^(s>>>11|s<<21)^(s>>>25|s<<7))+(a^s&(f^a))+1249150122+T|0,w=((c>>>2|c<<30)^(c>>>13|c<<19)^(c>>>22|c<<10))+(c&l|u&(c|l))|0,h=h+p|0,d=p+w|0,_=((A>>>17|A<<15)^(A>>>19|A<<13)^A>>>10)+U+((R>>>7|R<<25)^(R>>>18|R<<14)^R>>>3)+_|0,p=a+((h>>>6|h<<26)^(h>>>11|h<<21)^(h>>>25|h<<7))+(f^h&(s^f))+1555081692+_|0,w=((d>>>2|d<<30)^(d>>>13|d<<19)^(d>>>22|d<<10))+(d&c|l&(d|c))|0,u=u+p|0,a=p+w|0,R=((T>>>17|T<<15)^(T>>>19|T<<13)^T>>>10)+O+((b>>>7|b<<25)^(b>>>18|b<<14)^b>>>3)+R|0,p=f+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(s^u&(h^s))+1996064986+R|0,w=((a>>>2|a<<30)^(a>>>13|a<<19)^(a>>>22|a<<10))+(a&d|c&(a|d))|0,l=l+p|0,f=p+w|0,b=((_>>>17|_<<15)^(_>>>19|_<<13)^_>>>10)+I+((q>>>7|q<<25)^(q>>>18|q<<14)^q>>>3)+b|0,p=s+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(h^l&(u^h))+-1740746414+b|0,w=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&a|d&(f|a))|0,c=c+p|0,s=p+w|0,q=((R>>>17|R<<15)^(R>>>19|R<<13)^R>>>10)+z+((B>>>7|B<<25)^(B>>>18|B<<14)^B>>>3)+q|0,p=h+((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+(u^c&(l^u))+-1473132947+q|0,w=((s>>>2|s<<30)^(s>>>13|s<<19)^(s>>>22|s<<10))+(s&f|a&(s|f))|0,d=d+p|0,h=p+w|0,B=((b>>>17|b<<15)^(b>>>19|b<<13)^b>>>10)+j+((S>>>7|S<<25)^(S>>>18|S<<14)^S>>>3)+B|0,p=u+((d>>>6|d<<26)^(d>>>11|d<<21)^(d>>>25|d<<7))+(l^d&(c^l))+-1341970488+B|0,w=((h>>>2|h<<30)^(h>>>13|h<<19)^(h>>>22|h<<10))+(h&s|f&(h|s))|0,a=a+p|0,u=p+w|0,S=((q>>>17|q<<15)^(q>>>19|q<<13)^q>>>10)+A+((L>>>7|L<<25)^(L>>>18|L<<14)^L>>>3)+S|0,p=l+((a>>>6|a<<26)^(a>>>11|a<<21)^(a>>>25|a<<7))+(c^a&(d^c))+-1084653625+S|0,w=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&h|s&(u|h))|0,f=f+p|0,l=p+w|0,L=((B>>>17|B<<15)^(B>>>19|B<<13)^B>>>10)+T+((k>>>7|k<<25)^(k>>>18|k<<14)^k>>>3)+L|0,p=c+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(d^f&(a^d))+-958395405+L|0,w=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|h&(l|u))|0,s=s+p|0,c=p+w|0,k=((S>>>17|S<<15)^(S>>>19|S<<13)^S>>>10)+_+((N>>>7|N<<25)^(N>>>18|N<<14)^N>>>3)+k|0,p=d+((s>>>6|s<<26)^(s>>>11|s<<21)^(s>>>25|s<<7))+(a^s&(f^a))+-710438585+k|0,w=((c>>>2|c<<30)^(c>>>13|c<<19)^(c>>>22|c<<10))+(c&l|u&(c|l))|0,h=h+p|0,d=p+w|0,N=((L>>>17|L<<15)^(L>>>19|L<<13)^L>>>10)+R+((U>>>7|U<<25)^(U>>>18|U<<14)^U>>>3)+N|0,p=a+((h>>>6|h<<26)^(h>>>11|h<<21)^(h>>>25|h<<7))+(f^h&(s^f))+113926993+N|0,w=((d>>>2|d<<30)^(d>>>13|d<<19)^(d>>>22|d<<10))+(d&c|l&(d|c))|0,u=u+p|0,a=p+w|0,U=((k>>>17|k<<15)^(k>>>19|k<<13)^k>>>10)+b+((O>>>7|O<<25)^(O>>>18|O<<14)^O>>>3)+U|0,p=f+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(s^u&(h^s))+338241895+U|0,w=((a>>>2|a<<30)^(a>>>13|a<<19)^(a>>>22|a<<10))+(a&d|c&(a|d))|0,l=l+p|0,f=p+w|0,O=((N>>>17|N<<15)^(N>>>19|N<<13)^N>>>10)+q+((I>>>7|I<<25)^(I>>>18|I<<14)^I>>>3)+O|0,p=s+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(h^l&(u^h))+666307205+O|0,w=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&a|d&(f|a))|0,c=c+p|0,s=p+w|0,I=((U>>>17|U<<15)^(U>>>19|U<<13)^U>>>10)+B+((z>>>7|z<<25)^(z>>>18|z<<14)^z>>>3)+I|0,p=h+((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+(u^c&(l^u))+773529912+I|0,w=((s>>>2|s<<30)^(s>>>13|s<<19)^(s>>>22|s<<10))+(s&f|a&(s|f))|0,d=d+p|0,h=p+w|0,z=((O>>>17|O<<15)^(O>>>19|O<<13)^O>>>10)+S+((j>>>7|j<<25)^(j>>>18|j<<14)^j>>>3)+z|0,p=u+((d>>>6|d<<26)^(d>>>11|d<<21)^(d>>>25|d<<7))+(l^d&(c^l))+1294757372+z|0,w=((h>>>2|h<<30)^(h>>>13|h<<19)^(h>>>22|h<<10))+(h&s|f&(h|s))|0,a=a+p|0,u=p+w|0,j=((I>>>17|I<<15)^(I>>>19|I<<13)^I>>>10)+L+((A>>>7|A<<25)^(A>>>18|A<<14)^A>>>3)+j|0,p=l+((a>>>6|a<<26)^(a>>>11|a<<21)^(a>>>25|a<<7))+(c^a&(d^c))+1396182291+j|0,w=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&h|s&(u|h))|0,f=f+p|0,l=p+w|0,A=((z>>>17|z<<15)^(z>>>19|z<<13)^z>>>10)+k+((T>>>7|T<<25)^(T>>>18|T<<14)^T>>>3)+A|0,p=c+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(d^f&(a^d))+1695183700+A|0,w=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|h&(l|u))|0,s=s+p|0,c=p+w|0,T=((j>>>17|j<<15)^(j>>>19|j<<13)^j>>>10)+N+((_>>>7|_<<25)^(_>>>18|_<<14)^_>>>3)+T|0,p=d+((s>>>6|s<<26)^(s>>>11|s<<21)^(s>>>25|s<<7))+(a^s&(f^a))+1986661051+T|0,w=((c>>>2|c<<30)^(c>>>13|c<<19)^(c>>>22|c<<10))+(c&l|u&(c|l))|0,h=h+p|0,d=p+w|0,_=((A>>>17|A<<15)^(A>>>19|A<<13)^A>>>10)+U+((R>>>7|R<<25)^(R>>>18|R<<14)^R>>>3)+_|0,p=a+((h>>>6|h<<26)^(h>>>11|h<<21)^(h>>>25|h<<7))+(f^h&(s^f))+-2117940946+_|0,w=((d>>>2|d<<30)^(d>>>13|d<<19)^(d>>>22|d<<10))+(d&c|l&(d|c))|0,u=u+p|0,a=p+w|0,R=((T>>>17|T<<15)^(T>>>19|T<<13)^T>>>10)+O+((b>>>7|b<<25)^(b>>>18|b<<14)^b>>>3)+R|0,p=f+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(s^u&(h^s))+-1838011259+R|0,w=((a>>>2|a<<30)^(a>>>13|a<<19)^(a>>>22|a<<10))+(a&d|c&(a|d))|0,l=l+p|0,f=p+w|0,b=((_>>>17|_<<15)^(_>>>19|_<<13)^_>>>10)+I+((q>>>7|q<<25)^(q>>>18|q<<14)^q>>>3)+b|0,p=s+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(h^l&(u^h))+-1564481375+b|0,w=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&a|d&(f|a))|0,c=c+p|0,s=p+w|0,q=((R>>>17|R<<15)^(R>>>19|R<<13)^R>>>10)+z+((B>>>7|B<<25)^(B>>>18|B<<14)^B>>>3)+q|0,p=h+((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+(u^c&(l^u))+-1474664885+q|0,w=((s>>>2|s<<30)^(s>>>13|s<<19)^(s>>>22|s<<10))+(s&f|a&(s|f))|0,d=d+p|0,h=p+w|0,B=((b>>>17|b<<15)^(b>>>19|b<<13)^b>>>10)+j+((S>>>7|S<<25)^(S>>>18|S<<14)^S>>>3)+B|0,p=u+((d>>>6|d<<26)^(d>>>11|d<<21)^(d>>>25|d<<7))+(l^d&(c^l))+-1035236496+B|0,w=((h>>>2|h<<30)^(h>>>13|h<<19)^(h>>>22|h<<10))+(h&s|f&(h|s))|0,a=a+p|0,u=p+w|0,S=((q>>>17|q<<15)^(q>>>19|q<<13)^q>>>10)+A+((L>>>7|L<<25)^(L>>>18|L<<14)^L>>>3)+S|0,p=l+((a>>>6|a<<26)^(a>>>11|a<<21)^(a>>>25|a<<7))+(c^a&(d^c))+-949202525+S|0,w=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&h|s&(u|h))|0,f=f+p|0,l=p+w|0,L=((B>>>17|B<<15)^(B>>>19|B<<13)^B>>>10)+T+((k>>>7|k<<25)^(k>>>18|k<<14)^k>>>3)+L|0,p=c+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(d^f&(a^d))+-778901479+L|0,w=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|h&(l|u))|0,s=s+p|0,c=p+w|0,k=((S>>>17|S<<15)^(S>>>19|S<<13)^S>>>10)+_+((N>>>7|N<<25)^(N>>>18|N<<14)^N>>>3)+k|0,p=d+((s>>>6|s<<26)^(s>>>11|s<<21)^(s>>>25|s<<7))+(a^s&(f^a))+-694614492+k|0,w=((c>>>2|c<<30)^(c>>>13|c<<19)^(c>>>22|c<<10))+(c&l|u&(c|l))|0,h=h+p|0,d=p+w|0,N=((L>>>17|L<<15)^(L>>>19|L<<13)^L>>>10)+R+((U>>>7|U<<25)^(U>>>18|U<<14)^U>>>3)+N|0,p=a+((h>>>6|h<<26)^(h>>>11|h<<21)^(h>>>25|h<<7))+(f^h&(s^f))+-200395387+N|0,w=((d>>>2|d<<30)^(d>>>13|d<<19)^(d>>>22|d<<10))+(d&c|l&(d|c))|0,u=u+p|0,a=p+w|0,U=((k>>>17|k<<15)^(k>>>19|k<<13)^k>>>10)+b+((O>>>7|O<<25)^(O>>>18|O<<14)^O>>>3)+U|0,p=f+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(s^u&(h^s))+275423344+U|0,w=((a>>>2|a<<30)^(a>>>13|a<<19)^(a>>>22|a<<10))+(a&d|c&(a|d))|0,l=l+p|0,f=p+w|0,O=((N>>>17|N<<15)^(N>>>19|N<<13)^N>>>10)+q+((I>>>7|I<<25)^(I>>>18|I<<14)^I>>>3)+O|0,p=s+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(h^l&(u^h))+430227734+O|0,w=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&a|d&(f|a))|0,c=c+p|0,s=p+w|0,I=((U>>>17|U<<15)^(U>>>19|U<<13)^U>>>10)+B+((z>>>7|z<<25)^(z>>>18|z<<14)^z>>>3)+I|0,p=h+((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+(u^c&(l^u))+506948616+I|0,w=((s>>>2|s<<30)^(s>>>13|s<<19)^(s>>>22|s<<10))+(s&f|a&(s|f))|0,d=d+p|0,h=p+w|0,z=((O>>>17|O<<15)^(O>>>19|O<<13)^O>>>10)+S+((j>>>7|j<<25)^(j>>>18|j<<14)^j>>>3)+z|0,p=u+((d>>>6|d<<26)^(d>>>11|d<<21)^(d>>>25|d<<7))+(l^d&(c^l))+659060556+z|0,w=((h>>>2|h<<30)^(h>>>13|h<<19)^(h>>>22|h<<10))+(h&s|f&(h|s))|0,a=a+p|0,u=p+w|0,j=((I>>>17|I<<15)^(I>>>19|I<<13)^I>>>10)+L+((A>>>7|A<<25)^(A>>>18|A<<14)^A>>>3)+j|0,p=l+((a>>>6|a<<26)^(a>>>11|a<<21)^(a>>>25|a<<7))+(c^a&(d^c))+883997877+j|0,w=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&h|s&(u|h))|0,f=f+p|0,l=p+w|0,A=((z>>>17|z<<15)^(z>>>19|z<<13)^z>>>10)+k+((T>>>7|T<<25)^(T>>>18|T<<14)^T>>>3)+A|0,p=c+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(d^f&(a^d))+958139571+A|0,w=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|h&(l|u))|0,s=s+p|0,c=p+w|0,T=((j>>>17|j<<15)^(j>>>19|j<<13)^j>>>10)+N+((_>>>7|_<<25)^(_>>>18|_<<14)^_>>>3)+T|0,p=d+((s>>>6|s<<26)^(s>>>11|s<<21)^(s>>>25|s<<7))+(a^s&(f^a))+1322822218+T|0,w=((c>>>2|c<<30)^(c>>>13|c<<19)^(c>>>22|c<<10))+(c&l|u&(c|l))|0,h=h+p|0,d=p+w|0,_=((A>>>17|A<<15)^(A>>>19|A<<13)^A>>>10)+U+((R>>>7|R<<25)^(R>>>18|R<<14)^R>>>3)+_|0,p=a+((h>>>6|h<<26)^(h>>>11|h<<21)^(h>>>25|h<<7))+(f^h&(s^f))+1537002063+_|0,w=((d>>>2|d<<30)^(d>>>13|d<<19)^(d>>>22|d<<10))+(d&c|l&(d|c))|0,u=u+p|0,a=p+w|0,R=((T>>>17|T<<15)^(T>>>19|T<<13)^T>>>10)+O+((b>>>7|b<<25)^(b>>>18|b<<14)^b>>>3)+R|0,p=f+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(s^u&(h^s))+1747873779+R|0,w=((a>>>2|a<<30)^(a>>>13|a<<19)^(a>>>22|a<<10))+(a&d|c&(a|d))|0,l=l+p|0,f=p+w|0,b=((_>>>17|_<<15)^(_>>>19|_<<13)^_>>>10)+I+((q>>>7|q<<25)^(q>>>18|q<<14)^q>>>3)+b|0,p=s+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(h^l&(u^h))+1955562222+b|0,w=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&a|d&(f|a))|0,c=c+p|0,s=p+w|0,q=((R>>>17|R<<15)^(R>>>19|R<<13)^R>>>10)+z+((B>>>7|B<<25)^(B>>>18|B<<14)^B>>>3)+q|0,p=h+((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+(u^c&(l^u))+2024104815+q|0,w=((s>>>2|s<<30)^(s>>>13|s<<19)^(s>>>22|s<<10))+(s&f|a&(s|f))|0,d=d+p|0,h=p+w|0,B=((b>>>17|b<<15)^(b>>>19|b<<13)^b>>>10)+j+((S>>>7|S<<25)^(S>>>18|S<<14)^S>>>3)+B|0,p=u+((d>>>6|d<<26)^(d>>>11|d<<21)^(d>>>25|d<<7))+(l^d&(c^l))+-2067236844+B|0,w=((h>>>2|h<<30)^(h>>>13|h<<19)^(h>>>22|h<<10))+(h&s|f&(h|s))|0,a=a+p|0,u=p+w|0,S=((q>>>17|q<<15)^(q>>>19|q<<13)^q>>>10)+A+((L>>>7|L<<25)^(L>>>18|L<<14)^L>>>3)+S|0,p=l+((a>>>6|a<<26)^(a>>>11|a<<21)^(a>>>25|a<<7))+(c^a&(d^c))+-1933114872+S|0,w=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&h|s&(u|h))|0,f=f+p|0,l=p+w|0,L=((B>>>17|B<<15)^(B>>>19|B<<13)^B>>>10)+T+((k>>>7|k<<25)^(k>>>18|k<<14)^k>>>3)+L|0,p=c+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(d^f&(a^d))+-1866530822+L|0,w=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|h&(l|u))|0,s=s+p|0,c=p+w|0,k=((S>>>17|S<<15)^(S>>>19|S<<13)^S>>>10)+_+((N>>>7|N<<25)^(N>>>18|N<<14)^N>>>3)+k|0,p=d+((s>>>6|s<<26)^(s>>>11|s<<21)^(s>>>25|s<<7))+(a^s&(f^a))+-1538233109+k|0,w=((c>>>2|c<<30)^(c>>>13|c<<19)^(c>>>22|c<<10))+(c&l|u&(c|l))|0,h=h+p|0,d=p+w|0,N=((L>>>17|L<<15)^(L>>>19|L<<13)^L>>>10)+R+((U>>>7|U<<25)^(U>>>18|U<<14)^U>>>3)+N|0,p=a+((h>>>6|h<<26)^(h>>>11|h<<21)^(h>>>25|h<<7))+(f^h&(s^f))+-1090935817+N|0,w=((d>>>2|d<<30)^(d>>>13|d<<19)^(d>>>22|d<<10))+(d&c|l&(d|c))|0,u=u+p|0,a=p+w|0,U=((k>>>17|k<<15)^(k>>>19|k<<13)^k>>>10)+b+((O>>>7|O<<25)^(O>>>18|O<<14)^O>>>3)+U|0,p=f+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(s^u&(h^s))+-965641998+U|0,w=((a>>>2|a<<30)^(a>>>13|a<<19)^(a>>>22|a<<10))+(a&d|c&(a|d))|0,l=l+p|0,f=p+w|0,r=r+f|0,i=i+a|0,m=m+d|0,g=g+c|0,y=y+l|0,x=x+u|0,E=E+h|0,v=v+s|0}e[0]=r,e[1]=i,e[2]=m,e[3]=g,e[4]=y,e[5]=x,e[6]=E,e[7]=v}var Xn=[1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225],ne=class{constructor(){this.state=Int32Array.from(Xn),this.block=new Uint8Array(64),this.blockView=new DataView(this.block.buffer),this.held=0,this.length=0,this.finished=!1}update(t){if(this.finished)throw new Error("this SHA-256 is finished");if(!(t instanceof Uint8Array))throw new TypeError("SHA-256 takes a Uint8Array");let n=0,o=t.length;if(this.length+=o,this.held>0){let i=Math.min(64-this.held,o);if(this.block.set(t.subarray(0,i),this.held),this.held+=i,n=i,this.held<64)return this;vt(this.state,this.blockView,0,64),this.held=0}let r=n+(o-n&-64);return r>n&&vt(this.state,new DataView(t.buffer,t.byteOffset,t.length),n,r),r<o&&(this.block.set(t.subarray(r),0),this.held=o-r),this}digest(){if(this.finished)throw new Error("this SHA-256 is finished");this.finished=!0;let{block:t,blockView:n,state:o}=this;t.fill(0,this.held),t[this.held]=128,this.held>=56&&(vt(o,n,0,64),t.fill(0));let r=this.length*8;n.setUint32(56,Math.floor(r/2**32)),n.setUint32(60,r>>>0),vt(o,n,0,64);let i=new Uint8Array(32),m=new DataView(i.buffer);for(let g=0;g<8;g++)m.setInt32(4*g,o[g]);return o.fill(0),t.fill(0),i}};function wt(){return new ne}async function Nt(e,t){if(e.size!==t.length)throw new Error("the buffer is not of the Blob\'s size");let n=null;try{n=e.stream().getReader({mode:"byob"})}catch{}if(!n)return t.set(new Uint8Array(await e.arrayBuffer())),t;let o=t.byteOffset,r=t.length,i=t.buffer,m=0;try{for(;m<r;){let{value:g,done:y}=await n.read(new Uint8Array(i,o+m,r-m));if(y)break;i=g.buffer,m+=g.length}}finally{n.releaseLock()}if(m!==r)throw new Error("the file ended early");return new Uint8Array(i,o,r)}var So=1024*1024;var re=256*1024;async function Vn(e){let t=wt(),n=new Uint8Array(Math.min(re,e.size));for(let o=0;o<e.size;o+=re){let r=Math.min(re,e.size-o),i=await Nt(e.slice(o,o+r),n.subarray(0,r));t.update(i),n=new Uint8Array(i.buffer)}return t.digest()}function Ne(e,t,n){if(e.sha256!==void 0)return t.hash||(t.hash=wt()),t.hash.update(e.sha256),e.back?n({hashed:e.sha256.length,back:e.sha256.buffer},[e.sha256.buffer]):n({hashed:e.sha256.length}),!0;if(e.sha256Digest!==void 0){let o=(t.hash||wt()).digest();return t.hash=null,n({digest:o},[o.buffer]),!0}return e.sha256File!==void 0?Vn(e.sha256File).then(o=>n({fileDigest:o,id:e.id},[o.buffer])):!1}function oe(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}var Ut=e=>e?`"${e}" `:"";function Mt(e,t=""){if(typeof e!="boolean")throw new TypeError(Ut(t)+"expected boolean, got type="+typeof e);return e}function ht(e,t=""){if(typeof e!="number")throw new TypeError(Ut(t)+"expected number, got "+typeof e);if(!Number.isSafeInteger(e)||e<0)throw new RangeError(Ut(t)+"expected integer >= 0, got "+e);return e}function C(e,t,n=""){if(oe(e)&&(t===void 0||e.length===t))return e;t!==void 0&&ht(t,"length");let o=oe(e),r=t!==void 0?` of length ${t}`:"",i=o?`length=${e.length}`:`type=${typeof e}`,m=Ut(n)+"expected Uint8Array"+r+", got "+i;throw o?new RangeError(m):new TypeError(m)}var Ue=(e,t)=>{if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError(t==="object"?"expected valid options object":`"${t}" expected object, got type=${typeof e}`)};function se(e,t=!0){if(e.destroyed)throw new Error("hash was destroyed");if(t&&e.finished)throw new Error("digest() was already called")}function Me(e,t){C(e,void 0,"output");let n=t.outputLen;if(!(e.length>=n))throw new RangeError(\'"output" expected length >= \'+n)}function V(e){return new Uint32Array(e.buffer,e.byteOffset,Math.floor(e.byteLength/4))}function W(...e){for(let t=0;t<e.length;t++)e[t].fill(0)}function Gn(e){return new DataView(e.buffer,e.byteOffset,e.byteLength)}var ot=new Uint8Array(new Uint32Array([287454020]).buffer)[0]===68;function Jn(e){return e<<24&4278190080|e<<8&16711680|e>>>8&65280|e>>>24&255}function Qn(e){for(let t=0;t<e.length;t++)e[t]=Jn(e[t]);return e}var et=ot?e=>e:Qn;function tr(e,t){return!e.byteLength||!t.byteLength?!1:e.buffer===t.buffer&&e.byteOffset<t.byteOffset+t.byteLength&&t.byteOffset<e.byteOffset+e.byteLength}function Fe(e,t){if(tr(e,t)&&e.byteOffset<t.byteOffset)throw new Error("complex overlap of input and output is not supported")}function De(e,t){return Ue(e,"defaults"),Ue(t,"opts"),Object.assign(e,t)}function Ce(e,t){if(e=C(e),t=C(t),e.length!==t.length)return!1;let n=0;for(let o=0;o<e.length;o++)n|=e[o]^t[o];return n===0}function He(e,t,n){let o=t,r=n||(()=>[]),i=(g,y)=>o(y,...r(g)).update(g).digest(),m=o(new Uint8Array(e),...r(new Uint8Array(0)));return i.outputLen=m.outputLen,i.blockLen=m.blockLen,i.create=(g,...y)=>o(g,...y),i}var $e=(e,t)=>{function n(o,...r){if(C(o,void 0,"key"),e.nonceLength!==void 0){let v=r[0];C(v,e.varSizeNonce?void 0:e.nonceLength,"nonce")}let i=e.tagLength,m=e.nonceLength!==void 0?1:0;if(!e.withAAD){for(let v=m;v<r.length;v++)if(oe(r[v]))throw new Error("AAD not supported")}e.withAAD&&r[m]!==void 0&&C(r[m],void 0,"AAD");let g=t(o,...r),y=(v,f)=>{if(f!==void 0){if(v!==2)throw new Error("cipher output not supported");C(f,void 0,"output")}},x=!1;return{encrypt(v,f){if(x)throw new Error("cannot encrypt() twice with same key + nonce");return x=!0,C(v,void 0,"data"),y(g.encrypt.length,f),g.encrypt(v,f)},decrypt(v,f){if(C(v,void 0,"data"),i&&v.length<i)throw new Error(\'"ciphertext" expected length >= tagLength=\'+i);return y(g.decrypt.length,f),g.decrypt(v,f)}}}return Object.assign(n,e),n};function qt(e,t,n=!0){if(t===void 0)return new Uint8Array(e);if(C(t,e,"output"),n&&!Bt(t))throw new Error("invalid output, must be aligned");return t}function Pe(e,t,n){ht(e),ht(t),Mt(n);let o=new Uint8Array(16),r=Gn(o);return r.setBigUint64(0,BigInt(t),n),r.setBigUint64(8,BigInt(e),n),o}function Bt(e){return e.byteOffset%4===0}function yt(e){return Uint8Array.from(C(e))}var Ze=e=>Uint8Array.from(e.split(""),t=>t.charCodeAt(0)),er=et(V(Ze("expand 16-byte k"))),nr=et(V(Ze("expand 32-byte k")));function M(e,t){return e<<t|e>>>32-t}var At=64,rr=16,ie=2**32-1,Ye=Uint32Array.of();function or(e,t,n,o,r,i,m,g){let y=r.length,x=new Uint8Array(At),E=V(x),v=ot&&Bt(r)&&Bt(i),f=v?V(r):Ye,a=v?V(i):Ye;if(!ot){for(let d=0;d<y;m++){if(e(t,n,o,E,m,g),et(E),m>=ie)throw new Error("arx: counter overflow");let c=Math.min(At,y-d);for(let l=0,u;l<c;l++)u=d+l,i[u]=r[u]^x[l];d+=c}return}for(let d=0;d<y;m++){if(e(t,n,o,E,m,g),m>=ie)throw new Error("arx: counter overflow");let c=Math.min(At,y-d);if(v&&c===At){let l=d/4;if(d%4!==0)throw new Error("arx: invalid block position");for(let u=0,h;u<rr;u++)h=l+u,a[h]=f[h]^E[u];d+=At;continue}for(let l=0,u;l<c;l++)u=d+l,i[u]=r[u]^x[l];d+=c}}function Ke(e,t){let{allowShortKeys:n,extendNonceFn:o,counterLength:r,counterRight:i,rounds:m}=De({allowShortKeys:!1,counterLength:8,counterRight:!1,rounds:20},t);if(typeof e!="function")throw new Error("core must be a function");return ht(r),ht(m),Mt(i),Mt(n),(g,y,x,E,v=0)=>{C(g,void 0,"key"),C(y,void 0,"nonce"),C(x,void 0,"data");let f=x.length,a=E!==void 0;if(E=qt(f,E,!1),a&&Fe(x,E),ht(v),v<0||v>=ie)throw new Error("arx: counter overflow");let d=[],c=g.length,l,u;if(c===32)d.push(l=yt(g)),u=nr;else if(c===16&&n)l=new Uint8Array(32),l.set(g),l.set(g,16),u=er,d.push(l);else throw C(g,32,"arx key"),new Error("invalid key size");(!ot||!Bt(y))&&d.push(y=yt(y));let h=V(l);if(o){if(y.length!==24)throw new Error("arx: extended nonce must be 24 bytes");let w=y.subarray(0,16);if(ot)o(u,h,V(w),h);else{let O=et(Uint32Array.from(u));o(O,h,V(w),h),W(O),et(h)}y=y.subarray(16)}else ot||et(h);let s=16-r;if(s!==y.length)throw new Error(`arx: nonce must be ${s} or 16 bytes`);if(s!==12){let w=new Uint8Array(12);w.set(y,i?0:12-y.length),y=w,d.push(y)}let p=et(V(y));try{return or(e,u,h,p,x,E,v,m),E}finally{W(...d)}}}function P(e,t){return e[t++]&255|(e[t++]&255)<<8}var fe=class{blockLen=16;outputLen=16;buffer=new Uint8Array(16);r=new Uint16Array(10);h=new Uint16Array(10);pad=new Uint16Array(8);pos=0;finished=!1;destroyed=!1;constructor(t){t=yt(C(t,32,"key"));let n=P(t,0),o=P(t,2),r=P(t,4),i=P(t,6),m=P(t,8),g=P(t,10),y=P(t,12),x=P(t,14);this.r[0]=n&8191,this.r[1]=(n>>>13|o<<3)&8191,this.r[2]=(o>>>10|r<<6)&7939,this.r[3]=(r>>>7|i<<9)&8191,this.r[4]=(i>>>4|m<<12)&255,this.r[5]=m>>>1&8190,this.r[6]=(m>>>14|g<<2)&8191,this.r[7]=(g>>>11|y<<5)&8065,this.r[8]=(y>>>8|x<<8)&8191,this.r[9]=x>>>5&127;for(let E=0;E<8;E++)this.pad[E]=P(t,16+2*E)}process(t,n,o=!1){let r=o?0:2048,{h:i,r:m}=this,g=m[0],y=m[1],x=m[2],E=m[3],v=m[4],f=m[5],a=m[6],d=m[7],c=m[8],l=m[9],u=P(t,n+0),h=P(t,n+2),s=P(t,n+4),p=P(t,n+6),w=P(t,n+8),O=P(t,n+10),I=P(t,n+12),z=P(t,n+14),j=i[0]+(u&8191),A=i[1]+((u>>>13|h<<3)&8191),T=i[2]+((h>>>10|s<<6)&8191),_=i[3]+((s>>>7|p<<9)&8191),R=i[4]+((p>>>4|w<<12)&8191),b=i[5]+(w>>>1&8191),q=i[6]+((w>>>14|O<<2)&8191),B=i[7]+((O>>>11|I<<5)&8191),S=i[8]+((I>>>8|z<<8)&8191),L=i[9]+(z>>>5|r),k=0,N=k+j*g+A*(5*l)+T*(5*c)+_*(5*d)+R*(5*a);k=N>>>13,N&=8191,N+=b*(5*f)+q*(5*v)+B*(5*E)+S*(5*x)+L*(5*y),k+=N>>>13,N&=8191;let U=k+j*y+A*g+T*(5*l)+_*(5*c)+R*(5*d);k=U>>>13,U&=8191,U+=b*(5*a)+q*(5*f)+B*(5*v)+S*(5*E)+L*(5*x),k+=U>>>13,U&=8191;let F=k+j*x+A*y+T*g+_*(5*l)+R*(5*c);k=F>>>13,F&=8191,F+=b*(5*d)+q*(5*a)+B*(5*f)+S*(5*v)+L*(5*E),k+=F>>>13,F&=8191;let Y=k+j*E+A*x+T*y+_*g+R*(5*l);k=Y>>>13,Y&=8191,Y+=b*(5*c)+q*(5*d)+B*(5*a)+S*(5*f)+L*(5*v),k+=Y>>>13,Y&=8191;let Z=k+j*v+A*E+T*x+_*y+R*g;k=Z>>>13,Z&=8191,Z+=b*(5*l)+q*(5*c)+B*(5*d)+S*(5*a)+L*(5*f),k+=Z>>>13,Z&=8191;let Q=k+j*f+A*v+T*E+_*x+R*y;k=Q>>>13,Q&=8191,Q+=b*g+q*(5*l)+B*(5*c)+S*(5*d)+L*(5*a),k+=Q>>>13,Q&=8191;let tt=k+j*a+A*f+T*v+_*E+R*x;k=tt>>>13,tt&=8191,tt+=b*y+q*g+B*(5*l)+S*(5*c)+L*(5*d),k+=tt>>>13,tt&=8191;let rt=k+j*d+A*a+T*f+_*v+R*E;k=rt>>>13,rt&=8191,rt+=b*x+q*y+B*g+S*(5*l)+L*(5*c),k+=rt>>>13,rt&=8191;let lt=k+j*c+A*d+T*a+_*f+R*v;k=lt>>>13,lt&=8191,lt+=b*E+q*x+B*y+S*g+L*(5*l),k+=lt>>>13,lt&=8191;let dt=k+j*l+A*c+T*d+_*a+R*f;k=dt>>>13,dt&=8191,dt+=b*v+q*E+B*x+S*y+L*g,k+=dt>>>13,dt&=8191,k=(k<<2)+k|0,k=k+N|0,N=k&8191,k=k>>>13,U+=k,i[0]=N,i[1]=U,i[2]=F,i[3]=Y,i[4]=Z,i[5]=Q,i[6]=tt,i[7]=rt,i[8]=lt,i[9]=dt}finalize(){let{h:t,pad:n}=this,o=new Uint16Array(10),r=t[1]>>>13;t[1]&=8191;for(let g=2;g<10;g++)t[g]+=r,r=t[g]>>>13,t[g]&=8191;t[0]+=r*5,r=t[0]>>>13,t[0]&=8191,t[1]+=r,r=t[1]>>>13,t[1]&=8191,t[2]+=r,o[0]=t[0]+5,r=o[0]>>>13,o[0]&=8191;for(let g=1;g<10;g++)o[g]=t[g]+r,r=o[g]>>>13,o[g]&=8191;o[9]-=8192;let i=(r^1)-1;for(let g=0;g<10;g++)o[g]&=i;i=~i;for(let g=0;g<10;g++)t[g]=t[g]&i|o[g];t[0]=(t[0]|t[1]<<13)&65535,t[1]=(t[1]>>>3|t[2]<<10)&65535,t[2]=(t[2]>>>6|t[3]<<7)&65535,t[3]=(t[3]>>>9|t[4]<<4)&65535,t[4]=(t[4]>>>12|t[5]<<1|t[6]<<14)&65535,t[5]=(t[6]>>>2|t[7]<<11)&65535,t[6]=(t[7]>>>5|t[8]<<8)&65535,t[7]=(t[8]>>>8|t[9]<<5)&65535;let m=t[0]+n[0];t[0]=m&65535;for(let g=1;g<8;g++)m=(t[g]+n[g]|0)+(m>>>16)|0,t[g]=m&65535;W(o)}update(t){se(this),C(t),t=yt(t);let{buffer:n,blockLen:o}=this,r=t.length;for(let i=0;i<r;){let m=Math.min(o-this.pos,r-i);if(m===o){for(;o<=r-i;i+=o)this.process(t,i);continue}n.set(t.subarray(i,i+m),this.pos),this.pos+=m,i+=m,this.pos===o&&(this.process(n,0,!1),this.pos=0)}return this}destroy(){this.destroyed=!0,W(this.h,this.r,this.buffer,this.pad)}digestInto(t){se(this),Me(t,this),this.finished=!0;let{buffer:n,h:o}=this,{pos:r}=this;if(r){for(n[r++]=1;r<16;r++)n[r]=0;this.process(n,0,!0)}this.finalize();let i=0;for(let m=0;m<8;m++)t[i++]=o[m]>>>0,t[i++]=o[m]>>>8}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let o=t.slice(0,n);return this.destroy(),o}},We=He(32,e=>new fe(e));function sr(e,t,n,o,r,i=20){let m=e[0],g=e[1],y=e[2],x=e[3],E=t[0],v=t[1],f=t[2],a=t[3],d=t[4],c=t[5],l=t[6],u=t[7],h=r,s=n[0],p=n[1],w=n[2],O=m,I=g,z=y,j=x,A=E,T=v,_=f,R=a,b=d,q=c,B=l,S=u,L=h,k=s,N=p,U=w;for(let Y=0;Y<i;Y+=2)O=O+A|0,L=M(L^O,16),b=b+L|0,A=M(A^b,12),O=O+A|0,L=M(L^O,8),b=b+L|0,A=M(A^b,7),I=I+T|0,k=M(k^I,16),q=q+k|0,T=M(T^q,12),I=I+T|0,k=M(k^I,8),q=q+k|0,T=M(T^q,7),z=z+_|0,N=M(N^z,16),B=B+N|0,_=M(_^B,12),z=z+_|0,N=M(N^z,8),B=B+N|0,_=M(_^B,7),j=j+R|0,U=M(U^j,16),S=S+U|0,R=M(R^S,12),j=j+R|0,U=M(U^j,8),S=S+U|0,R=M(R^S,7),O=O+T|0,U=M(U^O,16),B=B+U|0,T=M(T^B,12),O=O+T|0,U=M(U^O,8),B=B+U|0,T=M(T^B,7),I=I+_|0,L=M(L^I,16),S=S+L|0,_=M(_^S,12),I=I+_|0,L=M(L^I,8),S=S+L|0,_=M(_^S,7),z=z+R|0,k=M(k^z,16),b=b+k|0,R=M(R^b,12),z=z+R|0,k=M(k^z,8),b=b+k|0,R=M(R^b,7),j=j+A|0,N=M(N^j,16),q=q+N|0,A=M(A^q,12),j=j+A|0,N=M(N^j,8),q=q+N|0,A=M(A^q,7);let F=0;o[F++]=m+O|0,o[F++]=g+I|0,o[F++]=y+z|0,o[F++]=x+j|0,o[F++]=E+A|0,o[F++]=v+T|0,o[F++]=f+_|0,o[F++]=a+R|0,o[F++]=d+b|0,o[F++]=c+q|0,o[F++]=l+B|0,o[F++]=u+S|0,o[F++]=h+L|0,o[F++]=s+k|0,o[F++]=p+N|0,o[F++]=w+U|0}var ir=Ke(sr,{counterRight:!1,counterLength:4,allowShortKeys:!1});var fr=new Uint8Array(16),Xe=(e,t)=>{e.update(t);let n=t.length%16;n&&e.update(fr.subarray(n))},cr=new Uint8Array(32);function Ve(e,t,n,o,r){r!==void 0&&C(r,void 0,"AAD");let i=e(t,n,cr),m=Pe(o.length,r?r.length:0,!0),g=We.create(i);r&&Xe(g,r),Xe(g,o),g.update(m);let y=g.digest();return W(i,m),y}var ar=e=>(t,n,o)=>({encrypt(i,m){let g=i.length;m=qt(g+16,m,!1),m.set(i);let y=m.subarray(0,-16);e(t,n,y,y,1);let x=Ve(e,t,n,y,o);return m.set(x,g),W(x),m},decrypt(i,m){m=qt(i.length-16,m,!1);let g=i.subarray(0,-16),y=i.subarray(-16),x=Ve(e,t,n,g,o);if(!Ce(y,x))throw W(x),new Error("invalid tag");return m.set(i.subarray(0,-16)),e(t,n,m,m,1),W(x),m}}),Ge=$e({blockSize:64,nonceLength:12,tagLength:16,withAAD:!0},ar(ir));function Ft(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}var ce=e=>e?`"${e}" `:"";function _t(e,t=""){if(typeof e!="number")throw new TypeError(ce(t)+"expected number, got "+typeof e);if(!Number.isSafeInteger(e)||e<0)throw new RangeError(ce(t)+"expected integer >= 0, got "+e);return e}function G(e,t,n=""){if(Ft(e)&&(t===void 0||e.length===t))return e;t!==void 0&&_t(t,"length");let o=Ft(e),r=t!==void 0?` of length ${t}`:"",i=o?`length=${e.length}`:`type=${typeof e}`,m=ce(n)+"expected Uint8Array"+r+", got "+i;throw o?new RangeError(m):new TypeError(m)}var lr=(e,t)=>{if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError((t==="object"?"":`"${t}" `)+"expected object, got type="+typeof e)},Je=(e,t)=>{lr(e,t);let n=Object.getPrototypeOf(e);if(n!==Object.prototype&&n!==null)throw new TypeError(`"${t}" expected plain object`);if(Object.hasOwn(e,"__proto__"))throw new TypeError(`"${t}.__proto__" is not allowed`)};function ae(e,t=!0){if(e.destroyed)throw new Error("hash was destroyed");if(t&&e.finished)throw new Error("digest() was already called")}function tn(e,t){G(e,void 0,"output");let n=t.outputLen;if(!(e.length>=n))throw new RangeError(\'"output" expected length >= \'+n)}function le(...e){for(let t=0;t<e.length;t++)e[t].fill(0)}function Dt(e){return new DataView(e.buffer,e.byteOffset,e.byteLength)}var en=typeof Uint8Array.from([]).toHex=="function"&&typeof Uint8Array.fromHex=="function",dr=Array.from({length:256},(e,t)=>t.toString(16).padStart(2,"0"));function Ct(e){if(G(e),en)return e.toHex();let t="";for(let n=0;n<e.length;n++)t+=dr[e[n]];return t}function Qe(e){return e>=48&&e<=57?e-48:e>=65&&e<=70?e-55:e>=97&&e<=102?e-87:void 0}function Ht(e){if(typeof e!="string")throw new TypeError("hex string expected, got "+typeof e);if(en)try{return Uint8Array.fromHex(e)}catch(r){throw r instanceof SyntaxError?new RangeError(r.message):r}let t=e.length,n=t/2;if(t%2)throw new RangeError("hex string expected, got unpadded hex of length "+t);let o=new Uint8Array(n);for(let r=0,i=0;r<n;r++,i+=2){let m=Qe(e.charCodeAt(i)),g=Qe(e.charCodeAt(i+1));if(m===void 0||g===void 0){let y=e[i]+e[i+1];throw new RangeError(\'hex string expected, got non-hex character "\'+y+\'" at index \'+i)}o[r]=m*16+g}return o}function de(...e){let t=0;for(let o=0;o<e.length;o++){let r=e[o];G(r),t+=r.length}let n=new Uint8Array(t);for(let o=0,r=0;o<e.length;o++){let i=e[o];n.set(i,r),r+=i.length}return n}function hr(e,t,n="opts"){return Je(e,"defaults"),t!==void 0&&Je(t,n),Object.assign(Object.create(null),e,t)}function nn(e,t={}){if(typeof e!="function")throw new TypeError(\'"hashCons" expected function, got type=\'+typeof e);t=hr({},t,"info");let n=(r,i)=>e(i).update(r).digest(),o=e(void 0);return n.outputLen=o.outputLen,n.blockLen=o.blockLen,n.canXOF=o.canXOF,n.create=r=>e(r),Object.assign(n,t),Object.freeze(n)}function rn(e=32){_t(e,"bytesLength");let t=typeof globalThis=="object"?globalThis.crypto:null;if(typeof t?.getRandomValues!="function")throw new Error("crypto.getRandomValues must be defined");if(e>65536)throw new RangeError(`"bytesLength" expected <= 65536, got ${e}`);return t.getRandomValues(new Uint8Array(e))}var on=e=>({oid:Uint8Array.from([6,9,96,134,72,1,101,3,4,2,e])});var $t=BigInt(4294967295),sn=BigInt(32);function ur(e,t=!1){return t?{h:Number(e&$t),l:Number(e>>sn&$t)}:{h:Number(e>>sn&$t)|0,l:Number(e&$t)|0}}function fn(e,t=!1){let n=e.length,o=new Uint32Array(n),r=new Uint32Array(n);for(let i=0;i<n;i++){let{h:m,l:g}=ur(e[i],t);[o[i],r[i]]=[m,g]}return[o,r]}var pr=e=>e/2**32|0,mr=e=>e>>>0;function cn(e,t,n,o){let r=pr(n),i=mr(n);e.setUint32(t,o?i:r,o),e.setUint32(t+4,o?r:i,o)}var he=(e,t,n)=>e>>>n,ue=(e,t,n)=>e<<32-n|t>>>n,ut=(e,t,n)=>e>>>n|t<<32-n,pt=(e,t,n)=>e<<32-n|t>>>n,zt=(e,t,n)=>e<<64-n|t>>>n-32,St=(e,t,n)=>e>>>n-32|t<<64-n;function J(e,t,n,o){let r=(t>>>0)+(o>>>0);return{h:e+n+(r/2**32|0)|0,l:r|0}}var an=(e,t,n)=>(e>>>0)+(t>>>0)+(n>>>0),ln=(e,t,n,o)=>t+n+o+(e/2**32|0)|0,dn=(e,t,n,o)=>(e>>>0)+(t>>>0)+(n>>>0)+(o>>>0),hn=(e,t,n,o,r)=>t+n+o+r+(e/2**32|0)|0,un=(e,t,n,o,r)=>(e>>>0)+(t>>>0)+(n>>>0)+(o>>>0)+(r>>>0),pn=(e,t,n,o,r,i)=>t+n+o+r+i+(e/2**32|0)|0;var Pt=class{blockLen;outputLen;canXOF=!1;padOffset;isLE;buffer;view;finished=!1;length=0;pos=0;destroyed=!1;constructor(t,n,o,r){this.blockLen=t,this.outputLen=n,this.padOffset=o,this.isLE=r,this.buffer=new Uint8Array(t),this.view=Dt(this.buffer)}update(t){ae(this),G(t);let{view:n,buffer:o,blockLen:r}=this,i=t.length,m=!1;for(let g=0;g<i;){let y=Math.min(r-this.pos,i-g);if(y===r){let x=Dt(t);for(;r<=i-g;g+=r)this.process(x,g);m=!0;continue}o.set(g===0&&y===i?t:t.subarray(g,g+y),this.pos),this.pos+=y,g+=y,this.pos===r&&(this.process(n,0),this.pos=0,m=!0)}return this.length+=t.length,m&&this.roundClean(),this}digestInto(t){ae(this),tn(t,this),this.finished=!0;let{buffer:n,view:o,blockLen:r,isLE:i}=this,{pos:m}=this;n[m++]=128,n.fill(0,m),this.padOffset>r-m&&(this.process(o,0),n.fill(0)),cn(o,r-8,this.length*8,i),this.process(o,0),this.roundClean();let g=t===n?o:Dt(t),y=this.outputLen,x=y/4,E=this.get();if(y%4||x>E.length)throw new Error("invalid outputLen");for(let v=0;v<x;v++)g.setUint32(4*v,E[v],i)}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let o=t.slice(0,n);return this.destroy(),o}_cloneIntoMeta(t){let{buffer:n,length:o,finished:r,destroyed:i,pos:m}=this;return t.destroyed=i,t.finished=r,t.length=o,t.pos=m,m&&t.buffer.set(n),t}clone(){return this._cloneInto()}};var mn=Uint32Array.from([1779033703,4089235720,3144134277,2227873595,1013904242,4271175723,2773480762,1595750129,1359893119,2917565137,2600822924,725511199,528734635,4215389547,1541459225,327033209]);var gn=fn(["0x428a2f98d728ae22","0x7137449123ef65cd","0xb5c0fbcfec4d3b2f","0xe9b5dba58189dbbc","0x3956c25bf348b538","0x59f111f1b605d019","0x923f82a4af194f9b","0xab1c5ed5da6d8118","0xd807aa98a3030242","0x12835b0145706fbe","0x243185be4ee4b28c","0x550c7dc3d5ffb4e2","0x72be5d74f27b896f","0x80deb1fe3b1696b1","0x9bdc06a725c71235","0xc19bf174cf692694","0xe49b69c19ef14ad2","0xefbe4786384f25e3","0x0fc19dc68b8cd5b5","0x240ca1cc77ac9c65","0x2de92c6f592b0275","0x4a7484aa6ea6e483","0x5cb0a9dcbd41fbd4","0x76f988da831153b5","0x983e5152ee66dfab","0xa831c66d2db43210","0xb00327c898fb213f","0xbf597fc7beef0ee4","0xc6e00bf33da88fc2","0xd5a79147930aa725","0x06ca6351e003826f","0x142929670a0e6e70","0x27b70a8546d22ffc","0x2e1b21385c26c926","0x4d2c6dfc5ac42aed","0x53380d139d95b3df","0x650a73548baf63de","0x766a0abb3c77b2a8","0x81c2c92e47edaee6","0x92722c851482353b","0xa2bfe8a14cf10364","0xa81a664bbc423001","0xc24b8b70d0f89791","0xc76c51a30654be30","0xd192e819d6ef5218","0xd69906245565a910","0xf40e35855771202a","0x106aa07032bbd1b8","0x19a4c116b8d2d0c8","0x1e376c085141ab53","0x2748774cdf8eeb99","0x34b0bcb5e19b48a8","0x391c0cb3c5c95a63","0x4ed8aa4ae3418acb","0x5b9cca4f7763e373","0x682e6ff3d6b2b8a3","0x748f82ee5defb2fc","0x78a5636f43172f60","0x84c87814a1f0ab72","0x8cc702081a6439ec","0x90befffa23631e28","0xa4506cebde82bde9","0xbef9a3f7b2c67915","0xc67178f2e372532b","0xca273eceea26619c","0xd186b8c721c0c207","0xeada7dd6cde0eb1e","0xf57d4f7fee6ed178","0x06f067aa72176fba","0x0a637dc5a2c898a6","0x113f9804bef90dae","0x1b710b35131c471b","0x28db77f523047d84","0x32caab7b40c72493","0x3c9ebe0a15c9bebc","0x431d67c49c100d4c","0x4cc5d4becb3e42b6","0x597f299cfc657e2a","0x5fcb6fab3ad6faec","0x6c44198c4a475817"].map(e=>BigInt(e))),wr=gn[0],yr=gn[1],st=new Uint32Array(80),it=new Uint32Array(80),pe=class extends Pt{Ah=0;Al=0;Bh=0;Bl=0;Ch=0;Cl=0;Dh=0;Dl=0;Eh=0;El=0;Fh=0;Fl=0;Gh=0;Gl=0;Hh=0;Hl=0;constructor(t,n){super(128,t,16,!1),this.Ah=n[0]|0,this.Al=n[1]|0,this.Bh=n[2]|0,this.Bl=n[3]|0,this.Ch=n[4]|0,this.Cl=n[5]|0,this.Dh=n[6]|0,this.Dl=n[7]|0,this.Eh=n[8]|0,this.El=n[9]|0,this.Fh=n[10]|0,this.Fl=n[11]|0,this.Gh=n[12]|0,this.Gl=n[13]|0,this.Hh=n[14]|0,this.Hl=n[15]|0}get(){let{Ah:t,Al:n,Bh:o,Bl:r,Ch:i,Cl:m,Dh:g,Dl:y,Eh:x,El:E,Fh:v,Fl:f,Gh:a,Gl:d,Hh:c,Hl:l}=this;return[t,n,o,r,i,m,g,y,x,E,v,f,a,d,c,l]}set(t,n,o,r,i,m,g,y,x,E,v,f,a,d,c,l){this.Ah=t|0,this.Al=n|0,this.Bh=o|0,this.Bl=r|0,this.Ch=i|0,this.Cl=m|0,this.Dh=g|0,this.Dl=y|0,this.Eh=x|0,this.El=E|0,this.Fh=v|0,this.Fl=f|0,this.Gh=a|0,this.Gl=d|0,this.Hh=c|0,this.Hl=l|0}_cloneInto(t){return(t||=new this.constructor).set(...this.get()),this._cloneIntoMeta(t)}process(t,n){for(let s=0;s<16;s++,n+=4)st[s]=t.getUint32(n),it[s]=t.getUint32(n+=4);for(let s=16;s<80;s++){let p=st[s-15]|0,w=it[s-15]|0,O=ut(p,w,1)^ut(p,w,8)^he(p,w,7),I=pt(p,w,1)^pt(p,w,8)^ue(p,w,7),z=st[s-2]|0,j=it[s-2]|0,A=ut(z,j,19)^zt(z,j,61)^he(z,j,6),T=pt(z,j,19)^St(z,j,61)^ue(z,j,6),_=dn(I,T,it[s-7],it[s-16]),R=hn(_,O,A,st[s-7],st[s-16]);st[s]=R|0,it[s]=_|0}let{Ah:o,Al:r,Bh:i,Bl:m,Ch:g,Cl:y,Dh:x,Dl:E,Eh:v,El:f,Fh:a,Fl:d,Gh:c,Gl:l,Hh:u,Hl:h}=this;for(let s=0;s<80;s++){let p=ut(v,f,14)^ut(v,f,18)^zt(v,f,41),w=pt(v,f,14)^pt(v,f,18)^St(v,f,41),O=v&a^~v&c,I=f&d^~f&l,z=un(h,w,I,yr[s],it[s]),j=pn(z,u,p,O,wr[s],st[s]),A=z|0,T=ut(o,r,28)^zt(o,r,34)^zt(o,r,39),_=pt(o,r,28)^St(o,r,34)^St(o,r,39),R=o&i^o&g^i&g,b=r&m^r&y^m&y;u=c|0,h=l|0,c=a|0,l=d|0,a=v|0,d=f|0,{h:v,l:f}=J(x|0,E|0,j|0,A|0),x=g|0,E=y|0,g=i|0,y=m|0,i=o|0,m=r|0;let q=an(A,_,b);o=ln(q,j,T,R),r=q|0}({h:o,l:r}=J(this.Ah|0,this.Al|0,o|0,r|0)),{h:i,l:m}=J(this.Bh|0,this.Bl|0,i|0,m|0),{h:g,l:y}=J(this.Ch|0,this.Cl|0,g|0,y|0),{h:x,l:E}=J(this.Dh|0,this.Dl|0,x|0,E|0),{h:v,l:f}=J(this.Eh|0,this.El|0,v|0,f|0),{h:a,l:d}=J(this.Fh|0,this.Fl|0,a|0,d|0),{h:c,l}=J(this.Gh|0,this.Gl|0,c|0,l|0),{h:u,l:h}=J(this.Hh|0,this.Hl|0,u|0,h|0),this.set(o,r,i,m,g,y,x,E,v,f,a,d,c,l,u,h)}roundClean(){le(st,it)}destroy(){this.destroyed=!0,le(this.buffer),this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0)}},me=class extends pe{constructor(){super(64,mn)}};var ge=nn(()=>new me,on(3));var xr=new TextEncoder;var n0=new TextDecoder("utf-8",{fatal:!0});function xt(e){return xr.encode(e)}var a0=1<<20;function Kt(e,t,n=()=>{}){if(!Array.isArray(e))throw new TypeError(`"${t}" expected array, got type=${typeof e}`);for(let o=0;o<e.length;o++)n(e[o],`${t}[${o}]`);return e}var K=(e,t,n)=>G(e,t,n),xe=_t;function ft(e,t="object"){if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError(t==="object"?"expected valid options object":`"${t}" expected object, got type=${typeof e}`);return e}function mt(e,t){if(typeof e!="function")throw new TypeError(`"${t}" is invalid: expected function, got ${typeof e}`);return e}var yn=Ct,be=(...e)=>de(...e),xn=e=>Ht(e),Ot=Ft,Ee=e=>rn(e),Zt=BigInt(0),wn=BigInt(1),jr=e=>e?`"${e}" `:"";function nt(e,t=""){if(typeof e!="boolean")throw new TypeError(jr(t)+"expected boolean, got type="+typeof e);return e}function vr(e){if(typeof e=="bigint"){if(!ct(e))throw new RangeError("positive bigint expected, got "+e)}else xe(e);return e}function bt(e,t=""){if(typeof e!="number"){let n=t&&`"${t}" `;throw new TypeError(n+"expected number, got type="+typeof e)}if(!Number.isSafeInteger(e)){let n=t&&`"${t}" `;throw new RangeError(n+"expected safe integer, got "+e)}}function bn(e){if(typeof e!="string")throw new TypeError("hex string expected, got "+typeof e);return e===""?Zt:BigInt("0x"+e)}function Wt(e){return bn(Ct(e))}function Et(e){return bn(Ct(Tt(G(e)).reverse()))}function ke(e,t){if(_t(t),t===0)throw new Error("zero output length is invalid");e=vr(e);let n=t*2,o=e.toString(16);if(o.length>n)throw new RangeError("number is too large");return Ht(o.padStart(n,"0"))}function En(e,t){return ke(e,t).reverse()}function Tt(e){return Uint8Array.from(K(e))}function ct(e){return typeof e=="bigint"&&Zt<=e}function je(e,t,n){return ct(e)&&ct(t)&&ct(n)&&t<=e&&e<n}function ve(e,t,n,o){if(!je(t,n,o))throw new RangeError("expected valid "+e+": "+n+" <= n < "+o+", got "+t)}function qe(e){if(e<Zt)throw new Error("expected non-negative bigint, got "+e);return e===Zt?0:e.toString(2).length}var kn=e=>(bt(e,"n"),(wn<<BigInt(e))-wn);function at(e,t={},n={},o="object"){ft(e,o),ft(t,"fields"),ft(n,"optFields");function r(m,g,y){let x=o==="object"?`param "${String(m)}"`:`"${o}.${String(m)}"`,E=e[m];if(!Object.hasOwn(e,m)&&(y?E!==void 0:g!=="function"))throw new TypeError(`${x} is invalid: expected own property`);if(y&&E===void 0)return;let v=typeof E;if(v!==g||E===null)throw new TypeError(`${x} is invalid: expected ${g}, got ${v}`)}let i=(m,g)=>Object.entries(m).forEach(([y,x])=>r(y,x,g));i(t,!1),i(n,!0)}var $=BigInt(0),D=BigInt(1),gt=BigInt(2),qn=BigInt(3),Be=BigInt(4),Bn=BigInt(5),qr=BigInt(7),An=BigInt(8),Br=BigInt(9),Ar=BigInt(15),_n=BigInt(16),_r=BigInt("0x10000000000000000");function H(e,t){if(t<=$)throw new Error("mod: expected positive modulus, got "+t);let n=e%t;return n>=$?n:t+n}function zr(e,t,n){if(n<=D)throw new Error("pow: expected modulus > 1, got "+n);if(typeof t!="bigint")throw new TypeError("invalid exponent: expected bigint, got "+typeof t);if(t<$)throw new Error("invalid exponent, negatives unsupported");if(t===$)return D;if(t===D)return e;let o=e%n;if(o<$&&(o+=n),t<_r){let g=D;for(;t>$;)t&D&&(g=g*o%n),o=o*o%n,t>>=D;return g}let r=[];for(;t>$;)r.push(Number(t&Ar)),t>>=Be;let i=new Array(16);i[0]=D,i[1]=o;for(let g=2;g<16;g++)i[g]=i[g-1]*o%n;let m=i[r[r.length-1]];for(let g=r.length-2;g>=0;g--){m=m*m%n,m=m*m%n,m=m*m%n,m=m*m%n;let y=r[g];y!==0&&(m=m*i[y]%n)}return m}function X(e,t,n){if(n<=D)throw new Error("pow2: expected modulus > 1, got "+n);if(t<$)throw new Error("pow2: expected non-negative exponent, got "+t);let o=e;for(;t-- >$;)o*=o,o%=n;return o}function jn(e,t){if(e===$)throw new Error("invert: expected non-zero number");if(t<=D)throw new Error("invert: expected modulus > 1, got "+t);let n=H(e,t),o=t,r=$,i=D;for(;n!==$;){let g=o/n,y=o-n*g,x=r-i*g;o=n,n=y,r=i,i=x}if(o!==D)throw new Error("invert: does not exist");return H(r,t)}function Ae(e,t,n){let o=e;if(!o.eql(o.sqr(t),n))throw new Error("Cannot find square root")}function _e(e,t){if((e&D)===$)throw new Error(t+": expected odd modulus, got "+e)}function zn(e,t){let n=e,o=(n.ORDER+D)/Be,r=n.pow(t,o);return Ae(n,r,t),r}function Sr(e,t){let n=e,o=(n.ORDER-Bn)/An,r=n.mul(t,gt),i=n.pow(r,o),m=n.mul(t,i),g=n.mul(n.mul(m,gt),i),y=n.mul(m,n.sub(g,n.ONE));return Ae(n,y,t),y}function Or(e){let t=Gt(e),n=Sn(e),o=n(t,t.neg(t.ONE)),r=n(t,o),i=n(t,t.neg(o)),m=(e+qr)/_n;return((g,y)=>{let x=g,E=x.pow(y,m),v=x.mul(E,o),f=x.mul(E,r),a=x.mul(E,i),d=x.eql(x.sqr(v),y),c=x.eql(x.sqr(f),y);E=x.cmov(E,v,d),v=x.cmov(a,f,c);let l=x.eql(x.sqr(v),y),u=x.cmov(E,v,l);return Ae(x,u,y),u})}function Sn(e){if(e<qn)throw new Error("sqrt is not defined for small field");_e(e,"tonelliShanks");let t=e-D,n=0;for(;t%gt===$;)t/=gt,n++;let o=gt,r=Gt(e);for(;Rt(r,o)===1;)if(o++>1e3)throw new Error("Cannot find square root: probably non-prime P");if(n===1)return zn;let i=r.pow(o,t),m=(t+D)/gt;return function(y,x){let E=y;if(E.is0(x))return x;if(Rt(E,x)!==1)throw new Error("Cannot find square root");let v=n,f=E.mul(E.ONE,i),a=E.pow(x,t),d=E.pow(x,m);for(;!E.eql(a,E.ONE);){if(E.is0(a))throw new Error("Cannot find square root: probably non-prime P");let c=1,l=E.sqr(a);for(;!E.eql(l,E.ONE);)if(c++,l=E.sqr(l),c===v)throw new Error("Cannot find square root");let u=D<<BigInt(v-c-1),h=E.pow(f,u);v=c,f=E.sqr(h),a=E.mul(a,f),d=E.mul(d,h)}return d}}function Tr(e){return _e(e,"Fp.sqrt"),e%Be===qn?zn:e%An===Bn?Sr:e%_n===Br?Or(e):Sn(e)}var On=(e,t)=>(H(e,t)&D)===D,Rr=["create","isValid","is0","neg","inv","sqrt","sqr","eql","add","sub","mul","pow","div","addN","subN","mulN","sqrN"];function kt(e){if(ft(e,"field"),typeof e.ORDER!="bigint")throw new TypeError(\'param "ORDER" is invalid: expected bigint, got \'+typeof e.ORDER);bt(e.BYTES,"BYTES"),bt(e.BITS,"BITS");for(let t of Rr)mt(e[t],"field."+t);if(e.BYTES<1||e.BITS<1)throw new Error("invalid field: expected BYTES/BITS > 0");if(e.ORDER<=D)throw new Error("invalid field: expected ORDER > 1, got "+e.ORDER);return e}function Vt(e,t,n=!1){kt(e),Kt(t,"nums"),nt(n,"passZero");let o=e,r=new Array(t.length).fill(n?o.ZERO:void 0),i=t.reduce((g,y,x)=>o.is0(y)?g:(r[x]=g,o.mul(g,y)),o.ONE),m=o.inv(i);return t.reduceRight((g,y,x)=>o.is0(y)?g:(r[x]=o.mul(g,r[x]),o.mul(g,y)),m),r}function Rt(e,t){kt(e);let n=e;_e(n.ORDER,"FpLegendre");let o=(n.ORDER-D)/gt,r=n.pow(t,o),i=n.eql(r,n.ONE),m=n.eql(r,n.ZERO),g=n.eql(r,n.neg(n.ONE));if(!i&&!m&&!g)throw new Error("invalid Legendre symbol result");return i?1:m?0:-1}function Lr(e,t){if(t!==void 0&&xe(t),e<=$)throw new Error("invalid n length: expected positive n, got "+e);if(t!==void 0&&t<1)throw new Error("invalid n length: expected positive bit length, got "+t);let n=qe(e);if(t!==void 0&&t<n)throw new Error(`invalid n length: expected nBitLength (${t}) >= bitLen(n) (${n})`);let o=t!==void 0?t:n,r=Math.ceil(o/8);return{nBitLength:o,nByteLength:r}}var vn=new WeakMap,Xt=class{ORDER;BITS;BYTES;isLE;ZERO=$;ONE=D;_lengths;_mod;constructor(t,n={}){if(t<=D)throw new Error("invalid field: expected ORDER > 1, got "+t);let o;this.isLE=!1,n!=null&&typeof n=="object"&&(typeof n.BITS=="number"&&(o=n.BITS),typeof n.sqrt=="function"&&Object.defineProperty(this,"sqrt",{value:n.sqrt,enumerable:!0}),typeof n.isLE=="boolean"&&(this.isLE=n.isLE),n.allowedLengths&&(this._lengths=Object.freeze(n.allowedLengths.slice())),typeof n.modFromBytes=="boolean"&&(this._mod=n.modFromBytes));let{nBitLength:r,nByteLength:i}=Lr(t,o);if(i>2048)throw new Error("invalid field: expected ORDER of <= 2048 bytes");this.ORDER=t,this.BITS=r,this.BYTES=i,Object.freeze(this)}create(t){return H(t,this.ORDER)}isValid(t){if(typeof t!="bigint")throw new TypeError("invalid field element: expected bigint, got "+typeof t);return $<=t&&t<this.ORDER}is0(t){return t===$}isValidNot0(t){return!this.is0(t)&&this.isValid(t)}isOdd(t){return(t&D)===D}neg(t){return H(-t,this.ORDER)}eql(t,n){return t===n}sqr(t){return H(t*t,this.ORDER)}add(t,n){return H(t+n,this.ORDER)}sub(t,n){return H(t-n,this.ORDER)}mul(t,n){return H(t*n,this.ORDER)}pow(t,n){return zr(t,n,this.ORDER)}div(t,n){return H(t*jn(n,this.ORDER),this.ORDER)}sqrN(t){return t*t}addN(t,n){return t+n}subN(t,n){return t-n}mulN(t,n){return t*n}inv(t){return jn(t,this.ORDER)}sqrt(t){let n=vn.get(this);return n||vn.set(this,n=Tr(this.ORDER)),n(this,t)}toBytes(t){return this.isLE?En(t,this.BYTES):ke(t,this.BYTES)}fromBytes(t,n=!1){K(t);let{_lengths:o,BYTES:r,isLE:i,ORDER:m,_mod:g}=this;if(o){if(t.length<1||!o.includes(t.length)||t.length>r)throw new Error("Field.fromBytes: expected "+o+" bytes, got "+t.length);let x=new Uint8Array(r);x.set(t,i?0:x.length-t.length),t=x}if(t.length!==r)throw new Error("Field.fromBytes: expected "+r+" bytes, got "+t.length);let y=i?Et(t):Wt(t);if(g&&(y=H(y,m)),!n&&!this.isValid(y))throw new Error("invalid field element: outside of range 0..ORDER");return y}invertBatch(t){return Vt(this,t,!0)}cmov(t,n,o){return nt(o,"condition"),o?n:t}};function Gt(e,t={}){return Object.freeze(Xt.prototype),new Xt(e,t)}var Oe=BigInt(0),Lt=BigInt(1),Ir=BigInt(4),ze=16,Tn=128,Nr=5,Rn=2**31;function It(e){let t=e;if(typeof t!="function")throw new TypeError(\'"Point" expected constructor, got type=\'+typeof e);mt(t.fromAffine,"Point.fromAffine"),mt(t.fromBytes,"Point.fromBytes"),mt(t.fromHex,"Point.fromHex"),ft(t.BASE,"Point.BASE"),ft(t.ZERO,"Point.ZERO"),kt(t.Fp),kt(t.Fn)}function In(e,t){It(e),Nn(t,e);let n=Vt(e.Fp,t.map(o=>o.Z));return t.map((o,r)=>e.fromAffine(o.toAffine(n[r])))}function Ur(e,t,n=1){if(!Number.isSafeInteger(e)||e<n||e>t)throw new Error("invalid window size, expected ["+n+".."+t+"], got W="+e)}function Mr(e,t){let n=e*(4*t+128);if(n>Rn)throw new Error("invalid window size: table would need ~"+Math.ceil(n/2**20)+" MiB, max "+Rn/2**20+" MiB")}function Fr(e,t){if(e!==void 0){mt(e,"randomBytes");try{let n=e(t);if(!Ot(n)||n.length!==t)return}catch{return}return e}}function Nn(e,t){Kt(e,"points"),e.forEach((n,o)=>{if(!(n instanceof t))throw new Error("invalid point at index "+o)})}function Dr(e,t,n){if(!Array.isArray(e))throw new Error("array of scalars expected");e.forEach((o,r)=>{if(!(n===void 0?t.isValid(o):ct(o)&&o<n))throw new Error("invalid scalar at index "+r)})}var Un=new WeakMap;function Se(e){return Un.get(e)||1}function Cr(e,t){let n=e.double(),o=[e];for(let r=1;r<t;r++)o.push(o[r-1].add(n));return o}function Hr(e,t){let n=2**t,o=n/2,r=BigInt(n-1),i=[];for(;e>Oe;){let m=0;e&Lt&&(m=Number(e&r),m>=o&&(m-=n),e-=BigInt(m)),i.push(m),e>>=Lt}return i}function $r(e,t,n){let o=2**t,r=o/2,i=BigInt(o-1),m=BigInt(t),g=[];for(let y=0;y<n;y++){let x=Number(e&i);e>>=m,x>r&&(x-=o,e+=Lt),g.push(x)}if(e!==Oe)throw new Error("invalid wnaf");return g}function Pr(e,t,n){let o=0;for(let i of n)o=Math.max(o,i.length);let r=e;for(let i=o-1;i>=0;i--){i!==o-1&&(r=r.double());for(let m=0;m<n.length;m++){let g=n[m][i];if(g){let y=t[m][Math.abs(g)-1>>1];r=r.add(g<0?y.negate():y)}}}return r}var Jt=class{Point;BASE;ZERO;randomBytes;wnafPrecomputes=new WeakMap;baseCanBeBlinded;bits;constructor(t,n){It(t),this.randomBytes=Fr(n,ze),this.Point=t,this.BASE=t.BASE,this.ZERO=t.ZERO,this.bits=t.Fn.BITS}buildWnafTable(t,n,o){let r=Math.ceil(o/n)+1,i=2**(n-1),m=[],g=t;for(let y=0;y<r;y++){let x=g;for(let E=0;E<i;E++)m.push(x),x=x.add(g);g=m[m.length-1].double()}return{W:n,bits:o,windows:r,comp:m}}wnafCachedCT(t,n){let{W:o,windows:r,comp:i}=t,m=2**(o-1),g=$r(n,o,r),y=this.ZERO,x=this.BASE;for(let E=0;E<r;E++){let v=g[E],f=E*m,a=Math.abs(v)-1,d=i[f];for(let l=1;l<m;l++)d=l===a?i[f+l]:d;let c=d.negate();v===0?x=x.add(i[f]):y=y.add(v<0?c:d)}return{p:y,f:x}}getWnafPrecomputes(t,n,o,r){let i=this.wnafPrecomputes.get(n),m=i?.find(g=>g.W===t&&g.bits===o);return m||(m=this.buildWnafTable(n,t,o),typeof r=="function"&&(m={...m,comp:r(m.comp)}),i||(i=[],this.wnafPrecomputes.set(n,i)),i.push(m)),m}assertPoint(t){if(!(t instanceof this.Point))throw new TypeError(\'"point" expected Point instance, got type=\'+typeof t)}validateMulInput(t,n){if(this.assertPoint(t),!je(n,Lt,this.Point.Fn.ORDER))throw new Error("invalid scalar")}runCT(t,n,o,r){let i=Se(t);return i===1?this.fixedWindowCT(t,n,o):this.wnafCachedCT(this.getWnafPrecomputes(i,t,o,r),n)}mulCT(t,n,o){return this.validateMulInput(t,n),this.runCT(t,n,this.bits,o)}mulCTBlinded(t,n,o){if(this.validateMulInput(t,n),this.randomBytes===void 0)throw new Error("randomBytes is required for scalar blinding");let r=this.Point.Fn.BITS+Tn,i=this.randomBytes(ze);if(!Ot(i)||i.length!==ze)throw new Error("randomBytes returned invalid byte array");i[0]=i[0]&63|128;let m=n+Wt(i)*this.Point.Fn.ORDER;return this.runCT(t,m,r,o)}fixedWindowCT(t,n,o){let r=Nr,i=1<<r,m=kn(r),g=new Array(i);g[0]=this.ZERO;for(let E=1;E<i;E++)g[E]=g[E-1].add(t);let y=Math.ceil(o/r),x=this.ZERO;for(let E=y-1;E>=0;E--){if(E!==y-1)for(let a=0;a<r;a++)x=x.double();let v=Number(n>>BigInt(E*r)&m),f=g[0];for(let a=1;a<i;a++)f=a===v?g[a]:f;x=x.add(f)}return{p:x,f:x}}shouldBlind(t,n){return this.randomBytes===void 0?!1:n===Lt?!0:t!==this.BASE?!1:(this.baseCanBeBlinded===void 0&&(this.baseCanBeBlinded=this.mulUnsafe(this.BASE,this.Point.Fn.ORDER).is0()),this.baseCanBeBlinded)}mulSecret(t,n,o,r){return this.shouldBlind(t,o)?this.mulCTBlinded(t,n,r):this.mulCT(t,n,r)}mulUnsafe(t,n,o){if(this.assertPoint(t),!ct(n))throw new Error("invalid scalar");let r=Se(t);if(r===1||n>=this.Point.Fn.ORDER)return Yr(this.Point,[t],[n],!0);let i=this.getWnafPrecomputes(r,t,this.bits,o);return this.wnafCachedCT(i,n).p}setWindowSize(t,n){this.assertPoint(t),Ur(n,this.bits);let o=Math.ceil((this.bits+Tn)/n)+1;Mr(o*2**(n-1),this.Point.Fp.BYTES),Un.set(t,n),this.wnafPrecomputes.delete(t)}hasWindowSize(t){return Se(t)!==1}};function Yr(e,t,n,o=!1){if(It(e),Nn(t,e),nt(o,"allowOversized"),Dr(n,e.Fn,o?e.Fn.ORDER**Ir:void 0),t.length!==n.length)throw new Error("arrays of points and scalars must have equal length");let r=t.map(m=>Cr(m,4)),i=n.map(m=>Hr(m,4));return Pr(e.ZERO,r,i)}function Ln(e,t,n){if(t){if(t.ORDER!==e)throw new Error("Field.ORDER must match order: Fp == p, Fn == n");return kt(t),t}else return Gt(e,{isLE:n})}function Mn(e,t,n={},o){if(e!=="weierstrass"&&e!=="edwards")throw new Error(\'expected curve type "weierstrass" or "edwards"\');if(o===void 0&&(o=e==="edwards"),!t||typeof t!="object")throw new Error(`expected valid ${e} CURVE object`);at(n);for(let y of["p","n","h"]){let x=t[y];if(!(ct(x)&&x!==Oe))throw new Error(`CURVE.${y} must be positive bigint`)}let r=Ln(t.p,n.Fp,o),i=Ln(t.n,n.Fn,o),g=["Gx","Gy","a",e==="weierstrass"?"b":"d"];for(let y of g)if(!r.isValid(t[y]))throw new Error(`CURVE.${y} must be valid field element of CURVE.Fp`);return t=Object.freeze(Object.assign({},t)),{CURVE:t,Fp:r,Fn:i}}function Fn(e,t){return function(o){let r=e(o);return{secretKey:r,publicKey:t(r)}}}var Qt=BigInt(0),te=BigInt(1),ee=BigInt(2),Zr=BigInt(4),Dn=BigInt(8);function Kr(e,t,n,o){let r=e.sqr(n),i=e.sqr(o),m=e.add(e.mul(t.a,r),i),g=e.add(e.ONE,e.mul(t.d,e.mul(r,i)));return e.eql(m,g)}function Cn(e,t={}){at(t,{},{},"extraOpts");let n=t,o=Mn("edwards",e,n,n.FpFnLE),{Fp:r,Fn:i}=o,m=o.CURVE,{h:g}=m;if(Rt(r,m.a)!==1)throw new Error("edwards: CURVE.a must be a square in Fp for complete addition formulas");if(Rt(r,m.d)!==-1)throw new Error("edwards: CURVE.d must be a non-square in Fp for complete addition formulas");at(n,{},{uvRatio:"function",randomBytes:"function"});let y=n.randomBytes===void 0?Ee:n.randomBytes,x=ee<<BigInt(r.BYTES*8)-te;function E(h){if(!r.isOdd)throw new Error("Field does not have .isOdd()");return r.isOdd(h)}let v=n.uvRatio===void 0?(h,s)=>{try{return{isValid:!0,value:r.sqrt(r.div(h,s))}}catch{return{isValid:!1,value:Qt}}}:n.uvRatio;if(!Kr(r,m,m.Gx,m.Gy))throw new Error("bad curve params: generator point");let f=r.eql(m.a,r.neg(r.ONE))?h=>r.neg(h):r.eql(m.a,r.ONE)?h=>h:h=>r.mul(m.a,h);function a(h,s,p=!1){let w=p?te:Qt;return ve("coordinate "+h,s,w,x),s}function d(h){if(!(h instanceof c))throw new Error("EdwardsPoint expected")}class c{static BASE=new c(m.Gx,m.Gy,r.ONE,r.mul(m.Gx,m.Gy));static ZERO=new c(r.ZERO,r.ONE,r.ONE,r.ZERO);static Fp=r;static Fn=i;X;Y;Z;T;constructor(s,p,w,O){this.X=a("x",s),this.Y=a("y",p),this.Z=a("z",w,!0),this.T=a("t",O),Object.freeze(this)}static CURVE(){return m}static fromAffine(s){if(s instanceof c)throw new Error("extended point not allowed");let{x:p,y:w}=s||{};return a("x",p),a("y",w),new c(p,w,r.ONE,r.mul(p,w))}static fromBytes(s,p=!1){let w=r.BYTES,{a:O,d:I}=m;s=Tt(K(s,w,"point")),nt(p,"zip215");let z=Tt(s),j=s[w-1];z[w-1]=j&-129;let A=Et(z),T=p?x:r.ORDER;ve("point.y",A,Qt,T);let _=r.sqr(A),R=r.sub(_,r.ONE),b=r.sub(r.mulN(I,_),O),{isValid:q,value:B}=v(R,b);if(!q)throw new Error("bad point: invalid y coordinate");let S=E(B),L=(j&128)!==0;if(!p&&r.is0(B)&&L)throw new Error("bad point: x=0 and x_0=1");return L!==S&&(B=r.neg(B)),c.fromAffine({x:B,y:A})}static fromHex(s,p=!1){return c.fromBytes(xn(s),p)}get x(){return this.toAffine().x}get y(){return this.toAffine().y}precompute(s=6,p=!0){return u.setWindowSize(this,s),p||this.multiply(ee),this}assertValidity(){let s=this,{a:p,d:w}=m;if(s.is0())throw new Error("bad point: ZERO");let{X:O,Y:I,Z:z,T:j}=s,A=r.sqr(O),T=r.sqr(I),_=r.sqr(z),R=r.sqr(_),b=r.mul(A,p),q=r.mul(r.add(b,T),_),B=r.add(R,r.mul(w,r.mul(A,T)));if(!r.eql(q,B))throw new Error("bad point: equation left != right (1)");let S=r.mul(O,I),L=r.mul(z,j);if(!r.eql(S,L))throw new Error("bad point: equation left != right (2)")}equals(s){d(s);let{X:p,Y:w,Z:O}=this,{X:I,Y:z,Z:j}=s,A=r.mul(p,j),T=r.mul(I,O),_=r.mul(w,j),R=r.mul(z,O);return r.eql(A,T)&&r.eql(_,R)}is0(){return this.equals(c.ZERO)}negate(){return new c(r.neg(this.X),this.Y,this.Z,r.neg(this.T))}double(){let{X:s,Y:p,Z:w}=this,O=r.sqr(s),I=r.sqr(p),z=r.mul(r.sqr(w),ee),j=f(O),A=r.addN(s,p),T=r.sub(r.subN(r.sqr(A),O),I),_=r.addN(j,I),R=r.subN(_,z),b=r.subN(j,I),q=r.mul(T,R),B=r.mul(_,b),S=r.mul(T,b),L=r.mul(R,_);return new c(q,B,L,S)}add(s){d(s);let{d:p}=m,{X:w,Y:O,Z:I,T:z}=this,{X:j,Y:A,Z:T,T:_}=s,R=r.mul(w,j),b=r.mul(O,A),q=r.mul(r.mulN(z,p),_),B=r.mul(I,T),S=r.sub(r.subN(r.mulN(r.addN(w,O),r.addN(j,A)),R),b),L=r.subN(B,q),k=r.addN(B,q),N=r.sub(b,f(R)),U=r.mul(S,L),F=r.mul(k,N),Y=r.mul(S,N),Z=r.mul(L,k);return new c(U,F,Z,Y)}subtract(s){return d(s),this.add(s.negate())}multiply(s){if(!i.isValidNot0(s))throw new RangeError("invalid scalar: expected 1 <= sc < curve.n");let{p,f:w}=u.mulSecret(this,s,g,l);return l([p,w])[0]}multiplyUnsafe(s){if(!i.isValid(s))throw new RangeError("invalid scalar: expected 0 <= sc < curve.n");return s===Qt?c.ZERO:this.is0()||s===te?this:u.mulUnsafe(this,s,l)}isSmallOrder(){return this.clearCofactor().is0()}isTorsionFree(){return u.mulUnsafe(this,m.n).is0()}toAffine(s){let p=this,w=s;if(w!=null&&typeof w!="bigint")throw new TypeError(\'"invertedZ" expected bigint, got type=\'+typeof w);let{X:O,Y:I,Z:z}=p,j=p.is0();w==null&&(w=j?r.create(Dn):r.inv(z));let A=r.mul(O,w),T=r.mul(I,w),_=r.mul(z,w);if(j)return{x:r.ZERO,y:r.ONE};if(!r.eql(_,r.ONE))throw new Error("invZ was invalid");return{x:A,y:T}}clearCofactor(){return g===te?this:g===ee?this.double():g===Zr?this.double().double():g===Dn?this.double().double().double():this.multiplyUnsafe(g)}toBytes(){let{x:s,y:p}=this.toAffine(),w=r.toBytes(p);return w[w.length-1]|=E(s)?128:0,w}toHex(){return yn(this.toBytes())}toString(){return`<Point ${this.is0()?"ZERO":this.toHex()}>`}}let l=h=>In(c,h),u=new Jt(c,y);return u.bits>=6&&c.BASE.precompute(6),Object.freeze(c.prototype),Object.freeze(c),c}function Hn(e,t,n={}){if(It(e),typeof t!="function")throw new Error(\'"hash" function param is required\');let o=t,r=n;at(r,{},{adjustScalarBytes:"function",randomBytes:"function",domain:"function",prehash:"function",zip215:"boolean",mapToCurve:"function",toMontgomery:"function",toMontgomerySecret:"function"});let{prehash:i}=r,{BASE:m,Fp:g,Fn:y}=e,x=o.outputLen,E=2*g.BYTES;if(x!==void 0&&(bt(x,"hash.outputLen"),x!==E))throw new Error(`hash.outputLen must be ${E}, got ${x}`);let v=r.randomBytes===void 0?Ee:r.randomBytes,f=r.toMontgomery,a=r.toMontgomerySecret,d=r.adjustScalarBytes===void 0?b=>b:r.adjustScalarBytes,c=r.domain===void 0?(b,q,B)=>{if(nt(B,"phflag"),q.length||B)throw new Error("Contexts/pre-hash are not supported");return b}:r.domain;function l(b){return y.create(Et(b))}function u(b){let q=j.secretKey;K(b,j.secretKey,"secretKey");let B=K(o(b),2*q,"hashedSecretKey"),S=d(B.slice(0,q)),L=B.slice(q,2*q),k=l(S);return{head:S,prefix:L,scalar:k}}function h(b){let{head:q,prefix:B,scalar:S}=u(b),L=m.multiply(S),k=L.toBytes();return{head:q,prefix:B,scalar:S,point:L,pointBytes:k}}function s(b){return h(b).pointBytes}function p(b=Uint8Array.of(),...q){let B=be(...q);return l(o(c(B,K(b,void 0,"context"),!!i)))}function w(b,q,B={}){at(B,{},{},"options"),b=Tt(K(b,void 0,"message")),i&&(b=i(b));let{prefix:S,scalar:L,pointBytes:k}=h(q),N=p(B.context,S,b),U=m.multiply(N).toBytes(),F=p(B.context,U,k,b),Y=y.create(N+F*L);if(!y.isValid(Y))throw new Error("sign failed: invalid s");let Z=be(U,y.toBytes(Y));return K(Z,j.signature,"result")}let O={zip215:r.zip215};function I(b,q,B,S=O){at(S);let{context:L}=S,k=S.zip215===void 0?!!O.zip215:S.zip215,N=j.signature;b=K(b,N,"signature"),q=K(q,void 0,"message"),B=K(B,j.publicKey,"publicKey"),k!==void 0&&nt(k,"zip215"),i&&(q=i(q));let U=N/2,F=b.subarray(0,U),Y=Et(b.subarray(U,N)),Z,Q,tt;try{Z=e.fromBytes(B,k),Q=e.fromBytes(F,k),tt=m.multiplyUnsafe(Y)}catch{return!1}if(!k&&Z.isSmallOrder())return!1;let rt=p(L,F,B,q);return Q.add(Z.multiplyUnsafe(rt)).subtract(tt).clearCofactor().is0()}let z=g.BYTES,j={secretKey:z,publicKey:z,signature:2*z,seed:z};function A(b){return b=b===void 0?v(j.seed):b,K(b,j.seed,"seed")}function T(b){return Ot(b)&&b.length===j.secretKey}function _(b,q){try{return!!e.fromBytes(b,q===void 0?O.zip215:q)}catch{return!1}}let R={getExtendedPublicKey:h,randomSecretKey:A,isValidSecretKey:T,isValidPublicKey:_,toMontgomery(b){if(f===void 0)throw new Error("Montgomery conversion is not supported for this curve");return f(e.fromBytes(b))},toMontgomerySecret(b){if(a===void 0)throw new Error("Montgomery conversion is not supported for this curve");return a(b)}};return Object.freeze(j),Object.freeze(R),Object.freeze({keygen:Fn(A,s),getPublicKey:s,sign:w,verify:I,utils:R,Point:e,lengths:j})}var Te=BigInt(1),$n=BigInt(2);var Wr=BigInt(5),Xr=BigInt(8),Re=BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed"),Vr={p:Re,n:BigInt("0x1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ed"),h:Xr,a:BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec"),d:BigInt("0x52036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3"),Gx:BigInt("0x216936d3cd6e53fec0a4e231fdd6dc5c692cc7609525a7b2c9562d608f25d51a"),Gy:BigInt("0x6666666666666666666666666666666666666666666666666666666666666658")};function Gr(e){let t=BigInt(10),n=BigInt(20),o=BigInt(40),r=BigInt(80),i=Re,g=e*e%i*e%i,y=X(g,$n,i)*g%i,x=X(y,Te,i)*e%i,E=X(x,Wr,i)*x%i,v=X(E,t,i)*E%i,f=X(v,n,i)*v%i,a=X(f,o,i)*f%i,d=X(a,r,i)*a%i,c=X(d,r,i)*a%i,l=X(c,t,i)*E%i;return{pow_p_5_8:X(l,$n,i)*e%i,b2:g}}function Zn(e){return e[0]&=248,e[31]&=127,e[31]|=64,e}var Pn=BigInt("19681161376707505956807079304988542015446066515923890162744021073123829784752");function Jr(e,t){let n=Re,o=H(t*t*t,n),r=H(o*o*t,n),i=Gr(e*r).pow_p_5_8,m=H(e*o*i,n),g=H(t*m*m,n),y=m,x=H(m*Pn,n),E=g===e,v=g===H(-e,n),f=g===H(-e*Pn,n);return E&&(m=y),(v||f)&&(m=x),On(m,n)&&(m=H(-m,n)),{isValid:E||v,value:m}}var Le=Cn(Vr,{uvRatio:Jr}),Yn=Le.Fp;function Qr(e){let{y:t}=e;return Yn.toBytes(Yn.div(Te+t,Te-t))}function to(e){let t=Le.Fp.BYTES;return G(e,t),Zn(ge(e.subarray(0,t))).subarray(0,t)}function eo(e){return Hn(Le,ge,Object.assign({adjustScalarBytes:Zn,toMontgomery:Qr,toMontgomerySecret:to,zip215:!0},e))}var Kn=eo({});var ro=Kn.Point;ro.BASE.precompute(1);var I0=2n**252n+27742317777372353535851937790883648493n;var wo=xt(`DROPBOX-BUNDLE-1\n`),us=64*1024,ps=64*1024;var ms=64*1024,gs=64*1024;var jt=64*1024,Ie=16,yo=8*jt;function xo(e,t,n,o,r){let i=Math.max(1,Math.ceil(o.length/jt));if(!n&&o.length!==i*jt)throw new Error("only the last segment may end in a partial chunk");let m=o.length+Ie*i,g=r&&r.length===m?r:new Uint8Array(m),y=new Uint8Array(12);for(let x=0;x<i;x++){let E=t+x;for(let a=10;a>=0;a--)y[a]=E%256,E=Math.floor(E/256);y[11]=n&&x===i-1?1:0;let v=o.subarray(x*jt,Math.min(o.length,(x+1)*jt)),f=x*(jt+Ie);Ge(e,y).encrypt(v,g.subarray(f,f+v.length+Ie))}return g}var bo=2;async function Eo(e,t){let n=e.reduce((i,m)=>i+(m.bytes?m.bytes.length:m.blob?m.end-m.start:m.zeros),0);(!t.plain||t.plain.buffer.byteLength<n)&&(t.plain=new Uint8Array(Math.max(n,yo)));let o=new Uint8Array(t.plain.buffer,0,n),r=0;for(let i of e)if(i.bytes)o.set(i.bytes,r),r+=i.bytes.length;else if(i.blob){let m=await Nt(i.blob.slice(i.start,i.end),o.subarray(r,r+i.end-i.start));o=new Uint8Array(m.buffer,0,n),r+=i.end-i.start}else o.fill(0,r,r+i.zeros),r+=i.zeros;return t.plain=new Uint8Array(o.buffer),o}function Wn(e,t,n){if(e.sealKey!==void 0)return t.key&&t.key.fill(0),t.key=e.sealKey,!0;if(e.sealForget!==void 0){t.key&&t.key.fill(0),t.key=null;for(let x of t.free||[])x.fill(0);return!0}if(e.seal===void 0)return!1;let{id:o,counter:r,final:i,parts:m,out:g,back:y}=e.seal;return(async()=>{try{if(!t.key)throw new Error("no payload key");t.free||=[];let x={plain:e.seal.plain?new Uint8Array(e.seal.plain):t.free.pop()},E=await Eo(m,x);if(e.seal.read){n({sealed:o,plain:x.plain.buffer,length:E.length},[x.plain.buffer]);return}if(!t.key)throw new Error("no payload key");let v=xo(t.key,r,i,E,g?new Uint8Array(g):void 0);if(y){n({sealed:o,out:v.buffer,plain:x.plain.buffer,length:E.length},[v.buffer,x.plain.buffer]);return}t.free.length<bo&&t.free.push(x.plain),n({sealed:o,out:v.buffer},[v.buffer])}catch(x){n({sealError:String(x&&x.message||x),id:o})}})()}var ko={hash:null},jo={key:null};self.onmessage=async e=>{let t=e.data;try{let n=(r,i)=>self.postMessage(r,i||[]),o=Ne(t,ko,n)||Wn(t,jo,n);if(!o)throw new Error("not a send job");await o}catch(n){self.postMessage({error:String(n&&n.message||n)})}};})();\n/*! Bundled license information:\n\n@noble/ciphers/utils.js:\n  (*! noble-ciphers - MIT License (c) 2023 Paul Miller (paulmillr.com) *)\n\n@noble/curves/utils.js:\n@noble/curves/abstract/modular.js:\n@noble/curves/abstract/curve.js:\n@noble/curves/abstract/edwards.js:\n@noble/curves/ed25519.js:\n  (*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) *)\n*/\n',M=e=>document.getElementById(e),V={chain:null,files:[],ready:Promise.resolve(),followupFiles:[],followupReady:Promise.resolve(),replyKeys:null,allowed:null,nextSeq:1,words:null};function ee(e,t=!0){e.hidden=!t}var kt=class extends Error{constructor(t,n={}){super(t),this.l10n={id:t,args:n}}};function jn(e){return e&&e.l10n?e.l10n:String(e&&(e.code||e.message)||e)}function un(e,t,n){t?me(e,t,n):(delete e.dataset.l10nId,e.textContent="")}function Wr(e,t,n=""){let r=M("status");un(r,e,t),r.className=n}function kg(){let e=/^#team=([0-9a-fA-F]{64})$/.exec(location.hash);return e?e[1].toLowerCase():null}async function qu(e){Wr("status-checking"),ee(M("team-info"),!1),ee(M("report-form"),!1);let t;try{let o=await fetch(`${He()}/v1/roster`,{cache:"no-store",credentials:"omit",referrerPolicy:"no-referrer"});if(!o.ok)throw new Error(`HTTP ${o.status}`);let i=new Uint8Array(await o.arrayBuffer());t=el(e,tl(i),Math.floor(Date.now()/1e3))}catch(o){Wr("status-roster-bad",{detail:jn(o)},"bad"),ee(M("team-ask"),!0);return}V.chain=t;let n=t.head;ee(M("team-ask"),!1),Wr("status-roster-ok",{},"ok"),M("team-name").textContent=n.roster.team,M("roster-seq").textContent=`#${n.roster.seq}`,M("roster-head").textContent=n.hash.slice(0,12),M("team-fp").textContent=e,me(M("trust-readers"),"trust-readers",{count:n.roster.members.length}),ee(M("team-info"),!0);let r=location.origin+He();if(nl(r,n)||(me(M("origin-warning"),"origin-warning",{origin:r,endpoints:n.roster.endpoints.join(", ")}),ee(M("origin-warning"),!0)),!location.hostname.endsWith(".onion")){let o=n.roster.endpoints.some(i=>/\.onion(:|\/|$)/.test(i.replace(/^https?:\/\//,"")));me(M("onion-notice"),o?"onion-notice-onion":"onion-notice-tor"),ee(M("onion-notice"),!0)}Eg(n.roster),ee(M("replies-view"),!0)}function Eg(e){let t=M("category"),n=new Option("","");me(n,"category-none"),t.replaceChildren(n);for(let o of e.policy.categories)t.append(new Option(o,o));let r=M("recipient-list");r.replaceChildren(),e.members.forEach((o,i)=>{let s=document.createElement("p"),a=document.createElement("input");a.type="checkbox",a.id=`recipient-${i}`,a.checked=!0,a.dataset.member=o.id,a.autocomplete="off",a.addEventListener("change",()=>{[...r.querySelectorAll("input[type=checkbox]")].some(g=>g.checked)?ee(M("recipient-error"),!1):(a.checked=!0,me(M("recipient-error"),"recipients-at-least-one"),ee(M("recipient-error"),!0))});let c=document.createElement("label");c.className="inline",c.htmlFor=a.id;let d=document.createElement("bdi");d.textContent=o.name,c.append(d),s.append(a,c),r.append(s)}),ee(M("report-form"),!0)}function $g(e){let t=e.type||"";return t!==""&&new TextEncoder().encode(t).length<=255&&![...t].some(r=>Gt(r)||Ht(r))?t:"application/octet-stream"}async function zg(e){let t=e.file,n=Xs(new Uint8Array(await t.slice(0,8).arrayBuffer()));if(!n){e.blob=t,e.note={id:"attachment-as-is"};return}if(t.size>wg){e.error={id:"attachment-too-large",args:{kind:n.toUpperCase()}};return}try{let r=jd(new Uint8Array(await t.arrayBuffer()));e.blob=new Blob([r.bytes],{type:t.type}),e.note=r.removed.length?{id:"attachment-removed",args:{removed:r.removed.join(", ")}}:{id:"attachment-clean"}}catch(r){e.error={id:"attachment-unreadable",args:{kind:n.toUpperCase(),detail:r.message}}}}function Au(e,t,n){e.replaceChildren(),t.forEach((r,o)=>{let i=document.createElement("label");i.htmlFor=`${n}-name-${o}`,me(i,"attachment-name",{n:o+1,size:r.file.size});let s=document.createElement("input");s.type="text",s.id=`${n}-name-${o}`,s.autocomplete="off",s.dir="auto",s.value=r.name,s.addEventListener("input",()=>{r.name=s.value});let a=document.createElement("p");a.id=`${n}-note-${o}`,a.className=r.error?"bad":"note";let c=r.error||r.note||{id:"attachment-checking"};me(a,c.id,c.args),s.setAttribute("aria-describedby",a.id),e.append(i,s,a)})}function ju(e,t,n,r,o){M(e).addEventListener("change",()=>{let i=[...M(e).files].map(s=>({file:s,name:rs(s.name)}));V[r]=i,Au(M(t),i,n),V[o]=Promise.all(i.map(zg)).then(()=>{V[r]===i&&Au(M(t),i,n)})})}async function Sg(e){let t=ht();for await(let n of yd(e))t.update(n);return qe(t.digest())}function Tu(e){return e.map(t=>({name:rs(t.name),type:$g(t.file),size:t.blob.size}))}function Bu(e,t,n){return new Promise((r,o)=>{let i,s;try{s=URL.createObjectURL(new Blob([vg],{type:"text/javascript"})),i=new Worker(s)}catch{s&&URL.revokeObjectURL(s),t(0,{id:"progress-no-worker"}),n().then(r,o);return}let a=()=>{i.terminate(),URL.revokeObjectURL(s)};i.onmessage=c=>{let d=c.data;d.progress!==void 0?t(d.progress):(a(),d.error?o(new Error(d.error)):r(d.result))},i.onerror=c=>{a(),o(c.message?new Error(c.message):new kt("error-worker"))},i.postMessage(e)})}function _u(){let e=navigator.hardwareConcurrency||2,t=Math.min(3,Math.max(1,e-2)),n=e<=2,r=[],o;try{o=URL.createObjectURL(new Blob([xg],{type:"text/javascript"}));for(let a=n?1:0;a<=t;a++)r.push(new Worker(o))}catch{for(let c of r)c.terminate();o&&URL.revokeObjectURL(o);let a=zd();return{hasher:Ur(),sealer:a,hashPlain:!0,close:()=>a.close()}}let i=n?Ur():vd(r[0]),s=Sd(n?r:r.slice(1));return{hasher:i,sealer:s,hashPlain:n,close(){s.close(),i.close(),URL.revokeObjectURL(o)}}}function Ou(e,t,n){return Bu({codename:e,fingerprint:t},n,async()=>ti(await gd(e,t,r=>n(r))))}function Ru(e,t){return Bu({pow:{challenge:e,bits:t}},()=>{},()=>Gs(e,t))}function nr(e,t){un(M("form-error"),e,t),ee(M("form-error"),!!e),e&&M("form-error").focus()}function rr(e,t){e!==null&&(M("progress").value=e),t&&me(M("progress-text"),t.id,t.args)}function Lu(e){return(t,n)=>{n&&e(n)}}function Nu(e,t,{codename:n,contact:r,credit:o,followup:i=!1}){let s=e.policy.retention,a=f=>f.map(p=>`${p.name} (${p.id})`).join(", "),c=e.members.filter(f=>t.includes(f.id)),d=e.members.filter(f=>!t.includes(f.id)),h=[["consent-where"],["consent-server",{all:s.all_acked_days,first:s.first_ack_days,none:s.unacked_days,read:s.reply_read_days,reply:s.reply_days}],["consent-team",{close:s.backup_days,backup:s.backup_days}]];e.policy.drop_key_days&&(h.push(["consent-dropkeys",{days:e.policy.drop_key_days}]),(n||i)&&h.push(["consent-dropkeys-codename"])),h.push(["consent-readers",{names:a(c)}]),d.length&&h.push(["consent-left-out",{names:a(d)}]),i?(h.push(["consent-followup-tlp"]),h.push(["consent-followup-nothing-sent"])):(h.push([r?"consent-contact-given":"consent-contact-none"]),h.push([o?"consent-credit-given":"consent-credit-none"]),h.push(["consent-tlp"]),h.push([n?"consent-codename":"consent-no-codename"]),h.push(["consent-nothing-sent"])),M("consent-list").replaceChildren(...h.map(([f,p])=>{let b=document.createElement("li");return me(b,f,p),b}));let l=M(i?"followup-form":"report-form"),u=M("consent-box");return l.after(u),me(M("consent-h"),i?"consent-followup-heading":"consent-heading"),me(M("consent-back"),i?"consent-followup-back":"consent-back"),ee(l,!1),ee(u,!0),M("consent-h").focus(),new Promise(f=>{let p=b=>{M("consent-agree").onclick=null,M("consent-back").onclick=null,ee(u,!1),ee(l,!0),b||M(i?"followup-send":"send").focus(),f(b)};M("consent-agree").onclick=()=>p(!0),M("consent-back").onclick=()=>p(!1)})}async function qg(e){e.preventDefault(),nr("");let t=V.chain;if(!t)return;let n=t.head.roster,r=[...M("recipient-list").querySelectorAll("input[type=checkbox]")].filter(f=>f.checked).map(f=>f.dataset.member);if(r.length===0)return nr("error-no-recipient");let o=Le(M("title").value),i=M("body").value;if(Le(i)===""&&V.files.length===0)return nr("error-empty");await V.ready;let s=V.files.find(f=>f.error);if(s)return nr("error-file",{name:s.file.name,problem:s.error});let a=zr(),c=is(),d={kind:"report",created:Zi(bn(Math.floor(Date.now()/1e3))),roster_seq:n.seq,recipients:n.members.map(f=>f.id).filter(f=>r.includes(f)),delete_token:a.text,via:"client",attachments:Tu(V.files)};if(o&&(d.title=o),Le(i)!==""&&(d.body=i),M("category").value&&(d.category=M("category").value),M("severity").value&&(d.severity=M("severity").value),Le(M("contact").value)&&(d.contact=Le(M("contact").value)),Le(M("credit").value)&&(d.credit=Le(M("credit").value)),d.attachments.reduce((f,p)=>f+p.size,0)>n.policy.max_submission_bytes)return nr("error-too-large",{max:n.policy.max_submission_bytes});if(!await Nu(n,r,{codename:M("replies").checked,contact:!!d.contact,credit:!!d.credit}))return;M("send").disabled=!0,ee(M("progress-box"),!0);let l=null,u=null;try{let f=null,p=null;M("replies").checked&&(f=hd(Ds(mi)),rr(0,{id:"progress-keys"}),p=await Ou(f,t.fingerprint,(A,q)=>rr(A,q||{id:"progress-keys-percent",args:{percent:Math.round(A*100)}})),d.reply={age:p.x25519Recipient,sign:p.ed25519Public},d.thread=p.thread,a=p.deleteToken,d.delete_token=a.text,c=p.withdrawSecret.hash);let b=await Is(t,d.recipients,p,Math.floor(Date.now()/1e3)),w=Ao(d);l=_u();let{hasher:y,sealer:m,hashPlain:v}=l,x=v?null:V.files.map(A=>y.file(A.blob));for(let A of x||[])A.catch(()=>{});let z=Ys(d,w,V.files.map(A=>A.blob),x),j=await Js({encrypter:Qo(b),plan:z,sealer:m,take:A=>y.take(A)});u=Fs(j.chunks);let O=j.length;if(O>n.policy.max_submission_bytes)throw new kt("error-encrypted-too-large");let k=p?[]:null;rr(0,{id:"progress-sending"});let $=Lu(A=>rr(null,A)),T=await Ws(He(),$,Ru),C=await Vs({base:He(),reader:u.getReader(),length:O,deleteHash:a.hash,withdrawHash:c,token:T,hasher:y,owned:!0,onPart:k?A=>k.push(A):void 0,onProgress:(A,q)=>rr(A/q,{id:"progress-sending-bytes",args:{percent:Math.floor(A*100/q),sent:A,total:q}}),onStatus:$}),R=null;try{await Hd(t.fingerprint,n,p,d.recipients,d.created,T)}catch(A){p&&(R={id:"sent-record-note",args:{detail:jn(A)}})}if(rr(1,{id:C.uncertain?"sent-uncertain":"sent"}),R){let A=document.createElement("span");me(A,R.id,R.args),M("progress-text").append(" ",A)}if(M("receipt").textContent=C.receipt,f&&(M("codename").textContent=f,ee(M("codename-box"),!0)),k){let A=M("copy-save");A.href=URL.createObjectURL(new Blob(k,{type:"application/octet-stream"})),A.download=`report-${C.receipt.slice(0,12)}.age`,ee(M("copy-box"),!0)}let S=n.members.filter(A=>!r.includes(A.id)).map(A=>A.name);S.length&&(me(M("left-out"),"left-out",{names:S.join(", ")}),ee(M("left-out"),!0)),ee(M("report-form"),!1),ee(M("done"),!0),M("done-h").focus()}catch(f){nr("send-failed",{detail:jn(f)}),M("send").disabled=!1}finally{u&&u.cancel().catch(()=>{}),l&&l.close()}}function Ag(){return V.words||(V.words=Ds(mi)),V.words}function jg(e,t){let n=M("followup-recipient-list");n.replaceChildren(),e.members.filter(i=>t.includes(i.id)).forEach((i,s)=>{let a=document.createElement("p"),c=document.createElement("input");c.type="checkbox",c.id=`followup-recipient-${s}`,c.checked=!0,c.dataset.member=i.id,c.autocomplete="off",c.addEventListener("change",()=>{[...n.querySelectorAll("input[type=checkbox]")].some(h=>h.checked)||(c.checked=!0)});let d=document.createElement("label");d.className="inline",d.htmlFor=c.id,me(d,"followup-to",{name:i.name}),a.append(c,d),n.append(a)});let r=e.members.filter(i=>!t.includes(i.id)).map(i=>i.name),o=M("followup-left-out");un(o,r.length?"followup-left-out":"",{names:r.join(", ")}),ee(o,r.length>0)}function pi(e,t,n,r=!1){let o=document.createElement("div");o.className=r?"msg own":"msg",o.setAttribute("role","article");let i=document.createElement("p");i.className="from",me(i,e,t);let s=document.createElement("div");return s.dir="auto",s.textContent=n,o.append(i,s),o}function Cu(e){let t=e.copies.map(i=>({...i}));for(let i of e.followups)t.some(s=>s.kind==="followup"&&s.seq===i.seq)||t.push({kind:"followup",from:"you",seq:i.seq,day:i.created,title:null,body:i.body,attachments:[]});let n=e.shown.map(i=>({kind:"reply",from:i.reply.member,seq:i.reply.seq,day:i.reply.created,title:null,body:i.reply.body,attachments:[],shown:i})),r=i=>[i.day,i.kind==="reply"?1:0,i.kind!=="report"?1:0,i.seq===null?-1:i.seq],o=(i,s)=>{let[a,c]=[r(i),r(s)];for(let d=0;d<a.length;d++)if(a[d]!==c[d])return a[d]<c[d]?-1:1;return 0};return[...t,...n].sort(o)}function da(){let e=V.conversation,t=M("conversation");t.replaceChildren();let n=Cu(e);if(e.shown.length===0){let r=document.createElement("p");r.className="note",me(r,"no-replies"),t.append(r)}for(let r of n)if(r.kind==="reply"){let o=r.shown;t.append(pi("reply-from",{seq:o.reply.seq,author:Od(o),member:o.reply.member,day:o.reply.created},o.reply.body))}else if(r.kind==="report")t.append(pi("own-report",{day:r.day},r.title?`${r.title}

${r.body}`:r.body,!0));else{let o=r.now?pi("own-followup-now",{seq:r.seq,day:r.day},r.body,!0):pi("own-followup",{seq:r.seq,day:r.day},r.body,!0);if(r.now&&r.attachments.length){let i=document.createElement("p");i.className="note",me(i,"sent-files",{count:r.attachments.length,names:r.attachments.join(", ")}),o.append(i)}t.append(o)}}async function Tg(){let e=V.conversation,t=V.replyKeys,n=[...M("conversation-copies").files];if(!e||!t||!n.length)return;let r=[];for(let i of n)try{let s=new Uint8Array(await i.arrayBuffer()),a;try{a=await qn(s,[t.x25519Identity])}catch(l){if(l.code!=="envelope-no-matching-key")throw l;a=await qn(s,[t.hybridIdentity])}let d=Wn(a).header;if(d.reply&&d.reply.sign!==t.ed25519Public)throw new kt("copy-other-codename");let h;if(d.kind==="report")h={kind:"report",from:"you",seq:null,day:d.created,title:d.title===void 0?null:d.title,body:d.body===void 0?"":d.body};else if(d.kind==="followup"&&d.signed){let l=li(d.signed,V.chain.fingerprint);if(l.mailbox!==t.mailbox)throw new kt("copy-other-codename");h={kind:"followup",from:"you",seq:l.seq,day:d.created,title:null,body:l.body}}else throw new kt("copy-not-yours");h.attachments=d.attachments.map(l=>l.name);let g=l=>l.kind===h.kind&&l.seq===h.seq&&l.day===h.day&&l.body===h.body;e.copies.some(g)||e.copies.push(h)}catch(s){r.push({id:"copy-unreadable",args:{name:i.name,detail:jn(s)}})}M("conversation-copies").value="",da();let o=M("conversation-copies-problems");o.replaceChildren(...r.flatMap((i,s)=>{let a=document.createElement("span");return me(a,i.id,i.args),s?[document.createElement("br"),a]:[a]})),ee(o,r.length>0)}function Bg(){let e=V.conversation,t=V.replyKeys;if(!e||!t)return;let n=Cu(e).map(i=>({kind:i.kind,from:i.from,seq:i.seq,day:i.day,title:i.title,body:i.body,attachments:i.attachments})),r=JSON.stringify({team:V.chain.fingerprint,mailbox:t.mailbox,conversation:n},null,2),o=document.createElement("a");o.href=URL.createObjectURL(new Blob([r],{type:"application/json"})),o.download="conversation.json",document.body.append(o),o.click(),o.remove(),setTimeout(()=>URL.revokeObjectURL(o.href),6e4)}function hi(e,t){un(M("check-error"),e,t),ee(M("check-error"),!!e),e&&M("check-error").focus()}async function _g(e){e.preventDefault(),hi("");let t=V.chain;if(!t)return;let n;try{n=md(M("check-codename").value,Ag())}catch(o){return o.l10n?hi(o.l10n.id,o.l10n.args):hi("check-failed",{detail:o.message})}M("check").disabled=!0;let r=(o,i)=>un(M("check-progress"),o,i);try{r("check-deriving");let o=await Ou(n,t.fingerprint,(y,m)=>m?r(m.id,m.args):r("check-deriving-percent",{percent:Math.round(y*100)}));r("check-fetching");let i=`${He()}/v1/mailboxes/${o.mailbox}`,s=Fr({method:"GET",target:i,keyid:`mbx:${o.mailbox}`,seed:o.ed25519Seed}),a=await fetch(i,{cache:"no-store",credentials:"omit",redirect:"error",referrerPolicy:"no-referrer",headers:s});if(a.status!==200){let y="";try{y=(await a.json()).message||""}catch{}throw y?new kt("check-mailbox-refused-message",{status:a.status,message:y}):new kt("check-mailbox-refused",{status:a.status})}let c=await a.json();r("check-verifying");let{shown:d,problems:h}=await Fd(c,t,o),g=await Wd(await Gd(o),t.fingerprint,o);h.push(...g.problems),V.replyKeys=o;let l=[...d].reverse().find(y=>y.reply.recipients);V.allowed=Pd(g.record,l?l.reply.recipients:null,t.head.roster),V.nextSeq=Dd(g.followups.map(y=>y.seq)),M("followup-seq").value=String(V.nextSeq),ee(M("followup-form"),!!(V.allowed&&V.allowed.length)),un(M("followup-unavailable"),V.allowed?V.allowed.length===0?"followup-unavailable-empty":"":"followup-unavailable-none"),ee(M("followup-unavailable"),!V.allowed||V.allowed.length===0),V.allowed&&jg(t.head.roster,V.allowed);let u=V.conversation&&V.conversation.mailbox===o.mailbox?V.conversation.copies:[];V.conversation={mailbox:o.mailbox,shown:d,followups:g.followups,copies:u},ee(M("conversation-copies-problems"),!1),da();let f=[],p=Rd(d.map(y=>y.reply.seq));if(p.length){let y=p.map(m=>`#${m}`).join(", ");f.push({id:"reply-missing",args:{count:p.length,list:y}})}for(let y of h)f.push({id:"reply-problem",args:{problem:String(y)}});let b=M("conversation-warnings"),w=f.map(y=>{let m=document.createElement("span");return me(m,y.id,y.args),m});b.replaceChildren(...w.flatMap((y,m)=>m?[document.createElement("br"),y]:[y])),ee(b,f.length>0),ee(M("conversation-box"),!0),r("check-verified",{count:d.length}),M("check-codename").value="",M("conversation-h").focus()}catch(o){r(""),hi("check-failed",{detail:jn(o)})}finally{M("check").disabled=!1}}function dn(e,t){un(M("followup-error"),e,t),ee(M("followup-error"),!!e),e&&M("followup-error").focus()}async function Og(e){e.preventDefault(),dn("");let t=V.chain,n=V.replyKeys;if(!t||!n)return dn("followup-check-first");let r=t.head.roster,o=M("followup-body").value;if(Le(o)==="")return dn("followup-empty");let i=V.nextSeq;if(!V.allowed)return dn("followup-check-first");let s=[...M("followup-recipient-list").querySelectorAll("input[type=checkbox]")].filter(p=>p.checked).map(p=>p.dataset.member),a=r.members.map(p=>p.id).filter(p=>s.includes(p)&&V.allowed.includes(p));if(a.length===0)return dn("followup-no-recipient");let c=(p,b)=>un(M("followup-progress"),p,b);await V.followupReady;let d=V.followupFiles,h=d.find(p=>p.error);if(h)return dn("error-file",{name:h.file.name,problem:h.error});let g=Tu(d);if(g.reduce((p,b)=>p+b.size,0)>r.policy.max_submission_bytes)return dn("followup-too-large",{max:r.policy.max_submission_bytes});if(!await Nu(r,a,{followup:!0}))return;M("followup-send").disabled=!0,ee(M("followup-done"),!1),ee(M("followup-copy-box"),!1);let u=null,f=null;try{let p=Zi(bn(Math.floor(Date.now()/1e3)));d.length&&c("followup-fingerprinting");let b=[];for(let q of d)b.push(await Sg(q.blob));let w=Nd(t.fingerprint,n.mailbox,i,p,o,b,a),y=zr(),m={kind:"followup",created:p,roster_seq:r.seq,recipients:a,delete_token:y.text,via:"client",signed:Cd(w,n.ed25519Seed),thread:n.thread,reply:{age:n.x25519Recipient,sign:n.ed25519Public},attachments:g},v=await Is(t,a,n,Math.floor(Date.now()/1e3));u=_u();let{hasher:x,sealer:z}=u,j=Ys(m,Ao(m),d.map(q=>q.blob),b),O=await Js({encrypter:Qo(v),plan:j,sealer:z,take:q=>x.take(q)});f=Fs(O.chunks);let k=O.length;if(k>r.policy.max_submission_bytes)throw new kt("followup-encrypted-too-large");let $=[];c("progress-sending");let T=Lu(q=>c(q.id,q.args)),C=await Ws(He(),T,Ru),R=await Vs({base:He(),reader:f.getReader(),length:k,deleteHash:y.hash,withdrawHash:is(),token:C,hasher:x,owned:!0,onPart:q=>$.push(q),onProgress:(q,B)=>c("followup-sending-percent",{percent:Math.floor(q*100/B)}),onStatus:T}),S=null;try{await na(n,await ta(n,m.signed,r.seq,p),C)}catch(q){S={id:"followup-copy-note",args:{detail:jn(q)}}}if(c(R.uncertain?"followup-sent-uncertain":"sent"),S){let q=document.createElement("span");me(q,S.id,S.args),M("followup-progress").append(" ",q)}M("followup-receipt").textContent=R.receipt,ee(M("followup-done"),!0);let A=M("followup-copy-save");A.href.startsWith("blob:")&&URL.revokeObjectURL(A.href),A.href=URL.createObjectURL(new Blob($,{type:"application/octet-stream"})),A.download=`followup-${i}-${R.receipt.slice(0,12)}.age`,ee(M("followup-copy-box"),!0),V.conversation.copies.push({kind:"followup",from:"you",seq:i,day:p,title:null,body:o,attachments:g.map(q=>q.name),now:!0}),da(),M("followup-body").value="",M("followup-attachments").value="",V.followupFiles=[],V.followupReady=Promise.resolve(),M("followup-attachment-list").replaceChildren(),V.nextSeq=i+1,M("followup-seq").value=String(V.nextSeq),M("followup-done").focus()}catch(p){c(""),dn("send-failed",{detail:jn(p)})}finally{M("followup-send").disabled=!1,f&&f.cancel().catch(()=>{}),u&&u.close()}}function Rg(){let e=M("lang");for(let n of Ct){let r=new Option(n.name,n.code);r.lang=n.code,e.append(r)}let t=ku(navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language]);e.value=t,la(t),e.addEventListener("change",()=>la(e.value)),ee(M("lang-bar"),!0)}function Lg(){Rg(),ee(M("app"),!0),ju("attachments","attachment-list","attachment","files","ready"),ju("followup-attachments","followup-attachment-list","followup-attachment","followupFiles","followupReady"),M("report-form").addEventListener("submit",qg),M("check-form").addEventListener("submit",_g),M("followup-form").addEventListener("submit",Og),M("conversation-copies").addEventListener("change",Tg),M("conversation-export").addEventListener("click",Bg),M("team-form").addEventListener("submit",t=>{t.preventDefault();let n=M("team-input").value.trim().toLowerCase();if(!/^[0-9a-f]{64}$/.test(n)){Wr("status-bad-fingerprint",{},"bad");return}qu(n)});let e=kg();e?qu(e):(Wr(""),ee(M("team-ask"),!0))}Lg();})();
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
