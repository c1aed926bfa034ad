# French. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.
# dropbox-submit's messages (reporter-cli/); the source is en.ftl.

## --help's opening text

help-about = dropbox-submit : envoyer un signalement chiffré à la boîte de signalement d’une équipe, puis échanger avec l’équipe grâce à un nom de code.
help-words = Vocabulaire : l’empreinte de l’équipe est l’identifiant que l’équipe publie sur son propre site (un lien vers sa boîte se termine par #team=<empreinte>) ; la liste des membres est la liste signée des membres de l’équipe et de leurs clés ; les destinataires sont les membres qui peuvent lire votre signalement ; un nom de code est une suite de huit mots qui permet de lire les réponses de l’équipe.

## verify

verify-team = Équipe : { $team }
verify-roster = Liste des membres : n° { $seq } ({ $hash }), valable jusqu’au { $expires }
verify-members = { $count ->
    [one] Un membre (il reçoit votre signalement, sauf si vous l’écartez avec --leave-out ID) :
   *[other] { $count } membres (chacun reçoit votre signalement, sauf si vous l’écartez avec --leave-out ID) :
  }
verify-categories = Catégories : { $categories }
warn-endpoints = attention : l’adresse de ce serveur ne fait pas partie des adresses de l’équipe : { $endpoints }

## send

warn-endpoint-unlisted = attention : { $server } ne fait pas partie des adresses publiées par l’équipe ; vérifiez que vous avez atteint la bonne boîte de signalement
deriving-keys = dérivation des clés de votre nom de code…
send-received = Votre signalement a été reçu.
send-written = Votre signalement chiffré est dans { $file }.
send-receipt = Reçu (sha256 de ce qui a été envoyé) : { $receipt }
send-left-out = { $count ->
    [one] Écarté : { $names }. Cette personne ne peut lire ni ce signalement ni rien de ce que l’équipe en tire.
   *[other] Écartés ({ $count }) : { $names }. Ces personnes ne peuvent lire ni ce signalement ni rien de ce que l’équipe en tire.
  }
send-codename-heading = Votre nom de code (notez-le et gardez-le secret ; il n’est affiché qu’une seule fois) :
send-codename-use = Utilisez-le avec `dropbox-submit replies` et `dropbox-submit followup`.
warn-record-failed = attention : votre signalement a été reçu, mais la trace de qui peut lire votre conversation n’a pas été enregistrée ({ $error }) ; vous pourrez envoyer des relances une fois que l’équipe aura répondu
error-empty = le signalement est vide : indiquez --body, --body-file ou --attach
error-category = catégorie inconnue { $name } ; les catégories de cette équipe sont : { $categories }
error-severity = la gravité doit être critical, high, medium ou low

## attachments and recipients

attach-clean = { $name } : aucune métadonnée trouvée
attach-removed = { $name } : supprimé : { $removed }
attach-as-is = attention : { $name } est envoyé tel quel ; les fichiers autres que JPEG et PNG peuvent contenir des métadonnées identifiantes (auteur, appareil, lieu) que cet outil ne peut pas supprimer
error-not-member = { $name } n’est pas membre de cette équipe ; les membres sont : { $names }
error-no-recipient = au moins un membre doit recevoir le signalement
error-cannot-read = impossible de lire { $file }
error-not-file = { $file } n’est pas un fichier ordinaire
error-image-large = { $file } est une image trop grande pour être nettoyée de ses métadonnées ici ; réduisez-la d’abord
error-image-parse = { $file } ressemble à une image mais ne peut pas être analysé pour en retirer les métadonnées ; convertissez-le d’abord
error-drop-key = impossible de chiffrer pour { $member } : aucune de ses clés de dépôt signées selon la liste n’est valable aujourd’hui ; écartez ce membre (--leave-out { $member }) ou réessayez après sa synchronisation
uploading = envoi
error-receipt = la boîte de signalement a accusé réception d’autres octets que ceux envoyés (reçu { $receipt }, attendu { $expected }) ; ne faites pas confiance à ce serveur
error-upload-failing = l’envoi échoue sans cesse ; rien n’a été confirmé, réessayez plus tard

## reaching the drop box

error-no-server = pas d’adresse de boîte de signalement : indiquez --server ou définissez DROPBOX_SERVER
error-bad-url = { $server } n’est pas une adresse de boîte de signalement utilisable : utilisez https://, ou http:// seulement pour une adresse .onion ou de bouclage
error-unreachable = impossible de joindre { $server }
error-roster = la liste des membres de l’équipe ne se vérifie pas : { $detail }. N’envoyez rien ; comparez l’empreinte avec celle du site de l’équipe

## replies

codename-prompt = Nom de code :
replies-none = Pas encore de réponse.
reply-heading = n° { $seq } de { $author } ({ $member }) le { $day } :
author-former-key = { $name } (ancienne clé)
author-former-member = { $name } (ancien membre)
warn-replies-missing = { $count ->
    [one] attention : la réponse { $missing } manque ; le serveur l’a peut-être retenue, ou elle a expiré
   *[other] attention : les réponses { $missing } manquent ; le serveur les a peut-être retenues, ou elles ont expiré
  }
warn-problem = attention : { $problem }
error-mailbox = la boîte de signalement a répondu { $code } pour votre boîte aux lettres : { $detail }

## followup

followup-replies-so-far = Les réponses de l’équipe jusqu’ici :
followup-received = Votre relance n° { $seq } a été reçue. Reçu : { $receipt }
followup-readable = Lisible par : { $names }.
warn-copy-failed = attention : votre relance a été reçue, mais sa copie dans la trace de votre conversation n’a pas été enregistrée ({ $error }) ; donnez --seq { $next } à votre prochaine relance

## consent: what you agree to before anything is encrypted (consent.rs;
## `--json` keeps its English keys). $all, $first, $unread, $read,
## $written, $days and $backup each hold a consent-days text ("30 days").

consent-intro-report = Avant que votre signalement soit chiffré et envoyé à { $team }, lisez ce qu’il en advient.
consent-intro-followup = Avant que votre relance soit chiffrée et envoyée à { $team }, lisez ce qu’il en advient.
consent-where-server = Où il est conservé : chiffré d’abord sur cet ordinateur, puis chiffré dans la boîte à { $url } jusqu’à ce que l’équipe le récupère, puis dans le stockage chiffré des dossiers de chaque membre qui peut le lire. L’opérateur de la boîte ne peut pas le lire.
consent-where-file = Où il est conservé : chiffré dans { $file }, que vous remettez vous-même ; une fois importé par l’équipe, dans le stockage chiffré des dossiers de chaque membre qui peut le lire.
consent-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
  }
