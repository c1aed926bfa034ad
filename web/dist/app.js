(()=>{var hi=`abacus
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
`;var sr=e=>Object.freeze(e());function ba(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}function yi(e){if(!ba(e))throw new TypeError("Uint8Array expected")}function Uu(e,t){return Array.isArray(t)?t.length===0?!0:e?t.every(n=>typeof n=="string"):t.every(n=>Number.isSafeInteger(n)):!1}function Pu(e){if(typeof e!="function")throw new TypeError("function expected");return!0}function Bn(e,t){if(typeof t!="string")throw new TypeError(`${e}: string expected`);return!0}function Wr(e,t="number"){if(typeof e!="number")throw new TypeError(`${t}: expected number, got ${typeof e}`);if(!Number.isSafeInteger(e))throw new RangeError(`${t}: expected safe integer, got ${e}`)}function ua(e,t){if(!Uu(!1,t))throw new TypeError(`${e}: array of numbers expected`)}function bi(...e){let t=i=>i,n=(i,s)=>a=>i(s(a)),r=e.map(i=>i.encode).reduceRight(n,t),o=e.map(i=>i.decode).reduce(n,t);return{encode:r,decode:o}}var Du=(()=>{let e=[];for(let t=0;t<40;t++)e.push(2**t);return e})();function fa(e,t=e.length){let n=new Array(t);for(let r=0;r<t;r++)n[r]=e[r];return n}var pa=(()=>{try{let e=new TextDecoder;return e.decode(Uint8Array.of(65,48,43,127))==="A0+"?e:void 0}catch{return}})(),mi=8192;function Fu(e){let t=e.length;if(pa!==void 0&&t>=12)return pa.decode(e);if(t<=mi)return String.fromCharCode.apply(null,e);let n="";for(let r=0;r<t;r+=mi)n+=String.fromCharCode.apply(null,e.subarray(r,r+mi));return n}function Vr(e){if(Wr(e),e<=0||e>8)throw new RangeError("radix2: bits should be in (0..8]");let t=Du[e]-1;return{encode:n=>{yi(n);let r=n.length,o=new Uint8Array(Math.ceil(r*8/e)),i=0,s=0,a=0;for(let c=0;c<r;)for(c+2<r?(i=i<<24|n[c]<<16|n[c+1]<<8|n[c+2],s+=24,c+=3):(i=(i<<8|n[c])&65535,s+=8,c++);s-=e,o[a++]=i>>s&t,!(s<e););return s>0&&(o[a]=i<<e-s&t),o},decode:n=>{let r=n.length,o=new Uint8Array(Math.floor(r*e/8)),i=0,s=0,a=0;for(let c=0;c<r;c++)for(i=(i<<e|n[c])&65535,s+=e;s>=8;s-=8)o[a++]=i>>s-8&255;if(i=i<<8-s&255,s>=e)throw new Error("Excess padding");if(i>0)throw new Error(`Non-zero padding: ${i}`);return o}}}function Yr(e,t){let n=e.length;if(n>128)throw new Error("alphabet: max 128 letters");let r=new Uint8Array(n),o=new Int8Array(128).fill(-1);for(let i=0;i<n;i++){let s=e.charCodeAt(i);if(e.codePointAt(i)!==s||s>127)throw new Error("alphabet: single-char ASCII letters only");r[i]=s,o[s]=i}if(t!==void 0)for(let i of Object.keys(t)){let s=i.charCodeAt(0),a=o[t[i].charCodeAt(0)];if(i.length!==1||s>127||a===void 0||a===-1)throw new Error(`alphabet: invalid alias ${i}`);o[s]=a}return{encode:i=>{let s=new Uint8Array(i.length);for(let a=0;a<i.length;a++){let c=i[a],d=r[c];if(d===void 0)throw new Error(`alphabet.encode: invalid digit ${c}`);s[a]=d}return Fu(s)},decode:i=>{Bn("decode",i);let s=i.length,a=new Uint8Array(s);for(let c=0;c<s;c++){let d=i.charCodeAt(c),h=d<128?o[d]:-1;if(h===-1)throw new Error(`Unknown letter "${i[c]}". Allowed: ${e}`);a[c]=h}return a}}}function Ku(e,t="="){return Wr(e),Bn("padding",t),{encode(n){for(;n.length*e%8;)n+=t;return n},decode(n){Bn("decode",n);let r=n.length;if(r*e%8)throw new Error("padding: invalid length");for(;r>0&&n[r-1]===t;r--)if((r-1)*e%8===0)throw new Error("padding: excess padding");return n.slice(0,r)}}}function ha(e){return Pu(e),function(...t){try{return e.apply(null,t)}catch{}}}var Hu=typeof Uint8Array.from([]).toBase64=="function"&&typeof Uint8Array.fromBase64=="function",Gu=/[\t\n\f\r ]/,Wu=(e,t)=>{Bn("base64",e);let n=t?"base64url":"base64";if(e.length>0&&Gu.test(e))throw new Error("invalid base64");return Uint8Array.fromBase64(e,{alphabet:n,lastChunkHandling:"strict"})},Vu=sr(()=>bi(Vr(6),Yr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),Ku(6)));var wi=sr(()=>Hu?{encode(e){return yi(e),e.toBase64()},decode(e){return Wu(e,!1)}}:Vu),Se=sr(()=>bi(Vr(6),Yr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")));var vi=sr(()=>bi(Vr(6),Yr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")));var gi=Yr("qpzry9x8gf2tvdw0s3jn54khce6mua7l"),Yu=/^[\x21-\x60\x7b-\x7e]+$/;function ma(e,t){for(let n=0;n<t.length;n++){let r=t.charCodeAt(n);if(r<33||r>126)throw new Error(`${e}: printable ASCII expected`)}}function Ju(e){let t=e.length,n=new Uint8Array(t);for(let r=0;r<t;r++){let o=e[r];if(o<0||o>=32)throw new Error(`alphabet.encode: invalid digit ${o}`);n[r]=o}return n}var ga=[996825010,642813549,513874426,1027748829,705979059];function ir(e){let t=e>>25,n=(e&33554431)<<5;for(let r=0;r<ga.length;r++)(t>>r&1)===1&&(n^=ga[r]);return n}function ya(e,t,n=1){let r=e.length,o=1;for(let s=0;s<r;s++){let a=e.charCodeAt(s);if(a<33||a>126)throw new Error(`Invalid prefix (${e})`);o=ir(o)^a>>5}o=ir(o);for(let s=0;s<r;s++)o=ir(o)^e.charCodeAt(s)&31;for(let s of t)o=ir(o)^s;for(let s=0;s<6;s++)o=ir(o);o^=n;let i=new Uint8Array(6);for(let s=0;s<6;s++)i[s]=o>>>5*(5-s)&31;return gi.encode(i)}function Xu(e){let t=e==="bech32"?1:734539939,n=Vr(5),r=g=>{yi(g);let l=g.length,u=new Array(Math.ceil(l*8/5)),p=0,f=0,b=0;for(let w=0;w<l;w++)for(p=p<<8|g[w],f+=8;f>=5;f-=5)u[b++]=p>>f-5&31;return f>0&&(u[b]=p<<5-f&31),u},o=g=>{ua("radix2.decode",g);let l=g.length,u=new Uint8Array(l);for(let p=0;p<l;p++){let f=g[p];if(f<0||f>=32)throw new Error(`convertRadix2: invalid word=${f}`);u[p]=f}return n.decode(u)},i=ha(o);function s(g,l,u=90){Bn("bech32.encode prefix",g),u!==!1&&Wr(u,"limit"),ba(l)&&(l=fa(l)),ua("bech32.encode",l);let p=g.length;if(p===0)throw new TypeError(`Invalid prefix length ${p}`);let f=p+7+l.length;if(u!==!1&&f>u)throw new TypeError(`Length ${f} exceeds limit ${u}`);ma("bech32.encode prefix",g);let b=g.toLowerCase(),w=ya(b,l,t);return`${b}1${gi.encode(Ju(l))}${w}`}function a(g,l=90){Bn("bech32.decode input",g),l!==!1&&Wr(l,"limit");let u=g.length;if(u<8||l!==!1&&u>l)throw new TypeError(`invalid string length ${u}, expected (8..${l})`);let p=g.toLowerCase();if(g!==p&&!Yu.test(g))throw ma("bech32.decode input",g),new Error("mixed-case string not allowed");let f=p.lastIndexOf("1");if(f===0||f===-1)throw new Error('invalid separator "1"');let b=p.slice(0,f),w=p.slice(f+1);if(w.length<6)throw new Error("invalid data length");let m=gi.decode(w),y=fa(m,m.length-6),v=ya(b,y,t);if(!w.endsWith(v))throw new Error(`Invalid checksum in ${g}`);return{prefix:b,words:y}}let c=ha(a);function d(g,l=90){let{prefix:u,words:p}=a(g,l);return{prefix:u,words:p,bytes:o(p)}}function h(g,l){return s(g,r(l))}return{encode:s,decode:a,encodeFromBytes:h,decodeToBytes:d,decodeUnsafe:c,fromWords:o,fromWordsUnsafe:i,toWords:r}}var ye=sr(()=>Xu("bech32"));var Jr=BigInt(4294967295),wa=BigInt(32);function Zu(e,t=!1){return t?{h:Number(e&Jr),l:Number(e>>wa&Jr)}:{h:Number(e>>wa&Jr)|0,l:Number(e&Jr)|0}}function Xr(e,t=!1){let n=e.length,r=new Uint32Array(n),o=new Uint32Array(n);for(let i=0;i<n;i++){let{h:s,l:a}=Zu(e[i],t);[r[i],o[i]]=[s,a]}return[r,o]}var xi=e=>e/2**32|0,ki=e=>e>>>0;function va(e,t,n,r){let o=xi(n),i=ki(n);e.setUint32(t,r?i:o,r),e.setUint32(t+4,r?o:i,r)}var Ei=(e,t,n)=>e>>>n,$i=(e,t,n)=>e<<32-n|t>>>n,at=(e,t,n)=>e>>>n|t<<32-n,ct=(e,t,n)=>e<<32-n|t>>>n,fn=(e,t,n)=>e<<64-n|t>>>n-32,pn=(e,t,n)=>e>>>n-32|t<<64-n,xa=(e,t)=>t,ka=(e,t)=>e;function Ke(e,t,n,r){let o=(t>>>0)+(r>>>0);return{h:e+n+(o/2**32|0)|0,l:o|0}}var ar=(e,t,n)=>(e>>>0)+(t>>>0)+(n>>>0),cr=(e,t,n,r)=>t+n+r+(e/2**32|0)|0,Ea=(e,t,n,r)=>(e>>>0)+(t>>>0)+(n>>>0)+(r>>>0),$a=(e,t,n,r,o)=>t+n+r+o+(e/2**32|0)|0,za=(e,t,n,r,o)=>(e>>>0)+(t>>>0)+(n>>>0)+(r>>>0)+(o>>>0),Sa=(e,t,n,r,o,i)=>t+n+r+o+i+(e/2**32|0)|0;function lr(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}var Zr=e=>e?`"${e}" `:"";function Q(e,t=""){if(typeof e!="number")throw new TypeError(Zr(t)+"expected number, got "+typeof e);if(!Number.isSafeInteger(e)||e<0)throw new RangeError(Zr(t)+"expected integer >= 0, got "+e);return e}function Ta(e,t=""){if(typeof e!="boolean")throw new TypeError(Zr(t)+"expected boolean, got type="+typeof e);return e}function J(e,t,n=""){if(lr(e)&&(t===void 0||e.length===t))return e;t!==void 0&&Q(t,"length");let r=lr(e),o=t!==void 0?` of length ${t}`:"",i=r?`length=${e.length}`:`type=${typeof e}`,s=Zr(n)+"expected Uint8Array"+o+", got "+i;throw r?new RangeError(s):new TypeError(s)}function zi(e){return Uint8Array.from(J(e))}function Re(e){if(typeof e!="function"||typeof e.create!="function")throw new TypeError("expected hash wrapped by utils.createHasher");if(Q(e.outputLen),Q(e.blockLen),e.outputLen<1||e.blockLen<1)throw new Error("hash blockLen / outputLen must be >= 1")}var Qu=(e,t)=>{if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError((t==="object"?"":`"${t}" `)+"expected object, got type="+typeof e)},Aa=(e,t)=>{Qu(e,t);let n=Object.getPrototypeOf(e);if(n!==Object.prototype&&n!==null)throw new TypeError(`"${t}" expected plain object`);if(Object.hasOwn(e,"__proto__"))throw new TypeError(`"${t}.__proto__" is not allowed`)};function We(e,t=!0){if(e.destroyed)throw new Error("hash was destroyed");if(t&&e.finished)throw new Error("digest() was already called")}function It(e,t){J(e,void 0,"output");let n=t.outputLen;if(!(e.length>=n))throw new RangeError('"output" expected length >= '+n)}function dr(e){return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}function je(e){return new Uint32Array(e.buffer,e.byteOffset,Math.floor(e.byteLength/4))}function te(...e){for(let t=0;t<e.length;t++)e[t].fill(0)}function _n(e){return new DataView(e.buffer,e.byteOffset,e.byteLength)}function tt(e,t){return e<<32-t|e>>>t}function re(e,t){return e<<t|e>>>32-t>>>0}var Ba=new Uint8Array(new Uint32Array([287454020]).buffer)[0]===68;function _a(e){return e<<24&4278190080|e<<8&16711680|e>>>8&65280|e>>>24&255}var Te=Ba?e=>e:e=>_a(e)>>>0;function ef(e){for(let t=0;t<e.length;t++)e[t]=_a(e[t]);return e}var Be=Ba?e=>e:ef,Oa=typeof Uint8Array.from([]).toHex=="function"&&typeof Uint8Array.fromHex=="function",tf=Array.from({length:256},(e,t)=>t.toString(16).padStart(2,"0"));function Qr(e){if(J(e),Oa)return e.toHex();let t="";for(let n=0;n<e.length;n++)t+=tf[e[n]];return t}function ja(e){return e>=48&&e<=57?e-48:e>=65&&e<=70?e-55:e>=97&&e<=102?e-87:void 0}function eo(e){if(typeof e!="string")throw new TypeError("hex string expected, got "+typeof e);if(Oa)try{return Uint8Array.fromHex(e)}catch(o){throw o instanceof SyntaxError?new RangeError(o.message):o}let t=e.length,n=t/2;if(t%2)throw new RangeError("hex string expected, got unpadded hex of length "+t);let r=new Uint8Array(n);for(let o=0,i=0;o<n;o++,i+=2){let s=ja(e.charCodeAt(i)),a=ja(e.charCodeAt(i+1));if(s===void 0||a===void 0){let c=e[i]+e[i+1];throw new RangeError('hex string expected, got non-hex character "'+c+'" at index '+i)}r[o]=s*16+a}return r}function Ra(e){let t=globalThis;if(typeof t.scheduler?.yield=="function"){let n=t.scheduler.yield();return e&&n.catch(e),n}return new Promise(n=>t.setTimeout(n,0))}function nf(e){if(typeof e!="string")throw new TypeError("string expected");let t=new TextEncoder().encode(e);try{return new Uint8Array(t)}finally{te(t)}}function hn(e,t=""){return typeof e=="string"?nf(e):J(e,void 0,t)}function to(...e){let t=0;for(let r=0;r<e.length;r++){let o=e[r];J(o),t+=o.length}let n=new Uint8Array(t);for(let r=0,o=0;r<e.length;r++){let i=e[r];n.set(i,o),o+=i.length}return n}function nt(e,t,n="opts"){return Aa(e,"defaults"),t!==void 0&&Aa(t,n),Object.assign(Object.create(null),e,t)}function kt(e,t={}){if(typeof e!="function")throw new TypeError('"hashCons" expected function, got type='+typeof e);t=nt({},t,"info");let n=(o,i)=>e(i).update(o).digest(),r=e(void 0);return n.outputLen=r.outputLen,n.blockLen=r.blockLen,n.canXOF=r.canXOF,n.create=o=>e(o),Object.assign(n,t),Object.freeze(n)}function lt(e=32){Q(e,"bytesLength");let t=typeof globalThis=="object"?globalThis.crypto:null;if(typeof t?.getRandomValues!="function")throw new Error("crypto.getRandomValues must be defined");if(e>65536)throw new RangeError(`"bytesLength" expected <= 65536, got ${e}`);return t.getRandomValues(new Uint8Array(e))}var Et=e=>({oid:Uint8Array.from([6,9,96,134,72,1,101,3,4,2,e])});function La(e,t,n){return e&t^~e&n}function Na(e,t,n){return e&t^e&n^t&n}var ur=class{blockLen;outputLen;canXOF=!1;padOffset;isLE;buffer;view;finished=!1;length=0;pos=0;destroyed=!1;constructor(t,n,r,o){this.blockLen=t,this.outputLen=n,this.padOffset=r,this.isLE=o,this.buffer=new Uint8Array(t),this.view=_n(this.buffer)}update(t){We(this),J(t);let{view:n,buffer:r,blockLen:o}=this,i=t.length,s=!1;for(let a=0;a<i;){let c=Math.min(o-this.pos,i-a);if(c===o){let d=_n(t);for(;o<=i-a;a+=o)this.process(d,a);s=!0;continue}r.set(a===0&&c===i?t:t.subarray(a,a+c),this.pos),this.pos+=c,a+=c,this.pos===o&&(this.process(n,0),this.pos=0,s=!0)}return this.length+=t.length,s&&this.roundClean(),this}digestInto(t){We(this),It(t,this),this.finished=!0;let{buffer:n,view:r,blockLen:o,isLE:i}=this,{pos:s}=this;n[s++]=128,n.fill(0,s),this.padOffset>o-s&&(this.process(r,0),n.fill(0)),va(r,o-8,this.length*8,i),this.process(r,0),this.roundClean();let a=t===n?r:_n(t),c=this.outputLen,d=c/4,h=this.get();if(c%4||d>h.length)throw new Error("invalid outputLen");for(let g=0;g<d;g++)a.setUint32(4*g,h[g],i)}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let r=t.slice(0,n);return this.destroy(),r}_cloneIntoMeta(t){let{buffer:n,length:r,finished:o,destroyed:i,pos:s}=this;return t.destroyed=i,t.finished=o,t.length=r,t.pos=s,s&&t.buffer.set(n),t}clone(){return this._cloneInto()}},Ca=Uint32Array.from([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]);var Ia=Uint32Array.from([3418070365,3238371032,1654270250,914150663,2438529370,812702999,355462360,4144912697,1731405415,4290775857,2394180231,1750603025,3675008525,1694076839,1203062813,3204075428]),Ma=Uint32Array.from([1779033703,4089235720,3144134277,2227873595,1013904242,4271175723,2773480762,1595750129,1359893119,2917565137,2600822924,725511199,528734635,4215389547,1541459225,327033209]);var rf=Uint32Array.from([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),Mt=new Uint32Array(64),Si=class extends ur{A=0;B=0;C=0;D=0;E=0;F=0;G=0;H=0;constructor(t,n){super(64,t,8,!1),this.A=n[0]|0,this.B=n[1]|0,this.C=n[2]|0,this.D=n[3]|0,this.E=n[4]|0,this.F=n[5]|0,this.G=n[6]|0,this.H=n[7]|0}get(){let{A:t,B:n,C:r,D:o,E:i,F:s,G:a,H:c}=this;return[t,n,r,o,i,s,a,c]}set(t,n,r,o,i,s,a,c){this.A=t|0,this.B=n|0,this.C=r|0,this.D=o|0,this.E=i|0,this.F=s|0,this.G=a|0,this.H=c|0}_cloneInto(t){return(t||=new this.constructor).set(...this.get()),this._cloneIntoMeta(t)}process(t,n){for(let g=0;g<16;g++,n+=4)Mt[g]=t.getUint32(n,!1);for(let g=16;g<64;g++){let l=Mt[g-15],u=Mt[g-2],p=tt(l,7)^tt(l,18)^l>>>3,f=tt(u,17)^tt(u,19)^u>>>10;Mt[g]=f+Mt[g-7]+p+Mt[g-16]|0}let{A:r,B:o,C:i,D:s,E:a,F:c,G:d,H:h}=this;for(let g=0;g<64;g++){let l=tt(a,6)^tt(a,11)^tt(a,25),u=h+l+La(a,c,d)+rf[g]+Mt[g]|0,f=(tt(r,2)^tt(r,13)^tt(r,22))+Na(r,o,i)|0;h=d,d=c,c=a,a=s+u|0,s=i,i=o,o=r,r=u+f|0}r=r+this.A|0,o=o+this.B|0,i=i+this.C|0,s=s+this.D|0,a=a+this.E|0,c=c+this.F|0,d=d+this.G|0,h=h+this.H|0,this.set(r,o,i,s,a,c,d,h)}roundClean(){te(Mt)}destroy(){this.destroyed=!0,this.set(0,0,0,0,0,0,0,0),te(this.buffer)}},qi=class extends Si{constructor(){super(32,Ca)}};var Ua=Xr(["0x428a2f98d728ae22","0x7137449123ef65cd","0xb5c0fbcfec4d3b2f","0xe9b5dba58189dbbc","0x3956c25bf348b538","0x59f111f1b605d019","0x923f82a4af194f9b","0xab1c5ed5da6d8118","0xd807aa98a3030242","0x12835b0145706fbe","0x243185be4ee4b28c","0x550c7dc3d5ffb4e2","0x72be5d74f27b896f","0x80deb1fe3b1696b1","0x9bdc06a725c71235","0xc19bf174cf692694","0xe49b69c19ef14ad2","0xefbe4786384f25e3","0x0fc19dc68b8cd5b5","0x240ca1cc77ac9c65","0x2de92c6f592b0275","0x4a7484aa6ea6e483","0x5cb0a9dcbd41fbd4","0x76f988da831153b5","0x983e5152ee66dfab","0xa831c66d2db43210","0xb00327c898fb213f","0xbf597fc7beef0ee4","0xc6e00bf33da88fc2","0xd5a79147930aa725","0x06ca6351e003826f","0x142929670a0e6e70","0x27b70a8546d22ffc","0x2e1b21385c26c926","0x4d2c6dfc5ac42aed","0x53380d139d95b3df","0x650a73548baf63de","0x766a0abb3c77b2a8","0x81c2c92e47edaee6","0x92722c851482353b","0xa2bfe8a14cf10364","0xa81a664bbc423001","0xc24b8b70d0f89791","0xc76c51a30654be30","0xd192e819d6ef5218","0xd69906245565a910","0xf40e35855771202a","0x106aa07032bbd1b8","0x19a4c116b8d2d0c8","0x1e376c085141ab53","0x2748774cdf8eeb99","0x34b0bcb5e19b48a8","0x391c0cb3c5c95a63","0x4ed8aa4ae3418acb","0x5b9cca4f7763e373","0x682e6ff3d6b2b8a3","0x748f82ee5defb2fc","0x78a5636f43172f60","0x84c87814a1f0ab72","0x8cc702081a6439ec","0x90befffa23631e28","0xa4506cebde82bde9","0xbef9a3f7b2c67915","0xc67178f2e372532b","0xca273eceea26619c","0xd186b8c721c0c207","0xeada7dd6cde0eb1e","0xf57d4f7fee6ed178","0x06f067aa72176fba","0x0a637dc5a2c898a6","0x113f9804bef90dae","0x1b710b35131c471b","0x28db77f523047d84","0x32caab7b40c72493","0x3c9ebe0a15c9bebc","0x431d67c49c100d4c","0x4cc5d4becb3e42b6","0x597f299cfc657e2a","0x5fcb6fab3ad6faec","0x6c44198c4a475817"].map(e=>BigInt(e))),of=Ua[0],sf=Ua[1],Ut=new Uint32Array(80),Pt=new Uint32Array(80),no=class extends ur{Ah=0;Al=0;Bh=0;Bl=0;Ch=0;Cl=0;Dh=0;Dl=0;Eh=0;El=0;Fh=0;Fl=0;Gh=0;Gl=0;Hh=0;Hl=0;constructor(t,n){super(128,t,16,!1),this.Ah=n[0]|0,this.Al=n[1]|0,this.Bh=n[2]|0,this.Bl=n[3]|0,this.Ch=n[4]|0,this.Cl=n[5]|0,this.Dh=n[6]|0,this.Dl=n[7]|0,this.Eh=n[8]|0,this.El=n[9]|0,this.Fh=n[10]|0,this.Fl=n[11]|0,this.Gh=n[12]|0,this.Gl=n[13]|0,this.Hh=n[14]|0,this.Hl=n[15]|0}get(){let{Ah:t,Al:n,Bh:r,Bl:o,Ch:i,Cl:s,Dh:a,Dl:c,Eh:d,El:h,Fh:g,Fl:l,Gh:u,Gl:p,Hh:f,Hl:b}=this;return[t,n,r,o,i,s,a,c,d,h,g,l,u,p,f,b]}set(t,n,r,o,i,s,a,c,d,h,g,l,u,p,f,b){this.Ah=t|0,this.Al=n|0,this.Bh=r|0,this.Bl=o|0,this.Ch=i|0,this.Cl=s|0,this.Dh=a|0,this.Dl=c|0,this.Eh=d|0,this.El=h|0,this.Fh=g|0,this.Fl=l|0,this.Gh=u|0,this.Gl=p|0,this.Hh=f|0,this.Hl=b|0}_cloneInto(t){return(t||=new this.constructor).set(...this.get()),this._cloneIntoMeta(t)}process(t,n){for(let y=0;y<16;y++,n+=4)Ut[y]=t.getUint32(n),Pt[y]=t.getUint32(n+=4);for(let y=16;y<80;y++){let v=Ut[y-15]|0,x=Pt[y-15]|0,S=at(v,x,1)^at(v,x,8)^Ei(v,x,7),j=ct(v,x,1)^ct(v,x,8)^$i(v,x,7),_=Ut[y-2]|0,k=Pt[y-2]|0,$=at(_,k,19)^fn(_,k,61)^Ei(_,k,6),T=ct(_,k,19)^pn(_,k,61)^$i(_,k,6),O=Ea(j,T,Pt[y-7],Pt[y-16]),C=$a(O,S,$,Ut[y-7],Ut[y-16]);Ut[y]=C|0,Pt[y]=O|0}let{Ah:r,Al:o,Bh:i,Bl:s,Ch:a,Cl:c,Dh:d,Dl:h,Eh:g,El:l,Fh:u,Fl:p,Gh:f,Gl:b,Hh:w,Hl:m}=this;for(let y=0;y<80;y++){let v=at(g,l,14)^at(g,l,18)^fn(g,l,41),x=ct(g,l,14)^ct(g,l,18)^pn(g,l,41),S=g&u^~g&f,j=l&p^~l&b,_=za(m,x,j,sf[y],Pt[y]),k=Sa(_,w,v,S,of[y],Ut[y]),$=_|0,T=at(r,o,28)^fn(r,o,34)^fn(r,o,39),O=ct(r,o,28)^pn(r,o,34)^pn(r,o,39),C=r&i^r&a^i&a,z=o&s^o&c^s&c;w=f|0,m=b|0,f=u|0,b=p|0,u=g|0,p=l|0,{h:g,l}=Ke(d|0,h|0,k|0,$|0),d=a|0,h=c|0,a=i|0,c=s|0,i=r|0,s=o|0;let R=ar($,O,z);r=cr(R,k,T,C),o=R|0}({h:r,l:o}=Ke(this.Ah|0,this.Al|0,r|0,o|0)),{h:i,l:s}=Ke(this.Bh|0,this.Bl|0,i|0,s|0),{h:a,l:c}=Ke(this.Ch|0,this.Cl|0,a|0,c|0),{h:d,l:h}=Ke(this.Dh|0,this.Dl|0,d|0,h|0),{h:g,l}=Ke(this.Eh|0,this.El|0,g|0,l|0),{h:u,l:p}=Ke(this.Fh|0,this.Fl|0,u|0,p|0),{h:f,l:b}=Ke(this.Gh|0,this.Gl|0,f|0,b|0),{h:w,l:m}=Ke(this.Hh|0,this.Hl|0,w|0,m|0),this.set(r,o,i,s,a,c,d,h,g,l,u,p,f,b,w,m)}roundClean(){te(Ut,Pt)}destroy(){this.destroyed=!0,te(this.buffer),this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0)}},Ai=class extends no{constructor(){super(64,Ma)}},ji=class extends no{constructor(){super(48,Ia)}};var Y=kt(()=>new qi,Et(1));var On=kt(()=>new Ai,Et(3)),Pa=kt(()=>new ji,Et(2));var P=class extends Error{constructor(t,n){super(n?`${t}: ${n}`:t),this.code=t}},Fa=new TextEncoder;function He(){return typeof location>"u"?"":location.pathname.replace(/\/[^/]*$/,"")}var af=new TextDecoder("utf-8",{fatal:!0});function le(e){return Fa.encode(e)}function Ka(e){return af.decode(e)}function Ve(...e){let t=0;for(let o of e)t+=o.length;let n=new Uint8Array(t),r=0;for(let o of e)n.set(o,r),r+=o.length;return n}function Ha(e,t){if(e.length!==t.length)return!1;let n=0;for(let r=0;r<e.length;r++)n|=e[r]^t[r];return n===0}var Da="0123456789abcdef";function qe(e){let t="";for(let n of e)t+=Da[n>>4]+Da[n&15];return t}function Ga(e){if(typeof e!="string"||!/^[0-9a-f]{64}$/.test(e))return null;let t=new Uint8Array(32);for(let n=0;n<32;n++)t[n]=parseInt(e.slice(2*n,2*n+2),16);return t}function Wa(e){return qe(Y(e))}function Va(e,t){if(typeof t!="string")return null;let n;try{n=e.decode(t)}catch{return null}return e.encode(n)===t?n:null}var $t=e=>Va(wi,e),Dt=e=>wi.encode(e);var Bi=e=>Se.encode(e),ro=e=>Va(vi,e),Ft=e=>vi.encode(e),Ti=`	
\v\f\r              \u2028\u2029  　`;function Kt(e){return Ti.includes(e)}function Le(e){let t=0,n=e.length;for(;t<n&&Ti.includes(e[t]);)t++;for(;n>t&&Ti.includes(e[n-1]);)n--;return e.slice(t,n)}function Ht(e){return new RegExp("\\p{Cc}","u").test(e)}function Ye(e){return Fa.encode(e).length}function Gt(e){if(e<=1)return 0;let t=Math.floor(4294967296/e)*e,n=new Uint32Array(1);for(;;)if(crypto.getRandomValues(n),n[0]<t)return n[0]%e}function Ue(e){let t=new Uint8Array(e);return crypto.getRandomValues(t),t}function Ya(e){for(let t=e.length-1;t>0;t--){let n=Gt(t+1);[e[t],e[n]]=[e[n],e[t]]}return e}var fr=9007199254740991,se=e=>new P("jcs-syntax",e),cf=128,_i=class{constructor(t){this.b=t,this.i=0,this.depth=0}ws(){let t=this.b;for(;this.i<t.length;){let n=t[this.i];if(n===32||n===10||n===13||n===9)this.i++;else break}}peek(){return this.i<this.b.length?this.b[this.i]:-1}value(){this.ws();let t=this.peek();switch(t){case-1:throw se("EOF while parsing a value");case 123:return this.object();case 91:return this.array();case 34:return this.string();case 116:return this.literal("true"),!0;case 102:return this.literal("false"),!1;case 110:throw this.literal("null"),new P("jcs-null","null is not allowed: omit the field instead");default:if(t===45||t>=48&&t<=57)return this.number();throw se("expected value")}}literal(t){for(let n=0;n<t.length;n++)if(this.b[this.i+n]!==t.charCodeAt(n))throw se("expected "+t);this.i+=t.length}number(){let t=this.b,n=this.i,r=!1;t[this.i]===45&&(r=!0,this.i++);let o=c=>c>=48&&c<=57;if(!o(this.peek()))throw se("invalid number");if(t[this.i]===48){if(this.i++,o(this.peek()))throw se("invalid number")}else for(;o(this.peek());)this.i++;let i=!1;if(this.peek()===46){if(i=!0,this.i++,!o(this.peek()))throw se("invalid number");for(;o(this.peek());)this.i++}if(this.peek()===101||this.peek()===69){if(i=!0,this.i++,(this.peek()===43||this.peek()===45)&&this.i++,!o(this.peek()))throw se("invalid number");for(;o(this.peek());)this.i++}let s=String.fromCharCode(...t.subarray(n,this.i));if(i)throw Number.isFinite(Number(s))?new P("jcs-number",s):se("number out of range");let a=r?s.slice(1):s;if(r&&a==="0")throw new P("jcs-number",s);if(a.length>16||Number(a)>fr)throw new P("jcs-number",s);return r?-Number(a):Number(a)}string(){let t=this.b;this.i++;let n="",r=this.i,o=i=>{if(i>r)try{n+=Ka(t.subarray(r,i))}catch{throw se("invalid unicode code point")}};for(;;){if(this.i>=t.length)throw se("EOF while parsing a string");let i=t[this.i];if(i===34)return o(this.i),this.i++,n;if(i<32)throw se("control character (\\u0000-\\u001F) found while parsing a string");if(i===92){if(o(this.i),this.i++,this.i>=t.length)throw se("EOF while parsing a string");switch(t[this.i++]){case 34:n+='"';break;case 92:n+="\\";break;case 47:n+="/";break;case 98:n+="\b";break;case 102:n+="\f";break;case 110:n+=`
`;break;case 114:n+="\r";break;case 116:n+="	";break;case 117:{let a=this.hex4();if(a>=55296&&a<=56319){if(t[this.i]!==92||t[this.i+1]!==117)throw se("lone leading surrogate in hex escape");this.i+=2;let c=this.hex4();if(c<56320||c>57343)throw se("lone leading surrogate in hex escape");n+=String.fromCharCode(a,c)}else{if(a>=56320&&a<=57343)throw se("unexpected end of hex escape");n+=String.fromCharCode(a)}break}default:throw se("invalid escape")}r=this.i;continue}this.i++}}hex4(){let t=0;for(let n=0;n<4;n++){if(this.i>=this.b.length)throw se("EOF while parsing a string");let r=this.b[this.i++],o;if(r>=48&&r<=57)o=r-48;else if(r>=97&&r<=102)o=r-87;else if(r>=65&&r<=70)o=r-55;else throw se("invalid escape");t=t*16+o}return t}enter(){if(++this.depth>cf)throw se("recursion limit exceeded")}array(){this.enter(),this.i++;let t=[];if(this.ws(),this.peek()===93)return this.i++,this.depth--,t;for(;;){t.push(this.value()),this.ws();let n=this.peek();if(n===44){if(this.i++,this.ws(),this.peek()===93)throw se("trailing comma");continue}if(n===93)return this.i++,this.depth--,t;throw se(n===-1?"EOF while parsing a list":"expected `,` or `]`")}}object(){this.enter(),this.i++;let t={};if(this.ws(),this.peek()===125)return this.i++,this.depth--,t;for(;;){this.ws();let n=this.peek();if(n===-1)throw se("EOF while parsing an object");if(n!==34)throw se("key must be a string");let r=this.string();if(this.ws(),this.peek()!==58)throw se(this.peek()===-1?"EOF while parsing an object":"expected `:`");this.i++;let o=this.value();if(Object.prototype.hasOwnProperty.call(t,r))throw new P("jcs-duplicate-key",JSON.stringify(r));Object.defineProperty(t,r,{value:o,enumerable:!0,writable:!0,configurable:!0}),this.ws();let i=this.peek();if(i===44){if(this.i++,this.ws(),this.peek()===125)throw se("trailing comma");continue}if(i===125)return this.i++,this.depth--,t;throw se(i===-1?"EOF while parsing an object":"expected `,` or `}`")}}};function Rn(e){typeof e=="string"&&(e=le(e));let t=new _i(e),n=t.value();if(t.ws(),t.i!==e.length)throw se("trailing characters");return n}function pr(e){typeof e=="string"&&(e=le(e));let t=Rn(e),n=zt(t);if(n.length!==e.length||!n.every((r,o)=>r===e[o]))throw new P("jcs-not-canonical","JSON is not in canonical (RFC 8785) form");return t}function Ja(e,t){t.push('"');for(let n of e){let r=n.codePointAt(0);n==='"'?t.push('\\"'):n==="\\"?t.push("\\\\"):r===8?t.push("\\b"):r===12?t.push("\\f"):r===10?t.push("\\n"):r===13?t.push("\\r"):r===9?t.push("\\t"):r<32?t.push("\\u"+r.toString(16).padStart(4,"0")):t.push(n)}t.push('"')}function Oi(e,t){if(e==null)throw new P("jcs-null","null is not allowed");switch(typeof e){case"boolean":t.push(e?"true":"false");return;case"number":if(!Number.isSafeInteger(e)||Object.is(e,-0))throw new P("jcs-number",String(e));t.push(String(e));return;case"string":Ja(e,t);return;case"object":if(Array.isArray(e)){t.push("["),e.forEach((n,r)=>{r&&t.push(","),Oi(n,t)}),t.push("]");return}{let n=Object.keys(e).filter(r=>e[r]!==void 0).sort();t.push("{"),n.forEach((r,o)=>{o&&t.push(","),Ja(r,t),t.push(":"),Oi(e[r],t)}),t.push("}")}return;default:throw new P("jcs-shape","not a JSON value")}}function lf(e){let t=[];return Oi(e,t),t.join("")}function zt(e){let t=lf(e);return le(typeof t.toWellFormed=="function"?t.toWellFormed():t)}var Ri="application/vnd.dropbox.roster.v1+json",oo="application/vnd.dropbox.reply.v1+json",df="application/vnd.dropbox.event.v1+json",Ln="application/vnd.dropbox.followup.v1+json",Nn="application/vnd.dropbox.thread.v1+json",Li="application/vnd.dropbox.dropkey.v1+json",uf=[Ri,oo,df,Ln,Nn,Li],Jg=1<<20,Qa=e=>new P("dsse-malformed",e);function mn(e,t){let n=le(e);return Ve(le(`DSSEv1 ${n.length} `),n,le(` ${t.length} `),t)}function Xa(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function Za(e,t){return Object.keys(e).length===t.length&&t.every(r=>Object.prototype.hasOwnProperty.call(e,r))}function Cn(e,t=Qa){if(!Xa(e)||!Za(e,["payload","payloadType","signatures"]))throw t("an envelope has exactly payload, payloadType and signatures");if(typeof e.payload!="string"||typeof e.payloadType!="string"||!Array.isArray(e.signatures))throw t("wrong field types");for(let n of e.signatures)if(!Xa(n)||!Za(n,["keyid","sig"])||typeof n.keyid!="string"||typeof n.sig!="string")throw t("a signature has exactly keyid and sig");return{payload:e.payload,payloadType:e.payloadType,signatures:e.signatures.map(n=>({keyid:n.keyid,sig:n.sig}))}}function St(e,t){if(!uf.includes(e.payloadType))throw new P("dsse-unknown-payload-type",JSON.stringify(e.payloadType));if(e.payloadType!==t)throw new P("dsse-wrong-payload-type",`expected ${t}, found ${e.payloadType}`);let n=$t(e.payload);if(!n)throw Qa("payload is not canonical base64");let r=[];for(let i of e.signatures){let s=Ye(i.keyid);if(s===0||s>128)throw new P("dsse-malformed-signature");let a=$t(i.sig);if(!a||a.length!==64)throw new P("dsse-malformed-signature");r.push([i.keyid,a])}let o=pr(n);return{payloadType:e.payloadType,payload:n,value:o,signatures:r}}function hr(e,t,n=()=>{}){if(!Array.isArray(e))throw new TypeError(`"${t}" expected array, got type=${typeof e}`);for(let r=0;r<e.length;r++)n(e[r],`${t}[${r}]`);return e}var ne=(e,t,n)=>J(e,t,n),Ni=Q;function tc(e,t=""){if(typeof e!="string"){let n=t&&`"${t}" `;throw new TypeError(n+"expected string, got type="+typeof e)}return e}function Wt(e,t="object"){if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError(t==="object"?"expected valid options object":`"${t}" expected object, got type=${typeof e}`);return e}function gn(e,t){if(typeof e!="function")throw new TypeError(`"${t}" is invalid: expected function, got ${typeof e}`);return e}var mr=Qr,we=(...e)=>to(...e),In=e=>eo(e),Yt=lr,qt=e=>lt(e),io=BigInt(0),ec=BigInt(1),ff=e=>e?`"${e}" `:"";function Pe(e,t=""){if(typeof e!="boolean")throw new TypeError(ff(t)+"expected boolean, got type="+typeof e);return e}function so(e){if(typeof e=="bigint"){if(!Vt(e))throw new RangeError("positive bigint expected, got "+e)}else Ni(e);return e}function At(e,t=""){if(typeof e!="number"){let n=t&&`"${t}" `;throw new TypeError(n+"expected number, got type="+typeof e)}if(!Number.isSafeInteger(e)){let n=t&&`"${t}" `;throw new RangeError(n+"expected safe integer, got "+e)}}function gr(e){let t=so(e).toString(16);return t.length&1?"0"+t:t}function nc(e){if(typeof e!="string")throw new TypeError("hex string expected, got "+typeof e);return e===""?io:BigInt("0x"+e)}function Je(e){return nc(Qr(e))}function Xe(e){return nc(Qr(Jt(J(e)).reverse()))}function Mn(e,t){if(Q(t),t===0)throw new Error("zero output length is invalid");e=so(e);let n=t*2,r=e.toString(16);if(r.length>n)throw new RangeError("number is too large");return eo(r.padStart(n,"0"))}function yr(e,t){return Mn(e,t).reverse()}function Jt(e){return Uint8Array.from(ne(e))}function Xt(e){if(typeof e!="string")throw new TypeError("ascii string expected, got "+typeof e);return Uint8Array.from(e,(t,n)=>{let r=t.charCodeAt(0);if(t.length!==1||r>127)throw new RangeError(`string contains non-ASCII character "${e[n]}" with code ${r} at position ${n}`);return r})}function Vt(e){return typeof e=="bigint"&&io<=e}function Ci(e,t,n){return Vt(e)&&Vt(t)&&Vt(n)&&t<=e&&e<n}function dt(e,t,n,r){if(!Ci(t,n,r))throw new RangeError("expected valid "+e+": "+n+" <= n < "+r+", got "+t)}function Un(e){if(e<io)throw new Error("expected non-negative bigint, got "+e);return e===io?0:e.toString(2).length}var br=e=>(At(e,"n"),(ec<<BigInt(e))-ec);function rc(e,t,n){if(Q(e,"hashLen"),Q(t,"qByteLen"),typeof n!="function")throw new TypeError("hmacFn must be a function");let r=b=>new Uint8Array(b),o=Uint8Array.of(),i=Uint8Array.of(0),s=Uint8Array.of(1),a=1e3,c=r(e),d=r(e),h=0,g=()=>{c.fill(1),d.fill(0),h=0},l=(...b)=>n(d,we(c,...b)),u=(b=o)=>{d=l(i,b),c=l(),b.length!==0&&(d=l(s,b),c=l())},p=()=>{if(h++>=a)throw new Error("drbg: tried max amount of iterations");let b=0,w=[];for(;b<t;){c=l();let m=c.slice();w.push(m),b+=c.length}return we(...w)};return(b,w)=>{g(),u(b);let m;for(;(m=w(p()))===void 0;)u();return g(),m}}function Ae(e,t={},n={},r="object"){Wt(e,r),Wt(t,"fields"),Wt(n,"optFields");function o(s,a,c){let d=r==="object"?`param "${String(s)}"`:`"${r}.${String(s)}"`,h=e[s];if(!Object.hasOwn(e,s)&&(c?h!==void 0:a!=="function"))throw new TypeError(`${d} is invalid: expected own property`);if(c&&h===void 0)return;let g=typeof h;if(g!==a||h===null)throw new TypeError(`${d} is invalid: expected ${a}, got ${g}`)}let i=(s,a)=>Object.entries(s).forEach(([c,d])=>o(c,d,a));i(t,!1),i(n,!0)}var Ee=BigInt(0),ie=BigInt(1),Zt=BigInt(2),sc=BigInt(3),Ii=BigInt(4),ac=BigInt(5),pf=BigInt(7),cc=BigInt(8),hf=BigInt(9),mf=BigInt(15),lc=BigInt(16),gf=BigInt("0x10000000000000000");function ae(e,t){if(t<=Ee)throw new Error("mod: expected positive modulus, got "+t);let n=e%t;return n>=Ee?n:t+n}function dc(e,t,n){if(n<=ie)throw new Error("pow: expected modulus > 1, got "+n);if(typeof t!="bigint")throw new TypeError("invalid exponent: expected bigint, got "+typeof t);if(t<Ee)throw new Error("invalid exponent, negatives unsupported");if(t===Ee)return ie;if(t===ie)return e;let r=e%n;if(r<Ee&&(r+=n),t<gf){let a=ie;for(;t>Ee;)t&ie&&(a=a*r%n),r=r*r%n,t>>=ie;return a}let o=[];for(;t>Ee;)o.push(Number(t&mf)),t>>=Ii;let i=new Array(16);i[0]=ie,i[1]=r;for(let a=2;a<16;a++)i[a]=i[a-1]*r%n;let s=i[o[o.length-1]];for(let a=o.length-2;a>=0;a--){s=s*s%n,s=s*s%n,s=s*s%n,s=s*s%n;let c=o[a];c!==0&&(s=s*i[c]%n)}return s}function Ze(e,t,n){if(n<=ie)throw new Error("pow2: expected modulus > 1, got "+n);if(t<Ee)throw new Error("pow2: expected non-negative exponent, got "+t);let r=e;for(;t-- >Ee;)r*=r,r%=n;return r}function oc(e,t){if(e===Ee)throw new Error("invert: expected non-zero number");if(t<=ie)throw new Error("invert: expected modulus > 1, got "+t);let n=ae(e,t),r=t,o=Ee,i=ie;for(;n!==Ee;){let a=r/n,c=r-n*a,d=o-i*a;r=n,n=c,o=i,i=d}if(r!==ie)throw new Error("invert: does not exist");return ae(o,t)}function uc(e,t){if(t<=ie)throw new Error("invertCt: expected prime modulus > 1, got "+t);let n=ae(e,t);if(n===Ee)throw new Error("invertCt: expected non-zero number");let r=dc(n,t-Zt,t);if(ae(n*r,t)!==ie)throw new Error("invertCt: does not exist");return r}function Mi(e,t,n){let r=e;if(!r.eql(r.sqr(t),n))throw new Error("Cannot find square root")}function Ui(e,t){if((e&ie)===Ee)throw new Error(t+": expected odd modulus, got "+e)}function fc(e,t){let n=e,r=(n.ORDER+ie)/Ii,o=n.pow(t,r);return Mi(n,o,t),o}function yf(e,t){let n=e,r=(n.ORDER-ac)/cc,o=n.mul(t,Zt),i=n.pow(o,r),s=n.mul(t,i),a=n.mul(n.mul(s,Zt),i),c=n.mul(s,n.sub(a,n.ONE));return Mi(n,c,t),c}function bf(e){let t=lo(e),n=pc(e),r=n(t,t.neg(t.ONE)),o=n(t,r),i=n(t,t.neg(r)),s=(e+pf)/lc;return((a,c)=>{let d=a,h=d.pow(c,s),g=d.mul(h,r),l=d.mul(h,o),u=d.mul(h,i),p=d.eql(d.sqr(g),c),f=d.eql(d.sqr(l),c);h=d.cmov(h,g,p),g=d.cmov(u,l,f);let b=d.eql(d.sqr(g),c),w=d.cmov(h,g,b);return Mi(d,w,c),w})}function pc(e){if(e<sc)throw new Error("sqrt is not defined for small field");Ui(e,"tonelliShanks");let t=e-ie,n=0;for(;t%Zt===Ee;)t/=Zt,n++;let r=Zt,o=lo(e);for(;wr(o,r)===1;)if(r++>1e3)throw new Error("Cannot find square root: probably non-prime P");if(n===1)return fc;let i=o.pow(r,t),s=(t+ie)/Zt;return function(c,d){let h=c;if(h.is0(d))return d;if(wr(h,d)!==1)throw new Error("Cannot find square root");let g=n,l=h.mul(h.ONE,i),u=h.pow(d,t),p=h.pow(d,s);for(;!h.eql(u,h.ONE);){if(h.is0(u))throw new Error("Cannot find square root: probably non-prime P");let f=1,b=h.sqr(u);for(;!h.eql(b,h.ONE);)if(f++,b=h.sqr(b),f===g)throw new Error("Cannot find square root");let w=ie<<BigInt(g-f-1),m=h.pow(l,w);g=f,l=h.sqr(m),u=h.mul(u,l),p=h.mul(p,m)}return p}}function wf(e){return Ui(e,"Fp.sqrt"),e%Ii===sc?fc:e%cc===ac?yf:e%lc===hf?bf(e):pc(e)}var hc=(e,t)=>(ae(e,t)&ie)===ie,vf=["create","isValid","is0","neg","inv","sqrt","sqr","eql","add","sub","mul","pow","div","addN","subN","mulN","sqrN"];function Pn(e){if(Wt(e,"field"),typeof e.ORDER!="bigint")throw new TypeError('param "ORDER" is invalid: expected bigint, got '+typeof e.ORDER);At(e.BYTES,"BYTES"),At(e.BITS,"BITS");for(let t of vf)gn(e[t],"field."+t);if(e.BYTES<1||e.BITS<1)throw new Error("invalid field: expected BYTES/BITS > 0");if(e.ORDER<=ie)throw new Error("invalid field: expected ORDER > 1, got "+e.ORDER);return e}function co(e,t,n=!1){Pn(e),hr(t,"nums"),Pe(n,"passZero");let r=e,o=new Array(t.length).fill(n?r.ZERO:void 0),i=t.reduce((a,c,d)=>r.is0(c)?a:(o[d]=a,r.mul(a,c)),r.ONE),s=r.inv(i);return t.reduceRight((a,c,d)=>r.is0(c)?a:(o[d]=r.mul(a,o[d]),r.mul(a,c)),s),o}function wr(e,t){Pn(e);let n=e;Ui(n.ORDER,"FpLegendre");let r=(n.ORDER-ie)/Zt,o=n.pow(t,r),i=n.eql(o,n.ONE),s=n.eql(o,n.ZERO),a=n.eql(o,n.neg(n.ONE));if(!i&&!s&&!a)throw new Error("invalid Legendre symbol result");return i?1:s?0:-1}function xf(e,t){if(t!==void 0&&Ni(t),e<=Ee)throw new Error("invalid n length: expected positive n, got "+e);if(t!==void 0&&t<1)throw new Error("invalid n length: expected positive bit length, got "+t);let n=Un(e);if(t!==void 0&&t<n)throw new Error(`invalid n length: expected nBitLength (${t}) >= bitLen(n) (${n})`);let r=t!==void 0?t:n,o=Math.ceil(r/8);return{nBitLength:r,nByteLength:o}}var ic=new WeakMap,ao=class{ORDER;BITS;BYTES;isLE;ZERO=Ee;ONE=ie;_lengths;_mod;constructor(t,n={}){if(t<=ie)throw new Error("invalid field: expected ORDER > 1, got "+t);let r;this.isLE=!1,n!=null&&typeof n=="object"&&(typeof n.BITS=="number"&&(r=n.BITS),typeof n.sqrt=="function"&&Object.defineProperty(this,"sqrt",{value:n.sqrt,enumerable:!0}),typeof n.isLE=="boolean"&&(this.isLE=n.isLE),n.allowedLengths&&(this._lengths=Object.freeze(n.allowedLengths.slice())),typeof n.modFromBytes=="boolean"&&(this._mod=n.modFromBytes));let{nBitLength:o,nByteLength:i}=xf(t,r);if(i>2048)throw new Error("invalid field: expected ORDER of <= 2048 bytes");this.ORDER=t,this.BITS=o,this.BYTES=i,Object.freeze(this)}create(t){return ae(t,this.ORDER)}isValid(t){if(typeof t!="bigint")throw new TypeError("invalid field element: expected bigint, got "+typeof t);return Ee<=t&&t<this.ORDER}is0(t){return t===Ee}isValidNot0(t){return!this.is0(t)&&this.isValid(t)}isOdd(t){return(t&ie)===ie}neg(t){return ae(-t,this.ORDER)}eql(t,n){return t===n}sqr(t){return ae(t*t,this.ORDER)}add(t,n){return ae(t+n,this.ORDER)}sub(t,n){return ae(t-n,this.ORDER)}mul(t,n){return ae(t*n,this.ORDER)}pow(t,n){return dc(t,n,this.ORDER)}div(t,n){return ae(t*oc(n,this.ORDER),this.ORDER)}sqrN(t){return t*t}addN(t,n){return t+n}subN(t,n){return t-n}mulN(t,n){return t*n}inv(t){return oc(t,this.ORDER)}sqrt(t){let n=ic.get(this);return n||ic.set(this,n=wf(this.ORDER)),n(this,t)}toBytes(t){return this.isLE?yr(t,this.BYTES):Mn(t,this.BYTES)}fromBytes(t,n=!1){ne(t);let{_lengths:r,BYTES:o,isLE:i,ORDER:s,_mod:a}=this;if(r){if(t.length<1||!r.includes(t.length)||t.length>o)throw new Error("Field.fromBytes: expected "+r+" bytes, got "+t.length);let d=new Uint8Array(o);d.set(t,i?0:d.length-t.length),t=d}if(t.length!==o)throw new Error("Field.fromBytes: expected "+o+" bytes, got "+t.length);let c=i?Xe(t):Je(t);if(a&&(c=ae(c,s)),!n&&!this.isValid(c))throw new Error("invalid field element: outside of range 0..ORDER");return c}invertBatch(t){return co(this,t,!0)}cmov(t,n,r){return Pe(r,"condition"),r?n:t}};function lo(e,t={}){return Object.freeze(ao.prototype),new ao(e,t)}function mc(e){if(typeof e!="bigint")throw new Error("field order must be bigint");if(e<=ie)throw new Error("field order must be greater than 1");let t=Un(e-ie);return Math.ceil(t/8)}function uo(e){let t=mc(e);return t+Math.ceil(t/2)}function Pi(e,t,n=!1){ne(e);let r=e.length,o=mc(t),i=Math.max(uo(t),16);if(r<i||r>1024)throw new Error("expected "+i+"-1024 bytes of input, got "+r);let s=n?Xe(e):Je(e),a=ae(s,t-ie)+ie;return n?yr(a,o):Mn(a,o)}var Ki=BigInt(0),vr=BigInt(1),kf=BigInt(4),Di=16,gc=128,Ef=5,yc=2**31;function Qt(e){let t=e;if(typeof t!="function")throw new TypeError('"Point" expected constructor, got type='+typeof e);gn(t.fromAffine,"Point.fromAffine"),gn(t.fromBytes,"Point.fromBytes"),gn(t.fromHex,"Point.fromHex"),Wt(t.BASE,"Point.BASE"),Wt(t.ZERO,"Point.ZERO"),Pn(t.Fp),Pn(t.Fn)}function fo(e,t){Qt(e),wc(t,e);let n=co(e.Fp,t.map(r=>r.Z));return t.map((r,o)=>e.fromAffine(r.toAffine(n[o])))}function $f(e,t,n=1){if(!Number.isSafeInteger(e)||e<n||e>t)throw new Error("invalid window size, expected ["+n+".."+t+"], got W="+e)}function zf(e,t){let n=e*(4*t+128);if(n>yc)throw new Error("invalid window size: table would need ~"+Math.ceil(n/2**20)+" MiB, max "+yc/2**20+" MiB")}function Hi(e,t){if(e!==void 0){gn(e,"randomBytes");try{let n=e(t);if(!Yt(n)||n.length!==t)return}catch{return}return e}}function wc(e,t){hr(e,"points"),e.forEach((n,r)=>{if(!(n instanceof t))throw new Error("invalid point at index "+r)})}function Sf(e,t,n){if(!Array.isArray(e))throw new Error("array of scalars expected");e.forEach((r,o)=>{if(!(n===void 0?t.isValid(r):Vt(r)&&r<n))throw new Error("invalid scalar at index "+o)})}var vc=new WeakMap;function Fi(e){return vc.get(e)||1}function qf(e,t){let n=e.double(),r=[e];for(let o=1;o<t;o++)r.push(r[o-1].add(n));return r}function Af(e,t){let n=2**t,r=n/2,o=BigInt(n-1),i=[];for(;e>Ki;){let s=0;e&vr&&(s=Number(e&o),s>=r&&(s-=n),e-=BigInt(s)),i.push(s),e>>=vr}return i}function jf(e,t,n){let r=2**t,o=r/2,i=BigInt(r-1),s=BigInt(t),a=[];for(let c=0;c<n;c++){let d=Number(e&i);e>>=s,d>o&&(d-=r,e+=vr),a.push(d)}if(e!==Ki)throw new Error("invalid wnaf");return a}function Tf(e,t,n){let r=0;for(let i of n)r=Math.max(r,i.length);let o=e;for(let i=r-1;i>=0;i--){i!==r-1&&(o=o.double());for(let s=0;s<n.length;s++){let a=n[s][i];if(a){let c=t[s][Math.abs(a)-1>>1];o=o.add(a<0?c.negate():c)}}}return o}var Dn=class{Point;BASE;ZERO;randomBytes;wnafPrecomputes=new WeakMap;baseCanBeBlinded;bits;constructor(t,n){Qt(t),this.randomBytes=Hi(n,Di),this.Point=t,this.BASE=t.BASE,this.ZERO=t.ZERO,this.bits=t.Fn.BITS}buildWnafTable(t,n,r){let o=Math.ceil(r/n)+1,i=2**(n-1),s=[],a=t;for(let c=0;c<o;c++){let d=a;for(let h=0;h<i;h++)s.push(d),d=d.add(a);a=s[s.length-1].double()}return{W:n,bits:r,windows:o,comp:s}}wnafCachedCT(t,n){let{W:r,windows:o,comp:i}=t,s=2**(r-1),a=jf(n,r,o),c=this.ZERO,d=this.BASE;for(let h=0;h<o;h++){let g=a[h],l=h*s,u=Math.abs(g)-1,p=i[l];for(let b=1;b<s;b++)p=b===u?i[l+b]:p;let f=p.negate();g===0?d=d.add(i[l]):c=c.add(g<0?f:p)}return{p:c,f:d}}getWnafPrecomputes(t,n,r,o){let i=this.wnafPrecomputes.get(n),s=i?.find(a=>a.W===t&&a.bits===r);return s||(s=this.buildWnafTable(n,t,r),typeof o=="function"&&(s={...s,comp:o(s.comp)}),i||(i=[],this.wnafPrecomputes.set(n,i)),i.push(s)),s}assertPoint(t){if(!(t instanceof this.Point))throw new TypeError('"point" expected Point instance, got type='+typeof t)}validateMulInput(t,n){if(this.assertPoint(t),!Ci(n,vr,this.Point.Fn.ORDER))throw new Error("invalid scalar")}runCT(t,n,r,o){let i=Fi(t);return i===1?this.fixedWindowCT(t,n,r):this.wnafCachedCT(this.getWnafPrecomputes(i,t,r,o),n)}mulCT(t,n,r){return this.validateMulInput(t,n),this.runCT(t,n,this.bits,r)}mulCTBlinded(t,n,r){if(this.validateMulInput(t,n),this.randomBytes===void 0)throw new Error("randomBytes is required for scalar blinding");let o=this.Point.Fn.BITS+gc,i=this.randomBytes(Di);if(!Yt(i)||i.length!==Di)throw new Error("randomBytes returned invalid byte array");i[0]=i[0]&63|128;let s=n+Je(i)*this.Point.Fn.ORDER;return this.runCT(t,s,o,r)}fixedWindowCT(t,n,r){let o=Ef,i=1<<o,s=br(o),a=new Array(i);a[0]=this.ZERO;for(let h=1;h<i;h++)a[h]=a[h-1].add(t);let c=Math.ceil(r/o),d=this.ZERO;for(let h=c-1;h>=0;h--){if(h!==c-1)for(let u=0;u<o;u++)d=d.double();let g=Number(n>>BigInt(h*o)&s),l=a[0];for(let u=1;u<i;u++)l=u===g?a[u]:l;d=d.add(l)}return{p:d,f:d}}shouldBlind(t,n){return this.randomBytes===void 0?!1:n===vr?!0:t!==this.BASE?!1:(this.baseCanBeBlinded===void 0&&(this.baseCanBeBlinded=this.mulUnsafe(this.BASE,this.Point.Fn.ORDER).is0()),this.baseCanBeBlinded)}mulSecret(t,n,r,o){return this.shouldBlind(t,r)?this.mulCTBlinded(t,n,o):this.mulCT(t,n,o)}mulUnsafe(t,n,r){if(this.assertPoint(t),!Vt(n))throw new Error("invalid scalar");let o=Fi(t);if(o===1||n>=this.Point.Fn.ORDER)return po(this.Point,[t],[n],!0);let i=this.getWnafPrecomputes(o,t,this.bits,r);return this.wnafCachedCT(i,n).p}setWindowSize(t,n){this.assertPoint(t),$f(n,this.bits);let r=Math.ceil((this.bits+gc)/n)+1;zf(r*2**(n-1),this.Point.Fp.BYTES),vc.set(t,n),this.wnafPrecomputes.delete(t)}hasWindowSize(t){return Fi(t)!==1}};function po(e,t,n,r=!1){if(Qt(e),wc(t,e),Pe(r,"allowOversized"),Sf(n,e.Fn,r?e.Fn.ORDER**kf:void 0),t.length!==n.length)throw new Error("arrays of points and scalars must have equal length");let o=t.map(s=>qf(s,4)),i=n.map(s=>Af(s,4));return Tf(e.ZERO,o,i)}function bc(e,t,n){if(t){if(t.ORDER!==e)throw new Error("Field.ORDER must match order: Fp == p, Fn == n");return Pn(t),t}else return lo(e,{isLE:n})}function ho(e,t,n={},r){if(e!=="weierstrass"&&e!=="edwards")throw new Error('expected curve type "weierstrass" or "edwards"');if(r===void 0&&(r=e==="edwards"),!t||typeof t!="object")throw new Error(`expected valid ${e} CURVE object`);Ae(n);for(let c of["p","n","h"]){let d=t[c];if(!(Vt(d)&&d!==Ki))throw new Error(`CURVE.${c} must be positive bigint`)}let o=bc(t.p,n.Fp,r),i=bc(t.n,n.Fn,r),a=["Gx","Gy","a",e==="weierstrass"?"b":"d"];for(let c of a)if(!o.isValid(t[c]))throw new Error(`CURVE.${c} must be valid field element of CURVE.Fp`);return t=Object.freeze(Object.assign({},t)),{CURVE:t,Fp:o,Fn:i}}function Fn(e,t){return function(r){let o=e(r);return{secretKey:o,publicKey:t(o)}}}var mo=BigInt(0),go=BigInt(1),yo=BigInt(2),Bf=BigInt(4),xc=BigInt(8);function _f(e,t,n,r){let o=e.sqr(n),i=e.sqr(r),s=e.add(e.mul(t.a,o),i),a=e.add(e.ONE,e.mul(t.d,e.mul(o,i)));return e.eql(s,a)}function kc(e,t={}){Ae(t,{},{},"extraOpts");let n=t,r=ho("edwards",e,n,n.FpFnLE),{Fp:o,Fn:i}=r,s=r.CURVE,{h:a}=s;if(wr(o,s.a)!==1)throw new Error("edwards: CURVE.a must be a square in Fp for complete addition formulas");if(wr(o,s.d)!==-1)throw new Error("edwards: CURVE.d must be a non-square in Fp for complete addition formulas");Ae(n,{},{uvRatio:"function",randomBytes:"function"});let c=n.randomBytes===void 0?qt:n.randomBytes,d=yo<<BigInt(o.BYTES*8)-go;function h(m){if(!o.isOdd)throw new Error("Field does not have .isOdd()");return o.isOdd(m)}let g=n.uvRatio===void 0?(m,y)=>{try{return{isValid:!0,value:o.sqrt(o.div(m,y))}}catch{return{isValid:!1,value:mo}}}:n.uvRatio;if(!_f(o,s,s.Gx,s.Gy))throw new Error("bad curve params: generator point");let l=o.eql(s.a,o.neg(o.ONE))?m=>o.neg(m):o.eql(s.a,o.ONE)?m=>m:m=>o.mul(s.a,m);function u(m,y,v=!1){let x=v?go:mo;return dt("coordinate "+m,y,x,d),y}function p(m){if(!(m instanceof f))throw new Error("EdwardsPoint expected")}class f{static BASE=new f(s.Gx,s.Gy,o.ONE,o.mul(s.Gx,s.Gy));static ZERO=new f(o.ZERO,o.ONE,o.ONE,o.ZERO);static Fp=o;static Fn=i;X;Y;Z;T;constructor(y,v,x,S){this.X=u("x",y),this.Y=u("y",v),this.Z=u("z",x,!0),this.T=u("t",S),Object.freeze(this)}static CURVE(){return s}static fromAffine(y){if(y instanceof f)throw new Error("extended point not allowed");let{x:v,y:x}=y||{};return u("x",v),u("y",x),new f(v,x,o.ONE,o.mul(v,x))}static fromBytes(y,v=!1){let x=o.BYTES,{a:S,d:j}=s;y=Jt(ne(y,x,"point")),Pe(v,"zip215");let _=Jt(y),k=y[x-1];_[x-1]=k&-129;let $=Xe(_),T=v?d:o.ORDER;dt("point.y",$,mo,T);let O=o.sqr($),C=o.sub(O,o.ONE),z=o.sub(o.mulN(j,O),S),{isValid:R,value:q}=g(C,z);if(!R)throw new Error("bad point: invalid y coordinate");let A=h(q),M=(k&128)!==0;if(!v&&o.is0(q)&&M)throw new Error("bad point: x=0 and x_0=1");return M!==A&&(q=o.neg(q)),f.fromAffine({x:q,y:$})}static fromHex(y,v=!1){return f.fromBytes(In(y),v)}get x(){return this.toAffine().x}get y(){return this.toAffine().y}precompute(y=6,v=!0){return w.setWindowSize(this,y),v||this.multiply(yo),this}assertValidity(){let y=this,{a:v,d:x}=s;if(y.is0())throw new Error("bad point: ZERO");let{X:S,Y:j,Z:_,T:k}=y,$=o.sqr(S),T=o.sqr(j),O=o.sqr(_),C=o.sqr(O),z=o.mul($,v),R=o.mul(o.add(z,T),O),q=o.add(C,o.mul(x,o.mul($,T)));if(!o.eql(R,q))throw new Error("bad point: equation left != right (1)");let A=o.mul(S,j),M=o.mul(_,k);if(!o.eql(A,M))throw new Error("bad point: equation left != right (2)")}equals(y){p(y);let{X:v,Y:x,Z:S}=this,{X:j,Y:_,Z:k}=y,$=o.mul(v,k),T=o.mul(j,S),O=o.mul(x,k),C=o.mul(_,S);return o.eql($,T)&&o.eql(O,C)}is0(){return this.equals(f.ZERO)}negate(){return new f(o.neg(this.X),this.Y,this.Z,o.neg(this.T))}double(){let{X:y,Y:v,Z:x}=this,S=o.sqr(y),j=o.sqr(v),_=o.mul(o.sqr(x),yo),k=l(S),$=o.addN(y,v),T=o.sub(o.subN(o.sqr($),S),j),O=o.addN(k,j),C=o.subN(O,_),z=o.subN(k,j),R=o.mul(T,C),q=o.mul(O,z),A=o.mul(T,z),M=o.mul(C,O);return new f(R,q,M,A)}add(y){p(y);let{d:v}=s,{X:x,Y:S,Z:j,T:_}=this,{X:k,Y:$,Z:T,T:O}=y,C=o.mul(x,k),z=o.mul(S,$),R=o.mul(o.mulN(_,v),O),q=o.mul(j,T),A=o.sub(o.subN(o.mulN(o.addN(x,S),o.addN(k,$)),C),z),M=o.subN(q,R),L=o.addN(q,R),B=o.sub(z,l(C)),E=o.mul(A,M),N=o.mul(L,B),U=o.mul(A,B),F=o.mul(M,L);return new f(E,N,F,U)}subtract(y){return p(y),this.add(y.negate())}multiply(y){if(!i.isValidNot0(y))throw new RangeError("invalid scalar: expected 1 <= sc < curve.n");let{p:v,f:x}=w.mulSecret(this,y,a,b);return b([v,x])[0]}multiplyUnsafe(y){if(!i.isValid(y))throw new RangeError("invalid scalar: expected 0 <= sc < curve.n");return y===mo?f.ZERO:this.is0()||y===go?this:w.mulUnsafe(this,y,b)}isSmallOrder(){return this.clearCofactor().is0()}isTorsionFree(){return w.mulUnsafe(this,s.n).is0()}toAffine(y){let v=this,x=y;if(x!=null&&typeof x!="bigint")throw new TypeError('"invertedZ" expected bigint, got type='+typeof x);let{X:S,Y:j,Z:_}=v,k=v.is0();x==null&&(x=k?o.create(xc):o.inv(_));let $=o.mul(S,x),T=o.mul(j,x),O=o.mul(_,x);if(k)return{x:o.ZERO,y:o.ONE};if(!o.eql(O,o.ONE))throw new Error("invZ was invalid");return{x:$,y:T}}clearCofactor(){return a===go?this:a===yo?this.double():a===Bf?this.double().double():a===xc?this.double().double().double():this.multiplyUnsafe(a)}toBytes(){let{x:y,y:v}=this.toAffine(),x=o.toBytes(v);return x[x.length-1]|=h(y)?128:0,x}toHex(){return mr(this.toBytes())}toString(){return`<Point ${this.is0()?"ZERO":this.toHex()}>`}}let b=m=>fo(f,m),w=new Dn(f,c);return w.bits>=6&&f.BASE.precompute(6),Object.freeze(f.prototype),Object.freeze(f),f}function Ec(e,t,n={}){if(Qt(e),typeof t!="function")throw new Error('"hash" function param is required');let r=t,o=n;Ae(o,{},{adjustScalarBytes:"function",randomBytes:"function",domain:"function",prehash:"function",zip215:"boolean",mapToCurve:"function",toMontgomery:"function",toMontgomerySecret:"function"});let{prehash:i}=o,{BASE:s,Fp:a,Fn:c}=e,d=r.outputLen,h=2*a.BYTES;if(d!==void 0&&(At(d,"hash.outputLen"),d!==h))throw new Error(`hash.outputLen must be ${h}, got ${d}`);let g=o.randomBytes===void 0?qt:o.randomBytes,l=o.toMontgomery,u=o.toMontgomerySecret,p=o.adjustScalarBytes===void 0?z=>z:o.adjustScalarBytes,f=o.domain===void 0?(z,R,q)=>{if(Pe(q,"phflag"),R.length||q)throw new Error("Contexts/pre-hash are not supported");return z}:o.domain;function b(z){return c.create(Xe(z))}function w(z){let R=k.secretKey;ne(z,k.secretKey,"secretKey");let q=ne(r(z),2*R,"hashedSecretKey"),A=p(q.slice(0,R)),M=q.slice(R,2*R),L=b(A);return{head:A,prefix:M,scalar:L}}function m(z){let{head:R,prefix:q,scalar:A}=w(z),M=s.multiply(A),L=M.toBytes();return{head:R,prefix:q,scalar:A,point:M,pointBytes:L}}function y(z){return m(z).pointBytes}function v(z=Uint8Array.of(),...R){let q=we(...R);return b(r(f(q,ne(z,void 0,"context"),!!i)))}function x(z,R,q={}){Ae(q,{},{},"options"),z=Jt(ne(z,void 0,"message")),i&&(z=i(z));let{prefix:A,scalar:M,pointBytes:L}=m(R),B=v(q.context,A,z),E=s.multiply(B).toBytes(),N=v(q.context,E,L,z),U=c.create(B+N*M);if(!c.isValid(U))throw new Error("sign failed: invalid s");let F=we(E,c.toBytes(U));return ne(F,k.signature,"result")}let S={zip215:o.zip215};function j(z,R,q,A=S){Ae(A);let{context:M}=A,L=A.zip215===void 0?!!S.zip215:A.zip215,B=k.signature;z=ne(z,B,"signature"),R=ne(R,void 0,"message"),q=ne(q,k.publicKey,"publicKey"),L!==void 0&&Pe(L,"zip215"),i&&(R=i(R));let E=B/2,N=z.subarray(0,E),U=Xe(z.subarray(E,B)),F,K,H;try{F=e.fromBytes(q,L),K=e.fromBytes(N,L),H=s.multiplyUnsafe(U)}catch{return!1}if(!L&&F.isSmallOrder())return!1;let G=v(M,N,q,R);return K.add(F.multiplyUnsafe(G)).subtract(H).clearCofactor().is0()}let _=a.BYTES,k={secretKey:_,publicKey:_,signature:2*_,seed:_};function $(z){return z=z===void 0?g(k.seed):z,ne(z,k.seed,"seed")}function T(z){return Yt(z)&&z.length===k.secretKey}function O(z,R){try{return!!e.fromBytes(z,R===void 0?S.zip215:R)}catch{return!1}}let C={getExtendedPublicKey:m,randomSecretKey:$,isValidSecretKey:T,isValidPublicKey:O,toMontgomery(z){if(l===void 0)throw new Error("Montgomery conversion is not supported for this curve");return l(e.fromBytes(z))},toMontgomerySecret(z){if(u===void 0)throw new Error("Montgomery conversion is not supported for this curve");return u(z)}};return Object.freeze(k),Object.freeze(C),Object.freeze({keygen:Fn($,y),getPublicKey:y,sign:x,verify:j,utils:C,Point:e,lengths:k})}function xr(e,t="n"){if(typeof e!="number")throw new TypeError(`wrong u32 integer "${t}": expected number, got type=${typeof e}`);if(!Number.isSafeInteger(e)||e<0||e>4294967295)throw new RangeError(`wrong u32 integer "${t}": expected 0..4294967295, got ${e}`);return e}function zc(e){return xr(e,"x"),(e&e-1)===0&&e!==0}function Gi(e,t){if(xr(e),typeof t!="number")throw new TypeError('"bits" expected number, got type='+typeof t);if(!Number.isSafeInteger(t)||t<0||t>32)throw new Error(`expected integer 0 <= bits <= 32, got ${t}`);let n=0;for(let r=0;r<t;r++,e>>>=1)n=n<<1|e&1;return n>>>0}function Sc(e){return xr(e),31-Math.clz32(e)}function $c(e){if(!e||typeof e!="object"||typeof e.length!="number")throw new TypeError('"values" expected array-like, got type='+typeof e);let t=e.length;if(!zc(t))throw new Error("expected positive power-of-two length, got "+t);let n=Sc(t);for(let r=0;r<t;r++){let o=Gi(r,n);if(r<o){let i=e[r];e[r]=e[o],e[o]=i}}return e}var Wi=(e,t)=>{Ae(t,{N:"number",roots:"object",dit:"boolean"},{invertButterflies:"boolean",skipStages:"number",brp:"boolean"},"coreOpts");let{N:n,roots:r,dit:o,invertButterflies:i=!1,skipStages:s=0,brp:a=!0}=t;xr(n,"coreOpts.N");let c=Sc(n);if(!zc(n))throw new Error("FFT: Polynomial size should be power of two");xr(s,"coreOpts.skipStages");let d=c===0?0:c-1;if(s>d)throw new Error(`FFT: wrong skipStages: expected 0 <= skipStages <= ${d}`);if(r.length!==n)throw new Error(`FFT: wrong roots length: expected ${n}, got ${r.length}`);let h=o!==i;return g=>{if(g.length!==n)throw new Error("FFT: wrong Polynomial length");o&&a&&$c(g);for(let l=0,u=1;l<c-s;l++){let p=o?l+1+s:c-l,f=1<<p,b=f>>1,w=n>>p;for(let m=0;m<n;m+=f)for(let y=0,v=u++;y<b;y++){let x=i?o?n-v:v:y*w,S=m+y,j=m+y+b,_=r[x],k=g[j],$=g[S];if(h){let T=e.mul(k,_);g[S]=e.add($,T),g[j]=e.sub($,T)}else i?(g[S]=e.add(k,$),g[j]=e.mul(e.sub(k,$),_)):(g[S]=e.add($,k),g[j]=e.mul(e.sub($,k),_))}}return!o&&a&&$c(g),g}};var yn=BigInt(0),Qe=BigInt(1),bo=BigInt(2);function qc(e,t){return e+t-(t>>Qe<<Qe)}function Of(e){let t=BigInt(6)*e;return(n,r,o)=>{let i=r+o,a=((t+o-r)*n+r)%e;return{x_2:a,x_3:i-a}}}function Rf(e){return Ae(e,{P:"bigint",type:"string",adjustScalarBytes:"function",powPminus2:"function"},{randomBytes:"function",scalarMultBase:"function"}),Object.freeze({...e})}function Ac(e){let t=Rf(e),{P:n,type:r,adjustScalarBytes:o,powPminus2:i,randomBytes:s}=t,a=t.scalarMultBase,c=r==="x25519";if(!c&&r!=="x448")throw new Error("invalid type");let d=s===void 0?qt:s,h=c?255:448,g=Of(n),l=c?32:56,u=BigInt(c?9:5),p=BigInt(c?121665:39081),f=c?bo**BigInt(254):bo**BigInt(447),b=c?BigInt(8)*(bo**BigInt(251)-Qe):BigInt(4)*(bo**BigInt(445)-Qe),w=f+b+Qe,m=q=>ae(q,n),y=v(u);function v(q){return yr(m(q),l)}function x(q){let A=Jt(ne(q,l,"uCoordinate"));return c&&(A[31]&=127),m(Xe(A))}function S(q){return Xe(o(Jt(ne(q,l,"scalar"))))}let j=new Set(c?[yn,Qe,n-Qe,BigInt("325606250916557431795983626356110631294008115727848805560023387167927233504"),BigInt("39382357235489614581723060781553021112529911719440698176882885853963445705823")]:[yn,Qe,n-Qe]);function _(q,A){let M=x(A);if(j.has(M))throw new Error("invalid private or public key received");let L=O(M,S(q));if(L===yn)throw new Error("invalid private or public key received");return v(L)}function k(q){if(a===void 0)return _(q,y);let A=S(q);dt("scalar",A,f,w);let M=m(a(A));if(M===yn)throw new Error("invalid private or public key received");return v(M)}let $=k,T=_;function O(q,A){dt("u",q,yn,n),dt("scalar",A,f,w);let M=A,L=q,B=Qe,E=yn,N=q,U=Qe,F=M^M>>Qe;for(let G=BigInt(h-1);G>=yn;G--){let W=qc(n,F>>G);({x_2:B,x_3:N}=g(W,B,N)),{x_2:E,x_3:U}=g(W,E,U);let X=B+E,Z=m(X*X),fe=B-E,ce=m(fe*fe),ge=Z-ce,Me=N+U,de=N-U,pe=m(de*X),Tn=m(Me*fe),or=pe+Tn,Ct=pe-Tn;N=m(or*or),U=m(L*m(Ct*Ct)),B=m(Z*ce),E=m(ge*(Z+m(p*ge)))}let K=qc(n,M);({x_2:B,x_3:N}=g(K,B,N)),{x_2:E,x_3:U}=g(K,E,U);let H=i(E);return m(B*H)}let C={secretKey:l,publicKey:l,seed:l},z=q=>(q=q===void 0?d(l):q,ne(q,C.seed,"seed"),q),R={randomSecretKey:z};return Object.freeze(C),Object.freeze(R),Object.freeze({keygen:Fn(z,$),getSharedSecret:T,getPublicKey:$,scalarMult:_,scalarMultBase:k,utils:R,GuBytes:y.slice(),lengths:C})}var jc=BigInt(0),Vi=BigInt(1),Tc=BigInt(2),Lf=BigInt(3),Nf=BigInt(5),Cf=BigInt(8),wo=BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed"),If={p:wo,n:BigInt("0x1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ed"),h:Cf,a:BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec"),d:BigInt("0x52036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3"),Gx:BigInt("0x216936d3cd6e53fec0a4e231fdd6dc5c692cc7609525a7b2c9562d608f25d51a"),Gy:BigInt("0x6666666666666666666666666666666666666666666666666666666666666658")};function Oc(e){let t=BigInt(10),n=BigInt(20),r=BigInt(40),o=BigInt(80),i=wo,a=e*e%i*e%i,c=Ze(a,Tc,i)*a%i,d=Ze(c,Vi,i)*e%i,h=Ze(d,Nf,i)*d%i,g=Ze(h,t,i)*h%i,l=Ze(g,n,i)*g%i,u=Ze(l,r,i)*l%i,p=Ze(u,o,i)*u%i,f=Ze(p,o,i)*u%i,b=Ze(f,t,i)*h%i;return{pow_p_5_8:Ze(b,Tc,i)*e%i,b2:a}}function Yi(e){return e[0]&=248,e[31]&=127,e[31]|=64,e}var Bc=BigInt("19681161376707505956807079304988542015446066515923890162744021073123829784752");function Mf(e,t){let n=wo,r=ae(t*t*t,n),o=ae(r*r*t,n),i=Oc(e*o).pow_p_5_8,s=ae(e*r*i,n),a=ae(t*s*s,n),c=s,d=ae(s*Bc,n),h=a===e,g=a===ae(-e,n),l=a===ae(-e*Bc,n);return h&&(s=c),(g||l)&&(s=d),hc(s,n)&&(s=ae(-s,n)),{isValid:h||g,value:s}}var kr=kc(If,{uvRatio:Mf}),_c=kr.Fp;function Uf(e){let{y:t}=e;return _c.toBytes(_c.div(Vi+t,Vi-t))}function Pf(e){let t=kr.Fp.BYTES;return J(e,t),Yi(On(e.subarray(0,t))).subarray(0,t)}function Df(e){return Ec(kr,On,Object.assign({adjustScalarBytes:Yi,toMontgomery:Uf,toMontgomerySecret:Pf,zip215:!0},e))}var Kn=Df({});var jt=(()=>{let e=wo,t=n=>{let{pow_p_5_8:r,b2:o}=Oc(n);return ae(Ze(r,Lf,e)*o,e)};return Ac({P:e,type:"x25519",powPminus2:t,adjustScalarBytes:Yi,scalarMultBase:n=>{let r=ae(n,kr.Fn.ORDER);if(r===jc)return jc;let o=kr.BASE.multiply(r);return ae((o.Z+o.Y)*t(ae(o.Z-o.Y,e)),e)}})})();var Ji=Kn.Point,Rc=2n**252n+27742317777372353535851937790883648493n;function Lc(e){let t=0n;for(let n=e.length-1;n>=0;n--)t=t<<8n|BigInt(e[n]);return t}function Ff(e){let t=Uint8Array.from(e);t[31]&=127;let n=!0;for(let r=1;r<31;r++)t[r]!==255&&(n=!1);return!(t[31]===127&&n&&t[0]>=237)}function Xi(e){if(!(e instanceof Uint8Array)||e.length!==32||!Ff(e))return null;let t;try{t=Ji.fromBytes(e,!1)}catch{return null}return!Ha(t.toBytes(),e)||t.isSmallOrder()?null:t}function vo(e){return Xi(e)!==null}function Hn(e,t,n){if(!(n instanceof Uint8Array)||n.length!==64)return!1;let r=Xi(e);if(!r)return!1;let o=n.subarray(0,32),i=Xi(o);if(!i)return!1;let s=Lc(n.subarray(32));if(s>=Rc||!Kn.verify(n,t,e,{zip215:!1}))return!1;let a=Lc(On(Ve(o,e,t)))%Rc,c=s===0n?Ji.ZERO:Ji.BASE.multiply(s);return(a===0n?i:i.add(r.multiply(a))).equals(c)}function xo(e,t){return Kn.sign(t,e)}function ut(e){if(typeof e!="string"||!e.startsWith("ed25519:"))return null;let t=$t(e.slice(8));return!t||t.length!==32||!vo(t)?null:t}function Nc(e){return"ed25519:"+Dt(e)}function ko(e){if(typeof e!="string"||!e.startsWith("age1"))return null;try{let t=ye.decodeToBytes(e);return t.prefix!=="age"||t.bytes.length!==32||ye.encodeFromBytes("age",t.bytes)!==e?null:t.bytes}catch{return null}}var Kf=1216;function Cc(e){if(typeof e!="string"||!e.startsWith("age1pq1"))return null;try{let t=ye.decode(e,!1),n=ye.fromWords(t.words);return t.prefix!=="age1pq"||n.length!==Kf||ye.encode("age1pq",ye.toWords(n),!1)!==e?null:n}catch{return null}}function Ic(e){return ye.encode("age1pq",ye.toWords(e),!1)}function Mc(e){return ye.encodeFromBytes("age-secret-key-pq-",e).toUpperCase()}function Uc(e){return ye.encodeFromBytes("age",e)}function Pc(e){return ye.encodeFromBytes("age-secret-key-",e).toUpperCase()}function Dc(e){return jt.getPublicKey(e)}function Fc(){return jt.getPublicKey(Ue(32))}function Tt(e){return typeof e=="string"&&/^[a-z0-9][a-z0-9._-]{0,63}$/.test(e)}function Ne(e){return typeof e=="string"&&/^[0-9a-f]{64}$/.test(e)}function Hf(e,t,n){e=t<=2?e-1:e;let r=Math.floor(e/400),o=e-r*400,i=(t+9)%12,s=Math.floor((153*i+2)/5)+n-1,a=o*365+Math.floor(o/4)-Math.floor(o/100)+s;return r*146097+a-719468}function Kc(e){e+=719468;let t=Math.floor(e/146097),n=e-t*146097,r=Math.floor((n-Math.floor(n/1460)+Math.floor(n/36524)-Math.floor(n/146096))/365),o=n-(365*r+Math.floor(r/4)-Math.floor(r/100)),i=Math.floor((5*o+2)/153),s=o-Math.floor((153*i+2)/5)+1,a=i<10?i+3:i-9;return[r+t*400+(a<=2?1:0),a,s]}function ft(e){if(typeof e!="string"||!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(e))return null;let t=Number(e.slice(0,4)),n=Number(e.slice(5,7)),r=Number(e.slice(8,10));if(n<1||n>12||r<1)return null;let o=Hf(t,n,r),[i,s,a]=Kc(o);return i===t&&s===n&&a===r?o:null}function Zi(e){let[t,n,r]=Kc(e);return`${String(t).padStart(4,"0")}-${String(n).padStart(2,"0")}-${String(r).padStart(2,"0")}`}function bn(e){return Math.floor(e/86400)}var Hc="0~w,2n~x,d~1,ip~1,14~2,6~4,7~1,1~1,k~1,b1~1,12~1,1k~1,1l~6,r~4,6~h,m~1,5c~1,1c~2,1n~2,2t~e,1n~2,1d~2,f~1,s~2,1~1,b~5,w~7,23~1,4h~1,8~2,2~2,m~1,7~1,1~3,4~2,9~2,2~2,4~8,1~4,2~1,5~2,p~2,3~1,6~4,2~2,m~1,7~1,2~1,2~1,2~2,1~1,5~4,2~2,3~3,1~7,4~1,1~7,h~a,3~1,9~1,3~1,m~1,7~1,2~1,5~2,a~1,3~1,3~2,1~f,4~2,c~7,7~1,3~1,8~2,2~2,m~1,7~1,2~1,5~2,9~2,2~2,3~5,5~4,2~1,5~2,i~a,2~1,6~3,3~1,4~3,2~1,1~1,2~3,2~3,3~3,c~4,5~3,3~1,4~2,1~6,1~e,l~5,d~1,3~1,n~1,g~2,9~1,3~1,4~7,2~1,3~1,2~2,4~2,a~7,m~1,3~1,n~1,a~1,5~2,9~1,3~1,4~7,2~5,3~1,4~2,a~1,3~c,d~1,3~1,1f~1,3~1,6~4,g~2,q~1,3~1,i~3,o~1,9~1,1~2,7~3,1~4,6~1,1~1,8~6,a~2,3~c,1m~4,t~11,2~1,1~1,5~1,o~1,1~1,n~2,5~1,1~1,7~1,a~2,4~w,20~1,10~4,13~1,10~1,f~1,d~11,5i~1,1~5,1~2,3z~2,6g~1,4~2,7~1,1~1,4~2,15~1,4~2,x~1,4~2,7~1,1~1,4~2,f~1,1l~1,4~2,1v~2,w~3,q~6,2e~2,6~2,il~3,2h~7,m~9,o~9,k~c,d~1,3~1,2~c,1g~2,14~2,a~6,a~6,b~5,a~6,2h~7,17~5,1y~a,v~1,c~4,c~4,1~3,16~2,5~b,18~4,q~6,b~3,1q~2,1t~1,t~2,b~6,a~6,e~2,1t~f,25~1,4m~8,1o~3,f~3,1q~5,17~2,b~8,17~5,eu~2,6~2,12~2,6~2,8~1,1~1,1~1,1~1,v~2,1h~1,f~1,e~2,6~1,j~2,3~1,9~1,b~5,o~7,1d~g,2~2,29~b,x~f,3w~4,ii~m,b~l,1ec~2,am~5,19~1,1~5,1~2,1k~7,2~e,o~9,7~1,7~1,7~1,7~1,7~1,7~1,7~1,7~1,3i~2,4~s,q~1,2h~c,5y~q,28~1,2e~2,2v~5,17~1,1f~1,16~1,2e~9,1c~1,mlp~3,1j~9,9o~k,54~8,66~4,1~e,1o~3,a~6,1k~8,1y~8,c~6,38~b,u~3,26~1,b~4,x~1,1j~9,e~2,a~2,2v~o,s~a,6~2,6~2,6~9,7~1,7~1,1q~2,3i~2,a~6,8mc~c,n~4,1d~6is,a6~2,2y~12,7~c,5~5,q~1,5~1,1~1,2~1,2~1,i2~w,g~g,a~6,1f~1,j~1,4~4,5~1,3r~4,4f~1,u~3,6~2,6~2,6~2,3~3,7~1,7~d,2~2,c~1,q~1,j~1,2~1,f~2,e~y,3f~5,3~4,19~3,2g~1,d~3,1~1b,1a~3m,t~3,1d~f,s~4,10~9,u~5,17~5,u~1,11~4,e~16,4e~2,a~6,10~4,10~4,14~8,1g~b,c~1,f~1,7~1,2~1,b~1,f~1,7~1,2~3,1g~c,8n~9,m~a,8~o,6~1,16~1,e~1s,6~2,1~1,18~1,2~3,1~2,n~1,20~8,9~1c,j~1,2~5,x~3,r~5,r~12,1k~4,k~2,1e~1,2~5,8~1,3~1,t~2,3~4,a~7,9~7,1s~w,13~4,c~9,1i~3,t~2,r~5,q~7,4~c,7~28,21~1j,1f~d,1f~7,1a~8,a~6,12~3,t~8,2~5s,v~1,16~1,3~2,2~g,6~1,12~1,1k~8,16~m,q~12,s~k,n~9,26~4,10~9,1q~1,5~d,p~7,a~6,1h~1,i~8,13~9,2o~1,k~b,i~1,1b~1q,7~1,1~1,4~1,f~1,b~6,1n~5,a~6,4~1,8~2,2~2,m~1,7~1,2~1,5~1,a~2,2~2,3~2,1~6,1~5,7~2,7~3,5~b,a~1,1~2,1~1,12~1,a~1,1~2,1~1,4~1,a~1,2~8,2~t,2k~1,5~u,20~8,a~4m,1i~2,12~y,1x~b,a~6,d~j,1m~6,a~6,k~s,r~2,f~4,n~55,1o~2s,2b~c,8~2,1~2,8~1,2~1,u~1,2~2,c~9,a~1y,8~2,1a~2,b~r,20~8,2b~d,21~7,b~2d,8~2g,y~e,a~6,9~1,19~1,e~a,t~3,w~2,m~1,e~21,7~1,2~1,18~3,1~1,2~1,9~8,a~6,6~1,2~1,11~1,2~1,6~7,a~6,18~4,a~6,2~6m,p~7,h~1,15~3,t~2d,1~f,1e~d,pn~2u,90~c,8n~1s9,2r~d,ts~g,m~a,32z~5,g7~5a1,1m~1c6,ft~7,v~1,a~4,29~1,a~6,u~2,6~a,1y~a,a~1,7~1,l~5,j~c0,1m~5i,2j~5,p~2,p~18,23~4,1l~7,h~1s,5~b,7~9,5p7~10,y~2n,37~d,pe~e,1f~5y5,4~1,7~1,2~1,89~9,1~t,3~2,1~e,5~7,b0~1s4,2z~5,d~3,9~7,a~2,4~31c,71~3,c4~6,n~1,3~8,x~2,1a~2,n~9,38~1o,6u~a,37~8,5n~a,1e~1q,k~c,k~c,2f~9,p~3r,2d~1,1z~1,2~2,1~2,2~2,4~1,c~1,1~1,7~1,1t~1,4~2,8~1,7~1,s~1,4~1,5~1,1~3,7~1,9h~1,84~2,ji~f,5~1,f~28,t~rn,3m~e,7~1i,1m~1,h~2,7~1,2~1,5~5,1q~x,1~34,19~3,e~2,a~4,2~8w,v~h,1m~5,1~cw,16~5y,17~4,1~5c,v~1,m~8,2~68,7~1,4~1,2~1,f~1,5h~2,g~15,24~4,a~4,2~lt,1w~24,1p~5e,4~1,r~1,2~1,1~2,1~1,a~1,4~1,1~1,1~6,1~4,1~1,1~1,1~1,3~1,2~1,1~2,1~1,1~1,1~1,1~1,1~1,2~1,1~2,4~1,7~1,4~1,4~1,1~1,a~1,h~5,3~1,5~1,h~1g,2~7i,18~4,2s~c,f~2,f~1,f~1,11~a,4v~1j,t~d,18~4,9~7,2~e,6~4a,re~2,h~3,d~3,64~4,c~4,s~4,1k~8,a~6,14~8,u~2,c~4,2~e,9~13,9k~8,e~2,d~3,1z~1,1~3,i~1,d~3,c~5,43~1,2v~sl,wyo~w,3dr~1,4ge~2,5rl~f,ha~1wi,f2~15u,3t7~5,6ju~upy,8qo~ia4g",Gc="y:13.13,2:4w.1b.6f4,a:27,0:30,n:30,m:13,c:36.32,e:30,10:2x,0:2r.mw,2:2h.mt,0:6fj,v:1t.1x,9:1w.mt,6:3c,0:27.mw,d:2p.2t,9:6pu.mt,7:33.mw,5:34,h:1w.mt,0:2s.mt,k:20.mt,0:2w.mt,9:2x,f:24.mw,0:30.mw,8:32.mh,6:27.1x,0:33.2t,i:2c.mt,0:38.mt,o:2q.mt,0:13.1u,0:2q.lg,0:2q.lg,0:2q,2:1v.13,1:1w.mt,0:13.1w,0:2s.lg,0:2s.lg,0:2v,3:1y.me,0:2u,0:1z.13,2:30,0:30.mt,0:23.13,0:2z.lw,0:30.mt,0:qj.mw,1:26.me,0:32.mh,0:27.mt,4:13.28,0:34.lw,0:2a,0:1e,3:38.me,0:13.2c,0:38.lw,0:2c.mg,4:13.2h,0:3d.lw,0:2i.mt,0:3e.mt,0:1f,3:1e.mt,0:1h,0:37,1:34,0:30,0:30.30,1:x,w:1z.mt,0:2v.mt,1i:1f,5:1k,0:1k,0:2i.me,0:3e.me,h:2y,1:hk,2:2r.mw,1:2c.mw,2:1r,2:2d.mt,1:1x.mw,0:2t.mw,0:22.mt,0:2y.mt,2:2a,0:36.mt,0:2h.mt,0:3d.mt,1:2p,1:2q.lw,2:2s.mg,0:2s.lw,1:d9,0:d9.ke,0:x3n,3:2y.mt,0:2v.lw,0:2v,1:3d,2:2w.lw,1:2x.mt,0:2x,0:2x,0:30.ms,1:30.mg,0:30.f1,0:3b,1:36.32.me,0:32.me,0:32.mg,1:33.mt,0:33.5qf,2:2mpc,2:36.mh,0:36.mg,4:37.mg,1:2u,6:39,3:3d,0:3e.mg,1:f1,1:1r,0:x5a,a:35.lw,2:2s.3e,0:2s.f1,0:2s.i9,0:38.37,0:38.hv,0:38.gl,0:2u.32.mh,0:30.37,0:30.3e,d:13,0:13.13,0:13,0:13,0:13,0:13,0:121,2:1o,0:1q,0:2m,1:2m,1:13,1:13,0:13,4:1m,0:53,1:121,3:19,l:4fz,0:13.13,5:13,1:13.13,1:1m,2:kq,9:lg,3:nk,1:ld.ld,0:li,0:2tk,2:li.lj,0:le,3:lv,1:18w,2:5bd,5:mp,0:me,0:mg,4:me,6:1jz6,7:mt,0:mw,1:me,8:lf,2:mg,1:mr,0:1hiy,e:nk,0:lj,c:2mxb,0:lm,7:li,1:8s5,4:jz,0:t4,0:5qm,3:gk,1:x1b,1:22,h*2:1t,2:1x,0:2i,0:20,0:27.mt,0:30,0:23,0:g5,0*2:25,1:27,1:28,1:bt,0:2c,0:2h,1:2g,9:2p,0:67,0:3d,0:61r,0:x3n,1:32.mh,0:27.mt,0:2x,0:8o,2:3a,1:33,1:34,1:33,0:5qz,0:39,0:hk,k:qq,0:1y,7:tj,0:uf,2:1e,0:bs,2:1i,0:33,5:2y,3:66,0:34,1:25,2:au,1:x1a,4:x3m,0:2b,0:30,1:22,7:1t,0:2q.lg,0:1u,0:pf,1:1x,1:1f,2:23,0:g5,0:25,0:20,0:27,0:ps,0:28,0:1v,0:2c,0:2h,0:py,0:2g,5:2q.30,0:2q,1:30.27,1:2p,0:1i,0:ih,0:36,1:2t,1:gs,0:5qm,1:8o,1:i5,0:ik,0:33,0:qo,0:34,0:2r,0:5qz,0:3d,0:hk,0:3c,2:3b,1:jt.2q,0:at.2x,0:at,2:5qx,4:x3n,0:37,0:2x,1:2y,2:2w.mt,3:39.mh,1:3b,0:2q.mt,0:2q.mt,c:q0,0:qw,0:27.mt,0:33.mt,0:2e,0:3a,2:27.3d,0:33.3d,2:v4.w6.w7,0:3b.w6.w7,c:t4.me.li,0:5qm.me.li,0:2q.mt,0:2q.mt,2:pf.13,0:36.13,0:pf.mt,0:36.mt,2:t2.mh,0:ty.mh,0:1f.me,0:gs.me,0:23.mh,0:8o.mh,2:23.mt,0:8o.mt,2:20.mh,0:ik.mh,6:1v.me,0:2r.me,0:2c.mh,0:5qz.mh,0:2h,0:3d,0:2h.mt,0:3d.mt,0:2g.mh,7:2w,0:2w,1:2t,0:xo.mg,0:2t.mg,0:30,4:g5.me,0:u3.me,0:20.me,0:ik.me,0:20.me,0:ik.me,0*2:xi,0:25.me,0:i5.me,0:30,4:1t.1x,0:2p.2t,2:b3,0:d9,6:1f,0:f1,6:27.mt,0:33.mt,n:2s,8:dy,1:1z,0:gy,2:b4,0:x3n,8:29,0:35,0:2f,0:3b,t:3ou,8:3k6,0:1f,4:3s3,1:3mp,0:2d,1:2b,3:py,1:27,4:13,0:13,1:13,2:36.32,0:3b,1:35,2:35,7:61r,1:2w,1:32.mh,2:2y,2:32,1:hc,1:32,0:39,3:2v,0:2x,1:2u,0:33,0:10,2:1m,i:ld,0:ld,6:13u,3:13t,4:13q,0:13s,0:lm,0:154,3:mb,4:lj,0:lj,1:155,3:30,0:lj,0:lj,0:1m,0:lj,0:mb,f:30,2:3a,0:13,5:30,1:33,e:30.30,0:30.13,0:13.13,0:13,0:13.13,k:4w.1b.6f4.6f4,0:4w.1b.6f4.6f4.6f4,2:18,1:189,8:ld,0:lv,0:18w,c:30,1:33.lk,1:18p.1cr,8:183.1cr,8:18p.le,1:18p.1cr,0:2n,6:33,2:18p,0:ld.ld,2:ld,0:lv,1:1h5z,0:lm,0:lf,2:mh,0:lu,0:li,0:lg,0:li,0:le,0:mb,0:lw,1:191,0:1a,0:30,3:33,1:2e,0:g5,1:4w.1b.6f4,0:18,0:170,0:16,0:18p,0:1b5,0:2tk,1:30.19w,0:30.191,5:18p.179,0:17u,3:18p.1cr,2:17x.190,3:17x.1cr,2:17z.179,2:1ai.179,2:17z.1cr,0:17z.1cr,1:181.179,0:181.li,5:181.1cr,5:185.1cr,0:187.1cr,4:1b5.1cr,2:18h,0:1b5.1cr,0:18j,0:18j,2:18j.1cr,6:1bj.1cr,0:18k.li,1:18k.1cr,2:18p,0:18p.179,1:18p.1cr,0:33,2:33,1:33.lk,0:1c5,1:18o.li,0:18o.lv,0:18o.2tk,0:18o.le,1:18o.1cr,0:18p,1:18p.li,1:1a3,0:18p.1cr,0:18p,1:19,0:33,9:lm,8:li.lj,3:lj,1:17z.le,0:181.le,0:1a,0:30,0*3:19e,0:33,0:19i,0:2e,0:g5,0:19l,3:17l.1hiy,0:18l.1hiy,0:33.le,1:1a,0:1a,0:1m,0:1m,1j:mb,3:lj,0:lj,0:mb,4:ld,9:17s.1cr,0:18p.1cr,3:18p.li,b:1bg,0:18j.1cr,3:1g4,0:18m.179,0:18m.li,2:181.190,4:1av.179,0:17x.190,b:183.le,13:ld,0:ld.ld,0:18w,0:18w.18w,0:nk,0:nk.nk,1:1ik.1ik,0:1ik.nk,1:lm,f:27,9:30,0:33,0:2h,6:1y,1:2q,a:2c,0:pg,9:lg,1:lj,0:le,3:mb,0:lk,0:13,0:13,4:2n,w:lf,g:lm,3:53,0:1m,e:33,e:18j,8:189,1:mp,0:mb,5:2a8,5:181,13:18p.lm,h:17s.190,2:1b6.1cr,2:18l.1cr,0:18p.19w,0:1g4,4:17z.mc.mb,0:185.mc.mb,0:1bj,0:18o,0:182.le,3:17s.1cy,0:18p.1cr.1cy,1:181.li.lj,0:18p.li.lj,0:1b5,0:1b5,0:18p,0:18p.1cr.li,0:17u.li,0:18p.179.li,0:1ae.li,0:18j.li,y:18s,2:18s,1*2:lj,1*2:mb,1:ld.ld,0*2:18s,0:lv,4:nk,0*2:no,4:nk,0:nm,0:li.lj,0:lj,0:1m,0:1s5.1ty,1:1s5.1jo1,1:1tc.1u5.1s7,4:1sf.li,0:1sf.1ty,1:1sf.1jz8,0:1s5.1jo1.li,0:1s5.1jo1.1ty,0:1s5.1jo1.1jz8,0:1s5.1jo1.1u0,q:1jnr,b:1jo1.1tm,0:mb,1:1jo1,0:1xb,5:li,1:1jz8,1:1jo1.li,8:mp,0*2:lc,1:1jz6,0:1jz6.1jz6,c:30,0:30.30,0:33,0:19l,1:1f,6:4w,1:1s5.li,0:1s5.1tm,0:1s5.1jo1.1tm,0:1s5.1u7,5:1sn.mp,0:1ss.mp,0:1r,0:1sx.mp,0:1t8.mp,1:li.lj,4:1vp.1xa,1h:mb,z:1vv.1xf,0:1vv.1xf,4:33,3:1k,2:1l,2:1ww,c:4w,4:lj,0:1vn,2:1z9.20u,0:1t6.1u5.1sv.1xb,0:1t6.1u5.1sv.20w,0:22b.1jz6,0:22b.1jz6.1jz6,4:1t6.1u5.1sv.1jz8,0:1z9.1u0,3:1z9.218,0:1th,6:1t0.1u5.1t0,2*2:1sv,3:1s9,2:1t6,3:1sy,2:1t9,6:1tl,2:1ta,3:mb,2:1xb,1:1jz6,0:1jz6.1jz6,4:1jz8,0:1u0,2:1ty,1:1u5,o:33,0:1l,2:1k,7:1t6.1u5.1sv,3:53,a:li.lj,0:lj,0:1m,2:22t.24e,6:22t.24l,1:22t.24n,0:22t.24o,0:22t.24e.24l,1:22t.24e.24n,0:22t.24e.24o,l:uf,5:1uw,b:mb,0:1tp,3*2:1tt,a:1u5,o:33,1:1uw,0:1f,0:1uy,0:uf,2:1v2,1:4w,g:li.lj,1:1k,2:26d.27y,p:27,r:mb,m*2:lj,h:33,1:1l,p:lm,7:2a1.2b7,h:2a8,d:1kug,5:2a0,7:2ba,5:2a0,9:2ax,4:lj,9:2b7,e:33,0:2ad,0:2a1,1:2ai,0:2a0.2bl,0:2ai.2bl,0:2a6,0:29x,1:2b3,1:2ai.2bm,1:2b2.2bk,0:2cz,1:2a6.2b9,0:2bb,1:2aw.2bk,5:li.lj,1:33,0:1vn,0:lm,e:2du.2fp,0:2du.2fg,1:2hi.mb,9:2eo.155,1:2e9.mb,2:2ef.155,7:2ek.mb,0:2et.2f5,8:2et.mb,1:2et.2f2,8:2f5.2f2,1:2f7.2f2,r:2dn.2f2,0:2do.2f2,4:33,q:li.lj,0:33,0:1vn,1*3:2dh,8:2ds,1:2du,0:2du.2fp,0:2du.2fg,2:2dz,4*4:2e4,3:2eb,2:2ee,1:2eg,6*5:2en,b:2f3,1:2f5,1:2f7,o:2fw,4:2h8.2im,4:27,0*2:2g7,6:2gf,g:lm,0:li.lj,0:33,0:1vn,4:2kn.2mv,0:2a1,0:2a1.2mv,1:2lk.2m9,3:2bq.2ku,2:2ky.2m6,0:2ky.2mv,1:2b9,2:2lk.2m9,2:2a8,2:37,0:33,2:2ar,1:2b2,b:2ls,2:2b8,1:2ba,3:2an.2bj,4:2bj,0:2bj,1:2m9,0:2m9,2*2:2bq,0:2bq.2bq,5:1v5,b:2lk.2ml.2lq,4:33.2ls.33,1:2la,4:33,3:2ls.2ml,0:2li.2ml.2ls,0:2lk.2ml.2lk,0:1l,0:2lx.2ml.2ls,0:2lk.2ml,6:2m1.2ml.2lq,2:2lk.2m9,0:2ar.2ml,0:2lk.2ml,0:2ls.2ml,0:2lu.2ml,0:2lv.2ml,3:33,0:1vn,9:2pv.2qg,4:2oh.2q2,0:2oh.2qh,x:2oh,0:2or,2:2ok,6:2ow,3:2pj,m:2qh.2qh,d:2qw.2q7,0:2oy,0:2pb,3:2qw.2qb,2:2qg.2qg,g:2rm,7:2ru,3:2ry,4:2ro,0:2ro,1:2s1,9:2rq,4:2sg,2:2w9,g:mb,6:2tc.2tc,3:2sy,7:lm,2:33,1j:2rs,4:2si,c*2:2sa,1*3:2sd,o*2:2t4,0:mb,6:2ww.2ww,6*4:2tk,1:lm,2:33,1b:31k.324.lm,1:31c.31w.32a.1vn,0:31c.31w.32a.2z8,a:2z1.2z1,c:2ze.2ze,2:2zh.2zh,0:2ze.2zh,n:md,x:30l.309,0:30m.309,0:30n.309,e:31e,g:322.322,1:324.324,0:lm,0:1vn,1c:31t,t:2zh.2ze,6:ggg,0:ggd,15:2ls.370,1:2ls,1:2r,b:33.370,7:37l.370,4:33,1:36d.370,2:391.370,0:2ls.370.37d.2ls.370,5:36m.37g,0:36m.37g.287.370.37e,6:287,4:lm,0:md,0:1vn,7:33,9:30,0:30.30,e:2r,6:36j.37i,3:37l,0:36d.37i,8:36d.370.37i,0:35v.37i,2:le,a:399.37i,2:2ls.37i,s:39f.lm,1:x3a,o:2w,3:2b,9:1e,5:2i,9:33.370,0:2ls,e:3d,b:f1,9:2b,1:33,1:3cw.3cw,2:3cz.3cz,3:3d3.3d3,1:3d5.3d5,0:33,1:3d8.3d8,5:3cy.3cw,0:3cy.3cy,0:3cy.3cz,0:3cy.3d3,0:3cz.3cw,0:3d1.3cy,0:3d1.3d1,0:3d1.3de,0:3d1.33,0:3d2.3d3,0:3d2.33,0:3d3.3cw,0:3d3.3cy,0:3d3.3cz,0:3d3.3d5,0:3d3.3d5.3cw,0:3d3.3d5.3cz,0:3d3.3d5.3d3,0:3d3.3d5.3d5,0:3d3.3d5.3d8,0:3d3.3d8,0:3d3.3da,0:3d3.3dc,0:3d3.3dd,0:3d3.33,0:3d3.3d3.33,0:3d5.3cw,0:3d5.3cy,0:3d5.3cz,0:3d5.3d1,0:3d5.3d2,0:3d5.3d3,0:3d5.3d3.3cw,0:3d5.3d5.3d5,0:3d5.33,0:3d5.3d8,0:3d5.3da,0:3d5.3db,0:3d5.3dc,0:3d5.3dd,0:3d1.3de,1:3ek.3ek,1:3em.3em,1:33.3cw,0:33.3cz,0:33.3d2,0:33.3d3,0:33.3d5,0:33.3eo,0:33.33,0:33.3d8,0:33.3da,0:33.3dc,0:33.3dd,1:3d8.33,1:3f2.3f2,1:3f4.3f4,0:3da.3db,0:3da.3de,2:3dd.3d3,0:3dd.33,0:3de.3de,1:3cw.3cz,0:3cy.3d5,0:3cy.3d8,0:3cy.3de,0:3cz.3d1,3:3fl.ffs,1:3fn.ffs,1:3fp.ffs,1:3fr.ffs,1:3ft.3fl,0:3ft.3fl.ffs,0:3ft.ffs,2:3fy.3fp,0:3fy.3fp.ffs,0:3fy.ffs,1:9oc,0:9oc.ffs,0:ffs,0:3fl.3ft,0:3fl.3fy,0:3fn.3ft,0:3fn.3fx,0:3fp.3ft,0:3fp.3fy,0:3fp.9oc,0:3fr.3ft,0:3fr.3fy,0:3ft.3fp,0:3ft.3fp.ffs,0:3ft.3fr.ffs,0:3ft.3ft,0:3ft.3fy,0:3fx.3fn,0:3fx.3fn.ffs,0:3fx.3fn,0:3fx.3ft,0:3fx.ffs,0:3fy.3fl,0:3fy.3fl.ffs,0:3fy.3fp.9oc,0:3fy.3fr.ffs,0:3fy.3fy,0:3g2.3fl,0:3g2.3fp,0:3g2.3fp.ffs,0:3g2.3fr,0:3g2.3fr.ffs,0:3g2.3fy,0:3g2.ffs,0:9oc.3fy,0:9oc.9oc,0:9oc.ffs.3fy,0:ffs.3fl,0:ffs.3fn,0:ffs.3ft,0:ffs.3fy,0:ffs.9oc,0:ffs.3ha,1:3ha.3fp,0:3ha.3fy,0:3ha.ffs,0:3ha.3ha,0:3fl.9oc,0:3fn.3fy,0:3fr.3fn,0:3ft.3fn,0:3ft.3fn.ffs,0:3cw,0:3cw.3cw,0:3cw.3d5,0:3cy,0:3cy.3d8,0:3cy.3de,0:3cz,0:3d1,0:3d1.3cw,0:3d1.3d2,0:3d1.3d3,0:3d1.3d5,0:3d1.3dc,0:3d1.3dd,0:3d1.3de,0*2:3d2,0:3d3.3d5,0:3d5,0:3d5.3d5,0:33,0:3d8,0*5:3da,0:3cw.3d1,0:3cw.3d5.3cw,0:3cy.3cw,0:3cy.3cz,0:3cy.3d5,0:3cy.3eo,0:3cy.3dc,0:3cz.3cw,0:3cz.3d1,0:3d1.3cw.3d5,0:3d1.3cy,0:3d1.3cz,0:3d1.3cz.3de,0:3d1.3d1,0:3d1.3d2.3cw,0:3d1.3d2.3d5,0:3d1.3d3.3d5,0:3d1.3d3.3de,0:3d1.3d3.33,0:3d1.3d5.3d5,0:3d1.3eo,0:3d1.3db,0:3d1.3fd,0:3d2.3cw,0:3d2.3d1,0:3d2.3d3,0:3d2.3d5,0:3d2.3d5.3d5,0:3d2.3eo,0:3d2.3da,0:3d2.3de,0:3d2.33,0:3d3.3d1,0:3d3.3dd,0:3d3.3de,0:3d3.33,0:3d5.3cw,0:3d5.3cz,0:3d5.3d1,0:3d5.3d3,0:3eo,0:33.3cw,0:33.3cw.3cw,0:33.33,0:33.3db,0:3f0,0:33.3d5,0:33.3eo,0:3dd.3d3,0:3dd.33,0:3de.3cy,0:3de.3d1,0:3de.3d2,0:3de.3d3,0:3fd,0:3cw.3cy,0:3cw.3d3,0:3cw.3da,0:3cw.3db,0:3cw.3de,0:3cy.3cy,0:2d,y:hc,s:py,v:11k,1f:12p,1n:27,33:27.mt,t*2:lj,1:1m,3:6v,19:1m,c:1w,0:2a,0:2c,1:27.m3,0:2x,2:8s5,0:2h,0:1t,0:22,0:1x,1:1r,1:8s5,0:pf,1:2f,3:25,3:20,1:2h,0:27.mt,0:38.me,0:1z,1:2w,0:2i,3:v4,3:b4,0:2d.mt,1:1g,0:2q,2:2a,1:2f,0:2b,3:2e,0:2b,3:24,0:1v,2:28,3:23,0:2s,3:27.mt,2:1i,1:67,1:2w.lw,0:1z,0:1u,6:gy,0:ih,3:1p,2:pg,8:53.3y9,0:3y9.53,0:53.pg,0:pg.53,0:53.3yc,0:3yc.53,0:53.3yd,0:3yd.53,0:53.3ye,0:3ye.53,1:53.3yi,0:3yi.53,0:53.3yj,0:3yj.53,9:4w,2:53,0:jt,0:17,1:3y9.3z4,0:pg.3z4,0:3yd.3z4,0:3yi.3z4,0:2e,1:g5,1:1q,3:53.1q,0:1o,1:53.2e,0:2e.53,0:53.g5,0:g5.53,0:53.3zm,0:3zm.53,0:53.1q,0:1q.53,0:53.3zo,0:3zo.53,0:53.1o,0:1o.53,0:53.3zt,0:3zt.53,2:13,1:2d,1:11k,5:53.40g,2:53.2d,0:2d.53,0:53.11k,0:11k.53,0:53.40f,0:40f.53,0:53.40g,0:40g.53,0:53.40h,0:40h.53,0:53.40l,0:40l.53,0:53.40m,0:40m.53,2:2d.13,0:11k.13,0:40g.13,0:40l.13,2:28,1:2s,2:2q,0:2q.lj,0:53.417,0:417.53,0:53.28,0:34.53,0:53.41a,0:41a.53,0:53.2s,0:2s.53,0:53.41c,0:41c.53,0:53.2q,0:2q.53,0:53.2q.lj,0:2q.lj.53,3:417.13,0:28.13,0:2s.13,0:2q.13,4:22,4:53.421,0:421.53,0:53.423,0:423.53,0:53.424,0:424.53,0:53.22,0:22.53,0:53.426,0:426.53,0:53.428,0:428.53,0:53.429,0:429.53,5:pf,4:24,1:53.42r,0:42r.53,0:53.pf,0:pf.53,0:53.42u,0:42u.53,0:53.42v,0:42v.53,0:53.42w,0:42w.53,0:53.24,0:24.53,0:53.42z,0:42z.53,5:1e,9:53.43k,0:43k.53,0:53.43r,0:43r.53,0:53.43s,0:43s.53,2:3z5,a:53.443,0:443.53,0:53.445,0:445.53,0:53.446,0:446.53,0:53.447,0:447.53,0:53.448,0:448.53,0:53.44a,0:44a.53,0:53.44b,0:44b.53,c:53.44t,0:44t.53,0:53.44v,0:44v.53,0:53.44w,0:44w.53,0:53.44x,0:44x.53,0:53.44y,0:44y.53,0:53.450,0:450.53,0:53.451,0:451.53,8:45n.1o,0:45n.40l,0:45n.2q,0:45n.428,7:53.45s,0:45s.53,0:53.45t,0:45t.53,0:53.45u,0:45u.53,0:53.45v,0:45v.53,0:53.45w,0:45w.53,0:53.45x,0:45x.53,0:53.45y,0:45y.53,a:53.1g,0:1g.53,0:53.46g,0:46g.53,0:53.46h,0:46h.53,0:53.46i,0:46i.53,0:53.46j,0:46j.53,0:53.46l,0:46l.53,0:53.46m,0:46m.53,3:17,0:3c,c:53.47g,0:47g.53,b:53.47u,0:47u.53,b:53.487,0:487.53,5:16.16,7:61r,4:20,0:3c,0:47k.418,0:47k.28,0:47k.41a,0:47k.2s,0:47k.41c,0:47k.2q,0:47k.2q.lj,0:47k.41v,0:tr,0:2a,6:49h.422,0:49h.423,0:49h.424,0:49h.22,0:49h.426,0:49h.428,0:49h.429,q:2q,4:1y,0:6k2,1:x6j,c:8rz,0:1t,o:1w,b:1w,4:v4,0:25,6:1u,a:428,0:421,0:443,2:44a,e:1e,b:477,0:47a,0:47e,9:c1,0:q1,4:c1,0:q1,1j:2g,0:3c,0:47k.417,0:49h.421,0:49i.423,0:49i.424,0:49i.22,0:49i.426,0:49i.428,0:49i.429,0:49z.53,0:4a0.53,0:4a1.53,0:4a2.53,0:4a3.53,0:4a4.53,0:4a5.53,2:w,11:66,b:1o,4:2g,9:30,0:4hp,2:30.mw,6:13,3:30,4:23,0:25,1:q0,8:4ho,9:53,0:1m,0:17,2:py,h:1f,13:1j,9:4k5,0:1b,n:19,4:lg,g:3c,17:4ne,h:4nl.4pe.4no,1:4o2,0:4o2.4om,b:4nq.4pe.4nm,6*4:2t0,3:4ox.2t1,5:4ox.4om,1:lm,0:1vn,3:2tk,7:lm,0:2sv,0:2u2,3:2tr,0:2u3,5:33,y:1m,5:1m,23:4s5,1s:4t8,s:53.4vl,2:53.4vo,2:53.4vs,8:53.4w0,3:53.43m,0:43m.53,0:53.43n,0:43n.53,0:53.43o,0:43o.53,0:53.43p,0:43p.53,0:53.477,0:53.47a,0:53.47b,0:53.47c,0:53.47d,0:53.47f,0:2m,6:4xh,0:1v5.3z2,0:3z2.1v5,0:4w,0:1v5,0:477.53,2:47y.53,0:486.53,0:48b.53,2:tr.53,1:49j.53,2:v4.53,2:4c4.53,1:4d7.53,1u:uf,2r:38d,1i:526,0:52p,26:2ls.370,2:2ls,e:33.370,4:36d,5:37l.370,1:36i,5:33,2:36m,b:37j,0:37g,0:37d.36k,6:37d.36d,0:37d.36m,1:37d,1:378,0:370,0:36z,f:lm,a:md,0:33,f:33,o:59k.59k,1:59m.59k,8:1cr,2:mg,x:5ae,8:lg,4:5b9,0:lg.lg,2x:5cd,0:5ch,4:5d4,3:5e8,2:5em.5em,w:lm,1y:9oc,y:33,1:3c,6:19,1m:lk,8:mb,4:5kr.5kr,1u:5mm.5mm,2:33,0:2r,0:1j,g:1f,x:1e,5:2b,1:27,g:le,1:lg,0:13.13,1:mj,2:1jz6,0:ml,0:lq,1:mh,0*2:mb,e:ly,6:li,0:2g,2:lm,b:2r,3:gs,2:8o,1:i5,1:33,0:gk,0:33,2:d9.33,7:39,3*2:3a,0:3e,1:bs,1:36,0:i4,0:qo,0:5qw,1:u3,1r:39.2t,2:2u.ms,0:36.32.ms,0:32.ms,1:36.ms,0:hq.ms,0:37.ms,0:38.ms,0:3e.ms,4:2x.mt,0:2x.mt,0:34.mt,0:39.mt,0:i2.mt,3:2v,8:3d,2:2mp5,0:gb,8:2mpn,26:5ay,5:92k,f:1ik,4e:2u,0:67,2j:30.24,4:3d,7k:19,1:19,0:19,0:9oc,0:9oc,0:30.30,1:13,0:13,0:18,0:13,0:13.13,0:13.13,1:13.13,2:53,4:53,8:4w.1b.6f4.6f4,0:4w.1b.6f4.6f4.6f4,0:13,2:13,3:1o,0:1q,6:1b,1:19,0:1b,9:16,3:4w.1b.6f4,0:3i,6:1m,2:8yf,0:8xu,1u:1v.6i3,2:4j,0:36.32.mw,3:2f.mt,1:2s.mt.mp,0:x3m,0:23.mt,0:2c.6i3,7:30.38,6:11w,3:181.18p.30.18k,p:1cr,18:tp,u:c1,1:hr,4:2t,i:wko,0:wl2,0:20hs,1r:au,0:gk,5:xv0,6:4i7,3:4iw,v:6nm,4:2q6m,3:4ii,0:30,4:2rps,7:2rpt,1f:8rz,2:b2,1:27.mw,0:pg,8:ps,1:bt,0:19,1:17.lj,0:1b,0:2k,0:16,0:4w,0:53,4:33.33,4:30,1:30.30,2:3a,0:11k,0:2d,0:hv,a:1m,0:1m.1m,0:19.lj,3:3i,j:1p.lj,0:1p.mb.lj,2:1m.1p,0:1p.1m,1:1p.lm,1:1p.le,0:1p.li,3:1p.ob,4:6sh,6:1o.1o,0:1q.1q,m:40l,0:40g,h:1f3c,0:27.mt,2:ig,3:27.mt,6:2c,0:wk5,q:6qv,0:3a,0:11k,0:2d,0:4ik,0:53,2:4im,d:1o.53,0:53.1q,0:1o.1o.1o,0:1q.1q.1q,k:8yf,0:53.53.53,4:x3n,a:1x,0:27.mw,10:6xw,r:9j0,n:pg.mq,0:4ik.mq,1:4w.mq,2:6u3,1:2c.lk,0:6pz.lk,0:6va.lk,0:4w.lk,0:27.lk,0:qw,1:3i.lk,0:3zp,1:6pz.ms,0:27.mt,6:2x,0:34,0:qx,0:2p.mq,0:x3n.mq,0:2x.mq,0:qx.mq,0:2p,4:4hp,s:ffs,2:ffs,2:ffs,2:ffs,4:ffs,3:ffs,i:6z9,0:6z2,0:6yz,2:6zx,x:6f5.6f4,j:73v,0:30,0:7jy,23:2k.2k,51:9oc,0:9oc,0:30,0:30,b:7bg,j:7bw,1y:ci,6:1b,0:2k,0:2g,k:6q6,7:7f0,3:jt,2:7fa,5:7fc,2:6q6,9:6q6,6:739,1:pg,3:6ur,0:7g6,1:7g6,2:1f3w,3:6uq,5:4ik,2:4ik,0:4w,2:6ym,h:6xe,5:4w,y:ig,6:7fl,k:1ggu,a:pq,7:70o,a:2k1j,a:6rz,8:2s0l,5:2s0n,4:4ik,6:2jx4.2jxh,0:2jx4.2jxh.2jxq,1t:4w,57*2:14,4:1o,0:1q,2*2:14,0:3f,0:3h,v:17,0:19,0:6v,16:wk5,5:2k.40l,0:40g.1b,1:1b,1:2k,b:2c,e*2:7sc,m:w,72:2jfk,17:3c,0:3c,1i:30.4ii,1:6o3.6o2,8:30.6o2,0:6o3.4ii,i:1vn,8:2j.mp,0:2l.mp,c:8xu,m:6yx,4:2jg0,8:6ym,5:9j0,0:6yq,1:6yj,e:1f40,2:87u,8:3b,h:1m.6mq,0:2k,0:1b.lg,1:1b,0:2k,6:ig,0:1f3c,0:6tz,0*2:6tp,0*2:6tv,m:4im,2:1q.1q,0:4ii,0:17.lm,0:17.le,0:17.lf,0:17.mb,0:17.mo,0:17.6f6,1:19.lv,0:19.mb,4:3c,0:3c.lj,c:6xl,0:8bj,0:6q8,12:1p.mb,3:3i.lj,3:1p.6i8,1i:1q.1o,4:4b9,0:4b6,17:40g.40l,z:1b.1b.1b,1:1b.1b,48:1p.59u,1t:2l.53.2j,j*4:6n2,3b:20.mh,1:23.mh,1:2i,0:3e,l:1u,0:ih,0:pf,0:36,0:pg,1*2:x3m,1:qq,0:2i,0:3e,0:20,0:ik,0:27.mt,0:33.mt,0:30,0:2x,0:23,0:8o,0:qj,0:i4,0:25,0:i5,0:26,0:hg,0:1f,0:ib,0:27,0:33,0:ps,0:qo,0:28,0:34,0:1v,0:2r,0:2c,0:5qz,0:2h,0:3d,0:py,0:hk,0:2g,0:qv,0:q0,0:qw,0:wuk,0:qx,0:19.lj,0:19.lj,0:1o.53,0:1o.53,0:pq,0:6sh,2:19,0:19,0:tk,0:3b,2:11w,0:sc,2:1f,0:f1,0:1b,0:1b,2:1l,0:1l,0:1f,0:f1,0:28,0:34,0:24,0:in,0:1i,0:1i,8:1i,0:61r,2:hk,0:hk,2:rb,3:11w,0:7jb,f:2k.2k,5:13,19:3e,3:27.mt,5:g5,0:2e,0:1x,0:b2,6:27.mw,6:53.53.53,0:bt,0:30,4:30,1:x,2:27,0:29,3:ig,3:2g,2:pg,2:4j3,2:1o,3l:5wf,1:lm,2:o8,0:5az,0:of,6*2:o3,q:18,7:19.lk,3:3i.lj,0:3i.mb,6:40l,0:40g,0:14.14,0:15.15,0:6r9,0:6r8,0:1m.1m,1:17j,1:4w,0:53,0:170,2:17f,3:61r,3:8xu,1:52,0:1p,x*2:14,t:ghu,0:fh7,0:fh6,1:fjv,0:g3m,0:2uco,1:g76,0:ggs,0:aim,2:g1s,0:i77,0:i76,0:2yma,0:ik3,0:inu,0:itt,0:its,0:ix0,0:b96,0:jf0,0:jzp,1:k4h,1:kco,0:l8a,1:lch,0:ldh,0:ldm,0:m7g,0:mjv,0:mjv,0:ffw,1:mnh,0:mtn,0:38d0,0:p5e,0*2:ny2,0:3b2v,0:oop,0:p0f,0:p5f,0:p5e,0:af5,0:g47,0:3ckr,0:p6y,0:3cr0,0:3cqz,0:paa,0:pds,0:pdr,1:3dxt,0:prt,0:prt,0:prt,0:qj2,0:qxw,0:r5s,0:r5r,0:r7l,0:r82,0:3gz6,0:rkw,0:rvh,0:3id3,0:sbq,0:sdy,0:sdy,0:sdy,0:tnh,0:tc5,0:3dc.9oc.3cy.3d8,0:tiw,0:tj3,0:tm0,0:3l73,0:tnh,1:tw2,0:u06,0:u45,0:u6m,0*2:u72,0:3mv3,0:u74,0:uar,0:3n68,0:ui4,0:ujs,0:unw,0:uws,0:v8f,0:gh0,0:vc6,0:vd0,0:vem,0:k21,0:vgw,0:l7z,0:vi7,0:o9o,0:vix,0:vj0,0:fi8,7j:kz,0:13.13,3:27,0*2:7sc,8:6go,1*2:14,4*2:7vq,0:3i,f:lm,0:md,5:1b,r:7sc,21:1ehq,0:lm,5:1p,3:fjv,3:ijp,2:gbf,j:hlh,8:ggs,2:fik,1:ny3,0:1b,0:g2z,2:get,5:9ko,7:gja,7:its,4:gkj,d:53,l:7sc,0:2c,7:2h,b:g1r,3h:9mj,x:2tak,8:fgg,0:9oc,0:ffs,0:1b,0:1b,0:2k,0:2tal,0:fh7,0:2tai,0:2tam,0:2tcc,0:fid,0:7sc,0:2taj,0:fgg,0:2tap,0:fh6,0:fh5,0:2tce,f7:9pk,5:aa2,ir:43sr,6q:9oz,eo:app,az:3tbq,h1:43x6,7p:43yj,3:43yo,9d:4405,8g:440x,go:ako,3o:bp7,50:444j,cf:3gz2,14o:f2l,a2:i9a,4:34br,1t:9oc,1:9ou,2:2c,f:3d8.3ft,5:3d5.3d5.9oc,d:9ow,1:2h,a:2k,8:1b,4:9nl,21:2dk2,6:2dk8,1g:3d5.9oc.3cw,v:43qv,7r:fp1,1l:ftw,7o:g24,0:20oj,3h:lta,ab:prt,o:prt,1:3d2.3fl,4o:3d5.9oc.3d2,17:gmr,k:gmr,7p:gur,af:gkj,b7:hgh,3j:h7j,j:hij,30:hns,25:hq1,38:hsr,1:hsr,5q:hwv,2q:43to,dq:gx2,3t:9ot,z:9pp,1:ikf,1b:ild,t:bp6,8j:43uj,5p:j0m,2b:j2d,41:3tbz,72:jee,0:jee,3l:ji1,4i:jl5,38:jlr,10:jlr,h:bi9,c:jqy,1c:jqy,6c:3zyc,19:k0j,5q:k6f,1l:cov,5:k7u,3q:k4l,5:bmi,j:deb,r:dhf,2:9nf,1:kdm,3y:bpt,1w:kfi,5d:koi,87:bs3,1p:kv1,71:3ti6,1p:2kc6,6e:43wj,2p:lgr,6l:lnb,4v:g5t,14:afn,1f:g5v,8:g5u,j:g5w,0:afp,13:afq,26:g5z,n:afr,4:lu0,1e:g60,i:g64,4:g61,q:g62,j:m2q,1e:g67,51:43xf,aq:3cy.3fy.ffs,7i:hns,87:mzo,il:396b,7:niz,8i:npw,ce:o3p,nf:ord,r:or9,2n:ouq,jr:41zf,7:kcs,z:kcw,5:kcv,11:bp1,a:kcz,11:kd4,9:pij,f:ph8,2t:kdf,7e:4a3s,2e:pvj,fp:q6l,75:qif,5v:qnv,as:duo,ar:dyu,2m:ram,1a:re2,38:rhc,31:rk6,5v:rq4,82:ry7,37:s11,4g:s5z,m:s6p,38:s8v,5n:444g,4j:ed0,b:444p,2t:smv,b:smv,d3:sz7,5c:t65,6g:4452,67:3dc.9oc.3cy.3d8,2:446c,8v:i4p,fa:lsc,g:u7i,57:lus,d4:f2d,jf:v9e,3y:vdd,5m:cy3,11:cop,y8:w5p,7:vr4,1:vnu,8:wgo,0:vua,3:vo0,3:wci,9:wcf,3:w4x,0:w2h,0:wbv,1:wc5,d:1u,0:28,0:2s,0:1w,0:2c,1:1z,0:23,1:22,0:1v,0:au,0:2i,0:1y,0:6k2,0*2:25,0:24,0:2b,0:2a,1:g5,0:2e,0:20,2*3:2f,0:4ca,0:1t,0:8rz,0:1x,0:b2,0:30,0:27,0:2d,0:11k,1:4bl,0:1a,0:18,0:1a.1a,0:1a.18,1:1m,0:19.1a,0:1p,b:2c,a:30.30.30,18:1i,g:pg,2:1u,n:30,6:2b,i:1k,1t:1x,3:61r,1o:1p,1:1a,4:b4,1c:1e,0:bs,1:2x,5:qx,2:tm.30,0:jt.2q.2x,m:ig,6:6i1,c:li,1:jr,d:2c.mg,0:5qz,7:2w.lw,2:27.27,0:33.33,0:1f3c,6:t4,0:33.lg.lg,4:9mh,8:4hl,0:8s5,0:2h.lj,m:2i,3:ip,0:g5,c:ps,1:1l.53,1:2e,b:1r,3:1e,0:le,0:lg,2:wz7.wz7,v:kr,1:kq,h:2c.1f,0:38.f1,0:b4,6:37,0:1t.1t,0:2p.2p,0:1t.27,0:2p.33,0:1t.2d,0:2p.39,0:1t.2e,0:2p.3a,0:1t.2e,0:2p.3a,0:1t.2h,0:2p.3d,2:23.mt,9:27.mt,0:33.mt,2:27.27,0:33.33,a:1e,6:3b.me,8:1f,0:f1,2:1l,0:1l,7:38.2u,0:12,1:x2x,6:30,7:1m,0:1p,0:13,0:13,2:53,5:x0n,2:1y,0:2u,0:1fde,0:1fei,1:ii,0:wkk,0:39,b:1f,2:30,2:wk5,0:22,0:2g,0:1u,0:67,0:wuk,0:qx,d:2b.mg,9:x5a,2:x5f,1:x5h,1:67,0:67,2:g5,0:qj,0:g5.mw,5:pf,k:9oc,2:3b,3:30,c:lm,10:30,5:4w,47:30,0:30.30,11:1uw.li.lj,0:1f.li.lj,2x:3cz.3d2,0:3cz.3d3,0:3cz.3d5,0:3cz.3d8,0:3d1.3cw,0:3d1.3cw.3cw,0:3d1.3cz,0:3d1.3cz.3cz,0:3d1.3d2,0:3d1.3d3,0:3d1.3d3.3d3,0:3d1.3d3.33,0:3d1.3d5,0:3d1.3d8,0:3d1.3db,0:3d2.3cw,0:3d2.3cz,0:3d2.3d5,0:3d3.3d5.3dc,0:3d3.3db,0:3d3.3de,0:3d5.3d5.3d3,0:33.3d1,0:33.3de,0:3d8.3d8.3de,0:3dc.3dc,0:3dd.3de,0:3de.3d5,0:3fd.3fd,l:8qn,g:xi5,y:xjk,8:19e,3n:xkx,2:xlv,6:30,8:38c.370,l:lg,0:19,0:35t.37f.37i,0:35y.37f.37i,4y:2t,2:2u,7:33,0:33.mw,0:gk.mw,1:d9.33.mw,0:d9.33.mt,0:2r.33,0:2r.33.mw,2:36,0:36,4:hv,0:39,2:36.32.mb,0:39,0:qv,1:qv,4:3d,5:ux,1:gk.2t,0:39.33,0:2p,b:5qd,0:hs,0:5qz,1:33.m3,0:2x,4:5q8,0:5qi,0:5qf,1:g2,1:8s6,0:36,1:3b,3:i5,3:ik,2:33.mt,1:gy,2:3e,7:x3n,0:39.mt,1:1g,0:at,2:hs,1:3b,4:3a,0:37,3:in,0:2r,2:5qw,3:8o,4:33.mt,2:1i,19:1a,8n7:3ft.3fr,0:3ft.3ft.ffs,0:3fx.3fl,0:3fx.3fl.ffs,0:3fx.3fp,0:3fy.3fr,0:3fy.ffs.ffs,0:3g2.3fl.ffs,0:3g2.3ft,0:9oc.3fl,0:9oc.3fp,0:9oc.3fp.ffs,0:9oc.3ft,0:ffs.3fn.3ft,0:ffs.3fn.ffs,0:ffs.3fr,0:ffs.3fr.ffs,0:ffs.3ft.ffs,0:ffs.3fx,0:ffs.3g2,0:ffs.ffs,0:3ha.3fl,0:3ha.3fp.ffs,4:3cy.3d1,0:3cy.3da,0:3cz.3cz,0:3cz.3cz.3d3,0:3cz.3d3,0:3cz.3d5,0:3cz.3d5.3cw,0:3cz.3d8,0:3cz.3da,0:3cz.3dc,0:3d1.3cw.3cw,0:3d1.3cw.3de,0:3d1.3d1.3db,0:3d1.3d2.3de,0:3d1.3d3.3cz,0:3d1.3d3.3dd,0:3d1.3f0,0:3d1.3fd.3de,0:3d1.33,0:3d2.3cy,0:3d2.3cy.3cy,0:3d2.3d2,0:3d2.3d3.3d5,0:3d2.3d8,0:3d3.3cz,0:3d3.3d1.3dd,0:3d3.3d2,0:3d3.3d3,0:3d3.3d5.3cz,0:3d3.3d8,0:3d3.3da,0:3d5.3d2,0:3d5.3d3.33,0:3d5.3d5.3cw,0:3d5.3d5.3cz,0:3d5.3eo,0:3d5.3d8,0:3d5.3da,0:3d5.3dc,0:3d1.3de,0:3eo.3d3,0:3eo.3d3.33,0:3f0.3d2,0:3f0.3de,0:3d8.3d3,0:3d8.3d3.3d3,0:3d8.3d8,0:3dd.3d5,0:3dd.3dc,7cy*2:14,qp:53,1q:15,0:14,p:1m,l:4i1,c:2u,3:x1e,8:2s,2:26.lm,1:1p,0:19,4:2g.mt,0:2e.mt,0:30.mt.30.mt.2b.mt,0:30.mt.30.mt,6:11w,69:1u,2:pg,0*2:1x,2:30,2:g5,2:2g,1:27,1:4ik,0:28,0*2:2b,3:17,4*3:1t,0:pg,1:1y,5:27,1:rc,2:25,0:2c,0:2h,0:py,0:2g,0*2:q0,1:8xs,m:20,h:17z,2:18o,3:187,9:185,2:2i,b*2:1u,6:30,5:27,1:25,0:rc,2:2c,1:2g,2:1k,1:2q,2:16,0:30,1:2g,a:1o,4j:1f9e,1:1f9v,19:b4,2:27,c:wl2,3:1v,5:24,3:8s0,0:2b,2:au,1:t4,3:x3n,0:ii,1:33,g:2r,1:hj,2:gu,0:in,4:37,2:gk,1:5qm,2a:1fgm,f:g5,3:2a,7:xv,5:27,0:ig,0:66,8:sr,0:2d,1:4iu,0:q0,0:1j,5:i4,2:qj,e:33,0:wvd,a:39,2:qw,d:2i,5:t4,0:30,0:pf,0:g5,2:26,2:27,0:ps,0:23,2:1v,1:2e,0:27.mt,6:1y,0:24,0:2g,s7:53,1:4ca,4:30,5:33,6a:lk,14:lg,1:mb,l:1a,6:1gly.1gly,3x:lk,f:1m,7x:2g,3:27,7:2e,0:2h,0:25,s:30,1v:2g,y:30,s:3c,1j:30,1:2g,a:33,0:18j,0:18h,9:18k,8:1b5.1cr,bt:18m,0:1a8,6:lm,1:4w.mq,y:li.lj.ld,0:18w.1hiz,0:li.lj.lv,28:mb,1*2:lj,53:lj,0:1m,1w:30,0:30.30,2:9oc,7:1p,1:17,17:lj,0:1m,1j:mb,0:4w,4:30,0:30.30,1r*2:lj,0:37l.370,5:2ls,0:37j,b:33.370,0:369,3:36d,1:36f,5:36k,0:33,2:378,0:371,1:373,8:37d,d:30,0:30.30,1c:mb,0:53,c:lj,0:1m,1u:30,0:30.30,0:53,2:mb,0:1tm,f:xdo,0:xdn,1:6rs,2j:1m,2:4w,4h:lj,9:mb,m:lm,0:li.lj,0:33,0:1vn,5:2a1,0:2a1.2b7,h:2a8,6*2:2ar,3:2aw,6:2b3,5*2:2b9,2:2bd,1*2:mb,1:2a0,0*4:2bj,4:2bq,3w:30,0:30.30,1p:1ik4.1iki.1ij6,5:1ik4.1iki.1ijc,a:1ik4.1iki.1ijn,5:1ik4.1iki.1ijt,2:1ik4.1iki.1ijw,1:1ik4.1iki.1ijy,k:lm,0:1k,0:mb,4:30,0:30.30,2:4w,1n*2:1vz,0*6:1w3,1:1wa,1:1wc,1*2:1we,1:1wh,1:1wy,0*5:1wk,0:1wq,3*2:1wu,0:1ws,0:1wj,0:1ww,1*2:1x3,1*2:1xa,7:1xj,3:1xz,1:li.lj,0:lm,0:1vn,0:1xp,0:mb,0:1x9,0:3b.lj,0:4w,9:33,0*2:1yf,3:1yk,6e:lj,0:1m,1:mb,3:53,0:30,i:1ite,0*3:1ite,0*2:1iuq,2n:lj,3:30,0:30.30,0:4w,2v:lj,0:1m,a:mb,1:53,1y:36.32,5:3a,3:3b,3:3b,0:3b,87:lj,0:1m,0:1u5,0:mb,0:4w,2s:2e,1:1y,0:24,0:2h,1:1x,1:6pz,0:2i,2:1l,1:1x,0:1g,2:24,2:27,1:4ik,0:2d,2:1h,0:2c,3:3a,0:37,0:1y,0:2x,0:3d,1:1j,1:33,1:1f,1:1l,1:x3n,6:1i,0:1l,0:33,0:39,3:3d,3:27,2:36.32,0:19l,0:2i,0:2f,2:1v,2:2g,2:2f,2:1v,5r:1t6,7:1th,f:1jz8,0:1u0,3:1vn,2g:lm,0:1vn,2k:lm,11:2i,1:26,13:1jvp.1jvz,0:1jvp.1jw0,0:1jvp.1jvp,0:1jvp.1jvp.1jvz,0:1jvp.1jvp.1jw0,1:1jvv.1jvz,0:1jvv.1jvv,0:1jvv.1jvv.1jvz,5:1jw3.1jvz,0:1jw3.1jw0,0:1jw3.1jw3,0:1jw3.1jw3.1jvz,0:1jw3.1jw3.1jw0,h:1t2.mp,2d:1tm,2:1jz6.1jz6,2:li,5y:lm,0:1vn,2:30,0:30.30,33:1k8a,2:lm,67:lm,1v:1m,0:30,5:27,0:30,e:lm,0:1ww,g6:1fa2,10p:53,2om:1ggu,3oo:pg,u:2n,6uf:17,8h:27.mt,11:1l,k:66,13:1k,q:36,i:pg,4k:11k,4:2b,d:30.mt,4:27,2:1o,hi:30,7w:27.mt,1:1g,7:1j,r:ps,3:30,b:2q,a:qo,f:at,1h:pf,0:2e,1:2c,b:24,3:pg,1:wuw,9:wl2,1:30,4:b4,7:2a,4:2b,0:1f,1:g5,1:1q,0:1t,1:2d,0:2h,d:13,0:13,0:18,4e:g1r,cvo:i1c,5hv:2rco,dv:8xu,4:19e,7:2e,eb:30,7:1m,b:3f,i:18w,0:1jz6,b:2r,1k:1a,40:1j,3:zi,3:1f,0:2q,3:t4,0:2f,0:2e,1:2k,2:1j,0:1y,0:1f3w,0:wl2,0:2a,0:8rz,1:t2,0:27.mt,0:6kk,0:wk5,4:b4,0:v4,5:b2,1:24,0:wl2,4:x6j,5:1o,0:1q,0*2:6tr,0:1b,0:2k,3:4i3,5:11k,q:7l9.7l9.7l9,1:30.30,7k:2c,3:30,1hk:6tv,ta:2s.6pu.mt,0:2s.30.f1,1:38.h8,0:38.x3i,0:38.27.mt,6:2s.ib,0:38.hy,0:2s.me.lw,0:2s.3e.me,0:6pu.mt.me,0:gy.me,0:3d.me,0:2w.mt.me,0:hk.me,0:35.me,0:hs.me,0:ht.me,0:36.mg.me,0:38.5u2,0:39.me,0:x5a.me,0:67.me,0:27.mt.me,0:qv.me,0:h1.mt,0:3b.mt,0:1t.mt,0:2p.mt,0:gk.mt,0:5qf.mt,0:x3n.mt,0:2v.mt,0:2w.mt,0:2w.mt.lw,0:23.mt,0:2z.mt,0:25.mt,0:36.32.mt,0:36.32.mt.me,0:26.mt,0:32.mt,0:32.mt.mh,0:2mpc.mt,0:2e.mt,0:3a.mt,0:hj.mt,0:qv.mt,0:3d.mt,4:2p,0:if.2w,0:x3n.x3n,0:2x.2t,0:33.2x,0:33.39,2:hv.2w,0:i0.2w,0:38.2w,0:3b.2w,1:30.ib,2:1t,1*2:x3m,0:30.mt,e:3b,3:1x,c0:li,0:lm,0:lg,b:27,0:30,3:2e,bq*2:lj,2:27,1:1l,lo:4w,6h:17,4:5ag,d4:30,0:6qo,0:19f,1:1k,0:6pu,0:6pu.mt,3c:lg,1:li,2:13,mh:17x.33,d:18l.30,2:30.189.30,0:17x.18l.30,1:18k.18l.30,k:18k.18j.33.33,0:18k.18j.33.30.18m,0:18k.18j,0:18j.181.18o.181,0:18j.181.18o.181.30.18p,0:18k.33,a:1a,2:189.33,0:189.30,26:30,7:18p.18o,9:18l.30,q:18l.181,0:17l,1:18k.18p.189.30,0:17x.30,3:18p.189.30,0:189.30,4:19l,c4:17x.17z,f1:10.6hs,2l:2r.2r.6hp,0:1v.6hs,bn:7jx,5:7jy,0:7jx,p:2jek,q:2jel,0:2jel,2*2:2jem,z:2jei,2y:2jej,16:2j22,1h:2j24,5s:2sca,9p:12,1:12,0:12,3u:29.1x,0:wuw,0:pg,1:1f3w,2:1t.2a,0:2e.5wk,1:7jd,9:27.mt,j:1f3c,h:89r,h:1v,7:4ik,0:6u9,6:37.37.37,1:6rz,9:2c,2:25.1u,0:2e.1u,4:6u8,1oz:9pa,7s:fik,0:fik,0:fik,5s:fnp,7:43qz,7c:fx4,9g:aeg,4y:g39,62:ls6,1:lrg,0:lrf,6:lti,3:lub,1:lvm,0:lu7,6:lyz,0:lyy,0:lwy,2:lyp,3:m0p,1:m0q,0:m17,0:m2r,0:m32,2:m26,1:m2e,8:m4c,3:m5k,1:m59,0:m5g,2:m6a,28:g6t,1a:9op,0:9hh,3v:2ujr,pu:9oq,5n:gkx,n:gll,2c:goj,2n:2u6z,mh:h2g,it:hkc,y:hkf,2h:has,at:hiu,6r:hkn,2b:hlm,7z:2xm0,9w:hwy,t2:9p1,6e:2u6r,kd:7sc,2o:ikd,k1:ira,g:2u4g,d4:ivu,53:ixj,1t:j0d,zy:31m6,148:k37,jj:pj0,vo:l50,11v:lmt,18:3563,27:442s,cf:m0o,1fv:pp9,bp:msh,3x:mud,2y:mxu,48:mzs,eo:2yvg,2j:2ta9,42:n7t,gq:nf0,cd:395l,5l:39av,28:4407,f6:nq6,d2:nyx,9m:o2r,6e:3alg,2:o59,55:o75,bp:rvf,4n:oer,7a:ohy,1j:ohl,5p:ok1,1ic:pbo,32:3d7s,7v:3dfc,4m:33ba,4k:33bz,6y:pnx,1h:po4,12:pog,el:3ecg,55:4dwo,4g:q36,14:q69,m:3eie,gy:3ezo,d6:qif,7k:ql1,13z:3gtt,la:ri1,8t:ity,qp:s0a,yv:shk,1ct:tax,k8:tqe,nd:m3u,hu:u1l,m:3mgl,4e:u3i,wt:3nh0,gz:f13,rd:3opv,2ju:kxd,dj:37dg,wn:443p,b6:445g,g7:gkx,0:its,0:ibk,3:33a7,50:4451,ni:n5c,k1:u2a,ay:okc,6z:gg1,4e:345f,85:443d,1nw:sy2,1ar:ggh,4v9:u17,id:402c,1v:43xc,11:43ye,32:441f,4l:4463,9jz:ouf,2du:4439";var Er=null,Qi=null;function Wc(){if(Er)return;Er=[];let e=0;for(let t of Hc.split(",")){let[n,r]=t.split("~").map(i=>parseInt(i,36)),o=e+n;Er.push([o,o+r-1]),e=o+r}Qi=new Map,e=0;for(let t of Gc.split(",")){let[n,r]=t.split(":"),[o,i]=n.includes("*")?n.split("*").map(c=>parseInt(c,36)):[parseInt(n,36),1],s=r===""?[]:r.split(".").map(c=>parseInt(c,36)),a=e+o;for(let c=0;c<i;c++)Qi.set(a+c,String.fromCodePoint(...i>1?[s[0]+c]:s));e=a+i}}function Gf(e){Wc();let t=0,n=Er.length-1;for(;t<=n;){let r=t+n>>1,[o,i]=Er[r];if(e<o)n=r-1;else if(e>i)t=r+1;else return!0}return!1}function Wf(e){Wc();let t="";for(let n of Le(e).normalize("NFKC").normalize("NFD")){let r=Qi.get(n.codePointAt(0));t+=r===void 0?n:r}return t.normalize("NFD")}var Vf=e=>e.toString(16).toUpperCase().padStart(4,"0");function Yf(e,t){for(let r of t)if(Gf(r.codePointAt(0)))throw new P("roster-name-character",`the name of member ${e} holds U+${Vf(r.codePointAt(0))}, an invisible, control, private-use or unassigned character`);let n=Le(t).normalize("NFKC");if(n===""||Ye(n)>200)throw new P("roster-invalid",`the name of member ${e} must be 1-200 bytes`)}var Eo=class{constructor(){this.nfkc=new Set,this.skeletons=new Map}add(t,n){Yf(t,n);let r=Le(n).normalize("NFKC");if(this.nfkc.has(r))throw new P("roster-duplicate-name",r);this.nfkc.add(r);let o=Wf(n),i=this.skeletons.get(o);if(i!==void 0)throw new P("roster-confusable-name",`the names of members ${i} and ${t} look alike`);this.skeletons.set(o,t)}};var Jf="dropbox-roster/1",Xf=90,Zf=256,ve=e=>new P("jcs-shape",e),Ge=e=>new P("roster-invalid",e),pt=(e,t)=>Object.prototype.hasOwnProperty.call(e,t),Qf=e=>typeof e=="object"&&e!==null&&!Array.isArray(e);function Ce(e,t,n=[],r=ve){if(!Qf(e))throw r("expected an object");for(let o of Object.keys(e))if(!t.includes(o)&&!n.includes(o))throw r(`unknown field ${JSON.stringify(o)}`);for(let o of t)if(!pt(e,o))throw r(`missing field ${JSON.stringify(o)}`)}var rt=e=>Number.isSafeInteger(e)&&e>=0,Gn=e=>Number.isSafeInteger(e)&&e>=0&&e<=4294967295;function $o(e,t){if(typeof e!="string")throw ve(`${t} must be a string`);return e}function ep(e){if(Ce(e,["id","name","age","sign"],["roles","transport"]),!Tt(e.id))throw ve(`invalid member id ${JSON.stringify(e.id)}`);$o(e.name,"name");let t=pt(e,"roles")?e.roles:[];if(!Array.isArray(t)||!t.every(n=>n==="admin"||n==="reviewer"))throw ve("roles are admin or reviewer");if(!ko(e.age))throw ve(`invalid age recipient ${JSON.stringify(e.age)}`);if(!ut(e.sign))throw ve("invalid sign key");if(pt(e,"transport")&&!ut(e.transport))throw ve("invalid transport key");return{id:e.id,name:e.name,roles:[...t],age:e.age,sign:e.sign,transport:pt(e,"transport")?e.transport:void 0}}function Vc(e,t){Ce(e,t);for(let n of t)if(!Gn(e[n]))throw ve(`${n} must be an unsigned 32-bit integer`);return{...e}}function tp(e){if(Ce(e,["max_submission_bytes","categories","retention","ack_hours","next_steps_hours","response_by_severity","disclosure_days","timezone"],["drop_key_days"]),!rt(e.max_submission_bytes))throw ve("max_submission_bytes");if(!Array.isArray(e.categories)||!e.categories.every(r=>typeof r=="string"))throw ve("categories");let t=Vc(e.retention,["all_acked_days","first_ack_days","unacked_days","reply_read_days","reply_days","backup_days"]);if(!Gn(e.ack_hours)||!Gn(e.next_steps_hours))throw ve("hours");let n=Vc(e.response_by_severity,["critical_hours","high_business_days","medium_days","low_days"]);if(!Array.isArray(e.disclosure_days)||e.disclosure_days.length!==3||!e.disclosure_days.every(Gn))throw ve("disclosure_days is three integers");if($o(e.timezone,"timezone"),pt(e,"drop_key_days")&&!Gn(e.drop_key_days))throw ve("drop_key_days");return{max_submission_bytes:e.max_submission_bytes,categories:[...e.categories],retention:t,ack_hours:e.ack_hours,next_steps_hours:e.next_steps_hours,response_by_severity:n,disclosure_days:[...e.disclosure_days],timezone:e.timezone,drop_key_days:pt(e,"drop_key_days")?e.drop_key_days:void 0}}function np(e){if(Ce(e,["type","team","seq","expires","threshold","endpoints","members","policy"],["prev","page_sha256"]),$o(e.type,"type"),$o(e.team,"team"),!rt(e.seq))throw ve("seq");if(pt(e,"prev")&&!Ne(e.prev))throw ve("prev");if(ft(e.expires)===null)throw ve("expires");if(!Gn(e.threshold))throw ve("threshold");if(!Array.isArray(e.endpoints)||!e.endpoints.every(n=>typeof n=="string"))throw ve("endpoints");if(pt(e,"page_sha256")&&!Ne(e.page_sha256))throw ve("page_sha256");if(!Array.isArray(e.members))throw ve("members");let t=e.members.map(ep);return{type:e.type,team:e.team,seq:e.seq,prev:pt(e,"prev")?e.prev:void 0,expires:e.expires,threshold:e.threshold,endpoints:[...e.endpoints],page_sha256:pt(e,"page_sha256")?e.page_sha256:void 0,members:t,policy:tp(e.policy)}}function Yc(e){let t=e.split(".");if(t.length!==4)return null;let n=[];for(let r of t){if(!/^(0|[1-9][0-9]{0,2})$/.test(r)||Number(r)>255)return null;n.push(Number(r))}return n}function rp(e){let t=i=>{if(i==="")return[];let s=[],a=i.split(":");for(let c=0;c<a.length;c++){let d=a[c];if(c===a.length-1&&d.includes(".")){let h=Yc(d);if(!h)return null;s.push(h[0]<<8|h[1],h[2]<<8|h[3])}else if(/^[0-9a-fA-F]{1,4}$/.test(d))s.push(parseInt(d,16));else return null}return s},n=e.split("::");if(n.length>2)return null;if(n.length===1){let i=t(e);return i&&i.length===8?i:null}let r=t(n[0]),o=t(n[1]);return!r||!o||r.length+o.length>7?null:[...r,...new Array(8-r.length-o.length).fill(0),...o]}function op(e){let t=Yc(e);if(t)return t[0]===127;let n=rp(e);return!!n&&n.slice(0,7).every(r=>r===0)&&n[7]===1}function ip(e){return/^\+?[0-9]+$/.test(e)&&Number(e.replace(/^\+/,""))<=65535}function sp(e){let t,n;if(e.startsWith("https://"))t=!0,n=e.slice(8);else if(e.startsWith("http://"))t=!1,n=e.slice(7);else return!1;if(Ye(e)>512||/[?#@\\]/.test(e)||[...e].some(a=>Kt(a)||Ht(a)))return!1;let r=n.split("/")[0],o,i;if(r.startsWith("[")){let a=r.slice(1),c=a.indexOf("]");if(c<0)return!1;o=a.slice(0,c);let d=a.slice(c+1);i=d.startsWith(":")?d.slice(1):void 0}else{let a=r.lastIndexOf(":");a>=0?(o=r.slice(0,a),i=r.slice(a+1)):(o=r,i=void 0)}if(i!==void 0&&!ip(i)||o===""||!/^[A-Za-z0-9.:-]+$/.test(o))return!1;let s=o==="localhost"||op(o);return t||s||o.endsWith(".onion")&&o.length>6}function ap(e){if(e.type!==Jf)throw Ge("type is not dropbox-roster/1");if(Le(e.team)===""||Ye(e.team)>200)throw Ge("team name must be 1-200 bytes");if(e.seq===0||e.seq===1!=(e.prev===void 0))throw Ge("seq starts at 1, and only roster #1 has no prev");if(e.members.length===0||e.members.length>Zf)throw Ge("a roster has 1-256 members");let t=new Set,n=new Eo,r=new Set;for(let a of e.members){if(t.has(a.id))throw new P("roster-duplicate-id",a.id);if(t.add(a.id),n.add(a.id,a.name),a.roles.length===0||new Set(a.roles).size!==a.roles.length)throw Ge("each member has distinct roles, at least one");for(let c of[a.age,a.sign,...a.transport!==void 0?[a.transport]:[]]){if(r.has(c))throw new P("roster-duplicate-key",c);r.add(c)}}let o=e.members.filter(a=>a.roles.includes("admin")).length;if(o===0)throw Ge("a roster needs at least one admin");if(e.threshold===0||e.threshold>o)throw Ge("threshold must be between 1 and the number of admins");if(e.endpoints.length===0)throw Ge("a roster names at least one endpoint");for(let a of e.endpoints)if(!sp(a))throw Ge(`endpoint ${JSON.stringify(a)} must be https://, or http:// on a .onion or loopback host`);let i=e.policy,s=i.disclosure_days;if(i.max_submission_bytes===0||i.max_submission_bytes>fr)throw Ge("max_submission_bytes out of range");if(!(s[0]>0&&s[0]<=s[1]&&s[1]<=s[2]))throw Ge("disclosure_days must be increasing and positive");if(i.timezone===""||Ye(i.timezone)>64)throw Ge("timezone must be an IANA time zone name");if(i.drop_key_days!==void 0&&!(i.drop_key_days>=1&&i.drop_key_days<=90))throw Ge("drop_key_days must be between 1 and 90")}function Jc(e){let t=St(e,Ri),n=np(t.value);return ap(n),{roster:n,parsed:t,hash:Wa(t.payload)}}var zo=(e,t)=>e.members.find(n=>n.id===t),Xc=(e,t)=>e.age===t.age&&e.sign===t.sign&&e.transport===t.transport;function Zc(e,t){let n=new Set,r=mn(e.payloadType,e.payload);for(let[o,i]of e.signatures){let s=zo(t,o);if(s){if(!Hn(ut(s.sign),r,i))throw new P("roster-bad-signature",`bad signature by ${o}`);n.add(s.id)}}return n}function Qc(e,t,n){let r=0;for(let o of t){let i=zo(n,o);i&&i.roles.includes("admin")&&r++}if(r<n.threshold)throw new P("roster-too-few-signatures",`too few admin signatures on roster #${e}: ${r} of ${n.threshold}`)}function cp(e,t){let{roster:n,parsed:r,hash:o}=Jc(t);if(o!==e)throw new P("roster-fingerprint-mismatch","the first roster does not match the team fingerprint");if(n.seq!==1)throw new P("roster-wrong-seq",`roster #${n.seq} does not follow #0`);return Qc(1,Zc(r,n),n),{roster:n,hash:o,envelope:t}}function lp(e,t){let{roster:n,parsed:r,hash:o}=Jc(t),i=e.roster;if(n.seq!==i.seq+1)throw new P("roster-wrong-seq",`roster #${n.seq} does not follow #${i.seq}`);if(n.prev!==e.hash)throw new P("roster-fork",`roster #${n.seq} forks the chain`);let s=Zc(r,i);Qc(n.seq,s,i);for(let a of n.members){let c=zo(i,a.id);if(c&&!Xc(c,a)&&!s.has(a.id))throw new P("roster-key-continuity",`keys of member ${a.id} changed without a signature by their previous key`)}return{roster:n,hash:o,envelope:t}}function dp(e,t){let n=ft(e.expires);if(t>=n*86400)throw new P("roster-expired",`the roster expired on ${e.expires}`);if(n-bn(t)>Xf)throw new P("roster-expiry-too-far",`the roster expires on ${e.expires}, more than 90 days ahead`)}function el(e,t,n){if(t.length===0)throw new P("roster-empty-chain","empty roster chain");let r=[cp(e,t[0])],o=new Map(r[0].roster.members.map(s=>[s.id,s]));for(let s of t.slice(1)){let a=r[r.length-1],c=lp(a,s);for(let d of c.roster.members){let h=o.get(d.id);if(!zo(a.roster,d.id)&&h&&!Xc(h,d))throw new P("roster-key-continuity",`member ${d.id} came back with other keys`);o.set(d.id,d)}r.push(c)}let i=r[r.length-1];return dp(i.roster,n),{fingerprint:e,rosters:r,head:i}}function tl(e){typeof e=="string"&&(e=le(e));let t=r=>new P("dsse-malformed",r);if(e.length>64*(1<<20))throw t("roster chain too large");let n;try{n=Rn(e)}catch(r){throw t(r.message)}if(!Array.isArray(n))throw t("a chain is an array of envelopes");return n.map(r=>Cn(r,t))}function nl(e,t){return t.roster.endpoints.some(n=>n.replace(/\/+$/,"")===e)}function $r(e,t,n,r){let o=e[0]|0,i=e[1]|0,s=e[2]|0,a=e[3]|0,c=e[4]|0,d=e[5]|0,h=e[6]|0,g=e[7]|0;for(;n<r;n+=64){let l=o,u=i,p=s,f=a,b=c,w=d,m=h,y=g,v=0,x=0,S=t.getInt32(n+0),j=t.getInt32(n+4),_=t.getInt32(n+8),k=t.getInt32(n+12),$=t.getInt32(n+16),T=t.getInt32(n+20),O=t.getInt32(n+24),C=t.getInt32(n+28),z=t.getInt32(n+32),R=t.getInt32(n+36),q=t.getInt32(n+40),A=t.getInt32(n+44),M=t.getInt32(n+48),L=t.getInt32(n+52),B=t.getInt32(n+56),E=t.getInt32(n+60);v=y+((b>>>6|b<<26)^(b>>>11|b<<21)^(b>>>25|b<<7))+(m^b&(w^m))+1116352408+S|0,x=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|p&(l|u))|0,f=f+v|0,y=v+x|0,v=m+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(w^f&(b^w))+1899447441+j|0,x=((y>>>2|y<<30)^(y>>>13|y<<19)^(y>>>22|y<<10))+(y&l|u&(y|l))|0,p=p+v|0,m=v+x|0,v=w+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(b^p&(f^b))+-1245643825+_|0,x=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&y|l&(m|y))|0,u=u+v|0,w=v+x|0,v=b+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(f^u&(p^f))+-373957723+k|0,x=((w>>>2|w<<30)^(w>>>13|w<<19)^(w>>>22|w<<10))+(w&m|y&(w|m))|0,l=l+v|0,b=v+x|0,v=f+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(p^l&(u^p))+961987163+$|0,x=((b>>>2|b<<30)^(b>>>13|b<<19)^(b>>>22|b<<10))+(b&w|m&(b|w))|0,y=y+v|0,f=v+x|0,v=p+((y>>>6|y<<26)^(y>>>11|y<<21)^(y>>>25|y<<7))+(u^y&(l^u))+1508970993+T|0,x=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&b|w&(f|b))|0,m=m+v|0,p=v+x|0,v=u+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(l^m&(y^l))+-1841331548+O|0,x=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&f|b&(p|f))|0,w=w+v|0,u=v+x|0,v=l+((w>>>6|w<<26)^(w>>>11|w<<21)^(w>>>25|w<<7))+(y^w&(m^y))+-1424204075+C|0,x=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&p|f&(u|p))|0,b=b+v|0,l=v+x|0,v=y+((b>>>6|b<<26)^(b>>>11|b<<21)^(b>>>25|b<<7))+(m^b&(w^m))+-670586216+z|0,x=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|p&(l|u))|0,f=f+v|0,y=v+x|0,v=m+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(w^f&(b^w))+310598401+R|0,x=((y>>>2|y<<30)^(y>>>13|y<<19)^(y>>>22|y<<10))+(y&l|u&(y|l))|0,p=p+v|0,m=v+x|0,v=w+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(b^p&(f^b))+607225278+q|0,x=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&y|l&(m|y))|0,u=u+v|0,w=v+x|0,v=b+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(f^u&(p^f))+1426881987+A|0,x=((w>>>2|w<<30)^(w>>>13|w<<19)^(w>>>22|w<<10))+(w&m|y&(w|m))|0,l=l+v|0,b=v+x|0,v=f+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(p^l&(u^p))+1925078388+M|0,x=((b>>>2|b<<30)^(b>>>13|b<<19)^(b>>>22|b<<10))+(b&w|m&(b|w))|0,y=y+v|0,f=v+x|0,v=p+((y>>>6|y<<26)^(y>>>11|y<<21)^(y>>>25|y<<7))+(u^y&(l^u))+-2132889090+L|0,x=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&b|w&(f|b))|0,m=m+v|0,p=v+x|0,v=u+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(l^m&(y^l))+-1680079193+B|0,x=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&f|b&(p|f))|0,w=w+v|0,u=v+x|0,v=l+((w>>>6|w<<26)^(w>>>11|w<<21)^(w>>>25|w<<7))+(y^w&(m^y))+-1046744716+E|0,x=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&p|f&(u|p))|0,b=b+v|0,l=v+x|0,S=((B>>>17|B<<15)^(B>>>19|B<<13)^B>>>10)+R+((j>>>7|j<<25)^(j>>>18|j<<14)^j>>>3)+S|0,v=y+((b>>>6|b<<26)^(b>>>11|b<<21)^(b>>>25|b<<7))+(m^b&(w^m))+-459576895+S|0,x=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|p&(l|u))|0,f=f+v|0,y=v+x|0,j=((E>>>17|E<<15)^(E>>>19|E<<13)^E>>>10)+q+((_>>>7|_<<25)^(_>>>18|_<<14)^_>>>3)+j|0,v=m+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(w^f&(b^w))+-272742522+j|0,x=((y>>>2|y<<30)^(y>>>13|y<<19)^(y>>>22|y<<10))+(y&l|u&(y|l))|0,p=p+v|0,m=v+x|0,_=((S>>>17|S<<15)^(S>>>19|S<<13)^S>>>10)+A+((k>>>7|k<<25)^(k>>>18|k<<14)^k>>>3)+_|0,v=w+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(b^p&(f^b))+264347078+_|0,x=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&y|l&(m|y))|0,u=u+v|0,w=v+x|0,k=((j>>>17|j<<15)^(j>>>19|j<<13)^j>>>10)+M+(($>>>7|$<<25)^($>>>18|$<<14)^$>>>3)+k|0,v=b+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(f^u&(p^f))+604807628+k|0,x=((w>>>2|w<<30)^(w>>>13|w<<19)^(w>>>22|w<<10))+(w&m|y&(w|m))|0,l=l+v|0,b=v+x|0,$=((_>>>17|_<<15)^(_>>>19|_<<13)^_>>>10)+L+((T>>>7|T<<25)^(T>>>18|T<<14)^T>>>3)+$|0,v=f+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(p^l&(u^p))+770255983+$|0,x=((b>>>2|b<<30)^(b>>>13|b<<19)^(b>>>22|b<<10))+(b&w|m&(b|w))|0,y=y+v|0,f=v+x|0,T=((k>>>17|k<<15)^(k>>>19|k<<13)^k>>>10)+B+((O>>>7|O<<25)^(O>>>18|O<<14)^O>>>3)+T|0,v=p+((y>>>6|y<<26)^(y>>>11|y<<21)^(y>>>25|y<<7))+(u^y&(l^u))+1249150122+T|0,x=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&b|w&(f|b))|0,m=m+v|0,p=v+x|0,O=(($>>>17|$<<15)^($>>>19|$<<13)^$>>>10)+E+((C>>>7|C<<25)^(C>>>18|C<<14)^C>>>3)+O|0,v=u+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(l^m&(y^l))+1555081692+O|0,x=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&f|b&(p|f))|0,w=w+v|0,u=v+x|0,C=((T>>>17|T<<15)^(T>>>19|T<<13)^T>>>10)+S+((z>>>7|z<<25)^(z>>>18|z<<14)^z>>>3)+C|0,v=l+((w>>>6|w<<26)^(w>>>11|w<<21)^(w>>>25|w<<7))+(y^w&(m^y))+1996064986+C|0,x=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&p|f&(u|p))|0,b=b+v|0,l=v+x|0,z=((O>>>17|O<<15)^(O>>>19|O<<13)^O>>>10)+j+((R>>>7|R<<25)^(R>>>18|R<<14)^R>>>3)+z|0,v=y+((b>>>6|b<<26)^(b>>>11|b<<21)^(b>>>25|b<<7))+(m^b&(w^m))+-1740746414+z|0,x=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|p&(l|u))|0,f=f+v|0,y=v+x|0,R=((C>>>17|C<<15)^(C>>>19|C<<13)^C>>>10)+_+((q>>>7|q<<25)^(q>>>18|q<<14)^q>>>3)+R|0,v=m+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(w^f&(b^w))+-1473132947+R|0,x=((y>>>2|y<<30)^(y>>>13|y<<19)^(y>>>22|y<<10))+(y&l|u&(y|l))|0,p=p+v|0,m=v+x|0,q=((z>>>17|z<<15)^(z>>>19|z<<13)^z>>>10)+k+((A>>>7|A<<25)^(A>>>18|A<<14)^A>>>3)+q|0,v=w+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(b^p&(f^b))+-1341970488+q|0,x=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&y|l&(m|y))|0,u=u+v|0,w=v+x|0,A=((R>>>17|R<<15)^(R>>>19|R<<13)^R>>>10)+$+((M>>>7|M<<25)^(M>>>18|M<<14)^M>>>3)+A|0,v=b+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(f^u&(p^f))+-1084653625+A|0,x=((w>>>2|w<<30)^(w>>>13|w<<19)^(w>>>22|w<<10))+(w&m|y&(w|m))|0,l=l+v|0,b=v+x|0,M=((q>>>17|q<<15)^(q>>>19|q<<13)^q>>>10)+T+((L>>>7|L<<25)^(L>>>18|L<<14)^L>>>3)+M|0,v=f+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(p^l&(u^p))+-958395405+M|0,x=((b>>>2|b<<30)^(b>>>13|b<<19)^(b>>>22|b<<10))+(b&w|m&(b|w))|0,y=y+v|0,f=v+x|0,L=((A>>>17|A<<15)^(A>>>19|A<<13)^A>>>10)+O+((B>>>7|B<<25)^(B>>>18|B<<14)^B>>>3)+L|0,v=p+((y>>>6|y<<26)^(y>>>11|y<<21)^(y>>>25|y<<7))+(u^y&(l^u))+-710438585+L|0,x=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&b|w&(f|b))|0,m=m+v|0,p=v+x|0,B=((M>>>17|M<<15)^(M>>>19|M<<13)^M>>>10)+C+((E>>>7|E<<25)^(E>>>18|E<<14)^E>>>3)+B|0,v=u+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(l^m&(y^l))+113926993+B|0,x=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&f|b&(p|f))|0,w=w+v|0,u=v+x|0,E=((L>>>17|L<<15)^(L>>>19|L<<13)^L>>>10)+z+((S>>>7|S<<25)^(S>>>18|S<<14)^S>>>3)+E|0,v=l+((w>>>6|w<<26)^(w>>>11|w<<21)^(w>>>25|w<<7))+(y^w&(m^y))+338241895+E|0,x=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&p|f&(u|p))|0,b=b+v|0,l=v+x|0,S=((B>>>17|B<<15)^(B>>>19|B<<13)^B>>>10)+R+((j>>>7|j<<25)^(j>>>18|j<<14)^j>>>3)+S|0,v=y+((b>>>6|b<<26)^(b>>>11|b<<21)^(b>>>25|b<<7))+(m^b&(w^m))+666307205+S|0,x=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|p&(l|u))|0,f=f+v|0,y=v+x|0,j=((E>>>17|E<<15)^(E>>>19|E<<13)^E>>>10)+q+((_>>>7|_<<25)^(_>>>18|_<<14)^_>>>3)+j|0,v=m+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(w^f&(b^w))+773529912+j|0,x=((y>>>2|y<<30)^(y>>>13|y<<19)^(y>>>22|y<<10))+(y&l|u&(y|l))|0,p=p+v|0,m=v+x|0,_=((S>>>17|S<<15)^(S>>>19|S<<13)^S>>>10)+A+((k>>>7|k<<25)^(k>>>18|k<<14)^k>>>3)+_|0,v=w+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(b^p&(f^b))+1294757372+_|0,x=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&y|l&(m|y))|0,u=u+v|0,w=v+x|0,k=((j>>>17|j<<15)^(j>>>19|j<<13)^j>>>10)+M+(($>>>7|$<<25)^($>>>18|$<<14)^$>>>3)+k|0,v=b+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(f^u&(p^f))+1396182291+k|0,x=((w>>>2|w<<30)^(w>>>13|w<<19)^(w>>>22|w<<10))+(w&m|y&(w|m))|0,l=l+v|0,b=v+x|0,$=((_>>>17|_<<15)^(_>>>19|_<<13)^_>>>10)+L+((T>>>7|T<<25)^(T>>>18|T<<14)^T>>>3)+$|0,v=f+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(p^l&(u^p))+1695183700+$|0,x=((b>>>2|b<<30)^(b>>>13|b<<19)^(b>>>22|b<<10))+(b&w|m&(b|w))|0,y=y+v|0,f=v+x|0,T=((k>>>17|k<<15)^(k>>>19|k<<13)^k>>>10)+B+((O>>>7|O<<25)^(O>>>18|O<<14)^O>>>3)+T|0,v=p+((y>>>6|y<<26)^(y>>>11|y<<21)^(y>>>25|y<<7))+(u^y&(l^u))+1986661051+T|0,x=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&b|w&(f|b))|0,m=m+v|0,p=v+x|0,O=(($>>>17|$<<15)^($>>>19|$<<13)^$>>>10)+E+((C>>>7|C<<25)^(C>>>18|C<<14)^C>>>3)+O|0,v=u+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(l^m&(y^l))+-2117940946+O|0,x=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&f|b&(p|f))|0,w=w+v|0,u=v+x|0,C=((T>>>17|T<<15)^(T>>>19|T<<13)^T>>>10)+S+((z>>>7|z<<25)^(z>>>18|z<<14)^z>>>3)+C|0,v=l+((w>>>6|w<<26)^(w>>>11|w<<21)^(w>>>25|w<<7))+(y^w&(m^y))+-1838011259+C|0,x=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&p|f&(u|p))|0,b=b+v|0,l=v+x|0,z=((O>>>17|O<<15)^(O>>>19|O<<13)^O>>>10)+j+((R>>>7|R<<25)^(R>>>18|R<<14)^R>>>3)+z|0,v=y+((b>>>6|b<<26)^(b>>>11|b<<21)^(b>>>25|b<<7))+(m^b&(w^m))+-1564481375+z|0,x=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|p&(l|u))|0,f=f+v|0,y=v+x|0,R=((C>>>17|C<<15)^(C>>>19|C<<13)^C>>>10)+_+((q>>>7|q<<25)^(q>>>18|q<<14)^q>>>3)+R|0,v=m+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(w^f&(b^w))+-1474664885+R|0,x=((y>>>2|y<<30)^(y>>>13|y<<19)^(y>>>22|y<<10))+(y&l|u&(y|l))|0,p=p+v|0,m=v+x|0,q=((z>>>17|z<<15)^(z>>>19|z<<13)^z>>>10)+k+((A>>>7|A<<25)^(A>>>18|A<<14)^A>>>3)+q|0,v=w+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(b^p&(f^b))+-1035236496+q|0,x=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&y|l&(m|y))|0,u=u+v|0,w=v+x|0,A=((R>>>17|R<<15)^(R>>>19|R<<13)^R>>>10)+$+((M>>>7|M<<25)^(M>>>18|M<<14)^M>>>3)+A|0,v=b+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(f^u&(p^f))+-949202525+A|0,x=((w>>>2|w<<30)^(w>>>13|w<<19)^(w>>>22|w<<10))+(w&m|y&(w|m))|0,l=l+v|0,b=v+x|0,M=((q>>>17|q<<15)^(q>>>19|q<<13)^q>>>10)+T+((L>>>7|L<<25)^(L>>>18|L<<14)^L>>>3)+M|0,v=f+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(p^l&(u^p))+-778901479+M|0,x=((b>>>2|b<<30)^(b>>>13|b<<19)^(b>>>22|b<<10))+(b&w|m&(b|w))|0,y=y+v|0,f=v+x|0,L=((A>>>17|A<<15)^(A>>>19|A<<13)^A>>>10)+O+((B>>>7|B<<25)^(B>>>18|B<<14)^B>>>3)+L|0,v=p+((y>>>6|y<<26)^(y>>>11|y<<21)^(y>>>25|y<<7))+(u^y&(l^u))+-694614492+L|0,x=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&b|w&(f|b))|0,m=m+v|0,p=v+x|0,B=((M>>>17|M<<15)^(M>>>19|M<<13)^M>>>10)+C+((E>>>7|E<<25)^(E>>>18|E<<14)^E>>>3)+B|0,v=u+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(l^m&(y^l))+-200395387+B|0,x=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&f|b&(p|f))|0,w=w+v|0,u=v+x|0,E=((L>>>17|L<<15)^(L>>>19|L<<13)^L>>>10)+z+((S>>>7|S<<25)^(S>>>18|S<<14)^S>>>3)+E|0,v=l+((w>>>6|w<<26)^(w>>>11|w<<21)^(w>>>25|w<<7))+(y^w&(m^y))+275423344+E|0,x=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&p|f&(u|p))|0,b=b+v|0,l=v+x|0,S=((B>>>17|B<<15)^(B>>>19|B<<13)^B>>>10)+R+((j>>>7|j<<25)^(j>>>18|j<<14)^j>>>3)+S|0,v=y+((b>>>6|b<<26)^(b>>>11|b<<21)^(b>>>25|b<<7))+(m^b&(w^m))+430227734+S|0,x=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|p&(l|u))|0,f=f+v|0,y=v+x|0,j=((E>>>17|E<<15)^(E>>>19|E<<13)^E>>>10)+q+((_>>>7|_<<25)^(_>>>18|_<<14)^_>>>3)+j|0,v=m+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(w^f&(b^w))+506948616+j|0,x=((y>>>2|y<<30)^(y>>>13|y<<19)^(y>>>22|y<<10))+(y&l|u&(y|l))|0,p=p+v|0,m=v+x|0,_=((S>>>17|S<<15)^(S>>>19|S<<13)^S>>>10)+A+((k>>>7|k<<25)^(k>>>18|k<<14)^k>>>3)+_|0,v=w+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(b^p&(f^b))+659060556+_|0,x=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&y|l&(m|y))|0,u=u+v|0,w=v+x|0,k=((j>>>17|j<<15)^(j>>>19|j<<13)^j>>>10)+M+(($>>>7|$<<25)^($>>>18|$<<14)^$>>>3)+k|0,v=b+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(f^u&(p^f))+883997877+k|0,x=((w>>>2|w<<30)^(w>>>13|w<<19)^(w>>>22|w<<10))+(w&m|y&(w|m))|0,l=l+v|0,b=v+x|0,$=((_>>>17|_<<15)^(_>>>19|_<<13)^_>>>10)+L+((T>>>7|T<<25)^(T>>>18|T<<14)^T>>>3)+$|0,v=f+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(p^l&(u^p))+958139571+$|0,x=((b>>>2|b<<30)^(b>>>13|b<<19)^(b>>>22|b<<10))+(b&w|m&(b|w))|0,y=y+v|0,f=v+x|0,T=((k>>>17|k<<15)^(k>>>19|k<<13)^k>>>10)+B+((O>>>7|O<<25)^(O>>>18|O<<14)^O>>>3)+T|0,v=p+((y>>>6|y<<26)^(y>>>11|y<<21)^(y>>>25|y<<7))+(u^y&(l^u))+1322822218+T|0,x=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&b|w&(f|b))|0,m=m+v|0,p=v+x|0,O=(($>>>17|$<<15)^($>>>19|$<<13)^$>>>10)+E+((C>>>7|C<<25)^(C>>>18|C<<14)^C>>>3)+O|0,v=u+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(l^m&(y^l))+1537002063+O|0,x=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&f|b&(p|f))|0,w=w+v|0,u=v+x|0,C=((T>>>17|T<<15)^(T>>>19|T<<13)^T>>>10)+S+((z>>>7|z<<25)^(z>>>18|z<<14)^z>>>3)+C|0,v=l+((w>>>6|w<<26)^(w>>>11|w<<21)^(w>>>25|w<<7))+(y^w&(m^y))+1747873779+C|0,x=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&p|f&(u|p))|0,b=b+v|0,l=v+x|0,z=((O>>>17|O<<15)^(O>>>19|O<<13)^O>>>10)+j+((R>>>7|R<<25)^(R>>>18|R<<14)^R>>>3)+z|0,v=y+((b>>>6|b<<26)^(b>>>11|b<<21)^(b>>>25|b<<7))+(m^b&(w^m))+1955562222+z|0,x=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&u|p&(l|u))|0,f=f+v|0,y=v+x|0,R=((C>>>17|C<<15)^(C>>>19|C<<13)^C>>>10)+_+((q>>>7|q<<25)^(q>>>18|q<<14)^q>>>3)+R|0,v=m+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(w^f&(b^w))+2024104815+R|0,x=((y>>>2|y<<30)^(y>>>13|y<<19)^(y>>>22|y<<10))+(y&l|u&(y|l))|0,p=p+v|0,m=v+x|0,q=((z>>>17|z<<15)^(z>>>19|z<<13)^z>>>10)+k+((A>>>7|A<<25)^(A>>>18|A<<14)^A>>>3)+q|0,v=w+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(b^p&(f^b))+-2067236844+q|0,x=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&y|l&(m|y))|0,u=u+v|0,w=v+x|0,A=((R>>>17|R<<15)^(R>>>19|R<<13)^R>>>10)+$+((M>>>7|M<<25)^(M>>>18|M<<14)^M>>>3)+A|0,v=b+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(f^u&(p^f))+-1933114872+A|0,x=((w>>>2|w<<30)^(w>>>13|w<<19)^(w>>>22|w<<10))+(w&m|y&(w|m))|0,l=l+v|0,b=v+x|0,M=((q>>>17|q<<15)^(q>>>19|q<<13)^q>>>10)+T+((L>>>7|L<<25)^(L>>>18|L<<14)^L>>>3)+M|0,v=f+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(p^l&(u^p))+-1866530822+M|0,x=((b>>>2|b<<30)^(b>>>13|b<<19)^(b>>>22|b<<10))+(b&w|m&(b|w))|0,y=y+v|0,f=v+x|0,L=((A>>>17|A<<15)^(A>>>19|A<<13)^A>>>10)+O+((B>>>7|B<<25)^(B>>>18|B<<14)^B>>>3)+L|0,v=p+((y>>>6|y<<26)^(y>>>11|y<<21)^(y>>>25|y<<7))+(u^y&(l^u))+-1538233109+L|0,x=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&b|w&(f|b))|0,m=m+v|0,p=v+x|0,B=((M>>>17|M<<15)^(M>>>19|M<<13)^M>>>10)+C+((E>>>7|E<<25)^(E>>>18|E<<14)^E>>>3)+B|0,v=u+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(l^m&(y^l))+-1090935817+B|0,x=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&f|b&(p|f))|0,w=w+v|0,u=v+x|0,E=((L>>>17|L<<15)^(L>>>19|L<<13)^L>>>10)+z+((S>>>7|S<<25)^(S>>>18|S<<14)^S>>>3)+E|0,v=l+((w>>>6|w<<26)^(w>>>11|w<<21)^(w>>>25|w<<7))+(y^w&(m^y))+-965641998+E|0,x=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&p|f&(u|p))|0,b=b+v|0,l=v+x|0,o=o+l|0,i=i+u|0,s=s+p|0,a=a+f|0,c=c+b|0,d=d+w|0,h=h+m|0,g=g+y|0}e[0]=o,e[1]=i,e[2]=s,e[3]=a,e[4]=c,e[5]=d,e[6]=h,e[7]=g}var up=[1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225],es=class{constructor(){this.state=Int32Array.from(up),this.block=new Uint8Array(64),this.blockView=new DataView(this.block.buffer),this.held=0,this.length=0,this.finished=!1}update(t){if(this.finished)throw new Error("this SHA-256 is finished");if(!(t instanceof Uint8Array))throw new TypeError("SHA-256 takes a Uint8Array");let n=0,r=t.length;if(this.length+=r,this.held>0){let i=Math.min(64-this.held,r);if(this.block.set(t.subarray(0,i),this.held),this.held+=i,n=i,this.held<64)return this;$r(this.state,this.blockView,0,64),this.held=0}let o=n+(r-n&-64);return o>n&&$r(this.state,new DataView(t.buffer,t.byteOffset,t.length),n,o),o<r&&(this.block.set(t.subarray(o),0),this.held=r-o),this}digest(){if(this.finished)throw new Error("this SHA-256 is finished");this.finished=!0;let{block:t,blockView:n,state:r}=this;t.fill(0,this.held),t[this.held]=128,this.held>=56&&($r(r,n,0,64),t.fill(0));let o=this.length*8;n.setUint32(56,Math.floor(o/2**32)),n.setUint32(60,o>>>0),$r(r,n,0,64);let i=new Uint8Array(32),s=new DataView(i.buffer);for(let a=0;a<8;a++)s.setInt32(4*a,r[a]);return r.fill(0),t.fill(0),i}};function en(){return new es}var ht=le(`DROPBOX-BUNDLE-1
`),ol=64*1024,fp=64*1024,il=100,sl=255,pp=64*1024,ts=64*1024,hp=["report","followup","reply","event","backup","own"],mp=["critical","high","medium","low"],xe=e=>new P("bundle-header-invalid",e);function rl(e){let t=0;for(;e>=1;)e=Math.floor(e/2),t++;return t}function gp(e){if(e<2)return e;let t=rl(e)-1,n=rl(t),o=2**(t-n);return Math.ceil(e/o)*o}function ns(e){return Math.max(pp,gp(e))}function rs(e){let t=e.split(/[/\\]/),r=[...(t[t.length-1]??"").normalize("NFC")].filter(i=>!Ht(i));for(;Ye(r.join(""))>sl;)r.pop();let o=r.join("");return(o===""||o==="."||o==="..")&&(o="attachment"),o}function os(e){return 11+66*e+Math.max(e-1,0)+2}function yp(e){return{kind:e.kind,created:e.created,roster_seq:e.roster_seq,recipients:[...e.recipients],delete_token:e.delete_token,title:e.title,body:e.body,category:e.category,severity:e.severity,contact:e.contact,credit:e.credit,reply:e.reply?{age:e.reply.age,sign:e.reply.sign}:void 0,thread:e.thread,via:e.via,signed:e.signed,attachments:e.attachments.map(n=>({name:n.name,type:n.type,size:n.size}))}}function bp(e){Ce(e,["kind","created","roster_seq","recipients","delete_token","via","attachments"],["title","body","category","severity","contact","credit","reply","thread","signed"],xe);let n=a=>Object.prototype.hasOwnProperty.call(e,a);if(!hp.includes(e.kind))throw xe("kind");if(ft(e.created)===null)throw xe("created");if(!rt(e.roster_seq))throw xe("roster_seq");if(!Array.isArray(e.recipients)||!e.recipients.every(Tt))throw xe("recipients");let r=typeof e.delete_token=="string"?ro(e.delete_token):null;if(!r||r.length!==32)throw xe("invalid delete_token");for(let a of["title","body","category","contact","credit"])if(n(a)&&typeof e[a]!="string")throw xe(a);if(n("severity")&&!mp.includes(e.severity))throw xe("severity");if(n("reply")&&(Ce(e.reply,["age","sign"],[],xe),!ko(e.reply.age)||!ut(e.reply.sign)))throw xe("reply keys");if(n("thread")&&!Ne(e.thread))throw xe("thread");if(e.via!=="client"&&e.via!=="server")throw xe("via");let o=n("signed")?Cn(e.signed,xe):void 0;if(!Array.isArray(e.attachments))throw xe("attachments");let i=e.attachments.map(a=>{if(Ce(a,["name","type","size"],[],xe),typeof a.name!="string"||typeof a.type!="string"||!rt(a.size))throw xe("attachment");return{name:a.name,type:a.type,size:a.size}}),s={kind:e.kind,created:e.created,roster_seq:e.roster_seq,recipients:[...e.recipients],delete_token:e.delete_token,via:e.via,attachments:i};for(let a of["title","body","category","severity","contact","credit","thread"])n(a)&&(s[a]=e[a]);return n("reply")&&(s.reply={age:e.reply.age,sign:e.reply.sign}),o&&(s.signed=o),s}function al(e){return e.attachments.reduce((t,n)=>t+BigInt(n.size),0n)}function cl(e){if(e.attachments.length>il)throw new P("bundle-too-many-attachments");for(let n of e.attachments)if(!rt(n.size))throw new P("bundle-size-mismatch");if(al(e)>BigInt(fr))throw new P("bundle-size-mismatch");if(e.attachments.forEach((n,r)=>{let o=n.name;if(o===""||Ye(o)>sl||/[/\\]/.test(o)||o==="."||o===".."||[...o].some(Ht)||o.normalize("NFC")!==o)throw xe(`attachment ${r} has an unsafe name`);let i=n.type;if(i===""||Ye(i)>255||[...i].some(s=>Ht(s)||Kt(s)))throw xe(`attachment ${r} has an invalid media type`)}),e.recipients.length===0&&(e.kind==="report"||e.kind==="followup"))throw xe("a report names at least one recipient");if((e.kind==="followup"||e.kind==="reply"||e.kind==="event"||e.kind==="own")!==(e.signed!==void 0))throw xe("follow-ups, replies, events and own-log items (only) carry a signed message")}function zr(){let e=Ue(32),t={text:Ft(e),hash:qe(Y(e))};return e.fill(0),t}function is(){let e=Ue(32),t=qe(Y(e));return e.fill(0),t}function So(e){cl(e);let t;try{t=zt(yp(e))}catch(n){throw new P("bundle-header-json",n.message)}if(t.length>ol)throw new P("bundle-header-too-large",`${t.length} bytes`);return t}function ll(e,t){let n=ht.length+4+e+Number(al(t))+os(t.attachments.length);return ns(n)}async function*wp(e,t,{digests:n}={}){let r=So(e),o=new Uint8Array(4);new DataView(o.buffer).setUint32(0,r.length),yield Ve(ht,o,r);let i=ht.length+4+r.length;if(t.length!==e.attachments.length)throw new P("bundle-size-mismatch");let s=[];for(let d=0;d<e.attachments.length;d++){let h=e.attachments[d].size,g=n?null:en(),l=0,u=t[d]instanceof Uint8Array?[t[d]]:t[d];for await(let f of u){if(l+f.length>h)throw new P("bundle-size-mismatch",`attachment ${d} is longer than declared`);g&&g.update(f),l+=f.length,yield f}if(l!==h)throw new P("bundle-size-mismatch",`attachment ${d} is shorter than declared`);i+=h;let p=g?g.digest():await n[d];s.push(typeof p=="string"?p:qe(p))}let a=zt({sha256:s});yield a,i+=a.length;let c=ns(i)-i;for(;c>0;){let d=Math.min(c,ts);yield new Uint8Array(d),c-=d}}async function dl(e,t){let n=[];for await(let r of wp(e,t))n.push(Uint8Array.from(r));return Ve(...n)}function Wn(e){if(e.length<ht.length||!ht.every((g,l)=>e[l]===g))throw new P("bundle-bad-magic");if(e.length<ht.length+4)throw new P("bundle-truncated");let t=new DataView(e.buffer,e.byteOffset+ht.length,4).getUint32(0);if(t>ol)throw new P("bundle-header-too-large",`${t} bytes`);let n=ht.length+4;if(e.length<n+t)throw new P("bundle-truncated");let r;try{r=pr(e.subarray(n,n+t))}catch(g){throw new P("bundle-header-json",g.message)}if(n+=t,typeof r=="object"&&r!==null&&!Array.isArray(r)&&Array.isArray(r.attachments)&&r.attachments.length>il)throw new P("bundle-too-many-attachments");let o=bp(r);cl(o);let i=[],s=[];for(let g of o.attachments){if(e.length-n<g.size)throw new P("bundle-truncated");let l=e.slice(n,n+g.size);i.push(l),s.push(qe(Y(l))),n+=g.size}let a=n;for(;a<e.length&&e[a]!==0;)a++;if(a===n)throw new P("bundle-truncated","no trailer");if(a-n>fp)throw new P("bundle-trailer-invalid","trailer too large");let c;try{if(c=pr(e.subarray(n,a)),Ce(c,["sha256"],[],g=>new P("bundle-trailer-invalid",g)),!Array.isArray(c.sha256)||!c.sha256.every(Ne))throw new Error("sha256 is a list of digests")}catch(g){throw new P("bundle-trailer-invalid",g.message)}if(n=a,c.sha256.length!==s.length)throw new P("bundle-trailer-invalid","wrong number of digests");c.sha256.forEach((g,l)=>{if(g!==s[l])throw new P("bundle-trailer-mismatch",`attachment ${l}`)});let d=ns(n)-n,h=0;for(;n<e.length;){let g=Math.min(e.length,(Math.floor(n/ts)+1)*ts);for(let l=n;l<g;l++)if(e[l]!==0)throw new P("bundle-padding-non-zero");if(h+=g-n,n=g,h>d)throw new P("bundle-padding-too-long")}if(h<d)throw new P("bundle-padding-too-short");return{header:o,attachments:i}}var qo=class{oHash;iHash;blockLen;outputLen;canXOF=!1;finished=!1;destroyed=!1;constructor(t,n){if(Re(t),J(n,void 0,"key"),this.iHash=t.create(),typeof this.iHash.update!="function")throw new Error("expected Hash instance");this.blockLen=this.iHash.blockLen,this.outputLen=this.iHash.outputLen;let r=this.blockLen,o=new Uint8Array(r);o.set(n.length>r?t.create().update(n).digest():n);for(let i=0;i<o.length;i++)o[i]^=54;this.iHash.update(o),this.oHash=t.create();for(let i=0;i<o.length;i++)o[i]^=106;this.oHash.update(o),te(o)}update(t){return We(this),this.iHash.update(t),this}digestInto(t){We(this),It(t,this),this.finished=!0;let n=t.subarray(0,this.outputLen);this.iHash.digestInto(n),this.oHash.update(n),this.oHash.digestInto(n),this.destroy()}digest(){let t=new Uint8Array(this.oHash.outputLen);return this.digestInto(t),t}_cloneInto(t){t||=Object.create(Object.getPrototypeOf(this),{});let{oHash:n,iHash:r,finished:o,destroyed:i,blockLen:s,outputLen:a,canXOF:c}=this;return t=t,t.finished=o,t.destroyed=i,t.blockLen=s,t.outputLen=a,t.canXOF=c,t.oHash=n._cloneInto(t.oHash),t.iHash=r._cloneInto(t.iHash),t}clone(){return this._cloneInto()}destroy(){this.destroyed=!0,this.oHash.destroy(),this.iHash.destroy()}},ot=(()=>{let e=((t,n,r)=>new qo(t,n).update(r).digest());return e.create=(t,n)=>new qo(t,n),e})();function tn(e,t,n){return Re(e),n===void 0&&(n=new Uint8Array(e.outputLen)),ot(e,n,t)}var Sr=Uint8Array.of(0),vp=Uint8Array.of();function it(e,t,n,r=32,o){Re(e),Q(r,"length"),J(t,void 0,"prk");let i=e.outputLen;if(t.length<i)throw new Error('"prk" must be at least HashLen octets');if(r>255*i)throw new Error("Length must be <= 255*HashLen");let s=Math.ceil(r/i);if(n===void 0?n=vp:J(n,void 0,"info"),!s)return o&&te(t),new Uint8Array;let a=o&&s===1?t:new Uint8Array(s*i),{iHash:c,oHash:d}=ot.create(e,t),h=o?t:new Uint8Array(i),g=s>1?o?.iHash||e.create():void 0;for(let u=0;u<s-1;u++){Sr[0]=u+1;let p=c._cloneInto(g);u&&p.update(h),p.update(n).update(Sr).digestInto(h),d._cloneInto(g).update(h).digestInto(h),a.set(h,i*u)}if(Sr[0]=s,s>1&&c.update(h),c.update(n).update(Sr).digestInto(h),d.update(h).digestInto(h),a.set(h,i*(s-1)),c.destroy(),d.destroy(),g?.destroy(),h!==a&&te(h),te(Sr),r===a.length)return a;let l=a.slice(0,r);return te(a),l}var mt=(e,t,n,r,o)=>{Re(e),n===void 0&&(n=new Uint8Array(e.outputLen));let i=ot.create(e,n).update(t);return it(e,i.digest(),r,o,i)};function kp(e,t,n,r){Re(e);let o=nt({dkLen:32,asyncTick:10},r),{c:i,dkLen:s,asyncTick:a}=o;if(Q(i,"c"),Q(s,"dkLen"),Q(a,"asyncTick"),i<1)throw new Error('"c" (iterations) must be >= 1');if(s<1)throw new Error('"dkLen" must be >= 1');if(s>(2**32-1)*e.outputLen)throw new Error("derived key too long");let c=hn(t,"password");try{let d=hn(n,"salt");try{let h=new Uint8Array(s),{iHash:g,oHash:l,outputLen:u}=ot.create(e,c),p=new Uint8Array(u),f=Ep(g,l,d,p);return{c:i,dkLen:s,asyncTick:a,DK:h,outputLen:u,eng:f}}finally{typeof n=="string"&&te(d)}}finally{typeof t=="string"&&te(c)}}function Ep(e,t,n,r){let o=new Uint8Array(4),i=_n(o),s=e._cloneInto().update(n),a=t._cloneInto(),c=e._cloneInto,d=t._cloneInto;return{u1:(h,g)=>{i.setInt32(0,h,!1),s._cloneInto(a).update(o).digestInto(r),t._cloneInto(a).update(r).digestInto(r),g.set(r.subarray(0,g.length))},rounds:(h,g)=>{for(let l=1;l<h;l++){c.call(e,a).update(r).digestInto(r),d.call(t,a).update(r).digestInto(r);for(let u=0;u<g.length;u++)g[u]^=r[u]}},output:h=>(e.destroy(),t.destroy(),s.destroy(),a.destroy(),te(r),h)}}function ss(e,t,n,r){let{c:o,dkLen:i,DK:s,outputLen:a,eng:c}=kp(e,t,n,r);for(let d=1,h=0;h<i;d++,h+=a){let g=s.subarray(h,h+a);c.u1(d,g),c.rounds(o,g)}return c.output(s)}function ul(e,t,n,r,o,i){let s=e[t++]^n[r++],a=e[t++]^n[r++],c=e[t++]^n[r++],d=e[t++]^n[r++],h=e[t++]^n[r++],g=e[t++]^n[r++],l=e[t++]^n[r++],u=e[t++]^n[r++],p=e[t++]^n[r++],f=e[t++]^n[r++],b=e[t++]^n[r++],w=e[t++]^n[r++],m=e[t++]^n[r++],y=e[t++]^n[r++],v=e[t++]^n[r++],x=e[t++]^n[r++],S=s,j=a,_=c,k=d,$=h,T=g,O=l,C=u,z=p,R=f,q=b,A=w,M=m,L=y,B=v,E=x;for(let N=0;N<8;N+=2)$^=re(S+M|0,7),z^=re($+S|0,9),M^=re(z+$|0,13),S^=re(M+z|0,18),R^=re(T+j|0,7),L^=re(R+T|0,9),j^=re(L+R|0,13),T^=re(j+L|0,18),B^=re(q+O|0,7),_^=re(B+q|0,9),O^=re(_+B|0,13),q^=re(O+_|0,18),k^=re(E+A|0,7),C^=re(k+E|0,9),A^=re(C+k|0,13),E^=re(A+C|0,18),j^=re(S+k|0,7),_^=re(j+S|0,9),k^=re(_+j|0,13),S^=re(k+_|0,18),O^=re(T+$|0,7),C^=re(O+T|0,9),$^=re(C+O|0,13),T^=re($+C|0,18),A^=re(q+R|0,7),z^=re(A+q|0,9),R^=re(z+A|0,13),q^=re(R+z|0,18),M^=re(E+B|0,7),L^=re(M+E|0,9),B^=re(L+M|0,13),E^=re(B+L|0,18);o[i++]=s+S|0,o[i++]=a+j|0,o[i++]=c+_|0,o[i++]=d+k|0,o[i++]=h+$|0,o[i++]=g+T|0,o[i++]=l+O|0,o[i++]=u+C|0,o[i++]=p+z|0,o[i++]=f+R|0,o[i++]=b+q|0,o[i++]=w+A|0,o[i++]=m+M|0,o[i++]=y+L|0,o[i++]=v+B|0,o[i++]=x+E|0}function as(e,t,n,r,o){let i=r+0,s=r+16*o;for(let a=0;a<16;a++)n[s+a]=e[t+(2*o-1)*16+a];for(let a=0;a<o;a++,i+=16,t+=16)ul(n,s,e,t,n,i),a>0&&(s+=16),ul(n,i,e,t+=16,n,s)}var $p=1024*(2**20+1+1);function zp(e,t,n){let r=nt({dkLen:32,asyncTick:10,maxmem:$p},n),{N:o,r:i,p:s,dkLen:a,asyncTick:c,maxmem:d,onProgress:h}=r;if(Q(o,"N"),Q(i,"r"),Q(s,"p"),Q(a,"dkLen"),Q(c,"asyncTick"),Q(d,"maxmem"),h!==void 0&&typeof h!="function")throw new Error('"onProgress" must be a function');if(i<1)throw new Error('"r" expected integer >= 1');let g=128*i,l=g/4,u=Math.pow(2,32);if(o<=1||(o&o-1)!==0||o>u)throw new Error('"N" expected a power of 2, and 2^1 <= N <= 2^32');if(s<1||s>(u-1)*32/g)throw new Error('"p" expected integer 1..((2^32 - 1) * 32) / (128 * r)');if(a<1||a>(u-1)*32)throw new Error('"dkLen" expected integer 1..(2^32 - 1) * 32');let p=g*(o+s+1);if(p>d)throw new Error('"maxmem" limit was hit: memUsed(128*r*(N+p+1))='+p+", maxmem="+d);let f=ss(Y,e,t,{c:1,dkLen:g*s}),b=je(f),w=je(new Uint8Array(g*o)),m=je(new Uint8Array(g)),y=()=>{};if(h){let v=2*o*s,x=Math.max(Math.floor(v/1e4),1),S=0;y=()=>{if(S++,h&&(!(S%x)||S===v))try{h(S/v)}catch(j){throw te(f,w,m),j}}}return{N:o,r:i,p:s,dkLen:a,blockSize32:l,V:w,B32:b,B:f,tmp:m,blockMixCb:y,asyncTick:c}}function Sp(e,t,n,r,o){let i=ss(Y,e,n,{c:1,dkLen:t});return te(n,r,o),i}function cs(e,t,n){let{N:r,r:o,p:i,dkLen:s,blockSize32:a,V:c,B32:d,B:h,tmp:g,blockMixCb:l}=zp(e,t,n);Be(d);for(let u=0;u<i;u++){let p=a*u;for(let f=0;f<a;f++)c[f]=d[p+f];for(let f=0,b=0;f<r-1;f++)as(c,b,c,b+=a,o),l();as(c,(r-1)*a,d,p,o),l();for(let f=0;f<r;f++){let b=(d[p+a-16]&r-1)>>>0;for(let w=0;w<a;w++)g[w]=d[p+w]^c[b*a+w];as(g,0,d,p,o),l()}}return Be(d),Sp(e,s,h,c,g)}function ls(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}var Ao=e=>e?`"${e}" `:"";function jo(e,t=""){if(typeof e!="boolean")throw new TypeError(Ao(t)+"expected boolean, got type="+typeof e);return e}function wn(e,t=""){if(typeof e!="number")throw new TypeError(Ao(t)+"expected number, got "+typeof e);if(!Number.isSafeInteger(e)||e<0)throw new RangeError(Ao(t)+"expected integer >= 0, got "+e);return e}function be(e,t,n=""){if(ls(e)&&(t===void 0||e.length===t))return e;t!==void 0&&wn(t,"length");let r=ls(e),o=t!==void 0?` of length ${t}`:"",i=r?`length=${e.length}`:`type=${typeof e}`,s=Ao(n)+"expected Uint8Array"+o+", got "+i;throw r?new RangeError(s):new TypeError(s)}var fl=(e,t)=>{if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError(t==="object"?"expected valid options object":`"${t}" expected object, got type=${typeof e}`)};function ds(e,t=!0){if(e.destroyed)throw new Error("hash was destroyed");if(t&&e.finished)throw new Error("digest() was already called")}function pl(e,t){be(e,void 0,"output");let n=t.outputLen;if(!(e.length>=n))throw new RangeError('"output" expected length >= '+n)}function gt(e){return new Uint32Array(e.buffer,e.byteOffset,Math.floor(e.byteLength/4))}function st(...e){for(let t=0;t<e.length;t++)e[t].fill(0)}function qp(e){return new DataView(e.buffer,e.byteOffset,e.byteLength)}var nn=new Uint8Array(new Uint32Array([287454020]).buffer)[0]===68;function Ap(e){return e<<24&4278190080|e<<8&16711680|e>>>8&65280|e>>>24&255}function jp(e){for(let t=0;t<e.length;t++)e[t]=Ap(e[t]);return e}var Bt=nn?e=>e:jp;function Tp(e,t){return!e.byteLength||!t.byteLength?!1:e.buffer===t.buffer&&e.byteOffset<t.byteOffset+t.byteLength&&t.byteOffset<e.byteOffset+e.byteLength}function hl(e,t){if(Tp(e,t)&&e.byteOffset<t.byteOffset)throw new Error("complex overlap of input and output is not supported")}function ml(e,t){return fl(e,"defaults"),fl(t,"opts"),Object.assign(e,t)}function gl(e,t){if(e=be(e),t=be(t),e.length!==t.length)return!1;let n=0;for(let r=0;r<e.length;r++)n|=e[r]^t[r];return n===0}function yl(e,t,n){let r=t,o=n||(()=>[]),i=(a,c)=>r(c,...o(a)).update(a).digest(),s=r(new Uint8Array(e),...o(new Uint8Array(0)));return i.outputLen=s.outputLen,i.blockLen=s.blockLen,i.create=(a,...c)=>r(a,...c),i}var bl=(e,t)=>{function n(r,...o){if(be(r,void 0,"key"),e.nonceLength!==void 0){let g=o[0];be(g,e.varSizeNonce?void 0:e.nonceLength,"nonce")}let i=e.tagLength,s=e.nonceLength!==void 0?1:0;if(!e.withAAD){for(let g=s;g<o.length;g++)if(ls(o[g]))throw new Error("AAD not supported")}e.withAAD&&o[s]!==void 0&&be(o[s],void 0,"AAD");let a=t(r,...o),c=(g,l)=>{if(l!==void 0){if(g!==2)throw new Error("cipher output not supported");be(l,void 0,"output")}},d=!1;return{encrypt(g,l){if(d)throw new Error("cannot encrypt() twice with same key + nonce");return d=!0,be(g,void 0,"data"),c(a.encrypt.length,l),a.encrypt(g,l)},decrypt(g,l){if(be(g,void 0,"data"),i&&g.length<i)throw new Error('"ciphertext" expected length >= tagLength='+i);return c(a.decrypt.length,l),a.decrypt(g,l)}}}return Object.assign(n,e),n};function qr(e,t,n=!0){if(t===void 0)return new Uint8Array(e);if(be(t,e,"output"),n&&!Ar(t))throw new Error("invalid output, must be aligned");return t}function wl(e,t,n){wn(e),wn(t),jo(n);let r=new Uint8Array(16),o=qp(r);return o.setBigUint64(0,BigInt(t),n),o.setBigUint64(8,BigInt(e),n),r}function Ar(e){return e.byteOffset%4===0}function Vn(e){return Uint8Array.from(be(e))}var xl=e=>Uint8Array.from(e.split(""),t=>t.charCodeAt(0)),Bp=Bt(gt(xl("expand 16-byte k"))),_p=Bt(gt(xl("expand 32-byte k")));function oe(e,t){return e<<t|e>>>32-t}var jr=64,Op=16,us=2**32-1,vl=Uint32Array.of();function Rp(e,t,n,r,o,i,s,a){let c=o.length,d=new Uint8Array(jr),h=gt(d),g=nn&&Ar(o)&&Ar(i),l=g?gt(o):vl,u=g?gt(i):vl;if(!nn){for(let p=0;p<c;s++){if(e(t,n,r,h,s,a),Bt(h),s>=us)throw new Error("arx: counter overflow");let f=Math.min(jr,c-p);for(let b=0,w;b<f;b++)w=p+b,i[w]=o[w]^d[b];p+=f}return}for(let p=0;p<c;s++){if(e(t,n,r,h,s,a),s>=us)throw new Error("arx: counter overflow");let f=Math.min(jr,c-p);if(g&&f===jr){let b=p/4;if(p%4!==0)throw new Error("arx: invalid block position");for(let w=0,m;w<Op;w++)m=b+w,u[m]=l[m]^h[w];p+=jr;continue}for(let b=0,w;b<f;b++)w=p+b,i[w]=o[w]^d[b];p+=f}}function kl(e,t){let{allowShortKeys:n,extendNonceFn:r,counterLength:o,counterRight:i,rounds:s}=ml({allowShortKeys:!1,counterLength:8,counterRight:!1,rounds:20},t);if(typeof e!="function")throw new Error("core must be a function");return wn(o),wn(s),jo(i),jo(n),(a,c,d,h,g=0)=>{be(a,void 0,"key"),be(c,void 0,"nonce"),be(d,void 0,"data");let l=d.length,u=h!==void 0;if(h=qr(l,h,!1),u&&hl(d,h),wn(g),g<0||g>=us)throw new Error("arx: counter overflow");let p=[],f=a.length,b,w;if(f===32)p.push(b=Vn(a)),w=_p;else if(f===16&&n)b=new Uint8Array(32),b.set(a),b.set(a,16),w=Bp,p.push(b);else throw be(a,32,"arx key"),new Error("invalid key size");(!nn||!Ar(c))&&p.push(c=Vn(c));let m=gt(b);if(r){if(c.length!==24)throw new Error("arx: extended nonce must be 24 bytes");let x=c.subarray(0,16);if(nn)r(w,m,gt(x),m);else{let S=Bt(Uint32Array.from(w));r(S,m,gt(x),m),st(S),Bt(m)}c=c.subarray(16)}else nn||Bt(m);let y=16-o;if(y!==c.length)throw new Error(`arx: nonce must be ${y} or 16 bytes`);if(y!==12){let x=new Uint8Array(12);x.set(c,i?0:12-c.length),c=x,p.push(c)}let v=Bt(gt(c));try{return Rp(e,w,m,v,d,h,g,s),h}finally{st(...p)}}}function _e(e,t){return e[t++]&255|(e[t++]&255)<<8}var fs=class{blockLen=16;outputLen=16;buffer=new Uint8Array(16);r=new Uint16Array(10);h=new Uint16Array(10);pad=new Uint16Array(8);pos=0;finished=!1;destroyed=!1;constructor(t){t=Vn(be(t,32,"key"));let n=_e(t,0),r=_e(t,2),o=_e(t,4),i=_e(t,6),s=_e(t,8),a=_e(t,10),c=_e(t,12),d=_e(t,14);this.r[0]=n&8191,this.r[1]=(n>>>13|r<<3)&8191,this.r[2]=(r>>>10|o<<6)&7939,this.r[3]=(o>>>7|i<<9)&8191,this.r[4]=(i>>>4|s<<12)&255,this.r[5]=s>>>1&8190,this.r[6]=(s>>>14|a<<2)&8191,this.r[7]=(a>>>11|c<<5)&8065,this.r[8]=(c>>>8|d<<8)&8191,this.r[9]=d>>>5&127;for(let h=0;h<8;h++)this.pad[h]=_e(t,16+2*h)}process(t,n,r=!1){let o=r?0:2048,{h:i,r:s}=this,a=s[0],c=s[1],d=s[2],h=s[3],g=s[4],l=s[5],u=s[6],p=s[7],f=s[8],b=s[9],w=_e(t,n+0),m=_e(t,n+2),y=_e(t,n+4),v=_e(t,n+6),x=_e(t,n+8),S=_e(t,n+10),j=_e(t,n+12),_=_e(t,n+14),k=i[0]+(w&8191),$=i[1]+((w>>>13|m<<3)&8191),T=i[2]+((m>>>10|y<<6)&8191),O=i[3]+((y>>>7|v<<9)&8191),C=i[4]+((v>>>4|x<<12)&8191),z=i[5]+(x>>>1&8191),R=i[6]+((x>>>14|S<<2)&8191),q=i[7]+((S>>>11|j<<5)&8191),A=i[8]+((j>>>8|_<<8)&8191),M=i[9]+(_>>>5|o),L=0,B=L+k*a+$*(5*b)+T*(5*f)+O*(5*p)+C*(5*u);L=B>>>13,B&=8191,B+=z*(5*l)+R*(5*g)+q*(5*h)+A*(5*d)+M*(5*c),L+=B>>>13,B&=8191;let E=L+k*c+$*a+T*(5*b)+O*(5*f)+C*(5*p);L=E>>>13,E&=8191,E+=z*(5*u)+R*(5*l)+q*(5*g)+A*(5*h)+M*(5*d),L+=E>>>13,E&=8191;let N=L+k*d+$*c+T*a+O*(5*b)+C*(5*f);L=N>>>13,N&=8191,N+=z*(5*p)+R*(5*u)+q*(5*l)+A*(5*g)+M*(5*h),L+=N>>>13,N&=8191;let U=L+k*h+$*d+T*c+O*a+C*(5*b);L=U>>>13,U&=8191,U+=z*(5*f)+R*(5*p)+q*(5*u)+A*(5*l)+M*(5*g),L+=U>>>13,U&=8191;let F=L+k*g+$*h+T*d+O*c+C*a;L=F>>>13,F&=8191,F+=z*(5*b)+R*(5*f)+q*(5*p)+A*(5*u)+M*(5*l),L+=F>>>13,F&=8191;let K=L+k*l+$*g+T*h+O*d+C*c;L=K>>>13,K&=8191,K+=z*a+R*(5*b)+q*(5*f)+A*(5*p)+M*(5*u),L+=K>>>13,K&=8191;let H=L+k*u+$*l+T*g+O*h+C*d;L=H>>>13,H&=8191,H+=z*c+R*a+q*(5*b)+A*(5*f)+M*(5*p),L+=H>>>13,H&=8191;let G=L+k*p+$*u+T*l+O*g+C*h;L=G>>>13,G&=8191,G+=z*d+R*c+q*a+A*(5*b)+M*(5*f),L+=G>>>13,G&=8191;let W=L+k*f+$*p+T*u+O*l+C*g;L=W>>>13,W&=8191,W+=z*h+R*d+q*c+A*a+M*(5*b),L+=W>>>13,W&=8191;let X=L+k*b+$*f+T*p+O*u+C*l;L=X>>>13,X&=8191,X+=z*g+R*h+q*d+A*c+M*a,L+=X>>>13,X&=8191,L=(L<<2)+L|0,L=L+B|0,B=L&8191,L=L>>>13,E+=L,i[0]=B,i[1]=E,i[2]=N,i[3]=U,i[4]=F,i[5]=K,i[6]=H,i[7]=G,i[8]=W,i[9]=X}finalize(){let{h:t,pad:n}=this,r=new Uint16Array(10),o=t[1]>>>13;t[1]&=8191;for(let a=2;a<10;a++)t[a]+=o,o=t[a]>>>13,t[a]&=8191;t[0]+=o*5,o=t[0]>>>13,t[0]&=8191,t[1]+=o,o=t[1]>>>13,t[1]&=8191,t[2]+=o,r[0]=t[0]+5,o=r[0]>>>13,r[0]&=8191;for(let a=1;a<10;a++)r[a]=t[a]+o,o=r[a]>>>13,r[a]&=8191;r[9]-=8192;let i=(o^1)-1;for(let a=0;a<10;a++)r[a]&=i;i=~i;for(let a=0;a<10;a++)t[a]=t[a]&i|r[a];t[0]=(t[0]|t[1]<<13)&65535,t[1]=(t[1]>>>3|t[2]<<10)&65535,t[2]=(t[2]>>>6|t[3]<<7)&65535,t[3]=(t[3]>>>9|t[4]<<4)&65535,t[4]=(t[4]>>>12|t[5]<<1|t[6]<<14)&65535,t[5]=(t[6]>>>2|t[7]<<11)&65535,t[6]=(t[7]>>>5|t[8]<<8)&65535,t[7]=(t[8]>>>8|t[9]<<5)&65535;let s=t[0]+n[0];t[0]=s&65535;for(let a=1;a<8;a++)s=(t[a]+n[a]|0)+(s>>>16)|0,t[a]=s&65535;st(r)}update(t){ds(this),be(t),t=Vn(t);let{buffer:n,blockLen:r}=this,o=t.length;for(let i=0;i<o;){let s=Math.min(r-this.pos,o-i);if(s===r){for(;r<=o-i;i+=r)this.process(t,i);continue}n.set(t.subarray(i,i+s),this.pos),this.pos+=s,i+=s,this.pos===r&&(this.process(n,0,!1),this.pos=0)}return this}destroy(){this.destroyed=!0,st(this.h,this.r,this.buffer,this.pad)}digestInto(t){ds(this),pl(t,this),this.finished=!0;let{buffer:n,h:r}=this,{pos:o}=this;if(o){for(n[o++]=1;o<16;o++)n[o]=0;this.process(n,0,!0)}this.finalize();let i=0;for(let s=0;s<8;s++)t[i++]=r[s]>>>0,t[i++]=r[s]>>>8}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let r=t.slice(0,n);return this.destroy(),r}},El=yl(32,e=>new fs(e));function Lp(e,t,n,r,o,i=20){let s=e[0],a=e[1],c=e[2],d=e[3],h=t[0],g=t[1],l=t[2],u=t[3],p=t[4],f=t[5],b=t[6],w=t[7],m=o,y=n[0],v=n[1],x=n[2],S=s,j=a,_=c,k=d,$=h,T=g,O=l,C=u,z=p,R=f,q=b,A=w,M=m,L=y,B=v,E=x;for(let U=0;U<i;U+=2)S=S+$|0,M=oe(M^S,16),z=z+M|0,$=oe($^z,12),S=S+$|0,M=oe(M^S,8),z=z+M|0,$=oe($^z,7),j=j+T|0,L=oe(L^j,16),R=R+L|0,T=oe(T^R,12),j=j+T|0,L=oe(L^j,8),R=R+L|0,T=oe(T^R,7),_=_+O|0,B=oe(B^_,16),q=q+B|0,O=oe(O^q,12),_=_+O|0,B=oe(B^_,8),q=q+B|0,O=oe(O^q,7),k=k+C|0,E=oe(E^k,16),A=A+E|0,C=oe(C^A,12),k=k+C|0,E=oe(E^k,8),A=A+E|0,C=oe(C^A,7),S=S+T|0,E=oe(E^S,16),q=q+E|0,T=oe(T^q,12),S=S+T|0,E=oe(E^S,8),q=q+E|0,T=oe(T^q,7),j=j+O|0,M=oe(M^j,16),A=A+M|0,O=oe(O^A,12),j=j+O|0,M=oe(M^j,8),A=A+M|0,O=oe(O^A,7),_=_+C|0,L=oe(L^_,16),z=z+L|0,C=oe(C^z,12),_=_+C|0,L=oe(L^_,8),z=z+L|0,C=oe(C^z,7),k=k+$|0,B=oe(B^k,16),R=R+B|0,$=oe($^R,12),k=k+$|0,B=oe(B^k,8),R=R+B|0,$=oe($^R,7);let N=0;r[N++]=s+S|0,r[N++]=a+j|0,r[N++]=c+_|0,r[N++]=d+k|0,r[N++]=h+$|0,r[N++]=g+T|0,r[N++]=l+O|0,r[N++]=u+C|0,r[N++]=p+z|0,r[N++]=f+R|0,r[N++]=b+q|0,r[N++]=w+A|0,r[N++]=m+M|0,r[N++]=y+L|0,r[N++]=v+B|0,r[N++]=x+E|0}var Np=kl(Lp,{counterRight:!1,counterLength:4,allowShortKeys:!1});var Cp=new Uint8Array(16),$l=(e,t)=>{e.update(t);let n=t.length%16;n&&e.update(Cp.subarray(n))},Ip=new Uint8Array(32);function zl(e,t,n,r,o){o!==void 0&&be(o,void 0,"AAD");let i=e(t,n,Ip),s=wl(r.length,o?o.length:0,!0),a=El.create(i);o&&$l(a,o),$l(a,r),a.update(s);let c=a.digest();return st(i,s),c}var Mp=e=>(t,n,r)=>({encrypt(i,s){let a=i.length;s=qr(a+16,s,!1),s.set(i);let c=s.subarray(0,-16);e(t,n,c,c,1);let d=zl(e,t,n,c,r);return s.set(d,a),st(d),s},decrypt(i,s){s=qr(i.length-16,s,!1);let a=i.subarray(0,-16),c=i.subarray(-16),d=zl(e,t,n,a,r);if(!gl(c,d))throw st(d),new Error("invalid tag");return s.set(i.subarray(0,-16)),e(t,n,s,s,1),st(d),s}}),De=bl({blockSize:64,nonceLength:12,tagLength:16,withAAD:!0},Mp(Np));var Up=BigInt(0),ps=class extends Error{constructor(t=""){super(t)}},_t={Err:ps,_tlv:{encode:(e,t)=>{let{Err:n}=_t;if(At(e,"tag"),e<0||e>255)throw new n("tlv.encode: wrong tag");if(tc(t,"data"),t.length&1)throw new n("tlv.encode: unpadded data");let r=t.length/2,o=gr(r);if(o.length/2&128)throw new n("tlv.encode: long form length too big");let i=r>127?gr(o.length/2|128):"";return gr(e)+i+o+t},decode(e,t){let{Err:n}=_t;t=ne(t,void 0,"DER data");let r=0;if(e<0||e>255)throw new n("tlv.decode: wrong tag");if(t.length<2||t[r++]!==e)throw new n("tlv.decode: wrong tlv");let o=t[r++],i=!!(o&128),s=0;if(!i)s=o;else{let c=o&127;if(!c)throw new n("tlv.decode(long): indefinite length not supported");if(c>4)throw new n("tlv.decode(long): byte length is too big");let d=t.subarray(r,r+c);if(d.length!==c)throw new n("tlv.decode: length bytes not complete");if(d[0]===0)throw new n("tlv.decode(long): zero leftmost byte");for(let h of d)s=s<<8|h;if(r+=c,s<128)throw new n("tlv.decode(long): not minimal encoding")}let a=t.subarray(r,r+s);if(a.length!==s)throw new n("tlv.decode: wrong value length");return{v:a,l:t.subarray(r+s)}}},_int:{encode(e){let{Err:t}=_t;if(so(e),e<Up)throw new t("integer: negative integers are not allowed");let n=gr(e);if(Number.parseInt(n[0],16)&8&&(n="00"+n),n.length&1)throw new t("unexpected DER parsing assertion: unpadded hex");return n},decode(e){let{Err:t}=_t;if(e.length<1)throw new t("invalid signature integer: empty");if(e[0]&128)throw new t("invalid signature integer: negative");if(e.length>1&&e[0]===0&&!(e[1]&128))throw new t("invalid signature integer: unnecessary leading zero");return Je(e)}},toSig(e,t){let{Err:n,_int:r,_tlv:o}=_t;if(t!==void 0&&(At(t,"maxScalarBytes"),t<1))throw new n("invalid signature: maxScalarBytes must be positive");let i=ne(e,void 0,"signature"),{v:s,l:a}=o.decode(48,i);if(a.length)throw new n("invalid signature: left bytes after parsing");let{v:c,l:d}=o.decode(2,s),{v:h,l:g}=o.decode(2,d);if(g.length)throw new n("invalid signature: left bytes after parsing");if(t!==void 0&&(c.length>t||h.length>t))throw new n("invalid signature: integer too large");return{r:r.decode(c),s:r.decode(h)}},hexFromSig(e){let{_tlv:t,_int:n}=_t;Ae(e,{r:"bigint",s:"bigint"},{},"sig");let r=t.encode(2,n.encode(e.r)),o=t.encode(2,n.encode(e.s)),i=r+o;return t.encode(48,i)}},To=(Object.freeze(_t._tlv),Object.freeze(_t._int),Object.freeze(_t));var Sl=(e,t)=>(e+(e>=0?t:-t)/ql)/t;function Pp(e,t,n){dt("scalar",e,Ot,n);let[[r,o],[i,s]]=t,a=Sl(s*e,n),c=Sl(-o*e,n),d=e-a*r-c*i,h=-a*o-c*s,g=d<Ot,l=h<Ot;g&&(d=-d),l&&(h=-h);let u=br(Math.ceil(Un(n)/2))+vn;if(d<Ot||d>=u||h<Ot||h>=u)throw new Error("splitScalar (endomorphism): failed for k");return{k1neg:g,k1:d,k2neg:l,k2:h}}function gs(e){if(!["compact","recovered","der"].includes(e))throw new Error('Signature format must be "compact", "recovered", or "der"');return e}function hs(e,t){Ae(e);let n={};for(let r of Object.keys(t))n[r]=e[r]===void 0?t[r]:e[r];return Pe(n.lowS,"lowS"),Pe(n.prehash,"prehash"),n.format!==void 0&&gs(n.format),n}var Ot=BigInt(0),vn=BigInt(1),ql=BigInt(2),ms=BigInt(3),Dp=BigInt(4);function ys(e,t={}){let n=ho("weierstrass",e,t),r=n.Fp,o=n.Fn,i=n.CURVE,{h:s,n:a}=i;Ae(t,{},{allowInfinityPoint:"boolean",clearCofactor:"function",isTorsionFree:"function",fromBytes:"function",toBytes:"function",endo:"object",randomBytes:"function"});let{endo:c,allowInfinityPoint:d,clearCofactor:h,isTorsionFree:g,fromBytes:l,toBytes:u}=t,p=t.randomBytes===void 0?qt:t.randomBytes;if(c&&(!r.is0(i.a)||typeof c.beta!="bigint"||!Array.isArray(c.basises)))throw new Error('invalid endo: expected "beta": bigint and "basises": array');let f=c?{beta:c.beta,basises:c.basises.map(B=>[...B])}:void 0,b=jl(r,o);function w(){if(!r.isOdd)throw new Error("compression is not supported: Field does not have .isOdd()")}function m(B,E,N){if(E.is0()){if(!d)throw new Error("bad point: ZERO");return Uint8Array.of(0)}let{x:U,y:F}=E.toAffine(),K=r.toBytes(U);if(Pe(N,"isCompressed"),N){w();let H=!r.isOdd(F);return we(Al(H),K)}else return we(Uint8Array.of(4),K,r.toBytes(F))}function y(B){ne(B,void 0,"Point");let{publicKey:E,publicKeyUncompressed:N}=b,U=B.length,F=B[0],K=B.subarray(1);if(d&&U===1&&F===0)return{x:r.ZERO,y:r.ZERO};if(U===E&&(F===2||F===3)){let H=r.fromBytes(K);if(!r.isValid(H))throw new Error("bad point: is not on curve, wrong x");let G=_(H),W;try{W=r.sqrt(G)}catch(fe){let ce=fe instanceof Error?": "+fe.message:"";throw new Error("bad point: is not on curve, sqrt error"+ce)}w();let X=r.isOdd(W);return(F&1)===1!==X&&(W=r.neg(W)),{x:H,y:W}}else if(U===N&&F===4){let H=r.BYTES,G=r.fromBytes(K.subarray(0,H)),W=r.fromBytes(K.subarray(H,H*2));if(!k(G,W))throw new Error("bad point: is not on curve");return{x:G,y:W}}else throw new Error(`bad point: got length ${U}, expected compressed=${E} or uncompressed=${N}`)}let v=u===void 0?m:u,x=l===void 0?y:l,S=r.mul(i.b,ms),j=r.is0(i.a)?B=>r.ZERO:B=>r.mul(i.a,B);function _(B){let E=r.sqr(B),N=r.mul(E,B);return r.add(r.add(N,r.mul(B,i.a)),i.b)}function k(B,E){let N=r.sqr(E),U=_(B);return r.eql(N,U)}if(!k(i.Gx,i.Gy))throw new Error("bad curve params: generator point");let $=r.mul(r.pow(i.a,ms),Dp),T=r.mul(r.sqr(i.b),BigInt(27));if(r.is0(r.add($,T)))throw new Error("bad curve params: a or b");function O(B,E,N=!1){if(!r.isValid(E)||N&&r.is0(E))throw new Error(`bad point coordinate ${B}`);return typeof E=="object"&&E!==null?r.create(E):E}function C(B){if(!(B instanceof A))throw new Error("Weierstrass Point expected")}function z(B){if(!f||!f.basises)throw new Error("no endo");return Pp(B,f.basises,o.ORDER)}function R(B,E,N,U){if(!o.isValid(U))throw new RangeError("invalid scalar: out of range");if(f){let{k1neg:F,k1:K,k2neg:H,k2:G}=z(U),W=new A(r.mul(N.X,f.beta),N.Y,N.Z);B.push(F?N.negate():N,H?W.negate():W),E.push(K,G)}else B.push(N),E.push(U)}let q=new WeakSet;class A{static BASE=new A(i.Gx,i.Gy,r.ONE);static ZERO=new A(r.ZERO,r.ONE,r.ZERO);static Fp=r;static Fn=o;X;Y;Z;constructor(E,N,U){this.X=O("x",E),this.Y=O("y",N,!0),this.Z=O("z",U),Object.freeze(this)}static CURVE(){return i}static fromAffine(E){let{x:N,y:U}=E||{};if(!E||!r.isValid(N)||!r.isValid(U))throw new Error("invalid affine point");if(E instanceof A)throw new Error("projective point not allowed");return r.is0(N)&&r.is0(U)?A.ZERO:new A(N,U,r.ONE)}static fromBytes(E){let N=A.fromAffine(x(ne(E,void 0,"point")));return N.assertValidity(),N}static fromHex(E){return A.fromBytes(In(E))}get x(){return this.toAffine().x}get y(){return this.toAffine().y}precompute(E=6,N=!0){return L.setWindowSize(this,E),N||this.multiply(ms),this}assertValidity(){let E=this;if(E.is0()){if(d&&r.is0(E.X)&&r.eql(E.Y,r.ONE)&&r.is0(E.Z))return;throw new Error("bad point: ZERO")}if(q.has(E))return;let{x:N,y:U}=E.toAffine();if(!r.isValid(N)||!r.isValid(U))throw new Error("bad point: x or y not field elements");if(!k(N,U))throw new Error("bad point: equation left != right");if(!E.isTorsionFree())throw new Error("bad point: not in prime-order subgroup");q.add(E)}hasEvenY(){let{y:E}=this.toAffine();if(!r.isOdd)throw new Error("Field doesn't support isOdd");return!r.isOdd(E)}equals(E){C(E);let{X:N,Y:U,Z:F}=this,{X:K,Y:H,Z:G}=E,W=r.eql(r.mul(N,G),r.mul(K,F)),X=r.eql(r.mul(U,G),r.mul(H,F));return W&&X}negate(){return new A(this.X,r.neg(this.Y),this.Z)}double(){let{X:E,Y:N,Z:U}=this,F=r.ZERO,K=r.ZERO,H=r.ZERO,G=r.mul(E,E),W=r.mul(N,N),X=r.mul(U,U),Z=r.mul(E,N);return Z=r.add(Z,Z),H=r.mul(E,U),H=r.add(H,H),F=j(H),K=r.mul(S,X),K=r.add(F,K),F=r.sub(W,K),K=r.add(W,K),K=r.mul(F,K),F=r.mul(Z,F),H=r.mul(S,H),X=j(X),Z=r.sub(G,X),Z=j(Z),Z=r.add(Z,H),H=r.add(G,G),G=r.add(H,G),G=r.add(G,X),G=r.mul(G,Z),K=r.add(K,G),X=r.mul(N,U),X=r.add(X,X),G=r.mul(X,Z),F=r.sub(F,G),H=r.mul(X,W),H=r.add(H,H),H=r.add(H,H),new A(F,K,H)}add(E){C(E);let{X:N,Y:U,Z:F}=this,{X:K,Y:H,Z:G}=E,W=r.ZERO,X=r.ZERO,Z=r.ZERO,fe=r.mul(N,K),ce=r.mul(U,H),ge=r.mul(F,G),Me=r.add(N,U),de=r.add(K,H);Me=r.mul(Me,de),de=r.add(fe,ce),Me=r.sub(Me,de),de=r.add(N,F);let pe=r.add(K,G);return de=r.mul(de,pe),pe=r.add(fe,ge),de=r.sub(de,pe),pe=r.add(U,F),W=r.add(H,G),pe=r.mul(pe,W),W=r.add(ce,ge),pe=r.sub(pe,W),Z=j(de),W=r.mul(S,ge),Z=r.add(W,Z),W=r.sub(ce,Z),Z=r.add(ce,Z),X=r.mul(W,Z),ce=r.add(fe,fe),ce=r.add(ce,fe),ge=j(ge),de=r.mul(S,de),ce=r.add(ce,ge),ge=r.sub(fe,ge),ge=j(ge),de=r.add(de,ge),fe=r.mul(ce,de),X=r.add(X,fe),fe=r.mul(pe,de),W=r.mul(Me,W),W=r.sub(W,fe),fe=r.mul(Me,ce),Z=r.mul(pe,Z),Z=r.add(Z,fe),new A(W,X,Z)}subtract(E){return C(E),this.add(E.negate())}is0(){return this.equals(A.ZERO)}multiply(E){if(!o.isValidNot0(E))throw new RangeError("invalid scalar: out of range");let{p:N,f:U}=L.mulSecret(this,E,s,M);return M([N,U])[0]}multiplyUnsafe(E){let N=this,U=E;if(!o.isValid(U))throw new RangeError("invalid scalar: out of range");if(U===Ot||N.is0())return A.ZERO;if(U===vn)return N;if(L.hasWindowSize(this))return L.mulUnsafe(N,U,M);let F=[],K=[];return R(F,K,N,U),po(A,F,K)}mulAddUnsafe(E,N,U){C(N);let F=[],K=[];return R(F,K,this,E),R(F,K,N,U),po(A,F,K)}toAffine(E){let N=this,U=E;if(U!=null&&!r.isValid(U))throw new RangeError('"invertedZ" expected valid field element');let{X:F,Y:K,Z:H}=N;if(r.eql(H,r.ONE))return{x:F,y:K};let G=N.is0();U==null&&(U=G?r.ONE:r.inv(H));let W=r.mul(F,U),X=r.mul(K,U),Z=r.mul(H,U);if(G)return{x:r.ZERO,y:r.ZERO};if(!r.eql(Z,r.ONE))throw new Error("invZ was invalid");return{x:W,y:X}}isTorsionFree(){return s===vn?!0:g?g(A,this):L.mulUnsafe(this,a).is0()}clearCofactor(){return s===vn?this:h?h(A,this):this.multiplyUnsafe(s)}isSmallOrder(){return s===vn?this.is0():this.clearCofactor().is0()}toBytes(E=!0){return Pe(E,"isCompressed"),this.assertValidity(),v(A,this,E)}toHex(E=!0){return mr(this.toBytes(E))}toString(){return`<Point ${this.is0()?"ZERO":this.toHex()}>`}}let M=B=>fo(A,B),L=new Dn(A,p);return L.bits>=6&&A.BASE.precompute(6),Object.freeze(A.prototype),Object.freeze(A),A}function Al(e){return Uint8Array.of(e?2:3)}function jl(e,t){return{secretKey:t.BYTES,publicKey:1+e.BYTES,publicKeyUncompressed:1+2*e.BYTES,publicKeyHasPrefix:!0,signature:2*t.BYTES}}function Fp(e,t={}){Qt(e);let{Fn:n}=e,r=t.randomBytes===void 0?qt:t.randomBytes,o=Object.assign(jl(e.Fp,n),{seed:Math.max(uo(n.ORDER),16)});function i(u){try{let p=n.fromBytes(u);return n.isValidNot0(p)}catch{return!1}}function s(u,p){let{publicKey:f,publicKeyUncompressed:b}=o;try{let w=u.length;return p===!0&&w!==f||p===!1&&w!==b?!1:!e.fromBytes(u).is0()}catch{return!1}}function a(u){return u=u===void 0?r(o.seed):u,Pi(ne(u,o.seed,"seed"),n.ORDER)}function c(u,p=!0){return e.BASE.multiply(n.fromBytes(u)).toBytes(p)}function d(u){let{secretKey:p,publicKey:f,publicKeyUncompressed:b}=o,w=n._lengths;if(!Yt(u))return;let m=ne(u,void 0,"key").length,y=m===f||m===b,v=m===p||!!w?.includes(m);if(!(y&&v))return y}function h(u,p,f=!0){if(d(u)===!0)throw new Error("first arg must be private key");if(d(p)===!1)throw new Error("second arg must be public key");let b=n.fromBytes(u),w=e.fromBytes(p);if(w.is0())throw new Error("invalid public key: point at infinity");return w.multiply(b).toBytes(f)}let g={isValidSecretKey:i,isValidPublicKey:s,randomSecretKey:a},l=Fn(a,c);return Object.freeze(g),Object.freeze(o),Object.freeze({getPublicKey:c,getSharedSecret:h,keygen:l,Point:e,utils:g,lengths:o})}function bs(e,t,n={}){Qt(e);let r=t;Re(r),Ae(n,{},{hmac:"function",lowS:"boolean",randomBytes:"function",bits2int:"function",bits2int_modN:"function"});let o=Object.assign({},n),i=o.randomBytes===void 0?qt:o.randomBytes,s=o.hmac===void 0?(B,E)=>ot(r,B,E):o.hmac,{Fp:a,Fn:c}=e,{ORDER:d,BITS:h}=c,g=uo(d),l=Hi(i,g),{keygen:u,getPublicKey:p,getSharedSecret:f,utils:b,lengths:w}=Fp(e,o),m={prehash:!0,lowS:typeof o.lowS=="boolean"?o.lowS:!0,format:"compact",extraEntropy:!1},y=d*ql+vn<a.ORDER;function v(B){let E=d>>vn;return B>E}function x(B,E){if(!c.isValidNot0(E))throw new Error(`invalid signature ${B}: out of range 1..Point.Fn.ORDER`);return E}function S(){if(!a.isOdd)throw new Error("Field doesn't support isOdd")}function j(B,E,N){return S(),(B===N?0:2)|Number(a.isOdd(E))}function _(){if(y)throw new Error('"recovered" sig type is not supported for cofactor >2 curves')}function k(B,E){gs(E);let N=w.signature,U=E==="compact"?N:E==="recovered"?N+1:void 0;return ne(B,U)}class ${r;s;recovery;constructor(E,N,U){if(this.r=x("r",E),this.s=x("s",N),U!=null){if(_(),![0,1,2,3].includes(U))throw new Error("invalid recovery id");this.recovery=U}Object.freeze(this)}static fromBytes(E,N=m.format){k(E,N);let U;if(N==="der"){if(E.length>2*c.BYTES+16)throw new To.Err("invalid signature: DER signature too long");let{r:G,s:W}=To.toSig(ne(E),c.BYTES+1);return new $(G,W)}N==="recovered"&&(U=E[0],N="compact",E=E.subarray(1));let F=w.signature/2,K=E.subarray(0,F),H=E.subarray(F,F*2);return new $(c.fromBytes(K),c.fromBytes(H),U)}static fromHex(E,N){return this.fromBytes(In(E),N)}assertRecovery(){let{recovery:E}=this;if(E==null)throw new Error("invalid recovery id: must be present");return E}addRecoveryBit(E){return new $(this.r,this.s,E)}recoverPublicKey(E){let{r:N,s:U}=this,F=this.assertRecovery(),K=F===2||F===3?N+d:N;if(!a.isValid(K))throw new Error("invalid recovery id: sig.r+curve.n != R.x");let H=a.toBytes(K),G=e.fromBytes(we(Al((F&1)===0),H)),W=c.inv(K),X=O(ne(E,void 0,"msgHash")),Z=c.create(-X*W),fe=c.create(U*W),ce=e.BASE.mulAddUnsafe(Z,G,fe);if(ce.is0())throw new Error("invalid recovery: point at infinify");return ce.assertValidity(),ce}hasHighS(){return v(this.s)}toBytes(E=m.format){if(gs(E),E==="der")return In(To.hexFromSig(this));let{r:N,s:U}=this,F=c.toBytes(N),K=c.toBytes(U);return E==="recovered"?(_(),we(Uint8Array.of(this.assertRecovery()),F,K)):we(F,K)}toHex(E){return mr(this.toBytes(E))}}Object.freeze($.prototype),Object.freeze($);let T=o.bits2int===void 0?function(E){if(E.length>8192)throw new Error("input is too large");let N=Je(E),U=E.length*8-h;return U>0?N>>BigInt(U):N}:o.bits2int,O=o.bits2int_modN===void 0?function(E){return c.create(T(E))}:o.bits2int_modN,C=br(h);function z(B){return dt("num < 2^"+h,B,Ot,C),c.toBytes(B)}function R(B,E){return ne(B,void 0,"message"),E?ne(r(B),void 0,"prehashed message"):B}function q(B,E,N){let{lowS:U,prehash:F,extraEntropy:K}=hs(N,m);B=R(B,F);let H=O(B),G=c.fromBytes(E);if(!c.isValidNot0(G))throw new Error("invalid private key");let W=[z(G),z(H)];if(K!=null&&K!==!1){let ce=K===!0?i(w.secretKey):K;W.push(ne(ce,void 0,"extraEntropy"))}let X=we(...W),Z=H;function fe(ce){let ge=T(ce);if(!c.isValidNot0(ge))return;let Me=e.BASE.multiply(ge).toAffine(),de=c.create(Me.x);if(de===Ot)return;let pe;if(l!==void 0){let Ct=Je(Pi(l(g),d)),Nu=c.inv(c.mul(Ct,ge)),Cu=c.mul(Ct,Z),Iu=c.mul(Ct,G);pe=c.create(Nu*c.create(Cu+Iu*de))}else{let Ct=uc(ge,d);pe=c.create(Ct*c.create(Z+de*G))}if(pe===Ot)return;let Tn=j(Me.x,Me.y,de),or=pe;return U&&v(pe)&&(or=c.neg(pe),Tn^=1),new $(de,or,y?void 0:Tn)}return{seed:X,k2sig:fe}}function A(B,E,N={}){let{seed:U,k2sig:F}=q(B,E,N);return rc(r.outputLen,c.BYTES,s)(U,F).toBytes(N.format)}function M(B,E,N,U={}){let{lowS:F,prehash:K,format:H}=hs(U,m);if(N=ne(N,void 0,"publicKey"),E=R(E,K),!Yt(B)){let G=B instanceof $?", use sig.toBytes()":"";throw new Error("verify expects Uint8Array signature"+G)}k(B,H);try{let G=$.fromBytes(B,H),W=e.fromBytes(N);if(W.is0()||F&&G.hasHighS())return!1;let{r:X,s:Z}=G,fe=O(E),ce=c.inv(Z),ge=c.create(fe*ce),Me=c.create(X*ce),de=e.BASE.mulAddUnsafe(ge,W,Me);if(de.is0())return!1;let pe=de.toAffine();return!(c.create(pe.x)!==X||H==="recovered"&&G.recovery!==j(pe.x,pe.y,X))}catch{return!1}}function L(B,E,N={}){let{prehash:U}=hs(N,m);return E=R(E,U),$.fromBytes(B,"recovered").recoverPublicKey(E).toBytes()}return Object.freeze({keygen:u,getPublicKey:p,getSharedSecret:f,utils:b,lengths:w,Point:e,sign:A,verify:M,recoverPublicKey:L,Signature:$,hash:r})}var Kp={p:BigInt("0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff"),n:BigInt("0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"),h:BigInt(1),a:BigInt("0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc"),b:BigInt("0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b"),Gx:BigInt("0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"),Gy:BigInt("0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5")},Hp={p:BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff"),n:BigInt("0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973"),h:BigInt(1),a:BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffc"),b:BigInt("0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef"),Gx:BigInt("0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7"),Gy:BigInt("0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f")};var Gp=ys(Kp),Rt=bs(Gp,Y);var Wp=ys(Hp),Tl=bs(Wp,Pa);var Vp=BigInt(0),Tr=BigInt(1),Yp=BigInt(2),Jp=BigInt(7),Xp=BigInt(256),Zp=BigInt(113),Ol=[],Rl=[],Ll=[];for(let e=0,t=Tr,n=1,r=0;e<24;e++){[n,r]=[r,(2*n+3*r)%5],Ol.push(2*(5*r+n)),Rl.push((e+1)*(e+2)/2%64);let o=Vp;for(let i=0;i<7;i++)t=(t<<Tr^(t>>Jp)*Zp)%Xp,t&Yp&&(o^=Tr<<(Tr<<BigInt(i))-Tr);Ll.push(o)}var Nl=Xr(Ll,!0),Qp=Nl[0],eh=Nl[1],th=(e,t,n)=>e<<n|t>>>32-n,nh=(e,t,n)=>t<<n|e>>>32-n,rh=(e,t,n)=>t<<n-32|e>>>64-n,oh=(e,t,n)=>e<<n-32|t>>>64-n,Bl=(e,t,n)=>n>32?rh(e,t,n):th(e,t,n),_l=(e,t,n)=>n>32?oh(e,t,n):nh(e,t,n),Yn=new Uint32Array(10);function ih(e,t=24){if(!(e instanceof Uint32Array))throw new TypeError('"s" expected Uint32Array(50), got type='+typeof e);if(e.length!==50)throw new RangeError('"s" expected Uint32Array(50), got length='+e.length);if(Q(t,"rounds"),t<1||t>24)throw new Error('"rounds" expected integer 1..24');for(let n=24-t;n<24;n++){for(let i=0;i<10;i++)Yn[i]=e[i]^e[i+10]^e[i+20]^e[i+30]^e[i+40];for(let i=0;i<10;i+=2){let s=(i+8)%10,a=(i+2)%10,c=Yn[a],d=Yn[a+1],h=Bl(c,d,1)^Yn[s],g=_l(c,d,1)^Yn[s+1];for(let l=0;l<50;l+=10)e[i+l]^=h,e[i+l+1]^=g}let r=e[2],o=e[3];for(let i=0;i<24;i++){let s=Rl[i],a=Bl(r,o,s),c=_l(r,o,s),d=Ol[i];r=e[d],o=e[d+1],e[d]=a,e[d+1]=c}for(let i=0;i<50;i+=10){let s=e[i],a=e[i+1],c=e[i+2],d=e[i+3];e[i]^=~e[i+2]&e[i+4],e[i+1]^=~e[i+3]&e[i+5],e[i+2]^=~e[i+4]&e[i+6],e[i+3]^=~e[i+5]&e[i+7],e[i+4]^=~e[i+6]&e[i+8],e[i+5]^=~e[i+7]&e[i+9],e[i+6]^=~e[i+8]&s,e[i+7]^=~e[i+9]&a,e[i+8]^=~s&c,e[i+9]^=~a&d}e[0]^=Qp[n],e[1]^=eh[n]}te(Yn)}var Bo=class e{state;pos=0;posOut=0;finished=!1;state32;destroyed=!1;blockLen;suffix;outputLen;canXOF;enableXOF=!1;rounds;constructor(t,n,r,o=!1,i=24){if(Q(t,"blockLen"),Q(n,"suffix"),Q(i,"rounds"),Ta(o,"enableXOF"),this.blockLen=t,this.suffix=n,this.outputLen=r,this.enableXOF=o,this.canXOF=o,this.rounds=i,Q(r,"outputLen"),!(0<t&&t<200))throw new Error('"blockLen" must be 1..199');this.state=new Uint8Array(200),this.state32=je(this.state)}clone(){return this._cloneInto()}keccak(){Be(this.state32),ih(this.state32,this.rounds),Be(this.state32),this.posOut=0,this.pos=0}update(t){We(this),J(t);let{blockLen:n,state:r,state32:o}=this,i=t.length,s=n%4===0&&t.byteOffset%4===0,a=n/4,c=s&&i>=n?je(t):void 0;for(let d=0;d<i;){if(c!==void 0&&this.pos===0&&d%4===0&&i-d>=n){for(let g=0,l=d/4;g<a;g++)o[g]^=c[l+g];d+=n,this.pos=n,this.keccak();continue}let h=Math.min(n-this.pos,i-d);for(let g=0;g<h;g++)r[this.pos++]^=t[d++];this.pos===n&&this.keccak()}return this}finish(){if(this.finished)return;this.finished=!0;let{state:t,suffix:n,pos:r,blockLen:o}=this;t[r]^=n,(n&128)!==0&&r===o-1&&this.keccak(),t[o-1]^=128,this.keccak()}writeInto(t){We(this,!1),J(t),this.finish();let n=this.state,{blockLen:r}=this;for(let o=0,i=t.length;o<i;){this.posOut>=r&&this.keccak();let s=Math.min(r-this.posOut,i-o);t.set(n.subarray(this.posOut,this.posOut+s),o),this.posOut+=s,o+=s}return t}xofInto(t){if(!this.enableXOF)throw new Error("XOF is not enabled");return this.writeInto(t)}xof(t){return Q(t),this.xofInto(new Uint8Array(t))}digestInto(t){if(It(t,this),this.finished)throw new Error("digest() was already called");this.writeInto(t.length===this.outputLen?t:t.subarray(0,this.outputLen)),this.destroy()}digest(){let t=new Uint8Array(this.outputLen);return this.digestInto(t),t}destroy(){this.destroyed=!0,te(this.state)}_cloneInto(t){let{blockLen:n,suffix:r,outputLen:o,rounds:i,enableXOF:s}=this;return t||=new e(n,r,o,s,i),t.blockLen=n,t.state32.set(this.state32),t.pos=this.pos,t.posOut=this.posOut,t.finished=this.finished,t.rounds=i,t.suffix=r,t.outputLen=o,t.enableXOF=s,t.canXOF=this.canXOF,t.destroyed=this.destroyed,t}},Cl=(e,t,n,r={})=>kt(()=>new Bo(t,e,n),r);var xn=Cl(6,136,32,Et(8));var Il=Cl(6,72,64,Et(10));var Ml=(e,t,n,r={})=>kt((o={})=>(o=nt({},o),new Bo(t,e,o.dkLen===void 0?n:o.dkLen,!0)),r),Ul=Ml(31,168,16,Et(11)),yt=Ml(31,136,32,Et(12));var bt=lt;function _o(e,t){if(e.length!==t.length)return!1;let n=0;for(let r=0;r<e.length;r++)n|=e[r]^t[r];return n===0}function Pl(e){return Uint8Array.from(e)}function kn(e,...t){let n=o=>typeof o=="number"?o:o.bytesLen,r=t.reduce((o,i)=>o+n(i),0);return{bytesLen:r,encode:o=>{let i=new Uint8Array(r);for(let s=0,a=0;s<t.length;s++){let c=t[s],d=n(c),h=typeof c=="number"?o[s]:c.encode(o[s]);J(h,d,e),i.set(h,a),typeof c!="number"&&h.fill(0),a+=d}return i},decode:o=>{J(o,r,e);let i=[];for(let s of t){let a=n(s),c=o.subarray(0,a);i.push(typeof s=="number"?c:s.decode(c)),o=o.subarray(a)}return i}}}function Oo(e,t){let n=t*e.bytesLen;return{bytesLen:n,encode:r=>{if(r.length!==t)throw new Error(`vecCoder.encode: wrong length=${r.length}. Expected: ${t}`);let o=new Uint8Array(n);for(let i=0,s=0;i<r.length;i++){let a=e.encode(r[i]);o.set(a,s),a.fill(0),s+=a.length}return o},decode:r=>{J(r,n);let o=[];for(let i=0;i<r.length;i+=e.bytesLen)o.push(e.decode(r.subarray(i,i+e.bytesLen)));return o}}}function $e(...e){for(let t of e)if(Array.isArray(t))for(let n of t)n.fill(0);else t.fill(0)}function ws(e){return(1<<e)-1}var Ny=Uint8Array.of();var Dl=e=>{let{newPoly:t,N:n,Q:r,F:o,ROOT_OF_UNITY:i,brvBits:s,isKyber:a}=e,c=(m,y=r)=>{let v=m%y|0;return(v>=0?v|0:y+v|0)|0},d=(m,y=r)=>{let v=c(m,y)|0;return(v>y>>1?v-y|0:v)|0};function h(){let m=t(n);for(let y=0;y<n;y++){let v=Gi(y,s),x=BigInt(i)**BigInt(v)%BigInt(r);m[y]=Number(x)|0}return m}let g=h(),l={add:(m,y)=>c((m|0)+(y|0))|0,sub:(m,y)=>c((m|0)-(y|0))|0,mul:(m,y)=>c((m|0)*(y|0))|0,inv:m=>{throw new Error("not implemented")}},u={N:n,roots:g,invertButterflies:!0,skipStages:a?1:0,brp:!1},p=Wi(l,{dit:!1,...u}),f=Wi(l,{dit:!0,...u});return{mod:c,smod:d,nttZetas:g,NTT:{encode:m=>p(m),decode:m=>{f(m);for(let y=0;y<m.length;y++)m[y]=c(o*m[y]);return m}},bitsCoder:(m,y)=>{let v=ws(m),x=m*(n/8);return{bytesLen:x,encode:S=>{let j=new Uint8Array(x);for(let _=0,k=0,$=0,T=0;_<S.length;_++)for(k|=(y.encode(S[_])&v)<<$,$+=m;$>=8;$-=8,k>>=8)j[T++]=k&ws($);return j},decode:S=>{let j=t(n);for(let _=0,k=0,$=0,T=0;_<S.length;_++)for(k|=S[_]<<$,$+=8;$>=m;$-=m,k>>=m)j[T++]=y.decode(k&v);return j}}}}},sh=e=>(t,n)=>{n||(n=e.blockLen);let r=new Uint8Array(t.length+2);r.set(t);let o=t.length,i=new Uint8Array(n),s=e.create({}),a=0,c=0;return{stats:()=>({calls:a,xofs:c}),get:(d,h)=>(r[o+0]=d,r[o+1]=h,s.destroy(),s=e.create({}).update(r),a++,()=>(c++,s.xofInto(i))),clean:()=>{s.destroy(),$e(i,r)}}},Fl=sh(Ul);var Oe=256,Lt=3329,ah=3303,ch=17,{mod:Or,nttZetas:lh,NTT:En,bitsCoder:dh}=Dl({N:Oe,Q:Lt,F:ah,ROOT_OF_UNITY:ch,newPoly:e=>new Uint16Array(e),brvBits:7,isKyber:!0}),vs={512:{N:Oe,Q:Lt,K:2,ETA1:3,ETA2:2,du:10,dv:4,RBGstrength:128},768:{N:Oe,Q:Lt,K:3,ETA1:2,ETA2:2,du:10,dv:4,RBGstrength:192},1024:{N:Oe,Q:Lt,K:4,ETA1:2,ETA2:2,du:11,dv:5,RBGstrength:256}},uh=e=>{if(e>=12)return{encode:n=>n,decode:n=>n};let t=2**(e-1);return{encode:n=>((n<<e)+Lt/2)/Lt,decode:n=>n*Lt+t>>>e}},Br=e=>dh(e,uh(e));function $n(e,t){for(let n=0;n<Oe;n++)e[n]=Or(e[n]+t[n])}function fh(e,t){for(let n=0;n<Oe;n++)e[n]=Or(e[n]-t[n])}function ph(e,t,n,r,o){let i=Or(t*r*o+e*n),s=Or(e*r+t*n);return{c0:i,c1:s}}function Ro(e,t){for(let n=0;n<Oe/2;n++){let r=lh[64+(n>>1)];n&1&&(r=-r);let{c0:o,c1:i}=ph(e[2*n+0],e[2*n+1],t[2*n+0],t[2*n+1],r);e[2*n+0]=o,e[2*n+1]=i}return e}function Kl(e){let t=new Uint16Array(Oe);for(let n=0;n<Oe;){let r=e();if(r.length%3)throw new Error("SampleNTT: unaligned block");for(let o=0;n<Oe&&o+3<=r.length;o+=3){let i=(r[o+0]>>0|r[o+1]<<8)&4095,s=(r[o+1]>>4|r[o+2]<<4)&4095;i<Lt&&(t[n++]=i),n<Oe&&s<Lt&&(t[n++]=s)}}return t}function _r(e,t,n,r){let o=e(r*Oe/4,t,n),i=new Uint16Array(Oe),s=je(o),a=0;for(let c=0,d=0,h=0,g=0;c<s.length;c++){let l=s[c];for(let u=0;u<32;u++)h+=l&1,l>>=1,a+=1,a===r?(g=h,h=0):a===2*r&&(i[d++]=Or(g-h),h=0,a=0)}if(a)throw new Error(`sampleCBD: leftover bits: ${a}`);return i}var hh=e=>{let{K:t,PRF:n,XOF:r,HASH512:o,ETA1:i,ETA2:s,du:a,dv:c}=e,d=Br(1),h=Br(c),g=Br(a),l=kn("publicKey",Oo(Br(12),t),32),u=Oo(Br(12),t),p=kn("ciphertext",Oo(g,t),h),f=kn("seed",32,32);return{secretCoder:u,lengths:{secretKey:u.bytesLen,publicKey:l.bytesLen,cipherText:p.bytesLen},keygen:b=>{J(b,32,"seed");let w=new Uint8Array(33);w.set(b),w[32]=t;let m=o(w),[y,v]=f.decode(m),x=[],S=[];for(let k=0;k<t;k++)x.push(En.encode(_r(n,v,k,i)));let j=r(y);for(let k=0;k<t;k++){let $=En.encode(_r(n,v,t+k,i));for(let T=0;T<t;T++){let O=Kl(j.get(T,k));$n($,Ro(O,x[T]))}S.push($)}j.clean();let _={publicKey:l.encode([S,y]),secretKey:u.encode(x)};return $e(y,v,x,S,w,m),_},encrypt:(b,w,m)=>{let[y,v]=l.decode(b),x=[];for(let T=0;T<t;T++)x.push(En.encode(_r(n,m,T,i)));let S=r(v),j=new Uint16Array(Oe),_=[];for(let T=0;T<t;T++){let O=_r(n,m,t+T,s),C=new Uint16Array(Oe);for(let z=0;z<t;z++){let R=Kl(S.get(T,z));$n(C,Ro(R,x[z]))}$n(O,En.decode(C)),_.push(O),$n(j,Ro(y[T],x[T])),$e(C)}S.clean();let k=_r(n,m,2*t,s);$n(k,En.decode(j));let $=d.decode(w);return $n($,k),$e(y,x,j,k),p.encode([_,$])},decrypt:(b,w)=>{let[m,y]=p.decode(b),v=u.decode(w),x=new Uint16Array(Oe);for(let S=0;S<t;S++)$n(x,Ro(v[S],En.encode(m[S])));return fh(y,En.decode(x)),$e(x,v,m),d.encode(y)}}};function xs(e){let t=hh(e),{HASH256:n,HASH512:r,KDF:o}=e,{secretCoder:i,lengths:s}=t,a=kn("secretKey",s.secretKey,s.publicKey,32,32),c=32,d=64;return{info:{type:"ml-kem"},lengths:{...s,seed:64,msg:c,msgRand:c,secretKey:a.bytesLen},keygen:(h=bt(d))=>{J(h,d,"seed");let{publicKey:g,secretKey:l}=t.keygen(h.subarray(0,32)),u=n(g),p=a.encode([l,g,u,h.subarray(32)]);return $e(l,u),{publicKey:g,secretKey:p}},getPublicKey:h=>{let[g,l,u,p]=a.decode(h);return Uint8Array.from(l)},encapsulate:(h,g=bt(c))=>{J(h,s.publicKey,"publicKey"),J(g,c,"message");let l=h.subarray(0,384*e.K),u=i.encode(i.decode(Pl(l)));if(!_o(u,l))throw $e(u),new Error("ML-KEM.encapsulate: wrong publicKey modulus");$e(u);let p=r.create().update(g).update(n(h)).digest(),f=t.encrypt(h,g,p.subarray(32,64));return $e(p.subarray(32)),{cipherText:f,sharedSecret:p.subarray(0,32)}},decapsulate:(h,g)=>{J(g,a.bytesLen,"secretKey"),J(h,s.cipherText,"cipherText");let l=a.bytesLen-96,u=l+32,p=n(g.subarray(l/2,u));if(!_o(p,g.subarray(u,u+32)))throw new Error("invalid secretKey: hash check failed");let[f,b,w,m]=a.decode(g),y=t.decrypt(h,f),v=r.create().update(y).update(w).digest(),x=v.subarray(0,32),S=t.encrypt(b,y,v.subarray(32,64)),j=_o(h,S),_=o.create({dkLen:32}).update(m).update(h).digest();return $e(y,S,j?_:x),j?x:_}}}function mh(e,t,n){return yt.create({dkLen:e}).update(t).update(new Uint8Array([n])).digest()}var ks={HASH256:xn,HASH512:Il,KDF:yt,XOF:Fl,PRF:mh},Wy=xs({...ks,...vs[512]}),Rr=xs({...ks,...vs[768]}),Hl=xs({...ks,...vs[1024]});function gh(e,t=!1){let n=e.lengths,r=e.keygen;if(t){let i=e.Point.Fn;if(!i)throw new Error("No Point.Fn");r=(s=bt(n.seed))=>{J(s,n.seed,"seed");let a=i.isLE?Xe(s):Je(s),c=i.toBytes(i.create(a));return{secretKey:c,publicKey:e.getPublicKey(c)}}}return{lengths:{secretKey:n.secretKey,publicKey:n.publicKey,seed:n.seed},keygen:r,getPublicKey:o=>e.getPublicKey(o)}}function Es(e,t=!1){let n=gh(e,t);if(!e.getSharedSecret)throw new Error("wrong curve");return{lengths:{...n.lengths,msg:n.lengths.seed,cipherText:n.lengths.publicKey},keygen:n.keygen,getPublicKey:n.getPublicKey,encapsulate(r,o=bt(e.lengths.seed)){let i=this.keygen(o).secretKey,s=this.decapsulate(r,i),a=e.getPublicKey(i);return $e(i),{sharedSecret:s,cipherText:a}},decapsulate(r,o){let i=e.getSharedSecret(o,r);return e.lengths.publicKeyHasPrefix?i.subarray(1):i}}}function Lr(e,t){return kn(t,...e.map(n=>{if(typeof n.lengths[t]!="number")throw new Error("wrong length: "+t);return n.lengths[t]}))}function $s(e){return(t,n)=>e(t,{dkLen:n})}function yh(e,t,...n){let r=Lr(n,"seed"),o=Lr(n,"publicKey");e===void 0&&(e=r.bytesLen),Q(e);function i(s){J(s,e);let a=r.decode(t(s,r.bytesLen)),c=n.map((g,l)=>g.keygen(a[l])),d=c.map(g=>g.secretKey),h=c.map(g=>g.publicKey);return{secretKey:d,publicKey:h}}return{info:{lengths:{seed:e,publicKey:o.bytesLen,secretKey:e}},getPublicKey(s){return this.keygen(s).publicKey},keygen(s=bt(e)){let{publicKey:a,secretKey:c}=i(s),d=o.encode(a);return $e(a),$e(c),{secretKey:s,publicKey:d}},expandDecapsulationKey:i,realSeedLen:e}}function Lo(e,t,n,r,...o){let i=yh(e,n,...o),s=Lr(o,"cipherText"),a=Lr(o,"publicKey"),c=Lr(o,"msg");return t===void 0&&(t=c.bytesLen),Q(t),{lengths:{...i.info.lengths,msg:t,msgRand:c.bytesLen,cipherText:s.bytesLen},getPublicKey:i.getPublicKey,keygen:i.keygen,encapsulate(d,h=bt(c.bytesLen)){let g=a.decode(d),l=c.decode(h),u=o.map((w,m)=>w.encapsulate(g[m],l[m])),p=u.map(w=>w.sharedSecret),f=u.map(w=>w.cipherText),b={sharedSecret:r(g,f,p),cipherText:s.encode(f)};return $e(p,f),b},decapsulate(d,h){let g=s.decode(d),{publicKey:l,secretKey:u}=i.expandDecapsulationKey(h),p=o.map((f,b)=>f.decapsulate(g[b],u[b]));return r(l,g,p)}}}function Gl(e,t,n,r,o){return Re(r),Re(o),Lo(32,32,$s(r),(i,s,a)=>o(we(a[0],a[1],s[1],i[1],Xt(e))),t,n)}var o1=Gl("QSF-KEM(ML-KEM-768,P-256)-XOF(SHAKE256)-KDF(SHA3-256)",Rr,Es(Rt,!0),yt,xn),i1=Gl("QSF-KEM(ML-KEM-1024,P-384)-XOF(SHAKE256)-KDF(SHA3-256)",Hl,Es(Tl,!0),yt,xn);function bh(e,t,n,r,o){return Re(r),Re(o),Lo(32,32,$s(r),(i,s,a)=>{let c=we(a[0],a[1],s[0],i[0],s[1],i[1],Xt(e)),d=32,h=we(Xt("hybrid_prk"),c),g=tn(o,h),l=we(Mn(d,2),Xt("shared_secret"),Xt("")),u=it(o,g,l,d);return $e(g,l,h,c),u},t,n)}var Wl=Es(jt),s1=bh("KitchenSink-KEM(ML-KEM-768,X25519)-XOF(SHAKE256)-KDF(HKDF-SHA-256)",Rr,Wl,yt,Y),wh=Lo(32,32,$s(yt),(e,t,n)=>xn(we(n[0],n[1],t[1],e[1],Xt("\\.//^\\"))),Rr,Wl);function vh(e,t,n,r){let o=e.Point.Fn;if(!o)throw new Error("no Point.Fn");function i(s){let a;for(let h=0,g=t;;h=g,g+=t){if(g>s.length)throw new Error("rejection sampling failed");if(a=o.fromBytes(s.subarray(h,g),!0),o.isValidNot0(a))break}let c=o.toBytes(o.create(a)),d=e.getPublicKey(c,!1);return{secretKey:c,publicKey:d}}return{lengths:{secretKey:t,publicKey:n,seed:r,msg:r,cipherText:n},keygen(s=bt(r)){return J(s,r,"seed"),i(s)},getPublicKey(s){return e.getPublicKey(s,!1)},encapsulate(s,a=bt(r)){J(a,r,"rand");let{secretKey:c}=i(a),d=this.decapsulate(s,c),h=e.getPublicKey(c,!1);return $e(c),{sharedSecret:d,cipherText:h}},decapsulate(s,a){return e.getSharedSecret(a,s).subarray(1)}}}function xh(e,t,n,r){let{secretKey:o,publicKeyUncompressed:i}=n.lengths;if(!o||!i)throw new Error("wrong curve");let s=vh(n,o,i,r),a=64,c=a+r;return Lo(32,32,d=>{J(d,32);let h=yt(d,{dkLen:c}),g=h.subarray(0,a),l=h.subarray(a,c);return we(g,l)},(d,h,g)=>xn(we(g[0],g[1],h[1],d[1],Xt(e))),t,s)}var kh=xh("MLKEM768-P256",Rr,Rt,128);var rn=wh,Vl=kh;var Yl=!1,Eh=!1;async function Jl(e,t){if(Eh)return await t();try{return await e()}catch(n){if(n instanceof ReferenceError||n instanceof DOMException&&n.name==="NotSupportedError")return await t();throw n}}async function No(e,t){return await Jl(async()=>{let n=zs(e)?e:await zh(e),r=await crypto.subtle.importKey("raw",t,{name:"X25519"},Yl,[]);return new Uint8Array(await crypto.subtle.deriveBits({name:"X25519",public:r},n,256))},()=>{if(zs(e))throw new Error("CryptoKey provided but X25519 WebCrypto is not supported");return jt.scalarMult(e,t)})}async function Co(e){return await Jl(async()=>No(e,jt.GuBytes),()=>{if(zs(e))throw new Error("CryptoKey provided but X25519 WebCrypto is not supported");return jt.scalarMultBase(e)})}var $h=new Uint8Array([48,46,2,1,0,48,5,6,3,43,101,110,4,34,4,32]);async function zh(e){if(e.length!==32)throw new Error("X25519 private key must be 32 bytes");let t=new Uint8Array([...$h,...e]);return crypto.subtle.importKey("pkcs8",t,{name:"X25519"},Yl,["deriveBits"])}function zs(e){return typeof CryptoKey<"u"&&e instanceof CryptoKey}var Io=class{s;transcript=[];buf=new Uint8Array(0);constructor(t){this.s=t.getReader()}async readLine(){let t=[];for(;;){let n=this.buf.indexOf(10);if(n>=0)return t.push(this.buf.subarray(0,n)),this.transcript.push(this.buf.subarray(0,n+1)),this.buf=this.buf.subarray(n+1),qh(zn(t));this.buf.length>0&&(t.push(this.buf),this.transcript.push(this.buf));let r=await this.s.read();if(r.done)return this.buf=zn(t),null;this.buf=r.value}}close(){return this.s.releaseLock(),{rest:this.buf,transcript:zn(this.transcript)}}};function qh(e){return e.forEach(t=>{if(t<32||t>126)throw Error("invalid non-ASCII byte in header")}),new TextDecoder().decode(e)}function zn(e){let t=e.reduce(((o,i)=>o+i.length),0),n=new Uint8Array(t),r=0;for(let o of e)n.set(o,r),r+=o.length;return n}function Jn(e,...t){return e.pipeThrough(new TransformStream({start(n){for(let r of t)n.enqueue(r)}}))}function Mo(e){return new ReadableStream({start(t){t.enqueue(e),t.close()}})}async function Ss(e){if(!(e instanceof ReadableStream))throw new Error("readAll expects a ReadableStream<Uint8Array>");return new Uint8Array(await new Response(e).arrayBuffer())}async function Xl(e){if(!(e instanceof ReadableStream))throw new Error("readAllString expects a ReadableStream<Uint8Array>");return await new Response(e).text()}async function Zl(e,t){let n=e.getReader(),r=[],o=0;for(;o<t;){let{done:c,value:d}=await n.read();if(c)throw Error("stream ended before reading "+t.toString()+" bytes");r.push(d),o+=d.length}n.releaseLock();let i=zn(r),s=i.subarray(0,t),a=Jn(e,i.subarray(t));return{data:s,rest:a}}var Ie=class{args;body;constructor(t,n){this.args=t,this.body=n}};async function Ah(e){let t=await e.readLine();if(t===null)throw Error("invalid stanza");let n=t.split(" ");if(n.length<2||n.shift()!=="->")return{next:t};for(let i of n)if(i.length===0)throw Error("invalid stanza");let r=[];for(;;){let i=await e.readLine();if(i===null)throw Error("invalid stanza");let s=Se.decode(i);if(s.length>48)throw Error("invalid stanza");if(r.push(s),s.length<48)break}let o=zn(r);return{s:new Ie(n,o)}}async function Ql(e){let t=new Io(e),n=await t.readLine();if(n!=="age-encryption.org/v1")throw Error("invalid version "+(n??"line"));let r=[];for(;;){let{s:o,next:i}=await Ah(t);if(o!==void 0){r.push(o);continue}if(!i.startsWith("--- "))throw Error("invalid header");let s=Se.decode(i.slice(4)),{rest:a,transcript:c}=t.close(),d=c.slice(0,c.length-1-i.length+3);return{stanzas:r,headerNoMAC:d,MAC:s,headerSize:c.length,rest:Jn(e,a)}}}function qs(e){let t=[];t.push(`age-encryption.org/v1
`);for(let n of e){t.push("-> "+n.args.join(" ")+`
`);for(let r=0;r<n.body.length;r+=48){let o=r+48;o>n.body.length&&(o=n.body.length),t.push(Se.encode(n.body.subarray(r,o))+`
`)}n.body.length%48===0&&t.push(`
`)}return t.push("---"),new TextEncoder().encode(t.join(""))}function ed(e,t){return zn([qs(e),new TextEncoder().encode(" "+Se.encode(t)+`
`)])}var Po=class{recipient;constructor(t){let{prefix:n,words:r}=ye.decode(t,!1),o=ye.fromWords(r);if(!t.startsWith("age1pq1")||n.toLowerCase()!=="age1pq"||o.length!==1216)throw Error("invalid recipient");this.recipient=o}wrapFileKey(t){let{cipherText:n,sharedSecret:r}=rn.encapsulate(this.recipient),o=new TextEncoder().encode("age-encryption.org/mlkem768x25519"),{key:i,nonce:s}=Vo(td,r,o),a=De(i,s).encrypt(t);return[new Ie(["mlkem768x25519",Se.encode(n)],a)]}},Do=class{identity;constructor(t){let n=ye.decodeToBytes(t);if(!t.startsWith("AGE-SECRET-KEY-PQ-1")||n.prefix.toUpperCase()!=="AGE-SECRET-KEY-PQ-"||n.bytes.length!==32)throw Error("invalid identity");this.identity=n.bytes}unwrapFileKey(t){for(let n of t){if(n.args.length<1||n.args[0]!=="mlkem768x25519")continue;if(n.args.length!==2)throw Error("invalid mlkem768x25519 stanza");let r=Se.decode(n.args[1]);if(r.length!==1120||n.body.length!==32)throw Error("invalid mlkem768x25519 stanza");let o=rn.decapsulate(r,this.identity),i=new TextEncoder().encode("age-encryption.org/mlkem768x25519"),{key:s,nonce:a}=Vo(td,o,i);try{return De(s,a).decrypt(n.body)}catch{continue}}return null}},td=25722,jh=80,As=16;function Vo(e,t,n){let r=Th(e),o=Uo(r,void 0,"psk_id_hash",new Uint8Array(0)),i=Uo(r,void 0,"info_hash",n),s=new Uint8Array(1+o.length+i.length);s[0]=0,s.set(o,1),s.set(i,1+o.length);let a=Uo(r,t,"secret",new Uint8Array(0)),c=js(r,a,"key",s,32),d=js(r,a,"base_nonce",s,12);return{key:c,nonce:d}}function Th(e){let t=new Uint8Array(10);return t.set(new TextEncoder().encode("HPKE"),0),t[4]=e>>8&255,t[5]=e&255,t[6]=0,t[7]=1,t[8]=0,t[9]=3,t}function Uo(e,t,n,r){let o=new Uint8Array(7+e.length+n.length+r.length),i=0;return o.set(new TextEncoder().encode("HPKE-v1"),i),i+=7,o.set(e,i),i+=e.length,o.set(new TextEncoder().encode(n),i),i+=n.length,o.set(r,i),tn(Y,o,t)}function js(e,t,n,r,o){let i=new Uint8Array(9+e.length+n.length+r.length),s=0;return i[s]=o>>8&255,i[s+1]=o&255,s+=2,i.set(new TextEncoder().encode("HPKE-v1"),s),s+=7,i.set(e,s),s+=e.length,i.set(new TextEncoder().encode(n),s),s+=n.length,i.set(r,s),it(Y,t,i,o)}function Bh(e){e.length!==Rt.lengths.publicKeyUncompressed&&(e=Rt.Point.fromBytes(e).toBytes(!1));let t=Rt.utils.randomSecretKey(),n=Rt.getPublicKey(t,!1),r=Rt.getSharedSecret(t,e,!0).subarray(1),o=new Uint8Array(n.length+e.length);o.set(n,0),o.set(e,n.length);let i=new Uint8Array(5);i.set(new TextEncoder().encode("KEM"),0),i[3]=As>>8,i[4]=As&255;let s=Uo(i,void 0,"eae_prk",r),a=js(i,s,"shared_secret",o,32);return{encapsulatedKey:n,sharedSecret:a}}var Fo=class{recipient;constructor(t){let n=ye.decodeToBytes(t);if(!t.startsWith("age1tag1")||n.prefix.toLowerCase()!=="age1tag"||n.bytes.length!==33)throw Error("invalid recipient");this.recipient=n.bytes}wrapFileKey(t){let{encapsulatedKey:n,sharedSecret:r}=Bh(this.recipient),o=new TextEncoder().encode("age-encryption.org/p256tag"),i=(()=>{let d=Y(this.recipient).subarray(0,4),h=new Uint8Array(n.length+d.length);return h.set(n,0),h.set(d,n.length),tn(Y,h,o).subarray(0,4)})(),{key:s,nonce:a}=Vo(As,r,o),c=De(s,a).encrypt(t);return[new Ie(["p256tag",Se.encode(i),Se.encode(n)],c)]}},Ko=class{recipient;constructor(t){let{prefix:n,words:r}=ye.decode(t,!1),o=ye.fromWords(r);if(!t.startsWith("age1tagpq1")||n.toLowerCase()!=="age1tagpq"||o.length!==1249)throw Error("invalid recipient");this.recipient=o}wrapFileKey(t){let{cipherText:n,sharedSecret:r}=Vl.encapsulate(this.recipient),o=new TextEncoder().encode("age-encryption.org/mlkem768p256tag"),i=(()=>{let d=Y(this.recipient.subarray(1184)).subarray(0,4),h=new Uint8Array(n.length+d.length);return h.set(n,0),h.set(d,n.length),tn(Y,h,o).subarray(0,4)})(),{key:s,nonce:a}=Vo(jh,r,o),c=De(s,a).encrypt(t);return[new Ie(["mlkem768p256tag",Se.encode(i),Se.encode(n)],c)]}},Ho=class{recipient;constructor(t){let n=ye.decodeToBytes(t);if(!t.startsWith("age1")||n.prefix.toLowerCase()!=="age"||n.bytes.length!==32)throw Error("invalid recipient");this.recipient=n.bytes}async wrapFileKey(t){let n=lt(32),r=await Co(n),o=await No(n,this.recipient),i=new Uint8Array(r.length+this.recipient.length);i.set(r),i.set(this.recipient,r.length);let s=new TextEncoder().encode("age-encryption.org/v1/X25519"),a=mt(Y,o,i,s,32);return[new Ie(["X25519",Se.encode(r)],Ts(t,a))]}},Nr=class{identity;recipient;constructor(t){if(_h(t)){this.identity=t,this.recipient=Co(t);return}let n=ye.decodeToBytes(t);if(!t.startsWith("AGE-SECRET-KEY-1")||n.prefix.toUpperCase()!=="AGE-SECRET-KEY-"||n.bytes.length!==32)throw Error("invalid identity");this.identity=n.bytes,this.recipient=Co(n.bytes)}async unwrapFileKey(t){for(let n of t){if(n.args.length<1||n.args[0]!=="X25519")continue;if(n.args.length!==2)throw Error("invalid X25519 stanza");let r=Se.decode(n.args[1]);if(r.length!==32)throw Error("invalid X25519 stanza");let o=await No(this.identity,r),i=await this.recipient,s=new Uint8Array(r.length+i.length);s.set(r),s.set(i,r.length);let a=new TextEncoder().encode("age-encryption.org/v1/X25519"),c=mt(Y,o,s,a,32),d=Bs(n.body,c);if(d!==null)return d}return null}},Go=class{passphrase;logN;constructor(t,n){this.passphrase=t,this.logN=n}wrapFileKey(t){let n=lt(16),r="age-encryption.org/v1/scrypt",o=new Uint8Array(r.length+16);o.set(new TextEncoder().encode(r)),o.set(n,r.length);let i=cs(this.passphrase,o,{N:2**this.logN,r:8,p:1,dkLen:32});return[new Ie(["scrypt",Se.encode(n),this.logN.toString()],Ts(t,i))]}},Wo=class{passphrase;constructor(t){this.passphrase=t}unwrapFileKey(t){for(let n of t){if(n.args.length<1||n.args[0]!=="scrypt")continue;if(t.length!==1)throw Error("scrypt recipient is not the only one in the header");if(n.args.length!==3||!/^[1-9][0-9]*$/.test(n.args[2]))throw Error("invalid scrypt stanza");let r=Se.decode(n.args[1]);if(r.length!==16)throw Error("invalid scrypt stanza");let o=Number(n.args[2]);if(o>20)throw Error("scrypt work factor is too high");let i="age-encryption.org/v1/scrypt",s=new Uint8Array(i.length+16);s.set(new TextEncoder().encode(i)),s.set(r,i.length);let a=cs(this.passphrase,s,{N:2**o,r:8,p:1,dkLen:32}),c=Bs(n.body,a);if(c!==null)return c}return null}};function Ts(e,t){let n=new Uint8Array(12);return De(t,n).encrypt(e)}function Bs(e,t){if(e.length!==32)throw Error("invalid stanza");let n=new Uint8Array(12);try{return De(t,n).decrypt(e)}catch{return null}}function _h(e){return typeof CryptoKey<"u"&&e instanceof CryptoKey}var Sn=16,Os=64*1024,_s=Os+Sn;function nd(e){let t=new Uint8Array(12),n=()=>{for(let s=t.length-2;s>=0&&(t[s]++,t[s]===0);s--);},r=!0,o=new Uint8Array(_s),i=0;return new TransformStream({transform(s,a){for(;s.length>0;){if(i===o.length){let d=De(e,t).decrypt(o);a.enqueue(d),n(),i=0,r=!1}let c=Math.min(o.length-i,s.length);o.set(s.subarray(0,c),i),i+=c,s=s.subarray(c)}},flush(s){t[11]=1;let a=De(e,t).decrypt(o.subarray(0,i));if(!r&&a.length===0)throw new Error("final chunk is empty");s.enqueue(a)}})}function rd(e){if(e<Sn)throw Error("ciphertext is too small");if(e===Sn)return 0;let t=Math.floor(e/_s),n=e%_s;if(0<n&&n<=Sn)throw Error("ciphertext size is invalid");let r=e;return r-=t*Sn,r-=n>0?Sn:0,r}function od(e){let t=new Uint8Array(12),n=()=>{for(let i=t.length-2;i>=0&&(t[i]++,t[i]===0);i--);},r=new Uint8Array(Os),o=0;return new TransformStream({transform(i,s){for(;i.length>0;){if(o===r.length){let c=De(e,t).encrypt(r);s.enqueue(c),n(),o=0}let a=Math.min(r.length-o,i.length);r.set(i.subarray(0,a),o),o+=a,i=i.subarray(a)}},flush(i){t[11]=1;let s=De(e,t).encrypt(r.subarray(0,o));i.enqueue(s)}})}function id(e){let t=Math.max(1,Math.ceil(e/Os));return e+Sn*t}var Yo=class{passphrase=null;scryptWorkFactor=18;recipients=[];setPassphrase(t){if(this.passphrase!==null)throw new Error("can encrypt to at most one passphrase");if(this.recipients.length!==0)throw new Error("can't encrypt to both recipients and passphrases");this.passphrase=t}setScryptWorkFactor(t){this.scryptWorkFactor=t}addRecipient(t){if(this.passphrase!==null)throw new Error("can't encrypt to both recipients and passphrases");if(typeof t=="string")if(t.startsWith("age1pq1"))this.recipients.push(new Po(t));else if(t.startsWith("age1tag1"))this.recipients.push(new Fo(t));else if(t.startsWith("age1tagpq1"))this.recipients.push(new Ko(t));else if(t.startsWith("age1"))this.recipients.push(new Ho(t));else throw new Error("unrecognized recipient type");else this.recipients.push(t)}async encrypt(t){let n=lt(16),r=[],o=this.recipients;this.passphrase!==null&&(o=[new Go(this.passphrase,this.scryptWorkFactor)]);for(let u of o)r.push(...await u.wrapFileKey(n));let i=new TextEncoder().encode("header"),s=mt(Y,n,void 0,i,32),a=ot(Y,s,qs(r)),c=ed(r,a),d=lt(16),h=new TextEncoder().encode("payload"),g=mt(Y,n,d,h,32),l=od(g);return t instanceof ReadableStream?Object.assign(Jn(t.pipeThrough(l),c,d),{size:u=>id(u)+c.length+d.length}):(typeof t=="string"&&(t=new TextEncoder().encode(t)),await Ss(Jn(Mo(t).pipeThrough(l),c,d)))}},Jo=class{identities=[];addPassphrase(t){this.identities.push(new Wo(t))}addIdentity(t){if(Ch(t))this.identities.push(new Nr(t));else if(typeof t=="string")if(t.startsWith("AGE-SECRET-KEY-1"))this.identities.push(new Nr(t));else if(t.startsWith("AGE-SECRET-KEY-PQ-1"))this.identities.push(new Do(t));else throw new Error("unrecognized identity type");else this.identities.push(t)}async decrypt(t,n){let r=t instanceof ReadableStream?t:Mo(t),{fileKey:o,headerSize:i,rest:s}=await this.decryptHeaderInternal(r),{data:a,rest:c}=await Zl(s,16),d=new TextEncoder().encode("payload"),h=mt(Y,o,a,d,32),g=nd(h),l=c.pipeThrough(g),u=Object.assign(l,{size:p=>rd(p-i-a.length)});return t instanceof ReadableStream?u:n==="text"?await Xl(l):await Ss(l)}async decryptHeader(t){return(await this.decryptHeaderInternal(Mo(t))).fileKey}async decryptHeaderInternal(t){let n=await Ql(t),r=await this.unwrapFileKey(n.stanzas);if(r===null)throw Error("no identity matched any of the file's recipients");let o=new TextEncoder().encode("header"),i=mt(Y,r,void 0,o,32),s=ot(Y,i,n.headerNoMAC);if(!Nh(n.MAC,s))throw Error("invalid header HMAC");return{fileKey:r,headerSize:n.headerSize,rest:n.rest}}async unwrapFileKey(t){for(let n of this.identities){let r=await n.unwrapFileKey(t);if(r!==null)return r}return null}};function Nh(e,t){if(e.length!==t.length)return!1;let n=0;for(let r=0;r<e.length;r++)n|=e[r]^t[r];return n===0}function Ch(e){return typeof CryptoKey<"u"&&e instanceof CryptoKey}var Rs=class{wrapFileKey(){return[new Ie(["X25519",Bi(Fc())],Ue(32))]}},Cr=Symbol("hybrid decoy"),Ls=class{wrapFileKey(){let t=rn.keygen(Ue(32)).publicKey,{cipherText:n}=rn.encapsulate(t);return[new Ie(["mlkem768x25519",Bi(n)],Ue(32))]}};function sd(){let e=1+Gt(8),t="";for(let n=0;n<e;n++)t+=String.fromCharCode(33+Gt(94));return t}var Ns=class{wrapFileKey(){let t=`${sd()}-grease`,n=Array.from({length:Gt(5)},sd);return[new Ie([t,...n],Ue(Gt(100)))]}};function Cs(e,t,n){let r=t.find(i=>!e.members.some(s=>s.id===i));if(r!==void 0)throw new P("envelope-unknown-recipient",`${r} is not a member of the roster`);if(t.length===0)throw new P("envelope-no-recipient","choose at least one recipient");let o=e.members.map(i=>t.includes(i.id)?i.age:null);return o.push(n??null),o}function Xo(e){if(!e.some(r=>r!==null&&r!==Cr))throw new P("envelope-no-recipient","choose at least one recipient");let t=Ya([...e]),n=new Yo;for(let r of t)n.addRecipient(r===null?new Rs:r===Cr?new Ls:r);return n.addRecipient(new Ns),n}async function ad(e,t){return Xo(e).encrypt(t)}function Ih(e){let t=new TextEncoder().encode(`age-encryption.org/v1
`);if(e.length<t.length||!t.every((r,o)=>e[o]===r))return!1;let n=Math.min(e.length,64*1024+64);for(let r=t.length;r+4<=n;r++)if(e[r-1]===10&&e[r]===45&&e[r+1]===45&&e[r+2]===45&&e[r+3]===32)return e.indexOf(10,r)>=0;return!1}async function qn(e,t){if(!Ih(e))throw new P("envelope-invalid","not a binary age file");let n=new Jo;for(let r of t)n.addIdentity(r);try{return await n.decrypt(e)}catch(r){let o=String(r&&r.message);throw o.includes("no identity matched")?new P("envelope-no-matching-key","this file was not encrypted to you"):/^(invalid stanza|invalid version|invalid header)$/.test(o)||o.startsWith("invalid version ")?new P("envelope-invalid",o):new P("envelope-decryption-failed",o)}}var Mh="dropbox-dropkey/1",Uh=90,An=e=>new P("dropkey-invalid",e);function Ph(e){return e.policy.drop_key_days!==void 0}function Dh(e,t,n){let r=St(e,Li),o=r.value;if(Ce(o,["type","team","member","recipient","not_before","not_after"],[],An),o.type!==Mh)throw An("type");if(!Ne(o.team))throw An("team");if(!Tt(o.member))throw An("member");if(!Cc(o.recipient))throw An("recipient");let i=ft(o.not_before),s=ft(o.not_after);if(i===null||s===null)throw An("days");let a=s-i;if(!(a>=0&&a<=Uh))throw An("window");if(o.team!==n)throw new P("dropkey-wrong-team","drop key is for another team");let c=t.members.find(g=>g.id===o.member);if(!c)throw new P("dropkey-not-member",`drop key of ${o.member}, who is not a member of the roster`);let d=mn(r.payloadType,r.payload),h=ut(c.sign);if(!r.signatures.some(([g,l])=>g===o.member&&Hn(h,d,l)))throw new P("dropkey-bad-signature","drop key is not signed by its member's sign key");return{member:o.member,recipient:o.recipient,notBefore:i,notAfter:s}}function Fh(e,t,n,r,o){let i=null;for(let s of e){let a;try{a=Dh(s,t,n)}catch{continue}a.member!==r||o<a.notBefore||o>a.notAfter||(!i||a.notBefore>i.notBefore)&&(i=a)}if(!i){let s=t.members.find(a=>a.id===r);throw Object.assign(new P("dropkey-none-current",`${r} has no valid drop key for today`),{l10n:{id:"error-no-drop-key",args:{name:s?s.name:r}}})}return i}function Kh(e){let t=r=>new P("dsse-malformed",r),n;try{n=Rn(e)}catch(r){throw t(r.message)}if(!Array.isArray(n))throw t("drop keys are an array of envelopes");return n.map(r=>Cn(r,t))}function Hh(e,t,n,r){Cs(e,t,null).pop();let i=e.members.map(s=>t.includes(s.id)?n.get(s.id):Cr);return i.push(r?r.hybridRecipient:Cr),i}async function Is(e,t,n,r,o=fetch){let i=e.head.roster;if(!Ph(i))return Cs(i,t,n?n.x25519Recipient:null);let s=await o(`${He()}/v1/dropkeys`,{cache:"no-store",credentials:"omit",referrerPolicy:"no-referrer"});if(!s.ok)throw Object.assign(new Error(`HTTP ${s.status}`),{l10n:{id:"error-drop-keys-unavailable",args:{status:s.status}}});let a=Kh(new Uint8Array(await s.arrayBuffer())),c=bn(r),d=new Map;for(let h of t)d.set(h,Fh(a,i,e.fingerprint,h,c).recipient);return Hh(i,t,d,n)}var cd=Uint8Array.from([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,14,10,4,8,9,15,13,6,1,12,0,2,11,7,5,3,11,8,12,0,5,2,15,13,10,14,3,6,7,1,9,4,7,9,3,1,13,12,11,14,2,6,5,10,4,0,15,8,9,0,5,7,2,4,10,15,14,1,11,12,6,8,3,13,2,12,6,10,0,11,8,3,4,13,7,5,15,14,1,9,12,5,1,15,14,13,4,10,0,7,6,3,9,2,8,11,13,11,7,14,12,1,3,9,5,0,15,4,8,6,2,10,6,15,14,9,11,3,0,8,12,2,13,7,1,4,10,5,10,2,8,4,7,6,1,5,15,11,9,14,3,12,13,0,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,14,10,4,8,9,15,13,6,1,12,0,2,11,7,5,3,11,8,12,0,5,2,15,13,10,14,3,6,7,1,9,4,7,9,3,1,13,12,11,14,2,6,5,10,4,0,15,8,9,0,5,7,2,4,10,15,14,1,11,12,6,8,3,13,2,12,6,10,0,11,8,3,4,13,7,5,15,14,1,9]);var ze=Uint32Array.from([4089235720,1779033703,2227873595,3144134277,4271175723,1013904242,1595750129,2773480762,2917565137,1359893119,725511199,2600822924,4215389547,528734635,327033209,1541459225]),D=new Uint32Array(32);function on(e,t,n,r,o,i){let s=o[i],a=o[i+1],c=D[2*e],d=D[2*e+1],h=D[2*t],g=D[2*t+1],l=D[2*n],u=D[2*n+1],p=D[2*r],f=D[2*r+1],b=ar(c,h,s);d=cr(b,d,g,a),c=b|0;let w=f^d,m=p^c;f=xa(w,m),p=ka(w,m),{h:u,l}=Ke(u,l,f,p),w=g^u,m=h^l,g=at(w,m,24),h=ct(w,m,24),D[2*e]=c,D[2*e+1]=d,D[2*t]=h,D[2*t+1]=g,D[2*n]=l,D[2*n+1]=u,D[2*r]=p,D[2*r+1]=f}function sn(e,t,n,r,o,i){let s=o[i],a=o[i+1],c=D[2*e],d=D[2*e+1],h=D[2*t],g=D[2*t+1],l=D[2*n],u=D[2*n+1],p=D[2*r],f=D[2*r+1],b=ar(c,h,s);d=cr(b,d,g,a),c=b|0;let w=f^d,m=p^c;f=at(w,m,16),p=ct(w,m,16),{h:u,l}=Ke(u,l,f,p),w=g^u,m=h^l,g=fn(w,m,63),h=pn(w,m,63),D[2*e]=c,D[2*e+1]=d,D[2*t]=h,D[2*t+1]=g,D[2*n]=l,D[2*n+1]=u,D[2*r]=p,D[2*r+1]=f}function Gh(e,t={},n,r,o){if(Q(n),e<=0||e>n)throw new Error('"dkLen" must be 1..'+n+", got "+e);let{key:i,salt:s,personalization:a}=t;if(i!==void 0&&(i.length<1||i.length>n))throw new Error('"key" expected to be undefined or of length=1..'+n);s!==void 0&&J(s,r,"salt"),a!==void 0&&J(a,o,"personalization")}var Ms=class{buffer;buffer32;finished=!1;destroyed=!1;length=0;pos=0;blockLen;outputLen;canXOF=!1;constructor(t,n){Q(t),Q(n),this.blockLen=t,this.outputLen=n,this.buffer=new Uint8Array(t),this.buffer32=je(this.buffer)}update(t){We(this),J(t);let{blockLen:n,buffer:r,buffer32:o}=this,i=t.length,s=t.byteOffset,a=t.buffer;for(let c=0;c<i;){this.pos===n&&(Be(o),this.compress(o,0,!1),Be(o),this.pos=0);let d=Math.min(n-this.pos,i-c),h=s+c;if(d===n&&!(h%4)&&c+d<i){let g=new Uint32Array(a,h,Math.floor((i-c)/4));Be(g);for(let l=0;c+n<i;l+=o.length,c+=n)this.length+=n,this.compress(g,l,!1);Be(g);continue}r.set(c===0&&d===i?t:t.subarray(c,c+d),this.pos),this.pos+=d,this.length+=d,c+=d}return this}digestInto(t){if(We(this),It(t,this),t.byteOffset&3)throw new RangeError('"output" expected 4-byte aligned byteOffset, got '+t.byteOffset);let{pos:n,buffer32:r}=this;this.finished=!0,this.buffer.fill(0,n),Be(r),this.compress(r,0,!0),Be(r);let o=this.get(),i=t===this.buffer?r:je(t),s=Math.floor(this.outputLen/4);for(let h=0;h<s;h++)i[h]=Te(o[h]);let a=this.outputLen%4;if(!a)return;let c=s*4,d=o[s];for(let h=0;h<a;h++)t[c+h]=d>>>8*h}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let r=t.slice(0,n);return this.destroy(),r}_cloneInto(t){let{buffer:n,length:r,finished:o,destroyed:i,outputLen:s,pos:a}=this;return t||=new this.constructor({dkLen:s}),t.set(...this.get()),t.buffer.set(n),t.destroyed=i,t.finished=o,t.length=r,t.pos=a,t.outputLen=s,t}clone(){return this._cloneInto()}},Us=class extends Ms{v0l=ze[0]|0;v0h=ze[1]|0;v1l=ze[2]|0;v1h=ze[3]|0;v2l=ze[4]|0;v2h=ze[5]|0;v3l=ze[6]|0;v3h=ze[7]|0;v4l=ze[8]|0;v4h=ze[9]|0;v5l=ze[10]|0;v5h=ze[11]|0;v6l=ze[12]|0;v6h=ze[13]|0;v7l=ze[14]|0;v7h=ze[15]|0;constructor(t={}){t=nt({},t);let n=t.dkLen===void 0?64:t.dkLen;super(128,n),Gh(n,t,64,16,16);let{key:r,personalization:o,salt:i}=t,s=0;if(r!==void 0&&(J(r,void 0,"key"),s=r.length),this.v0l^=this.outputLen|s<<8|65536|1<<24,i!==void 0){J(i,void 0,"salt");let a=je(zi(i));this.v4l^=Te(a[0]),this.v4h^=Te(a[1]),this.v5l^=Te(a[2]),this.v5h^=Te(a[3])}if(o!==void 0){J(o,void 0,"personalization");let a=je(zi(o));this.v6l^=Te(a[0]),this.v6h^=Te(a[1]),this.v7l^=Te(a[2]),this.v7h^=Te(a[3])}if(r!==void 0){let a=new Uint8Array(this.blockLen);a.set(r),this.update(a),te(a)}}get(){let{v0l:t,v0h:n,v1l:r,v1h:o,v2l:i,v2h:s,v3l:a,v3h:c,v4l:d,v4h:h,v5l:g,v5h:l,v6l:u,v6h:p,v7l:f,v7h:b}=this;return[t,n,r,o,i,s,a,c,d,h,g,l,u,p,f,b]}set(t,n,r,o,i,s,a,c,d,h,g,l,u,p,f,b){this.v0l=t|0,this.v0h=n|0,this.v1l=r|0,this.v1h=o|0,this.v2l=i|0,this.v2h=s|0,this.v3l=a|0,this.v3h=c|0,this.v4l=d|0,this.v4h=h|0,this.v5l=g|0,this.v5h=l|0,this.v6l=u|0,this.v6h=p|0,this.v7l=f|0,this.v7h=b|0}compress(t,n,r){let{v0l:o,v0h:i,v1l:s,v1h:a,v2l:c,v2h:d,v3l:h,v3h:g,v4l:l,v4h:u,v5l:p,v5h:f,v6l:b,v6h:w,v7l:m,v7h:y}=this;D[0]=o,D[1]=i,D[2]=s,D[3]=a,D[4]=c,D[5]=d,D[6]=h,D[7]=g,D[8]=l,D[9]=u,D[10]=p,D[11]=f,D[12]=b,D[13]=w,D[14]=m,D[15]=y,D.set(ze,16);let v=ki(this.length),x=xi(this.length);D[24]=ze[8]^v,D[25]=ze[9]^x,r&&(D[28]=~D[28],D[29]=~D[29]);let S=0,j=cd;for(let _=0;_<12;_++)on(0,4,8,12,t,n+2*j[S++]),sn(0,4,8,12,t,n+2*j[S++]),on(1,5,9,13,t,n+2*j[S++]),sn(1,5,9,13,t,n+2*j[S++]),on(2,6,10,14,t,n+2*j[S++]),sn(2,6,10,14,t,n+2*j[S++]),on(3,7,11,15,t,n+2*j[S++]),sn(3,7,11,15,t,n+2*j[S++]),on(0,5,10,15,t,n+2*j[S++]),sn(0,5,10,15,t,n+2*j[S++]),on(1,6,11,12,t,n+2*j[S++]),sn(1,6,11,12,t,n+2*j[S++]),on(2,7,8,13,t,n+2*j[S++]),sn(2,7,8,13,t,n+2*j[S++]),on(3,4,9,14,t,n+2*j[S++]),sn(3,4,9,14,t,n+2*j[S++]);this.v0l^=D[0]^D[16],this.v0h^=D[1]^D[17],this.v1l^=D[2]^D[18],this.v1h^=D[3]^D[19],this.v2l^=D[4]^D[20],this.v2h^=D[5]^D[21],this.v3l^=D[6]^D[22],this.v3h^=D[7]^D[23],this.v4l^=D[8]^D[24],this.v4h^=D[9]^D[25],this.v5l^=D[10]^D[26],this.v5h^=D[11]^D[27],this.v6l^=D[12]^D[28],this.v6h^=D[13]^D[29],this.v7l^=D[14]^D[30],this.v7h^=D[15]^D[31],te(D)}destroy(){this.destroyed=!0,te(this.buffer32),this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0)}},Xn=kt(e=>new Us(e));var Zo={Argon2d:0,Argon2i:1,Argon2id:2},Mr=4,ld=(e,t="")=>e===void 0?Uint8Array.of():hn(e,t),ke=new Uint32Array(256);function an(e,t,n,r){let o=ke[2*e],i=ke[2*e+1],s=ke[2*t],a=ke[2*t+1],c=ke[2*n],d=ke[2*n+1],h=ke[2*r],g=ke[2*r+1],l=0,u=0,p=0,f=0,b=0;l=Math.imul(o,s),u=((o>>>0)*(s>>>0)-(l>>>0))/4294967296+.5|0,p=(o>>>0)+(s>>>0)+(l<<1>>>0),i=i+a+(u<<1|l>>>31)+(p/4294967296|0)|0,o=p|0,f=g^i,b=h^o,g=b,h=f,l=Math.imul(c,h),u=((c>>>0)*(h>>>0)-(l>>>0))/4294967296+.5|0,p=(c>>>0)+(h>>>0)+(l<<1>>>0),d=d+g+(u<<1|l>>>31)+(p/4294967296|0)|0,c=p|0,f=a^d,b=s^c,a=f>>>24|b<<8,s=f<<8|b>>>24,l=Math.imul(o,s),u=((o>>>0)*(s>>>0)-(l>>>0))/4294967296+.5|0,p=(o>>>0)+(s>>>0)+(l<<1>>>0),i=i+a+(u<<1|l>>>31)+(p/4294967296|0)|0,o=p|0,f=g^i,b=h^o,g=f>>>16|b<<16,h=f<<16|b>>>16,l=Math.imul(c,h),u=((c>>>0)*(h>>>0)-(l>>>0))/4294967296+.5|0,p=(c>>>0)+(h>>>0)+(l<<1>>>0),d=d+g+(u<<1|l>>>31)+(p/4294967296|0)|0,c=p|0,f=a^d,b=s^c,a=f<<1|b>>>31,s=f>>>31|b<<1,ke[2*e]=o,ke[2*e+1]=i,ke[2*t]=s,ke[2*t+1]=a,ke[2*n]=c,ke[2*n+1]=d,ke[2*r]=h,ke[2*r+1]=g}function dd(e,t,n,r,o,i,s,a,c,d,h,g,l,u,p,f){an(e,o,c,l),an(t,i,d,u),an(n,s,h,p),an(r,a,g,f),an(e,i,h,f),an(t,s,g,l),an(n,a,c,u),an(r,o,d,p)}function Ir(e,t,n,r,o){if(o)for(let i=0;i<256;i++){let s=e[t+i]^e[n+i];ke[i]=s,e[r+i]^=s}else for(let i=0;i<256;i++){let s=e[t+i]^e[n+i];ke[i]=s,e[r+i]=s}for(let i=0;i<128;i+=16)dd(i,i+1,i+2,i+3,i+4,i+5,i+6,i+7,i+8,i+9,i+10,i+11,i+12,i+13,i+14,i+15);for(let i=0;i<16;i+=2)dd(i,i+1,i+16,i+17,i+32,i+33,i+48,i+49,i+64,i+65,i+80,i+81,i+96,i+97,i+112,i+113);for(let i=0;i<256;i++)e[r+i]^=ke[i];te(ke)}function Ps(e,t){let n=dr(e),r=new Uint32Array(1),o=dr(r);if(r[0]=Te(t),t<=64)return Xn.create({dkLen:t}).update(o).update(n).digest();let i=new Uint8Array(t),s=Xn.create({}).update(o).update(n).digest(),a=0;for(i.set(s.subarray(0,32)),a+=32;t-a>64;a+=32){let c=Xn.create({}).update(s);c.digestInto(s),c.destroy(),i.set(s.subarray(0,32),a)}return i.set(Xn(s,{dkLen:t-a}),a),te(s,r),i}function Wh(e,t,n,r,o,i,s=!1){let a;e===0?t===0?a=o-1:s?a=t*r+o-1:a=t*r+(o==0?-1:0):s?a=n-r+o-1:a=n-r+(o==0?-1:0);let c=e!==0&&t!==Mr-1?(t+1)*r:0,d=Math.imul(i,i),h=((i>>>0)*(i>>>0)-(d>>>0))/4294967296+.5|0,g=Math.imul(a,h),l=((a>>>0)*(h>>>0)-(g>>>0))/4294967296+.5|0,u=a-1-l;return(c+u)%n}var Vh=Math.pow(2,32),ud=1024**2,Yh=ud*1024;function cn(e){return Number.isSafeInteger(e)&&e>=0&&e<Vh}function Jh(e={}){e=nt({},e);let t={t:3,m:ud,p:1,version:19,dkLen:32,maxmem:Yh,asyncTick:10};for(let[d,h]of Object.entries(e))h!==void 0&&(t[d]=h);let{dkLen:n,p:r,m:o,t:i,version:s,onProgress:a,asyncTick:c}=t;if(!cn(n)||n<4)throw new Error('"dkLen" must be 4..');if(!cn(r)||r<1||r>=Math.pow(2,24))throw new Error('"p" must be 1..2^24');if(!cn(o))throw new Error('"m" must be 0..2^32');if(!cn(i)||i<1)throw new Error('"t" (iterations) must be 1..2^32');if(a!==void 0&&typeof a!="function")throw new Error('"onProgress" must be a function');if(Q(c,"asyncTick"),!cn(o)||o<8*r)throw new Error('"m" (memory) must be at least 8*p bytes');if(s!==16&&s!==19)throw new Error('"version" must be 0x10 or 0x13, got '+s);return t}function Xh(e,t,n,r){let o=[],i=new Uint32Array(1),s=dr(i),a,c,d=!1,h=(g,l)=>(typeof g=="string"&&o.push(l),l);try{let g=h(e,hn(e,"password")),l=h(t,hn(t,"salt"));if(!cn(g.length))throw new Error('"password" must be less of length 1..4Gb');if(!cn(l.length)||l.length<8)throw new Error('"salt" must be of length 8..4Gb');if(!Object.values(Zo).includes(n))throw new Error('"type" was invalid');let{p:u,dkLen:p,m:f,t:b,version:w,key:m,personalization:y,maxmem:v,onProgress:x,asyncTick:S}=Jh(r),j=m;m=h(j,ld(j,"key"));let _=y;y=h(_,ld(_,"personalization")),a=Xn.create();for(let k of[u,p,f,b,w,n])i[0]=Te(k),a.update(s);for(let k of[g,l,m,y])i[0]=Te(k.length),a.update(s).update(k);return c=new Uint32Array(18),a.digestInto(dr(c)),d=!0,{H0:c,p:u,dkLen:p,m:f,t:b,version:w,maxmem:v,onProgress:x,asyncTick:S}}finally{a&&a.destroy(),te(i,...o),!d&&c&&te(c)}}function Zh(e,t,n,r){let{H0:o,p:i,dkLen:s,m:a,t:c,version:d,maxmem:h,onProgress:g,asyncTick:l}=Xh(e,t,n,r);try{let u=i,p=4*i*Math.floor(a/(Mr*i)),f=Math.floor(p/i),b=Math.floor(f/Mr),w=p*1024;if(!cn(h))throw new Error('"maxmem" expected <2**32, got '+h);if(w>h)throw new Error('"maxmem" limit was hit: memUsed(mP*1024)='+w+", maxmem="+h);let m=new Uint32Array(w/4);for(let v=0;v<i;v++){let x=256*f*v;o[17]=Te(v),o[16]=Te(0),m.set(Be(je(Ps(o,1024))),x),o[16]=Te(1),m.set(Be(je(Ps(o,1024))),x+256)}let y=()=>{};if(g){let v=c*Mr*i*b-2*i,x=Math.max(Math.floor(v/1e4),1),S=0;y=()=>{S++,g&&(!(S%x)||S===v)&&g(S/v)}}return{type:n,mP:p,p:i,t:c,version:d,B:m,laneLen:f,lanes:u,segmentLen:b,dkLen:s,perBlock:y,asyncTick:l}}finally{te(o)}}function Qh(e,t,n,r){let o=new Uint32Array(256);for(let s=0;s<t;s++)for(let a=0;a<256;a++)o[a]^=e[256*(n*s+n-1)+a];let i=Ps(Be(o),r);return te(e,o),i}function*em(e,t){let{type:n,mP:r,p:o,t:i,version:s,B:a,laneLen:c,lanes:d,segmentLen:h,perBlock:g}=e;t[262]=r,t[264]=i,t[266]=n;for(let l=0;l<i;l++){let u=l!==0&&s===19;t[256]=l;for(let p=0;p<Mr;p++){t[260]=p;let f=n==Zo.Argon2i||n==Zo.Argon2id&&l===0&&p<2;for(let b=0;b<o;b++){t[258]=b,t[268]=0;let w=0;l===0&&p===0&&(w=2,f&&(t[268]++,Ir(t,256,2*256,0,!1),Ir(t,0,2*256,0,!1)));let m=b*c+p*h+w;for(let y=w;y<h;y++,m++){g();let v=m%c?m-1:m+c-1,x,S;if(f){let $=y%128;$===0&&(t[268]++,Ir(t,256,2*256,0,!1),Ir(t,0,2*256,0,!1)),x=t[2*$],S=t[2*$+1]}else{let $=256*v;x=a[$],S=a[$+1]}let j=l===0&&p===0?b:S%d,_=Wh(l,p,c,h,y,x,j==b),k=c*j+_;Ir(a,256*v,256*k,m*256,u),yield}}}}te(t)}async function tm(e,t,n,r){let o=Zh(t,n,e,r),i=new Uint32Array(3*256),s=em(o,i),a=()=>te(i,o.B),c=Date.now();for(;!s.next().done;){let d=Date.now()-c;d>=0&&d<o.asyncTick||(await Ra(a),c=Date.now())}return Qh(o.B,o.p,o.laneLen,o.dkLen)}var fd=(e,t,n={})=>tm(Zo.Argon2id,e,t,n);var pd=8,nm="dropbox-codename-v1",rm="dropbox/v1/codename/x25519",om="dropbox/v1/codename/ed25519",im="dropbox/v1/codename/mlkem768x25519",sm="dropbox/v1/codename/delete-token",am="dropbox/v1/codename/withdraw-secret",cm={t:2,m:19*1024,p:1,dkLen:32,version:19};function Ds(e){let t=e.split(`
`).filter(n=>n!=="");if(t.length!==7776)throw new Error("the codename word list must have 7776 words");return t}function hd(e){return Array.from({length:pd},()=>e[Gt(e.length)]).join(" ")}function md(e,t){let n=e.toLowerCase(),r=[],o="";for(let s of n)Kt(s)?(o&&r.push(o),o=""):o+=s;if(o&&r.push(o),r.length!==pd)throw Object.assign(new Error(`a codename has exactly 8 words, this has ${r.length}`),{l10n:{id:"codename-word-count",args:{count:r.length}}});let i=new Set(t);return r.forEach((s,a)=>{if(!i.has(s))throw Object.assign(new Error(`word ${a+1} of the codename is not on the word list; check its spelling`),{l10n:{id:"codename-unknown-word",args:{n:a+1}}})}),r.join(" ")}function lm(e){let t=Ga(e);if(!t)throw new Error("the team fingerprint is 64 lowercase hex digits");return Ve(le(nm),t)}function gd(e,t,n){return fd(le(e),lm(t),{...cm,asyncTick:10,onProgress:n})}function Qo(e){let t=tn(Y,e),n=it(Y,t,le(rm),32),r=it(Y,t,le(om),32),o=it(Y,t,le(im),32),i=it(Y,t,le(sm),32),s=it(Y,t,le(am),32),a=Kn.getPublicKey(r),c={hybridIdentity:Mc(o),hybridRecipient:Ic(rn.getPublicKey(o)),x25519Identity:Pc(n),x25519Recipient:Uc(Dc(n)),ed25519Seed:r,ed25519Public:Nc(a),mailbox:Ft(a),thread:qe(Y(a)),deleteToken:{text:Ft(i),hash:qe(Y(i))},withdrawSecret:{text:Ft(s),hash:qe(Y(s))}};return i.fill(0),s.fill(0),n.fill(0),o.fill(0),t.fill(0),c}async function*yd(e){let t=e.stream().getReader();for(;;){let{value:n,done:r}=await t.read();if(r)return;yield n}}function Fs(e){return new ReadableStream({async pull(t){try{let{value:n,done:r}=await e.next();r?t.close():t.enqueue(n)}catch(n){t.error(n)}},cancel(){e.return()}},{highWaterMark:1})}async function ei(e,t){if(e.size!==t.length)throw new Error("the buffer is not of the Blob's size");let n=null;try{n=e.stream().getReader({mode:"byob"})}catch{}if(!n)return t.set(new Uint8Array(await e.arrayBuffer())),t;let r=t.byteOffset,o=t.length,i=t.buffer,s=0;try{for(;s<o;){let{value:a,done:c}=await n.read(new Uint8Array(i,r+s,o-s));if(c)break;i=a.buffer,s+=a.length}}finally{n.releaseLock()}if(s!==o)throw new Error("the file ended early");return new Uint8Array(i,r,o)}var bd=1024*1024,wd=8,Ks=256*1024;async function dm(e){let t=en(),n=new Uint8Array(Math.min(Ks,e.size));for(let r=0;r<e.size;r+=Ks){let o=Math.min(Ks,e.size-r),i=await ei(e.slice(r,r+o),n.subarray(0,o));t.update(i),n=new Uint8Array(i.buffer)}return t.digest()}function ti(){let e=en(),t=[];return{update(n,r=!1){e.update(n),r&&n.byteOffset===0&&n.byteLength===n.buffer.byteLength&&t.length<wd&&t.push(n.buffer)},async digest(){let n=e.digest();return e=en(),n},take(n){let r=t.findIndex(o=>o.byteLength===n);return r<0?new Uint8Array(n):new Uint8Array(t.splice(r,1)[0])},file:dm,close(){}}}function vd(e){let t=0,n=null,r=[],o=null,i=[],s=new Map,a=0,c=()=>{let h=r.filter(()=>n||t<=bd);r=r.filter(g=>!h.includes(g));for(let g of h)n?g.reject(n):g.resolve()},d=h=>{n=n||h,c(),o&&o.reject(n),o=null;for(let g of s.values())g.reject(n);s.clear()};return e.onmessage=h=>{let g=h.data;if(g.hashed!==void 0)t-=g.hashed,g.back&&i.length<wd&&i.push(g.back),c();else if(g.digest!==void 0){let l=o;o=null,l&&l.resolve(new Uint8Array(g.digest))}else if(g.fileDigest!==void 0){let l=s.get(g.id);s.delete(g.id),l&&l.resolve(new Uint8Array(g.fileDigest))}else g.error!==void 0&&d(new Error(g.error))},e.onerror=h=>d(new Error(h&&h.message||"the hashing worker failed")),{update(h,g=!1){if(n)throw n;let l=g&&h.byteOffset===0&&h.byteLength===h.buffer.byteLength,u=l?h:h.slice();if(t+=u.length,e.postMessage({sha256:u,back:l},[u.buffer]),!(t<=bd))return new Promise((p,f)=>{r.push({resolve:p,reject:f})})},digest(){return n?Promise.reject(n):new Promise((h,g)=>{o={resolve:h,reject:g},e.postMessage({sha256Digest:!0})})},take(h){let g=i.findIndex(l=>l.byteLength===h);return g<0?new Uint8Array(h):new Uint8Array(i.splice(g,1)[0])},file(h){if(n)return Promise.reject(n);let g=a++;return new Promise((l,u)=>{s.set(g,{resolve:l,reject:u}),e.postMessage({sha256File:h,id:g})})},close(){e.terminate(),d(new Error("the hashing worker was closed"))}}}var um=8*1024*1024,fm=512*1024,ni={"Tus-Resumable":"1.0.0"},et=class extends Error{constructor(t,n,r){super(t),this.status=n,this.code=r}};async function Zn(e){let t="",n=`the server answered ${e.status}`;try{let r=await e.json();t=r.error||"",r.message&&(n+=`: ${r.message}`)}catch{}return new et(n,e.status,t)}var Hs=e=>new Promise(t=>setTimeout(t,e));function Qn(e,t){return fetch(e,{cache:"no-store",credentials:"omit",redirect:"error",referrerPolicy:"no-referrer",...t})}async function Gs(e,t,n){let r=le(`${e}:`),o=i=>{let s=t;for(let a of i){if(s===0)return!0;let c=a===0?8:Math.clz32(a)-24;if(s<=8)return c>=s;if(c<8)return!1;s-=8}return s===0};for(let i=0;;i++){let s=String(i),a=Y.create().update(r).update(le(s)).digest();if(o(a))return s;i%2e4===0&&(n&&n(i),await Hs(0))}}async function Ws(e,t,n=Gs){let r=await Qn(`${e}/v1/pow`,{method:"GET"});if(!r.ok)return null;let o=await r.json();if(!o.bits)return null;t&&t(`Doing the server's anti-flooding puzzle (${o.bits} bits)…`,{id:"status-puzzle",args:{bits:o.bits}});let i=await n(o.challenge,o.bits),s=await Qn(`${e}/v1/pow`,{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify({challenge:o.challenge,nonce:i})});if(!s.ok)throw await Zn(s);return(await s.json()).token}async function Vs({base:e="",reader:t,length:n,deleteHash:r,withdrawHash:o,token:i,onProgress:s,onStatus:a,onPart:c,owned:d=!1,part:h=um,retries:g=8,hasher:l=ti()}){let u={...ni,"Upload-Length":String(n)};r&&(u["Dropbox-Delete-Hash"]=r),o&&(u["Dropbox-Withdraw-Hash"]=o),i&&(u["Dropbox-Upload-Token"]=i);let p=await Qn(`${e}/v1/uploads`,{method:"POST",headers:u});if(p.status!==201)throw await Zn(p);let f=p.headers.get("Location"),b=/^https?:\/\/[^/]*/.exec(e)?.[0]??"";if(!f||!f.startsWith(`${e.slice(b.length)}/v1/uploads/`))throw new et("the server gave no upload address",p.status,"");let w=`${b}${f}`,m=0,y=0,v=!1,x=null,S=!1,j=null;async function _(){let O=Math.min(h,n-y),C=[],z=[],R=0,q=async()=>{let L=new Blob(z),B=z;z=[],R=0;for(let E of B)await l.update(E,d);return L},A=0;for(;A<O;){if(j){let N=Math.min(j.size,O-A);C.push(N<j.size?j.slice(0,N):j),j=N<j.size?j.slice(N):null,A+=N;continue}let L=await t.read();if(L.done)break;let B=L.value;z.push(B),R+=B.length;let E=Math.min(B.length,O-A);if(A+=E,E<B.length){let N=B.length-E,U=await q(),F=U.size-N;C.push(U.slice(0,F)),j=U.slice(F)}else(A===O||R>=fm)&&C.push(await q())}if(z.length&&C.push(await q()),A!==O)throw new et("the encrypted data ended early",0,"");y+=O;let M=new Blob(C);return c&&c(M),M}let k=O=>(O.catch(()=>{}),O),$=k(_());for(;!v;){let O=await $;$=y<n?k(_()):null;let C=m,z=C+O.size,R=0;for(;m<z;){let q;try{q=await Qn(w,{method:"PATCH",headers:{...ni,"Content-Type":"application/offset+octet-stream","Upload-Offset":String(m)},body:m===C?O:O.slice(m-C)})}catch{q=null}if(q&&q.status===204){let L=Number(q.headers.get("Upload-Offset"));if(!(L>m&&L<=z))throw new et("the server reports an offset outside the part being sent",0,"");m=L,m===n&&(x={id:q.headers.get("Dropbox-Submission-Id"),receipt:q.headers.get("Dropbox-Receipt")}),s&&s(m,n),R=0;continue}if(q&&q.status!==409&&q.status<500&&q.status!==408&&q.status!==400)throw await Zn(q);if(++R>g)throw q?await Zn(q):new et("the connection keeps failing",0,"");a&&a(`The connection was interrupted; resuming (attempt ${R} of ${g})…`,{id:"status-resuming",args:{attempt:R,retries:g}}),await Hs(Math.min(1e3*2**(R-1),15e3));let A;try{A=await Qn(w,{method:"HEAD",headers:ni})}catch{continue}if(A.status===404&&z===n){S=!0,m=z;break}if(A.status!==200)throw new et(`the server lost the upload (${A.status})`,A.status,"");let M=Number(A.headers.get("Upload-Offset"));if(!(M>=C&&M<=z))throw new et("the server reports an offset outside the part being sent",0,"");m=M,s&&s(m,n)}if(m===n&&!x&&!S)for(let q=1;;q++){let A=null;try{A=await Qn(w,{method:"PATCH",headers:{...ni,"Content-Type":"application/offset+octet-stream","Upload-Offset":String(n)},body:new Uint8Array(0)})}catch{A=null}if(A&&A.status===204&&A.headers.get("Dropbox-Receipt")){x={id:A.headers.get("Dropbox-Submission-Id"),receipt:A.headers.get("Dropbox-Receipt")};break}if(A&&A.status===404){S=!0;break}if(A&&A.status!==409&&A.status<500&&A.status!==408)throw await Zn(A);if(q>g)throw A?await Zn(A):new et("the connection keeps failing",0,"");await Hs(Math.min(1e3*2**(q-1),15e3))}v=m===n}if(j||!(await t.read()).done)throw new et("the encrypted data is longer than announced",0,"");let T=qe(await l.digest());if(S&&!x)return{id:null,receipt:T,uncertain:!0};if(!x||x.receipt!==T)throw new et("the server's receipt does not match what was sent",0,"");return{id:x.id,receipt:T}}var ln=64*1024,Pr=16,Ur=8*ln;function xd(e){return e+Pr*Math.max(1,Math.ceil(e/ln))}function pm(e,t,n,r,o){let i=Math.max(1,Math.ceil(r.length/ln));if(!n&&r.length!==i*ln)throw new Error("only the last segment may end in a partial chunk");let s=r.length+Pr*i,a=o&&o.length===s?o:new Uint8Array(s),c=new Uint8Array(12);for(let d=0;d<i;d++){let h=t+d;for(let u=10;u>=0;u--)c[u]=h%256,h=Math.floor(h/256);c[11]=n&&d===i-1?1:0;let g=r.subarray(d*ln,Math.min(r.length,(d+1)*ln)),l=d*(ln+Pr);De(e,c).encrypt(g,a.subarray(l,l+g.length+Pr))}return a}function Ys(e,t,n,r){if(n.length!==e.attachments.length||r.length!==n.length)throw new Error("one Blob and one digest per attachment");n.forEach((g,l)=>{if(g.size!==e.attachments[l].size)throw new Error(`attachment ${l} is not of its declared size`)});let o=new Uint8Array(4);new DataView(o.buffer).setUint32(0,t.length);let i=Ve(ht,o,t),s=os(n.length),a=null,c=()=>(a||=Promise.all(r).then(g=>{let l=zt({sha256:g.map(u=>typeof u=="string"?u:qe(u))});if(l.length!==s)throw new Error("the trailer is not of its expected length");return l}),a),d=ll(t.length,e),h=i.length+n.reduce((g,l)=>g+l.size,0)+s;return{length:d,pieces:[{bytes:i},...n.map(g=>({blob:g})),{later:c,length:s},{zeros:d-h}]}}var hm=e=>e.bytes?e.bytes.length:e.blob?e.blob.size:e.later?e.length:e.zeros;async function mm(e,t,n){let r=[],o=0;for(let i of e.pieces){let s=hm(i),a=Math.max(t,o),c=Math.min(n,o+s);if(a<c)if(i.blob)r.push({blob:i.blob,start:a-o,end:c-o});else if(i.zeros!==void 0)r.push({zeros:c-a});else{let d=i.bytes||await i.later();r.push({bytes:d.slice(a-o,c-o)})}if(o+=s,o>=n)break}return r}var gm=2;async function ym(e,t){let n=e.reduce((i,s)=>i+(s.bytes?s.bytes.length:s.blob?s.end-s.start:s.zeros),0);(!t.plain||t.plain.buffer.byteLength<n)&&(t.plain=new Uint8Array(Math.max(n,Ur)));let r=new Uint8Array(t.plain.buffer,0,n),o=0;for(let i of e)if(i.bytes)r.set(i.bytes,o),o+=i.bytes.length;else if(i.blob){let s=await ei(i.blob.slice(i.start,i.end),r.subarray(o,o+i.end-i.start));r=new Uint8Array(s.buffer,0,n),o+=i.end-i.start}else r.fill(0,o,o+i.zeros),o+=i.zeros;return t.plain=new Uint8Array(r.buffer),r}function ri(e,t,n){if(e.sealKey!==void 0)return t.key&&t.key.fill(0),t.key=e.sealKey,!0;if(e.sealForget!==void 0){t.key&&t.key.fill(0),t.key=null;for(let c of t.free||[])c.fill(0);return!0}if(e.seal===void 0)return!1;let{id:r,counter:o,final:i,parts:s,out:a}=e.seal;return(async()=>{try{if(!t.key)throw new Error("no payload key");t.free||=[];let c={plain:t.free.pop()},d=await ym(s,c);if(!t.key)throw new Error("no payload key");let h=pm(t.key,o,i,d,a?new Uint8Array(a):void 0);t.free.length<gm&&t.free.push(c.plain),n({sealed:r,out:h.buffer},[h.buffer])}catch(c){n({sealError:String(c&&c.message||c),id:r})}})()}function kd(){let e={key:null},t=!1;return{workers:1,key(n){ri({sealKey:Uint8Array.from(n)},e,()=>{})},forget(){ri({sealForget:!0},e,()=>{})},run(n){return t?Promise.reject(new Error("the sealer was closed")):new Promise((r,o)=>{ri({seal:n},e,i=>i.sealError!==void 0?o(new Error(i.sealError)):r(new Uint8Array(i.out)))})},close(){t=!0,ri({sealForget:!0},e,()=>{})}}}function Ed(e){let t=new Map,n=0,r=0,o=null,i=s=>{o=o||s;for(let a of t.values())a.reject(o);t.clear()};for(let s of e)s.onmessage=a=>{let c=a.data,d=t.get(c.sealed!==void 0?c.sealed:c.id);d&&(t.delete(c.sealed!==void 0?c.sealed:c.id),c.sealError!==void 0?d.reject(new Error(c.sealError)):d.resolve(new Uint8Array(c.out)))},s.onerror=a=>i(new Error(a&&a.message||"an encryption worker failed"));return{workers:e.length,key(s){for(let a of e)a.postMessage({sealKey:Uint8Array.from(s)})},forget(){for(let s of e)s.postMessage({sealForget:!0})},run(s){if(o)return Promise.reject(o);let a=n++,c=e[r++%e.length];return new Promise((d,h)=>{t.set(a,{resolve:d,reject:h});let g=s.out?[s.out]:[];c.postMessage({seal:{...s,id:a}},g)})},close(){for(let s of e)s.postMessage({sealForget:!0}),s.terminate();i(new Error("the sealer was closed"))}}}async function Js({encrypter:e,plan:t,sealer:n,take:r=i=>new Uint8Array(i),ahead:o=n.workers+1}){let i=null;e.addRecipient({wrapFileKey(f){return i=Uint8Array.from(f),[]}});let s=await e.encrypt(new ReadableStream({start:f=>f.close()})),a=[];for await(let f of s)a.push(f);let c=Ve(...a),d=c.slice(0,c.length-Pr);c.fill(0);let h=d.subarray(d.length-16),g=mt(Y,i,h,le("payload"),32);i.fill(0),n.key(g),g.fill(0);let l=t.length,u=Math.max(1,Math.ceil(l/Ur));async function*p(){let f=[],b=0,w=()=>{let m=b++,y=m*Ur,v=Math.min(l,y+Ur),x=m===u-1,S=mm(t,y,v).then(j=>{let _=r(xd(v-y));return n.run({counter:m*(Ur/ln),final:x,parts:j,out:_.buffer})});S.catch(()=>{}),f.push(S)};try{for(yield d;f.length||b<u;){for(;b<u&&f.length<o;)w();yield await f.shift()}}finally{n.forget()}}return{length:d.length+xd(l),chunks:p()}}var bm={225:"EXIF/XMP",237:"IPTC (Photoshop)",254:"comment"};function wm(e,t){return e[t]<<8|e[t+1]}function oi(e,t,n){for(let r=0;r<n.length;r++)if(e[t+r]!==n.charCodeAt(r))return!1;return!0}function vm(e,t,n){let r=t+6;if(n-r<8)return!1;let o=e[r]===73&&e[r+1]===73,i=e[r]===77&&e[r+1]===77;if(!o&&!i)return!1;let s=h=>o?e[h]|e[h+1]<<8:e[h]<<8|e[h+1],c=r+(h=>o?(e[h]|e[h+1]<<8|e[h+2]<<16)+e[h+3]*2**24:e[h]*2**24+(e[h+1]<<16|e[h+2]<<8|e[h+3]))(r+4);if(c+2>n)return!1;let d=s(c);for(let h=0;h<d;h++){let g=c+2+12*h;if(g+12>n)return!1;if(s(g)===34853)return!0}return!1}function xm(e,t,n,r){return t===225?oi(e,n,"Exif\0\0")?vm(e,n,r)?"EXIF (with GPS location)":"EXIF":oi(e,n,"http://ns.adobe.com/xap/1.0/")||oi(e,n,"http://ns.adobe.com/xmp/")?"XMP":"APP1 data":bm[t]||`APP${t-224} data`}function km(e){let t=[e.subarray(0,2)],n=[],r=2,o=!1;for(;;){if(o){let h=r;for(;;){if(r+1>=e.length)throw new Error("the image data ends early");if(e[r]===255&&e[r+1]!==0&&!(e[r+1]>=208&&e[r+1]<=215)&&e[r+1]!==255)break;r++}t.push(e.subarray(h,r)),o=!1}if(r+1>=e.length||e[r]!==255)throw new Error("not a well-formed JPEG");for(;e[r+1]===255;)r++;let i=e[r+1];if(i===217){t.push(e.subarray(r,r+2)),r+2<e.length&&n.push(`${e.length-r-2} bytes after the end of the image`);break}if(i===1||i>=208&&i<=215){t.push(e.subarray(r,r+2)),r+=2;continue}if(r+4>e.length)throw new Error("not a well-formed JPEG");let s=wm(e,r+2),a=r+2+s;if(s<2||a>e.length)throw new Error("not a well-formed JPEG");if(!(i>=224&&i<=239||i===254)||i===224||i===238||i===226&&oi(e,r+4,"ICC_PROFILE\0"))t.push(e.subarray(r,a));else{let h=xm(e,i,r+4,a);n.includes(h)||n.push(h)}r=a,i===218&&(o=!0)}return{bytes:zd(t),removed:n}}var Em=[137,80,78,71,13,10,26,10],$d={tEXt:"text",zTXt:"compressed text",iTXt:"international text",eXIf:"EXIF",tIME:"modification time"};function $m(e){let t=[e.subarray(0,8)],n=[],r=8;for(;;){if(r+12>e.length)throw new Error("not a well-formed PNG");let o=e[r]*2**24+(e[r+1]<<16|e[r+2]<<8|e[r+3]),i=String.fromCharCode(e[r+4],e[r+5],e[r+6],e[r+7]),s=r+12+o;if(s>e.length)throw new Error("not a well-formed PNG");if($d[i]){let a=`${$d[i]} (${i})`;n.includes(a)||n.push(a)}else t.push(e.subarray(r,s));if(r=s,i==="IEND"){r<e.length&&n.push(`${e.length-r} bytes after the end of the image`);break}}return{bytes:zd(t),removed:n}}function zd(e){let t=0;for(let o of e)t+=o.length;let n=new Uint8Array(t),r=0;for(let o of e)n.set(o,r),r+=o.length;return n}function Xs(e){return e.length>=3&&e[0]===255&&e[1]===216&&e[2]===255?"jpeg":e.length>=8&&Em.every((t,n)=>e[n]===t)?"png":null}function Sd(e){let t=Xs(e);return t==="jpeg"?{kind:t,...km(e)}:t==="png"?{kind:t,...$m(e)}:{kind:null,bytes:e,removed:[]}}function zm(){return Ft(Ue(16))}function Sm(e){return`sha-256=:${Dt(Y(e))}:`}function qm({query:e=null,digest:t=null,created:n,nonce:r,keyid:o}){let i=['"@method"','"@path"'];return e!==null&&i.push('"@query"'),t!==null&&i.push('"content-digest"'),`(${i.join(" ")});created=${n};nonce="${r}";keyid="${o}";alg="ed25519"`}function Am({method:e,path:t,query:n=null,digest:r=null,params:o}){let i=`"@method": ${e.toUpperCase()}
"@path": ${t}
`;return n!==null&&(i+=`"@query": ?${n}
`),r!==null&&(i+=`"content-digest": ${r.trim()}
`),i+`"@signature-params": ${o}`}function Dr({method:e,target:t,body:n=null,keyid:r,seed:o,created:i=Math.floor(Date.now()/1e3),nonce:s=zm()}){let a=t.indexOf("?"),c=a<0?t:t.slice(0,a),d=a<0?null:t.slice(a+1),h=n===null?null:Sm(n),g=qm({query:d,digest:h,created:i,nonce:s,keyid:r}),l=Am({method:e,path:c,query:d,digest:h,params:g}),u=xo(o,le(l)),p={"Signature-Input":`sig1=${g}`,Signature:`sig1=:${Dt(u)}:`};return h!==null&&(p["Content-Digest"]=h),p}var jm="dropbox-reply/1",qd="dropbox-followup/1",Ad="dropbox-thread/1",he=e=>new P("jcs-shape",e);function er(e){if(typeof e!="string"||e.length!==43)return null;let t=ro(e);return t&&t.length===32?t:null}function ai(e){return qe(Y(er(e)))}function Qs(e,t){if(ft(e)===null)throw he(`invalid ${t}`)}var ii=(e,t)=>Object.prototype.hasOwnProperty.call(e,t);function si(e,t){if(!Array.isArray(e)||!e.every(Tt))throw he(t);return[...e]}function Zs(e){return[...new Set(e)].sort((t,n)=>t<n?-1:t>n?1:0)}function jd(e){if(Ce(e,["type","team","mailbox","seq","member","created","body"],["roster_seq","recipients"],he),typeof e.type!="string")throw he("type");if(!Ne(e.team))throw he("team");if(!er(e.mailbox))throw he("mailbox");if(!rt(e.seq))throw he("seq");if(!Tt(e.member))throw he("member");if(Qs(e.created,"created"),typeof e.body!="string")throw he("body");let t={type:e.type,team:e.team,mailbox:e.mailbox,seq:e.seq,member:e.member,created:e.created,body:e.body};if(ii(e,"roster_seq")){if(!rt(e.roster_seq))throw he("roster_seq");t.roster_seq=e.roster_seq}return ii(e,"recipients")&&(t.recipients=si(e.recipients,"recipients")),t}function Tm(e){if(Ce(e,["type","team","mailbox","thread","seq","created","body","attachments"],["recipients"],he),ii(e,"recipients")&&si(e.recipients,"recipients"),typeof e.type!="string")throw he("type");if(!Ne(e.team))throw he("team");if(!er(e.mailbox))throw he("mailbox");if(!Ne(e.thread))throw he("thread");if(!rt(e.seq))throw he("seq");if(Qs(e.created,"created"),typeof e.body!="string")throw he("body");if(!Array.isArray(e.attachments)||!e.attachments.every(Ne))throw he("attachments");let t={...e,attachments:[...e.attachments]};return ii(e,"recipients")&&(t.recipients=[...e.recipients]),t}function ea(e,t,n){let r=mn(e.payloadType,e.payload);if(!e.signatures.some(([o,i])=>o===t&&Hn(n,r,i)))throw new P("message-bad-signature","no valid signature by the message's author")}function Bm(e,t,n,r){let o=St(e,oo),i=jd(o.value);if(i.type!==jm)throw new P("message-invalid","type");if(i.team!==n)throw new P("message-wrong-team");if(i.mailbox!==r)throw new P("message-wrong-mailbox");let s=t.members.find(a=>a.id===i.member);if(!s)throw new P("message-not-member",`${i.member} is not a member of the roster`);return ea(o,i.member,ut(s.sign)),i}function _m(e,t,n,r=t.head.roster.seq){let o=t.head.roster.seq;if(!Number.isSafeInteger(r)||r<1||r>o)throw new P("message-invalid","reply posted under a roster this chain does not have");let s=jd(St(e,oo).value).roster_seq??r;if(s<1||s>r)throw new P("message-invalid","reply names a roster newer than its posting");let a=t.rosters.find(l=>l.roster.seq===s);if(!a)throw new P("message-invalid","reply names an unknown roster");let c=Bm(e,a.roster,t.fingerprint,n),d=a.roster.members.find(l=>l.id===c.member);for(let l of t.rosters){let u=l.roster.seq;if(u>s&&u<=r){let p=l.roster.members.find(f=>f.id===c.member);if(!p||p.sign!==d.sign)throw new P("message-former-key",`${c.member} no longer held this key when the reply was posted`)}}let h=t.head.roster.members.find(l=>l.id===c.member),g=h?h.sign===d.sign?"member":"former-key":"former-member";return{reply:c,name:d.name,standing:g}}function Td(e){return e.standing==="former-member"?`${e.name} (former member)`:e.standing==="former-key"?`${e.name} (former key)`:e.name}function Bd(e){let t=e.reduce((r,o)=>Math.max(r,o),0),n=[];for(let r=1;r<=t;r++)e.includes(r)||n.push(r);return n}function _d(e,t,n){let r=mn(e,t);return{payload:Dt(t),payloadType:e,signatures:n.map(([o,i])=>({keyid:o,sig:Dt(xo(i,r))}))}}function Od(e,t,n,r,o,i=[],s=null){let a={type:qd,team:e,mailbox:t,thread:ai(t),seq:n,created:r,body:o,attachments:[...i]};return s&&(a.recipients=Zs(s)),a}function Rd(e,t){return _d(Ln,zt(e),[[`mbx:${e.mailbox}`,t]])}function ci(e,t){let n=St(e,Ln),r=Tm(n.value);if(r.type!==qd)throw new P("message-invalid","type");if(r.team!==t)throw new P("message-wrong-team");if(r.thread!==ai(r.mailbox))throw new P("message-wrong-mailbox");let o=er(r.mailbox);if(!vo(o))throw new P("message-bad-signature");return ea(n,`mbx:${r.mailbox}`,o),r}function Om(e){if(Ce(e,["type","team","mailbox","thread","roster_seq","created","recipients","left_out"],[],he),typeof e.type!="string")throw he("type");if(!Ne(e.team))throw he("team");if(!er(e.mailbox))throw he("mailbox");if(!Ne(e.thread))throw he("thread");if(!rt(e.roster_seq))throw he("roster_seq");return Qs(e.created,"created"),{...e,recipients:si(e.recipients,"recipients"),left_out:si(e.left_out,"left_out")}}function Ld(e,t,n,r,o){return{type:Ad,team:e,mailbox:t,thread:ai(t),roster_seq:n.seq,created:r,recipients:Zs(o),left_out:Zs(n.members.map(i=>i.id).filter(i=>!o.includes(i)))}}function Nd(e,t){return _d(Nn,zt(e),[[`mbx:${e.mailbox}`,t]])}function Cd(e,t,n){let r=St(e,Nn),o=Om(r.value);if(o.type!==Ad)throw new P("message-invalid","type");if(o.team!==t)throw new P("message-wrong-team");if(o.mailbox!==n||o.thread!==ai(n))throw new P("message-wrong-mailbox");let i=er(n);if(!vo(i))throw new P("message-bad-signature");return ea(r,`mbx:${n}`,i),o}function Id(e,t,n,r=[]){if(!e&&!t)return null;let o=[...e?e.recipients:[],...t||[]],i=s=>e&&e.left_out.includes(s)||r.includes(s);return n.members.map(s=>s.id).filter(s=>o.includes(s)&&!i(s))}function Md(e,t=[]){return[...e,...t].reduce((n,r)=>Math.max(n,r),0)+1}var Rm=16<<20;async function Ud(e,t,n){let r=[],o=[];for(let i of Array.isArray(e)?e:[])try{let s=$t(i&&typeof i.data=="string"?i.data:"");if(!s)throw new Error("not base64");let a=await qn(s,[n.x25519Identity]);if(a.length>Rm)throw new Error("the reply is too large");let c=Wn(a);if(c.header.kind!=="reply")throw new Error("not a reply");if(!c.header.signed)throw new Error("unsigned");let d=i&&Number.isSafeInteger(i.roster_seq)?i.roster_seq:t.head.roster.seq,h=_m(c.header.signed,t,n.mailbox,d);r.push({...h,day:i.day})}catch(s){o.push(`a message that failed verification was ignored (${s.code||s.message})`)}return r.sort((i,s)=>i.reply.seq-s.reply.seq),{shown:r,problems:o}}var Pd={cache:"no-store",credentials:"omit",redirect:"error",referrerPolicy:"no-referrer"};async function ta(e,t,n,r){let o={kind:"own",created:r,roster_seq:n,recipients:[],delete_token:zr().text,via:"client",signed:t,attachments:[]};return ad([e.x25519Recipient],await dl(o,[]))}async function na(e,t,n=null){let r=`${He()}/v1/mailboxes/${e.mailbox}/own`,o=Dr({method:"POST",target:r,body:t,keyid:`mbx:${e.mailbox}`,seed:e.ed25519Seed});o["Content-Type"]="application/octet-stream",n&&(o["Dropbox-Upload-Token"]=n);let i=await fetch(r,{...Pd,method:"POST",headers:o,body:t});if(i.status!==201){let s="";try{s=(await i.json()).message||""}catch{}throw new Error(`the drop box answered ${i.status}${s?`: ${s}`:""}`)}}async function Dd(e,t,n,r,o,i){let s=n;if(!s){let d=Ue(32);s=Qo(d),d.fill(0)}let a=Ld(e,s.mailbox,t,o,r),c=await ta(s,Nd(a,s.ed25519Seed),t.seq,o);await na(s,c,i)}async function Fd(e){let t=`${He()}/v1/mailboxes/${e.mailbox}/own`,n=Dr({method:"GET",target:t,keyid:`mbx:${e.mailbox}`,seed:e.ed25519Seed}),r=await fetch(t,{...Pd,headers:n});if(r.status!==200)throw new Error(`the drop box answered ${r.status} for your conversation's record`);return r.json()}async function Kd(e,t,n){let r={record:null,followups:[],problems:[]};for(let o of Array.isArray(e)?e:[])try{let i=$t(o&&typeof o.data=="string"?o.data:"");if(!i)throw new Error("not base64");let s=Wn(await qn(i,[n.x25519Identity]));if(s.header.kind!=="own"||s.attachments.length)throw new Error("not an item of your own log");let a=s.header.signed;if(a.payloadType===Nn){let c=Cd(a,t,n.mailbox);r.record||(r.record=c)}else if(a.payloadType===Ln){let c=ci(a,t);if(c.mailbox!==n.mailbox)throw new Error("a follow-up of another mailbox");r.followups.push(c)}else throw new Error("unexpected item")}catch(i){r.problems.push(`an item of your own log was ignored (${i.code||i.message})`)}return r}var wt=class{constructor(t){this.value=t}valueOf(){return this.value}},ue=class extends wt{constructor(t="???"){super(t)}toString(t){return`{${this.value}}`}},Fe=class extends wt{constructor(t,n={}){super(t),this.opts=n}toString(t){if(t)try{return t.memoizeIntlObject(Intl.NumberFormat,this.opts).format(this.value)}catch(n){t.reportError(n)}return this.value.toString(10)}},vt=class e extends wt{static supportsValue(t){if(typeof t=="number"||t instanceof Date)return!0;if(t instanceof wt)return e.supportsValue(t.valueOf());if("Temporal"in globalThis){let n=globalThis.Temporal;if(t instanceof n.Instant||t instanceof n.PlainDateTime||t instanceof n.PlainDate||t instanceof n.PlainMonthDay||t instanceof n.PlainTime||t instanceof n.PlainYearMonth)return!0}return!1}constructor(t,n={}){t instanceof e?(n={...t.opts,...n},t=t.value):t instanceof wt&&(t=t.valueOf()),typeof t=="object"&&"calendarId"in t&&n.calendar===void 0&&(n={...n,calendar:t.calendarId}),super(t),this.opts=n}[Symbol.toPrimitive](t){return t==="string"?this.toString():this.toNumber()}toNumber(){let t=this.value;if(typeof t=="number")return t;if(t instanceof Date)return t.getTime();if("epochMilliseconds"in t)return t.epochMilliseconds;if("toZonedDateTime"in t)return t.toZonedDateTime("UTC").epochMilliseconds;throw new TypeError("Unwrapping a non-number value as a number")}toString(t){if(t)try{return t.memoizeIntlObject(Intl.DateTimeFormat,this.opts).format(this.value)}catch(n){t.reportError(n)}return typeof this.value=="number"||this.value instanceof Date?new Date(this.value).toISOString():this.value.toString()}};var Hd=100,Lm="⁨",Nm="⁩";function Cm(e,t,n){if(n===t||n instanceof Fe&&t instanceof Fe&&n.value===t.value)return!0;if(t instanceof Fe&&typeof n=="string"){let r=e.memoizeIntlObject(Intl.PluralRules,t.opts).select(t.value);if(n===r)return!0}return!1}function Gd(e,t,n){return t[n]?tr(e,t[n].value):(e.reportError(new RangeError("No default")),new ue)}function ra(e,t){let n=[],r=Object.create(null);for(let o of t)o.type==="narg"?r[o.name]=Fr(e,o.value):n.push(Fr(e,o));return{positional:n,named:r}}function Fr(e,t){switch(t.type){case"str":return t.value;case"num":return new Fe(t.value,{minimumFractionDigits:t.precision});case"var":return Im(e,t);case"mesg":return Mm(e,t);case"term":return Um(e,t);case"func":return Pm(e,t);case"select":return Dm(e,t);default:return new ue}}function Im(e,{name:t}){let n;if(e.params)if(Object.prototype.hasOwnProperty.call(e.params,t))n=e.params[t];else return new ue(`$${t}`);else if(e.args&&Object.prototype.hasOwnProperty.call(e.args,t))n=e.args[t];else return e.reportError(new ReferenceError(`Unknown variable: $${t}`)),new ue(`$${t}`);if(n instanceof wt)return n;switch(typeof n){case"string":return n;case"number":return new Fe(n);case"object":if(vt.supportsValue(n))return new vt(n);default:return e.reportError(new TypeError(`Variable type not supported: $${t}, ${typeof n}`)),new ue(`$${t}`)}}function Mm(e,{name:t,attr:n}){let r=e.bundle._messages.get(t);if(!r)return e.reportError(new ReferenceError(`Unknown message: ${t}`)),new ue(t);if(n){let o=r.attributes[n];return o?tr(e,o):(e.reportError(new ReferenceError(`Unknown attribute: ${n}`)),new ue(`${t}.${n}`))}return r.value?tr(e,r.value):(e.reportError(new ReferenceError(`No value: ${t}`)),new ue(t))}function Um(e,{name:t,attr:n,args:r}){let o=`-${t}`,i=e.bundle._terms.get(o);if(!i)return e.reportError(new ReferenceError(`Unknown term: ${o}`)),new ue(o);if(n){let a=i.attributes[n];if(a){e.params=ra(e,r).named;let c=tr(e,a);return e.params=null,c}return e.reportError(new ReferenceError(`Unknown attribute: ${n}`)),new ue(`${o}.${n}`)}e.params=ra(e,r).named;let s=tr(e,i.value);return e.params=null,s}function Pm(e,{name:t,args:n}){let r=e.bundle._functions[t];if(!r)return e.reportError(new ReferenceError(`Unknown function: ${t}()`)),new ue(`${t}()`);if(typeof r!="function")return e.reportError(new TypeError(`Function ${t}() is not callable`)),new ue(`${t}()`);try{let o=ra(e,n);return r(o.positional,o.named)}catch(o){return e.reportError(o),new ue(`${t}()`)}}function Dm(e,{selector:t,variants:n,star:r}){let o=Fr(e,t);if(o instanceof ue)return Gd(e,n,r);for(let i of n){let s=Fr(e,i.key);if(Cm(e,o,s))return tr(e,i.value)}return Gd(e,n,r)}function oa(e,t){if(e.dirty.has(t))return e.reportError(new RangeError("Cyclic reference")),new ue;e.dirty.add(t);let n=[],r=e.bundle._useIsolating&&t.length>1;for(let o of t){if(typeof o=="string"){n.push(e.bundle._transform(o));continue}if(e.placeables++,e.placeables>Hd)throw e.dirty.delete(t),new RangeError(`Too many placeables expanded: ${e.placeables}, max allowed is ${Hd}`);r&&n.push(Lm),n.push(Fr(e,o).toString(e)),r&&n.push(Nm)}return e.dirty.delete(t),n.join("")}function tr(e,t){return typeof t=="string"?e.bundle._transform(t):oa(e,t)}var li=class{constructor(t,n,r){this.dirty=new WeakSet,this.params=null,this.placeables=0,this.bundle=t,this.errors=n,this.args=r}reportError(t){if(!this.errors||!(t instanceof Error))throw t;this.errors.push(t)}memoizeIntlObject(t,n){let r=this.bundle._intls.get(t);r||(r={},this.bundle._intls.set(t,r));let o=JSON.stringify(n);return r[o]||(r[o]=new t(this.bundle.locales,n)),r[o]}};function ia(e,t){let n=Object.create(null);for(let[r,o]of Object.entries(e))t.includes(r)&&(n[r]=o.valueOf());return n}var Wd=["unitDisplay","currencyDisplay","useGrouping","minimumIntegerDigits","minimumFractionDigits","maximumFractionDigits","minimumSignificantDigits","maximumSignificantDigits"];function Vd(e,t){let n=e[0];if(n instanceof ue)return new ue(`NUMBER(${n.valueOf()})`);if(n instanceof Fe)return new Fe(n.valueOf(),{...n.opts,...ia(t,Wd)});if(n instanceof vt)return new Fe(n.toNumber(),{...ia(t,Wd)});throw new TypeError("Invalid argument to NUMBER")}var Fm=["dateStyle","timeStyle","fractionalSecondDigits","dayPeriod","hour12","weekday","era","year","month","day","hour","minute","second","timeZoneName"];function Yd(e,t){let n=e[0];if(n instanceof ue)return new ue(`DATETIME(${n.valueOf()})`);if(n instanceof vt||n instanceof Fe)return new vt(n,ia(t,Fm));throw new TypeError("Invalid argument to DATETIME")}var Jd=new Map;function Xd(e){let t=Array.isArray(e)?e.join(" "):e,n=Jd.get(t);return n===void 0&&(n=new Map,Jd.set(t,n)),n}var Kr=class{constructor(t,{functions:n,useIsolating:r=!0,transform:o=i=>i}={}){this._terms=new Map,this._messages=new Map,this.locales=Array.isArray(t)?t:[t],this._functions={NUMBER:Vd,DATETIME:Yd,...n},this._useIsolating=r,this._transform=o,this._intls=Xd(t)}hasMessage(t){return this._messages.has(t)}getMessage(t){return this._messages.get(t)}addResource(t,{allowOverrides:n=!1}={}){let r=[];for(let o=0;o<t.body.length;o++){let i=t.body[o];if(i.id.startsWith("-")){if(n===!1&&this._terms.has(i.id)){r.push(new Error(`Attempt to override an existing term: "${i.id}"`));continue}this._terms.set(i.id,i)}else{if(n===!1&&this._messages.has(i.id)){r.push(new Error(`Attempt to override an existing message: "${i.id}"`));continue}this._messages.set(i.id,i)}}return r}formatPattern(t,n=null,r=null){if(typeof t=="string")return this._transform(t);let o=new li(this,r,n);try{return oa(o,t).toString(o)}catch(i){if(o.errors&&i instanceof Error)return o.errors.push(i),new ue().toString(o);throw i}}};var sa=/^(-?[a-zA-Z][\w-]*) *= */gm,Zd=/\.([a-zA-Z][\w-]*) *= */y,Km=/\*?\[/y,aa=/(-?[0-9]+(?:\.([0-9]+))?)/y,Hm=/([a-zA-Z][\w-]*)/y,Qd=/([$-])?([a-zA-Z][\w-]*)(?:\.([a-zA-Z][\w-]*))?/y,Gm=/^[A-Z][A-Z0-9_-]*$/,di=/([^{}\n\r]+)/y,Wm=/([^\\"\n\r]*)/y,eu=/\\([\\"])/y,tu=/\\u([a-fA-F0-9]{4})|\\U([a-fA-F0-9]{6})/y,Vm=/^\n+/,nu=/ +$/,Ym=/ *\r?\n/g,Jm=/( *)$/,Xm=/{\s*/y,ru=/\s*}/y,Zm=/\[\s*/y,Qm=/\s*] */y,eg=/\s*\(\s*/y,tg=/\s*->\s*/y,ng=/\s*:\s*/y,rg=/\s*,?\s*/y,og=/\s+/y,Hr=class{constructor(t){this.body=[],sa.lastIndex=0;let n=0;for(;;){let k=sa.exec(t);if(k===null)break;n=sa.lastIndex;try{this.body.push(c(k[1]))}catch($){if($ instanceof SyntaxError)continue;throw $}}function r(k){return k.lastIndex=n,k.test(t)}function o(k,$){if(t[n]===k)return n++,!0;if($)throw new $(`Expected ${k}`);return!1}function i(k,$){if(r(k))return n=k.lastIndex,!0;if($)throw new $(`Expected ${k.toString()}`);return!1}function s(k){k.lastIndex=n;let $=k.exec(t);if($===null)throw new SyntaxError(`Expected ${k.toString()}`);return n=k.lastIndex,$}function a(k){return s(k)[1]}function c(k){let $=h(),T=d();if($===null&&Object.keys(T).length===0)throw new SyntaxError("Expected message value or attributes");return{id:k,value:$,attributes:T}}function d(){let k=Object.create(null);for(;r(Zd);){let $=a(Zd),T=h();if(T===null)throw new SyntaxError("Expected attribute value");k[$]=T}return k}function h(){let k;if(r(di)&&(k=a(di)),t[n]==="{"||t[n]==="}")return g(k?[k]:[],1/0);let $=S();return $?k?g([k,$],$.length):($.value=j($.value,Vm),g([$],$.length)):k?j(k,nu):null}function g(k=[],$){for(;;){if(r(di)){k.push(a(di));continue}if(t[n]==="{"){k.push(l());continue}if(t[n]==="}")throw new SyntaxError("Unbalanced closing brace");let z=S();if(z){k.push(z),$=Math.min($,z.length);continue}break}let T=k.length-1,O=k[T];typeof O=="string"&&(k[T]=j(O,nu));let C=[];for(let z of k)z instanceof ui&&(z=z.value.slice(0,z.value.length-$)),z&&C.push(z);return C}function l(){i(Xm,SyntaxError);let k=u();if(i(ru))return k;if(i(tg)){let $=b();return i(ru,SyntaxError),{type:"select",selector:k,...$}}throw new SyntaxError("Unclosed placeable")}function u(){if(t[n]==="{")return l();if(r(Qd)){let[,k,$,T=null]=s(Qd);if(k==="$")return{type:"var",name:$};if(i(eg)){let O=p();if(k==="-")return{type:"term",name:$,attr:T,args:O};if(Gm.test($))return{type:"func",name:$,args:O};throw new SyntaxError("Function names must be all upper-case")}return k==="-"?{type:"term",name:$,attr:T,args:[]}:{type:"mesg",name:$,attr:T}}return m()}function p(){let k=[];for(;;){switch(t[n]){case")":return n++,k;case void 0:throw new SyntaxError("Unclosed argument list")}k.push(f()),i(rg)}}function f(){let k=u();return k.type!=="mesg"?k:i(ng)?{type:"narg",name:k.name,value:m()}:k}function b(){let k=[],$=0,T;for(;r(Km);){o("*")&&(T=$);let O=w(),C=h();if(C===null)throw new SyntaxError("Expected variant value");k[$++]={key:O,value:C}}if($===0)return null;if(T===void 0)throw new SyntaxError("Expected default variant");return{variants:k,star:T}}function w(){i(Zm,SyntaxError);let k;return r(aa)?k=y():k={type:"str",value:a(Hm)},i(Qm,SyntaxError),k}function m(){if(r(aa))return y();if(t[n]==='"')return v();throw new SyntaxError("Invalid expression")}function y(){let[,k,$=""]=s(aa),T=$.length;return{type:"num",value:parseFloat(k),precision:T}}function v(){o('"',SyntaxError);let k="";for(;;){if(k+=a(Wm),t[n]==="\\"){k+=x();continue}if(o('"'))return{type:"str",value:k};throw new SyntaxError("Unclosed string literal")}}function x(){if(r(eu))return a(eu);if(r(tu)){let[,k,$]=s(tu),T=parseInt(k||$,16);return T<=55295||57344<=T?String.fromCodePoint(T):"�"}throw new SyntaxError("Unknown escape sequence")}function S(){let k=n;switch(i(og),t[n]){case".":case"[":case"*":case"}":case void 0:return!1;case"{":return _(t.slice(k,n))}return t[n-1]===" "?_(t.slice(k,n)):!1}function j(k,$){return k.replace($,"")}function _(k){let $=k.replace(Ym,`
`),T=Jm.exec(k)[1].length;return new ui($,T)}}},ui=class{constructor(t,n){this.value=t,this.length=n}};var ou=`# Arabic. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var iu=`# German. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var su=`# The source language of the page (web/src). Every other locale must have
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
`;var au=`# Spanish. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var cu=`# Persian. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var lu=`# French. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var du=`# Portuguese. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var uu=`# Russian. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var fu=`# Turkish. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var pu=`# Ukrainian. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var hu=`# Chinese (simplified). Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
`;var Nt=[{code:"en",name:"English",dir:"ltr",source:su},{code:"ar",name:"العربية",dir:"rtl",source:ou},{code:"de",name:"Deutsch",dir:"ltr",source:iu},{code:"es",name:"Español",dir:"ltr",source:au},{code:"fa",name:"فارسی",dir:"rtl",source:cu},{code:"fr",name:"Français",dir:"ltr",source:lu},{code:"pt",name:"Português",dir:"ltr",source:du},{code:"ru",name:"Русский",dir:"ltr",source:uu},{code:"tr",name:"Türkçe",dir:"ltr",source:fu},{code:"uk",name:"Українська",dir:"ltr",source:pu},{code:"zh-CN",name:"简体中文",dir:"ltr",source:hu}];function wu(e){let t=Nt.map(n=>n.code.toLowerCase());for(let n of e||[]){let r=String(n).toLowerCase(),o=t.indexOf(r);if(o>=0)return Nt[o].code;let i=r.split("-")[0],s=Nt.find(a=>a.code.toLowerCase().split("-")[0]===i);if(s)return s.code}return"en"}var mu=new Map;function gu(e){let t=mu.get(e);if(!t){let n=Nt.find(r=>r.code===e)||Nt[0];t=new Kr(n.code,{useIsolating:!1}),t.addResource(new Hr(n.source)),mu.set(e,t)}return t}var ca="en";function gg(){return Nt.find(e=>e.code===ca)}var yu="",bu="";function vu(e,t={}){let n=gu(ca),r=n.getMessage(e);if(r||(n=gu("en"),r=n.getMessage(e)),!r)return{parts:[e],attributes:{}};let o={},i=[];for(let[l,u]of Object.entries(t))typeof u=="number"?o[l]=u:(o[l]=`${yu}${i.length}${bu}`,i.push(u));let s=[],a=r.value?n.formatPattern(r.value,o,s):"",c=[],d=new RegExp(`${yu}(\\d+)${bu}`,"g"),h=0;for(let l of a.matchAll(d))l.index>h&&c.push(a.slice(h,l.index)),c.push({arg:i[Number(l[1])]}),h=l.index+l[0].length;h<a.length&&c.push(a.slice(h));let g={};for(let[l,u]of Object.entries(r.attributes))g[l]=n.formatPattern(u,{},s);return{parts:c,attributes:g}}function xu(e,t={}){return vu(e,t).parts.map(n=>typeof n=="string"?n:typeof n.arg=="string"?n.arg:xu(n.arg.id,n.arg.args)).join("")}var ku=new WeakMap,yg=new Set(["aria-label","title","placeholder"]);function Eu(e,t,n){let{parts:r,attributes:o}=vu(t,n),i=r.map(s=>{if(typeof s=="string")return document.createTextNode(s);if(typeof s.arg=="string"){let c=document.createElement("bdi");return c.textContent=s.arg,c}let a=document.createElement("span");return me(a,s.arg.id,s.arg.args),a});r.length&&e.replaceChildren(...i);for(let[s,a]of Object.entries(o))yg.has(s)&&e.setAttribute(s,a)}function me(e,t,n={}){e.dataset.l10nId=t,ku.set(e,n),Eu(e,t,n)}function la(e){ca=Nt.some(n=>n.code===e)?e:"en";let t=gg();document.documentElement.lang=t.code,document.documentElement.dir=t.dir,document.title=xu("page-title");for(let n of document.querySelectorAll("[data-l10n-id]"))Eu(n,n.dataset.l10nId,ku.get(n)||{})}var bg=64*1024*1024,qu='(()=>{function Ue(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}var hn=e=>e?`"${e}" `:"";function et(e,t=""){if(typeof e!="number")throw new TypeError(hn(t)+"expected number, got "+typeof e);if(!Number.isSafeInteger(e)||e<0)throw new RangeError(hn(t)+"expected integer >= 0, got "+e);return e}function eo(e,t=""){if(typeof e!="boolean")throw new TypeError(hn(t)+"expected boolean, got type="+typeof e);return e}function Z(e,t,n=""){if(Ue(e)&&(t===void 0||e.length===t))return e;t!==void 0&&et(t,"length");let r=Ue(e),o=t!==void 0?` of length ${t}`:"",s=r?`length=${e.length}`:`type=${typeof e}`,i=hn(n)+"expected Uint8Array"+o+", got "+s;throw r?new RangeError(i):new TypeError(i)}function er(e){return Uint8Array.from(Z(e))}function Bt(e){if(typeof e!="function"||typeof e.create!="function")throw new TypeError("expected hash wrapped by utils.createHasher");if(et(e.outputLen),et(e.blockLen),e.outputLen<1||e.blockLen<1)throw new Error("hash blockLen / outputLen must be >= 1")}var ki=(e,t)=>{if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError((t==="object"?"":`"${t}" `)+"expected object, got type="+typeof e)},Jr=(e,t)=>{ki(e,t);let n=Object.getPrototypeOf(e);if(n!==Object.prototype&&n!==null)throw new TypeError(`"${t}" expected plain object`);if(Object.hasOwn(e,"__proto__"))throw new TypeError(`"${t}.__proto__" is not allowed`)};function vt(e,t=!0){if(e.destroyed)throw new Error("hash was destroyed");if(t&&e.finished)throw new Error("digest() was already called")}function $t(e,t){Z(e,void 0,"output");let n=t.outputLen;if(!(e.length>=n))throw new RangeError(\'"output" expected length >= \'+n)}function Me(e){return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}function Et(e){return new Uint32Array(e.buffer,e.byteOffset,Math.floor(e.byteLength/4))}function Q(...e){for(let t=0;t<e.length;t++)e[t].fill(0)}function pn(e){return new DataView(e.buffer,e.byteOffset,e.byteLength)}function Ot(e,t){return e<<32-t|e>>>t}var no=new Uint8Array(new Uint32Array([287454020]).buffer)[0]===68;function ro(e){return e<<24&4278190080|e<<8&16711680|e>>>8&65280|e>>>24&255}var ht=no?e=>e:e=>ro(e)>>>0;function Bi(e){for(let t=0;t<e.length;t++)e[t]=ro(e[t]);return e}var bt=no?e=>e:Bi,oo=typeof Uint8Array.from([]).toHex=="function"&&typeof Uint8Array.fromHex=="function",vi=Array.from({length:256},(e,t)=>t.toString(16).padStart(2,"0"));function mn(e){if(Z(e),oo)return e.toHex();let t="";for(let n=0;n<e.length;n++)t+=vi[e[n]];return t}function to(e){return e>=48&&e<=57?e-48:e>=65&&e<=70?e-55:e>=97&&e<=102?e-87:void 0}function gn(e){if(typeof e!="string")throw new TypeError("hex string expected, got "+typeof e);if(oo)try{return Uint8Array.fromHex(e)}catch(o){throw o instanceof SyntaxError?new RangeError(o.message):o}let t=e.length,n=t/2;if(t%2)throw new RangeError("hex string expected, got unpadded hex of length "+t);let r=new Uint8Array(n);for(let o=0,s=0;o<n;o++,s+=2){let i=to(e.charCodeAt(s)),c=to(e.charCodeAt(s+1));if(i===void 0||c===void 0){let a=e[s]+e[s+1];throw new RangeError(\'hex string expected, got non-hex character "\'+a+\'" at index \'+s)}r[o]=i*16+c}return r}function so(e){let t=globalThis;if(typeof t.scheduler?.yield=="function"){let n=t.scheduler.yield();return e&&n.catch(e),n}return new Promise(n=>t.setTimeout(n,0))}function Ai(e){if(typeof e!="string")throw new TypeError("string expected");let t=new TextEncoder().encode(e);try{return new Uint8Array(t)}finally{Q(t)}}function yn(e,t=""){return typeof e=="string"?Ai(e):Z(e,void 0,t)}function wn(...e){let t=0;for(let r=0;r<e.length;r++){let o=e[r];Z(o),t+=o.length}let n=new Uint8Array(t);for(let r=0,o=0;r<e.length;r++){let s=e[r];n.set(s,o),o+=s.length}return n}function fe(e,t,n="opts"){return Jr(e,"defaults"),t!==void 0&&Jr(t,n),Object.assign(Object.create(null),e,t)}function zt(e,t={}){if(typeof e!="function")throw new TypeError(\'"hashCons" expected function, got type=\'+typeof e);t=fe({},t,"info");let n=(o,s)=>e(s).update(o).digest(),r=e(void 0);return n.outputLen=r.outputLen,n.blockLen=r.blockLen,n.canXOF=r.canXOF,n.create=o=>e(o),Object.assign(n,t),Object.freeze(n)}function bn(e=32){et(e,"bytesLength");let t=typeof globalThis=="object"?globalThis.crypto:null;if(typeof t?.getRandomValues!="function")throw new Error("crypto.getRandomValues must be defined");if(e>65536)throw new RangeError(`"bytesLength" expected <= 65536, got ${e}`);return t.getRandomValues(new Uint8Array(e))}var Ut=e=>({oid:Uint8Array.from([6,9,96,134,72,1,101,3,4,2,e])});var io=Uint8Array.from([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,14,10,4,8,9,15,13,6,1,12,0,2,11,7,5,3,11,8,12,0,5,2,15,13,10,14,3,6,7,1,9,4,7,9,3,1,13,12,11,14,2,6,5,10,4,0,15,8,9,0,5,7,2,4,10,15,14,1,11,12,6,8,3,13,2,12,6,10,0,11,8,3,4,13,7,5,15,14,1,9,12,5,1,15,14,13,4,10,0,7,6,3,9,2,8,11,13,11,7,14,12,1,3,9,5,0,15,4,8,6,2,10,6,15,14,9,11,3,0,8,12,2,13,7,1,4,10,5,10,2,8,4,7,6,1,5,15,11,9,14,3,12,13,0,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,14,10,4,8,9,15,13,6,1,12,0,2,11,7,5,3,11,8,12,0,5,2,15,13,10,14,3,6,7,1,9,4,7,9,3,1,13,12,11,14,2,6,5,10,4,0,15,8,9,0,5,7,2,4,10,15,14,1,11,12,6,8,3,13,2,12,6,10,0,11,8,3,4,13,7,5,15,14,1,9]);var xn=BigInt(4294967295),co=BigInt(32);function _i(e,t=!1){return t?{h:Number(e&xn),l:Number(e>>co&xn)}:{h:Number(e>>co&xn)|0,l:Number(e&xn)|0}}function En(e,t=!1){let n=e.length,r=new Uint32Array(n),o=new Uint32Array(n);for(let s=0;s<n;s++){let{h:i,l:c}=_i(e[s],t);[r[s],o[s]]=[i,c]}return[r,o]}var nr=e=>e/2**32|0,rr=e=>e>>>0;function fo(e,t,n,r){let o=nr(n),s=rr(n);e.setUint32(t,r?s:o,r),e.setUint32(t+4,r?o:s,r)}var or=(e,t,n)=>e>>>n,sr=(e,t,n)=>e<<32-n|t>>>n,Rt=(e,t,n)=>e>>>n|t<<32-n,qt=(e,t,n)=>e<<32-n|t>>>n,ae=(e,t,n)=>e<<64-n|t>>>n-32,le=(e,t,n)=>e>>>n-32|t<<64-n,ao=(e,t)=>t,lo=(e,t)=>e;function kt(e,t,n,r){let o=(t>>>0)+(r>>>0);return{h:e+n+(o/2**32|0)|0,l:o|0}}var Fe=(e,t,n)=>(e>>>0)+(t>>>0)+(n>>>0),Ne=(e,t,n,r)=>t+n+r+(e/2**32|0)|0,uo=(e,t,n,r)=>(e>>>0)+(t>>>0)+(n>>>0)+(r>>>0),ho=(e,t,n,r,o)=>t+n+r+o+(e/2**32|0)|0,po=(e,t,n,r,o)=>(e>>>0)+(t>>>0)+(n>>>0)+(r>>>0)+(o>>>0),mo=(e,t,n,r,o,s)=>t+n+r+o+s+(e/2**32|0)|0;function yo(e,t,n){return e&t^~e&n}function wo(e,t,n){return e&t^e&n^t&n}var Ce=class{blockLen;outputLen;canXOF=!1;padOffset;isLE;buffer;view;finished=!1;length=0;pos=0;destroyed=!1;constructor(t,n,r,o){this.blockLen=t,this.outputLen=n,this.padOffset=r,this.isLE=o,this.buffer=new Uint8Array(t),this.view=pn(this.buffer)}update(t){vt(this),Z(t);let{view:n,buffer:r,blockLen:o}=this,s=t.length,i=!1;for(let c=0;c<s;){let a=Math.min(o-this.pos,s-c);if(a===o){let w=pn(t);for(;o<=s-c;c+=o)this.process(w,c);i=!0;continue}r.set(c===0&&a===s?t:t.subarray(c,c+a),this.pos),this.pos+=a,c+=a,this.pos===o&&(this.process(n,0),this.pos=0,i=!0)}return this.length+=t.length,i&&this.roundClean(),this}digestInto(t){vt(this),$t(t,this),this.finished=!0;let{buffer:n,view:r,blockLen:o,isLE:s}=this,{pos:i}=this;n[i++]=128,n.fill(0,i),this.padOffset>o-i&&(this.process(r,0),n.fill(0)),fo(r,o-8,this.length*8,s),this.process(r,0),this.roundClean();let c=t===n?r:pn(t),a=this.outputLen,w=a/4,b=this.get();if(a%4||w>b.length)throw new Error("invalid outputLen");for(let x=0;x<w;x++)c.setUint32(4*x,b[x],s)}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let r=t.slice(0,n);return this.destroy(),r}_cloneIntoMeta(t){let{buffer:n,length:r,finished:o,destroyed:s,pos:i}=this;return t.destroyed=s,t.finished=o,t.length=r,t.pos=i,i&&t.buffer.set(n),t}clone(){return this._cloneInto()}},bo=Uint32Array.from([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]);var xo=Uint32Array.from([3418070365,3238371032,1654270250,914150663,2438529370,812702999,355462360,4144912697,1731405415,4290775857,2394180231,1750603025,3675008525,1694076839,1203062813,3204075428]),Eo=Uint32Array.from([1779033703,4089235720,3144134277,2227873595,1013904242,4271175723,2773480762,1595750129,1359893119,2917565137,2600822924,725511199,528734635,4215389547,1541459225,327033209]);var ft=Uint32Array.from([4089235720,1779033703,2227873595,3144134277,4271175723,1013904242,1595750129,2773480762,2917565137,1359893119,725511199,2600822924,4215389547,528734635,327033209,1541459225]),C=new Uint32Array(32);function Zt(e,t,n,r,o,s){let i=o[s],c=o[s+1],a=C[2*e],w=C[2*e+1],b=C[2*t],x=C[2*t+1],f=C[2*n],l=C[2*n+1],d=C[2*r],u=C[2*r+1],m=Fe(a,b,i);w=Ne(m,w,x,c),a=m|0;let g=u^w,h=d^a;u=ao(g,h),d=lo(g,h),{h:l,l:f}=kt(l,f,u,d),g=x^l,h=b^f,x=Rt(g,h,24),b=qt(g,h,24),C[2*e]=a,C[2*e+1]=w,C[2*t]=b,C[2*t+1]=x,C[2*n]=f,C[2*n+1]=l,C[2*r]=d,C[2*r+1]=u}function Xt(e,t,n,r,o,s){let i=o[s],c=o[s+1],a=C[2*e],w=C[2*e+1],b=C[2*t],x=C[2*t+1],f=C[2*n],l=C[2*n+1],d=C[2*r],u=C[2*r+1],m=Fe(a,b,i);w=Ne(m,w,x,c),a=m|0;let g=u^w,h=d^a;u=Rt(g,h,16),d=qt(g,h,16),{h:l,l:f}=kt(l,f,u,d),g=x^l,h=b^f,x=ae(g,h,63),b=le(g,h,63),C[2*e]=a,C[2*e+1]=w,C[2*t]=b,C[2*t+1]=x,C[2*n]=f,C[2*n+1]=l,C[2*r]=d,C[2*r+1]=u}function Si(e,t={},n,r,o){if(et(n),e<=0||e>n)throw new Error(\'"dkLen" must be 1..\'+n+", got "+e);let{key:s,salt:i,personalization:c}=t;if(s!==void 0&&(s.length<1||s.length>n))throw new Error(\'"key" expected to be undefined or of length=1..\'+n);i!==void 0&&Z(i,r,"salt"),c!==void 0&&Z(c,o,"personalization")}var ir=class{buffer;buffer32;finished=!1;destroyed=!1;length=0;pos=0;blockLen;outputLen;canXOF=!1;constructor(t,n){et(t),et(n),this.blockLen=t,this.outputLen=n,this.buffer=new Uint8Array(t),this.buffer32=Et(this.buffer)}update(t){vt(this),Z(t);let{blockLen:n,buffer:r,buffer32:o}=this,s=t.length,i=t.byteOffset,c=t.buffer;for(let a=0;a<s;){this.pos===n&&(bt(o),this.compress(o,0,!1),bt(o),this.pos=0);let w=Math.min(n-this.pos,s-a),b=i+a;if(w===n&&!(b%4)&&a+w<s){let x=new Uint32Array(c,b,Math.floor((s-a)/4));bt(x);for(let f=0;a+n<s;f+=o.length,a+=n)this.length+=n,this.compress(x,f,!1);bt(x);continue}r.set(a===0&&w===s?t:t.subarray(a,a+w),this.pos),this.pos+=w,this.length+=w,a+=w}return this}digestInto(t){if(vt(this),$t(t,this),t.byteOffset&3)throw new RangeError(\'"output" expected 4-byte aligned byteOffset, got \'+t.byteOffset);let{pos:n,buffer32:r}=this;this.finished=!0,this.buffer.fill(0,n),bt(r),this.compress(r,0,!0),bt(r);let o=this.get(),s=t===this.buffer?r:Et(t),i=Math.floor(this.outputLen/4);for(let b=0;b<i;b++)s[b]=ht(o[b]);let c=this.outputLen%4;if(!c)return;let a=i*4,w=o[i];for(let b=0;b<c;b++)t[a+b]=w>>>8*b}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let r=t.slice(0,n);return this.destroy(),r}_cloneInto(t){let{buffer:n,length:r,finished:o,destroyed:s,outputLen:i,pos:c}=this;return t||=new this.constructor({dkLen:i}),t.set(...this.get()),t.buffer.set(n),t.destroyed=s,t.finished=o,t.length=r,t.pos=c,t.outputLen=i,t}clone(){return this._cloneInto()}},cr=class extends ir{v0l=ft[0]|0;v0h=ft[1]|0;v1l=ft[2]|0;v1h=ft[3]|0;v2l=ft[4]|0;v2h=ft[5]|0;v3l=ft[6]|0;v3h=ft[7]|0;v4l=ft[8]|0;v4h=ft[9]|0;v5l=ft[10]|0;v5h=ft[11]|0;v6l=ft[12]|0;v6h=ft[13]|0;v7l=ft[14]|0;v7h=ft[15]|0;constructor(t={}){t=fe({},t);let n=t.dkLen===void 0?64:t.dkLen;super(128,n),Si(n,t,64,16,16);let{key:r,personalization:o,salt:s}=t,i=0;if(r!==void 0&&(Z(r,void 0,"key"),i=r.length),this.v0l^=this.outputLen|i<<8|65536|1<<24,s!==void 0){Z(s,void 0,"salt");let c=Et(er(s));this.v4l^=ht(c[0]),this.v4h^=ht(c[1]),this.v5l^=ht(c[2]),this.v5h^=ht(c[3])}if(o!==void 0){Z(o,void 0,"personalization");let c=Et(er(o));this.v6l^=ht(c[0]),this.v6h^=ht(c[1]),this.v7l^=ht(c[2]),this.v7h^=ht(c[3])}if(r!==void 0){let c=new Uint8Array(this.blockLen);c.set(r),this.update(c),Q(c)}}get(){let{v0l:t,v0h:n,v1l:r,v1h:o,v2l:s,v2h:i,v3l:c,v3h:a,v4l:w,v4h:b,v5l:x,v5h:f,v6l:l,v6h:d,v7l:u,v7h:m}=this;return[t,n,r,o,s,i,c,a,w,b,x,f,l,d,u,m]}set(t,n,r,o,s,i,c,a,w,b,x,f,l,d,u,m){this.v0l=t|0,this.v0h=n|0,this.v1l=r|0,this.v1h=o|0,this.v2l=s|0,this.v2h=i|0,this.v3l=c|0,this.v3h=a|0,this.v4l=w|0,this.v4h=b|0,this.v5l=x|0,this.v5h=f|0,this.v6l=l|0,this.v6h=d|0,this.v7l=u|0,this.v7h=m|0}compress(t,n,r){let{v0l:o,v0h:s,v1l:i,v1h:c,v2l:a,v2h:w,v3l:b,v3h:x,v4l:f,v4h:l,v5l:d,v5h:u,v6l:m,v6h:g,v7l:h,v7h:p}=this;C[0]=o,C[1]=s,C[2]=i,C[3]=c,C[4]=a,C[5]=w,C[6]=b,C[7]=x,C[8]=f,C[9]=l,C[10]=d,C[11]=u,C[12]=m,C[13]=g,C[14]=h,C[15]=p,C.set(ft,16);let y=rr(this.length),E=nr(this.length);C[24]=ft[8]^y,C[25]=ft[9]^E,r&&(C[28]=~C[28],C[29]=~C[29]);let B=0,S=io;for(let R=0;R<12;R++)Zt(0,4,8,12,t,n+2*S[B++]),Xt(0,4,8,12,t,n+2*S[B++]),Zt(1,5,9,13,t,n+2*S[B++]),Xt(1,5,9,13,t,n+2*S[B++]),Zt(2,6,10,14,t,n+2*S[B++]),Xt(2,6,10,14,t,n+2*S[B++]),Zt(3,7,11,15,t,n+2*S[B++]),Xt(3,7,11,15,t,n+2*S[B++]),Zt(0,5,10,15,t,n+2*S[B++]),Xt(0,5,10,15,t,n+2*S[B++]),Zt(1,6,11,12,t,n+2*S[B++]),Xt(1,6,11,12,t,n+2*S[B++]),Zt(2,7,8,13,t,n+2*S[B++]),Xt(2,7,8,13,t,n+2*S[B++]),Zt(3,4,9,14,t,n+2*S[B++]),Xt(3,4,9,14,t,n+2*S[B++]);this.v0l^=C[0]^C[16],this.v0h^=C[1]^C[17],this.v1l^=C[2]^C[18],this.v1h^=C[3]^C[19],this.v2l^=C[4]^C[20],this.v2h^=C[5]^C[21],this.v3l^=C[6]^C[22],this.v3h^=C[7]^C[23],this.v4l^=C[8]^C[24],this.v4h^=C[9]^C[25],this.v5l^=C[10]^C[26],this.v5h^=C[11]^C[27],this.v6l^=C[12]^C[28],this.v6h^=C[13]^C[29],this.v7l^=C[14]^C[30],this.v7h^=C[15]^C[31],Q(C)}destroy(){this.destroyed=!0,Q(this.buffer32),this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0)}},Ee=zt(e=>new cr(e));var kn={Argon2d:0,Argon2i:1,Argon2id:2},De=4,ko=(e,t="")=>e===void 0?Uint8Array.of():yn(e,t),ct=new Uint32Array(256);function Yt(e,t,n,r){let o=ct[2*e],s=ct[2*e+1],i=ct[2*t],c=ct[2*t+1],a=ct[2*n],w=ct[2*n+1],b=ct[2*r],x=ct[2*r+1],f=0,l=0,d=0,u=0,m=0;f=Math.imul(o,i),l=((o>>>0)*(i>>>0)-(f>>>0))/4294967296+.5|0,d=(o>>>0)+(i>>>0)+(f<<1>>>0),s=s+c+(l<<1|f>>>31)+(d/4294967296|0)|0,o=d|0,u=x^s,m=b^o,x=m,b=u,f=Math.imul(a,b),l=((a>>>0)*(b>>>0)-(f>>>0))/4294967296+.5|0,d=(a>>>0)+(b>>>0)+(f<<1>>>0),w=w+x+(l<<1|f>>>31)+(d/4294967296|0)|0,a=d|0,u=c^w,m=i^a,c=u>>>24|m<<8,i=u<<8|m>>>24,f=Math.imul(o,i),l=((o>>>0)*(i>>>0)-(f>>>0))/4294967296+.5|0,d=(o>>>0)+(i>>>0)+(f<<1>>>0),s=s+c+(l<<1|f>>>31)+(d/4294967296|0)|0,o=d|0,u=x^s,m=b^o,x=u>>>16|m<<16,b=u<<16|m>>>16,f=Math.imul(a,b),l=((a>>>0)*(b>>>0)-(f>>>0))/4294967296+.5|0,d=(a>>>0)+(b>>>0)+(f<<1>>>0),w=w+x+(l<<1|f>>>31)+(d/4294967296|0)|0,a=d|0,u=c^w,m=i^a,c=u<<1|m>>>31,i=u>>>31|m<<1,ct[2*e]=o,ct[2*e+1]=s,ct[2*t]=i,ct[2*t+1]=c,ct[2*n]=a,ct[2*n+1]=w,ct[2*r]=b,ct[2*r+1]=x}function Bo(e,t,n,r,o,s,i,c,a,w,b,x,f,l,d,u){Yt(e,o,a,f),Yt(t,s,w,l),Yt(n,i,b,d),Yt(r,c,x,u),Yt(e,s,b,u),Yt(t,i,x,f),Yt(n,c,a,l),Yt(r,o,w,d)}function He(e,t,n,r,o){if(o)for(let s=0;s<256;s++){let i=e[t+s]^e[n+s];ct[s]=i,e[r+s]^=i}else for(let s=0;s<256;s++){let i=e[t+s]^e[n+s];ct[s]=i,e[r+s]=i}for(let s=0;s<128;s+=16)Bo(s,s+1,s+2,s+3,s+4,s+5,s+6,s+7,s+8,s+9,s+10,s+11,s+12,s+13,s+14,s+15);for(let s=0;s<16;s+=2)Bo(s,s+1,s+16,s+17,s+32,s+33,s+48,s+49,s+64,s+65,s+80,s+81,s+96,s+97,s+112,s+113);for(let s=0;s<256;s++)e[r+s]^=ct[s];Q(ct)}function fr(e,t){let n=Me(e),r=new Uint32Array(1),o=Me(r);if(r[0]=ht(t),t<=64)return Ee.create({dkLen:t}).update(o).update(n).digest();let s=new Uint8Array(t),i=Ee.create({}).update(o).update(n).digest(),c=0;for(s.set(i.subarray(0,32)),c+=32;t-c>64;c+=32){let a=Ee.create({}).update(i);a.digestInto(i),a.destroy(),s.set(i.subarray(0,32),c)}return s.set(Ee(i,{dkLen:t-c}),c),Q(i,r),s}function ji(e,t,n,r,o,s,i=!1){let c;e===0?t===0?c=o-1:i?c=t*r+o-1:c=t*r+(o==0?-1:0):i?c=n-r+o-1:c=n-r+(o==0?-1:0);let a=e!==0&&t!==De-1?(t+1)*r:0,w=Math.imul(s,s),b=((s>>>0)*(s>>>0)-(w>>>0))/4294967296+.5|0,x=Math.imul(c,b),f=((c>>>0)*(b>>>0)-(x>>>0))/4294967296+.5|0,l=c-1-f;return(a+l)%n}var Oi=Math.pow(2,32),vo=1024**2,Ti=vo*1024;function Vt(e){return Number.isSafeInteger(e)&&e>=0&&e<Oi}function Ri(e={}){e=fe({},e);let t={t:3,m:vo,p:1,version:19,dkLen:32,maxmem:Ti,asyncTick:10};for(let[w,b]of Object.entries(e))b!==void 0&&(t[w]=b);let{dkLen:n,p:r,m:o,t:s,version:i,onProgress:c,asyncTick:a}=t;if(!Vt(n)||n<4)throw new Error(\'"dkLen" must be 4..\');if(!Vt(r)||r<1||r>=Math.pow(2,24))throw new Error(\'"p" must be 1..2^24\');if(!Vt(o))throw new Error(\'"m" must be 0..2^32\');if(!Vt(s)||s<1)throw new Error(\'"t" (iterations) must be 1..2^32\');if(c!==void 0&&typeof c!="function")throw new Error(\'"onProgress" must be a function\');if(et(a,"asyncTick"),!Vt(o)||o<8*r)throw new Error(\'"m" (memory) must be at least 8*p bytes\');if(i!==16&&i!==19)throw new Error(\'"version" must be 0x10 or 0x13, got \'+i);return t}function qi(e,t,n,r){let o=[],s=new Uint32Array(1),i=Me(s),c,a,w=!1,b=(x,f)=>(typeof x=="string"&&o.push(f),f);try{let x=b(e,yn(e,"password")),f=b(t,yn(t,"salt"));if(!Vt(x.length))throw new Error(\'"password" must be less of length 1..4Gb\');if(!Vt(f.length)||f.length<8)throw new Error(\'"salt" must be of length 8..4Gb\');if(!Object.values(kn).includes(n))throw new Error(\'"type" was invalid\');let{p:l,dkLen:d,m:u,t:m,version:g,key:h,personalization:p,maxmem:y,onProgress:E,asyncTick:B}=Ri(r),S=h;h=b(S,ko(S,"key"));let R=p;p=b(R,ko(R,"personalization")),c=Ee.create();for(let v of[l,d,u,m,g,n])s[0]=ht(v),c.update(i);for(let v of[x,f,h,p])s[0]=ht(v.length),c.update(i).update(v);return a=new Uint32Array(18),c.digestInto(Me(a)),w=!0,{H0:a,p:l,dkLen:d,m:u,t:m,version:g,maxmem:y,onProgress:E,asyncTick:B}}finally{c&&c.destroy(),Q(s,...o),!w&&a&&Q(a)}}function Li(e,t,n,r){let{H0:o,p:s,dkLen:i,m:c,t:a,version:w,maxmem:b,onProgress:x,asyncTick:f}=qi(e,t,n,r);try{let l=s,d=4*s*Math.floor(c/(De*s)),u=Math.floor(d/s),m=Math.floor(u/De),g=d*1024;if(!Vt(b))throw new Error(\'"maxmem" expected <2**32, got \'+b);if(g>b)throw new Error(\'"maxmem" limit was hit: memUsed(mP*1024)=\'+g+", maxmem="+b);let h=new Uint32Array(g/4);for(let y=0;y<s;y++){let E=256*u*y;o[17]=ht(y),o[16]=ht(0),h.set(bt(Et(fr(o,1024))),E),o[16]=ht(1),h.set(bt(Et(fr(o,1024))),E+256)}let p=()=>{};if(x){let y=a*De*s*m-2*s,E=Math.max(Math.floor(y/1e4),1),B=0;p=()=>{B++,x&&(!(B%E)||B===y)&&x(B/y)}}return{type:n,mP:d,p:s,t:a,version:w,B:h,laneLen:u,lanes:l,segmentLen:m,dkLen:i,perBlock:p,asyncTick:f}}finally{Q(o)}}function Ii(e,t,n,r){let o=new Uint32Array(256);for(let i=0;i<t;i++)for(let c=0;c<256;c++)o[c]^=e[256*(n*i+n-1)+c];let s=fr(bt(o),r);return Q(e,o),s}function*zi(e,t){let{type:n,mP:r,p:o,t:s,version:i,B:c,laneLen:a,lanes:w,segmentLen:b,perBlock:x}=e;t[262]=r,t[264]=s,t[266]=n;for(let f=0;f<s;f++){let l=f!==0&&i===19;t[256]=f;for(let d=0;d<De;d++){t[260]=d;let u=n==kn.Argon2i||n==kn.Argon2id&&f===0&&d<2;for(let m=0;m<o;m++){t[258]=m,t[268]=0;let g=0;f===0&&d===0&&(g=2,u&&(t[268]++,He(t,256,2*256,0,!1),He(t,0,2*256,0,!1)));let h=m*a+d*b+g;for(let p=g;p<b;p++,h++){x();let y=h%a?h-1:h+a-1,E,B;if(u){let _=p%128;_===0&&(t[268]++,He(t,256,2*256,0,!1),He(t,0,2*256,0,!1)),E=t[2*_],B=t[2*_+1]}else{let _=256*y;E=c[_],B=c[_+1]}let S=f===0&&d===0?m:B%w,R=ji(f,d,a,b,p,E,S==m),v=a*S+R;He(c,256*y,256*v,h*256,l),yield}}}}Q(t)}async function Ui(e,t,n,r){let o=Li(t,n,e,r),s=new Uint32Array(3*256),i=zi(o,s),c=()=>Q(s,o.B),a=Date.now();for(;!i.next().done;){let w=Date.now()-a;w>=0&&w<o.asyncTick||(await so(c),a=Date.now())}return Ii(o.B,o.p,o.laneLen,o.dkLen)}var Ao=(e,t,n={})=>Ui(kn.Argon2id,e,t,n);var Bn=class{oHash;iHash;blockLen;outputLen;canXOF=!1;finished=!1;destroyed=!1;constructor(t,n){if(Bt(t),Z(n,void 0,"key"),this.iHash=t.create(),typeof this.iHash.update!="function")throw new Error("expected Hash instance");this.blockLen=this.iHash.blockLen,this.outputLen=this.iHash.outputLen;let r=this.blockLen,o=new Uint8Array(r);o.set(n.length>r?t.create().update(n).digest():n);for(let s=0;s<o.length;s++)o[s]^=54;this.iHash.update(o),this.oHash=t.create();for(let s=0;s<o.length;s++)o[s]^=106;this.oHash.update(o),Q(o)}update(t){return vt(this),this.iHash.update(t),this}digestInto(t){vt(this),$t(t,this),this.finished=!0;let n=t.subarray(0,this.outputLen);this.iHash.digestInto(n),this.oHash.update(n),this.oHash.digestInto(n),this.destroy()}digest(){let t=new Uint8Array(this.oHash.outputLen);return this.digestInto(t),t}_cloneInto(t){t||=Object.create(Object.getPrototypeOf(this),{});let{oHash:n,iHash:r,finished:o,destroyed:s,blockLen:i,outputLen:c,canXOF:a}=this;return t=t,t.finished=o,t.destroyed=s,t.blockLen=i,t.outputLen=c,t.canXOF=a,t.oHash=n._cloneInto(t.oHash),t.iHash=r._cloneInto(t.iHash),t}clone(){return this._cloneInto()}destroy(){this.destroyed=!0,this.oHash.destroy(),this.iHash.destroy()}},Ke=(()=>{let e=((t,n,r)=>new Bn(t,n).update(r).digest());return e.create=(t,n)=>new Bn(t,n),e})();function vn(e,t,n){return Bt(e),n===void 0&&(n=new Uint8Array(e.outputLen)),Ke(e,n,t)}var Pe=Uint8Array.of(0),Mi=Uint8Array.of();function Gt(e,t,n,r=32,o){Bt(e),et(r,"length"),Z(t,void 0,"prk");let s=e.outputLen;if(t.length<s)throw new Error(\'"prk" must be at least HashLen octets\');if(r>255*s)throw new Error("Length must be <= 255*HashLen");let i=Math.ceil(r/s);if(n===void 0?n=Mi:Z(n,void 0,"info"),!i)return o&&Q(t),new Uint8Array;let c=o&&i===1?t:new Uint8Array(i*s),{iHash:a,oHash:w}=Ke.create(e,t),b=o?t:new Uint8Array(s),x=i>1?o?.iHash||e.create():void 0;for(let l=0;l<i-1;l++){Pe[0]=l+1;let d=a._cloneInto(x);l&&d.update(b),d.update(n).update(Pe).digestInto(b),w._cloneInto(x).update(b).digestInto(b),c.set(b,s*l)}if(Pe[0]=i,i>1&&a.update(b),a.update(n).update(Pe).digestInto(b),w.update(b).digestInto(b),c.set(b,s*(i-1)),a.destroy(),w.destroy(),x?.destroy(),b!==c&&Q(b),Q(Pe),r===c.length)return c;let f=c.slice(0,r);return Q(c),f}var Fi=Uint32Array.from([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),Wt=new Uint32Array(64),ar=class extends Ce{A=0;B=0;C=0;D=0;E=0;F=0;G=0;H=0;constructor(t,n){super(64,t,8,!1),this.A=n[0]|0,this.B=n[1]|0,this.C=n[2]|0,this.D=n[3]|0,this.E=n[4]|0,this.F=n[5]|0,this.G=n[6]|0,this.H=n[7]|0}get(){let{A:t,B:n,C:r,D:o,E:s,F:i,G:c,H:a}=this;return[t,n,r,o,s,i,c,a]}set(t,n,r,o,s,i,c,a){this.A=t|0,this.B=n|0,this.C=r|0,this.D=o|0,this.E=s|0,this.F=i|0,this.G=c|0,this.H=a|0}_cloneInto(t){return(t||=new this.constructor).set(...this.get()),this._cloneIntoMeta(t)}process(t,n){for(let x=0;x<16;x++,n+=4)Wt[x]=t.getUint32(n,!1);for(let x=16;x<64;x++){let f=Wt[x-15],l=Wt[x-2],d=Ot(f,7)^Ot(f,18)^f>>>3,u=Ot(l,17)^Ot(l,19)^l>>>10;Wt[x]=u+Wt[x-7]+d+Wt[x-16]|0}let{A:r,B:o,C:s,D:i,E:c,F:a,G:w,H:b}=this;for(let x=0;x<64;x++){let f=Ot(c,6)^Ot(c,11)^Ot(c,25),l=b+f+yo(c,a,w)+Fi[x]+Wt[x]|0,u=(Ot(r,2)^Ot(r,13)^Ot(r,22))+wo(r,o,s)|0;b=w,w=a,a=c,c=i+l|0,i=s,s=o,o=r,r=l+u|0}r=r+this.A|0,o=o+this.B|0,s=s+this.C|0,i=i+this.D|0,c=c+this.E|0,a=a+this.F|0,w=w+this.G|0,b=b+this.H|0,this.set(r,o,s,i,c,a,w,b)}roundClean(){Q(Wt)}destroy(){this.destroyed=!0,this.set(0,0,0,0,0,0,0,0),Q(this.buffer)}},lr=class extends ar{constructor(){super(32,bo)}};var _o=En(["0x428a2f98d728ae22","0x7137449123ef65cd","0xb5c0fbcfec4d3b2f","0xe9b5dba58189dbbc","0x3956c25bf348b538","0x59f111f1b605d019","0x923f82a4af194f9b","0xab1c5ed5da6d8118","0xd807aa98a3030242","0x12835b0145706fbe","0x243185be4ee4b28c","0x550c7dc3d5ffb4e2","0x72be5d74f27b896f","0x80deb1fe3b1696b1","0x9bdc06a725c71235","0xc19bf174cf692694","0xe49b69c19ef14ad2","0xefbe4786384f25e3","0x0fc19dc68b8cd5b5","0x240ca1cc77ac9c65","0x2de92c6f592b0275","0x4a7484aa6ea6e483","0x5cb0a9dcbd41fbd4","0x76f988da831153b5","0x983e5152ee66dfab","0xa831c66d2db43210","0xb00327c898fb213f","0xbf597fc7beef0ee4","0xc6e00bf33da88fc2","0xd5a79147930aa725","0x06ca6351e003826f","0x142929670a0e6e70","0x27b70a8546d22ffc","0x2e1b21385c26c926","0x4d2c6dfc5ac42aed","0x53380d139d95b3df","0x650a73548baf63de","0x766a0abb3c77b2a8","0x81c2c92e47edaee6","0x92722c851482353b","0xa2bfe8a14cf10364","0xa81a664bbc423001","0xc24b8b70d0f89791","0xc76c51a30654be30","0xd192e819d6ef5218","0xd69906245565a910","0xf40e35855771202a","0x106aa07032bbd1b8","0x19a4c116b8d2d0c8","0x1e376c085141ab53","0x2748774cdf8eeb99","0x34b0bcb5e19b48a8","0x391c0cb3c5c95a63","0x4ed8aa4ae3418acb","0x5b9cca4f7763e373","0x682e6ff3d6b2b8a3","0x748f82ee5defb2fc","0x78a5636f43172f60","0x84c87814a1f0ab72","0x8cc702081a6439ec","0x90befffa23631e28","0xa4506cebde82bde9","0xbef9a3f7b2c67915","0xc67178f2e372532b","0xca273eceea26619c","0xd186b8c721c0c207","0xeada7dd6cde0eb1e","0xf57d4f7fee6ed178","0x06f067aa72176fba","0x0a637dc5a2c898a6","0x113f9804bef90dae","0x1b710b35131c471b","0x28db77f523047d84","0x32caab7b40c72493","0x3c9ebe0a15c9bebc","0x431d67c49c100d4c","0x4cc5d4becb3e42b6","0x597f299cfc657e2a","0x5fcb6fab3ad6faec","0x6c44198c4a475817"].map(e=>BigInt(e))),Ni=_o[0],Ci=_o[1],Qt=new Uint32Array(80),Jt=new Uint32Array(80),An=class extends Ce{Ah=0;Al=0;Bh=0;Bl=0;Ch=0;Cl=0;Dh=0;Dl=0;Eh=0;El=0;Fh=0;Fl=0;Gh=0;Gl=0;Hh=0;Hl=0;constructor(t,n){super(128,t,16,!1),this.Ah=n[0]|0,this.Al=n[1]|0,this.Bh=n[2]|0,this.Bl=n[3]|0,this.Ch=n[4]|0,this.Cl=n[5]|0,this.Dh=n[6]|0,this.Dl=n[7]|0,this.Eh=n[8]|0,this.El=n[9]|0,this.Fh=n[10]|0,this.Fl=n[11]|0,this.Gh=n[12]|0,this.Gl=n[13]|0,this.Hh=n[14]|0,this.Hl=n[15]|0}get(){let{Ah:t,Al:n,Bh:r,Bl:o,Ch:s,Cl:i,Dh:c,Dl:a,Eh:w,El:b,Fh:x,Fl:f,Gh:l,Gl:d,Hh:u,Hl:m}=this;return[t,n,r,o,s,i,c,a,w,b,x,f,l,d,u,m]}set(t,n,r,o,s,i,c,a,w,b,x,f,l,d,u,m){this.Ah=t|0,this.Al=n|0,this.Bh=r|0,this.Bl=o|0,this.Ch=s|0,this.Cl=i|0,this.Dh=c|0,this.Dl=a|0,this.Eh=w|0,this.El=b|0,this.Fh=x|0,this.Fl=f|0,this.Gh=l|0,this.Gl=d|0,this.Hh=u|0,this.Hl=m|0}_cloneInto(t){return(t||=new this.constructor).set(...this.get()),this._cloneIntoMeta(t)}process(t,n){for(let p=0;p<16;p++,n+=4)Qt[p]=t.getUint32(n),Jt[p]=t.getUint32(n+=4);for(let p=16;p<80;p++){let y=Qt[p-15]|0,E=Jt[p-15]|0,B=Rt(y,E,1)^Rt(y,E,8)^or(y,E,7),S=qt(y,E,1)^qt(y,E,8)^sr(y,E,7),R=Qt[p-2]|0,v=Jt[p-2]|0,_=Rt(R,v,19)^ae(R,v,61)^or(R,v,6),I=qt(R,v,19)^le(R,v,61)^sr(R,v,6),U=uo(S,I,Jt[p-7],Jt[p-16]),F=ho(U,B,_,Qt[p-7],Qt[p-16]);Qt[p]=F|0,Jt[p]=U|0}let{Ah:r,Al:o,Bh:s,Bl:i,Ch:c,Cl:a,Dh:w,Dl:b,Eh:x,El:f,Fh:l,Fl:d,Gh:u,Gl:m,Hh:g,Hl:h}=this;for(let p=0;p<80;p++){let y=Rt(x,f,14)^Rt(x,f,18)^ae(x,f,41),E=qt(x,f,14)^qt(x,f,18)^le(x,f,41),B=x&l^~x&u,S=f&d^~f&m,R=po(h,E,S,Ci[p],Jt[p]),v=mo(R,g,y,B,Ni[p],Qt[p]),_=R|0,I=Rt(r,o,28)^ae(r,o,34)^ae(r,o,39),U=qt(r,o,28)^le(r,o,34)^le(r,o,39),F=r&s^r&c^s&c,j=o&i^o&a^i&a;g=u|0,h=m|0,u=l|0,m=d|0,l=x|0,d=f|0,{h:x,l:f}=kt(w|0,b|0,v|0,_|0),w=c|0,b=a|0,c=s|0,a=i|0,s=r|0,i=o|0;let z=Fe(_,U,j);r=Ne(z,v,I,F),o=z|0}({h:r,l:o}=kt(this.Ah|0,this.Al|0,r|0,o|0)),{h:s,l:i}=kt(this.Bh|0,this.Bl|0,s|0,i|0),{h:c,l:a}=kt(this.Ch|0,this.Cl|0,c|0,a|0),{h:w,l:b}=kt(this.Dh|0,this.Dl|0,w|0,b|0),{h:x,l:f}=kt(this.Eh|0,this.El|0,x|0,f|0),{h:l,l:d}=kt(this.Fh|0,this.Fl|0,l|0,d|0),{h:u,l:m}=kt(this.Gh|0,this.Gl|0,u|0,m|0),{h:g,l:h}=kt(this.Hh|0,this.Hl|0,g|0,h|0),this.set(r,o,s,i,c,a,w,b,x,f,l,d,u,m,g,h)}roundClean(){Q(Qt,Jt)}destroy(){this.destroyed=!0,Q(this.buffer),this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0)}},dr=class extends An{constructor(){super(64,Eo)}},ur=class extends An{constructor(){super(48,xo)}};var gt=zt(()=>new lr,Ut(1));var _n=zt(()=>new dr,Ut(3)),So=zt(()=>new ur,Ut(2));function $e(e,t,n=()=>{}){if(!Array.isArray(e))throw new TypeError(`"${t}" expected array, got type=${typeof e}`);for(let r=0;r<e.length;r++)n(e[r],`${t}[${r}]`);return e}var V=(e,t,n)=>Z(e,t,n),hr=et;function Oo(e,t=""){if(typeof e!="string"){let n=t&&`"${t}" `;throw new TypeError(n+"expected string, got type="+typeof e)}return e}function te(e,t="object"){if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError(t==="object"?"expected valid options object":`"${t}" expected object, got type=${typeof e}`);return e}function de(e,t){if(typeof e!="function")throw new TypeError(`"${t}" is invalid: expected function, got ${typeof e}`);return e}var Ze=mn,lt=(...e)=>wn(...e),ke=e=>gn(e),ne=Ue,Mt=e=>bn(e),Sn=BigInt(0),jo=BigInt(1),Hi=e=>e?`"${e}" `:"";function xt(e,t=""){if(typeof e!="boolean")throw new TypeError(Hi(t)+"expected boolean, got type="+typeof e);return e}function jn(e){if(typeof e=="bigint"){if(!ee(e))throw new RangeError("positive bigint expected, got "+e)}else hr(e);return e}function Ft(e,t=""){if(typeof e!="number"){let n=t&&`"${t}" `;throw new TypeError(n+"expected number, got type="+typeof e)}if(!Number.isSafeInteger(e)){let n=t&&`"${t}" `;throw new RangeError(n+"expected safe integer, got "+e)}}function Xe(e){let t=jn(e).toString(16);return t.length&1?"0"+t:t}function To(e){if(typeof e!="string")throw new TypeError("hex string expected, got "+typeof e);return e===""?Sn:BigInt("0x"+e)}function At(e){return To(mn(e))}function _t(e){return To(mn(re(Z(e)).reverse()))}function Be(e,t){if(et(t),t===0)throw new Error("zero output length is invalid");e=jn(e);let n=t*2,r=e.toString(16);if(r.length>n)throw new RangeError("number is too large");return gn(r.padStart(n,"0"))}function Ye(e,t){return Be(e,t).reverse()}function re(e){return Uint8Array.from(V(e))}function ue(e){if(typeof e!="string")throw new TypeError("ascii string expected, got "+typeof e);return Uint8Array.from(e,(t,n)=>{let r=t.charCodeAt(0);if(t.length!==1||r>127)throw new RangeError(`string contains non-ASCII character "${e[n]}" with code ${r} at position ${n}`);return r})}function ee(e){return typeof e=="bigint"&&Sn<=e}function pr(e,t,n){return ee(e)&&ee(t)&&ee(n)&&t<=e&&e<n}function Lt(e,t,n,r){if(!pr(t,n,r))throw new RangeError("expected valid "+e+": "+n+" <= n < "+r+", got "+t)}function ve(e){if(e<Sn)throw new Error("expected non-negative bigint, got "+e);return e===Sn?0:e.toString(2).length}var Ve=e=>(Ft(e,"n"),(jo<<BigInt(e))-jo);function Ro(e,t,n){if(et(e,"hashLen"),et(t,"qByteLen"),typeof n!="function")throw new TypeError("hmacFn must be a function");let r=m=>new Uint8Array(m),o=Uint8Array.of(),s=Uint8Array.of(0),i=Uint8Array.of(1),c=1e3,a=r(e),w=r(e),b=0,x=()=>{a.fill(1),w.fill(0),b=0},f=(...m)=>n(w,lt(a,...m)),l=(m=o)=>{w=f(s,m),a=f(),m.length!==0&&(w=f(i,m),a=f())},d=()=>{if(b++>=c)throw new Error("drbg: tried max amount of iterations");let m=0,g=[];for(;m<t;){a=f();let h=a.slice();g.push(h),m+=a.length}return lt(...g)};return(m,g)=>{x(),l(m);let h;for(;(h=g(d()))===void 0;)l();return x(),h}}function dt(e,t={},n={},r="object"){te(e,r),te(t,"fields"),te(n,"optFields");function o(i,c,a){let w=r==="object"?`param "${String(i)}"`:`"${r}.${String(i)}"`,b=e[i];if(!Object.hasOwn(e,i)&&(a?b!==void 0:c!=="function"))throw new TypeError(`${w} is invalid: expected own property`);if(a&&b===void 0)return;let x=typeof b;if(x!==c||b===null)throw new TypeError(`${w} is invalid: expected ${c}, got ${x}`)}let s=(i,c)=>Object.entries(i).forEach(([a,w])=>o(a,w,c));s(t,!1),s(n,!0)}var at=BigInt(0),W=BigInt(1),oe=BigInt(2),Io=BigInt(3),mr=BigInt(4),zo=BigInt(5),Di=BigInt(7),Uo=BigInt(8),Ki=BigInt(9),Pi=BigInt(15),Mo=BigInt(16),$i=BigInt("0x10000000000000000");function J(e,t){if(t<=at)throw new Error("mod: expected positive modulus, got "+t);let n=e%t;return n>=at?n:t+n}function Fo(e,t,n){if(n<=W)throw new Error("pow: expected modulus > 1, got "+n);if(typeof t!="bigint")throw new TypeError("invalid exponent: expected bigint, got "+typeof t);if(t<at)throw new Error("invalid exponent, negatives unsupported");if(t===at)return W;if(t===W)return e;let r=e%n;if(r<at&&(r+=n),t<$i){let c=W;for(;t>at;)t&W&&(c=c*r%n),r=r*r%n,t>>=W;return c}let o=[];for(;t>at;)o.push(Number(t&Pi)),t>>=mr;let s=new Array(16);s[0]=W,s[1]=r;for(let c=2;c<16;c++)s[c]=s[c-1]*r%n;let i=s[o[o.length-1]];for(let c=o.length-2;c>=0;c--){i=i*i%n,i=i*i%n,i=i*i%n,i=i*i%n;let a=o[c];a!==0&&(i=i*s[a]%n)}return i}function St(e,t,n){if(n<=W)throw new Error("pow2: expected modulus > 1, got "+n);if(t<at)throw new Error("pow2: expected non-negative exponent, got "+t);let r=e;for(;t-- >at;)r*=r,r%=n;return r}function qo(e,t){if(e===at)throw new Error("invert: expected non-zero number");if(t<=W)throw new Error("invert: expected modulus > 1, got "+t);let n=J(e,t),r=t,o=at,s=W;for(;n!==at;){let c=r/n,a=r-n*c,w=o-s*c;r=n,n=a,o=s,s=w}if(r!==W)throw new Error("invert: does not exist");return J(o,t)}function No(e,t){if(t<=W)throw new Error("invertCt: expected prime modulus > 1, got "+t);let n=J(e,t);if(n===at)throw new Error("invertCt: expected non-zero number");let r=Fo(n,t-oe,t);if(J(n*r,t)!==W)throw new Error("invertCt: does not exist");return r}function gr(e,t,n){let r=e;if(!r.eql(r.sqr(t),n))throw new Error("Cannot find square root")}function yr(e,t){if((e&W)===at)throw new Error(t+": expected odd modulus, got "+e)}function Co(e,t){let n=e,r=(n.ORDER+W)/mr,o=n.pow(t,r);return gr(n,o,t),o}function Zi(e,t){let n=e,r=(n.ORDER-zo)/Uo,o=n.mul(t,oe),s=n.pow(o,r),i=n.mul(t,s),c=n.mul(n.mul(i,oe),s),a=n.mul(i,n.sub(c,n.ONE));return gr(n,a,t),a}function Xi(e){let t=Rn(e),n=Ho(e),r=n(t,t.neg(t.ONE)),o=n(t,r),s=n(t,t.neg(r)),i=(e+Di)/Mo;return((c,a)=>{let w=c,b=w.pow(a,i),x=w.mul(b,r),f=w.mul(b,o),l=w.mul(b,s),d=w.eql(w.sqr(x),a),u=w.eql(w.sqr(f),a);b=w.cmov(b,x,d),x=w.cmov(l,f,u);let m=w.eql(w.sqr(x),a),g=w.cmov(b,x,m);return gr(w,g,a),g})}function Ho(e){if(e<Io)throw new Error("sqrt is not defined for small field");yr(e,"tonelliShanks");let t=e-W,n=0;for(;t%oe===at;)t/=oe,n++;let r=oe,o=Rn(e);for(;Ge(o,r)===1;)if(r++>1e3)throw new Error("Cannot find square root: probably non-prime P");if(n===1)return Co;let s=o.pow(r,t),i=(t+W)/oe;return function(a,w){let b=a;if(b.is0(w))return w;if(Ge(b,w)!==1)throw new Error("Cannot find square root");let x=n,f=b.mul(b.ONE,s),l=b.pow(w,t),d=b.pow(w,i);for(;!b.eql(l,b.ONE);){if(b.is0(l))throw new Error("Cannot find square root: probably non-prime P");let u=1,m=b.sqr(l);for(;!b.eql(m,b.ONE);)if(u++,m=b.sqr(m),u===x)throw new Error("Cannot find square root");let g=W<<BigInt(x-u-1),h=b.pow(f,g);x=u,f=b.sqr(h),l=b.mul(l,f),d=b.mul(d,h)}return d}}function Yi(e){return yr(e,"Fp.sqrt"),e%mr===Io?Co:e%Uo===zo?Zi:e%Mo===Ki?Xi(e):Ho(e)}var Do=(e,t)=>(J(e,t)&W)===W,Vi=["create","isValid","is0","neg","inv","sqrt","sqr","eql","add","sub","mul","pow","div","addN","subN","mulN","sqrN"];function Ae(e){if(te(e,"field"),typeof e.ORDER!="bigint")throw new TypeError(\'param "ORDER" is invalid: expected bigint, got \'+typeof e.ORDER);Ft(e.BYTES,"BYTES"),Ft(e.BITS,"BITS");for(let t of Vi)de(e[t],"field."+t);if(e.BYTES<1||e.BITS<1)throw new Error("invalid field: expected BYTES/BITS > 0");if(e.ORDER<=W)throw new Error("invalid field: expected ORDER > 1, got "+e.ORDER);return e}function Tn(e,t,n=!1){Ae(e),$e(t,"nums"),xt(n,"passZero");let r=e,o=new Array(t.length).fill(n?r.ZERO:void 0),s=t.reduce((c,a,w)=>r.is0(a)?c:(o[w]=c,r.mul(c,a)),r.ONE),i=r.inv(s);return t.reduceRight((c,a,w)=>r.is0(a)?c:(o[w]=r.mul(c,o[w]),r.mul(c,a)),i),o}function Ge(e,t){Ae(e);let n=e;yr(n.ORDER,"FpLegendre");let r=(n.ORDER-W)/oe,o=n.pow(t,r),s=n.eql(o,n.ONE),i=n.eql(o,n.ZERO),c=n.eql(o,n.neg(n.ONE));if(!s&&!i&&!c)throw new Error("invalid Legendre symbol result");return s?1:i?0:-1}function Gi(e,t){if(t!==void 0&&hr(t),e<=at)throw new Error("invalid n length: expected positive n, got "+e);if(t!==void 0&&t<1)throw new Error("invalid n length: expected positive bit length, got "+t);let n=ve(e);if(t!==void 0&&t<n)throw new Error(`invalid n length: expected nBitLength (${t}) >= bitLen(n) (${n})`);let r=t!==void 0?t:n,o=Math.ceil(r/8);return{nBitLength:r,nByteLength:o}}var Lo=new WeakMap,On=class{ORDER;BITS;BYTES;isLE;ZERO=at;ONE=W;_lengths;_mod;constructor(t,n={}){if(t<=W)throw new Error("invalid field: expected ORDER > 1, got "+t);let r;this.isLE=!1,n!=null&&typeof n=="object"&&(typeof n.BITS=="number"&&(r=n.BITS),typeof n.sqrt=="function"&&Object.defineProperty(this,"sqrt",{value:n.sqrt,enumerable:!0}),typeof n.isLE=="boolean"&&(this.isLE=n.isLE),n.allowedLengths&&(this._lengths=Object.freeze(n.allowedLengths.slice())),typeof n.modFromBytes=="boolean"&&(this._mod=n.modFromBytes));let{nBitLength:o,nByteLength:s}=Gi(t,r);if(s>2048)throw new Error("invalid field: expected ORDER of <= 2048 bytes");this.ORDER=t,this.BITS=o,this.BYTES=s,Object.freeze(this)}create(t){return J(t,this.ORDER)}isValid(t){if(typeof t!="bigint")throw new TypeError("invalid field element: expected bigint, got "+typeof t);return at<=t&&t<this.ORDER}is0(t){return t===at}isValidNot0(t){return!this.is0(t)&&this.isValid(t)}isOdd(t){return(t&W)===W}neg(t){return J(-t,this.ORDER)}eql(t,n){return t===n}sqr(t){return J(t*t,this.ORDER)}add(t,n){return J(t+n,this.ORDER)}sub(t,n){return J(t-n,this.ORDER)}mul(t,n){return J(t*n,this.ORDER)}pow(t,n){return Fo(t,n,this.ORDER)}div(t,n){return J(t*qo(n,this.ORDER),this.ORDER)}sqrN(t){return t*t}addN(t,n){return t+n}subN(t,n){return t-n}mulN(t,n){return t*n}inv(t){return qo(t,this.ORDER)}sqrt(t){let n=Lo.get(this);return n||Lo.set(this,n=Yi(this.ORDER)),n(this,t)}toBytes(t){return this.isLE?Ye(t,this.BYTES):Be(t,this.BYTES)}fromBytes(t,n=!1){V(t);let{_lengths:r,BYTES:o,isLE:s,ORDER:i,_mod:c}=this;if(r){if(t.length<1||!r.includes(t.length)||t.length>o)throw new Error("Field.fromBytes: expected "+r+" bytes, got "+t.length);let w=new Uint8Array(o);w.set(t,s?0:w.length-t.length),t=w}if(t.length!==o)throw new Error("Field.fromBytes: expected "+o+" bytes, got "+t.length);let a=s?_t(t):At(t);if(c&&(a=J(a,i)),!n&&!this.isValid(a))throw new Error("invalid field element: outside of range 0..ORDER");return a}invertBatch(t){return Tn(this,t,!0)}cmov(t,n,r){return xt(r,"condition"),r?n:t}};function Rn(e,t={}){return Object.freeze(On.prototype),new On(e,t)}function Ko(e){if(typeof e!="bigint")throw new Error("field order must be bigint");if(e<=W)throw new Error("field order must be greater than 1");let t=ve(e-W);return Math.ceil(t/8)}function qn(e){let t=Ko(e);return t+Math.ceil(t/2)}function wr(e,t,n=!1){V(e);let r=e.length,o=Ko(t),s=Math.max(qn(t),16);if(r<s||r>1024)throw new Error("expected "+s+"-1024 bytes of input, got "+r);let i=n?_t(e):At(e),c=J(i,t-W)+W;return n?Ye(c,o):Be(c,o)}var Er=BigInt(0),We=BigInt(1),Wi=BigInt(4),br=16,Po=128,Qi=5,$o=2**31;function se(e){let t=e;if(typeof t!="function")throw new TypeError(\'"Point" expected constructor, got type=\'+typeof e);de(t.fromAffine,"Point.fromAffine"),de(t.fromBytes,"Point.fromBytes"),de(t.fromHex,"Point.fromHex"),te(t.BASE,"Point.BASE"),te(t.ZERO,"Point.ZERO"),Ae(t.Fp),Ae(t.Fn)}function Ln(e,t){se(e),Xo(t,e);let n=Tn(e.Fp,t.map(r=>r.Z));return t.map((r,o)=>e.fromAffine(r.toAffine(n[o])))}function Ji(e,t,n=1){if(!Number.isSafeInteger(e)||e<n||e>t)throw new Error("invalid window size, expected ["+n+".."+t+"], got W="+e)}function t0(e,t){let n=e*(4*t+128);if(n>$o)throw new Error("invalid window size: table would need ~"+Math.ceil(n/2**20)+" MiB, max "+$o/2**20+" MiB")}function kr(e,t){if(e!==void 0){de(e,"randomBytes");try{let n=e(t);if(!ne(n)||n.length!==t)return}catch{return}return e}}function Xo(e,t){$e(e,"points"),e.forEach((n,r)=>{if(!(n instanceof t))throw new Error("invalid point at index "+r)})}function e0(e,t,n){if(!Array.isArray(e))throw new Error("array of scalars expected");e.forEach((r,o)=>{if(!(n===void 0?t.isValid(r):ee(r)&&r<n))throw new Error("invalid scalar at index "+o)})}var Yo=new WeakMap;function xr(e){return Yo.get(e)||1}function n0(e,t){let n=e.double(),r=[e];for(let o=1;o<t;o++)r.push(r[o-1].add(n));return r}function r0(e,t){let n=2**t,r=n/2,o=BigInt(n-1),s=[];for(;e>Er;){let i=0;e&We&&(i=Number(e&o),i>=r&&(i-=n),e-=BigInt(i)),s.push(i),e>>=We}return s}function o0(e,t,n){let r=2**t,o=r/2,s=BigInt(r-1),i=BigInt(t),c=[];for(let a=0;a<n;a++){let w=Number(e&s);e>>=i,w>o&&(w-=r,e+=We),c.push(w)}if(e!==Er)throw new Error("invalid wnaf");return c}function s0(e,t,n){let r=0;for(let s of n)r=Math.max(r,s.length);let o=e;for(let s=r-1;s>=0;s--){s!==r-1&&(o=o.double());for(let i=0;i<n.length;i++){let c=n[i][s];if(c){let a=t[i][Math.abs(c)-1>>1];o=o.add(c<0?a.negate():a)}}}return o}var _e=class{Point;BASE;ZERO;randomBytes;wnafPrecomputes=new WeakMap;baseCanBeBlinded;bits;constructor(t,n){se(t),this.randomBytes=kr(n,br),this.Point=t,this.BASE=t.BASE,this.ZERO=t.ZERO,this.bits=t.Fn.BITS}buildWnafTable(t,n,r){let o=Math.ceil(r/n)+1,s=2**(n-1),i=[],c=t;for(let a=0;a<o;a++){let w=c;for(let b=0;b<s;b++)i.push(w),w=w.add(c);c=i[i.length-1].double()}return{W:n,bits:r,windows:o,comp:i}}wnafCachedCT(t,n){let{W:r,windows:o,comp:s}=t,i=2**(r-1),c=o0(n,r,o),a=this.ZERO,w=this.BASE;for(let b=0;b<o;b++){let x=c[b],f=b*i,l=Math.abs(x)-1,d=s[f];for(let m=1;m<i;m++)d=m===l?s[f+m]:d;let u=d.negate();x===0?w=w.add(s[f]):a=a.add(x<0?u:d)}return{p:a,f:w}}getWnafPrecomputes(t,n,r,o){let s=this.wnafPrecomputes.get(n),i=s?.find(c=>c.W===t&&c.bits===r);return i||(i=this.buildWnafTable(n,t,r),typeof o=="function"&&(i={...i,comp:o(i.comp)}),s||(s=[],this.wnafPrecomputes.set(n,s)),s.push(i)),i}assertPoint(t){if(!(t instanceof this.Point))throw new TypeError(\'"point" expected Point instance, got type=\'+typeof t)}validateMulInput(t,n){if(this.assertPoint(t),!pr(n,We,this.Point.Fn.ORDER))throw new Error("invalid scalar")}runCT(t,n,r,o){let s=xr(t);return s===1?this.fixedWindowCT(t,n,r):this.wnafCachedCT(this.getWnafPrecomputes(s,t,r,o),n)}mulCT(t,n,r){return this.validateMulInput(t,n),this.runCT(t,n,this.bits,r)}mulCTBlinded(t,n,r){if(this.validateMulInput(t,n),this.randomBytes===void 0)throw new Error("randomBytes is required for scalar blinding");let o=this.Point.Fn.BITS+Po,s=this.randomBytes(br);if(!ne(s)||s.length!==br)throw new Error("randomBytes returned invalid byte array");s[0]=s[0]&63|128;let i=n+At(s)*this.Point.Fn.ORDER;return this.runCT(t,i,o,r)}fixedWindowCT(t,n,r){let o=Qi,s=1<<o,i=Ve(o),c=new Array(s);c[0]=this.ZERO;for(let b=1;b<s;b++)c[b]=c[b-1].add(t);let a=Math.ceil(r/o),w=this.ZERO;for(let b=a-1;b>=0;b--){if(b!==a-1)for(let l=0;l<o;l++)w=w.double();let x=Number(n>>BigInt(b*o)&i),f=c[0];for(let l=1;l<s;l++)f=l===x?c[l]:f;w=w.add(f)}return{p:w,f:w}}shouldBlind(t,n){return this.randomBytes===void 0?!1:n===We?!0:t!==this.BASE?!1:(this.baseCanBeBlinded===void 0&&(this.baseCanBeBlinded=this.mulUnsafe(this.BASE,this.Point.Fn.ORDER).is0()),this.baseCanBeBlinded)}mulSecret(t,n,r,o){return this.shouldBlind(t,r)?this.mulCTBlinded(t,n,o):this.mulCT(t,n,o)}mulUnsafe(t,n,r){if(this.assertPoint(t),!ee(n))throw new Error("invalid scalar");let o=xr(t);if(o===1||n>=this.Point.Fn.ORDER)return In(this.Point,[t],[n],!0);let s=this.getWnafPrecomputes(o,t,this.bits,r);return this.wnafCachedCT(s,n).p}setWindowSize(t,n){this.assertPoint(t),Ji(n,this.bits);let r=Math.ceil((this.bits+Po)/n)+1;t0(r*2**(n-1),this.Point.Fp.BYTES),Yo.set(t,n),this.wnafPrecomputes.delete(t)}hasWindowSize(t){return xr(t)!==1}};function In(e,t,n,r=!1){if(se(e),Xo(t,e),xt(r,"allowOversized"),e0(n,e.Fn,r?e.Fn.ORDER**Wi:void 0),t.length!==n.length)throw new Error("arrays of points and scalars must have equal length");let o=t.map(i=>n0(i,4)),s=n.map(i=>r0(i,4));return s0(e.ZERO,o,s)}function Zo(e,t,n){if(t){if(t.ORDER!==e)throw new Error("Field.ORDER must match order: Fp == p, Fn == n");return Ae(t),t}else return Rn(e,{isLE:n})}function zn(e,t,n={},r){if(e!=="weierstrass"&&e!=="edwards")throw new Error(\'expected curve type "weierstrass" or "edwards"\');if(r===void 0&&(r=e==="edwards"),!t||typeof t!="object")throw new Error(`expected valid ${e} CURVE object`);dt(n);for(let a of["p","n","h"]){let w=t[a];if(!(ee(w)&&w!==Er))throw new Error(`CURVE.${a} must be positive bigint`)}let o=Zo(t.p,n.Fp,r),s=Zo(t.n,n.Fn,r),c=["Gx","Gy","a",e==="weierstrass"?"b":"d"];for(let a of c)if(!o.isValid(t[a]))throw new Error(`CURVE.${a} must be valid field element of CURVE.Fp`);return t=Object.freeze(Object.assign({},t)),{CURVE:t,Fp:o,Fn:s}}function Se(e,t){return function(r){let o=e(r);return{secretKey:o,publicKey:t(o)}}}var Un=BigInt(0),Mn=BigInt(1),Fn=BigInt(2),i0=BigInt(4),Vo=BigInt(8);function c0(e,t,n,r){let o=e.sqr(n),s=e.sqr(r),i=e.add(e.mul(t.a,o),s),c=e.add(e.ONE,e.mul(t.d,e.mul(o,s)));return e.eql(i,c)}function Go(e,t={}){dt(t,{},{},"extraOpts");let n=t,r=zn("edwards",e,n,n.FpFnLE),{Fp:o,Fn:s}=r,i=r.CURVE,{h:c}=i;if(Ge(o,i.a)!==1)throw new Error("edwards: CURVE.a must be a square in Fp for complete addition formulas");if(Ge(o,i.d)!==-1)throw new Error("edwards: CURVE.d must be a non-square in Fp for complete addition formulas");dt(n,{},{uvRatio:"function",randomBytes:"function"});let a=n.randomBytes===void 0?Mt:n.randomBytes,w=Fn<<BigInt(o.BYTES*8)-Mn;function b(h){if(!o.isOdd)throw new Error("Field does not have .isOdd()");return o.isOdd(h)}let x=n.uvRatio===void 0?(h,p)=>{try{return{isValid:!0,value:o.sqrt(o.div(h,p))}}catch{return{isValid:!1,value:Un}}}:n.uvRatio;if(!c0(o,i,i.Gx,i.Gy))throw new Error("bad curve params: generator point");let f=o.eql(i.a,o.neg(o.ONE))?h=>o.neg(h):o.eql(i.a,o.ONE)?h=>h:h=>o.mul(i.a,h);function l(h,p,y=!1){let E=y?Mn:Un;return Lt("coordinate "+h,p,E,w),p}function d(h){if(!(h instanceof u))throw new Error("EdwardsPoint expected")}class u{static BASE=new u(i.Gx,i.Gy,o.ONE,o.mul(i.Gx,i.Gy));static ZERO=new u(o.ZERO,o.ONE,o.ONE,o.ZERO);static Fp=o;static Fn=s;X;Y;Z;T;constructor(p,y,E,B){this.X=l("x",p),this.Y=l("y",y),this.Z=l("z",E,!0),this.T=l("t",B),Object.freeze(this)}static CURVE(){return i}static fromAffine(p){if(p instanceof u)throw new Error("extended point not allowed");let{x:y,y:E}=p||{};return l("x",y),l("y",E),new u(y,E,o.ONE,o.mul(y,E))}static fromBytes(p,y=!1){let E=o.BYTES,{a:B,d:S}=i;p=re(V(p,E,"point")),xt(y,"zip215");let R=re(p),v=p[E-1];R[E-1]=v&-129;let _=_t(R),I=y?w:o.ORDER;Lt("point.y",_,Un,I);let U=o.sqr(_),F=o.sub(U,o.ONE),j=o.sub(o.mulN(S,U),B),{isValid:z,value:T}=x(F,j);if(!z)throw new Error("bad point: invalid y coordinate");let O=b(T),M=(v&128)!==0;if(!y&&o.is0(T)&&M)throw new Error("bad point: x=0 and x_0=1");return M!==O&&(T=o.neg(T)),u.fromAffine({x:T,y:_})}static fromHex(p,y=!1){return u.fromBytes(ke(p),y)}get x(){return this.toAffine().x}get y(){return this.toAffine().y}precompute(p=6,y=!0){return g.setWindowSize(this,p),y||this.multiply(Fn),this}assertValidity(){let p=this,{a:y,d:E}=i;if(p.is0())throw new Error("bad point: ZERO");let{X:B,Y:S,Z:R,T:v}=p,_=o.sqr(B),I=o.sqr(S),U=o.sqr(R),F=o.sqr(U),j=o.mul(_,y),z=o.mul(o.add(j,I),U),T=o.add(F,o.mul(E,o.mul(_,I)));if(!o.eql(z,T))throw new Error("bad point: equation left != right (1)");let O=o.mul(B,S),M=o.mul(R,v);if(!o.eql(O,M))throw new Error("bad point: equation left != right (2)")}equals(p){d(p);let{X:y,Y:E,Z:B}=this,{X:S,Y:R,Z:v}=p,_=o.mul(y,v),I=o.mul(S,B),U=o.mul(E,v),F=o.mul(R,B);return o.eql(_,I)&&o.eql(U,F)}is0(){return this.equals(u.ZERO)}negate(){return new u(o.neg(this.X),this.Y,this.Z,o.neg(this.T))}double(){let{X:p,Y:y,Z:E}=this,B=o.sqr(p),S=o.sqr(y),R=o.mul(o.sqr(E),Fn),v=f(B),_=o.addN(p,y),I=o.sub(o.subN(o.sqr(_),B),S),U=o.addN(v,S),F=o.subN(U,R),j=o.subN(v,S),z=o.mul(I,F),T=o.mul(U,j),O=o.mul(I,j),M=o.mul(F,U);return new u(z,T,M,O)}add(p){d(p);let{d:y}=i,{X:E,Y:B,Z:S,T:R}=this,{X:v,Y:_,Z:I,T:U}=p,F=o.mul(E,v),j=o.mul(B,_),z=o.mul(o.mulN(R,y),U),T=o.mul(S,I),O=o.sub(o.subN(o.mulN(o.addN(E,B),o.addN(v,_)),F),j),M=o.subN(T,z),L=o.addN(T,z),A=o.sub(j,f(F)),k=o.mul(O,M),q=o.mul(L,A),N=o.mul(O,A),H=o.mul(M,L);return new u(k,q,H,N)}subtract(p){return d(p),this.add(p.negate())}multiply(p){if(!s.isValidNot0(p))throw new RangeError("invalid scalar: expected 1 <= sc < curve.n");let{p:y,f:E}=g.mulSecret(this,p,c,m);return m([y,E])[0]}multiplyUnsafe(p){if(!s.isValid(p))throw new RangeError("invalid scalar: expected 0 <= sc < curve.n");return p===Un?u.ZERO:this.is0()||p===Mn?this:g.mulUnsafe(this,p,m)}isSmallOrder(){return this.clearCofactor().is0()}isTorsionFree(){return g.mulUnsafe(this,i.n).is0()}toAffine(p){let y=this,E=p;if(E!=null&&typeof E!="bigint")throw new TypeError(\'"invertedZ" expected bigint, got type=\'+typeof E);let{X:B,Y:S,Z:R}=y,v=y.is0();E==null&&(E=v?o.create(Vo):o.inv(R));let _=o.mul(B,E),I=o.mul(S,E),U=o.mul(R,E);if(v)return{x:o.ZERO,y:o.ONE};if(!o.eql(U,o.ONE))throw new Error("invZ was invalid");return{x:_,y:I}}clearCofactor(){return c===Mn?this:c===Fn?this.double():c===i0?this.double().double():c===Vo?this.double().double().double():this.multiplyUnsafe(c)}toBytes(){let{x:p,y}=this.toAffine(),E=o.toBytes(y);return E[E.length-1]|=b(p)?128:0,E}toHex(){return Ze(this.toBytes())}toString(){return`<Point ${this.is0()?"ZERO":this.toHex()}>`}}let m=h=>Ln(u,h),g=new _e(u,a);return g.bits>=6&&u.BASE.precompute(6),Object.freeze(u.prototype),Object.freeze(u),u}function Wo(e,t,n={}){if(se(e),typeof t!="function")throw new Error(\'"hash" function param is required\');let r=t,o=n;dt(o,{},{adjustScalarBytes:"function",randomBytes:"function",domain:"function",prehash:"function",zip215:"boolean",mapToCurve:"function",toMontgomery:"function",toMontgomerySecret:"function"});let{prehash:s}=o,{BASE:i,Fp:c,Fn:a}=e,w=r.outputLen,b=2*c.BYTES;if(w!==void 0&&(Ft(w,"hash.outputLen"),w!==b))throw new Error(`hash.outputLen must be ${b}, got ${w}`);let x=o.randomBytes===void 0?Mt:o.randomBytes,f=o.toMontgomery,l=o.toMontgomerySecret,d=o.adjustScalarBytes===void 0?j=>j:o.adjustScalarBytes,u=o.domain===void 0?(j,z,T)=>{if(xt(T,"phflag"),z.length||T)throw new Error("Contexts/pre-hash are not supported");return j}:o.domain;function m(j){return a.create(_t(j))}function g(j){let z=v.secretKey;V(j,v.secretKey,"secretKey");let T=V(r(j),2*z,"hashedSecretKey"),O=d(T.slice(0,z)),M=T.slice(z,2*z),L=m(O);return{head:O,prefix:M,scalar:L}}function h(j){let{head:z,prefix:T,scalar:O}=g(j),M=i.multiply(O),L=M.toBytes();return{head:z,prefix:T,scalar:O,point:M,pointBytes:L}}function p(j){return h(j).pointBytes}function y(j=Uint8Array.of(),...z){let T=lt(...z);return m(r(u(T,V(j,void 0,"context"),!!s)))}function E(j,z,T={}){dt(T,{},{},"options"),j=re(V(j,void 0,"message")),s&&(j=s(j));let{prefix:O,scalar:M,pointBytes:L}=h(z),A=y(T.context,O,j),k=i.multiply(A).toBytes(),q=y(T.context,k,L,j),N=a.create(A+q*M);if(!a.isValid(N))throw new Error("sign failed: invalid s");let H=lt(k,a.toBytes(N));return V(H,v.signature,"result")}let B={zip215:o.zip215};function S(j,z,T,O=B){dt(O);let{context:M}=O,L=O.zip215===void 0?!!B.zip215:O.zip215,A=v.signature;j=V(j,A,"signature"),z=V(z,void 0,"message"),T=V(T,v.publicKey,"publicKey"),L!==void 0&&xt(L,"zip215"),s&&(z=s(z));let k=A/2,q=j.subarray(0,k),N=_t(j.subarray(k,A)),H,D,K;try{H=e.fromBytes(T,L),D=e.fromBytes(q,L),K=i.multiplyUnsafe(N)}catch{return!1}if(!L&&H.isSmallOrder())return!1;let P=y(M,q,T,z);return D.add(H.multiplyUnsafe(P)).subtract(K).clearCofactor().is0()}let R=c.BYTES,v={secretKey:R,publicKey:R,signature:2*R,seed:R};function _(j){return j=j===void 0?x(v.seed):j,V(j,v.seed,"seed")}function I(j){return ne(j)&&j.length===v.secretKey}function U(j,z){try{return!!e.fromBytes(j,z===void 0?B.zip215:z)}catch{return!1}}let F={getExtendedPublicKey:h,randomSecretKey:_,isValidSecretKey:I,isValidPublicKey:U,toMontgomery(j){if(f===void 0)throw new Error("Montgomery conversion is not supported for this curve");return f(e.fromBytes(j))},toMontgomerySecret(j){if(l===void 0)throw new Error("Montgomery conversion is not supported for this curve");return l(j)}};return Object.freeze(v),Object.freeze(F),Object.freeze({keygen:Se(_,p),getPublicKey:p,sign:E,verify:S,utils:F,Point:e,lengths:v})}function Qe(e,t="n"){if(typeof e!="number")throw new TypeError(`wrong u32 integer "${t}": expected number, got type=${typeof e}`);if(!Number.isSafeInteger(e)||e<0||e>4294967295)throw new RangeError(`wrong u32 integer "${t}": expected 0..4294967295, got ${e}`);return e}function Jo(e){return Qe(e,"x"),(e&e-1)===0&&e!==0}function Br(e,t){if(Qe(e),typeof t!="number")throw new TypeError(\'"bits" expected number, got type=\'+typeof t);if(!Number.isSafeInteger(t)||t<0||t>32)throw new Error(`expected integer 0 <= bits <= 32, got ${t}`);let n=0;for(let r=0;r<t;r++,e>>>=1)n=n<<1|e&1;return n>>>0}function ts(e){return Qe(e),31-Math.clz32(e)}function Qo(e){if(!e||typeof e!="object"||typeof e.length!="number")throw new TypeError(\'"values" expected array-like, got type=\'+typeof e);let t=e.length;if(!Jo(t))throw new Error("expected positive power-of-two length, got "+t);let n=ts(t);for(let r=0;r<t;r++){let o=Br(r,n);if(r<o){let s=e[r];e[r]=e[o],e[o]=s}}return e}var vr=(e,t)=>{dt(t,{N:"number",roots:"object",dit:"boolean"},{invertButterflies:"boolean",skipStages:"number",brp:"boolean"},"coreOpts");let{N:n,roots:r,dit:o,invertButterflies:s=!1,skipStages:i=0,brp:c=!0}=t;Qe(n,"coreOpts.N");let a=ts(n);if(!Jo(n))throw new Error("FFT: Polynomial size should be power of two");Qe(i,"coreOpts.skipStages");let w=a===0?0:a-1;if(i>w)throw new Error(`FFT: wrong skipStages: expected 0 <= skipStages <= ${w}`);if(r.length!==n)throw new Error(`FFT: wrong roots length: expected ${n}, got ${r.length}`);let b=o!==s;return x=>{if(x.length!==n)throw new Error("FFT: wrong Polynomial length");o&&c&&Qo(x);for(let f=0,l=1;f<a-i;f++){let d=o?f+1+i:a-f,u=1<<d,m=u>>1,g=n>>d;for(let h=0;h<n;h+=u)for(let p=0,y=l++;p<m;p++){let E=s?o?n-y:y:p*g,B=h+p,S=h+p+m,R=r[E],v=x[S],_=x[B];if(b){let I=e.mul(v,R);x[B]=e.add(_,I),x[S]=e.sub(_,I)}else s?(x[B]=e.add(v,_),x[S]=e.mul(e.sub(v,_),R)):(x[B]=e.add(_,v),x[S]=e.mul(e.sub(_,v),R))}}return!o&&c&&Qo(x),x}};var he=BigInt(0),jt=BigInt(1),Nn=BigInt(2);function es(e,t){return e+t-(t>>jt<<jt)}function f0(e){let t=BigInt(6)*e;return(n,r,o)=>{let s=r+o,c=((t+o-r)*n+r)%e;return{x_2:c,x_3:s-c}}}function a0(e){return dt(e,{P:"bigint",type:"string",adjustScalarBytes:"function",powPminus2:"function"},{randomBytes:"function",scalarMultBase:"function"}),Object.freeze({...e})}function ns(e){let t=a0(e),{P:n,type:r,adjustScalarBytes:o,powPminus2:s,randomBytes:i}=t,c=t.scalarMultBase,a=r==="x25519";if(!a&&r!=="x448")throw new Error("invalid type");let w=i===void 0?Mt:i,b=a?255:448,x=f0(n),f=a?32:56,l=BigInt(a?9:5),d=BigInt(a?121665:39081),u=a?Nn**BigInt(254):Nn**BigInt(447),m=a?BigInt(8)*(Nn**BigInt(251)-jt):BigInt(4)*(Nn**BigInt(445)-jt),g=u+m+jt,h=T=>J(T,n),p=y(l);function y(T){return Ye(h(T),f)}function E(T){let O=re(V(T,f,"uCoordinate"));return a&&(O[31]&=127),h(_t(O))}function B(T){return _t(o(re(V(T,f,"scalar"))))}let S=new Set(a?[he,jt,n-jt,BigInt("325606250916557431795983626356110631294008115727848805560023387167927233504"),BigInt("39382357235489614581723060781553021112529911719440698176882885853963445705823")]:[he,jt,n-jt]);function R(T,O){let M=E(O);if(S.has(M))throw new Error("invalid private or public key received");let L=U(M,B(T));if(L===he)throw new Error("invalid private or public key received");return y(L)}function v(T){if(c===void 0)return R(T,p);let O=B(T);Lt("scalar",O,u,g);let M=h(c(O));if(M===he)throw new Error("invalid private or public key received");return y(M)}let _=v,I=R;function U(T,O){Lt("u",T,he,n),Lt("scalar",O,u,g);let M=O,L=T,A=jt,k=he,q=T,N=jt,H=M^M>>jt;for(let P=BigInt(b-1);P>=he;P--){let $=es(n,H>>P);({x_2:A,x_3:q}=x($,A,q)),{x_2:k,x_3:N}=x($,k,N);let X=A+k,Y=h(X*X),rt=A-k,tt=h(rt*rt),st=Y-tt,wt=q+N,nt=q-N,ot=h(nt*X),xe=h(wt*rt),ze=ot+xe,Pt=ot-xe;q=h(ze*ze),N=h(L*h(Pt*Pt)),A=h(Y*tt),k=h(st*(Y+h(d*st)))}let D=es(n,M);({x_2:A,x_3:q}=x(D,A,q)),{x_2:k,x_3:N}=x(D,k,N);let K=s(k);return h(A*K)}let F={secretKey:f,publicKey:f,seed:f},j=T=>(T=T===void 0?w(f):T,V(T,F.seed,"seed"),T),z={randomSecretKey:j};return Object.freeze(F),Object.freeze(z),Object.freeze({keygen:Se(j,_),getSharedSecret:I,getPublicKey:_,scalarMult:R,scalarMultBase:v,utils:z,GuBytes:p.slice(),lengths:F})}var rs=BigInt(0),Ar=BigInt(1),os=BigInt(2),l0=BigInt(3),d0=BigInt(5),u0=BigInt(8),Cn=BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed"),h0={p:Cn,n:BigInt("0x1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ed"),h:u0,a:BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec"),d:BigInt("0x52036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3"),Gx:BigInt("0x216936d3cd6e53fec0a4e231fdd6dc5c692cc7609525a7b2c9562d608f25d51a"),Gy:BigInt("0x6666666666666666666666666666666666666666666666666666666666666658")};function cs(e){let t=BigInt(10),n=BigInt(20),r=BigInt(40),o=BigInt(80),s=Cn,c=e*e%s*e%s,a=St(c,os,s)*c%s,w=St(a,Ar,s)*e%s,b=St(w,d0,s)*w%s,x=St(b,t,s)*b%s,f=St(x,n,s)*x%s,l=St(f,r,s)*f%s,d=St(l,o,s)*l%s,u=St(d,o,s)*l%s,m=St(u,t,s)*b%s;return{pow_p_5_8:St(m,os,s)*e%s,b2:c}}function _r(e){return e[0]&=248,e[31]&=127,e[31]|=64,e}var ss=BigInt("19681161376707505956807079304988542015446066515923890162744021073123829784752");function p0(e,t){let n=Cn,r=J(t*t*t,n),o=J(r*r*t,n),s=cs(e*o).pow_p_5_8,i=J(e*r*s,n),c=J(t*i*i,n),a=i,w=J(i*ss,n),b=c===e,x=c===J(-e,n),f=c===J(-e*ss,n);return b&&(i=a),(x||f)&&(i=w),Do(i,n)&&(i=J(-i,n)),{isValid:b||x,value:i}}var Je=Go(h0,{uvRatio:p0}),is=Je.Fp;function m0(e){let{y:t}=e;return is.toBytes(is.div(Ar+t,Ar-t))}function g0(e){let t=Je.Fp.BYTES;return Z(e,t),_r(_n(e.subarray(0,t))).subarray(0,t)}function y0(e){return Wo(Je,_n,Object.assign({adjustScalarBytes:_r,toMontgomery:m0,toMontgomerySecret:g0,zip215:!0},e))}var Hn=y0({});var Dn=(()=>{let e=Cn,t=n=>{let{pow_p_5_8:r,b2:o}=cs(n);return J(St(r,l0,e)*o,e)};return ns({P:e,type:"x25519",powPminus2:t,adjustScalarBytes:_r,scalarMultBase:n=>{let r=J(n,Je.Fn.ORDER);if(r===rs)return rs;let o=Je.BASE.multiply(r);return J((o.Z+o.Y)*t(J(o.Z-o.Y,e)),e)}})})();var w0=BigInt(0),Sr=class extends Error{constructor(t=""){super(t)}},Nt={Err:Sr,_tlv:{encode:(e,t)=>{let{Err:n}=Nt;if(Ft(e,"tag"),e<0||e>255)throw new n("tlv.encode: wrong tag");if(Oo(t,"data"),t.length&1)throw new n("tlv.encode: unpadded data");let r=t.length/2,o=Xe(r);if(o.length/2&128)throw new n("tlv.encode: long form length too big");let s=r>127?Xe(o.length/2|128):"";return Xe(e)+s+o+t},decode(e,t){let{Err:n}=Nt;t=V(t,void 0,"DER data");let r=0;if(e<0||e>255)throw new n("tlv.decode: wrong tag");if(t.length<2||t[r++]!==e)throw new n("tlv.decode: wrong tlv");let o=t[r++],s=!!(o&128),i=0;if(!s)i=o;else{let a=o&127;if(!a)throw new n("tlv.decode(long): indefinite length not supported");if(a>4)throw new n("tlv.decode(long): byte length is too big");let w=t.subarray(r,r+a);if(w.length!==a)throw new n("tlv.decode: length bytes not complete");if(w[0]===0)throw new n("tlv.decode(long): zero leftmost byte");for(let b of w)i=i<<8|b;if(r+=a,i<128)throw new n("tlv.decode(long): not minimal encoding")}let c=t.subarray(r,r+i);if(c.length!==i)throw new n("tlv.decode: wrong value length");return{v:c,l:t.subarray(r+i)}}},_int:{encode(e){let{Err:t}=Nt;if(jn(e),e<w0)throw new t("integer: negative integers are not allowed");let n=Xe(e);if(Number.parseInt(n[0],16)&8&&(n="00"+n),n.length&1)throw new t("unexpected DER parsing assertion: unpadded hex");return n},decode(e){let{Err:t}=Nt;if(e.length<1)throw new t("invalid signature integer: empty");if(e[0]&128)throw new t("invalid signature integer: negative");if(e.length>1&&e[0]===0&&!(e[1]&128))throw new t("invalid signature integer: unnecessary leading zero");return At(e)}},toSig(e,t){let{Err:n,_int:r,_tlv:o}=Nt;if(t!==void 0&&(Ft(t,"maxScalarBytes"),t<1))throw new n("invalid signature: maxScalarBytes must be positive");let s=V(e,void 0,"signature"),{v:i,l:c}=o.decode(48,s);if(c.length)throw new n("invalid signature: left bytes after parsing");let{v:a,l:w}=o.decode(2,i),{v:b,l:x}=o.decode(2,w);if(x.length)throw new n("invalid signature: left bytes after parsing");if(t!==void 0&&(a.length>t||b.length>t))throw new n("invalid signature: integer too large");return{r:r.decode(a),s:r.decode(b)}},hexFromSig(e){let{_tlv:t,_int:n}=Nt;dt(e,{r:"bigint",s:"bigint"},{},"sig");let r=t.encode(2,n.encode(e.r)),o=t.encode(2,n.encode(e.s)),s=r+o;return t.encode(48,s)}},Kn=(Object.freeze(Nt._tlv),Object.freeze(Nt._int),Object.freeze(Nt));var fs=(e,t)=>(e+(e>=0?t:-t)/as)/t;function b0(e,t,n){Lt("scalar",e,Ct,n);let[[r,o],[s,i]]=t,c=fs(i*e,n),a=fs(-o*e,n),w=e-c*r-a*s,b=-c*o-a*i,x=w<Ct,f=b<Ct;x&&(w=-w),f&&(b=-b);let l=Ve(Math.ceil(ve(n)/2))+pe;if(w<Ct||w>=l||b<Ct||b>=l)throw new Error("splitScalar (endomorphism): failed for k");return{k1neg:x,k1:w,k2neg:f,k2:b}}function Tr(e){if(!["compact","recovered","der"].includes(e))throw new Error(\'Signature format must be "compact", "recovered", or "der"\');return e}function jr(e,t){dt(e);let n={};for(let r of Object.keys(t))n[r]=e[r]===void 0?t[r]:e[r];return xt(n.lowS,"lowS"),xt(n.prehash,"prehash"),n.format!==void 0&&Tr(n.format),n}var Ct=BigInt(0),pe=BigInt(1),as=BigInt(2),Or=BigInt(3),x0=BigInt(4);function Rr(e,t={}){let n=zn("weierstrass",e,t),r=n.Fp,o=n.Fn,s=n.CURVE,{h:i,n:c}=s;dt(t,{},{allowInfinityPoint:"boolean",clearCofactor:"function",isTorsionFree:"function",fromBytes:"function",toBytes:"function",endo:"object",randomBytes:"function"});let{endo:a,allowInfinityPoint:w,clearCofactor:b,isTorsionFree:x,fromBytes:f,toBytes:l}=t,d=t.randomBytes===void 0?Mt:t.randomBytes;if(a&&(!r.is0(s.a)||typeof a.beta!="bigint"||!Array.isArray(a.basises)))throw new Error(\'invalid endo: expected "beta": bigint and "basises": array\');let u=a?{beta:a.beta,basises:a.basises.map(A=>[...A])}:void 0,m=ds(r,o);function g(){if(!r.isOdd)throw new Error("compression is not supported: Field does not have .isOdd()")}function h(A,k,q){if(k.is0()){if(!w)throw new Error("bad point: ZERO");return Uint8Array.of(0)}let{x:N,y:H}=k.toAffine(),D=r.toBytes(N);if(xt(q,"isCompressed"),q){g();let K=!r.isOdd(H);return lt(ls(K),D)}else return lt(Uint8Array.of(4),D,r.toBytes(H))}function p(A){V(A,void 0,"Point");let{publicKey:k,publicKeyUncompressed:q}=m,N=A.length,H=A[0],D=A.subarray(1);if(w&&N===1&&H===0)return{x:r.ZERO,y:r.ZERO};if(N===k&&(H===2||H===3)){let K=r.fromBytes(D);if(!r.isValid(K))throw new Error("bad point: is not on curve, wrong x");let P=R(K),$;try{$=r.sqrt(P)}catch(rt){let tt=rt instanceof Error?": "+rt.message:"";throw new Error("bad point: is not on curve, sqrt error"+tt)}g();let X=r.isOdd($);return(H&1)===1!==X&&($=r.neg($)),{x:K,y:$}}else if(N===q&&H===4){let K=r.BYTES,P=r.fromBytes(D.subarray(0,K)),$=r.fromBytes(D.subarray(K,K*2));if(!v(P,$))throw new Error("bad point: is not on curve");return{x:P,y:$}}else throw new Error(`bad point: got length ${N}, expected compressed=${k} or uncompressed=${q}`)}let y=l===void 0?h:l,E=f===void 0?p:f,B=r.mul(s.b,Or),S=r.is0(s.a)?A=>r.ZERO:A=>r.mul(s.a,A);function R(A){let k=r.sqr(A),q=r.mul(k,A);return r.add(r.add(q,r.mul(A,s.a)),s.b)}function v(A,k){let q=r.sqr(k),N=R(A);return r.eql(q,N)}if(!v(s.Gx,s.Gy))throw new Error("bad curve params: generator point");let _=r.mul(r.pow(s.a,Or),x0),I=r.mul(r.sqr(s.b),BigInt(27));if(r.is0(r.add(_,I)))throw new Error("bad curve params: a or b");function U(A,k,q=!1){if(!r.isValid(k)||q&&r.is0(k))throw new Error(`bad point coordinate ${A}`);return typeof k=="object"&&k!==null?r.create(k):k}function F(A){if(!(A instanceof O))throw new Error("Weierstrass Point expected")}function j(A){if(!u||!u.basises)throw new Error("no endo");return b0(A,u.basises,o.ORDER)}function z(A,k,q,N){if(!o.isValid(N))throw new RangeError("invalid scalar: out of range");if(u){let{k1neg:H,k1:D,k2neg:K,k2:P}=j(N),$=new O(r.mul(q.X,u.beta),q.Y,q.Z);A.push(H?q.negate():q,K?$.negate():$),k.push(D,P)}else A.push(q),k.push(N)}let T=new WeakSet;class O{static BASE=new O(s.Gx,s.Gy,r.ONE);static ZERO=new O(r.ZERO,r.ONE,r.ZERO);static Fp=r;static Fn=o;X;Y;Z;constructor(k,q,N){this.X=U("x",k),this.Y=U("y",q,!0),this.Z=U("z",N),Object.freeze(this)}static CURVE(){return s}static fromAffine(k){let{x:q,y:N}=k||{};if(!k||!r.isValid(q)||!r.isValid(N))throw new Error("invalid affine point");if(k instanceof O)throw new Error("projective point not allowed");return r.is0(q)&&r.is0(N)?O.ZERO:new O(q,N,r.ONE)}static fromBytes(k){let q=O.fromAffine(E(V(k,void 0,"point")));return q.assertValidity(),q}static fromHex(k){return O.fromBytes(ke(k))}get x(){return this.toAffine().x}get y(){return this.toAffine().y}precompute(k=6,q=!0){return L.setWindowSize(this,k),q||this.multiply(Or),this}assertValidity(){let k=this;if(k.is0()){if(w&&r.is0(k.X)&&r.eql(k.Y,r.ONE)&&r.is0(k.Z))return;throw new Error("bad point: ZERO")}if(T.has(k))return;let{x:q,y:N}=k.toAffine();if(!r.isValid(q)||!r.isValid(N))throw new Error("bad point: x or y not field elements");if(!v(q,N))throw new Error("bad point: equation left != right");if(!k.isTorsionFree())throw new Error("bad point: not in prime-order subgroup");T.add(k)}hasEvenY(){let{y:k}=this.toAffine();if(!r.isOdd)throw new Error("Field doesn\'t support isOdd");return!r.isOdd(k)}equals(k){F(k);let{X:q,Y:N,Z:H}=this,{X:D,Y:K,Z:P}=k,$=r.eql(r.mul(q,P),r.mul(D,H)),X=r.eql(r.mul(N,P),r.mul(K,H));return $&&X}negate(){return new O(this.X,r.neg(this.Y),this.Z)}double(){let{X:k,Y:q,Z:N}=this,H=r.ZERO,D=r.ZERO,K=r.ZERO,P=r.mul(k,k),$=r.mul(q,q),X=r.mul(N,N),Y=r.mul(k,q);return Y=r.add(Y,Y),K=r.mul(k,N),K=r.add(K,K),H=S(K),D=r.mul(B,X),D=r.add(H,D),H=r.sub($,D),D=r.add($,D),D=r.mul(H,D),H=r.mul(Y,H),K=r.mul(B,K),X=S(X),Y=r.sub(P,X),Y=S(Y),Y=r.add(Y,K),K=r.add(P,P),P=r.add(K,P),P=r.add(P,X),P=r.mul(P,Y),D=r.add(D,P),X=r.mul(q,N),X=r.add(X,X),P=r.mul(X,Y),H=r.sub(H,P),K=r.mul(X,$),K=r.add(K,K),K=r.add(K,K),new O(H,D,K)}add(k){F(k);let{X:q,Y:N,Z:H}=this,{X:D,Y:K,Z:P}=k,$=r.ZERO,X=r.ZERO,Y=r.ZERO,rt=r.mul(q,D),tt=r.mul(N,K),st=r.mul(H,P),wt=r.add(q,N),nt=r.add(D,K);wt=r.mul(wt,nt),nt=r.add(rt,tt),wt=r.sub(wt,nt),nt=r.add(q,H);let ot=r.add(D,P);return nt=r.mul(nt,ot),ot=r.add(rt,st),nt=r.sub(nt,ot),ot=r.add(N,H),$=r.add(K,P),ot=r.mul(ot,$),$=r.add(tt,st),ot=r.sub(ot,$),Y=S(nt),$=r.mul(B,st),Y=r.add($,Y),$=r.sub(tt,Y),Y=r.add(tt,Y),X=r.mul($,Y),tt=r.add(rt,rt),tt=r.add(tt,rt),st=S(st),nt=r.mul(B,nt),tt=r.add(tt,st),st=r.sub(rt,st),st=S(st),nt=r.add(nt,st),rt=r.mul(tt,nt),X=r.add(X,rt),rt=r.mul(ot,nt),$=r.mul(wt,$),$=r.sub($,rt),rt=r.mul(wt,tt),Y=r.mul(ot,Y),Y=r.add(Y,rt),new O($,X,Y)}subtract(k){return F(k),this.add(k.negate())}is0(){return this.equals(O.ZERO)}multiply(k){if(!o.isValidNot0(k))throw new RangeError("invalid scalar: out of range");let{p:q,f:N}=L.mulSecret(this,k,i,M);return M([q,N])[0]}multiplyUnsafe(k){let q=this,N=k;if(!o.isValid(N))throw new RangeError("invalid scalar: out of range");if(N===Ct||q.is0())return O.ZERO;if(N===pe)return q;if(L.hasWindowSize(this))return L.mulUnsafe(q,N,M);let H=[],D=[];return z(H,D,q,N),In(O,H,D)}mulAddUnsafe(k,q,N){F(q);let H=[],D=[];return z(H,D,this,k),z(H,D,q,N),In(O,H,D)}toAffine(k){let q=this,N=k;if(N!=null&&!r.isValid(N))throw new RangeError(\'"invertedZ" expected valid field element\');let{X:H,Y:D,Z:K}=q;if(r.eql(K,r.ONE))return{x:H,y:D};let P=q.is0();N==null&&(N=P?r.ONE:r.inv(K));let $=r.mul(H,N),X=r.mul(D,N),Y=r.mul(K,N);if(P)return{x:r.ZERO,y:r.ZERO};if(!r.eql(Y,r.ONE))throw new Error("invZ was invalid");return{x:$,y:X}}isTorsionFree(){return i===pe?!0:x?x(O,this):L.mulUnsafe(this,c).is0()}clearCofactor(){return i===pe?this:b?b(O,this):this.multiplyUnsafe(i)}isSmallOrder(){return i===pe?this.is0():this.clearCofactor().is0()}toBytes(k=!0){return xt(k,"isCompressed"),this.assertValidity(),y(O,this,k)}toHex(k=!0){return Ze(this.toBytes(k))}toString(){return`<Point ${this.is0()?"ZERO":this.toHex()}>`}}let M=A=>Ln(O,A),L=new _e(O,d);return L.bits>=6&&O.BASE.precompute(6),Object.freeze(O.prototype),Object.freeze(O),O}function ls(e){return Uint8Array.of(e?2:3)}function ds(e,t){return{secretKey:t.BYTES,publicKey:1+e.BYTES,publicKeyUncompressed:1+2*e.BYTES,publicKeyHasPrefix:!0,signature:2*t.BYTES}}function E0(e,t={}){se(e);let{Fn:n}=e,r=t.randomBytes===void 0?Mt:t.randomBytes,o=Object.assign(ds(e.Fp,n),{seed:Math.max(qn(n.ORDER),16)});function s(l){try{let d=n.fromBytes(l);return n.isValidNot0(d)}catch{return!1}}function i(l,d){let{publicKey:u,publicKeyUncompressed:m}=o;try{let g=l.length;return d===!0&&g!==u||d===!1&&g!==m?!1:!e.fromBytes(l).is0()}catch{return!1}}function c(l){return l=l===void 0?r(o.seed):l,wr(V(l,o.seed,"seed"),n.ORDER)}function a(l,d=!0){return e.BASE.multiply(n.fromBytes(l)).toBytes(d)}function w(l){let{secretKey:d,publicKey:u,publicKeyUncompressed:m}=o,g=n._lengths;if(!ne(l))return;let h=V(l,void 0,"key").length,p=h===u||h===m,y=h===d||!!g?.includes(h);if(!(p&&y))return p}function b(l,d,u=!0){if(w(l)===!0)throw new Error("first arg must be private key");if(w(d)===!1)throw new Error("second arg must be public key");let m=n.fromBytes(l),g=e.fromBytes(d);if(g.is0())throw new Error("invalid public key: point at infinity");return g.multiply(m).toBytes(u)}let x={isValidSecretKey:s,isValidPublicKey:i,randomSecretKey:c},f=Se(c,a);return Object.freeze(x),Object.freeze(o),Object.freeze({getPublicKey:a,getSharedSecret:b,keygen:f,Point:e,utils:x,lengths:o})}function qr(e,t,n={}){se(e);let r=t;Bt(r),dt(n,{},{hmac:"function",lowS:"boolean",randomBytes:"function",bits2int:"function",bits2int_modN:"function"});let o=Object.assign({},n),s=o.randomBytes===void 0?Mt:o.randomBytes,i=o.hmac===void 0?(A,k)=>Ke(r,A,k):o.hmac,{Fp:c,Fn:a}=e,{ORDER:w,BITS:b}=a,x=qn(w),f=kr(s,x),{keygen:l,getPublicKey:d,getSharedSecret:u,utils:m,lengths:g}=E0(e,o),h={prehash:!0,lowS:typeof o.lowS=="boolean"?o.lowS:!0,format:"compact",extraEntropy:!1},p=w*as+pe<c.ORDER;function y(A){let k=w>>pe;return A>k}function E(A,k){if(!a.isValidNot0(k))throw new Error(`invalid signature ${A}: out of range 1..Point.Fn.ORDER`);return k}function B(){if(!c.isOdd)throw new Error("Field doesn\'t support isOdd")}function S(A,k,q){return B(),(A===q?0:2)|Number(c.isOdd(k))}function R(){if(p)throw new Error(\'"recovered" sig type is not supported for cofactor >2 curves\')}function v(A,k){Tr(k);let q=g.signature,N=k==="compact"?q:k==="recovered"?q+1:void 0;return V(A,N)}class _{r;s;recovery;constructor(k,q,N){if(this.r=E("r",k),this.s=E("s",q),N!=null){if(R(),![0,1,2,3].includes(N))throw new Error("invalid recovery id");this.recovery=N}Object.freeze(this)}static fromBytes(k,q=h.format){v(k,q);let N;if(q==="der"){if(k.length>2*a.BYTES+16)throw new Kn.Err("invalid signature: DER signature too long");let{r:P,s:$}=Kn.toSig(V(k),a.BYTES+1);return new _(P,$)}q==="recovered"&&(N=k[0],q="compact",k=k.subarray(1));let H=g.signature/2,D=k.subarray(0,H),K=k.subarray(H,H*2);return new _(a.fromBytes(D),a.fromBytes(K),N)}static fromHex(k,q){return this.fromBytes(ke(k),q)}assertRecovery(){let{recovery:k}=this;if(k==null)throw new Error("invalid recovery id: must be present");return k}addRecoveryBit(k){return new _(this.r,this.s,k)}recoverPublicKey(k){let{r:q,s:N}=this,H=this.assertRecovery(),D=H===2||H===3?q+w:q;if(!c.isValid(D))throw new Error("invalid recovery id: sig.r+curve.n != R.x");let K=c.toBytes(D),P=e.fromBytes(lt(ls((H&1)===0),K)),$=a.inv(D),X=U(V(k,void 0,"msgHash")),Y=a.create(-X*$),rt=a.create(N*$),tt=e.BASE.mulAddUnsafe(Y,P,rt);if(tt.is0())throw new Error("invalid recovery: point at infinify");return tt.assertValidity(),tt}hasHighS(){return y(this.s)}toBytes(k=h.format){if(Tr(k),k==="der")return ke(Kn.hexFromSig(this));let{r:q,s:N}=this,H=a.toBytes(q),D=a.toBytes(N);return k==="recovered"?(R(),lt(Uint8Array.of(this.assertRecovery()),H,D)):lt(H,D)}toHex(k){return Ze(this.toBytes(k))}}Object.freeze(_.prototype),Object.freeze(_);let I=o.bits2int===void 0?function(k){if(k.length>8192)throw new Error("input is too large");let q=At(k),N=k.length*8-b;return N>0?q>>BigInt(N):q}:o.bits2int,U=o.bits2int_modN===void 0?function(k){return a.create(I(k))}:o.bits2int_modN,F=Ve(b);function j(A){return Lt("num < 2^"+b,A,Ct,F),a.toBytes(A)}function z(A,k){return V(A,void 0,"message"),k?V(r(A),void 0,"prehashed message"):A}function T(A,k,q){let{lowS:N,prehash:H,extraEntropy:D}=jr(q,h);A=z(A,H);let K=U(A),P=a.fromBytes(k);if(!a.isValidNot0(P))throw new Error("invalid private key");let $=[j(P),j(K)];if(D!=null&&D!==!1){let tt=D===!0?s(g.secretKey):D;$.push(V(tt,void 0,"extraEntropy"))}let X=lt(...$),Y=K;function rt(tt){let st=I(tt);if(!a.isValidNot0(st))return;let wt=e.BASE.multiply(st).toAffine(),nt=a.create(wt.x);if(nt===Ct)return;let ot;if(f!==void 0){let Pt=At(wr(f(x),w)),bi=a.inv(a.mul(Pt,st)),xi=a.mul(Pt,Y),Ei=a.mul(Pt,P);ot=a.create(bi*a.create(xi+Ei*nt))}else{let Pt=No(st,w);ot=a.create(Pt*a.create(Y+nt*P))}if(ot===Ct)return;let xe=S(wt.x,wt.y,nt),ze=ot;return N&&y(ot)&&(ze=a.neg(ot),xe^=1),new _(nt,ze,p?void 0:xe)}return{seed:X,k2sig:rt}}function O(A,k,q={}){let{seed:N,k2sig:H}=T(A,k,q);return Ro(r.outputLen,a.BYTES,i)(N,H).toBytes(q.format)}function M(A,k,q,N={}){let{lowS:H,prehash:D,format:K}=jr(N,h);if(q=V(q,void 0,"publicKey"),k=z(k,D),!ne(A)){let P=A instanceof _?", use sig.toBytes()":"";throw new Error("verify expects Uint8Array signature"+P)}v(A,K);try{let P=_.fromBytes(A,K),$=e.fromBytes(q);if($.is0()||H&&P.hasHighS())return!1;let{r:X,s:Y}=P,rt=U(k),tt=a.inv(Y),st=a.create(rt*tt),wt=a.create(X*tt),nt=e.BASE.mulAddUnsafe(st,$,wt);if(nt.is0())return!1;let ot=nt.toAffine();return!(a.create(ot.x)!==X||K==="recovered"&&P.recovery!==S(ot.x,ot.y,X))}catch{return!1}}function L(A,k,q={}){let{prehash:N}=jr(q,h);return k=z(k,N),_.fromBytes(A,"recovered").recoverPublicKey(k).toBytes()}return Object.freeze({keygen:l,getPublicKey:d,getSharedSecret:u,utils:m,lengths:g,Point:e,sign:O,verify:M,recoverPublicKey:L,Signature:_,hash:r})}var k0={p:BigInt("0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff"),n:BigInt("0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"),h:BigInt(1),a:BigInt("0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc"),b:BigInt("0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b"),Gx:BigInt("0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"),Gy:BigInt("0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5")},B0={p:BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff"),n:BigInt("0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973"),h:BigInt(1),a:BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffc"),b:BigInt("0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef"),Gx:BigInt("0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7"),Gy:BigInt("0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f")};var v0=Rr(k0),us=qr(v0,gt);var A0=Rr(B0),hs=qr(A0,So);var _0=BigInt(0),tn=BigInt(1),S0=BigInt(2),j0=BigInt(7),O0=BigInt(256),T0=BigInt(113),gs=[],ys=[],ws=[];for(let e=0,t=tn,n=1,r=0;e<24;e++){[n,r]=[r,(2*n+3*r)%5],gs.push(2*(5*r+n)),ys.push((e+1)*(e+2)/2%64);let o=_0;for(let s=0;s<7;s++)t=(t<<tn^(t>>j0)*T0)%O0,t&S0&&(o^=tn<<(tn<<BigInt(s))-tn);ws.push(o)}var bs=En(ws,!0),R0=bs[0],q0=bs[1],L0=(e,t,n)=>e<<n|t>>>32-n,I0=(e,t,n)=>t<<n|e>>>32-n,z0=(e,t,n)=>t<<n-32|e>>>64-n,U0=(e,t,n)=>e<<n-32|t>>>64-n,ps=(e,t,n)=>n>32?z0(e,t,n):L0(e,t,n),ms=(e,t,n)=>n>32?U0(e,t,n):I0(e,t,n),je=new Uint32Array(10);function M0(e,t=24){if(!(e instanceof Uint32Array))throw new TypeError(\'"s" expected Uint32Array(50), got type=\'+typeof e);if(e.length!==50)throw new RangeError(\'"s" expected Uint32Array(50), got length=\'+e.length);if(et(t,"rounds"),t<1||t>24)throw new Error(\'"rounds" expected integer 1..24\');for(let n=24-t;n<24;n++){for(let s=0;s<10;s++)je[s]=e[s]^e[s+10]^e[s+20]^e[s+30]^e[s+40];for(let s=0;s<10;s+=2){let i=(s+8)%10,c=(s+2)%10,a=je[c],w=je[c+1],b=ps(a,w,1)^je[i],x=ms(a,w,1)^je[i+1];for(let f=0;f<50;f+=10)e[s+f]^=b,e[s+f+1]^=x}let r=e[2],o=e[3];for(let s=0;s<24;s++){let i=ys[s],c=ps(r,o,i),a=ms(r,o,i),w=gs[s];r=e[w],o=e[w+1],e[w]=c,e[w+1]=a}for(let s=0;s<50;s+=10){let i=e[s],c=e[s+1],a=e[s+2],w=e[s+3];e[s]^=~e[s+2]&e[s+4],e[s+1]^=~e[s+3]&e[s+5],e[s+2]^=~e[s+4]&e[s+6],e[s+3]^=~e[s+5]&e[s+7],e[s+4]^=~e[s+6]&e[s+8],e[s+5]^=~e[s+7]&e[s+9],e[s+6]^=~e[s+8]&i,e[s+7]^=~e[s+9]&c,e[s+8]^=~i&a,e[s+9]^=~c&w}e[0]^=R0[n],e[1]^=q0[n]}Q(je)}var Pn=class e{state;pos=0;posOut=0;finished=!1;state32;destroyed=!1;blockLen;suffix;outputLen;canXOF;enableXOF=!1;rounds;constructor(t,n,r,o=!1,s=24){if(et(t,"blockLen"),et(n,"suffix"),et(s,"rounds"),eo(o,"enableXOF"),this.blockLen=t,this.suffix=n,this.outputLen=r,this.enableXOF=o,this.canXOF=o,this.rounds=s,et(r,"outputLen"),!(0<t&&t<200))throw new Error(\'"blockLen" must be 1..199\');this.state=new Uint8Array(200),this.state32=Et(this.state)}clone(){return this._cloneInto()}keccak(){bt(this.state32),M0(this.state32,this.rounds),bt(this.state32),this.posOut=0,this.pos=0}update(t){vt(this),Z(t);let{blockLen:n,state:r,state32:o}=this,s=t.length,i=n%4===0&&t.byteOffset%4===0,c=n/4,a=i&&s>=n?Et(t):void 0;for(let w=0;w<s;){if(a!==void 0&&this.pos===0&&w%4===0&&s-w>=n){for(let x=0,f=w/4;x<c;x++)o[x]^=a[f+x];w+=n,this.pos=n,this.keccak();continue}let b=Math.min(n-this.pos,s-w);for(let x=0;x<b;x++)r[this.pos++]^=t[w++];this.pos===n&&this.keccak()}return this}finish(){if(this.finished)return;this.finished=!0;let{state:t,suffix:n,pos:r,blockLen:o}=this;t[r]^=n,(n&128)!==0&&r===o-1&&this.keccak(),t[o-1]^=128,this.keccak()}writeInto(t){vt(this,!1),Z(t),this.finish();let n=this.state,{blockLen:r}=this;for(let o=0,s=t.length;o<s;){this.posOut>=r&&this.keccak();let i=Math.min(r-this.posOut,s-o);t.set(n.subarray(this.posOut,this.posOut+i),o),this.posOut+=i,o+=i}return t}xofInto(t){if(!this.enableXOF)throw new Error("XOF is not enabled");return this.writeInto(t)}xof(t){return et(t),this.xofInto(new Uint8Array(t))}digestInto(t){if($t(t,this),this.finished)throw new Error("digest() was already called");this.writeInto(t.length===this.outputLen?t:t.subarray(0,this.outputLen)),this.destroy()}digest(){let t=new Uint8Array(this.outputLen);return this.digestInto(t),t}destroy(){this.destroyed=!0,Q(this.state)}_cloneInto(t){let{blockLen:n,suffix:r,outputLen:o,rounds:s,enableXOF:i}=this;return t||=new e(n,r,o,i,s),t.blockLen=n,t.state32.set(this.state32),t.pos=this.pos,t.posOut=this.posOut,t.finished=this.finished,t.rounds=s,t.suffix=r,t.outputLen=o,t.enableXOF=i,t.canXOF=this.canXOF,t.destroyed=this.destroyed,t}},xs=(e,t,n,r={})=>zt(()=>new Pn(t,e,n),r);var Oe=xs(6,136,32,Ut(8));var Es=xs(6,72,64,Ut(10));var ks=(e,t,n,r={})=>zt((o={})=>(o=fe({},o),new Pn(t,e,o.dkLen===void 0?n:o.dkLen,!0)),r),Bs=ks(31,168,16,Ut(11)),Ht=ks(31,136,32,Ut(12));var ie=bn;function $n(e,t){if(e.length!==t.length)return!1;let n=0;for(let r=0;r<e.length;r++)n|=e[r]^t[r];return n===0}function vs(e){return Uint8Array.from(e)}function me(e,...t){let n=o=>typeof o=="number"?o:o.bytesLen,r=t.reduce((o,s)=>o+n(s),0);return{bytesLen:r,encode:o=>{let s=new Uint8Array(r);for(let i=0,c=0;i<t.length;i++){let a=t[i],w=n(a),b=typeof a=="number"?o[i]:a.encode(o[i]);Z(b,w,e),s.set(b,c),typeof a!="number"&&b.fill(0),c+=w}return s},decode:o=>{Z(o,r,e);let s=[];for(let i of t){let c=n(i),a=o.subarray(0,c);s.push(typeof i=="number"?a:i.decode(a)),o=o.subarray(c)}return s}}}function Zn(e,t){let n=t*e.bytesLen;return{bytesLen:n,encode:r=>{if(r.length!==t)throw new Error(`vecCoder.encode: wrong length=${r.length}. Expected: ${t}`);let o=new Uint8Array(n);for(let s=0,i=0;s<r.length;s++){let c=e.encode(r[s]);o.set(c,i),c.fill(0),i+=c.length}return o},decode:r=>{Z(r,n);let o=[];for(let s=0;s<r.length;s+=e.bytesLen)o.push(e.decode(r.subarray(s,s+e.bytesLen)));return o}}}function ut(...e){for(let t of e)if(Array.isArray(t))for(let n of t)n.fill(0);else t.fill(0)}function Lr(e){return(1<<e)-1}var h1=Uint8Array.of();var As=e=>{let{newPoly:t,N:n,Q:r,F:o,ROOT_OF_UNITY:s,brvBits:i,isKyber:c}=e,a=(h,p=r)=>{let y=h%p|0;return(y>=0?y|0:p+y|0)|0},w=(h,p=r)=>{let y=a(h,p)|0;return(y>p>>1?y-p|0:y)|0};function b(){let h=t(n);for(let p=0;p<n;p++){let y=Br(p,i),E=BigInt(s)**BigInt(y)%BigInt(r);h[p]=Number(E)|0}return h}let x=b(),f={add:(h,p)=>a((h|0)+(p|0))|0,sub:(h,p)=>a((h|0)-(p|0))|0,mul:(h,p)=>a((h|0)*(p|0))|0,inv:h=>{throw new Error("not implemented")}},l={N:n,roots:x,invertButterflies:!0,skipStages:c?1:0,brp:!1},d=vr(f,{dit:!1,...l}),u=vr(f,{dit:!0,...l});return{mod:a,smod:w,nttZetas:x,NTT:{encode:h=>d(h),decode:h=>{u(h);for(let p=0;p<h.length;p++)h[p]=a(o*h[p]);return h}},bitsCoder:(h,p)=>{let y=Lr(h),E=h*(n/8);return{bytesLen:E,encode:B=>{let S=new Uint8Array(E);for(let R=0,v=0,_=0,I=0;R<B.length;R++)for(v|=(p.encode(B[R])&y)<<_,_+=h;_>=8;_-=8,v>>=8)S[I++]=v&Lr(_);return S},decode:B=>{let S=t(n);for(let R=0,v=0,_=0,I=0;R<B.length;R++)for(v|=B[R]<<_,_+=8;_>=h;_-=h,v>>=h)S[I++]=p.decode(v&y);return S}}}}},F0=e=>(t,n)=>{n||(n=e.blockLen);let r=new Uint8Array(t.length+2);r.set(t);let o=t.length,s=new Uint8Array(n),i=e.create({}),c=0,a=0;return{stats:()=>({calls:c,xofs:a}),get:(w,b)=>(r[o+0]=w,r[o+1]=b,i.destroy(),i=e.create({}).update(r),c++,()=>(a++,i.xofInto(s))),clean:()=>{i.destroy(),ut(s,r)}}},_s=F0(Bs);var yt=256,Dt=3329,N0=3303,C0=17,{mod:rn,nttZetas:H0,NTT:ge,bitsCoder:D0}=As({N:yt,Q:Dt,F:N0,ROOT_OF_UNITY:C0,newPoly:e=>new Uint16Array(e),brvBits:7,isKyber:!0}),Ir={512:{N:yt,Q:Dt,K:2,ETA1:3,ETA2:2,du:10,dv:4,RBGstrength:128},768:{N:yt,Q:Dt,K:3,ETA1:2,ETA2:2,du:10,dv:4,RBGstrength:192},1024:{N:yt,Q:Dt,K:4,ETA1:2,ETA2:2,du:11,dv:5,RBGstrength:256}},K0=e=>{if(e>=12)return{encode:n=>n,decode:n=>n};let t=2**(e-1);return{encode:n=>((n<<e)+Dt/2)/Dt,decode:n=>n*Dt+t>>>e}},en=e=>D0(e,K0(e));function ye(e,t){for(let n=0;n<yt;n++)e[n]=rn(e[n]+t[n])}function P0(e,t){for(let n=0;n<yt;n++)e[n]=rn(e[n]-t[n])}function $0(e,t,n,r,o){let s=rn(t*r*o+e*n),i=rn(e*r+t*n);return{c0:s,c1:i}}function Xn(e,t){for(let n=0;n<yt/2;n++){let r=H0[64+(n>>1)];n&1&&(r=-r);let{c0:o,c1:s}=$0(e[2*n+0],e[2*n+1],t[2*n+0],t[2*n+1],r);e[2*n+0]=o,e[2*n+1]=s}return e}function Ss(e){let t=new Uint16Array(yt);for(let n=0;n<yt;){let r=e();if(r.length%3)throw new Error("SampleNTT: unaligned block");for(let o=0;n<yt&&o+3<=r.length;o+=3){let s=(r[o+0]>>0|r[o+1]<<8)&4095,i=(r[o+1]>>4|r[o+2]<<4)&4095;s<Dt&&(t[n++]=s),n<yt&&i<Dt&&(t[n++]=i)}}return t}function nn(e,t,n,r){let o=e(r*yt/4,t,n),s=new Uint16Array(yt),i=Et(o),c=0;for(let a=0,w=0,b=0,x=0;a<i.length;a++){let f=i[a];for(let l=0;l<32;l++)b+=f&1,f>>=1,c+=1,c===r?(x=b,b=0):c===2*r&&(s[w++]=rn(x-b),b=0,c=0)}if(c)throw new Error(`sampleCBD: leftover bits: ${c}`);return s}var Z0=e=>{let{K:t,PRF:n,XOF:r,HASH512:o,ETA1:s,ETA2:i,du:c,dv:a}=e,w=en(1),b=en(a),x=en(c),f=me("publicKey",Zn(en(12),t),32),l=Zn(en(12),t),d=me("ciphertext",Zn(x,t),b),u=me("seed",32,32);return{secretCoder:l,lengths:{secretKey:l.bytesLen,publicKey:f.bytesLen,cipherText:d.bytesLen},keygen:m=>{Z(m,32,"seed");let g=new Uint8Array(33);g.set(m),g[32]=t;let h=o(g),[p,y]=u.decode(h),E=[],B=[];for(let v=0;v<t;v++)E.push(ge.encode(nn(n,y,v,s)));let S=r(p);for(let v=0;v<t;v++){let _=ge.encode(nn(n,y,t+v,s));for(let I=0;I<t;I++){let U=Ss(S.get(I,v));ye(_,Xn(U,E[I]))}B.push(_)}S.clean();let R={publicKey:f.encode([B,p]),secretKey:l.encode(E)};return ut(p,y,E,B,g,h),R},encrypt:(m,g,h)=>{let[p,y]=f.decode(m),E=[];for(let I=0;I<t;I++)E.push(ge.encode(nn(n,h,I,s)));let B=r(y),S=new Uint16Array(yt),R=[];for(let I=0;I<t;I++){let U=nn(n,h,t+I,i),F=new Uint16Array(yt);for(let j=0;j<t;j++){let z=Ss(B.get(I,j));ye(F,Xn(z,E[j]))}ye(U,ge.decode(F)),R.push(U),ye(S,Xn(p[I],E[I])),ut(F)}B.clean();let v=nn(n,h,2*t,i);ye(v,ge.decode(S));let _=w.decode(g);return ye(_,v),ut(p,E,S,v),d.encode([R,_])},decrypt:(m,g)=>{let[h,p]=d.decode(m),y=l.decode(g),E=new Uint16Array(yt);for(let B=0;B<t;B++)ye(E,Xn(y[B],ge.encode(h[B])));return P0(p,ge.decode(E)),ut(E,y,h),w.encode(p)}}};function zr(e){let t=Z0(e),{HASH256:n,HASH512:r,KDF:o}=e,{secretCoder:s,lengths:i}=t,c=me("secretKey",i.secretKey,i.publicKey,32,32),a=32,w=64;return{info:{type:"ml-kem"},lengths:{...i,seed:64,msg:a,msgRand:a,secretKey:c.bytesLen},keygen:(b=ie(w))=>{Z(b,w,"seed");let{publicKey:x,secretKey:f}=t.keygen(b.subarray(0,32)),l=n(x),d=c.encode([f,x,l,b.subarray(32)]);return ut(f,l),{publicKey:x,secretKey:d}},getPublicKey:b=>{let[x,f,l,d]=c.decode(b);return Uint8Array.from(f)},encapsulate:(b,x=ie(a))=>{Z(b,i.publicKey,"publicKey"),Z(x,a,"message");let f=b.subarray(0,384*e.K),l=s.encode(s.decode(vs(f)));if(!$n(l,f))throw ut(l),new Error("ML-KEM.encapsulate: wrong publicKey modulus");ut(l);let d=r.create().update(x).update(n(b)).digest(),u=t.encrypt(b,x,d.subarray(32,64));return ut(d.subarray(32)),{cipherText:u,sharedSecret:d.subarray(0,32)}},decapsulate:(b,x)=>{Z(x,c.bytesLen,"secretKey"),Z(b,i.cipherText,"cipherText");let f=c.bytesLen-96,l=f+32,d=n(x.subarray(f/2,l));if(!$n(d,x.subarray(l,l+32)))throw new Error("invalid secretKey: hash check failed");let[u,m,g,h]=c.decode(x),p=t.decrypt(b,u),y=r.create().update(p).update(g).digest(),E=y.subarray(0,32),B=t.encrypt(m,p,y.subarray(32,64)),S=$n(b,B),R=o.create({dkLen:32}).update(h).update(b).digest();return ut(p,B,S?R:E),S?E:R}}}function X0(e,t,n){return Ht.create({dkLen:e}).update(t).update(new Uint8Array([n])).digest()}var Ur={HASH256:Oe,HASH512:Es,KDF:Ht,XOF:_s,PRF:X0},v1=zr({...Ur,...Ir[512]}),Yn=zr({...Ur,...Ir[768]}),js=zr({...Ur,...Ir[1024]});function Y0(e,t=!1){let n=e.lengths,r=e.keygen;if(t){let s=e.Point.Fn;if(!s)throw new Error("No Point.Fn");r=(i=ie(n.seed))=>{Z(i,n.seed,"seed");let c=s.isLE?_t(i):At(i),a=s.toBytes(s.create(c));return{secretKey:a,publicKey:e.getPublicKey(a)}}}return{lengths:{secretKey:n.secretKey,publicKey:n.publicKey,seed:n.seed},keygen:r,getPublicKey:o=>e.getPublicKey(o)}}function Mr(e,t=!1){let n=Y0(e,t);if(!e.getSharedSecret)throw new Error("wrong curve");return{lengths:{...n.lengths,msg:n.lengths.seed,cipherText:n.lengths.publicKey},keygen:n.keygen,getPublicKey:n.getPublicKey,encapsulate(r,o=ie(e.lengths.seed)){let s=this.keygen(o).secretKey,i=this.decapsulate(r,s),c=e.getPublicKey(s);return ut(s),{sharedSecret:i,cipherText:c}},decapsulate(r,o){let s=e.getSharedSecret(o,r);return e.lengths.publicKeyHasPrefix?s.subarray(1):s}}}function on(e,t){return me(t,...e.map(n=>{if(typeof n.lengths[t]!="number")throw new Error("wrong length: "+t);return n.lengths[t]}))}function Fr(e){return(t,n)=>e(t,{dkLen:n})}function V0(e,t,...n){let r=on(n,"seed"),o=on(n,"publicKey");e===void 0&&(e=r.bytesLen),et(e);function s(i){Z(i,e);let c=r.decode(t(i,r.bytesLen)),a=n.map((x,f)=>x.keygen(c[f])),w=a.map(x=>x.secretKey),b=a.map(x=>x.publicKey);return{secretKey:w,publicKey:b}}return{info:{lengths:{seed:e,publicKey:o.bytesLen,secretKey:e}},getPublicKey(i){return this.keygen(i).publicKey},keygen(i=ie(e)){let{publicKey:c,secretKey:a}=s(i),w=o.encode(c);return ut(c),ut(a),{secretKey:i,publicKey:w}},expandDecapsulationKey:s,realSeedLen:e}}function Nr(e,t,n,r,...o){let s=V0(e,n,...o),i=on(o,"cipherText"),c=on(o,"publicKey"),a=on(o,"msg");return t===void 0&&(t=a.bytesLen),et(t),{lengths:{...s.info.lengths,msg:t,msgRand:a.bytesLen,cipherText:i.bytesLen},getPublicKey:s.getPublicKey,keygen:s.keygen,encapsulate(w,b=ie(a.bytesLen)){let x=c.decode(w),f=a.decode(b),l=o.map((g,h)=>g.encapsulate(x[h],f[h])),d=l.map(g=>g.sharedSecret),u=l.map(g=>g.cipherText),m={sharedSecret:r(x,u,d),cipherText:i.encode(u)};return ut(d,u),m},decapsulate(w,b){let x=i.decode(w),{publicKey:f,secretKey:l}=s.expandDecapsulationKey(b),d=o.map((u,m)=>u.decapsulate(x[m],l[m]));return r(f,x,d)}}}function Os(e,t,n,r,o){return Bt(r),Bt(o),Nr(32,32,Fr(r),(s,i,c)=>o(lt(c[0],c[1],i[1],s[1],ue(e))),t,n)}var z1=Os("QSF-KEM(ML-KEM-768,P-256)-XOF(SHAKE256)-KDF(SHA3-256)",Yn,Mr(us,!0),Ht,Oe),U1=Os("QSF-KEM(ML-KEM-1024,P-384)-XOF(SHAKE256)-KDF(SHA3-256)",js,Mr(hs,!0),Ht,Oe);function G0(e,t,n,r,o){return Bt(r),Bt(o),Nr(32,32,Fr(r),(s,i,c)=>{let a=lt(c[0],c[1],i[0],s[0],i[1],s[1],ue(e)),w=32,b=lt(ue("hybrid_prk"),a),x=vn(o,b),f=lt(Be(w,2),ue("shared_secret"),ue("")),l=Gt(o,x,f,w);return ut(x,f,b,a),l},t,n)}var Ts=Mr(Dn),M1=G0("KitchenSink-KEM(ML-KEM-768,X25519)-XOF(SHAKE256)-KDF(HKDF-SHA-256)",Yn,Ts,Ht,gt),W0=Nr(32,32,Fr(Ht),(e,t,n)=>Oe(lt(n[0],n[1],t[1],e[1],ue("\\\\.//^\\\\"))),Yn,Ts);var Rs=W0;var Gn=e=>Object.freeze(e());function Ns(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}function Dr(e){if(!Ns(e))throw new TypeError("Uint8Array expected")}function Q0(e,t){return Array.isArray(t)?t.length===0?!0:e?t.every(n=>typeof n=="string"):t.every(n=>Number.isSafeInteger(n)):!1}function J0(e){if(typeof e!="function")throw new TypeError("function expected");return!0}function Te(e,t){if(typeof t!="string")throw new TypeError(`${e}: string expected`);return!0}function Vn(e,t="number"){if(typeof e!="number")throw new TypeError(`${t}: expected number, got ${typeof e}`);if(!Number.isSafeInteger(e))throw new RangeError(`${t}: expected safe integer, got ${e}`)}function qs(e,t){if(!Q0(!1,t))throw new TypeError(`${e}: array of numbers expected`)}function Cs(...e){let t=s=>s,n=(s,i)=>c=>s(i(c)),r=e.map(s=>s.encode).reduceRight(n,t),o=e.map(s=>s.decode).reduce(n,t);return{encode:r,decode:o}}var tc=(()=>{let e=[];for(let t=0;t<40;t++)e.push(2**t);return e})();function Ls(e,t=e.length){let n=new Array(t);for(let r=0;r<t;r++)n[r]=e[r];return n}var Is=(()=>{try{let e=new TextDecoder;return e.decode(Uint8Array.of(65,48,43,127))==="A0+"?e:void 0}catch{return}})(),Cr=8192;function ec(e){let t=e.length;if(Is!==void 0&&t>=12)return Is.decode(e);if(t<=Cr)return String.fromCharCode.apply(null,e);let n="";for(let r=0;r<t;r+=Cr)n+=String.fromCharCode.apply(null,e.subarray(r,r+Cr));return n}function Kr(e){if(Vn(e),e<=0||e>8)throw new RangeError("radix2: bits should be in (0..8]");let t=tc[e]-1;return{encode:n=>{Dr(n);let r=n.length,o=new Uint8Array(Math.ceil(r*8/e)),s=0,i=0,c=0;for(let a=0;a<r;)for(a+2<r?(s=s<<24|n[a]<<16|n[a+1]<<8|n[a+2],i+=24,a+=3):(s=(s<<8|n[a])&65535,i+=8,a++);i-=e,o[c++]=s>>i&t,!(i<e););return i>0&&(o[c]=s<<e-i&t),o},decode:n=>{let r=n.length,o=new Uint8Array(Math.floor(r*e/8)),s=0,i=0,c=0;for(let a=0;a<r;a++)for(s=(s<<e|n[a])&65535,i+=e;i>=8;i-=8)o[c++]=s>>i-8&255;if(s=s<<8-i&255,i>=e)throw new Error("Excess padding");if(s>0)throw new Error(`Non-zero padding: ${s}`);return o}}}function Pr(e,t){let n=e.length;if(n>128)throw new Error("alphabet: max 128 letters");let r=new Uint8Array(n),o=new Int8Array(128).fill(-1);for(let s=0;s<n;s++){let i=e.charCodeAt(s);if(e.codePointAt(s)!==i||i>127)throw new Error("alphabet: single-char ASCII letters only");r[s]=i,o[i]=s}if(t!==void 0)for(let s of Object.keys(t)){let i=s.charCodeAt(0),c=o[t[s].charCodeAt(0)];if(s.length!==1||i>127||c===void 0||c===-1)throw new Error(`alphabet: invalid alias ${s}`);o[i]=c}return{encode:s=>{let i=new Uint8Array(s.length);for(let c=0;c<s.length;c++){let a=s[c],w=r[a];if(w===void 0)throw new Error(`alphabet.encode: invalid digit ${a}`);i[c]=w}return ec(i)},decode:s=>{Te("decode",s);let i=s.length,c=new Uint8Array(i);for(let a=0;a<i;a++){let w=s.charCodeAt(a),b=w<128?o[w]:-1;if(b===-1)throw new Error(`Unknown letter "${s[a]}". Allowed: ${e}`);c[a]=b}return c}}}function nc(e,t="="){return Vn(e),Te("padding",t),{encode(n){for(;n.length*e%8;)n+=t;return n},decode(n){Te("decode",n);let r=n.length;if(r*e%8)throw new Error("padding: invalid length");for(;r>0&&n[r-1]===t;r--)if((r-1)*e%8===0)throw new Error("padding: excess padding");return n.slice(0,r)}}}function zs(e){return J0(e),function(...t){try{return e.apply(null,t)}catch{}}}var rc=typeof Uint8Array.from([]).toBase64=="function"&&typeof Uint8Array.fromBase64=="function",oc=/[\\t\\n\\f\\r ]/,sc=(e,t)=>{Te("base64",e);let n=t?"base64url":"base64";if(e.length>0&&oc.test(e))throw new Error("invalid base64");return Uint8Array.fromBase64(e,{alphabet:n,lastChunkHandling:"strict"})},ic=Gn(()=>Cs(Kr(6),Pr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),nc(6)));var Hs=Gn(()=>rc?{encode(e){return Dr(e),e.toBase64()},decode(e){return sc(e,!1)}}:ic);var Ds=Gn(()=>Cs(Kr(6),Pr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")));var Hr=Pr("qpzry9x8gf2tvdw0s3jn54khce6mua7l"),cc=/^[\\x21-\\x60\\x7b-\\x7e]+$/;function Us(e,t){for(let n=0;n<t.length;n++){let r=t.charCodeAt(n);if(r<33||r>126)throw new Error(`${e}: printable ASCII expected`)}}function fc(e){let t=e.length,n=new Uint8Array(t);for(let r=0;r<t;r++){let o=e[r];if(o<0||o>=32)throw new Error(`alphabet.encode: invalid digit ${o}`);n[r]=o}return n}var Ms=[996825010,642813549,513874426,1027748829,705979059];function sn(e){let t=e>>25,n=(e&33554431)<<5;for(let r=0;r<Ms.length;r++)(t>>r&1)===1&&(n^=Ms[r]);return n}function Fs(e,t,n=1){let r=e.length,o=1;for(let i=0;i<r;i++){let c=e.charCodeAt(i);if(c<33||c>126)throw new Error(`Invalid prefix (${e})`);o=sn(o)^c>>5}o=sn(o);for(let i=0;i<r;i++)o=sn(o)^e.charCodeAt(i)&31;for(let i of t)o=sn(o)^i;for(let i=0;i<6;i++)o=sn(o);o^=n;let s=new Uint8Array(6);for(let i=0;i<6;i++)s[i]=o>>>5*(5-i)&31;return Hr.encode(s)}function ac(e){let t=e==="bech32"?1:734539939,n=Kr(5),r=x=>{Dr(x);let f=x.length,l=new Array(Math.ceil(f*8/5)),d=0,u=0,m=0;for(let g=0;g<f;g++)for(d=d<<8|x[g],u+=8;u>=5;u-=5)l[m++]=d>>u-5&31;return u>0&&(l[m]=d<<5-u&31),l},o=x=>{qs("radix2.decode",x);let f=x.length,l=new Uint8Array(f);for(let d=0;d<f;d++){let u=x[d];if(u<0||u>=32)throw new Error(`convertRadix2: invalid word=${u}`);l[d]=u}return n.decode(l)},s=zs(o);function i(x,f,l=90){Te("bech32.encode prefix",x),l!==!1&&Vn(l,"limit"),Ns(f)&&(f=Ls(f)),qs("bech32.encode",f);let d=x.length;if(d===0)throw new TypeError(`Invalid prefix length ${d}`);let u=d+7+f.length;if(l!==!1&&u>l)throw new TypeError(`Length ${u} exceeds limit ${l}`);Us("bech32.encode prefix",x);let m=x.toLowerCase(),g=Fs(m,f,t);return`${m}1${Hr.encode(fc(f))}${g}`}function c(x,f=90){Te("bech32.decode input",x),f!==!1&&Vn(f,"limit");let l=x.length;if(l<8||f!==!1&&l>f)throw new TypeError(`invalid string length ${l}, expected (8..${f})`);let d=x.toLowerCase();if(x!==d&&!cc.test(x))throw Us("bech32.decode input",x),new Error("mixed-case string not allowed");let u=d.lastIndexOf("1");if(u===0||u===-1)throw new Error(\'invalid separator "1"\');let m=d.slice(0,u),g=d.slice(u+1);if(g.length<6)throw new Error("invalid data length");let h=Hr.decode(g),p=Ls(h,h.length-6),y=Fs(m,p,t);if(!g.endsWith(y))throw new Error(`Invalid checksum in ${x}`);return{prefix:m,words:p}}let a=zs(c);function w(x,f=90){let{prefix:l,words:d}=c(x,f);return{prefix:l,words:d,bytes:o(d)}}function b(x,f){return i(x,r(f))}return{encode:i,decode:c,encodeFromBytes:b,decodeToBytes:w,decodeUnsafe:a,fromWords:o,fromWordsUnsafe:s,toWords:r}}var Re=Gn(()=>ac("bech32"));var lc=new TextEncoder;var D1=new TextDecoder("utf-8",{fatal:!0});function pt(e){return lc.encode(e)}function qe(...e){let t=0;for(let o of e)t+=o.length;let n=new Uint8Array(t),r=0;for(let o of e)n.set(o,r),r+=o.length;return n}var Ks="0123456789abcdef";function we(e){let t="";for(let n of e)t+=Ks[n>>4]+Ks[n&15];return t}function Ps(e){if(typeof e!="string"||!/^[0-9a-f]{64}$/.test(e))return null;let t=new Uint8Array(32);for(let n=0;n<32;n++)t[n]=parseInt(e.slice(2*n,2*n+2),16);return t}var $s=e=>Hs.encode(e);var cn=e=>Ds.encode(e);var Y1=Hn.Point,V1=2n**252n+27742317777372353535851937790883648493n;function Zs(e){return"ed25519:"+$s(e)}function Xs(e){return Re.encode("age1pq",Re.toWords(e),!1)}function Ys(e){return Re.encodeFromBytes("age-secret-key-pq-",e).toUpperCase()}function Vs(e){return Re.encodeFromBytes("age",e)}function Gs(e){return Re.encodeFromBytes("age-secret-key-",e).toUpperCase()}function Ws(e){return Dn.getPublicKey(e)}var hc="dropbox-codename-v1",pc="dropbox/v1/codename/x25519",mc="dropbox/v1/codename/ed25519",gc="dropbox/v1/codename/mlkem768x25519",yc="dropbox/v1/codename/delete-token",wc="dropbox/v1/codename/withdraw-secret",bc={t:2,m:19*1024,p:1,dkLen:32,version:19};function xc(e){let t=Ps(e);if(!t)throw new Error("the team fingerprint is 64 lowercase hex digits");return qe(pt(hc),t)}function Js(e,t,n){return Ao(pt(e),xc(t),{...bc,asyncTick:10,onProgress:n})}function ti(e){let t=vn(gt,e),n=Gt(gt,t,pt(pc),32),r=Gt(gt,t,pt(mc),32),o=Gt(gt,t,pt(gc),32),s=Gt(gt,t,pt(yc),32),i=Gt(gt,t,pt(wc),32),c=Hn.getPublicKey(r),a={hybridIdentity:Ys(o),hybridRecipient:Xs(Rs.getPublicKey(o)),x25519Identity:Gs(n),x25519Recipient:Vs(Ws(n)),ed25519Seed:r,ed25519Public:Zs(c),mailbox:cn(c),thread:we(gt(c)),deleteToken:{text:cn(s),hash:we(gt(s))},withdrawSecret:{text:cn(i),hash:we(gt(i))}};return s.fill(0),i.fill(0),n.fill(0),o.fill(0),t.fill(0),a}function fn(e,t,n,r){let o=e[0]|0,s=e[1]|0,i=e[2]|0,c=e[3]|0,a=e[4]|0,w=e[5]|0,b=e[6]|0,x=e[7]|0;for(;n<r;n+=64){let f=o,l=s,d=i,u=c,m=a,g=w,h=b,p=x,y=0,E=0,B=t.getInt32(n+0),S=t.getInt32(n+4),R=t.getInt32(n+8),v=t.getInt32(n+12),_=t.getInt32(n+16),I=t.getInt32(n+20),U=t.getInt32(n+24),F=t.getInt32(n+28),j=t.getInt32(n+32),z=t.getInt32(n+36),T=t.getInt32(n+40),O=t.getInt32(n+44),M=t.getInt32(n+48),L=t.getInt32(n+52),A=t.getInt32(n+56),k=t.getInt32(n+60);y=p+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(h^m&(g^h))+1116352408+B|0,E=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&l|d&(f|l))|0,u=u+y|0,p=y+E|0,y=h+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(g^u&(m^g))+1899447441+S|0,E=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&f|l&(p|f))|0,d=d+y|0,h=y+E|0,y=g+((d>>>6|d<<26)^(d>>>11|d<<21)^(d>>>25|d<<7))+(m^d&(u^m))+-1245643825+R|0,E=((h>>>2|h<<30)^(h>>>13|h<<19)^(h>>>22|h<<10))+(h&p|f&(h|p))|0,l=l+y|0,g=y+E|0,y=m+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(u^l&(d^u))+-373957723+v|0,E=((g>>>2|g<<30)^(g>>>13|g<<19)^(g>>>22|g<<10))+(g&h|p&(g|h))|0,f=f+y|0,m=y+E|0,y=u+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(d^f&(l^d))+961987163+_|0,E=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&g|h&(m|g))|0,p=p+y|0,u=y+E|0,y=d+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(l^p&(f^l))+1508970993+I|0,E=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&m|g&(u|m))|0,h=h+y|0,d=y+E|0,y=l+((h>>>6|h<<26)^(h>>>11|h<<21)^(h>>>25|h<<7))+(f^h&(p^f))+-1841331548+U|0,E=((d>>>2|d<<30)^(d>>>13|d<<19)^(d>>>22|d<<10))+(d&u|m&(d|u))|0,g=g+y|0,l=y+E|0,y=f+((g>>>6|g<<26)^(g>>>11|g<<21)^(g>>>25|g<<7))+(p^g&(h^p))+-1424204075+F|0,E=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&d|u&(l|d))|0,m=m+y|0,f=y+E|0,y=p+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(h^m&(g^h))+-670586216+j|0,E=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&l|d&(f|l))|0,u=u+y|0,p=y+E|0,y=h+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(g^u&(m^g))+310598401+z|0,E=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&f|l&(p|f))|0,d=d+y|0,h=y+E|0,y=g+((d>>>6|d<<26)^(d>>>11|d<<21)^(d>>>25|d<<7))+(m^d&(u^m))+607225278+T|0,E=((h>>>2|h<<30)^(h>>>13|h<<19)^(h>>>22|h<<10))+(h&p|f&(h|p))|0,l=l+y|0,g=y+E|0,y=m+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(u^l&(d^u))+1426881987+O|0,E=((g>>>2|g<<30)^(g>>>13|g<<19)^(g>>>22|g<<10))+(g&h|p&(g|h))|0,f=f+y|0,m=y+E|0,y=u+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(d^f&(l^d))+1925078388+M|0,E=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&g|h&(m|g))|0,p=p+y|0,u=y+E|0,y=d+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(l^p&(f^l))+-2132889090+L|0,E=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&m|g&(u|m))|0,h=h+y|0,d=y+E|0,y=l+((h>>>6|h<<26)^(h>>>11|h<<21)^(h>>>25|h<<7))+(f^h&(p^f))+-1680079193+A|0,E=((d>>>2|d<<30)^(d>>>13|d<<19)^(d>>>22|d<<10))+(d&u|m&(d|u))|0,g=g+y|0,l=y+E|0,y=f+((g>>>6|g<<26)^(g>>>11|g<<21)^(g>>>25|g<<7))+(p^g&(h^p))+-1046744716+k|0,E=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&d|u&(l|d))|0,m=m+y|0,f=y+E|0,B=((A>>>17|A<<15)^(A>>>19|A<<13)^A>>>10)+z+((S>>>7|S<<25)^(S>>>18|S<<14)^S>>>3)+B|0,y=p+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(h^m&(g^h))+-459576895+B|0,E=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&l|d&(f|l))|0,u=u+y|0,p=y+E|0,S=((k>>>17|k<<15)^(k>>>19|k<<13)^k>>>10)+T+((R>>>7|R<<25)^(R>>>18|R<<14)^R>>>3)+S|0,y=h+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(g^u&(m^g))+-272742522+S|0,E=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&f|l&(p|f))|0,d=d+y|0,h=y+E|0,R=((B>>>17|B<<15)^(B>>>19|B<<13)^B>>>10)+O+((v>>>7|v<<25)^(v>>>18|v<<14)^v>>>3)+R|0,y=g+((d>>>6|d<<26)^(d>>>11|d<<21)^(d>>>25|d<<7))+(m^d&(u^m))+264347078+R|0,E=((h>>>2|h<<30)^(h>>>13|h<<19)^(h>>>22|h<<10))+(h&p|f&(h|p))|0,l=l+y|0,g=y+E|0,v=((S>>>17|S<<15)^(S>>>19|S<<13)^S>>>10)+M+((_>>>7|_<<25)^(_>>>18|_<<14)^_>>>3)+v|0,y=m+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(u^l&(d^u))+604807628+v|0,E=((g>>>2|g<<30)^(g>>>13|g<<19)^(g>>>22|g<<10))+(g&h|p&(g|h))|0,f=f+y|0,m=y+E|0,_=((R>>>17|R<<15)^(R>>>19|R<<13)^R>>>10)+L+((I>>>7|I<<25)^(I>>>18|I<<14)^I>>>3)+_|0,y=u+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(d^f&(l^d))+770255983+_|0,E=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&g|h&(m|g))|0,p=p+y|0,u=y+E|0,I=((v>>>17|v<<15)^(v>>>19|v<<13)^v>>>10)+A+((U>>>7|U<<25)^(U>>>18|U<<14)^U>>>3)+I|0,y=d+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(l^p&(f^l))+1249150122+I|0,E=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&m|g&(u|m))|0,h=h+y|0,d=y+E|0,U=((_>>>17|_<<15)^(_>>>19|_<<13)^_>>>10)+k+((F>>>7|F<<25)^(F>>>18|F<<14)^F>>>3)+U|0,y=l+((h>>>6|h<<26)^(h>>>11|h<<21)^(h>>>25|h<<7))+(f^h&(p^f))+1555081692+U|0,E=((d>>>2|d<<30)^(d>>>13|d<<19)^(d>>>22|d<<10))+(d&u|m&(d|u))|0,g=g+y|0,l=y+E|0,F=((I>>>17|I<<15)^(I>>>19|I<<13)^I>>>10)+B+((j>>>7|j<<25)^(j>>>18|j<<14)^j>>>3)+F|0,y=f+((g>>>6|g<<26)^(g>>>11|g<<21)^(g>>>25|g<<7))+(p^g&(h^p))+1996064986+F|0,E=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&d|u&(l|d))|0,m=m+y|0,f=y+E|0,j=((U>>>17|U<<15)^(U>>>19|U<<13)^U>>>10)+S+((z>>>7|z<<25)^(z>>>18|z<<14)^z>>>3)+j|0,y=p+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(h^m&(g^h))+-1740746414+j|0,E=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&l|d&(f|l))|0,u=u+y|0,p=y+E|0,z=((F>>>17|F<<15)^(F>>>19|F<<13)^F>>>10)+R+((T>>>7|T<<25)^(T>>>18|T<<14)^T>>>3)+z|0,y=h+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(g^u&(m^g))+-1473132947+z|0,E=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&f|l&(p|f))|0,d=d+y|0,h=y+E|0,T=((j>>>17|j<<15)^(j>>>19|j<<13)^j>>>10)+v+((O>>>7|O<<25)^(O>>>18|O<<14)^O>>>3)+T|0,y=g+((d>>>6|d<<26)^(d>>>11|d<<21)^(d>>>25|d<<7))+(m^d&(u^m))+-1341970488+T|0,E=((h>>>2|h<<30)^(h>>>13|h<<19)^(h>>>22|h<<10))+(h&p|f&(h|p))|0,l=l+y|0,g=y+E|0,O=((z>>>17|z<<15)^(z>>>19|z<<13)^z>>>10)+_+((M>>>7|M<<25)^(M>>>18|M<<14)^M>>>3)+O|0,y=m+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(u^l&(d^u))+-1084653625+O|0,E=((g>>>2|g<<30)^(g>>>13|g<<19)^(g>>>22|g<<10))+(g&h|p&(g|h))|0,f=f+y|0,m=y+E|0,M=((T>>>17|T<<15)^(T>>>19|T<<13)^T>>>10)+I+((L>>>7|L<<25)^(L>>>18|L<<14)^L>>>3)+M|0,y=u+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(d^f&(l^d))+-958395405+M|0,E=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&g|h&(m|g))|0,p=p+y|0,u=y+E|0,L=((O>>>17|O<<15)^(O>>>19|O<<13)^O>>>10)+U+((A>>>7|A<<25)^(A>>>18|A<<14)^A>>>3)+L|0,y=d+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(l^p&(f^l))+-710438585+L|0,E=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&m|g&(u|m))|0,h=h+y|0,d=y+E|0,A=((M>>>17|M<<15)^(M>>>19|M<<13)^M>>>10)+F+((k>>>7|k<<25)^(k>>>18|k<<14)^k>>>3)+A|0,y=l+((h>>>6|h<<26)^(h>>>11|h<<21)^(h>>>25|h<<7))+(f^h&(p^f))+113926993+A|0,E=((d>>>2|d<<30)^(d>>>13|d<<19)^(d>>>22|d<<10))+(d&u|m&(d|u))|0,g=g+y|0,l=y+E|0,k=((L>>>17|L<<15)^(L>>>19|L<<13)^L>>>10)+j+((B>>>7|B<<25)^(B>>>18|B<<14)^B>>>3)+k|0,y=f+((g>>>6|g<<26)^(g>>>11|g<<21)^(g>>>25|g<<7))+(p^g&(h^p))+338241895+k|0,E=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&d|u&(l|d))|0,m=m+y|0,f=y+E|0,B=((A>>>17|A<<15)^(A>>>19|A<<13)^A>>>10)+z+((S>>>7|S<<25)^(S>>>18|S<<14)^S>>>3)+B|0,y=p+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(h^m&(g^h))+666307205+B|0,E=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&l|d&(f|l))|0,u=u+y|0,p=y+E|0,S=((k>>>17|k<<15)^(k>>>19|k<<13)^k>>>10)+T+((R>>>7|R<<25)^(R>>>18|R<<14)^R>>>3)+S|0,y=h+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(g^u&(m^g))+773529912+S|0,E=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&f|l&(p|f))|0,d=d+y|0,h=y+E|0,R=((B>>>17|B<<15)^(B>>>19|B<<13)^B>>>10)+O+((v>>>7|v<<25)^(v>>>18|v<<14)^v>>>3)+R|0,y=g+((d>>>6|d<<26)^(d>>>11|d<<21)^(d>>>25|d<<7))+(m^d&(u^m))+1294757372+R|0,E=((h>>>2|h<<30)^(h>>>13|h<<19)^(h>>>22|h<<10))+(h&p|f&(h|p))|0,l=l+y|0,g=y+E|0,v=((S>>>17|S<<15)^(S>>>19|S<<13)^S>>>10)+M+((_>>>7|_<<25)^(_>>>18|_<<14)^_>>>3)+v|0,y=m+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(u^l&(d^u))+1396182291+v|0,E=((g>>>2|g<<30)^(g>>>13|g<<19)^(g>>>22|g<<10))+(g&h|p&(g|h))|0,f=f+y|0,m=y+E|0,_=((R>>>17|R<<15)^(R>>>19|R<<13)^R>>>10)+L+((I>>>7|I<<25)^(I>>>18|I<<14)^I>>>3)+_|0,y=u+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(d^f&(l^d))+1695183700+_|0,E=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&g|h&(m|g))|0,p=p+y|0,u=y+E|0,I=((v>>>17|v<<15)^(v>>>19|v<<13)^v>>>10)+A+((U>>>7|U<<25)^(U>>>18|U<<14)^U>>>3)+I|0,y=d+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(l^p&(f^l))+1986661051+I|0,E=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&m|g&(u|m))|0,h=h+y|0,d=y+E|0,U=((_>>>17|_<<15)^(_>>>19|_<<13)^_>>>10)+k+((F>>>7|F<<25)^(F>>>18|F<<14)^F>>>3)+U|0,y=l+((h>>>6|h<<26)^(h>>>11|h<<21)^(h>>>25|h<<7))+(f^h&(p^f))+-2117940946+U|0,E=((d>>>2|d<<30)^(d>>>13|d<<19)^(d>>>22|d<<10))+(d&u|m&(d|u))|0,g=g+y|0,l=y+E|0,F=((I>>>17|I<<15)^(I>>>19|I<<13)^I>>>10)+B+((j>>>7|j<<25)^(j>>>18|j<<14)^j>>>3)+F|0,y=f+((g>>>6|g<<26)^(g>>>11|g<<21)^(g>>>25|g<<7))+(p^g&(h^p))+-1838011259+F|0,E=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&d|u&(l|d))|0,m=m+y|0,f=y+E|0,j=((U>>>17|U<<15)^(U>>>19|U<<13)^U>>>10)+S+((z>>>7|z<<25)^(z>>>18|z<<14)^z>>>3)+j|0,y=p+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(h^m&(g^h))+-1564481375+j|0,E=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&l|d&(f|l))|0,u=u+y|0,p=y+E|0,z=((F>>>17|F<<15)^(F>>>19|F<<13)^F>>>10)+R+((T>>>7|T<<25)^(T>>>18|T<<14)^T>>>3)+z|0,y=h+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(g^u&(m^g))+-1474664885+z|0,E=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&f|l&(p|f))|0,d=d+y|0,h=y+E|0,T=((j>>>17|j<<15)^(j>>>19|j<<13)^j>>>10)+v+((O>>>7|O<<25)^(O>>>18|O<<14)^O>>>3)+T|0,y=g+((d>>>6|d<<26)^(d>>>11|d<<21)^(d>>>25|d<<7))+(m^d&(u^m))+-1035236496+T|0,E=((h>>>2|h<<30)^(h>>>13|h<<19)^(h>>>22|h<<10))+(h&p|f&(h|p))|0,l=l+y|0,g=y+E|0,O=((z>>>17|z<<15)^(z>>>19|z<<13)^z>>>10)+_+((M>>>7|M<<25)^(M>>>18|M<<14)^M>>>3)+O|0,y=m+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(u^l&(d^u))+-949202525+O|0,E=((g>>>2|g<<30)^(g>>>13|g<<19)^(g>>>22|g<<10))+(g&h|p&(g|h))|0,f=f+y|0,m=y+E|0,M=((T>>>17|T<<15)^(T>>>19|T<<13)^T>>>10)+I+((L>>>7|L<<25)^(L>>>18|L<<14)^L>>>3)+M|0,y=u+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(d^f&(l^d))+-778901479+M|0,E=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&g|h&(m|g))|0,p=p+y|0,u=y+E|0,L=((O>>>17|O<<15)^(O>>>19|O<<13)^O>>>10)+U+((A>>>7|A<<25)^(A>>>18|A<<14)^A>>>3)+L|0,y=d+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(l^p&(f^l))+-694614492+L|0,E=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&m|g&(u|m))|0,h=h+y|0,d=y+E|0,A=((M>>>17|M<<15)^(M>>>19|M<<13)^M>>>10)+F+((k>>>7|k<<25)^(k>>>18|k<<14)^k>>>3)+A|0,y=l+((h>>>6|h<<26)^(h>>>11|h<<21)^(h>>>25|h<<7))+(f^h&(p^f))+-200395387+A|0,E=((d>>>2|d<<30)^(d>>>13|d<<19)^(d>>>22|d<<10))+(d&u|m&(d|u))|0,g=g+y|0,l=y+E|0,k=((L>>>17|L<<15)^(L>>>19|L<<13)^L>>>10)+j+((B>>>7|B<<25)^(B>>>18|B<<14)^B>>>3)+k|0,y=f+((g>>>6|g<<26)^(g>>>11|g<<21)^(g>>>25|g<<7))+(p^g&(h^p))+275423344+k|0,E=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&d|u&(l|d))|0,m=m+y|0,f=y+E|0,B=((A>>>17|A<<15)^(A>>>19|A<<13)^A>>>10)+z+((S>>>7|S<<25)^(S>>>18|S<<14)^S>>>3)+B|0,y=p+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(h^m&(g^h))+430227734+B|0,E=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&l|d&(f|l))|0,u=u+y|0,p=y+E|0,S=((k>>>17|k<<15)^(k>>>19|k<<13)^k>>>10)+T+((R>>>7|R<<25)^(R>>>18|R<<14)^R>>>3)+S|0,y=h+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(g^u&(m^g))+506948616+S|0,E=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&f|l&(p|f))|0,d=d+y|0,h=y+E|0,R=((B>>>17|B<<15)^(B>>>19|B<<13)^B>>>10)+O+((v>>>7|v<<25)^(v>>>18|v<<14)^v>>>3)+R|0,y=g+((d>>>6|d<<26)^(d>>>11|d<<21)^(d>>>25|d<<7))+(m^d&(u^m))+659060556+R|0,E=((h>>>2|h<<30)^(h>>>13|h<<19)^(h>>>22|h<<10))+(h&p|f&(h|p))|0,l=l+y|0,g=y+E|0,v=((S>>>17|S<<15)^(S>>>19|S<<13)^S>>>10)+M+((_>>>7|_<<25)^(_>>>18|_<<14)^_>>>3)+v|0,y=m+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(u^l&(d^u))+883997877+v|0,E=((g>>>2|g<<30)^(g>>>13|g<<19)^(g>>>22|g<<10))+(g&h|p&(g|h))|0,f=f+y|0,m=y+E|0,_=((R>>>17|R<<15)^(R>>>19|R<<13)^R>>>10)+L+((I>>>7|I<<25)^(I>>>18|I<<14)^I>>>3)+_|0,y=u+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(d^f&(l^d))+958139571+_|0,E=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&g|h&(m|g))|0,p=p+y|0,u=y+E|0,I=((v>>>17|v<<15)^(v>>>19|v<<13)^v>>>10)+A+((U>>>7|U<<25)^(U>>>18|U<<14)^U>>>3)+I|0,y=d+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(l^p&(f^l))+1322822218+I|0,E=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&m|g&(u|m))|0,h=h+y|0,d=y+E|0,U=((_>>>17|_<<15)^(_>>>19|_<<13)^_>>>10)+k+((F>>>7|F<<25)^(F>>>18|F<<14)^F>>>3)+U|0,y=l+((h>>>6|h<<26)^(h>>>11|h<<21)^(h>>>25|h<<7))+(f^h&(p^f))+1537002063+U|0,E=((d>>>2|d<<30)^(d>>>13|d<<19)^(d>>>22|d<<10))+(d&u|m&(d|u))|0,g=g+y|0,l=y+E|0,F=((I>>>17|I<<15)^(I>>>19|I<<13)^I>>>10)+B+((j>>>7|j<<25)^(j>>>18|j<<14)^j>>>3)+F|0,y=f+((g>>>6|g<<26)^(g>>>11|g<<21)^(g>>>25|g<<7))+(p^g&(h^p))+1747873779+F|0,E=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&d|u&(l|d))|0,m=m+y|0,f=y+E|0,j=((U>>>17|U<<15)^(U>>>19|U<<13)^U>>>10)+S+((z>>>7|z<<25)^(z>>>18|z<<14)^z>>>3)+j|0,y=p+((m>>>6|m<<26)^(m>>>11|m<<21)^(m>>>25|m<<7))+(h^m&(g^h))+1955562222+j|0,E=((f>>>2|f<<30)^(f>>>13|f<<19)^(f>>>22|f<<10))+(f&l|d&(f|l))|0,u=u+y|0,p=y+E|0,z=((F>>>17|F<<15)^(F>>>19|F<<13)^F>>>10)+R+((T>>>7|T<<25)^(T>>>18|T<<14)^T>>>3)+z|0,y=h+((u>>>6|u<<26)^(u>>>11|u<<21)^(u>>>25|u<<7))+(g^u&(m^g))+2024104815+z|0,E=((p>>>2|p<<30)^(p>>>13|p<<19)^(p>>>22|p<<10))+(p&f|l&(p|f))|0,d=d+y|0,h=y+E|0,T=((j>>>17|j<<15)^(j>>>19|j<<13)^j>>>10)+v+((O>>>7|O<<25)^(O>>>18|O<<14)^O>>>3)+T|0,y=g+((d>>>6|d<<26)^(d>>>11|d<<21)^(d>>>25|d<<7))+(m^d&(u^m))+-2067236844+T|0,E=((h>>>2|h<<30)^(h>>>13|h<<19)^(h>>>22|h<<10))+(h&p|f&(h|p))|0,l=l+y|0,g=y+E|0,O=((z>>>17|z<<15)^(z>>>19|z<<13)^z>>>10)+_+((M>>>7|M<<25)^(M>>>18|M<<14)^M>>>3)+O|0,y=m+((l>>>6|l<<26)^(l>>>11|l<<21)^(l>>>25|l<<7))+(u^l&(d^u))+-1933114872+O|0,E=((g>>>2|g<<30)^(g>>>13|g<<19)^(g>>>22|g<<10))+(g&h|p&(g|h))|0,f=f+y|0,m=y+E|0,M=((T>>>17|T<<15)^(T>>>19|T<<13)^T>>>10)+I+((L>>>7|L<<25)^(L>>>18|L<<14)^L>>>3)+M|0,y=u+((f>>>6|f<<26)^(f>>>11|f<<21)^(f>>>25|f<<7))+(d^f&(l^d))+-1866530822+M|0,E=((m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10))+(m&g|h&(m|g))|0,p=p+y|0,u=y+E|0,L=((O>>>17|O<<15)^(O>>>19|O<<13)^O>>>10)+U+((A>>>7|A<<25)^(A>>>18|A<<14)^A>>>3)+L|0,y=d+((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+(l^p&(f^l))+-1538233109+L|0,E=((u>>>2|u<<30)^(u>>>13|u<<19)^(u>>>22|u<<10))+(u&m|g&(u|m))|0,h=h+y|0,d=y+E|0,A=((M>>>17|M<<15)^(M>>>19|M<<13)^M>>>10)+F+((k>>>7|k<<25)^(k>>>18|k<<14)^k>>>3)+A|0,y=l+((h>>>6|h<<26)^(h>>>11|h<<21)^(h>>>25|h<<7))+(f^h&(p^f))+-1090935817+A|0,E=((d>>>2|d<<30)^(d>>>13|d<<19)^(d>>>22|d<<10))+(d&u|m&(d|u))|0,g=g+y|0,l=y+E|0,k=((L>>>17|L<<15)^(L>>>19|L<<13)^L>>>10)+j+((B>>>7|B<<25)^(B>>>18|B<<14)^B>>>3)+k|0,y=f+((g>>>6|g<<26)^(g>>>11|g<<21)^(g>>>25|g<<7))+(p^g&(h^p))+-965641998+k|0,E=((l>>>2|l<<30)^(l>>>13|l<<19)^(l>>>22|l<<10))+(l&d|u&(l|d))|0,m=m+y|0,f=y+E|0,o=o+f|0,s=s+l|0,i=i+d|0,c=c+u|0,a=a+m|0,w=w+g|0,b=b+h|0,x=x+p|0}e[0]=o,e[1]=s,e[2]=i,e[3]=c,e[4]=a,e[5]=w,e[6]=b,e[7]=x}var Ec=[1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225],$r=class{constructor(){this.state=Int32Array.from(Ec),this.block=new Uint8Array(64),this.blockView=new DataView(this.block.buffer),this.held=0,this.length=0,this.finished=!1}update(t){if(this.finished)throw new Error("this SHA-256 is finished");if(!(t instanceof Uint8Array))throw new TypeError("SHA-256 takes a Uint8Array");let n=0,r=t.length;if(this.length+=r,this.held>0){let s=Math.min(64-this.held,r);if(this.block.set(t.subarray(0,s),this.held),this.held+=s,n=s,this.held<64)return this;fn(this.state,this.blockView,0,64),this.held=0}let o=n+(r-n&-64);return o>n&&fn(this.state,new DataView(t.buffer,t.byteOffset,t.length),n,o),o<r&&(this.block.set(t.subarray(o),0),this.held=r-o),this}digest(){if(this.finished)throw new Error("this SHA-256 is finished");this.finished=!0;let{block:t,blockView:n,state:r}=this;t.fill(0,this.held),t[this.held]=128,this.held>=56&&(fn(r,n,0,64),t.fill(0));let o=this.length*8;n.setUint32(56,Math.floor(o/2**32)),n.setUint32(60,o>>>0),fn(r,n,0,64);let s=new Uint8Array(32),i=new DataView(s.buffer);for(let c=0;c<8;c++)i.setInt32(4*c,r[c]);return r.fill(0),t.fill(0),s}};function an(){return new $r}async function Wn(e,t){if(e.size!==t.length)throw new Error("the buffer is not of the Blob\'s size");let n=null;try{n=e.stream().getReader({mode:"byob"})}catch{}if(!n)return t.set(new Uint8Array(await e.arrayBuffer())),t;let r=t.byteOffset,o=t.length,s=t.buffer,i=0;try{for(;i<o;){let{value:c,done:a}=await n.read(new Uint8Array(s,r+i,o-i));if(a)break;s=c.buffer,i+=c.length}}finally{n.releaseLock()}if(i!==o)throw new Error("the file ended early");return new Uint8Array(s,r,o)}var ha=1024*1024;var Zr=256*1024;async function kc(e){let t=an(),n=new Uint8Array(Math.min(Zr,e.size));for(let r=0;r<e.size;r+=Zr){let o=Math.min(Zr,e.size-r),s=await Wn(e.slice(r,r+o),n.subarray(0,o));t.update(s),n=new Uint8Array(s.buffer)}return t.digest()}function ei(e,t,n){if(e.sha256!==void 0)return t.hash||(t.hash=an()),t.hash.update(e.sha256),e.back?n({hashed:e.sha256.length,back:e.sha256.buffer},[e.sha256.buffer]):n({hashed:e.sha256.length}),!0;if(e.sha256Digest!==void 0){let r=(t.hash||an()).digest();return t.hash=null,n({digest:r},[r.buffer]),!0}return e.sha256File!==void 0?kc(e.sha256File).then(r=>n({fileDigest:r,id:e.id},[r.buffer])):!1}var ba=8*1024*1024,xa=512*1024;var Bc=e=>new Promise(t=>setTimeout(t,e));async function ni(e,t,n){let r=pt(`${e}:`),o=s=>{let i=t;for(let c of s){if(i===0)return!0;let a=c===0?8:Math.clz32(c)-24;if(i<=8)return a>=i;if(a<8)return!1;i-=8}return i===0};for(let s=0;;s++){let i=String(s),c=gt.create().update(r).update(pt(i)).digest();if(o(c))return i;s%2e4===0&&(n&&n(s),await Bc(0))}}function Xr(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}var Qn=e=>e?`"${e}" `:"";function Jn(e,t=""){if(typeof e!="boolean")throw new TypeError(Qn(t)+"expected boolean, got type="+typeof e);return e}function be(e,t=""){if(typeof e!="number")throw new TypeError(Qn(t)+"expected number, got "+typeof e);if(!Number.isSafeInteger(e)||e<0)throw new RangeError(Qn(t)+"expected integer >= 0, got "+e);return e}function it(e,t,n=""){if(Xr(e)&&(t===void 0||e.length===t))return e;t!==void 0&&be(t,"length");let r=Xr(e),o=t!==void 0?` of length ${t}`:"",s=r?`length=${e.length}`:`type=${typeof e}`,i=Qn(n)+"expected Uint8Array"+o+", got "+s;throw r?new RangeError(i):new TypeError(i)}var ri=(e,t)=>{if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError(t==="object"?"expected valid options object":`"${t}" expected object, got type=${typeof e}`)};function Yr(e,t=!0){if(e.destroyed)throw new Error("hash was destroyed");if(t&&e.finished)throw new Error("digest() was already called")}function oi(e,t){it(e,void 0,"output");let n=t.outputLen;if(!(e.length>=n))throw new RangeError(\'"output" expected length >= \'+n)}function It(e){return new Uint32Array(e.buffer,e.byteOffset,Math.floor(e.byteLength/4))}function Tt(...e){for(let t=0;t<e.length;t++)e[t].fill(0)}function vc(e){return new DataView(e.buffer,e.byteOffset,e.byteLength)}var ce=new Uint8Array(new Uint32Array([287454020]).buffer)[0]===68;function Ac(e){return e<<24&4278190080|e<<8&16711680|e>>>8&65280|e>>>24&255}function _c(e){for(let t=0;t<e.length;t++)e[t]=Ac(e[t]);return e}var Kt=ce?e=>e:_c;function Sc(e,t){return!e.byteLength||!t.byteLength?!1:e.buffer===t.buffer&&e.byteOffset<t.byteOffset+t.byteLength&&t.byteOffset<e.byteOffset+e.byteLength}function si(e,t){if(Sc(e,t)&&e.byteOffset<t.byteOffset)throw new Error("complex overlap of input and output is not supported")}function ii(e,t){return ri(e,"defaults"),ri(t,"opts"),Object.assign(e,t)}function ci(e,t){if(e=it(e),t=it(t),e.length!==t.length)return!1;let n=0;for(let r=0;r<e.length;r++)n|=e[r]^t[r];return n===0}function fi(e,t,n){let r=t,o=n||(()=>[]),s=(c,a)=>r(a,...o(c)).update(c).digest(),i=r(new Uint8Array(e),...o(new Uint8Array(0)));return s.outputLen=i.outputLen,s.blockLen=i.blockLen,s.create=(c,...a)=>r(c,...a),s}var ai=(e,t)=>{function n(r,...o){if(it(r,void 0,"key"),e.nonceLength!==void 0){let x=o[0];it(x,e.varSizeNonce?void 0:e.nonceLength,"nonce")}let s=e.tagLength,i=e.nonceLength!==void 0?1:0;if(!e.withAAD){for(let x=i;x<o.length;x++)if(Xr(o[x]))throw new Error("AAD not supported")}e.withAAD&&o[i]!==void 0&&it(o[i],void 0,"AAD");let c=t(r,...o),a=(x,f)=>{if(f!==void 0){if(x!==2)throw new Error("cipher output not supported");it(f,void 0,"output")}},w=!1;return{encrypt(x,f){if(w)throw new Error("cannot encrypt() twice with same key + nonce");return w=!0,it(x,void 0,"data"),a(c.encrypt.length,f),c.encrypt(x,f)},decrypt(x,f){if(it(x,void 0,"data"),s&&x.length<s)throw new Error(\'"ciphertext" expected length >= tagLength=\'+s);return a(c.decrypt.length,f),c.decrypt(x,f)}}}return Object.assign(n,e),n};function ln(e,t,n=!0){if(t===void 0)return new Uint8Array(e);if(it(t,e,"output"),n&&!dn(t))throw new Error("invalid output, must be aligned");return t}function li(e,t,n){be(e),be(t),Jn(n);let r=new Uint8Array(16),o=vc(r);return o.setBigUint64(0,BigInt(t),n),o.setBigUint64(8,BigInt(e),n),r}function dn(e){return e.byteOffset%4===0}function Le(e){return Uint8Array.from(it(e))}var ui=e=>Uint8Array.from(e.split(""),t=>t.charCodeAt(0)),jc=Kt(It(ui("expand 16-byte k"))),Oc=Kt(It(ui("expand 32-byte k")));function G(e,t){return e<<t|e>>>32-t}var un=64,Tc=16,Vr=2**32-1,di=Uint32Array.of();function Rc(e,t,n,r,o,s,i,c){let a=o.length,w=new Uint8Array(un),b=It(w),x=ce&&dn(o)&&dn(s),f=x?It(o):di,l=x?It(s):di;if(!ce){for(let d=0;d<a;i++){if(e(t,n,r,b,i,c),Kt(b),i>=Vr)throw new Error("arx: counter overflow");let u=Math.min(un,a-d);for(let m=0,g;m<u;m++)g=d+m,s[g]=o[g]^w[m];d+=u}return}for(let d=0;d<a;i++){if(e(t,n,r,b,i,c),i>=Vr)throw new Error("arx: counter overflow");let u=Math.min(un,a-d);if(x&&u===un){let m=d/4;if(d%4!==0)throw new Error("arx: invalid block position");for(let g=0,h;g<Tc;g++)h=m+g,l[h]=f[h]^b[g];d+=un;continue}for(let m=0,g;m<u;m++)g=d+m,s[g]=o[g]^w[m];d+=u}}function hi(e,t){let{allowShortKeys:n,extendNonceFn:r,counterLength:o,counterRight:s,rounds:i}=ii({allowShortKeys:!1,counterLength:8,counterRight:!1,rounds:20},t);if(typeof e!="function")throw new Error("core must be a function");return be(o),be(i),Jn(s),Jn(n),(c,a,w,b,x=0)=>{it(c,void 0,"key"),it(a,void 0,"nonce"),it(w,void 0,"data");let f=w.length,l=b!==void 0;if(b=ln(f,b,!1),l&&si(w,b),be(x),x<0||x>=Vr)throw new Error("arx: counter overflow");let d=[],u=c.length,m,g;if(u===32)d.push(m=Le(c)),g=Oc;else if(u===16&&n)m=new Uint8Array(32),m.set(c),m.set(c,16),g=jc,d.push(m);else throw it(c,32,"arx key"),new Error("invalid key size");(!ce||!dn(a))&&d.push(a=Le(a));let h=It(m);if(r){if(a.length!==24)throw new Error("arx: extended nonce must be 24 bytes");let E=a.subarray(0,16);if(ce)r(g,h,It(E),h);else{let B=Kt(Uint32Array.from(g));r(B,h,It(E),h),Tt(B),Kt(h)}a=a.subarray(16)}else ce||Kt(h);let p=16-o;if(p!==a.length)throw new Error(`arx: nonce must be ${p} or 16 bytes`);if(p!==12){let E=new Uint8Array(12);E.set(a,s?0:12-a.length),a=E,d.push(a)}let y=Kt(It(a));try{return Rc(e,g,h,y,w,b,x,i),b}finally{Tt(...d)}}}function mt(e,t){return e[t++]&255|(e[t++]&255)<<8}var Gr=class{blockLen=16;outputLen=16;buffer=new Uint8Array(16);r=new Uint16Array(10);h=new Uint16Array(10);pad=new Uint16Array(8);pos=0;finished=!1;destroyed=!1;constructor(t){t=Le(it(t,32,"key"));let n=mt(t,0),r=mt(t,2),o=mt(t,4),s=mt(t,6),i=mt(t,8),c=mt(t,10),a=mt(t,12),w=mt(t,14);this.r[0]=n&8191,this.r[1]=(n>>>13|r<<3)&8191,this.r[2]=(r>>>10|o<<6)&7939,this.r[3]=(o>>>7|s<<9)&8191,this.r[4]=(s>>>4|i<<12)&255,this.r[5]=i>>>1&8190,this.r[6]=(i>>>14|c<<2)&8191,this.r[7]=(c>>>11|a<<5)&8065,this.r[8]=(a>>>8|w<<8)&8191,this.r[9]=w>>>5&127;for(let b=0;b<8;b++)this.pad[b]=mt(t,16+2*b)}process(t,n,r=!1){let o=r?0:2048,{h:s,r:i}=this,c=i[0],a=i[1],w=i[2],b=i[3],x=i[4],f=i[5],l=i[6],d=i[7],u=i[8],m=i[9],g=mt(t,n+0),h=mt(t,n+2),p=mt(t,n+4),y=mt(t,n+6),E=mt(t,n+8),B=mt(t,n+10),S=mt(t,n+12),R=mt(t,n+14),v=s[0]+(g&8191),_=s[1]+((g>>>13|h<<3)&8191),I=s[2]+((h>>>10|p<<6)&8191),U=s[3]+((p>>>7|y<<9)&8191),F=s[4]+((y>>>4|E<<12)&8191),j=s[5]+(E>>>1&8191),z=s[6]+((E>>>14|B<<2)&8191),T=s[7]+((B>>>11|S<<5)&8191),O=s[8]+((S>>>8|R<<8)&8191),M=s[9]+(R>>>5|o),L=0,A=L+v*c+_*(5*m)+I*(5*u)+U*(5*d)+F*(5*l);L=A>>>13,A&=8191,A+=j*(5*f)+z*(5*x)+T*(5*b)+O*(5*w)+M*(5*a),L+=A>>>13,A&=8191;let k=L+v*a+_*c+I*(5*m)+U*(5*u)+F*(5*d);L=k>>>13,k&=8191,k+=j*(5*l)+z*(5*f)+T*(5*x)+O*(5*b)+M*(5*w),L+=k>>>13,k&=8191;let q=L+v*w+_*a+I*c+U*(5*m)+F*(5*u);L=q>>>13,q&=8191,q+=j*(5*d)+z*(5*l)+T*(5*f)+O*(5*x)+M*(5*b),L+=q>>>13,q&=8191;let N=L+v*b+_*w+I*a+U*c+F*(5*m);L=N>>>13,N&=8191,N+=j*(5*u)+z*(5*d)+T*(5*l)+O*(5*f)+M*(5*x),L+=N>>>13,N&=8191;let H=L+v*x+_*b+I*w+U*a+F*c;L=H>>>13,H&=8191,H+=j*(5*m)+z*(5*u)+T*(5*d)+O*(5*l)+M*(5*f),L+=H>>>13,H&=8191;let D=L+v*f+_*x+I*b+U*w+F*a;L=D>>>13,D&=8191,D+=j*c+z*(5*m)+T*(5*u)+O*(5*d)+M*(5*l),L+=D>>>13,D&=8191;let K=L+v*l+_*f+I*x+U*b+F*w;L=K>>>13,K&=8191,K+=j*a+z*c+T*(5*m)+O*(5*u)+M*(5*d),L+=K>>>13,K&=8191;let P=L+v*d+_*l+I*f+U*x+F*b;L=P>>>13,P&=8191,P+=j*w+z*a+T*c+O*(5*m)+M*(5*u),L+=P>>>13,P&=8191;let $=L+v*u+_*d+I*l+U*f+F*x;L=$>>>13,$&=8191,$+=j*b+z*w+T*a+O*c+M*(5*m),L+=$>>>13,$&=8191;let X=L+v*m+_*u+I*d+U*l+F*f;L=X>>>13,X&=8191,X+=j*x+z*b+T*w+O*a+M*c,L+=X>>>13,X&=8191,L=(L<<2)+L|0,L=L+A|0,A=L&8191,L=L>>>13,k+=L,s[0]=A,s[1]=k,s[2]=q,s[3]=N,s[4]=H,s[5]=D,s[6]=K,s[7]=P,s[8]=$,s[9]=X}finalize(){let{h:t,pad:n}=this,r=new Uint16Array(10),o=t[1]>>>13;t[1]&=8191;for(let c=2;c<10;c++)t[c]+=o,o=t[c]>>>13,t[c]&=8191;t[0]+=o*5,o=t[0]>>>13,t[0]&=8191,t[1]+=o,o=t[1]>>>13,t[1]&=8191,t[2]+=o,r[0]=t[0]+5,o=r[0]>>>13,r[0]&=8191;for(let c=1;c<10;c++)r[c]=t[c]+o,o=r[c]>>>13,r[c]&=8191;r[9]-=8192;let s=(o^1)-1;for(let c=0;c<10;c++)r[c]&=s;s=~s;for(let c=0;c<10;c++)t[c]=t[c]&s|r[c];t[0]=(t[0]|t[1]<<13)&65535,t[1]=(t[1]>>>3|t[2]<<10)&65535,t[2]=(t[2]>>>6|t[3]<<7)&65535,t[3]=(t[3]>>>9|t[4]<<4)&65535,t[4]=(t[4]>>>12|t[5]<<1|t[6]<<14)&65535,t[5]=(t[6]>>>2|t[7]<<11)&65535,t[6]=(t[7]>>>5|t[8]<<8)&65535,t[7]=(t[8]>>>8|t[9]<<5)&65535;let i=t[0]+n[0];t[0]=i&65535;for(let c=1;c<8;c++)i=(t[c]+n[c]|0)+(i>>>16)|0,t[c]=i&65535;Tt(r)}update(t){Yr(this),it(t),t=Le(t);let{buffer:n,blockLen:r}=this,o=t.length;for(let s=0;s<o;){let i=Math.min(r-this.pos,o-s);if(i===r){for(;r<=o-s;s+=r)this.process(t,s);continue}n.set(t.subarray(s,s+i),this.pos),this.pos+=i,s+=i,this.pos===r&&(this.process(n,0,!1),this.pos=0)}return this}destroy(){this.destroyed=!0,Tt(this.h,this.r,this.buffer,this.pad)}digestInto(t){Yr(this),oi(t,this),this.finished=!0;let{buffer:n,h:r}=this,{pos:o}=this;if(o){for(n[o++]=1;o<16;o++)n[o]=0;this.process(n,0,!0)}this.finalize();let s=0;for(let i=0;i<8;i++)t[s++]=r[i]>>>0,t[s++]=r[i]>>>8}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let r=t.slice(0,n);return this.destroy(),r}},pi=fi(32,e=>new Gr(e));function qc(e,t,n,r,o,s=20){let i=e[0],c=e[1],a=e[2],w=e[3],b=t[0],x=t[1],f=t[2],l=t[3],d=t[4],u=t[5],m=t[6],g=t[7],h=o,p=n[0],y=n[1],E=n[2],B=i,S=c,R=a,v=w,_=b,I=x,U=f,F=l,j=d,z=u,T=m,O=g,M=h,L=p,A=y,k=E;for(let N=0;N<s;N+=2)B=B+_|0,M=G(M^B,16),j=j+M|0,_=G(_^j,12),B=B+_|0,M=G(M^B,8),j=j+M|0,_=G(_^j,7),S=S+I|0,L=G(L^S,16),z=z+L|0,I=G(I^z,12),S=S+I|0,L=G(L^S,8),z=z+L|0,I=G(I^z,7),R=R+U|0,A=G(A^R,16),T=T+A|0,U=G(U^T,12),R=R+U|0,A=G(A^R,8),T=T+A|0,U=G(U^T,7),v=v+F|0,k=G(k^v,16),O=O+k|0,F=G(F^O,12),v=v+F|0,k=G(k^v,8),O=O+k|0,F=G(F^O,7),B=B+I|0,k=G(k^B,16),T=T+k|0,I=G(I^T,12),B=B+I|0,k=G(k^B,8),T=T+k|0,I=G(I^T,7),S=S+U|0,M=G(M^S,16),O=O+M|0,U=G(U^O,12),S=S+U|0,M=G(M^S,8),O=O+M|0,U=G(U^O,7),R=R+F|0,L=G(L^R,16),j=j+L|0,F=G(F^j,12),R=R+F|0,L=G(L^R,8),j=j+L|0,F=G(F^j,7),v=v+_|0,A=G(A^v,16),z=z+A|0,_=G(_^z,12),v=v+_|0,A=G(A^v,8),z=z+A|0,_=G(_^z,7);let q=0;r[q++]=i+B|0,r[q++]=c+S|0,r[q++]=a+R|0,r[q++]=w+v|0,r[q++]=b+_|0,r[q++]=x+I|0,r[q++]=f+U|0,r[q++]=l+F|0,r[q++]=d+j|0,r[q++]=u+z|0,r[q++]=m+T|0,r[q++]=g+O|0,r[q++]=h+M|0,r[q++]=p+L|0,r[q++]=y+A|0,r[q++]=E+k|0}var Lc=hi(qc,{counterRight:!1,counterLength:4,allowShortKeys:!1});var Ic=new Uint8Array(16),mi=(e,t)=>{e.update(t);let n=t.length%16;n&&e.update(Ic.subarray(n))},zc=new Uint8Array(32);function gi(e,t,n,r,o){o!==void 0&&it(o,void 0,"AAD");let s=e(t,n,zc),i=li(r.length,o?o.length:0,!0),c=pi.create(s);o&&mi(c,o),mi(c,r),c.update(i);let a=c.digest();return Tt(s,i),a}var Uc=e=>(t,n,r)=>({encrypt(s,i){let c=s.length;i=ln(c+16,i,!1),i.set(s);let a=i.subarray(0,-16);e(t,n,a,a,1);let w=gi(e,t,n,a,r);return i.set(w,c),Tt(w),i},decrypt(s,i){i=ln(s.length-16,i,!1);let c=s.subarray(0,-16),a=s.subarray(-16),w=gi(e,t,n,c,r);if(!ci(a,w))throw Tt(w),new Error("invalid tag");return i.set(s.subarray(0,-16)),e(t,n,i,i,1),Tt(w),i}}),yi=ai({blockSize:64,nonceLength:12,tagLength:16,withAAD:!0},Uc(Lc));var Fa=1<<20;var Vc=pt(`DROPBOX-BUNDLE-1\n`),ml=64*1024,gl=64*1024;var yl=64*1024,wl=64*1024;var Ie=64*1024,Qr=16,Gc=8*Ie;function Wc(e,t,n,r,o){let s=Math.max(1,Math.ceil(r.length/Ie));if(!n&&r.length!==s*Ie)throw new Error("only the last segment may end in a partial chunk");let i=r.length+Qr*s,c=o&&o.length===i?o:new Uint8Array(i),a=new Uint8Array(12);for(let w=0;w<s;w++){let b=t+w;for(let l=10;l>=0;l--)a[l]=b%256,b=Math.floor(b/256);a[11]=n&&w===s-1?1:0;let x=r.subarray(w*Ie,Math.min(r.length,(w+1)*Ie)),f=w*(Ie+Qr);yi(e,a).encrypt(x,c.subarray(f,f+x.length+Qr))}return c}var Qc=2;async function Jc(e,t){let n=e.reduce((s,i)=>s+(i.bytes?i.bytes.length:i.blob?i.end-i.start:i.zeros),0);(!t.plain||t.plain.buffer.byteLength<n)&&(t.plain=new Uint8Array(Math.max(n,Gc)));let r=new Uint8Array(t.plain.buffer,0,n),o=0;for(let s of e)if(s.bytes)r.set(s.bytes,o),o+=s.bytes.length;else if(s.blob){let i=await Wn(s.blob.slice(s.start,s.end),r.subarray(o,o+s.end-s.start));r=new Uint8Array(i.buffer,0,n),o+=s.end-s.start}else r.fill(0,o,o+s.zeros),o+=s.zeros;return t.plain=new Uint8Array(r.buffer),r}function wi(e,t,n){if(e.sealKey!==void 0)return t.key&&t.key.fill(0),t.key=e.sealKey,!0;if(e.sealForget!==void 0){t.key&&t.key.fill(0),t.key=null;for(let a of t.free||[])a.fill(0);return!0}if(e.seal===void 0)return!1;let{id:r,counter:o,final:s,parts:i,out:c}=e.seal;return(async()=>{try{if(!t.key)throw new Error("no payload key");t.free||=[];let a={plain:t.free.pop()},w=await Jc(i,a);if(!t.key)throw new Error("no payload key");let b=Wc(t.key,o,s,w,c?new Uint8Array(c):void 0);t.free.length<Qc&&t.free.push(a.plain),n({sealed:r,out:b.buffer},[b.buffer])}catch(a){n({sealError:String(a&&a.message||a),id:r})}})()}var tf={hash:null},ef={key:null};self.onmessage=async e=>{let t=e.data;try{let n=(i,c)=>self.postMessage(i,c||[]),r=ei(t,tf,n)||wi(t,ef,n);if(r){await r;return}if(t.pow){let i=await ni(t.pow.challenge,t.pow.bits,c=>self.postMessage({progress:c}));self.postMessage({result:i});return}let o=await Js(t.codename,t.fingerprint,i=>self.postMessage({progress:i})),s=ti(o);o.fill(0),self.postMessage({result:s})}catch(n){self.postMessage({error:String(n&&n.message||n)})}};})();\n/*! Bundled license information:\n\n@noble/curves/utils.js:\n@noble/curves/abstract/modular.js:\n@noble/curves/abstract/curve.js:\n@noble/curves/abstract/edwards.js:\n@noble/curves/abstract/montgomery.js:\n@noble/curves/ed25519.js:\n@noble/curves/abstract/der.js:\n@noble/curves/abstract/weierstrass.js:\n@noble/curves/nist.js:\n  (*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) *)\n\n@noble/post-quantum/utils.js:\n@noble/post-quantum/_crystals.js:\n@noble/post-quantum/ml-kem.js:\n@noble/post-quantum/hybrid.js:\n  (*! noble-post-quantum - MIT License (c) 2024 Paul Miller (paulmillr.com) *)\n\n@scure/base/index.js:\n  (*! scure-base - MIT License (c) 2022 Paul Miller (paulmillr.com) *)\n\n@noble/ciphers/utils.js:\n  (*! noble-ciphers - MIT License (c) 2023 Paul Miller (paulmillr.com) *)\n*/\n',I=e=>document.getElementById(e),V={chain:null,files:[],ready:Promise.resolve(),followupFiles:[],followupReady:Promise.resolve(),replyKeys:null,allowed:null,nextSeq:1,words:null};function ee(e,t=!0){e.hidden=!t}var xt=class extends Error{constructor(t,n={}){super(t),this.l10n={id:t,args:n}}};function jn(e){return e&&e.l10n?e.l10n:String(e&&(e.code||e.message)||e)}function un(e,t,n){t?me(e,t,n):(delete e.dataset.l10nId,e.textContent="")}function Gr(e,t,n=""){let r=I("status");un(r,e,t),r.className=n}function wg(){let e=/^#team=([0-9a-fA-F]{64})$/.exec(location.hash);return e?e[1].toLowerCase():null}async function $u(e){Gr("status-checking"),ee(I("team-info"),!1),ee(I("report-form"),!1);let t;try{let o=await fetch(`${He()}/v1/roster`,{cache:"no-store",credentials:"omit",referrerPolicy:"no-referrer"});if(!o.ok)throw new Error(`HTTP ${o.status}`);let i=new Uint8Array(await o.arrayBuffer());t=el(e,tl(i),Math.floor(Date.now()/1e3))}catch(o){Gr("status-roster-bad",{detail:jn(o)},"bad"),ee(I("team-ask"),!0);return}V.chain=t;let n=t.head;ee(I("team-ask"),!1),Gr("status-roster-ok",{},"ok"),I("team-name").textContent=n.roster.team,I("roster-seq").textContent=`#${n.roster.seq}`,I("roster-head").textContent=n.hash.slice(0,12),I("team-fp").textContent=e,me(I("trust-readers"),"trust-readers",{count:n.roster.members.length}),ee(I("team-info"),!0);let r=location.origin+He();if(nl(r,n)||(me(I("origin-warning"),"origin-warning",{origin:r,endpoints:n.roster.endpoints.join(", ")}),ee(I("origin-warning"),!0)),!location.hostname.endsWith(".onion")){let o=n.roster.endpoints.some(i=>/\.onion(:|\/|$)/.test(i.replace(/^https?:\/\//,"")));me(I("onion-notice"),o?"onion-notice-onion":"onion-notice-tor"),ee(I("onion-notice"),!0)}vg(n.roster),ee(I("replies-view"),!0)}function vg(e){let t=I("category"),n=new Option("","");me(n,"category-none"),t.replaceChildren(n);for(let o of e.policy.categories)t.append(new Option(o,o));let r=I("recipient-list");r.replaceChildren(),e.members.forEach((o,i)=>{let s=document.createElement("p"),a=document.createElement("input");a.type="checkbox",a.id=`recipient-${i}`,a.checked=!0,a.dataset.member=o.id,a.autocomplete="off",a.addEventListener("change",()=>{[...r.querySelectorAll("input[type=checkbox]")].some(g=>g.checked)?ee(I("recipient-error"),!1):(a.checked=!0,me(I("recipient-error"),"recipients-at-least-one"),ee(I("recipient-error"),!0))});let c=document.createElement("label");c.className="inline",c.htmlFor=a.id;let d=document.createElement("bdi");d.textContent=o.name,c.append(d),s.append(a,c),r.append(s)}),ee(I("report-form"),!0)}function xg(e){let t=e.type||"";return t!==""&&new TextEncoder().encode(t).length<=255&&![...t].some(r=>Ht(r)||Kt(r))?t:"application/octet-stream"}async function kg(e){let t=e.file,n=Xs(new Uint8Array(await t.slice(0,8).arrayBuffer()));if(!n){e.blob=t,e.note={id:"attachment-as-is"};return}if(t.size>bg){e.error={id:"attachment-too-large",args:{kind:n.toUpperCase()}};return}try{let r=Sd(new Uint8Array(await t.arrayBuffer()));e.blob=new Blob([r.bytes],{type:t.type}),e.note=r.removed.length?{id:"attachment-removed",args:{removed:r.removed.join(", ")}}:{id:"attachment-clean"}}catch(r){e.error={id:"attachment-unreadable",args:{kind:n.toUpperCase(),detail:r.message}}}}function zu(e,t,n){e.replaceChildren(),t.forEach((r,o)=>{let i=document.createElement("label");i.htmlFor=`${n}-name-${o}`,me(i,"attachment-name",{n:o+1,size:r.file.size});let s=document.createElement("input");s.type="text",s.id=`${n}-name-${o}`,s.autocomplete="off",s.dir="auto",s.value=r.name,s.addEventListener("input",()=>{r.name=s.value});let a=document.createElement("p");a.id=`${n}-note-${o}`,a.className=r.error?"bad":"note";let c=r.error||r.note||{id:"attachment-checking"};me(a,c.id,c.args),s.setAttribute("aria-describedby",a.id),e.append(i,s,a)})}function Su(e,t,n,r,o){I(e).addEventListener("change",()=>{let i=[...I(e).files].map(s=>({file:s,name:rs(s.name)}));V[r]=i,zu(I(t),i,n),V[o]=Promise.all(i.map(kg)).then(()=>{V[r]===i&&zu(I(t),i,n)})})}async function Eg(e){let t=en();for await(let n of yd(e))t.update(n);return qe(t.digest())}function Au(e){return e.map(t=>({name:rs(t.name),type:xg(t.file),size:t.blob.size}))}function ju(e,t,n){return new Promise((r,o)=>{let i,s;try{s=URL.createObjectURL(new Blob([qu],{type:"text/javascript"})),i=new Worker(s)}catch{s&&URL.revokeObjectURL(s),t(0,{id:"progress-no-worker"}),n().then(r,o);return}let a=()=>{i.terminate(),URL.revokeObjectURL(s)};i.onmessage=c=>{let d=c.data;d.progress!==void 0?t(d.progress):(a(),d.error?o(new Error(d.error)):r(d.result))},i.onerror=c=>{a(),o(c.message?new Error(c.message):new xt("error-worker"))},i.postMessage(e)})}function Tu(){let e=navigator.hardwareConcurrency||2,t=Math.min(3,Math.max(1,e-2)),n=[],r;try{r=URL.createObjectURL(new Blob([qu],{type:"text/javascript"}));for(let s=0;s<=t;s++)n.push(new Worker(r))}catch{for(let a of n)a.terminate();r&&URL.revokeObjectURL(r);let s=kd();return{hasher:ti(),sealer:s,close:()=>s.close()}}let o=vd(n[0]),i=Ed(n.slice(1));return{hasher:o,sealer:i,close(){i.close(),o.close(),URL.revokeObjectURL(r)}}}function Bu(e,t,n){return ju({codename:e,fingerprint:t},n,async()=>Qo(await gd(e,t,r=>n(r))))}function _u(e,t){return ju({pow:{challenge:e,bits:t}},()=>{},()=>Gs(e,t))}function nr(e,t){un(I("form-error"),e,t),ee(I("form-error"),!!e),e&&I("form-error").focus()}function rr(e,t){e!==null&&(I("progress").value=e),t&&me(I("progress-text"),t.id,t.args)}function Ou(e){return(t,n)=>{n&&e(n)}}function Ru(e,t,{codename:n,contact:r,credit:o,followup:i=!1}){let s=e.policy.retention,a=p=>p.map(f=>`${f.name} (${f.id})`).join(", "),c=e.members.filter(p=>t.includes(p.id)),d=e.members.filter(p=>!t.includes(p.id)),h=[["consent-where"],["consent-server",{all:s.all_acked_days,first:s.first_ack_days,none:s.unacked_days,read:s.reply_read_days,reply:s.reply_days}],["consent-team",{close:s.backup_days,backup:s.backup_days}]];e.policy.drop_key_days&&(h.push(["consent-dropkeys",{days:e.policy.drop_key_days}]),(n||i)&&h.push(["consent-dropkeys-codename"])),h.push(["consent-readers",{names:a(c)}]),d.length&&h.push(["consent-left-out",{names:a(d)}]),i?(h.push(["consent-followup-tlp"]),h.push(["consent-followup-nothing-sent"])):(h.push([r?"consent-contact-given":"consent-contact-none"]),h.push([o?"consent-credit-given":"consent-credit-none"]),h.push(["consent-tlp"]),h.push([n?"consent-codename":"consent-no-codename"]),h.push(["consent-nothing-sent"])),I("consent-list").replaceChildren(...h.map(([p,f])=>{let b=document.createElement("li");return me(b,p,f),b}));let l=I(i?"followup-form":"report-form"),u=I("consent-box");return l.after(u),me(I("consent-h"),i?"consent-followup-heading":"consent-heading"),me(I("consent-back"),i?"consent-followup-back":"consent-back"),ee(l,!1),ee(u,!0),I("consent-h").focus(),new Promise(p=>{let f=b=>{I("consent-agree").onclick=null,I("consent-back").onclick=null,ee(u,!1),ee(l,!0),b||I(i?"followup-send":"send").focus(),p(b)};I("consent-agree").onclick=()=>f(!0),I("consent-back").onclick=()=>f(!1)})}async function $g(e){e.preventDefault(),nr("");let t=V.chain;if(!t)return;let n=t.head.roster,r=[...I("recipient-list").querySelectorAll("input[type=checkbox]")].filter(p=>p.checked).map(p=>p.dataset.member);if(r.length===0)return nr("error-no-recipient");let o=Le(I("title").value),i=I("body").value;if(Le(i)===""&&V.files.length===0)return nr("error-empty");await V.ready;let s=V.files.find(p=>p.error);if(s)return nr("error-file",{name:s.file.name,problem:s.error});let a=zr(),c=is(),d={kind:"report",created:Zi(bn(Math.floor(Date.now()/1e3))),roster_seq:n.seq,recipients:n.members.map(p=>p.id).filter(p=>r.includes(p)),delete_token:a.text,via:"client",attachments:Au(V.files)};if(o&&(d.title=o),Le(i)!==""&&(d.body=i),I("category").value&&(d.category=I("category").value),I("severity").value&&(d.severity=I("severity").value),Le(I("contact").value)&&(d.contact=Le(I("contact").value)),Le(I("credit").value)&&(d.credit=Le(I("credit").value)),d.attachments.reduce((p,f)=>p+f.size,0)>n.policy.max_submission_bytes)return nr("error-too-large",{max:n.policy.max_submission_bytes});if(!await Ru(n,r,{codename:I("replies").checked,contact:!!d.contact,credit:!!d.credit}))return;I("send").disabled=!0,ee(I("progress-box"),!0);let l=null,u=null;try{let p=null,f=null;I("replies").checked&&(p=hd(Ds(hi)),rr(0,{id:"progress-keys"}),f=await Bu(p,t.fingerprint,(z,R)=>rr(z,R||{id:"progress-keys-percent",args:{percent:Math.round(z*100)}})),d.reply={age:f.x25519Recipient,sign:f.ed25519Public},d.thread=f.thread,a=f.deleteToken,d.delete_token=a.text,c=f.withdrawSecret.hash);let b=await Is(t,d.recipients,f,Math.floor(Date.now()/1e3)),w=So(d);l=Tu();let{hasher:m,sealer:y}=l,v=V.files.map(z=>m.file(z.blob));for(let z of v)z.catch(()=>{});let x=Ys(d,w,V.files.map(z=>z.blob),v),S=await Js({encrypter:Xo(b),plan:x,sealer:y,take:z=>m.take(z)});u=Fs(S.chunks);let j=S.length;if(j>n.policy.max_submission_bytes)throw new xt("error-encrypted-too-large");let _=f?[]:null;rr(0,{id:"progress-sending"});let k=Ou(z=>rr(null,z)),$=await Ws(He(),k,_u),T=await Vs({base:He(),reader:u.getReader(),length:j,deleteHash:a.hash,withdrawHash:c,token:$,hasher:m,owned:!0,onPart:_?z=>_.push(z):void 0,onProgress:(z,R)=>rr(z/R,{id:"progress-sending-bytes",args:{percent:Math.floor(z*100/R),sent:z,total:R}}),onStatus:k}),O=null;try{await Dd(t.fingerprint,n,f,d.recipients,d.created,$)}catch(z){f&&(O={id:"sent-record-note",args:{detail:jn(z)}})}if(rr(1,{id:T.uncertain?"sent-uncertain":"sent"}),O){let z=document.createElement("span");me(z,O.id,O.args),I("progress-text").append(" ",z)}if(I("receipt").textContent=T.receipt,p&&(I("codename").textContent=p,ee(I("codename-box"),!0)),_){let z=I("copy-save");z.href=URL.createObjectURL(new Blob(_,{type:"application/octet-stream"})),z.download=`report-${T.receipt.slice(0,12)}.age`,ee(I("copy-box"),!0)}let C=n.members.filter(z=>!r.includes(z.id)).map(z=>z.name);C.length&&(me(I("left-out"),"left-out",{names:C.join(", ")}),ee(I("left-out"),!0)),ee(I("report-form"),!1),ee(I("done"),!0),I("done-h").focus()}catch(p){nr("send-failed",{detail:jn(p)}),I("send").disabled=!1}finally{u&&u.cancel().catch(()=>{}),l&&l.close()}}function zg(){return V.words||(V.words=Ds(hi)),V.words}function Sg(e,t){let n=I("followup-recipient-list");n.replaceChildren(),e.members.filter(i=>t.includes(i.id)).forEach((i,s)=>{let a=document.createElement("p"),c=document.createElement("input");c.type="checkbox",c.id=`followup-recipient-${s}`,c.checked=!0,c.dataset.member=i.id,c.autocomplete="off",c.addEventListener("change",()=>{[...n.querySelectorAll("input[type=checkbox]")].some(h=>h.checked)||(c.checked=!0)});let d=document.createElement("label");d.className="inline",d.htmlFor=c.id,me(d,"followup-to",{name:i.name}),a.append(c,d),n.append(a)});let r=e.members.filter(i=>!t.includes(i.id)).map(i=>i.name),o=I("followup-left-out");un(o,r.length?"followup-left-out":"",{names:r.join(", ")}),ee(o,r.length>0)}function fi(e,t,n,r=!1){let o=document.createElement("div");o.className=r?"msg own":"msg",o.setAttribute("role","article");let i=document.createElement("p");i.className="from",me(i,e,t);let s=document.createElement("div");return s.dir="auto",s.textContent=n,o.append(i,s),o}function Lu(e){let t=e.copies.map(i=>({...i}));for(let i of e.followups)t.some(s=>s.kind==="followup"&&s.seq===i.seq)||t.push({kind:"followup",from:"you",seq:i.seq,day:i.created,title:null,body:i.body,attachments:[]});let n=e.shown.map(i=>({kind:"reply",from:i.reply.member,seq:i.reply.seq,day:i.reply.created,title:null,body:i.reply.body,attachments:[],shown:i})),r=i=>[i.day,i.kind==="reply"?1:0,i.kind!=="report"?1:0,i.seq===null?-1:i.seq],o=(i,s)=>{let[a,c]=[r(i),r(s)];for(let d=0;d<a.length;d++)if(a[d]!==c[d])return a[d]<c[d]?-1:1;return 0};return[...t,...n].sort(o)}function da(){let e=V.conversation,t=I("conversation");t.replaceChildren();let n=Lu(e);if(e.shown.length===0){let r=document.createElement("p");r.className="note",me(r,"no-replies"),t.append(r)}for(let r of n)if(r.kind==="reply"){let o=r.shown;t.append(fi("reply-from",{seq:o.reply.seq,author:Td(o),member:o.reply.member,day:o.reply.created},o.reply.body))}else if(r.kind==="report")t.append(fi("own-report",{day:r.day},r.title?`${r.title}

${r.body}`:r.body,!0));else{let o=r.now?fi("own-followup-now",{seq:r.seq,day:r.day},r.body,!0):fi("own-followup",{seq:r.seq,day:r.day},r.body,!0);if(r.now&&r.attachments.length){let i=document.createElement("p");i.className="note",me(i,"sent-files",{count:r.attachments.length,names:r.attachments.join(", ")}),o.append(i)}t.append(o)}}async function qg(){let e=V.conversation,t=V.replyKeys,n=[...I("conversation-copies").files];if(!e||!t||!n.length)return;let r=[];for(let i of n)try{let s=new Uint8Array(await i.arrayBuffer()),a;try{a=await qn(s,[t.x25519Identity])}catch(l){if(l.code!=="envelope-no-matching-key")throw l;a=await qn(s,[t.hybridIdentity])}let d=Wn(a).header;if(d.reply&&d.reply.sign!==t.ed25519Public)throw new xt("copy-other-codename");let h;if(d.kind==="report")h={kind:"report",from:"you",seq:null,day:d.created,title:d.title===void 0?null:d.title,body:d.body===void 0?"":d.body};else if(d.kind==="followup"&&d.signed){let l=ci(d.signed,V.chain.fingerprint);if(l.mailbox!==t.mailbox)throw new xt("copy-other-codename");h={kind:"followup",from:"you",seq:l.seq,day:d.created,title:null,body:l.body}}else throw new xt("copy-not-yours");h.attachments=d.attachments.map(l=>l.name);let g=l=>l.kind===h.kind&&l.seq===h.seq&&l.day===h.day&&l.body===h.body;e.copies.some(g)||e.copies.push(h)}catch(s){r.push({id:"copy-unreadable",args:{name:i.name,detail:jn(s)}})}I("conversation-copies").value="",da();let o=I("conversation-copies-problems");o.replaceChildren(...r.flatMap((i,s)=>{let a=document.createElement("span");return me(a,i.id,i.args),s?[document.createElement("br"),a]:[a]})),ee(o,r.length>0)}function Ag(){let e=V.conversation,t=V.replyKeys;if(!e||!t)return;let n=Lu(e).map(i=>({kind:i.kind,from:i.from,seq:i.seq,day:i.day,title:i.title,body:i.body,attachments:i.attachments})),r=JSON.stringify({team:V.chain.fingerprint,mailbox:t.mailbox,conversation:n},null,2),o=document.createElement("a");o.href=URL.createObjectURL(new Blob([r],{type:"application/json"})),o.download="conversation.json",document.body.append(o),o.click(),o.remove(),setTimeout(()=>URL.revokeObjectURL(o.href),6e4)}function pi(e,t){un(I("check-error"),e,t),ee(I("check-error"),!!e),e&&I("check-error").focus()}async function jg(e){e.preventDefault(),pi("");let t=V.chain;if(!t)return;let n;try{n=md(I("check-codename").value,zg())}catch(o){return o.l10n?pi(o.l10n.id,o.l10n.args):pi("check-failed",{detail:o.message})}I("check").disabled=!0;let r=(o,i)=>un(I("check-progress"),o,i);try{r("check-deriving");let o=await Bu(n,t.fingerprint,(m,y)=>y?r(y.id,y.args):r("check-deriving-percent",{percent:Math.round(m*100)}));r("check-fetching");let i=`${He()}/v1/mailboxes/${o.mailbox}`,s=Dr({method:"GET",target:i,keyid:`mbx:${o.mailbox}`,seed:o.ed25519Seed}),a=await fetch(i,{cache:"no-store",credentials:"omit",redirect:"error",referrerPolicy:"no-referrer",headers:s});if(a.status!==200){let m="";try{m=(await a.json()).message||""}catch{}throw m?new xt("check-mailbox-refused-message",{status:a.status,message:m}):new xt("check-mailbox-refused",{status:a.status})}let c=await a.json();r("check-verifying");let{shown:d,problems:h}=await Ud(c,t,o),g=await Kd(await Fd(o),t.fingerprint,o);h.push(...g.problems),V.replyKeys=o;let l=[...d].reverse().find(m=>m.reply.recipients);V.allowed=Id(g.record,l?l.reply.recipients:null,t.head.roster),V.nextSeq=Md(g.followups.map(m=>m.seq)),I("followup-seq").value=String(V.nextSeq),ee(I("followup-form"),!!(V.allowed&&V.allowed.length)),un(I("followup-unavailable"),V.allowed?V.allowed.length===0?"followup-unavailable-empty":"":"followup-unavailable-none"),ee(I("followup-unavailable"),!V.allowed||V.allowed.length===0),V.allowed&&Sg(t.head.roster,V.allowed);let u=V.conversation&&V.conversation.mailbox===o.mailbox?V.conversation.copies:[];V.conversation={mailbox:o.mailbox,shown:d,followups:g.followups,copies:u},ee(I("conversation-copies-problems"),!1),da();let p=[],f=Bd(d.map(m=>m.reply.seq));if(f.length){let m=f.map(y=>`#${y}`).join(", ");p.push({id:"reply-missing",args:{count:f.length,list:m}})}for(let m of h)p.push({id:"reply-problem",args:{problem:String(m)}});let b=I("conversation-warnings"),w=p.map(m=>{let y=document.createElement("span");return me(y,m.id,m.args),y});b.replaceChildren(...w.flatMap((m,y)=>y?[document.createElement("br"),m]:[m])),ee(b,p.length>0),ee(I("conversation-box"),!0),r("check-verified",{count:d.length}),I("check-codename").value="",I("conversation-h").focus()}catch(o){r(""),pi("check-failed",{detail:jn(o)})}finally{I("check").disabled=!1}}function dn(e,t){un(I("followup-error"),e,t),ee(I("followup-error"),!!e),e&&I("followup-error").focus()}async function Tg(e){e.preventDefault(),dn("");let t=V.chain,n=V.replyKeys;if(!t||!n)return dn("followup-check-first");let r=t.head.roster,o=I("followup-body").value;if(Le(o)==="")return dn("followup-empty");let i=V.nextSeq;if(!V.allowed)return dn("followup-check-first");let s=[...I("followup-recipient-list").querySelectorAll("input[type=checkbox]")].filter(f=>f.checked).map(f=>f.dataset.member),a=r.members.map(f=>f.id).filter(f=>s.includes(f)&&V.allowed.includes(f));if(a.length===0)return dn("followup-no-recipient");let c=(f,b)=>un(I("followup-progress"),f,b);await V.followupReady;let d=V.followupFiles,h=d.find(f=>f.error);if(h)return dn("error-file",{name:h.file.name,problem:h.error});let g=Au(d);if(g.reduce((f,b)=>f+b.size,0)>r.policy.max_submission_bytes)return dn("followup-too-large",{max:r.policy.max_submission_bytes});if(!await Ru(r,a,{followup:!0}))return;I("followup-send").disabled=!0,ee(I("followup-done"),!1),ee(I("followup-copy-box"),!1);let u=null,p=null;try{let f=Zi(bn(Math.floor(Date.now()/1e3)));d.length&&c("followup-fingerprinting");let b=[];for(let q of d)b.push(await Eg(q.blob));let w=Od(t.fingerprint,n.mailbox,i,f,o,b,a),m=zr(),y={kind:"followup",created:f,roster_seq:r.seq,recipients:a,delete_token:m.text,via:"client",signed:Rd(w,n.ed25519Seed),thread:n.thread,reply:{age:n.x25519Recipient,sign:n.ed25519Public},attachments:g},v=await Is(t,a,n,Math.floor(Date.now()/1e3));u=Tu();let{hasher:x,sealer:S}=u,j=Ys(y,So(y),d.map(q=>q.blob),b),_=await Js({encrypter:Xo(v),plan:j,sealer:S,take:q=>x.take(q)});p=Fs(_.chunks);let k=_.length;if(k>r.policy.max_submission_bytes)throw new xt("followup-encrypted-too-large");let $=[];c("progress-sending");let T=Ou(q=>c(q.id,q.args)),O=await Ws(He(),T,_u),C=await Vs({base:He(),reader:p.getReader(),length:k,deleteHash:m.hash,withdrawHash:is(),token:O,hasher:x,owned:!0,onPart:q=>$.push(q),onProgress:(q,A)=>c("followup-sending-percent",{percent:Math.floor(q*100/A)}),onStatus:T}),z=null;try{await na(n,await ta(n,y.signed,r.seq,f),O)}catch(q){z={id:"followup-copy-note",args:{detail:jn(q)}}}if(c(C.uncertain?"followup-sent-uncertain":"sent"),z){let q=document.createElement("span");me(q,z.id,z.args),I("followup-progress").append(" ",q)}I("followup-receipt").textContent=C.receipt,ee(I("followup-done"),!0);let R=I("followup-copy-save");R.href.startsWith("blob:")&&URL.revokeObjectURL(R.href),R.href=URL.createObjectURL(new Blob($,{type:"application/octet-stream"})),R.download=`followup-${i}-${C.receipt.slice(0,12)}.age`,ee(I("followup-copy-box"),!0),V.conversation.copies.push({kind:"followup",from:"you",seq:i,day:f,title:null,body:o,attachments:g.map(q=>q.name),now:!0}),da(),I("followup-body").value="",I("followup-attachments").value="",V.followupFiles=[],V.followupReady=Promise.resolve(),I("followup-attachment-list").replaceChildren(),V.nextSeq=i+1,I("followup-seq").value=String(V.nextSeq),I("followup-done").focus()}catch(f){c(""),dn("send-failed",{detail:jn(f)})}finally{I("followup-send").disabled=!1,p&&p.cancel().catch(()=>{}),u&&u.close()}}function Bg(){let e=I("lang");for(let n of Nt){let r=new Option(n.name,n.code);r.lang=n.code,e.append(r)}let t=wu(navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language]);e.value=t,la(t),e.addEventListener("change",()=>la(e.value)),ee(I("lang-bar"),!0)}function _g(){Bg(),ee(I("app"),!0),Su("attachments","attachment-list","attachment","files","ready"),Su("followup-attachments","followup-attachment-list","followup-attachment","followupFiles","followupReady"),I("report-form").addEventListener("submit",$g),I("check-form").addEventListener("submit",jg),I("followup-form").addEventListener("submit",Tg),I("conversation-copies").addEventListener("change",qg),I("conversation-export").addEventListener("click",Ag),I("team-form").addEventListener("submit",t=>{t.preventDefault();let n=I("team-input").value.trim().toLowerCase();if(!/^[0-9a-f]{64}$/.test(n)){Gr("status-bad-fingerprint",{},"bad");return}$u(n)});let e=wg();e?$u(e):(Gr(""),ee(I("team-ask"),!0))}_g();})();
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
