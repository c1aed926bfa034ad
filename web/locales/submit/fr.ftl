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

## withdraw

withdraw-deleted = La copie de votre signalement dans la boîte a été supprimée.
withdraw-not-held = La boîte ne détenait plus votre signalement (l’équipe l’avait récupéré, ou il a été envoyé avant que les signalements puissent être retirés ainsi).
withdraw-received = Votre retrait a été reçu (reçu { $receipt }). Lisible par : { $names }.
withdraw-next = L’équipe clôt le dossier et le supprime après sa période de sauvegarde, sauf si elle doit le conserver (une obligation légale, une divulgation en cours) ; elle vous dit alors pourquoi dans une réponse (`dropbox-submit replies`).
error-withdraw-refused = l’équipe a été prévenue, mais la boîte a refusé de supprimer votre signalement ({ $code }) : { $detail } ; relancez `dropbox-submit withdraw`
error-withdraw-untold = l’équipe n’a pas pu être prévenue de votre retrait
