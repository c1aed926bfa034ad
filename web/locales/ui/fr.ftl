# La fenêtre de relecture (`reviewer ui`). Source : en.ftl.

## The window's frame
window-title = Relecture
brand = Relecture
skip-to-content = Aller au contenu
nav-label = Vues
view-inbox = Boîte de réception
view-due = Échéances
view-team = Équipe
view-stats = Statistiques
sync = Synchroniser
sync-progress = Progression de la synchronisation
language-label = Langue
boot-connecting = Connexion au reviewer de cette machine…
boot-no-secret = Ouvrez l’adresse affichée par `reviewer ui` (elle ne sert qu’une fois). Pour recommencer, arrêtez `reviewer ui` et relancez-le.
boot-refused = Le reviewer a refusé cette fenêtre : { $error }.
error-window = La fenêtre a échoué : { $error }
error-http = Le reviewer a répondu par une erreur (HTTP { $status }).
error-unreachable = Le reviewer de cette machine ne répond pas : il s’est peut-être arrêté (verrouillage ou inactivité). Relancez `reviewer ui`.
sync-running = Synchronisation…
sync-done = Synchronisé : { $cases } nouveau(x) dossier(s), { $followups } suivi(s), { $applied } événement(s) d’équipe appliqué(s), { $posted } envoyé(s).
sync-errors = Erreurs : { $errors }
sync-failed = La synchronisation a échoué : { $error }

## Shared words
none = (aucun)
none-named = (personne de nommé)
nobody = personne
no-title = (sans titre)
not-triaged = (non trié)
number = { $n }
bytes = { $size ->
    [one] { $size } octet
   *[other] { $size } octets
}
back-to-inbox = Retour à la boîte de réception

## Fixed sets
status-new = nouveau
status-triaged = trié
status-accepted = accepté
status-invalid = non valable
status-fixing = en correction
status-disclosed = divulgué
status-closed = clos
status-closed-blank = (clos)
severity-critical = critique
severity-high = élevée
severity-medium = moyenne
severity-low = faible
step-acknowledged = accusé de réception
step-next-steps = prochaines étapes
step-responded = réponse envoyée
step-notified = notifié
step-party-responded = l’autre partie a répondu
step-escalated = escaladé
step-disclosed = divulgué
role-admin = administration
role-reviewer = relecture
urgency-overdue = en retard
urgency-due-soon = bientôt dû
urgency-upcoming = à venir

## Fields and columns
field-status = Statut
field-severity = Gravité
field-tlp = TLP
field-owner = Responsable
field-search = Recherche
field-category = Catégorie
field-severity-guess = Gravité estimée par la personne
field-received = Reçu
field-replies = Réponses
field-contact = Contact
field-credit = Créditer comme
field-recipients = Destinataires
field-left-out = Tenus à l’écart
field-note = Note
field-reply = Réponse
field-reason = Motif
field-step = Étape
field-detail = Détail
field-date = Date (AAAA-MM-JJ)
field-cert = Fichier du certificat du destinataire
field-share-out = Écrire le partage chiffré dans (fichier)
field-redact = Champ (contact ou note:N)
field-until = Jusqu’au (AAAA-MM-JJ, vide : 30 jours)
field-directory = Dossier
col-id = ID
col-received = Reçu
col-status = Statut
col-severity = Gravité
col-tlp = TLP
col-owner = Responsable
col-title = Titre
col-number = N°
col-file-name = Nom du fichier (selon l’expéditeur)
col-claimed-type = Type annoncé par l’expéditeur
col-size = Taille
col-from = Provenance
col-save = Enregistrer
col-when = Quand
col-who = Qui
col-what = Quoi
col-urgency = Urgence
col-due = Échéance
col-deadline = Délai
col-case = Dossier
col-next = Action suivante
col-name = Nom
col-roles = Rôles
col-item = Élément
col-arrived = Arrivée
col-kind = Type de paquet
col-why = Pourquoi

## Inbox
inbox-filter = Filtrer et chercher
filter-any = tous
filter-mine = Les miens
filter-overdue = En retard
filter-closed = Clos
inbox-apply = Appliquer
inbox-count = { $count ->
    [one] { $count } dossier
   *[other] { $count } dossiers
}
inbox-none = Aucun dossier.
inbox-overdue = en retard : { $deadlines }
inbox-purged-on = supprimé le { $day }