consent-how-long = Combien de temps : la boîte le supprime { $all } après que tous les lecteurs l’ont récupéré, ou { $first } après que le premier l’a fait, selon ce qui arrive en premier, et { $unread } après son arrivée si personne ne le récupère. Les réponses de l’équipe sont supprimées de la boîte { $read } après que vous les avez lues, ou { $written } après leur rédaction.
consent-purge = L’équipe supprime le dossier { $days } après l’avoir clos (sauf si un membre doit le garder plus longtemps, pour une conservation légale ou une divulgation en cours), et ses sauvegardes restent lisibles pendant { $backup }.
consent-drop-keys = Il est chiffré pour des clés éphémères que chaque lecteur détruit une fois passées sa fenêtre de { $count ->
    [one] { $count } jour
   *[other] { $count } jours
  } et la suivante : ensuite, personne, pas même l’équipe, ne peut ouvrir une copie de l’envoi chiffré (dans la boîte ou ses sauvegardes).
consent-drop-keys-codename = L’exception est votre nom de code : quiconque le détient peut ouvrir la copie de la boîte tant que la boîte la conserve, ainsi que toute copie que vous enregistrez.
consent-readers = Qui peut le lire : { $names }.
consent-left-out = Écartés : { $names }. Ils ne peuvent lire ni ce contenu ni rien de ce que l’équipe en tire.
consent-contact-given = Vos coordonnées ne servent qu’à l’équipe, pour vous joindre au sujet de ce signalement.
consent-contact-none = Vous ne donnez pas de coordonnées : l’équipe ne peut vous joindre que par des réponses à un nom de code.
consent-credit-given = Votre mention est le nom sous lequel l’équipe vous cite si elle vous remercie publiquement pour ce signalement.
consent-credit-none = Vous ne demandez pas de mention : l’équipe ne vous nommera pas.
consent-share = L’équipe peut partager le signalement avec une partie concernée (par exemple l’éditeur du logiciel ou l’organisation en cause), chiffré pour cette partie et seulement comme son marquage TLP le permet ; vos coordonnées et votre mention ne sont transmises que si l’équipe choisit de les inclure.
consent-codename = Avec votre nom de code, vous pouvez lire les réponses de l’équipe, envoyer des relances et retirer le signalement plus tard (`dropbox-submit withdraw`).
consent-no-codename = Sans nom de code (--replies), vous ne pourrez ni retirer ce signalement plus tard, ni lire les réponses, ni envoyer de relances.
consent-keep = Une copie exacte de ce qui est envoyé est conservée dans { $file } ; elle ne s’ouvre qu’avec votre nom de code (`dropbox-submit open`).
consent-nothing-sent = Rien de ce consentement n’est envoyé : seulement le signalement chiffré lui-même.
# The question waits on its line. "y" and "yes" always mean yes; so do
# consent-yes's words (comma-separated, any case): keep the letter you put
# in the question's brackets among them.
consent-ask-report = Envoyer ce signalement ? [o/N]
consent-ask-followup = Envoyer cette relance ? [o/N]
consent-yes = o, oui
consent-declined = vous n’avez pas accepté : rien n’a été chiffré ni envoyé
consent-needed = aucun terminal pour demander votre consentement : lancez-le dans un terminal pour lire ce qui est conservé, combien de temps et qui peut le lire, ou ajoutez --yes pour l’accepter (le texte est écrit sur la sortie d’erreur, les faits avec --json)
error-answer = impossible de lire votre réponse : { $error }

