# French. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

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