## A case
case-id = Dossier { $id }
case-closed-on = Clos
case-purged-on = Supprimé le
case-held-without-end = (conservé sans fin)
case-closed-explained = Un dossier clos a quitté le stockage actif : ses détails reviennent s’il est rouvert avant d’être supprimé.
case-received = { $day } (reçu { $receipt })
replies-possible = possibles (la personne a un nom de code)
replies-impossible = impossibles
replies-impossible-long = La personne n’a pas laissé de nom de code : impossible de lui répondre.
section-report = Signalement
section-attachments = Pièces jointes
section-conversation = Échanges
section-triage = Tri
section-notes = Notes
section-more = Autres actions
section-timeline = Chronologie
section-access-log = Journal des accès
attachments-caption = Pièces jointes (jamais ouvertes ici : enregistrez-les, puis ouvrez-les dans un bac à sable)
attachments-none = Aucune pièce jointe.
from-report = signalement
from-followup = suivi n° { $seq }
followup-heading = Suivi n° { $seq } du { $day }
followup-conflict = CONFLIT : un autre suivi porte ce numéro avec un contenu différent
reply-heading = Réponse n° { $seq } de { $member } le { $day }
note-line = Note { $n } de { $member } le { $day } :
conversation-none = Pas encore de réponse ni de suivi.
notes-none = Aucune note.
timeline-none = Pas encore d’événement d’équipe.
attachment-downloaded = Téléchargé (type détecté : { $detected }).
attachment-warning = Attention : { $warning }

## Actions
form-triage = Tri
form-note = Note pour l’équipe
form-reply = Répondre à la personne
form-close = Clore
form-step = Noter une étape
form-agree = Convenir d’une date de divulgation
form-share = Partager sous { $tlp } (OpenPGP)
share-fields = Champs (aucun coché : titre, texte, catégorie, gravité, pièces jointes)
share-field-title = titre
share-field-body = texte
share-field-category = catégorie
share-field-severity = gravité
share-field-contact = contact
share-field-credit = crédit
share-field-notes = notes
share-field-followups = suivis
share-field-attachments = pièces jointes
form-redact = Caviarder
form-reopen = Rouvrir
form-hold = Conserver (au-delà de la suppression)
form-save-attachment = Enregistrer la pièce jointe { $n }
action-save = Enregistrer
action-note = Ajouter la note
action-reply = Envoyer la réponse
action-close = Clore le dossier
action-step = Noter l’étape
action-agree = Convenir de la date
action-share = Partager
action-redact = Caviarder
action-reopen = Rouvrir
action-hold = Conserver
action-save-file = Enregistrer
action-download = Télécharger

## Due
due-caption = Le plus urgent d’abord
due-none = Rien n’est dû.
due-unsynced = Des éléments attendent sur la boîte de dépôt depuis le { $oldest } sans avoir été synchronisés : le serveur les supprime dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}. Synchronisez maintenant.

## Team
team-name = Équipe
team-fingerprint = Empreinte
team-roster = Liste des membres
team-roster-seq = n° { $seq }
team-expires = La liste expire
team-members = Membres
section-alerts = Alertes
alerts-none = Aucune alerte.
alert-roster-expires = La liste des membres (n° { $seq }) expire le { $day }, dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} : l’administration doit signer la suivante avant, sinon chaque synchronisation échouera.
alert-roster-expired = La liste des membres (n° { $seq }) a expiré le { $day } : l’administration doit signer la suivante ; d’ici là, chaque synchronisation échoue.
alert-no-roster = Ce stockage n’a pas encore de liste des membres vérifiée : synchronisez d’abord avec --server et --team.
alert-quarantined = { $count ->
    [one] { $count } élément est en quarantaine : la synchronisation l’a mis de côté sans rien classer. Voir plus bas.
   *[other] { $count } éléments sont en quarantaine : la synchronisation les a mis de côté sans rien classer. Voir plus bas.
}
alert-forged = { $count ->
    [one] ALERTE : { $count } élément en quarantaine a été falsifié ou altéré.
   *[other] ALERTE : { $count } éléments en quarantaine ont été falsifiés ou altérés.
}
section-quarantined = Éléments en quarantaine
quarantined-caption = Mis de côté par la synchronisation, jamais classés ({ $command } en montre un)
quarantined-none = Rien n’est en quarantaine.
no-bundle = (pas de paquet)

## Statistics
stats-chart-alt = Graphique : { $title }. Les chiffres sont dans le tableau ci-dessous.