## --keep, open, replies (--copy, --export) and a follow-up's readers

keep-saved = Une copie de ce qui a été envoyé se trouve dans { $file } ; elle s’ouvre avec votre nom de code (`dropbox-submit open`).
error-keep-report = votre signalement a été reçu, mais sa copie n’a pas pu être enregistrée dans { $file }
error-keep-followup = votre relance a été reçue, mais sa copie n’a pas pu être enregistrée dans { $file }
# open's labels: the values are lined up after the longest.
open-report = Votre signalement du { $day }
open-followup = Votre relance n° { $seq } du { $day }
open-sent-to = Envoyé à :
open-title = Titre :
open-category = Catégorie :
open-severity = Gravité :
open-contact = Contact :
open-credit = Mention :
open-attachments = Pièces jointes :
open-attachment = { $size ->
    [one] { $name } ({ $media }, { $size } octet)
   *[other] { $name } ({ $media }, { $size } octets)
  }
open-attachment-saved = { $size ->
    [one] { $name } ({ $media }, { $size } octet), enregistré sous { $file }
   *[other] { $name } ({ $media }, { $size } octets), enregistré sous { $file }
  }
open-save-hint = Enregistrez-les avec --out DIR.
warn-attachment-exists = attention : { $file } existe déjà et a été laissé tel quel ; sa pièce jointe n’a pas été enregistrée
error-copy-codename = { $file } ne s’ouvre pas avec ce nom de code pour cette équipe (une copie gardée par `send --keep`, `followup --keep` ou la page ne s’ouvre qu’avec le nom de code avec lequel elle a été envoyée)
error-copy-damaged = { $file } n’est pas une copie intacte d’un signalement
error-copy-other = { $file } appartient à la conversation d’un autre nom de code
error-copy-kind = { $file } ne contient ni signalement ni relance de votre part (c’est un paquet { $kind })
error-copy-signature = { $file } : sa signature ne se vérifie pas
replies-exported = La conversation a été écrite dans { $file }.
conversation-report = Votre signalement du { $day } :
conversation-followup = Votre relance n° { $seq } du { $day } :
conversation-followup-unnumbered = Votre relance du { $day } :
conversation-attached = (joint : { $names })
error-codename-stdin = impossible de lire le nom de code sur l’entrée standard
error-codename-terminal = impossible de lire le nom de code depuis le terminal
error-readers-unknown = impossible de savoir qui peut lire cette conversation : ni la trace de votre conversation ni aucune réponse de l’équipe ne le dit (elle a peut-être expiré) ; rien n’a été envoyé. Envoyez plutôt un nouveau signalement en choisissant ses lecteurs
error-no-reader-left = aucun membre actuel de l’équipe ne peut lire cette conversation (les autres ont été écartés ou sont partis) ; rien n’a été envoyé

## withdraw

withdraw-deleted = La copie de votre signalement dans la boîte a été supprimée.
withdraw-not-held = La boîte ne détenait plus votre signalement (l’équipe l’avait récupéré, ou il a été envoyé avant que les signalements puissent être retirés ainsi).
withdraw-received = Votre retrait a été reçu (reçu { $receipt }). Lisible par : { $names }.
withdraw-next = L’équipe clôt le dossier et le supprime après sa période de sauvegarde, sauf si elle doit le conserver (une obligation légale, une divulgation en cours) ; elle vous dit alors pourquoi dans une réponse (`dropbox-submit replies`).
error-withdraw-refused = l’équipe a été prévenue, mais la boîte a refusé de supprimer votre signalement ({ $code }) : { $detail } ; relancez `dropbox-submit withdraw`
error-withdraw-untold = l’équipe n’a pas pu être prévenue de votre retrait

## errors from the drop box, files and flags
no-explanation = sans explication
error-bad-proxy = proxy invalide { $proxy }
error-response-unreadable = la réponse de la boîte n’a pas pu être lue
error-roster-status = { $server } a répondu { $code } pour sa liste des membres
error-attestation-status = { $server } a répondu { $code } pour l’attestation de la liste des membres
error-upload-refused = la boîte a refusé l’envoi ({ $code }) : { $detail }
error-no-upload-location = la boîte n’a indiqué aucun emplacement pour l’envoi
error-upload-lost = la boîte a perdu l’envoi ; envoyez le signalement à nouveau
error-state-corrupt = { $file } est endommagé ; supprimez-le pour repartir de zéro
error-server-or-roster = indiquez --server ou --roster-file
error-cannot-create = impossible de créer { $file }
error-pgp-needs-server = --team-pgp a besoin de --server pour récupérer l’attestation
error-copy-altered = { $file } a été modifié ou tronqué
error-cannot-save = impossible d’enregistrer { $file }
error-cannot-write = impossible d’écrire { $file }
error-dropkeys-status = la boîte a répondu { $code } pour ses clés de dépôt ; réessayez plus tard
error-dropkeys-malformed = la boîte a fourni des clés de dépôt mal formées
error-pow-unreasonable = la boîte demande une preuve de travail déraisonnable ({ $bits } bits)
