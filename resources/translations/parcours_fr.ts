<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>The user name is required.</source>
        <translation>Le nom d&apos;utilisateur est obligatoire.</translation>
    </message>
    <message>
        <source>A user name has at most 64 letters a–z, digits, dots, dashes or underscores, and starts with a letter or a digit.</source>
        <translation>Un nom d&apos;utilisateur compte au plus 64 caractères&#xa0;: lettres a–z, chiffres, points, tirets ou traits de soulignement, et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Un mot de passe compte au moins %1 caractères.</translation>
    </message>
    <message>
        <source>This password is too long.</source>
        <translation>Ce mot de passe est trop long.</translation>
    </message>
    <message>
        <source>The password cannot be the user name.</source>
        <translation>Le mot de passe ne peut pas être le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The next attempt with this name is possible in %1.</source>
        <translation>Une nouvelle tentative avec ce nom sera possible dans %1.</translation>
    </message>
    <message>
        <source>The name shown is required.</source>
        <translation>Le nom affiché est obligatoire.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Nothing was saved.</source>
        <translation>Le mot de passe n&apos;a pas pu être protégé (mémoire insuffisante). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This database already has accounts. Sign in instead.</source>
        <translation>Cette base de données a déjà des comptes. Connectez-vous.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now (not enough memory).</source>
        <translation>La connexion est impossible pour le moment (mémoire insuffisante).</translation>
    </message>
    <message>
        <source>Too many failed attempts with this name. Try again in %1.</source>
        <translation>Trop de tentatives échouées avec ce nom. Réessayez dans %1.</translation>
    </message>
    <message>
        <source>Only a person signed in with an account has a password to change.</source>
        <translation>Seule une personne connectée avec un compte a un mot de passe à modifier.</translation>
    </message>
    <message>
        <source>Your account is no longer active.</source>
        <translation>Votre compte n&apos;est plus actif.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>Le nom d&apos;utilisateur %1 est déjà pris.</translation>
    </message>
    <message>
        <source>This account does not exist.</source>
        <translation>Ce compte n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There must remain at least one active administrator. Make another account administrator first.</source>
        <translation>Il doit rester au moins un administrateur actif. Faites d&apos;abord d&apos;un autre compte un administrateur.</translation>
    </message>
</context>
<context>
    <name>Article60</name>
    <message>
        <source>Full time</source>
        <translation>Temps plein</translation>
    </message>
    <message>
        <source>Half time</source>
        <translation>Mi-temps</translation>
    </message>
    <message>
        <source>Completed (rights opened)</source>
        <translation>Terminé (droits ouverts)</translation>
    </message>
    <message>
        <source>Left for a job</source>
        <translation>Parti pour un emploi</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Licencié</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Place: say where the work is done (the service or the site).</source>
        <translation>Lieu : indiquez où le travail se fait (le service ou le site).</translation>
    </message>
    <message>
        <source>Function: say what the work is.</source>
        <translation>Fonction : indiquez en quoi consiste le travail.</translation>
    </message>
    <message>
        <source>There is no article 60 post number %1.</source>
        <translation>Il n&apos;y a pas de poste article 60 numéro %1.</translation>
    </message>
    <message>
        <source>Person: choose the dossier of the person the contract is for.</source>
        <translation>Personne : choisissez le dossier de la personne concernée par le contrat.</translation>
    </message>
    <message>
        <source>Post: choose the post of the contract.</source>
        <translation>Poste : choisissez le poste du contrat.</translation>
    </message>
    <message>
        <source>Start: a contract needs the day it starts.</source>
        <translation>Début : un contrat a besoin de son jour de début.</translation>
    </message>
    <message>
        <source>Days needed: enter the number of days of work the person needs to open their unemployment rights (1 to %1).</source>
        <translation>Jours nécessaires : indiquez le nombre de jours de travail dont la personne a besoin pour ouvrir ses droits au chômage (1 à %1).</translation>
    </message>
    <message>
        <source>Post: the post %1 — %2 is no longer in use.</source>
        <translation>Poste : le poste %1 — %2 n&apos;est plus utilisé.</translation>
    </message>
    <message>
        <source>Post: %1 is held by %2 (%3) from %4 to %5, which overlaps this contract (%6 to %7).</source>
        <translation>Poste : %1 est occupé par %2 (%3) du %4 au %5, ce qui chevauche ce contrat (%6 au %7).</translation>
    </message>
    <message>
        <source>Person: the dossier %1 already has an article 60 contract on %2 from %3 to %4, which overlaps this one (%5 to %6).</source>
        <translation>Personne : le dossier %1 a déjà un contrat article 60 sur %2 du %3 au %4, ce qui chevauche celui-ci (%5 au %6).</translation>
    </message>
    <message>
        <source>Article 60 contract: %1 — %2</source>
        <translation>Contrat article 60 : %1 — %2</translation>
    </message>
    <message>
        <source>The contract was refused: %1</source>
        <translation>Le contrat a été refusé : %1</translation>
    </message>
    <message>
        <source>There is no placement number %1 (it may have been removed).</source>
        <translation>Il n&apos;y a pas d&apos;étape numéro %1 (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>End: ending a contract needs its last day.</source>
        <translation>Fin : pour terminer un contrat, il faut son dernier jour.</translation>
    </message>
    <message>
        <source>End: the contract of %1 cannot end on %2, before it starts on %3.</source>
        <translation>Fin : le contrat de %1 ne peut pas se terminer le %2, avant son début le %3.</translation>
    </message>
    <message>
        <source>The contract was not ended: %1</source>
        <translation>Le contrat n&apos;a pas été terminé : %1</translation>
    </message>
    <message>
        <source>There is no article 60 contract number %1.</source>
        <translation>Il n&apos;y a pas de contrat article 60 numéro %1.</translation>
    </message>
    <message>
        <source>The contract of %1 has not ended yet: end it first.</source>
        <translation>Le contrat de %1 n&apos;est pas encore terminé : terminez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>No post-article-60 guidance to propose: the dossier %1 is already in %2 on %3.</source>
        <translation>Pas d&apos;accompagnement post-article 60 à proposer : le dossier %1 est déjà en %2 le %3.</translation>
    </message>
    <message>
        <source>End of the article 60 contract</source>
        <translation>Fin du contrat article 60</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The audit trail could not be written: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The audit trail of this database is damaged (no audit context). Nothing was saved.</source>
        <translation>Le journal d&apos;audit de cette base de données est endommagé (pas de contexte d&apos;audit). Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>BackupSet</name>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>La sauvegarde %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Parcours backup: it is not a database file.</source>
        <translation>%1 n&apos;est pas une sauvegarde de Parcours&#xa0;: ce n&apos;est pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened: %2</source>
        <translation>La sauvegarde %1 ne peut pas être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be restored (%2).</source>
        <translation>La sauvegarde %1 est endommagée et ne peut pas être restaurée (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Parcours backup: it belongs to another program.</source>
        <translation>%1 n&apos;est pas une sauvegarde de Parcours&#xa0;: il appartient à un autre programme.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Parcours (schema %2; this version knows up to %3). Install the newer version to restore it.</source>
        <translation>La sauvegarde %1 a été écrite par une version plus récente de Parcours (schéma %2&#xa0;; cette version connaît jusqu&apos;au %3). Installez la version plus récente pour la restaurer.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist (a drive or network share that is not connected?). No backup was made.</source>
        <translation>Le dossier de sauvegarde %1 n&apos;existe pas (un disque ou un partage réseau non connecté&#xa0;?). Aucune sauvegarde n&apos;a été faite.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created. No backup was made.</source>
        <translation>Le dossier de sauvegarde %1 ne peut pas être créé. Aucune sauvegarde n&apos;a été faite.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La sauvegarde %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The database was not changed.</source>
        <translation>La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Une base de données ne peut pas être restaurée à partir d&apos;elle-même.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied beside the database: %2</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être copiée à côté de la base de données&#xa0;: %2</translation>
    </message>
    <message>
        <source>The copy of the backup could not be flushed to disk.</source>
        <translation>La copie de la sauvegarde n&apos;a pas pu être écrite sur le disque.</translation>
    </message>
    <message>
        <source>The current database could not be kept aside as %1: %2</source>
        <translation>La base de données actuelle n&apos;a pas pu être mise de côté sous %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The copy of the current database could not be flushed to disk.</source>
        <translation>La copie de la base de données actuelle n&apos;a pas pu être écrite sur le disque.</translation>
    </message>
    <message>
        <source>The database %1 is open in another window or program. Close it there and try again.</source>
        <translation>La base de données %1 est ouverte dans une autre fenêtre ou un autre programme. Fermez-la là et réessayez.</translation>
    </message>
    <message>
        <source>The journal %1 of the current database cannot be removed.</source>
        <translation>Le journal %1 de la base de données actuelle ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The backup could not be put in place: %1</source>
        <translation>La sauvegarde n&apos;a pas pu être mise en place&#xa0;: %1</translation>
    </message>
    <message>
        <source>the journal %1 was not merged</source>
        <translation>le journal %1 n&apos;a pas été intégré</translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in first; nothing was done.</source>
        <translation>Personne n&apos;est connecté. Connectez-vous d&apos;abord ; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>The copy of the backup could not be read back.</source>
        <translation>La copie de la sauvegarde n&apos;a pas pu être relue.</translation>
    </message>
    <message>
        <source>The restore could not be recorded in the backup&apos;s audit trail: %1</source>
        <translation>La restauration n&apos;a pas pu être inscrite dans le journal d&apos;audit de la sauvegarde : %1</translation>
    </message>
</context>
<context>
    <name>BalancePrint</name>
    <message>
        <source>Date and signature</source>
        <translation>Date et signature</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>NISS (numéro de registre national)</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Socio-professional balance</source>
        <translation>Bilan socioprofessionnel</translation>
    </message>
    <message>
        <source>Version %1 of %2, recorded by %3.</source>
        <translation>Version %1 du %2, établie par %3.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Health, mental-health, addiction and criminal-record information is kept in the dossier and not printed.</source>
        <translation>Les informations sur la santé, la santé mentale, les assuétudes et le casier judiciaire restent dans le dossier et ne sont pas imprimées.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>The person has read this balance and received a copy.</source>
        <translation>La personne a lu ce bilan et en a reçu une copie.</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>The project facilitator</source>
        <translation>Le facilitateur de projet</translation>
    </message>
    <message>
        <source>Individualised social integration project (GPMI)</source>
        <translation>Projet individualisé d&apos;intégration sociale (PIIS)</translation>
    </message>
    <message>
        <source>Agreement between the public centre for social welfare and the person below, under the law of 26 May 2002 on the right to social integration.</source>
        <translation>Convention entre le centre public d&apos;action sociale et la personne ci-dessous, en vertu de la loi du 26 mai 2002 concernant le droit à l&apos;intégration sociale.</translation>
    </message>
    <message>
        <source>Period and reflection</source>
        <translation>Durée et délai de réflexion</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>while the integration income is granted</source>
        <translation>tant que le revenu d&apos;intégration est octroyé</translation>
    </message>
    <message>
        <source>Draft handed over on</source>
        <translation>Projet remis le</translation>
    </message>
    <message>
        <source>Reflection period</source>
        <translation>Délai de réflexion</translation>
    </message>
    <message>
        <source>%1 working days: signing from %2 on</source>
        <translation>%1 jours ouvrables : signature à partir du %2</translation>
    </message>
    <message>
        <source>Assisted by</source>
        <translation>Assisté(e) par</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Travailleur social</translation>
    </message>
    <message>
        <source>Domains and partners</source>
        <translation>Domaines et partenaires</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Goals and commitments</source>
        <translation>Objectifs et engagements</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>The person undertakes</source>
        <translation>La personne s&apos;engage à</translation>
    </message>
    <message>
        <source>The centre undertakes</source>
        <translation>Le centre s&apos;engage à</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>The project is evaluated at least 3 times a year, at least twice in a face-to-face meeting.</source>
        <translation>Le projet est évalué au moins 3 fois par an, dont au moins 2 fois lors d&apos;un entretien en face à face.</translation>
    </message>
    <message>
        <source>Planned: %1.</source>
        <translation>Prévues : %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation>En face à face</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Signed in two copies, one for each party, on %1.</source>
        <translation>Fait en deux exemplaires, un pour chaque partie, le %1.</translation>
    </message>
    <message>
        <source>The social worker</source>
        <translation>Le travailleur social</translation>
    </message>
    <message>
        <source>For the centre</source>
        <translation>Pour le centre</translation>
    </message>
</context>
<context>
    <name>BalanceRules</name>
    <message>
        <source>Diploma %1 has no title.</source>
        <translation>Le diplôme %1 n&apos;a pas d&apos;intitulé.</translation>
    </message>
    <message>
        <source>Work experience %1 has no occupation.</source>
        <translation>L&apos;expérience professionnelle %1 n&apos;a pas de métier.</translation>
    </message>
    <message>
        <source>Work experience %1 ends (%2) before it starts (%3).</source>
        <translation>L&apos;expérience professionnelle %1 se termine (%2) avant de commencer (%3).</translation>
    </message>
    <message>
        <source>Language %1 has no name.</source>
        <translation>La langue %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>%1 is listed twice among the languages.</source>
        <translation>%1 figure deux fois parmi les langues.</translation>
    </message>
    <message>
        <source>The obstacle &quot;%1&quot; is listed twice.</source>
        <translation>L&apos;obstacle « %1 » figure deux fois.</translation>
    </message>
    <message>
        <source>An obstacle &quot;Other&quot; needs a note that says what it is.</source>
        <translation>Un obstacle « Autre » demande une note qui dit de quoi il s&apos;agit.</translation>
    </message>
    <message>
        <source>A professional project judged realistic and feasible needs a target occupation or a description.</source>
        <translation>Un projet professionnel jugé réaliste et réalisable demande un métier visé ou une description.</translation>
    </message>
    <message>
        <source>Post-article 60 guidance follows an article 60 contract; it is not an orientation of the balance.</source>
        <translation>L&apos;accompagnement post-article 60 suit un contrat article 60 ; ce n&apos;est pas une orientation du bilan.</translation>
    </message>
    <message>
        <source>Highest level of education</source>
        <translation>Niveau d&apos;études le plus élevé</translation>
    </message>
    <message>
        <source>Diploma %1</source>
        <translation>Diplôme %1</translation>
    </message>
    <message>
        <source>Diploma %1: country</source>
        <translation>Diplôme %1 : pays</translation>
    </message>
    <message>
        <source>Diploma %1: recognised in Belgium</source>
        <translation>Diplôme %1 : reconnu en Belgique</translation>
    </message>
    <message>
        <source>Work experience %1</source>
        <translation>Expérience professionnelle %1</translation>
    </message>
    <message>
        <source>Work experience %1: employer</source>
        <translation>Expérience professionnelle %1 : employeur</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Work experience %1: period</source>
        <translation>Expérience professionnelle %1 : période</translation>
    </message>
    <message>
        <source>Work experience %1: note</source>
        <translation>Expérience professionnelle %1 : note</translation>
    </message>
    <message>
        <source>Acquired skills</source>
        <translation>Compétences acquises</translation>
    </message>
    <message>
        <source>Latent skills</source>
        <translation>Compétences latentes</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <source>Personal wishes</source>
        <translation>Souhaits personnels</translation>
    </message>
    <message>
        <source>Obstacle: %1</source>
        <translation>Obstacle : %1</translation>
    </message>
    <message>
        <source>Obstacle: %1, note</source>
        <translation>Obstacle : %1, note</translation>
    </message>
    <message>
        <source>Target occupation</source>
        <translation>Métier visé</translation>
    </message>
    <message>
        <source>Professional project</source>
        <translation>Projet professionnel</translation>
    </message>
    <message>
        <source>Realistic and feasible</source>
        <translation>Réaliste et réalisable</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Orientation: note</source>
        <translation>Orientation : note</translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation>Pas de scolarité</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Enseignement primaire</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Secondaire inférieur</translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation>Secondaire supérieur</translation>
    </message>
    <message>
        <source>Higher education (bachelor)</source>
        <translation>Enseignement supérieur (bachelier)</translation>
    </message>
    <message>
        <source>Higher education (master, university)</source>
        <translation>Enseignement supérieur (master, université)</translation>
    </message>
    <message>
        <source>Obtained in Belgium</source>
        <translation>Obtenu en Belgique</translation>
    </message>
    <message>
        <source>Recognised in Belgium</source>
        <translation>Reconnu en Belgique</translation>
    </message>
    <message>
        <source>Recognition asked for</source>
        <translation>Équivalence demandée</translation>
    </message>
    <message>
        <source>Not recognised in Belgium</source>
        <translation>Non reconnu en Belgique</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <source>Addiction</source>
        <translation>Assuétude</translation>
    </message>
    <message>
        <source>Criminal record</source>
        <translation>Casier judiciaire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Garde d&apos;enfants</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>Dettes</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifié</translation>
    </message>
    <message>
        <source>Being resolved</source>
        <translation>En cours de résolution</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Yes: realistic and feasible</source>
        <translation>Oui : réaliste et réalisable</translation>
    </message>
    <message>
        <source>No: not realistic or not feasible yet</source>
        <translation>Non : pas (encore) réaliste ou pas réalisable</translation>
    </message>
    <message>
        <source>Exemption for health or equity reasons</source>
        <translation>Dispense pour raisons de santé ou d&apos;équité</translation>
    </message>
</context>
<context>
    <name>BalanceStore</name>
    <message>
        <source>This dossier has no version %1 of the balance.</source>
        <translation>Ce dossier n&apos;a pas de version %1 du bilan.</translation>
    </message>
    <message>
        <source>No balance has been recorded for this dossier yet.</source>
        <translation>Aucun bilan n&apos;a encore été établi pour ce dossier.</translation>
    </message>
    <message>
        <source>This balance was read without its health, addiction and criminal-record part, so saving it would lose that part. Nothing was saved.</source>
        <translation>Ce bilan a été lu sans sa partie santé, assuétudes et casier judiciaire ; l&apos;enregistrer ferait perdre cette partie. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The balance was not saved: %1</source>
        <translation>Le bilan n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>There is no dossier number %1 in the register (it may have been removed).</source>
        <translation>Il n&apos;y a pas de dossier numéro %1 dans le registre (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>Nothing changed since version %1 of the balance; no new version was saved.</source>
        <translation>Rien n&apos;a changé depuis la version %1 du bilan ; aucune nouvelle version n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>The referral needs a valid day.</source>
        <translation>L&apos;orientation demande un jour valide.</translation>
    </message>
    <message>
        <source>Version %1 of the balance has no orientation yet: choose one and save the balance first.</source>
        <translation>La version %1 du bilan n&apos;a pas encore d&apos;orientation : choisissez-en une et enregistrez d&apos;abord le bilan.</translation>
    </message>
    <message>
        <source>Orientation of the socio-professional balance (version %1)</source>
        <translation>Orientation du bilan socioprofessionnel (version %1)</translation>
    </message>
    <message>
        <source>The dossier is already in %1 on %2.</source>
        <translation>Le dossier est déjà en %1 le %2.</translation>
    </message>
</context>
<context>
    <name>CaseloadReport</name>
    <message>
        <source>The caseload needs a valid day.</source>
        <translation>La charge de dossiers demande un jour valide.</translation>
    </message>
    <message>
        <source>(no officer recorded)</source>
        <translation>(aucun agent d&apos;insertion enregistré)</translation>
    </message>
    <message>
        <source>All cells</source>
        <translation>Toutes les cellules</translation>
    </message>
</context>
<context>
    <name>CellNames</name>
    <message>
        <source>Facil.</source>
        <comment>short for project facilitation</comment>
        <translation>Facil.</translation>
    </message>
    <message>
        <source>Lit.</source>
        <comment>short for literacy</comment>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Stud.</source>
        <comment>short for studies and training</comment>
        <translation>Étud.</translation>
    </message>
    <message>
        <source>Work</source>
        <comment>short for the work cell</comment>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Art. 60</source>
        <comment>short for article 60</comment>
        <translation>Art. 60</translation>
    </message>
    <message>
        <source>Post-60</source>
        <comment>short for post-article 60</comment>
        <translation>Post-60</translation>
    </message>
    <message>
        <source>H/E</source>
        <comment>short for health / equity</comment>
        <translation>S/É</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: parcours-cli [--db PATH] COMMAND [ARGUMENTS]   (commands: %1)</source>
        <translation>Utilisation&#xa0;: parcours-cli [--db PATH] COMMAND [ARGUMENTS]   (commandes&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Usage: parcours-cli [--db PATH] COMMAND [ARGUMENTS]</source>
        <translation>Utilisation&#xa0;: parcours-cli [--db PATH] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Parcours without windows: the same register and rules as the desktop program.</source>
        <translation>Parcours sans fenêtres&#xa0;: le même registre et les mêmes règles que le programme de bureau.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>  --db PATH    the database file (default: %1)</source>
        <translation>  --db PATH    le fichier de base de données (par défaut&#xa0;: %1)</translation>
    </message>
    <message>
        <source>               only init creates a missing file</source>
        <translation>               seul init crée un fichier manquant</translation>
    </message>
    <message>
        <source>  --help       show this help</source>
        <translation>  --help       afficher cette aide</translation>
    </message>
    <message>
        <source>  --version    show the version</source>
        <translation>  --version    afficher la version</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (bad data, integrity problems, refused file), 2 usage error.</source>
        <translation>Code de sortie&#xa0;: 0 réussite, 1 échec (données erronées, problèmes d&apos;intégrité, fichier refusé), 2 erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>the option --db needs a PATH.</source>
        <translation>l&apos;option --db a besoin d&apos;un PATH.</translation>
    </message>
    <message>
        <source>the option %1 needs %2.</source>
        <translation>l&apos;option %1 a besoin de %2.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>aucune commande indiquée.</translation>
    </message>
    <message>
        <source>unknown command %1.</source>
        <translation>commande inconnue %1.</translation>
    </message>
    <message>
        <source>%1 what? Known: %2.</source>
        <translation>%1 quoi&#xa0;? Connues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>unknown option %1 for %2.</source>
        <translation>option inconnue %1 pour %2.</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 a besoin de %2.</translation>
    </message>
    <message>
        <source>too many arguments for %1: %2.</source>
        <translation>trop d&apos;arguments pour %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Create the database if it does not exist, or bring it up to date.</source>
        <translation>Créer la base de données si elle n&apos;existe pas, ou la mettre à jour.</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity; prints &quot;ok&quot; or each problem.</source>
        <translation>Vérifier l&apos;intégrité de la base de données&#xa0;; affiche «&#xa0;ok&#xa0;» ou chaque problème.</translation>
    </message>
    <message>
        <source>Import dossiers from a CSV file, all rows or none; --dry-run only checks.</source>
        <translation>Importer des dossiers depuis un fichier CSV, toutes les lignes ou aucune&#xa0;; --dry-run ne fait que vérifier.</translation>
    </message>
    <message>
        <source>Export every dossier to a CSV file (UTF-8, comma).</source>
        <translation>Exporter tous les dossiers dans un fichier CSV (UTF-8, virgule).</translation>
    </message>
    <message>
        <source>Import placements (dossier, cell, start, end, officer, outcome) from a CSV file, all rows or none; --dry-run only checks.</source>
        <translation>Importer des étapes (dossier, cellule, début, fin, agent d&apos;insertion, issue) depuis un fichier CSV, toutes les lignes ou aucune&#xa0;; --dry-run ne fait que vérifier.</translation>
    </message>
    <message>
        <source>Import published evolution figures as recorded snapshots (empty = not determined), all rows or none; --dry-run only checks.</source>
        <translation>Importer des chiffres d&apos;évolution publiés comme relevés enregistrés (vide = non déterminé), toutes les lignes ou aucune&#xa0;; --dry-run ne fait que vérifier.</translation>
    </message>
    <message>
        <source>Print the evolution table. Computed figures on the days of --at, or on the period ends (month by default) from --from to --to (default: today); without dates, the month ends of the last 12 months. Recorded figures: those recorded on the days of --at or within --from/--to, else all. Default: --source computed --format csv.</source>
        <translation>Afficher le tableau d&apos;évolution. Chiffres calculés aux jours de --at, ou aux fins de période (le mois par défaut) de --from à --to (par défaut&#xa0;: aujourd&apos;hui)&#xa0;; sans dates, les fins de mois des 12 derniers mois. Chiffres enregistrés&#xa0;: ceux enregistrés aux jours de --at ou entre --from et --to, sinon tous. Par défaut&#xa0;: --source computed --format csv.</translation>
    </message>
    <message>
        <source>Fill an empty database with invented people, dossiers and trajectories over the ten years up to today (default 2000 dossiers, seed 1; the same seed on the same day gives the same data); creates the file if it does not exist.</source>
        <translation>Remplir une base de données vide avec des personnes, des dossiers et des parcours inventés sur les dix ans jusqu&apos;à aujourd&apos;hui (par défaut 2000 dossiers, graine 1&#xa0;; la même graine le même jour donne les mêmes données)&#xa0;; crée le fichier s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Print the audit trail (who created, changed or looked at what, when), oldest first, from --from to --to (local days, both included); --actor and --entity narrow it. Default: --format csv. Reading the trail is itself recorded.</source>
        <translation>Afficher le journal d&apos;audit (qui a créé, modifié ou consulté quoi, et quand), du plus ancien au plus récent, de --from à --to (jours locaux, tous deux inclus)&#xa0;; --actor et --entity le restreignent. Par défaut&#xa0;: --format csv. La lecture du journal est elle-même enregistrée.</translation>
    </message>
    <message>
        <source>Write everything held about one person (subject-access request) to DIR as JSON and as a readable PDF; recorded in the audit trail.</source>
        <translation>Écrire toutes les données détenues sur une personne (demande d&apos;accès) dans DIR, en JSON et en PDF lisible&#xa0;; enregistré dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Anonymise the people whose every dossier closed before D: names, numbers, contacts and free texts erased, the figures unchanged. Cannot be undone; --dry-run only counts.</source>
        <translation>Anonymiser les personnes dont tous les dossiers ont été clôturés avant D&#xa0;: noms, numéros, coordonnées et textes libres effacés, chiffres inchangés. Irréversible&#xa0;; --dry-run ne fait que compter.</translation>
    </message>
    <message>
        <source>List the accounts: user name, role, name, last sign-in.</source>
        <translation>Lister les comptes&#xa0;: nom d&apos;utilisateur, rôle, nom, dernière connexion.</translation>
    </message>
    <message>
        <source>Create an account (ROLE: administrator, manager, facilitator, officer, reception); the password is read from standard input and must be changed at the first sign-in.</source>
        <translation>Créer un compte (ROLE&#xa0;: administrator, manager, facilitator, officer, reception)&#xa0;; le mot de passe est lu sur l&apos;entrée standard et doit être changé à la première connexion.</translation>
    </message>
    <message>
        <source>Reset the password of USER (read from standard input) and reactivate the account, e.g. when the only administrator forgot theirs; it must be changed at the next sign-in.</source>
        <translation>Réinitialiser le mot de passe de USER (lu sur l&apos;entrée standard) et réactiver le compte, p. ex. quand le seul administrateur a oublié le sien&#xa0;; il doit être changé à la connexion suivante.</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Nothing was created; to start a new one, run: parcours-cli --db %1 init</source>
        <translation>La base de données %1 n&apos;existe pas. Rien n&apos;a été créé&#xa0;; pour en commencer une nouvelle&#xa0;: parcours-cli --db %1 init</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database was upgraded to the current schema; a copy of it as it was is at %1.</source>
        <translation>La base de données a été mise à jour vers le schéma actuel&#xa0;; une copie de la version précédente se trouve dans %1.</translation>
    </message>
    <message>
        <source>Created %1 (schema %2).</source>
        <translation>%1 créé (schéma %2).</translation>
    </message>
    <message>
        <source>%1 already exists and is up to date (schema %2).</source>
        <translation>%1 existe déjà et est à jour (schéma %2).</translation>
    </message>
    <message>
        <source>%1 has problems (%2). Restore the latest backup or ask for help before changing it.</source>
        <translation>%1 présente des problèmes (%2). Restaurez la dernière sauvegarde ou demandez de l&apos;aide avant de le modifier.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file was refused (1 problem); nothing was imported.</source>
        <translation>Le fichier a été refusé (1 problème)&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file was refused (%1 problems); nothing was imported.</source>
        <translation>Le fichier a été refusé (%1 problèmes)&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 unchanged</source>
        <translation>%1&#xa0;: %2 créées, %3 mises à jour, %4 inchangées</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. %1</source>
        <translation>Simulation, rien n&apos;a été écrit. %1</translation>
    </message>
    <message>
        <source>1 dossier exported to %1.</source>
        <translation>1 dossier exporté dans %1.</translation>
    </message>
    <message>
        <source>%1 dossiers exported to %2.</source>
        <translation>%1 dossiers exportés dans %2.</translation>
    </message>
    <message>
        <source>Try &apos;parcours-cli --help&apos; for the list of commands.</source>
        <translation>Essayez «&#xa0;parcours-cli --help&#xa0;» pour la liste des commandes.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli [--db PATH] %1</source>
        <translation>Utilisation&#xa0;: parcours-cli [--db PATH] %1</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Répétez-le&#xa0;: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>--from and --to take a date YYYY-MM-DD.</source>
        <translation>--from et --to attendent une date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--from lies after --to.</source>
        <translation>--from est postérieur à --to.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv or table.</source>
        <translation>--format&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni csv ni table.</translation>
    </message>
    <message>
        <source>The standard output cannot be written.</source>
        <translation>La sortie standard ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>Quand (heure locale)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>export person needs --out DIR, the folder for the two files.</source>
        <translation>export person a besoin de --out DIR, le dossier des deux fichiers.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Data held about the person with national number %1</source>
        <translation>Données détenues sur la personne dont le NISS est %1</translation>
    </message>
    <message>
        <source>These files hold personal data: hand them to the person only, and delete them afterwards.</source>
        <translation>Ces fichiers contiennent des données personnelles&#xa0;: remettez-les uniquement à la personne concernée, puis supprimez-les.</translation>
    </message>
    <message>
        <source>retention needs --closed-before D, the cut-off day (the retention setting gives %1).</source>
        <translation>retention a besoin de --closed-before D, la date limite (la durée de conservation paramétrée donne %1).</translation>
    </message>
    <message>
        <source>--closed-before takes a date YYYY-MM-DD.</source>
        <translation>--closed-before attend une date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1 people whose every dossier closed before %2 (%3 dossiers, %4 placements, %5 audit entries)</source>
        <translation>%1 personnes dont tous les dossiers ont été clôturés avant le %2 (%3 dossiers, %4 étapes, %5 entrées du journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. Would anonymise: %1.</source>
        <translation>Simulation, rien n&apos;a été écrit. Seraient anonymisées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Anonymised: %1.</source>
        <translation>Anonymisées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Backups made before today still hold these identities; they must expire too.</source>
        <translation>Les sauvegardes antérieures à aujourd&apos;hui contiennent encore ces identités&#xa0;; elles doivent aussi arriver à échéance.</translation>
    </message>
    <message>
        <source>This database has no account yet: the first start of the program asks for the administrator, or use: parcours-cli account add NAME administrator --name &quot;Full Name&quot;</source>
        <translation>Cette base de données n&apos;a pas encore de compte&#xa0;: au premier démarrage, le programme demande l&apos;administrateur, ou utilisez&#xa0;: parcours-cli account add NAME administrator --name &quot;Prénom Nom&quot;</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>doit changer de mot de passe</translation>
    </message>
    <message>
        <source>%1 failed sign-ins</source>
        <translation>%1 connexions échouées</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>the role is one of %1.</source>
        <translation>le rôle est l&apos;un de ceux-ci&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Account %1 created (%2); the password must be changed at the first sign-in.</source>
        <translation>Compte %1 créé (%2)&#xa0;; le mot de passe doit être changé à la première connexion.</translation>
    </message>
    <message>
        <source>No account is called %1.</source>
        <translation>Aucun compte ne s&apos;appelle %1.</translation>
    </message>
    <message>
        <source>The password of %1 was reset; it must be changed at the next sign-in.</source>
        <translation>Le mot de passe de %1 a été réinitialisé&#xa0;; il doit être changé à la connexion suivante.</translation>
    </message>
    <message>
        <source>the option %1 was given more than once.</source>
        <translation>l&apos;option %1 a été indiquée plus d&apos;une fois.</translation>
    </message>
    <message>
        <source>%1: %2 is not a date (YYYY-MM-DD).</source>
        <translation>%1&#xa0;: %2 n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>--source: %1 is not computed, recorded or both.</source>
        <translation>--source&#xa0;: %1 n&apos;est ni computed, ni recorded, ni both.</translation>
    </message>
    <message>
        <source>--format: %1 is not csv, table or json.</source>
        <translation>--format&#xa0;: %1 n&apos;est ni csv, ni table, ni json.</translation>
    </message>
    <message>
        <source>--at gives the days itself: it does not go with --from, --to or --step.</source>
        <translation>--at donne lui-même les jours&#xa0;: il ne se combine pas avec --from, --to ou --step.</translation>
    </message>
    <message>
        <source>--to needs --from.</source>
        <translation>--to a besoin de --from.</translation>
    </message>
    <message>
        <source>--step needs --from.</source>
        <translation>--step a besoin de --from.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 est postérieur à --to %2.</translation>
    </message>
    <message>
        <source>--from %1 is after today (%2); give --to.</source>
        <translation>--from %1 est postérieur à aujourd&apos;hui (%2)&#xa0;; indiquez --to.</translation>
    </message>
    <message>
        <source>--step: %1 is not month, quarter or year.</source>
        <translation>--step&#xa0;: %1 n&apos;est ni month, ni quarter, ni year.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>dossiers</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>intégrés</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <source>facil.</source>
        <translation>facil.</translation>
    </message>
    <message>
        <source>literacy</source>
        <translation>alpha</translation>
    </message>
    <message>
        <source>studies</source>
        <translation>études</translation>
    </message>
    <message>
        <source>work</source>
        <translation>emploi</translation>
    </message>
    <message>
        <source>art60</source>
        <translation>art60</translation>
    </message>
    <message>
        <source>post60</source>
        <translation>post60</translation>
    </message>
    <message>
        <source>SPI</source>
        <translation>ISP</translation>
    </message>
    <message>
        <source>No %1 end lies between %2 and %3: nothing to compute.</source>
        <translation>Aucune fin de période (%1) entre le %2 et le %3&#xa0;: rien à calculer.</translation>
    </message>
    <message>
        <source>--dossiers and --seed may be given once only.</source>
        <translation>--dossiers et --seed ne peuvent être indiqués qu&apos;une fois.</translation>
    </message>
    <message>
        <source>--dossiers: %1 is not a number from 1 to 1000000.</source>
        <translation>--dossiers&#xa0;: %1 n&apos;est pas un nombre de 1 à 1000000.</translation>
    </message>
    <message>
        <source>--seed: %1 is not a number from 0 to 4294967295.</source>
        <translation>--seed&#xa0;: %1 n&apos;est pas un nombre de 0 à 4294967295.</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
    <message>
        <source>Demo data: %1 dossiers of %2 people, %3 placements, up to %4 (seed %5), in %6 s.</source>
        <translation>Données de démonstration&#xa0;: %1 dossiers de %2 personnes, %3 étapes, jusqu&apos;au %4 (graine %5), en %6 s.</translation>
    </message>
    <message>
        <source>  --lang LANG  the language of messages: nl, fr or en (default: the system&apos;s)</source>
        <translation>  --lang LANG  la langue des messages&#xa0;: nl, fr ou en (par défaut&#xa0;: celle du système)</translation>
    </message>
    <message>
        <source>the option --lang needs nl, fr or en.</source>
        <translation>l&apos;option --lang a besoin de nl, fr ou en.</translation>
    </message>
    <message>
        <source>unknown language %1 (nl, fr or en).</source>
        <translation>langue inconnue %1 (nl, fr ou en).</translation>
    </message>
    <message>
        <source>--out FILE is required (FILE.png, FILE.svg or FILE.pdf).</source>
        <translation>--out FICHIER est obligatoire (FICHIER.png, FICHIER.svg ou FICHIER.pdf).</translation>
    </message>
    <message>
        <source>--out: %1 does not end in .png, .svg or .pdf.</source>
        <translation>--out : %1 ne se termine pas par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not rates, cells or dossiers.</source>
        <translation>--kind : « %1 » n&apos;est pas rates, cells ou dossiers.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number of pixels from %3 to %4.</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre entier de pixels de %3 à %4.</translation>
    </message>
    <message>
        <source>No figures for these days and sources: the chart is empty.</source>
        <translation>Aucun chiffre pour ces jours et sources : le graphique est vide.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 écrit (%2).</translation>
    </message>
    <message>
        <source>Draw the evolution chart to FILE.png, FILE.svg, or FILE.pdf (a report: chart and table); the days and sources as for evolution. Default: --kind rates, 1200 × 750 pixels.</source>
        <translation>Dessine le graphique d&apos;évolution dans FILE.png, FILE.svg ou FILE.pdf (un rapport : graphique et tableau) ; jours et sources comme pour evolution. Par défaut : --kind rates, 1200 × 750 pixels.</translation>
    </message>
    <message>
        <source>Print the flows from --from to --to (both days included): entries from no cell, moves from cell to cell (the next placement starts the day after one ends) and exits by outcome, counted on the day the placement ends (entries: the day it starts). Default: --format csv.</source>
        <translation>Affiche les flux de --from à --to (deux jours compris)&#xa0;: entrées depuis aucune cellule, passages d&apos;une cellule à l&apos;autre (l&apos;étape suivante commence le lendemain de la fin de la précédente) et sorties par résultat, comptés le jour où l&apos;étape se termine (entrées&#xa0;: le jour où elle commence). Par défaut&#xa0;: --format csv.</translation>
    </message>
    <message>
        <source>Print the days spent in each cell (end − start + 1): count, median, quartiles, mean, shortest and longest, of the placements that ended from --from to --to, or of every ended placement; open placements do not count. Default: --format csv.</source>
        <translation>Affiche les jours passés dans chaque cellule (fin − début + 1)&#xa0;: nombre, médiane, quartiles, moyenne, plus courte et plus longue, des étapes terminées de --from à --to, ou de toutes les étapes terminées&#xa0;; les étapes en cours ne comptent pas. Par défaut&#xa0;: --format csv.</translation>
    </message>
    <message>
        <source>Print the caseload on day --at (default: today): placements covering that day in open dossiers, per cell, per officer or per officer and cell. Default: --by cell --format csv.</source>
        <translation>Affiche la charge de dossiers au jour --at (par défaut&#xa0;: aujourd&apos;hui)&#xa0;: étapes en cours ce jour-là dans des dossiers ouverts, par cellule, par agent d&apos;insertion ou par agent et cellule. Par défaut&#xa0;: --by cell --format csv.</translation>
    </message>
    <message>
        <source>--format: %1 is not csv or table.</source>
        <translation>--format&#xa0;: %1 n&apos;est ni csv ni table.</translation>
    </message>
    <message>
        <source>--by: %1 is not cell, officer or both.</source>
        <translation>--by&#xa0;: %1 n&apos;est ni cell, ni officer, ni both.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>vers</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>cellule</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>étapes</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>report flows needs --from and --to.</source>
        <translation>report flows demande --from et --to.</translation>
    </message>
    <message>
        <source>Counting the flows…</source>
        <translation>Comptage des flux…</translation>
    </message>
    <message>
        <source>--from and --to go together.</source>
        <translation>--from et --to vont ensemble.</translation>
    </message>
    <message>
        <source>Measuring the durations…</source>
        <translation>Mesure des durées…</translation>
    </message>
    <message>
        <source>Counting the caseload…</source>
        <translation>Comptage de la charge de dossiers…</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required.</source>
        <translation>--out FICHIER.pdf est obligatoire.</translation>
    </message>
    <message>
        <source>--lang-document: &quot;%1&quot; is not nl or fr.</source>
        <translation>--lang-document : « %1 » n&apos;est ni nl ni fr.</translation>
    </message>
    <message>
        <source>There is no dossier %1 in the register.</source>
        <translation>Il n&apos;y a pas de dossier %1 dans le registre.</translation>
    </message>
    <message>
        <source>The dossier %1 has no GPMI.</source>
        <translation>Le dossier %1 n&apos;a pas de PIIS.</translation>
    </message>
    <message>
        <source>--version: &quot;%1&quot; is not a version number.</source>
        <translation>--version : « %1 » n&apos;est pas un numéro de version.</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--at : « %1 » n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>GPMI compliance on %1; findings: %2</source>
        <translation>Suivi des PIIS le %1 ; constats : %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent d&apos;insertion</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Print the figures of the Job Tables launched from --from to --to (default: the last 12 months): participants, attendance, and the share with a job or training 3 and 6 months after the conclusion, read from the trajectory. Default: --format csv.</source>
        <translation>Affiche les chiffres des Tables Emploi lancées de --from à --to (par défaut : les 12 derniers mois) : participants, présences, et la part avec un emploi ou une formation 3 et 6 mois après la conclusion, lue dans le parcours. Par défaut : --format csv.</translation>
    </message>
    <message>
        <source>Write the technical fiche of the Job Table ID (one page: dates, place, officers, participants, modules, means) as a PDF; with --meeting, the attendance sheet of that meeting instead.</source>
        <translation>Écrit la fiche technique de la Table Emploi ID (une page : dates, lieu, agents, participants, modules, moyens) en PDF ; avec --meeting, la feuille de présence de cette séance à la place.</translation>
    </message>
    <message>
        <source>Print the GPMI compliance list on D (default today): open integration-income dossiers whose GPMI is missing, signed late, short of evaluations, or due within 30 days. Default: --format csv.</source>
        <translation>Afficher la liste de suivi des PIIS au jour D (par défaut aujourd&apos;hui) : dossiers ouverts au revenu d&apos;intégration dont le PIIS manque, a été signé en retard, manque d&apos;évaluations ou arrive à échéance dans les 30 jours. Par défaut : --format csv.</translation>
    </message>
    <message>
        <source>Write the GPMI contract of the dossier with reference DOSSIER as a PDF with places to sign, in the contract&apos;s language (or --lang-document); FILE.html writes the HTML instead.</source>
        <translation>Écrire le contrat PIIS du dossier de référence DOSSIER en PDF avec des emplacements pour signer, dans la langue du contrat (ou --lang-document) ; FICHIER.html écrit le HTML à la place.</translation>
    </message>
    <message>
        <source>Write the summary of the dossier&apos;s socio-professional balance (the latest version, or --version N) as a PDF with places to sign, in the person&apos;s language; health, addiction and criminal-record data are not printed. FILE.html writes the HTML instead.</source>
        <translation>Écrire le résumé du bilan socioprofessionnel du dossier (la dernière version, ou --version N) en PDF avec des emplacements pour signer, dans la langue de la personne ; les données de santé, d&apos;assuétudes et de casier judiciaire ne sont pas imprimées. FICHIER.html écrit le HTML à la place.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>launched</source>
        <translation>lancée</translation>
    </message>
    <message>
        <source>concluded</source>
        <translation>conclue</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>left</source>
        <translation>partis</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>present %</source>
        <translation>présents %</translation>
    </message>
    <message>
        <source>3 m: measured</source>
        <translation>3 m : mesurés</translation>
    </message>
    <message>
        <source>job</source>
        <translation>emploi</translation>
    </message>
    <message>
        <source>training</source>
        <translation>formation</translation>
    </message>
    <message>
        <source>6 m: measured</source>
        <translation>6 m : mesurés</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>ID: &quot;%1&quot; is not the number of a Job Table.</source>
        <translation>ID : « %1 » n&apos;est pas le numéro d&apos;une Table Emploi.</translation>
    </message>
    <message>
        <source>--out FILE.pdf is missing.</source>
        <translation>--out FICHIER.pdf manque.</translation>
    </message>
    <message>
        <source>--meeting takes the number of a meeting.</source>
        <translation>--meeting attend le numéro d&apos;une séance.</translation>
    </message>
    <message>
        <source>There is no Job Table number %1.</source>
        <translation>Il n&apos;y a pas de Table Emploi numéro %1.</translation>
    </message>
    <message>
        <source>The Job Table %1 has no meeting number %2.</source>
        <translation>La Table Emploi %1 n&apos;a pas de séance numéro %2.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>Article 60 on %1: %2 posts, %3 filled, %4 vacant; contracts ending within 30 days: %5, 60 days: %6, 90 days: %7.</source>
        <translation>Article 60 au %1 : %2 postes, %3 occupés, %4 vacants ; contrats se terminant dans les 30 jours : %5, 60 jours : %6, 90 jours : %7.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Occupé par</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>occupé</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>vacant</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Today&apos;s backup exists already: %1.</source>
        <translation>La sauvegarde d&apos;aujourd&apos;hui existe déjà&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No backups of %1 in %2.</source>
        <translation>Aucune sauvegarde de %1 dans %2.</translation>
    </message>
    <message>
        <source>%1 was restored from the backup %2.</source>
        <translation>%1 a été restaurée à partir de la sauvegarde %2.</translation>
    </message>
    <message>
        <source>The database as it was before is kept at %1.</source>
        <translation>La base de données telle qu&apos;elle était avant est conservée dans %1.</translation>
    </message>
    <message>
        <source>Write a complete, verified copy of the database to OUT. With --auto instead: the automatic backup, unless one of today exists, into the backup folder (--dir, else the one chosen in the desktop program, else &quot;backups&quot; beside the database), then thin the older ones to 7 daily, 4 weekly and 12 monthly copies.</source>
        <translation>Écrire une copie complète et vérifiée de la base de données dans OUT. Avec --auto à la place&#xa0;: la sauvegarde automatique, sauf s&apos;il en existe déjà une d&apos;aujourd&apos;hui, dans le dossier de sauvegarde (--dir, sinon celui choisi dans le programme de bureau, sinon &quot;backups&quot; à côté de la base), puis éclaircir les plus anciennes à 7 copies quotidiennes, 4 hebdomadaires et 12 mensuelles.</translation>
    </message>
    <message>
        <source>List the automatic backups of the database, newest first: date, size, file.</source>
        <translation>Lister les sauvegardes automatiques de la base de données, la plus récente d&apos;abord&#xa0;: date, taille, fichier.</translation>
    </message>
    <message>
        <source>Put the backup BACKUP in place of the database after checking it; the database as it was is kept beside it under a name with the date. Close the desktop program first.</source>
        <translation>Remettre la sauvegarde BACKUP à la place de la base de données après l&apos;avoir vérifiée&#xa0;; la base telle qu&apos;elle était est conservée à côté, sous un nom portant la date. Fermez d&apos;abord le programme de bureau.</translation>
    </message>
    <message>
        <source>Print the article 60 posts on day --at (default: today), filled or vacant, and the contracts ending within 30, 60 and 90 days. Default: --format csv.</source>
        <translation>Affiche les postes article 60 au jour --at (par défaut : aujourd&apos;hui), occupés ou vacants, et les contrats qui se terminent dans les 30, 60 et 90 jours. Par défaut : --format csv.</translation>
    </message>
    <message>
        <source>Print the cells&apos; yearly targets of year Y and what was realised from 1 January to 31 December (or to --at, default today, when earlier). CSV columns: year, cell, measure (placements_started: placements of the cell started; net_change: dossiers in the cell on the last day minus on 1 January; literacy_tests: level tests taken), target, realised, percent (realised ÷ target × 100, empty for a target of 0), from, to, note. Default: --format csv.</source>
        <translation>Afficher les objectifs annuels des cellules pour l&apos;année Y et ce qui a été réalisé du 1er janvier au 31 décembre (ou jusqu&apos;à --at, par défaut aujourd&apos;hui, s&apos;il est antérieur). Colonnes CSV : year, cell, measure (placements_started : placements commencés dans la cellule ; net_change : dossiers dans la cellule le dernier jour moins le 1er janvier ; literacy_tests : tests de niveau passés), target, realised, percent (réalisé ÷ objectif × 100, vide pour un objectif de 0), from, to, note. Par défaut : --format csv.</translation>
    </message>
    <message>
        <source>backup takes OUT or --auto, not both.</source>
        <translation>backup prend OUT ou --auto, pas les deux.</translation>
    </message>
    <message>
        <source>--dir goes with --auto.</source>
        <translation>--dir va avec --auto.</translation>
    </message>
    <message>
        <source>backup needs OUT (or --auto).</source>
        <translation>backup a besoin de OUT (ou de --auto).</translation>
    </message>
    <message>
        <source>The output could not be written completely (is the disk full?).</source>
        <translation>La sortie n&apos;a pas pu être écrite entièrement (le disque est-il plein ?).</translation>
    </message>
    <message>
        <source>report targets needs --year.</source>
        <translation>report targets a besoin de --year.</translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not a year between 1990 and 2100.</source>
        <translation>--year : « %1 » n&apos;est pas une année entre 1990 et 2100.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>aimed</source>
        <translation>visé</translation>
    </message>
    <message>
        <source>realised</source>
        <translation>réalisé</translation>
    </message>
    <message>
        <source>               or a database on a server: postgresql://user@server:port/database (the password from PARCOURS_DB_PASSWORD, PGPASSWORD, ~/.pgpass, or asked)</source>
        <translation>               ou une base sur un serveur : postgresql://utilisateur@serveur:port/base (le mot de passe de PARCOURS_DB_PASSWORD, PGPASSWORD, ~/.pgpass, ou demandé)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>Copy everything from the database --from (a file or postgresql://user@server:port/database) into the new, empty database --to, with ids and the audit trail as they are, in one transaction; then verify the counts, the content of every table and the evolution figures at every month end, and undo the copy on any difference. The source is only read.</source>
        <translation>Copier tout le contenu de la base de données --from (un fichier ou postgresql://utilisateur@serveur:port/base) dans la base nouvelle et vide --to, avec les identifiants et le journal d&apos;audit tels quels, en une transaction ; puis vérifier les nombres, le contenu de chaque table et les chiffres d&apos;évolution à chaque fin de mois, et annuler la copie à la moindre différence. La source est seulement lue.</translation>
    </message>
    <message>
        <source>copy needs --from DB and --to DB.</source>
        <translation>copy a besoin de --from DB et --to DB.</translation>
    </message>
    <message>
        <source>--from and --to name the same database (%1). Nothing was copied.</source>
        <translation>--from et --to désignent la même base de données (%1). Rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Nothing was copied.</source>
        <translation>La base de données %1 n&apos;existe pas. Rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copie…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Evolution figures: none (no dossiers).</source>
        <translation>Chiffres d&apos;évolution : aucun (pas de dossiers).</translation>
    </message>
    <message>
        <source>Evolution figures: equal on %1 month ends from %2 to %3.</source>
        <translation>Chiffres d&apos;évolution : égaux à %1 fins de mois du %2 au %3.</translation>
    </message>
    <message>
        <source>Audit trail: %1 entries, identical; entry %2 records the copy.</source>
        <translation>Journal d&apos;audit : %1 entrées, identiques ; l&apos;entrée %2 enregistre la copie.</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3 and verified them: the same counts, content and figures.</source>
        <translation>%1 lignes copiées de %2 vers %3 et vérifiées : les mêmes nombres, contenus et chiffres.</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>No signed GPMI; it was due on %1, 3 months after the opening (%2).</source>
        <translation>Pas de PIIS signé ; il était dû le %1, 3 mois après l&apos;ouverture (%2).</translation>
    </message>
    <message>
        <source>The GPMI must be signed by %1, 3 months after the opening (%2).</source>
        <translation>Le PIIS doit être signé au plus tard le %1, 3 mois après l&apos;ouverture (%2).</translation>
    </message>
    <message>
        <source>Signed on %1, after the deadline of %2.</source>
        <translation>Signé le %1, après l&apos;échéance du %2.</translation>
    </message>
    <message>
        <source>%1 of 3 evaluations in the contract year %2 – %3.</source>
        <translation>%1 évaluation(s) sur 3 dans l&apos;année de contrat %2 – %3.</translation>
    </message>
    <message>
        <source>%1 of 2 face-to-face evaluations in the contract year %2 – %3.</source>
        <translation>%1 évaluation(s) en face à face sur 2 dans l&apos;année de contrat %2 – %3.</translation>
    </message>
    <message>
        <source>Evaluation %1 of 3 of the contract year %2 – %3 was due on %4.</source>
        <translation>L&apos;évaluation %1 sur 3 de l&apos;année de contrat %2 – %3 était due le %4.</translation>
    </message>
    <message>
        <source>Evaluation %1 of 3 of the contract year %2 – %3 is due by %4.</source>
        <translation>L&apos;évaluation %1 sur 3 de l&apos;année de contrat %2 – %3 est due au plus tard le %4.</translation>
    </message>
    <message>
        <source>%1 of 2 face-to-face evaluations so far in the contract year %2 – %3.</source>
        <translation>Jusqu&apos;ici %1 évaluation(s) en face à face sur 2 dans l&apos;année de contrat %2 – %3.</translation>
    </message>
    <message>
        <source>The compliance list needs a valid day.</source>
        <translation>La liste de suivi demande un jour valide.</translation>
    </message>
    <message>
        <source>GPMI signed</source>
        <translation>PIIS signé</translation>
    </message>
    <message>
        <source>3 evaluations a year</source>
        <translation>3 évaluations par an</translation>
    </message>
    <message>
        <source>2 face-to-face evaluations a year</source>
        <translation>2 évaluations en face à face par an</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Signed late</source>
        <translation>Signé en retard</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bientôt dû</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>dossiers</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>étapes</translation>
    </message>
    <message>
        <source>%1 rows of %2 read: %3 new, %4 changed, %5 already as in the file.</source>
        <translation>%1 lignes de %2 lues&#xa0;: %3 nouvelles, %4 modifiées, %5 déjà conformes au fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) of the file must be corrected first.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n ligne du fichier doit d&apos;abord être corrigée.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n lignes du fichier doivent d&apos;abord être corrigées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Import dossiers</source>
        <translation>Importer des dossiers</translation>
    </message>
    <message>
        <source>Import placements</source>
        <translation>Importer des étapes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The data contains NUL bytes: it is not a CSV text file.</source>
        <translation>Les données contiennent des octets NUL&#xa0;: ce n&apos;est pas un fichier texte CSV.</translation>
    </message>
    <message>
        <source>Line %1: the quoted field that starts on this line has no closing quote.</source>
        <translation>Ligne %1&#xa0;: le champ entre guillemets qui commence sur cette ligne n&apos;a pas de guillemet fermant.</translation>
    </message>
    <message>
        <source>Line %1: there is text after the closing quote of field %2 (a quote inside a quoted field must be doubled).</source>
        <translation>Ligne %1&#xa0;: il y a du texte après le guillemet fermant du champ %2 (un guillemet dans un champ entre guillemets doit être doublé).</translation>
    </message>
    <message>
        <source>The CSV data is empty: there is not even a header line.</source>
        <translation>Les données CSV sont vides&#xa0;: il n&apos;y a même pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable CSV file. %2</source>
        <translation>%1 n&apos;est pas un fichier CSV lisible. %2</translation>
    </message>
    <message>
        <source>The file is larger than 4 GB, more than an import can take.</source>
        <translation>Le fichier dépasse 4 Go, plus qu&apos;une importation ne peut traiter.</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>The database %1 is damaged (%2). To protect what it still holds, Parcours does not change it any more: nothing was saved. Restore the latest backup.</source>
        <translation>La base de données %1 est endommagée (%2). Pour protéger ce qu&apos;elle contient encore, Parcours ne la modifie plus : rien n&apos;a été enregistré. Restaurez la dernière sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Parcours database: the file is empty.</source>
        <translation>%1 n&apos;est pas une base de données Parcours&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>%1 is not a Parcours database: it is not a database file at all.</source>
        <translation>%1 n&apos;est pas une base de données Parcours&#xa0;: ce n&apos;est pas du tout un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its header says (it was probably cut off while being copied). It was not opened. Restore a backup.</source>
        <translation>%1 est endommagé&#xa0;: le fichier est plus court que ne l&apos;indique son en-tête (sans doute interrompu pendant une copie). Il n&apos;a pas été ouvert. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The database lies on a network share. SQLite files on network drives can be damaged when two computers write at once; keep it on this computer&apos;s disk.</source>
        <translation>La base de données se trouve sur un partage réseau. Les fichiers SQLite sur un lecteur réseau peuvent être endommagés quand deux ordinateurs y écrivent en même temps&#xa0;; gardez-la sur le disque de cet ordinateur.</translation>
    </message>
    <message>
        <source>The database lies on a network drive (%1). SQLite files on network drives can be damaged when two computers write at once; keep it on this computer&apos;s disk.</source>
        <translation>La base de données se trouve sur un lecteur réseau (%1). Les fichiers SQLite sur un lecteur réseau peuvent être endommagés quand deux ordinateurs y écrivent en même temps&#xa0;; gardez-la sur le disque de cet ordinateur.</translation>
    </message>
    <message>
        <source>The copy cannot be opened for checking: %1</source>
        <translation>La copie ne peut pas être ouverte pour la vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The copy did not pass its check (%1).</source>
        <translation>La copie n&apos;a pas passé la vérification (%1).</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The database %1 does not exist any more. It may have been moved, renamed or be on a drive that is not connected. No new file was created in its place.</source>
        <translation>La base de données %1 n&apos;existe plus. Elle a peut-être été déplacée, renommée, ou se trouve sur un lecteur non connecté. Aucun nouveau fichier n&apos;a été créé à sa place.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2</source>
        <translation>La base de données %1 ne peut pas être créée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>La base de données %1 ne peut pas être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>another program keeps it locked</source>
        <translation>un autre programme la garde verrouillée</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>La base de données %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Parcours database (it belongs to another program). It was not changed.</source>
        <translation>%1 n&apos;est pas une base de données Parcours (elle appartient à un autre programme). Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Parcours (schema %2; this version knows up to %3). It was not changed. Install the newer version to open it.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Parcours (schéma %2&#xa0;; cette version connaît jusqu&apos;au %3). Elle n&apos;a pas été modifiée. Installez la version plus récente pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging; it works, but more slowly.</source>
        <translation>La base de données n&apos;a pas pu passer en journalisation anticipée (WAL)&#xa0;; elle fonctionne, mais plus lentement.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program that is writing to it (waited %2 s). Close the other program or try again.</source>
        <translation>La base de données %1 est verrouillée par un autre programme qui y écrit (attente de %2 s). Fermez l&apos;autre programme ou réessayez.</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade, but the copy made before upgrading could not be written: %2 It was not changed.</source>
        <translation>La base de données %1 doit être mise à jour, mais la copie faite avant la mise à jour n&apos;a pas pu être écrite&#xa0;: %2 Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to schema %1 (%2): %3. The file was left as it was.</source>
        <translation>La base de données n&apos;a pas pu être mise à jour vers le schéma %1 (%2)&#xa0;: %3. Le fichier est resté tel quel.</translation>
    </message>
    <message>
        <source>A copy made before the upgrade is at %1.</source>
        <translation>Une copie faite avant la mise à jour se trouve dans %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was written.</source>
        <translation>Le dossier %1 n&apos;existe pas. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies.</source>
        <translation>Une sauvegarde ne peut pas remplacer la base de données qu&apos;elle copie.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2 Nothing was left behind; an earlier file of that name is untouched.</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être écrite&#xa0;: %2 Rien n&apos;est resté&#xa0;; un fichier antérieur du même nom est intact.</translation>
    </message>
    <message>
        <source>the copy could not be flushed to disk.</source>
        <translation>la copie n&apos;a pas pu être écrite sur le disque.</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>La vérification d&apos;intégrité n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row of %3.</source>
        <translation>Table %1, ligne %2&#xa0;: renvoie à une ligne manquante de %3.</translation>
    </message>
    <message>
        <source>The reference check could not run: %1</source>
        <translation>La vérification des références n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>A database on a server is backed up on the server, with pg_dump (see the README), not by Parcours. Nothing was written.</source>
        <translation>Une base de données sur un serveur est sauvegardée sur le serveur, avec pg_dump (voir le README), pas par Parcours. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>This installation cannot reach database servers: Qt&apos;s PostgreSQL driver is missing (Debian: libqt6sql6-psql).</source>
        <translation>Cette installation ne peut pas joindre de serveur de base de données : le pilote PostgreSQL de Qt manque (Debian : libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2</source>
        <translation>La base de données %1 ne peut pas être utilisée : %2</translation>
    </message>
    <message>
        <source>%1 is not a Parcours database (it holds tables of another program). It was not changed.</source>
        <translation>%1 n&apos;est pas une base de données Parcours (elle contient les tables d&apos;un autre programme). Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database %1 on the server is empty. Set it up first with &quot;parcours-cli init --db %1&quot; or File → New.</source>
        <translation>La base de données %1 sur le serveur est vide. Préparez-la d&apos;abord avec « parcours-cli init --db %1 » ou Fichier → Nouveau.</translation>
    </message>
    <message>
        <source>The database could not be upgraded: %1. It was left as it was.</source>
        <translation>La base de données n&apos;a pas pu être mise à niveau : %1. Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to schema %1 (%2): %3. It was left as it was.</source>
        <translation>La base de données n&apos;a pas pu être mise à niveau vers le schéma %1 (%2) : %3. Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Le contrôle n&apos;a pas pu être effectué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s) of the audit trail are disabled.</source>
        <translation>
            <numerusform>%n déclencheur du journal d&apos;audit est désactivé.</numerusform>
            <numerusform>%n déclencheurs du journal d&apos;audit sont désactivés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 has an older schema (%2; this version of Parcours is at %3) and was opened to be read only, so it was not upgraded and not changed. Open it once with this version (parcours-cli --db %1 init) to upgrade it first.</source>
        <translation>La base de données %1 a un schéma plus ancien (%2 ; cette version de Parcours en est à %3) et a été ouverte en lecture seule : elle n&apos;a été ni mise à jour ni modifiée. Ouvrez-la d&apos;abord une fois avec cette version (parcours-cli --db %1 init) pour la mettre à jour.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The table %1 cannot be read: %2</source>
        <translation>La table %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The audit triggers of the target cannot be held back for the copied rows (%1). On a server, copy as the role that set the target up (the owner of its tables). Nothing was written.</source>
        <translation>Les déclencheurs d&apos;audit de la cible ne peuvent pas être suspendus pour les lignes copiées (%1). Sur un serveur, copiez avec le rôle qui a installé la cible (le propriétaire de ses tables). Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The source and the target are the same database (%1). Nothing was copied.</source>
        <translation>La source et la cible sont la même base de données (%1). Rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>The source %1 is at schema %2 and the target %3 at schema %4; a copy needs both at the same version. Nothing was copied.</source>
        <translation>La source %1 est au schéma %2 et la cible %3 au schéma %4 ; une copie demande que les deux soient à la même version. Rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>The source %1 cannot be read: %2</source>
        <translation>La source %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The table %1 is not the same in the source and the target, although both say they are at schema %2. Nothing was copied.</source>
        <translation>La table %1 n&apos;est pas la même dans la source et la cible, bien que les deux disent être au schéma %2. Rien n&apos;a été copié.</translation>
    </message>
    <message numerus="yes">
        <source>The target %1 is not empty: its table %2 holds %n row(s). A copy goes only into a new, empty database. Nothing was copied.</source>
        <translation>
            <numerusform>La cible %1 n&apos;est pas vide : sa table %2 contient %n ligne. Une copie ne va que dans une base de données nouvelle et vide. Rien n&apos;a été copié.</numerusform>
            <numerusform>La cible %1 n&apos;est pas vide : sa table %2 contient %n lignes. Une copie ne va que dans une base de données nouvelle et vide. Rien n&apos;a été copié.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table %1 cannot be written: %2</source>
        <translation>La table %1 ne peut pas être écrite : %2</translation>
    </message>
    <message>
        <source>The target refused rows of the table %1: %2. Nothing was written to the target.</source>
        <translation>La cible a refusé des lignes de la table %1 : %2. Rien n&apos;a été écrit dans la cible.</translation>
    </message>
    <message>
        <source>The table %1 changed while it was read. Nothing was written to the target.</source>
        <translation>La table %1 a changé pendant sa lecture. Rien n&apos;a été écrit dans la cible.</translation>
    </message>
    <message>
        <source>Verification failed: the table %1 differs between the source (%2 rows) and the target (%3 rows, or different content). The copy was rolled back; the target is as it was.</source>
        <translation>Vérification échouée : la table %1 diffère entre la source (%2 lignes) et la cible (%3 lignes, ou un autre contenu). La copie a été annulée ; la cible est telle qu&apos;elle était.</translation>
    </message>
    <message>
        <source>Verification failed: the evolution figures on %1 differ between the source and the target. The copy was rolled back; the target is as it was.</source>
        <translation>Vérification échouée : les chiffres d&apos;évolution au %1 diffèrent entre la source et la cible. La copie a été annulée ; la cible est telle qu&apos;elle était.</translation>
    </message>
    <message>
        <source>The copy could not be committed: %1. The target is as it was.</source>
        <translation>La copie n&apos;a pas pu être validée : %1. La cible est telle qu&apos;elle était.</translation>
    </message>
    <message>
        <source>The list of tables cannot be read: %1</source>
        <translation>La liste des tables ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>The tables refer to each other in a circle; they cannot be copied in order.</source>
        <translation>Les tables se réfèrent les unes aux autres en cercle ; elles ne peuvent pas être copiées dans l&apos;ordre.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Parcours databases (*.sqlite *.parcours);;All files (*)</source>
        <translation>Bases de données Parcours (*.sqlite *.parcours);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>parcours</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>%1 already exists. A new database needs a name that is not used yet; to work in the existing file, use File → Open database.</source>
        <translation>%1 existe déjà. Une nouvelle base de données doit porter un nom encore inutilisé&#xa0;; pour travailler dans le fichier existant, choisissez Fichier → Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>La base de données n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Open other…</source>
        <translation>En ouvrir une autre…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>La sauvegarde n&apos;a pas été restaurée.</translation>
    </message>
    <message>
        <source>The database was restored from the backup of %1.</source>
        <translation>La base de données a été restaurée à partir de la sauvegarde du %1.</translation>
    </message>
    <message>
        <source>The damaged file is kept at %1.</source>
        <translation>Le fichier endommagé est conservé dans %1.</translation>
    </message>
    <message>
        <source>Restore the latest backup…</source>
        <translation>Restaurer la dernière sauvegarde…</translation>
    </message>
    <message>
        <source>Type your password for the database server.</source>
        <translation>Tapez votre mot de passe pour le serveur de bases de données.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo dossiers must lie between 1 and 5,000,000.</source>
        <translation>Le nombre de dossiers de démonstration doit être compris entre 1 et 5 000 000.</translation>
    </message>
    <message>
        <source>The last day of the demo history must be a date between 1990 and 2090.</source>
        <translation>Le dernier jour de l&apos;historique de démonstration doit être une date entre 1990 et 2090.</translation>
    </message>
    <message>
        <source>No demo data was written: %1</source>
        <translation>Aucune donnée de démonstration n&apos;a été écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo data was cancelled; nothing was written.</source>
        <translation>Les données de démonstration ont été annulées&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Demo data is only written into an empty database, so that invented people are never mixed with real ones. This database already holds %n dossier(s). Create a new database for the demonstration.</source>
        <translation>
            <numerusform>Les données de démonstration ne sont écrites que dans une base de données vide, pour que des personnes inventées ne soient jamais mêlées à des personnes réelles. Cette base de données contient déjà %n dossier. Créez une nouvelle base de données pour la démonstration.</numerusform>
            <numerusform>Les données de démonstration ne sont écrites que dans une base de données vide, pour que des personnes inventées ne soient jamais mêlées à des personnes réelles. Cette base de données contient déjà %n dossiers. Créez une nouvelle base de données pour la démonstration.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierCsv</name>
    <message>
        <source>the column &quot;%1&quot; is not known and was ignored.</source>
        <translation>la colonne «&#xa0;%1&#xa0;» est inconnue et a été ignorée.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation>la colonne «&#xa0;%1&#xa0;» figure deux fois dans l&apos;en-tête.</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing from the header.</source>
        <translation>la colonne obligatoire «&#xa0;%1&#xa0;» manque dans l&apos;en-tête.</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a missing delimiter or an unclosed quote?).</source>
        <translation>la ligne a %1 champs alors que l&apos;en-tête en a %2 (un séparateur manquant ou un guillemet non fermé&#xa0;?).</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a delimiter inside a value that is not quoted?).</source>
        <translation>la ligne a %1 champs alors que l&apos;en-tête en a %2 (un séparateur dans une valeur sans guillemets&#xa0;?).</translation>
    </message>
    <message>
        <source>must be M, F or empty.</source>
        <translation>doit être M, F ou vide.</translation>
    </message>
    <message>
        <source>must be leefloon or equivalent.</source>
        <translation>doit être leefloon ou equivalent.</translation>
    </message>
    <message>
        <source>is not a date of the form YYYY-MM-DD.</source>
        <translation>n&apos;est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>the same reference is already on line %1.</source>
        <translation>la même référence figure déjà à la ligne %1.</translation>
    </message>
    <message>
        <source>line %1 gives this national number to %2 %3, this line to %4 %5.</source>
        <translation>la ligne %1 attribue ce NISS à %2 %3, cette ligne à %4 %5.</translation>
    </message>
    <message>
        <source>this person&apos;s %1 differs from line %2; the values of line %2 are used.</source>
        <translation>%1 de cette personne diffère de la ligne %2&#xa0;; les valeurs de la ligne %2 sont utilisées.</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252. Check that accented letters (é, ë, ç) came out right.</source>
        <translation>le fichier n&apos;est pas en UTF-8&#xa0;; il a été lu en Windows-1252. Vérifiez que les lettres accentuées (é, ë, ç) sont correctes.</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the dossier %1 now belongs to the person with national number %2.</source>
        <translation>le dossier %1 appartient désormais à la personne dont le NISS est %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2 Nothing was written; an earlier file of that name is untouched.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit&#xa0;: %2 Rien n&apos;a été écrit&#xa0;; un fichier antérieur du même nom est intact.</translation>
    </message>
    <message>
        <source>the disk may be full (%1).</source>
        <translation>le disque est peut-être plein (%1).</translation>
    </message>
</context>
<context>
    <name>DurationReport</name>
    <message>
        <source>The durations need a valid period, or none.</source>
        <translation>Les durées demandent une période valide, ou aucune.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>La période commence le %1, après sa fin le %2.</translation>
    </message>
    <message>
        <source>All cells</source>
        <translation>Toutes les cellules</translation>
    </message>
</context>
<context>
    <name>Evolution</name>
    <message>
        <source>The evolution needs valid dates.</source>
        <translation>L&apos;évolution a besoin de dates valides.</translation>
    </message>
    <message>
        <source>The database holds a date that is not of the form YYYY-MM-DD; run a database check.</source>
        <translation>La base de données contient une date qui n&apos;est pas de la forme AAAA-MM-JJ&#xa0;; lancez une vérification de la base de données.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>La base de données ne peut pas être lue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EvolutionChart</name>
    <message>
        <source>not determined</source>
        <translation>non déterminé</translation>
    </message>
    <message>
        <source>Integration rates (%)</source>
        <translation>Taux d&apos;intégration (%)</translation>
    </message>
    <message>
        <source>Dossiers per cell</source>
        <translation>Dossiers par cellule</translation>
    </message>
    <message>
        <source>Number of dossiers</source>
        <translation>Nombre de dossiers</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>% of the dossiers</source>
        <translation>% des dossiers</translation>
    </message>
    <message>
        <source>Integrated %</source>
        <translation>% intégrés</translation>
    </message>
    <message>
        <source>SPI %</source>
        <translation>% ISP</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>Intégrés</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>%1, recorded (as published)</source>
        <translation>%1, publié (conservé tel que publié)</translation>
    </message>
    <message>
        <source>%1, computed</source>
        <translation>%1, calculé</translation>
    </message>
    <message>
        <source>Dossiers: %1</source>
        <translation>Dossiers : %1</translation>
    </message>
    <message>
        <source>Integrated: %1 (%2)</source>
        <translation>Intégrés : %1 (%2)</translation>
    </message>
    <message>
        <source>SPI: %1 (%2)</source>
        <translation>ISP : %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>EvolutionReport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>A chart is from %1 to %2 pixels wide and high; %3 × %4 is not.</source>
        <translation>Un graphique mesure de %1 à %2 pixels de large et de haut ; %3 × %4 ne convient pas.</translation>
    </message>
    <message>
        <source>Evolution of the persons in the integration trajectory</source>
        <translation>Évolution des personnes intégrées dans le parcours d&apos;insertion</translation>
    </message>
    <message>
        <source>computed figures</source>
        <translation>chiffres calculés</translation>
    </message>
    <message>
        <source>recorded figures</source>
        <translation>chiffres publiés</translation>
    </message>
    <message>
        <source>computed and recorded figures</source>
        <translation>chiffres calculés et publiés</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>par trimestre</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>par an</translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <source>the month ends of the last 12 months</source>
        <translation>les fins de mois des 12 derniers mois</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>l&apos;image n&apos;a pas pu être encodée</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>Made with Parcours on %1</source>
        <translation>Réalisé avec Parcours le %1</translation>
    </message>
    <message>
        <source>Recorded rows (italics) are the figures as published, never recomputed; n.d. = not determined. Computed rows count the dossiers open on the day.</source>
        <translation>Les lignes publiées (en italique) sont les chiffres tels que publiés, jamais recalculés ; n.d. = non déterminé. Les lignes calculées comptent les dossiers ouverts ce jour-là.</translation>
    </message>
</context>
<context>
    <name>FiguresCsv</name>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252.</source>
        <translation>le fichier n&apos;est pas en UTF-8&#xa0;; il a été lu en Windows-1252.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not known and was ignored.</source>
        <translation>la colonne «&#xa0;%1&#xa0;» est inconnue et a été ignorée.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation>la colonne «&#xa0;%1&#xa0;» figure deux fois dans l&apos;en-tête.</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing from the header.</source>
        <translation>la colonne obligatoire «&#xa0;%1&#xa0;» manque dans l&apos;en-tête.</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2.</source>
        <translation>la ligne a %1 champs alors que l&apos;en-tête en a %2.</translation>
    </message>
    <message>
        <source>is not a date of the form YYYY-MM-DD.</source>
        <translation>n&apos;est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>the same date is already on line %1.</source>
        <translation>la même date figure déjà à la ligne %1.</translation>
    </message>
    <message>
        <source>must be a whole number written with digits only (no thousands separator), or empty when not determined.</source>
        <translation>doit être un nombre entier écrit uniquement en chiffres (sans séparateur de milliers), ou vide s&apos;il n&apos;est pas déterminé.</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FlowReport</name>
    <message>
        <source>The flows need a valid period.</source>
        <translation>Les flux demandent une période valide.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>La période commence le %1, après sa fin le %2.</translation>
    </message>
    <message>
        <source>Entry (no cell)</source>
        <translation>Entrée (aucune cellule)</translation>
    </message>
    <message>
        <source>Exit: %1</source>
        <translation>Sortie&#xa0;: %1</translation>
    </message>
    <message>
        <source>no outcome recorded</source>
        <translation>aucun résultat enregistré</translation>
    </message>
</context>
<context>
    <name>FreeAccess</name>
    <message>
        <source>Job offers</source>
        <translation>Offres d&apos;emploi</translation>
    </message>
    <message>
        <source>CV or letter</source>
        <translation>CV ou lettre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>A visit needs a valid day.</source>
        <translation>Une visite a besoin d&apos;un jour valide.</translation>
    </message>
    <message>
        <source>A visit on %1 lies in the future.</source>
        <translation>Une visite le %1 est dans le futur.</translation>
    </message>
    <message>
        <source>There is no dossier with the reference &quot;%1&quot;: record the visit as anonymous, or check the reference.</source>
        <translation>Il n&apos;y a pas de dossier de référence « %1 » : notez la visite comme anonyme, ou vérifiez la référence.</translation>
    </message>
    <message>
        <source>The usage rules need a version (e.g. &quot;2024-1&quot;).</source>
        <translation>Les règles d&apos;utilisation ont besoin d&apos;une version (p. ex. « 2024-1 »).</translation>
    </message>
    <message>
        <source>The usage rules need the date from which they are in force.</source>
        <translation>Les règles d&apos;utilisation ont besoin de leur date d&apos;entrée en vigueur.</translation>
    </message>
    <message>
        <source>The usage rules need their text.</source>
        <translation>Les règles d&apos;utilisation ont besoin de leur texte.</translation>
    </message>
</context>
<context>
    <name>GpmiRules</name>
    <message>
        <source>The GPMI needs a start date.</source>
        <translation>Le PIIS demande une date de début.</translation>
    </message>
    <message>
        <source>The GPMI ends (%1) before it starts (%2).</source>
        <translation>Le PIIS se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>The GPMI is written in Dutch or in French: choose one.</source>
        <translation>Le PIIS est rédigé en néerlandais ou en français : choisissez.</translation>
    </message>
    <message>
        <source>Goal %1 has no text.</source>
        <translation>L&apos;objectif %1 n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>The deadline of goal %1 (%2) lies before the start of the GPMI (%3).</source>
        <translation>L&apos;échéance de l&apos;objectif %1 (%2) précède le début du PIIS (%3).</translation>
    </message>
    <message>
        <source>Planned evaluation %1 must be a day within the GPMI&apos;s period.</source>
        <translation>L&apos;évaluation prévue %1 doit tomber pendant la durée du PIIS.</translation>
    </message>
    <message>
        <source>A signed GPMI needs the day it was offered to the person (the reflection period starts then).</source>
        <translation>Un PIIS signé demande le jour où il a été remis à la personne (le délai de réflexion commence alors).</translation>
    </message>
    <message>
        <source>The GPMI was offered on %1: the person has %2 working days to reflect, so it can be signed from %3 on (Saturdays, Sundays and public holidays do not count).</source>
        <translation>Le PIIS a été remis le %1 : la personne dispose de %2 jours ouvrables de réflexion, il peut donc être signé à partir du %3 (samedis, dimanches et jours fériés non compris).</translation>
    </message>
    <message>
        <source>The signature date %1 lies in the future.</source>
        <translation>La date de signature %1 est dans le futur.</translation>
    </message>
    <message>
        <source>A signed GPMI names at least one domain (studies, training, employment, …).</source>
        <translation>Un PIIS signé mentionne au moins un domaine (études, formation, emploi, …).</translation>
    </message>
    <message>
        <source>A signed GPMI has at least one goal with the commitments of both sides.</source>
        <translation>Un PIIS signé contient au moins un objectif avec les engagements des deux parties.</translation>
    </message>
    <message>
        <source>The day the GPMI was offered (%1) lies in the future.</source>
        <translation>Le jour de remise du PIIS (%1) est dans le futur.</translation>
    </message>
    <message>
        <source>An evaluation needs its date.</source>
        <translation>Une évaluation demande sa date.</translation>
    </message>
    <message>
        <source>Only a signed GPMI is evaluated: record the signature first.</source>
        <translation>Seul un PIIS signé est évalué : enregistrez d&apos;abord la signature.</translation>
    </message>
    <message>
        <source>The evaluation of %1 lies before the signature of the GPMI (%2).</source>
        <translation>L&apos;évaluation du %1 précède la signature du PIIS (%2).</translation>
    </message>
    <message>
        <source>The evaluation of %1 lies in the future: plan it in the contract instead.</source>
        <translation>L&apos;évaluation du %1 est dans le futur : prévoyez-la plutôt dans le contrat.</translation>
    </message>
    <message>
        <source>The evaluation of %1 lies after the end of the GPMI (%2).</source>
        <translation>L&apos;évaluation du %1 suit la fin du PIIS (%2).</translation>
    </message>
    <message>
        <source>The evaluation notes progress for more goals than the GPMI has.</source>
        <translation>L&apos;évaluation note des progrès pour plus d&apos;objectifs que le PIIS n&apos;en compte.</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Études</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>GpmiStore</name>
    <message>
        <source>There is no dossier number %1 in the register (it may have been removed).</source>
        <translation>Il n&apos;y a pas de dossier numéro %1 dans le registre (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>The GPMI must start while the dossier is open (from %1%2).</source>
        <translation>Le PIIS doit commencer pendant que le dossier est ouvert (à partir du %1%2).</translation>
    </message>
    <message>
        <source>This dossier already has a GPMI: open it and amend it instead.</source>
        <translation>Ce dossier a déjà un PIIS : ouvrez-le et modifiez-le.</translation>
    </message>
    <message>
        <source>This GPMI does not belong to this dossier.</source>
        <translation>Ce PIIS n&apos;appartient pas à ce dossier.</translation>
    </message>
    <message>
        <source>The GPMI was not saved: %1</source>
        <translation>Le PIIS n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>The GPMI was not saved: it has an evaluation on %1, before the signature date.</source>
        <translation>Le PIIS n&apos;a pas été enregistré : il a une évaluation le %1, avant la date de signature.</translation>
    </message>
    <message>
        <source>There is no GPMI number %1 (it may have been removed).</source>
        <translation>Il n&apos;y a pas de PIIS numéro %1 (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>The evaluation was not saved: %1</source>
        <translation>L&apos;évaluation n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>This evaluation no longer exists.</source>
        <translation>Cette évaluation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The GPMI of dossier %1</source>
        <translation>Le PIIS du dossier %1</translation>
    </message>
    <message>
        <source>The GPMI</source>
        <translation>Le PIIS</translation>
    </message>
    <message>
        <source>The evaluation of %1 of the GPMI of dossier %2</source>
        <translation>L&apos;évaluation du %1 du PIIS du dossier %2</translation>
    </message>
    <message>
        <source>The evaluation</source>
        <translation>L&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>ImportAudit</name>
    <message>
        <source>%1: %2 rows; created %3, updated %4, unchanged %5; new ids: %6; SHA-256 %7</source>
        <translation>%1 : %2 lignes ; %3 créées, %4 modifiées, %5 inchangées ; nouveaux numéros : %6 ; SHA-256 %7</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>JobTableLabels</name>
    <message>
        <source>Composing the group</source>
        <translation>Composition du groupe</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <source>Module &quot;Aspects of job search&quot;</source>
        <translation>Module « Aspects de la recherche d&apos;emploi »</translation>
    </message>
    <message>
        <source>Module &quot;Interviews&quot;</source>
        <translation>Module « Entretiens »</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Debriefing</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Recherche d&apos;emploi</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>In the group</source>
        <translation>Dans le groupe</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Follow-up in the Work cell</source>
        <translation>Suivi à la Cellule Emploi</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Alphabétisation</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Études</translation>
    </message>
    <message>
        <source>Article 60</source>
        <translation>Article 60</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>JobTablePrint</name>
    <message>
        <source>Job Table: technical fiche</source>
        <translation>Table Emploi : fiche technique</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>Target public</source>
        <translation>Public cible</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Meetings of the modules</source>
        <translation>Séances des modules</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>No meeting planned yet.</source>
        <translation>Aucune séance prévue pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Participants (%1 of %2 places)</source>
        <translation>Participants (%1 places sur %2)</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>Personne pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Waiting list:</source>
        <translation>Liste d&apos;attente :</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Officers:</source>
        <translation>Agents :</translation>
    </message>
</context>
<context>
    <name>JobTableReport</name>
    <message>
        <source>The period of the Job Table figures needs two dates, the first not after the second.</source>
        <translation>La période des chiffres de la Table Emploi demande deux dates, la première pas après la seconde.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>JobTableRules</name>
    <message>
        <source>A Job Table needs a title.</source>
        <translation>Une Table Emploi a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>The capacity of a Job Table must lie between 1 and 99 participants, not %1.</source>
        <translation>La capacité d&apos;une Table Emploi doit être comprise entre 1 et 99 participants, pas %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot have taken place on %2 while &quot;%3&quot; has not: the stages follow each other in order.</source>
        <translation>« %1 » ne peut pas avoir eu lieu le %2 alors que « %3 » n&apos;a pas eu lieu : les étapes se suivent dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 cannot come before &quot;%3&quot; on %4: the stages follow each other in order.</source>
        <translation>« %1 » le %2 ne peut pas précéder « %3 » le %4 : les étapes se suivent dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is planned on %2, before &quot;%3&quot; planned on %4: plan the stages in order.</source>
        <translation>« %1 » est prévu le %2, avant « %3 » prévu le %4 : planifiez les étapes dans l&apos;ordre.</translation>
    </message>
</context>
<context>
    <name>JobTables</name>
    <message>
        <source>A new Job Table cannot have been launched already: compose the group first.</source>
        <translation>Une nouvelle Table Emploi ne peut pas déjà être lancée : composez d&apos;abord le groupe.</translation>
    </message>
    <message>
        <source>There is no Job Table number %1 (it may have been removed).</source>
        <translation>Il n&apos;y a pas de Table Emploi numéro %1 (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>The capacity cannot fall to %1: %2 people are in the group. Take people out of the group first.</source>
        <translation>La capacité ne peut pas descendre à %1 : %2 personnes sont dans le groupe. Retirez d&apos;abord des personnes du groupe.</translation>
    </message>
    <message>
        <source>The Job Table cannot be launched on %1: nobody is in the group yet.</source>
        <translation>La Table Emploi ne peut pas être lancée le %1 : personne n&apos;est encore dans le groupe.</translation>
    </message>
    <message>
        <source>The Job Table cannot be launched on %1: %2 (%3) has not accepted the usage rules.</source>
        <translation>La Table Emploi ne peut pas être lancée le %1 : %2 (%3) n&apos;a pas accepté les règles d&apos;utilisation.</translation>
    </message>
    <message>
        <source>The Job Table cannot be launched on %1: %2 (%3) accepted the usage rules only on %4.</source>
        <translation>La Table Emploi ne peut pas être lancée le %1 : %2 (%3) n&apos;a accepté les règles d&apos;utilisation que le %4.</translation>
    </message>
    <message>
        <source>Adding a participant needs a valid day.</source>
        <translation>Ajouter un participant demande un jour valide.</translation>
    </message>
    <message>
        <source>The Job Table &quot;%1&quot; concluded on %2: nobody can join it any more.</source>
        <translation>La Table Emploi « %1 » s&apos;est conclue le %2 : plus personne ne peut la rejoindre.</translation>
    </message>
    <message>
        <source>There is no dossier number %1 in the register (it may have been removed).</source>
        <translation>Il n&apos;y a pas de dossier numéro %1 dans le registre (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>The dossier %1 is not open on %2: only open dossiers can join a Job Table.</source>
        <translation>Le dossier %1 n&apos;est pas ouvert le %2 : seuls les dossiers ouverts peuvent rejoindre une Table Emploi.</translation>
    </message>
    <message>
        <source>%1 (%2) is already listed in this Job Table (%3).</source>
        <translation>%1 (%2) figure déjà dans cette Table Emploi (%3).</translation>
    </message>
    <message>
        <source>Name the version of the usage rules that was accepted.</source>
        <translation>Indiquez la version des règles d&apos;utilisation acceptée.</translation>
    </message>
    <message>
        <source>The acceptance of the usage rules needs a valid date.</source>
        <translation>L&apos;acceptation des règles d&apos;utilisation demande une date valide.</translation>
    </message>
    <message>
        <source>There is no participant number %1 (they may have been removed).</source>
        <translation>Il n&apos;y a pas de participant numéro %1 (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>Taking someone out of a group needs a valid day.</source>
        <translation>Retirer quelqu&apos;un d&apos;un groupe demande un jour valide.</translation>
    </message>
    <message>
        <source>%1 (%2) already left the group on %3.</source>
        <translation>%1 (%2) a déjà quitté le groupe le %3.</translation>
    </message>
    <message>
        <source>A meeting belongs to one of the two modules.</source>
        <translation>Une séance appartient à l&apos;un des deux modules.</translation>
    </message>
    <message>
        <source>A meeting needs a valid date and time.</source>
        <translation>Une séance a besoin d&apos;une date et d&apos;une heure valides.</translation>
    </message>
    <message>
        <source>There is no meeting number %1 (it may have been removed).</source>
        <translation>Il n&apos;y a pas de séance numéro %1 (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>This person is not a participant of the meeting&apos;s Job Table.</source>
        <translation>Cette personne ne participe pas à la Table Emploi de cette séance.</translation>
    </message>
    <message>
        <source>%1 (%2) is on the waiting list, not in the group: no attendance is recorded for them.</source>
        <translation>%1 (%2) est sur la liste d&apos;attente, pas dans le groupe : aucune présence n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>%1 (%2) left the group on %3, before this meeting.</source>
        <translation>%1 (%2) a quitté le groupe le %3, avant cette séance.</translation>
    </message>
    <message>
        <source>%1 (%2) is on the waiting list: only people of the group are oriented.</source>
        <translation>%1 (%2) est sur la liste d&apos;attente : seules les personnes du groupe sont orientées.</translation>
    </message>
    <message>
        <source>The trajectory step for %1 (%2) was already made: change the trajectory instead.</source>
        <translation>L&apos;étape de parcours de %1 (%2) a déjà été créée : modifiez plutôt le parcours.</translation>
    </message>
    <message>
        <source>Record the date of the conclusion first: the trajectory steps start on that day.</source>
        <translation>Indiquez d&apos;abord la date de la conclusion : les étapes du parcours commencent ce jour-là.</translation>
    </message>
    <message>
        <source>Job Table &quot;%1&quot;: orientation</source>
        <translation>Table Emploi « %1 » : orientation</translation>
    </message>
    <message>
        <source>No trajectory step was made (for nobody): %1 (%2): %3</source>
        <translation>Aucune étape de parcours n&apos;a été créée (pour personne) : %1 (%2) : %3</translation>
    </message>
    <message>
        <source>the dossier is in no cell on %1, so there is no placement to end with a job.</source>
        <translation>le dossier n&apos;est dans aucune cellule le %1 : il n&apos;y a pas de placement à terminer par un emploi.</translation>
    </message>
    <message>
        <source>There is no partner number %1.</source>
        <translation>Il n&apos;y a pas de partenaire numéro %1.</translation>
    </message>
</context>
<context>
    <name>Literacy</name>
    <message>
        <source>Alpha oral</source>
        <translation>Alpha oral</translation>
    </message>
    <message>
        <source>Alpha 1</source>
        <translation>Alpha 1</translation>
    </message>
    <message>
        <source>Alpha 2</source>
        <translation>Alpha 2</translation>
    </message>
    <message>
        <source>Alpha 3</source>
        <translation>Alpha 3</translation>
    </message>
    <message>
        <source>Alpha 4</source>
        <translation>Alpha 4</translation>
    </message>
    <message>
        <source>Foreign language course</source>
        <translation>Cours de FLE</translation>
    </message>
    <message>
        <source>Sufficient</source>
        <translation>Suffisant</translation>
    </message>
    <message>
        <source>first learns to speak the course language</source>
        <translation>apprend d&apos;abord à parler la langue du cours</translation>
    </message>
    <message>
        <source>does not read or write yet</source>
        <translation>ne lit et n&apos;écrit pas encore</translation>
    </message>
    <message>
        <source>reads and writes words and short sentences</source>
        <translation>lit et écrit des mots et des phrases courtes</translation>
    </message>
    <message>
        <source>reads and writes short, simple texts</source>
        <translation>lit et écrit des textes courts et simples</translation>
    </message>
    <message>
        <source>reads and writes everyday texts; prepares for a training</source>
        <translation>lit et écrit des textes de la vie courante ; se prépare à une formation</translation>
    </message>
    <message>
        <source>reads and writes another language; learns French or Dutch (FLE / NT2)</source>
        <translation>lit et écrit une autre langue ; apprend le français ou le néerlandais (FLE / NT2)</translation>
    </message>
    <message>
        <source>no literacy course needed</source>
        <translation>pas besoin d&apos;un cours d&apos;alphabétisation</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Date: the day of the level test is missing.</source>
        <translation>Date : le jour du test de niveau manque.</translation>
    </message>
    <message>
        <source>Date: the level test of %1 lies in the future; record it once it has been taken.</source>
        <translation>Date : le test de niveau du %1 est dans le futur ; enregistrez-le une fois passé.</translation>
    </message>
    <message>
        <source>Language: &quot;%1&quot; is not nl or fr.</source>
        <translation>Langue : « %1 » n&apos;est ni nl ni fr.</translation>
    </message>
    <message>
        <source>There is no dossier number %1.</source>
        <translation>Il n&apos;y a pas de dossier numéro %1.</translation>
    </message>
    <message>
        <source>Name: a course needs a name.</source>
        <translation>Nom : un cours a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>Language: a course is given in Dutch (nl) or French (fr), not &quot;%1&quot;.</source>
        <translation>Langue : un cours se donne en néerlandais (nl) ou en français (fr), pas « %1 ».</translation>
    </message>
    <message>
        <source>Level: &quot;%1&quot; is a test result, not the level of a course.</source>
        <translation>Niveau : « %1 » est un résultat de test, pas le niveau d&apos;un cours.</translation>
    </message>
    <message>
        <source>Places: a course has from 1 to 999 places, not %1.</source>
        <translation>Places : un cours a de 1 à 999 places, pas %1.</translation>
    </message>
    <message>
        <source>Start: the first day of the course is missing.</source>
        <translation>Début : le premier jour du cours manque.</translation>
    </message>
    <message>
        <source>End: the course cannot end (%1) before it starts (%2).</source>
        <translation>Fin : le cours ne peut pas finir (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Partner: %1 is not a literacy partner (it is listed as &quot;%2&quot;).</source>
        <translation>Partenaire : %1 n&apos;est pas un partenaire d&apos;alphabétisation (il est repris comme « %2 »).</translation>
    </message>
    <message>
        <source>There is no course number %1.</source>
        <translation>Il n&apos;y a pas de cours numéro %1.</translation>
    </message>
    <message>
        <source>Places: %1 people follow the course &quot;%2&quot; at the same time, so it needs at least %1 places.</source>
        <translation>Places : %1 personnes suivent le cours « %2 » en même temps ; il lui faut donc au moins %1 places.</translation>
    </message>
    <message>
        <source>From: the first day in the course is missing.</source>
        <translation>À partir du : le premier jour au cours manque.</translation>
    </message>
    <message>
        <source>Until: the enrolment cannot end (%1) before it starts (%2).</source>
        <translation>Jusqu&apos;au : l&apos;inscription ne peut pas finir (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; runs from %2 to %3: an enrolment from %4 lies outside it.</source>
        <translation>Le cours « %1 » a lieu du %2 au %3 : une inscription à partir du %4 tombe en dehors.</translation>
    </message>
    <message>
        <source>further notice</source>
        <translation>nouvel ordre</translation>
    </message>
    <message>
        <source>The dossier of %1 is not open on %2.</source>
        <translation>Le dossier de %1 n&apos;est pas ouvert le %2.</translation>
    </message>
    <message>
        <source>at the centre</source>
        <translation>au CPAS</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>chez %1</translation>
    </message>
    <message>
        <source>%1 already attends the course &quot;%2&quot; %3 from %4 to %5. A person follows one literacy course at a time, at the centre or at a partner: end that enrolment first.</source>
        <translation>%1 suit déjà le cours « %2 » %3 du %4 au %5. Une personne suit un seul cours d&apos;alphabétisation à la fois, au CPAS ou chez un partenaire : terminez d&apos;abord cette inscription.</translation>
    </message>
    <message numerus="yes">
        <source>The course &quot;%1&quot; is full: all its %n place(s) are taken during this period. Put %2 on the waiting list.</source>
        <translation>
            <numerusform>Le cours « %1 » est complet : sa %n place est prise pendant cette période. Inscrivez %2 sur la liste d&apos;attente.</numerusform>
            <numerusform>Le cours « %1 » est complet : ses %n places sont prises pendant cette période. Inscrivez %2 sur la liste d&apos;attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>in no cell</source>
        <translation>dans aucune cellule</translation>
    </message>
    <message>
        <source>%1 has no step in the literacy cell during this enrolment (on %2: %3). Refer the person to the literacy cell in the trajectory if the course is part of it.</source>
        <translation>%1 n&apos;a pas d&apos;étape dans la Cellule Alphabétisation pendant cette inscription (le %2 : %3). Orientez la personne vers la Cellule Alphabétisation dans le parcours si le cours en fait partie.</translation>
    </message>
    <message>
        <source>There is no enrolment number %1.</source>
        <translation>Il n&apos;y a pas d&apos;inscription numéro %1.</translation>
    </message>
    <message>
        <source>Until: the enrolment starts on %1; it cannot end before.</source>
        <translation>Jusqu&apos;au : l&apos;inscription commence le %1 ; elle ne peut pas finir avant.</translation>
    </message>
    <message>
        <source>Requested on: the day of the request is missing.</source>
        <translation>Demandé le : le jour de la demande manque.</translation>
    </message>
    <message>
        <source>%1 is already on the waiting list (%2) since %3.</source>
        <translation>%1 est déjà sur la liste d&apos;attente (%2) depuis le %3.</translation>
    </message>
    <message>
        <source>Nobody is waiting for a place in this course&apos;s language and level.</source>
        <translation>Personne n&apos;attend de place dans la langue et le niveau de ce cours.</translation>
    </message>
    <message>
        <source>The day the person leaves the waiting list is missing.</source>
        <translation>Le jour où la personne quitte la liste d&apos;attente manque.</translation>
    </message>
    <message>
        <source>This request is no longer on the waiting list.</source>
        <translation>Cette demande n&apos;est plus sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>Start: %1 is in the course from %2; the course cannot start later, on %3. Change that enrolment first.</source>
        <translation>Début : %1 suit le cours depuis le %2 ; le cours ne peut pas commencer plus tard, le %3. Modifiez d&apos;abord cette inscription.</translation>
    </message>
    <message>
        <source>End: %1 is in the course until %2; the course cannot end earlier, on %3. End that enrolment first.</source>
        <translation>Fin : %1 suit le cours jusqu&apos;au %2 ; le cours ne peut pas se terminer plus tôt, le %3. Terminez d&apos;abord cette inscription.</translation>
    </message>
</context>
<context>
    <name>NationalNumber</name>
    <message>
        <source>A national number contains only digits, with spaces, dots or dashes between them; &quot;%1&quot; is not allowed.</source>
        <translation>Un NISS ne contient que des chiffres, séparés éventuellement par des espaces, des points ou des tirets&#xa0;; «&#xa0;%1&#xa0;» n&apos;est pas autorisé.</translation>
    </message>
    <message numerus="yes">
        <source>The national number must have 11 digits; it has %n.</source>
        <translation>
            <numerusform>Le NISS doit compter 11 chiffres&#xa0;; il en compte %n.</numerusform>
            <numerusform>Le NISS doit compter 11 chiffres&#xa0;; il en compte %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>National number %1 has no valid month: %2 is not 00 to 12 (plus 20 or 40 for a BIS number).</source>
        <translation>Le NISS %1 n&apos;a pas de mois valide&#xa0;: %2 n&apos;est pas compris entre 00 et 12 (plus 20 ou 40 pour un numéro BIS).</translation>
    </message>
    <message>
        <source>The check digits of national number %1 are wrong (expected %2).</source>
        <translation>Les chiffres de contrôle du NISS %1 sont erronés (attendu&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The check digits of national number %1 are wrong (expected %2, or %3 for someone born in %4).</source>
        <translation>Les chiffres de contrôle du NISS %1 sont erronés (attendu&#xa0;: %2, ou %3 pour une personne née en %4).</translation>
    </message>
    <message>
        <source>National number %1 contains an impossible birth date: %2 does not exist.</source>
        <translation>Le NISS %1 contient une date de naissance impossible&#xa0;: le %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>National number %1 gives a birth date in the future (%2).</source>
        <translation>Le NISS %1 donne une date de naissance dans le futur (%2).</translation>
    </message>
    <message>
        <source>National number %1 has serial number %2, which is never issued.</source>
        <translation>Le NISS %1 a le numéro d&apos;ordre %2, qui n&apos;est jamais attribué.</translation>
    </message>
    <message>
        <source>National number %1 belongs to someone born on %2, not on %3.</source>
        <translation>Le NISS %1 appartient à une personne née le %2, pas le %3.</translation>
    </message>
    <message>
        <source>National number %1 belongs to someone born in %2, not on %3.</source>
        <translation>Le NISS %1 appartient à une personne née en %2, pas le %3.</translation>
    </message>
    <message>
        <source>National number %1 belongs to someone born in %2 on day %3 of an unknown month, not on %4.</source>
        <translation>Le NISS %1 appartient à une personne née en %2 le %3 d&apos;un mois inconnu, pas le %4.</translation>
    </message>
    <message>
        <source>National number %1 belongs to a man, but the person is recorded as a woman.</source>
        <translation>Le NISS %1 appartient à un homme, mais la personne est enregistrée comme femme.</translation>
    </message>
    <message>
        <source>National number %1 belongs to a woman, but the person is recorded as a man.</source>
        <translation>Le NISS %1 appartient à une femme, mais la personne est enregistrée comme homme.</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>Employment service</source>
        <translation>Service de l&apos;emploi</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Alphabétisation</translation>
    </message>
    <message>
        <source>Social economy</source>
        <translation>Économie sociale</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Name: a partner needs a name.</source>
        <translation>Nom : un partenaire doit avoir un nom.</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not an e-mail address.</source>
        <translation>E-mail : « %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Name: there is already a partner called &quot;%1&quot;.</source>
        <translation>Nom : il existe déjà un partenaire appelé « %1 ».</translation>
    </message>
    <message>
        <source>There is no partner number %1.</source>
        <translation>Il n&apos;y a pas de partenaire numéro %1.</translation>
    </message>
    <message>
        <source>Subject: say what the agreement covers.</source>
        <translation>Objet : indiquez ce que couvre la convention.</translation>
    </message>
    <message>
        <source>Start: an agreement needs the day it starts.</source>
        <translation>Début : une convention doit avoir une date de début.</translation>
    </message>
    <message>
        <source>End: the agreement would end on %1, before it starts on %2.</source>
        <translation>Fin : la convention se terminerait le %1, avant de commencer le %2.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Nobody is signed in. Sign in first; nothing was done.</source>
        <translation>Personne n&apos;est connecté. Connectez-vous d&apos;abord&#xa0;; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Your role (%1) may not see the register of people and dossiers.</source>
        <translation>Votre rôle (%1) ne permet pas de consulter le registre des personnes et des dossiers.</translation>
    </message>
    <message>
        <source>Your role (%1) may not change dossiers.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier des dossiers.</translation>
    </message>
    <message>
        <source>Your role (%1) may not see the socio-professional balance.</source>
        <translation>Votre rôle (%1) ne permet pas de consulter le bilan socioprofessionnel.</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the socio-professional balance.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier le bilan socioprofessionnel.</translation>
    </message>
    <message>
        <source>Your role (%1) may not see reports and figures.</source>
        <translation>Votre rôle (%1) ne permet pas de consulter les rapports et les chiffres.</translation>
    </message>
    <message>
        <source>Your role (%1) may not export or back up data.</source>
        <translation>Votre rôle (%1) ne permet pas d&apos;exporter ou de sauvegarder des données.</translation>
    </message>
    <message>
        <source>Your role (%1) may not import data.</source>
        <translation>Votre rôle (%1) ne permet pas d&apos;importer des données.</translation>
    </message>
    <message>
        <source>Your role (%1) may not manage accounts.</source>
        <translation>Votre rôle (%1) ne permet pas de gérer les comptes.</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the settings.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les paramètres.</translation>
    </message>
    <message>
        <source>Your role (%1) may not see the audit trail.</source>
        <translation>Votre rôle (%1) ne permet pas de consulter le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Your role (%1) may not use the free-access log.</source>
        <translation>Votre rôle (%1) ne permet pas d&apos;utiliser le registre de l&apos;accès libre.</translation>
    </message>
    <message>
        <source>Your role (%1) may not export everything held about a person.</source>
        <translation>Votre rôle (%1) ne permet pas d&apos;exporter toutes les données détenues sur une personne.</translation>
    </message>
    <message>
        <source>Your role (%1) may not anonymise people.</source>
        <translation>Votre rôle (%1) ne permet pas d&apos;anonymiser des personnes.</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>Votre rôle (%1) ne permet pas de faire ceci.</translation>
    </message>
    <message>
        <source>Your role (%1) may not set the yearly targets.</source>
        <translation>Votre rôle (%1) ne peut pas fixer les objectifs annuels.</translation>
    </message>
</context>
<context>
    <name>PlacementCsv</name>
    <message>
        <source>the column &quot;%1&quot; is not known and was ignored.</source>
        <translation>la colonne «&#xa0;%1&#xa0;» est inconnue et a été ignorée.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation>la colonne «&#xa0;%1&#xa0;» figure deux fois dans l&apos;en-tête.</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing from the header.</source>
        <translation>la colonne obligatoire «&#xa0;%1&#xa0;» manque dans l&apos;en-tête.</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a missing delimiter or an unclosed quote?).</source>
        <translation>la ligne a %1 champs alors que l&apos;en-tête en a %2 (un séparateur manquant ou un guillemet non fermé&#xa0;?).</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a delimiter inside a value that is not quoted?).</source>
        <translation>la ligne a %1 champs alors que l&apos;en-tête en a %2 (un séparateur dans une valeur sans guillemets&#xa0;?).</translation>
    </message>
    <message>
        <source>the dossier reference is required.</source>
        <translation>la référence du dossier est obligatoire.</translation>
    </message>
    <message>
        <source>no dossier has this reference.</source>
        <translation>aucun dossier ne porte cette référence.</translation>
    </message>
    <message>
        <source>must be one of %1.</source>
        <translation>doit être l&apos;une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>must be empty or one of %1.</source>
        <translation>doit être vide ou l&apos;une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the placement cannot end before it starts (%1).</source>
        <translation>l&apos;étape ne peut pas se terminer avant de commencer (%1).</translation>
    </message>
    <message>
        <source>an open placement (no end) has no outcome yet.</source>
        <translation>une étape en cours (sans fin) n&apos;a pas encore d&apos;issue.</translation>
    </message>
    <message>
        <source>the same placement (dossier, cell and start) is already on line %1.</source>
        <translation>la même étape (dossier, cellule et début) figure déjà à la ligne %1.</translation>
    </message>
    <message>
        <source>the start date is required.</source>
        <translation>la date de début est obligatoire.</translation>
    </message>
    <message>
        <source>is not a date of the form YYYY-MM-DD.</source>
        <translation>n&apos;est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>the placement %1 overlaps the placement %2 on line %3: a dossier is in one cell at a time.</source>
        <translation>l&apos;étape %1 chevauche l&apos;étape %2 de la ligne %3&#xa0;: un dossier n&apos;est que dans une cellule à la fois.</translation>
    </message>
    <message>
        <source>the placement %1 overlaps the placement %2 already recorded for dossier %3: a dossier is in one cell at a time.</source>
        <translation>l&apos;étape %1 chevauche l&apos;étape %2 déjà enregistrée pour le dossier %3&#xa0;: un dossier n&apos;est que dans une cellule à la fois.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252. Check that accented letters (é, ë, ç) came out right.</source>
        <translation>le fichier n&apos;est pas en UTF-8&#xa0;; il a été lu en Windows-1252. Vérifiez que les lettres accentuées (é, ë, ç) sont correctes.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2 Nothing was written; an earlier file of that name is untouched.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit&#xa0;: %2 Rien n&apos;a été écrit&#xa0;; un fichier antérieur du même nom est intact.</translation>
    </message>
</context>
<context>
    <name>PlacementRules</name>
    <message>
        <source>%1 from %2 (open)</source>
        <translation>%1 depuis le %2 (en cours)</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 du %2 au %3</translation>
    </message>
    <message>
        <source>A placement needs a valid start date.</source>
        <translation>Une étape a besoin d&apos;une date de début valide.</translation>
    </message>
    <message>
        <source>The end date of the placement is not a valid date.</source>
        <translation>La date de fin de l&apos;étape n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The placement in %1 cannot end on %2, before it starts on %3.</source>
        <translation>L&apos;étape dans la cellule %1 ne peut pas se terminer le %2, avant son début le %3.</translation>
    </message>
    <message>
        <source>The placement in %1 from %2 is still open: it cannot have an outcome (%3) before it has an end date.</source>
        <translation>L&apos;étape dans la cellule %1 depuis le %2 est toujours en cours&#xa0;: elle ne peut pas avoir d&apos;issue (%3) avant d&apos;avoir une date de fin.</translation>
    </message>
    <message>
        <source>The placement %1 starts before the dossier %2 opened on %3.</source>
        <translation>L&apos;étape %1 commence avant l&apos;ouverture du dossier %2 le %3.</translation>
    </message>
    <message>
        <source>The placement %1 starts after the dossier %2 closed on %3.</source>
        <translation>L&apos;étape %1 commence après la clôture du dossier %2 le %3.</translation>
    </message>
    <message>
        <source>The dossier %1 closed on %2: the placement %3 must end on or before that day.</source>
        <translation>Le dossier %1 a été clôturé le %2&#xa0;: l&apos;étape %3 doit se terminer au plus tard ce jour-là.</translation>
    </message>
    <message>
        <source>The placement %1 ends after the dossier %2 closed on %3.</source>
        <translation>L&apos;étape %1 se termine après la clôture du dossier %2 le %3.</translation>
    </message>
    <message>
        <source>The placement %1 overlaps the placement %2: a dossier is in one cell at a time.</source>
        <translation>L&apos;étape %1 chevauche l&apos;étape %2&#xa0;: un dossier n&apos;est que dans une cellule à la fois.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>RecordedFigures</name>
    <message>
        <source>Recorded figures need a valid date.</source>
        <translation>Les chiffres enregistrés ont besoin d&apos;une date valide.</translation>
    </message>
    <message>
        <source>The figures of %1 hold a negative count (%2).</source>
        <translation>Les chiffres du %1 contiennent un nombre négatif (%2).</translation>
    </message>
</context>
<context>
    <name>RegisterRules</name>
    <message>
        <source>The national number is required.</source>
        <translation>Le NISS est obligatoire.</translation>
    </message>
    <message>
        <source>The last name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>Le prénom est obligatoire.</translation>
    </message>
    <message>
        <source>The birth date is not a valid date.</source>
        <translation>La date de naissance n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The birth date %1 lies in the future.</source>
        <translation>La date de naissance %1 est dans le futur.</translation>
    </message>
    <message>
        <source>The language must be nl, fr or other, not &quot;%1&quot;.</source>
        <translation>La langue doit être nl, fr ou other, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid.</source>
        <translation>L&apos;adresse e-mail «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The dossier reference is required.</source>
        <translation>La référence du dossier est obligatoire.</translation>
    </message>
    <message>
        <source>The dossier reference must contain letters or digits.</source>
        <translation>La référence du dossier doit contenir des lettres ou des chiffres.</translation>
    </message>
    <message>
        <source>The opening date is required.</source>
        <translation>La date d&apos;ouverture est obligatoire.</translation>
    </message>
    <message>
        <source>The closing date is not a valid date.</source>
        <translation>La date de clôture n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The dossier cannot close (%1) before it opened (%2).</source>
        <translation>Le dossier ne peut pas être clôturé (%1) avant son ouverture (%2).</translation>
    </message>
    <message>
        <source>Equivalent income</source>
        <translation>Aide sociale équivalente</translation>
    </message>
    <message>
        <source>Integration income</source>
        <translation>Revenu d&apos;intégration</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The dossier cannot open on %1: its trajectory starts on %2.</source>
        <translation>Le dossier ne peut pas s&apos;ouvrir le %1&#xa0;: son parcours commence le %2.</translation>
    </message>
    <message>
        <source>The dossier cannot close on %1: a placement starts on %2. Remove or move that placement first.</source>
        <translation>Le dossier ne peut pas être clôturé le %1&#xa0;: une étape commence le %2. Supprimez ou déplacez d&apos;abord cette étape.</translation>
    </message>
    <message>
        <source>National number %1 already belongs to %2 %3. Open that person&apos;s dossier instead.</source>
        <translation>Le NISS %1 appartient déjà à %2 %3. Ouvrez plutôt le dossier de cette personne.</translation>
    </message>
    <message>
        <source>The reference %1 is already used by another dossier.</source>
        <translation>La référence %1 est déjà utilisée par un autre dossier.</translation>
    </message>
    <message>
        <source>This person no longer exists in the register.</source>
        <translation>Cette personne n&apos;existe plus dans le registre.</translation>
    </message>
    <message>
        <source>This dossier no longer exists in the register.</source>
        <translation>Ce dossier n&apos;existe plus dans le registre.</translation>
    </message>
    <message>
        <source>This person was anonymised by retention and can no longer be changed. Register the person again if they come back.</source>
        <translation>Cette personne a été anonymisée à l&apos;échéance de la durée de conservation et ne peut plus être modifiée. Enregistrez-la à nouveau si elle revient.</translation>
    </message>
    <message>
        <source>The person %1 %2</source>
        <translation>La personne %1 %2</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Le dossier %1</translation>
    </message>
    <message>
        <source>The dossier</source>
        <translation>Le dossier</translation>
    </message>
</context>
<context>
    <name>ReportPickers</name>
    <message>
        <source>%1: enter a date such as 31/12/2024.</source>
        <translation>%1&#xa0;: indiquez une date comme 31/12/2024.</translation>
    </message>
</context>
<context>
    <name>ReportSupport</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>La base de données ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database holds a date that is not of the form YYYY-MM-DD; run a database check.</source>
        <translation>La base de données contient une date qui n&apos;est pas de la forme AAAA-MM-JJ&#xa0;; lancez une vérification de la base de données.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The cut-off day is not a valid date.</source>
        <translation>La date limite n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The cut-off day %1 lies in the future: only dossiers that are closed can expire.</source>
        <translation>La date limite %1 est dans le futur&#xa0;: seuls les dossiers clôturés peuvent arriver à échéance.</translation>
    </message>
    <message>
        <source>Nothing was anonymised: %1</source>
        <translation>Rien n&apos;a été anonymisé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Project facilitator</source>
        <translation>Facilitateur de projet</translation>
    </message>
    <message>
        <source>Insertion officer</source>
        <translation>Agent d&apos;insertion</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
</context>
<context>
    <name>RowVersion</name>
    <message>
        <source>%1 was changed by somebody else after you opened it, so nothing was saved. Reload to see the changes.</source>
        <translation>%1 a été modifié par quelqu&apos;un d&apos;autre après que vous l&apos;avez ouvert ; rien n&apos;a donc été enregistré. Rechargez pour voir les modifications.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it, so nothing was saved. Reload to see the changes.</source>
        <translation>%1 a été modifié par %2 à %3 après que vous l&apos;avez ouvert ; rien n&apos;a donc été enregistré. Rechargez pour voir les modifications.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 on %3 at %4 after you opened it, so nothing was saved. Reload to see the changes.</source>
        <translation>%1 a été modifié par %2 le %3 à %4 après que vous l&apos;avez ouvert ; rien n&apos;a donc été enregistré. Rechargez pour voir les modifications.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>A database address has the form postgresql://user@server:port/database.</source>
        <translation>Une adresse de base de données a la forme postgresql://utilisateur@serveur:port/base.</translation>
    </message>
    <message>
        <source>%1 is not a database address. %2</source>
        <translation>%1 n&apos;est pas une adresse de base de données. %2</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; in the database address %2 is not a number from 1 to 65535.</source>
        <translation>Le port « %1 » de l&apos;adresse de base de données %2 n&apos;est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>%1 is not a valid database address (%2). %3</source>
        <translation>%1 n&apos;est pas une adresse de base de données valable (%2). %3</translation>
    </message>
    <message>
        <source>The database address contains a password. A password there would be visible to others (command lines, lists of recent databases); give it in the PARCOURS_DB_PASSWORD environment variable or a .pgpass file, or type it when asked.</source>
        <translation>L&apos;adresse de base de données contient un mot de passe. Il y serait visible par d&apos;autres (lignes de commande, listes de bases récentes) ; donnez-le dans la variable d&apos;environnement PARCOURS_DB_PASSWORD ou un fichier .pgpass, ou tapez-le quand il est demandé.</translation>
    </message>
    <message>
        <source>The database address %1 names no server. %2</source>
        <translation>L&apos;adresse de base de données %1 ne nomme aucun serveur. %2</translation>
    </message>
    <message>
        <source>The database address %1 names no database. %2</source>
        <translation>L&apos;adresse de base de données %1 ne nomme aucune base. %2</translation>
    </message>
    <message>
        <source>The database address %1 names more than one database (&quot;%2&quot;). %3</source>
        <translation>L&apos;adresse de base de données %1 nomme plus d&apos;une base (« %2 »). %3</translation>
    </message>
    <message>
        <source>The database address %1 ends in a &quot;#…&quot; part that means nothing here.</source>
        <translation>L&apos;adresse de base de données %1 se termine par une partie « #… » qui ne signifie rien ici.</translation>
    </message>
    <message>
        <source>The database address has an unknown sslmode &quot;%1&quot; (known: disable, require, verify-ca, verify-full, prefer, allow).</source>
        <translation>L&apos;adresse de base de données a un sslmode inconnu « %1 » (connus : disable, require, verify-ca, verify-full, prefer, allow).</translation>
    </message>
    <message>
        <source>The database address has an unknown setting &quot;%1&quot;.</source>
        <translation>L&apos;adresse de base de données a un paramètre inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The server is missing: give its name or IP address.</source>
        <translation>Le serveur manque : donnez son nom ou son adresse IP.</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; contains characters a server name cannot have.</source>
        <translation>Le nom de serveur « %1 » contient des caractères qu&apos;un nom de serveur ne peut pas avoir.</translation>
    </message>
    <message>
        <source>The port %1 is not a number from 1 to 65535.</source>
        <translation>Le port %1 n&apos;est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The database name is missing.</source>
        <translation>Le nom de la base de données manque.</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; cannot contain &quot;/&quot;.</source>
        <translation>Le nom de base « %1 » ne peut pas contenir « / ».</translation>
    </message>
    <message>
        <source>An unencrypted connection (sslmode=disable) is refused for %1: people&apos;s data would cross the network readable by anyone on it. Use require or verify-full; the server needs ssl = on (see the README, &quot;One PC or a server&quot;).</source>
        <translation>Une connexion non chiffrée (sslmode=disable) est refusée pour %1 : les données des personnes traverseraient le réseau lisibles par quiconque s&apos;y trouve. Utilisez require ou verify-full ; le serveur a besoin de ssl = on (voir le README, « One PC or a server »).</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>Le fichier de certificat d&apos;AC %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The path of the CA certificate file cannot contain &quot;;&quot;: %1</source>
        <translation>Le chemin du fichier de certificat d&apos;AC ne peut pas contenir « ; » : %1</translation>
    </message>
    <message>
        <source>The setting %1 cannot contain &quot;;&quot;.</source>
        <translation>Le paramètre %1 ne peut pas contenir « ; ».</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds, not &quot;%1&quot;.</source>
        <translation>connect_timeout doit être un nombre de secondes, pas « %1 ».</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>Connected: the database %1 on %2 is a Parcours database of this version.</source>
        <translation>Connecté : la base %1 sur %2 est une base Parcours de cette version.</translation>
    </message>
    <message>
        <source>Connected: the database %1 is a Parcours database of an older version (schema %2). Opening it upgrades it to this version (schema %3) for every PC that uses it; make a backup with pg_dump first.</source>
        <translation>Connecté : la base %1 est une base Parcours d&apos;une version plus ancienne (schéma %2). L&apos;ouvrir la met à jour vers cette version (schéma %3) pour chaque PC qui l&apos;utilise ; faites d&apos;abord une sauvegarde avec pg_dump.</translation>
    </message>
    <message>
        <source>Connected: the database %1 is empty. Parcours can set it up as a new register when you open it.</source>
        <translation>Connecté : la base %1 est vide. Parcours peut la préparer comme un nouveau registre quand vous l&apos;ouvrez.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Parcours (schema %2; this version knows up to %3). Install the newer version on this PC.</source>
        <translation>La base %1 a été écrite par une version plus récente de Parcours (schéma %2 ; cette version connaît jusqu&apos;à %3). Installez la version plus récente sur ce PC.</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program: it is not a Parcours database. Check the database name. Nothing was changed.</source>
        <translation>La base %1 contient les tables d&apos;un autre programme : ce n&apos;est pas une base Parcours. Vérifiez le nom de la base. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The server name %1 is not known on this network. Check the spelling, or use the server&apos;s IP address.</source>
        <translation>Le nom de serveur %1 est inconnu sur ce réseau. Vérifiez l&apos;orthographe, ou utilisez l&apos;adresse IP du serveur.</translation>
    </message>
    <message>
        <source>The server %1 does not answer on port %2. Check the name and the port, that PostgreSQL runs there and listens on the network (listen_addresses), and that no firewall blocks the port.</source>
        <translation>Le serveur %1 ne répond pas sur le port %2. Vérifiez le nom et le port, que PostgreSQL y tourne et écoute sur le réseau (listen_addresses), et qu&apos;aucun pare-feu ne bloque le port.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed. Check the TLS setting: the server needs ssl = on, and to verify it the CA file must be the one that signed the server&apos;s certificate, made out to the name %1.</source>
        <translation>La connexion chiffrée à %1 a échoué. Vérifiez le réglage TLS : le serveur a besoin de ssl = on, et pour le vérifier le fichier d&apos;AC doit être celui qui a signé le certificat du serveur, établi au nom %1.</translation>
    </message>
    <message>
        <source>The server asks for the password of the user %1. Type it in the password field.</source>
        <translation>Le serveur demande le mot de passe de l&apos;utilisateur %1. Tapez-le dans le champ du mot de passe.</translation>
    </message>
    <message>
        <source>The server refused the user %1 with this password. Check the user name and the password (both are case-sensitive).</source>
        <translation>Le serveur a refusé l&apos;utilisateur %1 avec ce mot de passe. Vérifiez le nom d&apos;utilisateur et le mot de passe (tous deux sensibles à la casse).</translation>
    </message>
    <message>
        <source>The server does not let the user %1 connect to the database %2 from this PC. The administrator adds a line for this network to pg_hba.conf (see the README, &quot;One PC or a server&quot;).</source>
        <translation>Le serveur ne laisse pas l&apos;utilisateur %1 se connecter à la base %2 depuis ce PC. L&apos;administrateur ajoute une ligne pour ce réseau dans pg_hba.conf (voir le README, « One PC or a server »).</translation>
    </message>
    <message>
        <source>There is no database %1 on the server %2. Check the name, or ask the administrator to create it (createdb).</source>
        <translation>Il n&apos;y a pas de base %1 sur le serveur %2. Vérifiez le nom, ou demandez à l&apos;administrateur de la créer (createdb).</translation>
    </message>
    <message>
        <source>This installation cannot reach database servers: Qt&apos;s PostgreSQL driver is missing (Debian: libqt6sql6-psql).</source>
        <translation>Cette installation ne peut pas joindre de serveurs de bases de données : le pilote PostgreSQL de Qt manque (Debian : libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a dit : %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The idle time before locking lies between %1 and %2 minutes.</source>
        <translation>Le délai d&apos;inactivité avant verrouillage est compris entre %1 et %2 minutes.</translation>
    </message>
    <message>
        <source>The retention period lies between %1 and %2 years.</source>
        <translation>La durée de conservation est comprise entre %1 et %2 ans.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database is being changed by another program or another Parcours window. Nothing was saved; try again in a moment.</source>
        <translation>La base de données est en cours de modification par un autre programme ou une autre fenêtre de Parcours. Rien n&apos;a été enregistré&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database file is read-only. Nothing was saved.</source>
        <translation>Le fichier de la base de données est en lecture seule. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was saved; run a check and restore the latest backup.</source>
        <translation>Le fichier de la base de données est endommagé. Rien n&apos;a été enregistré&#xa0;; lancez une vérification et restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Le disque est plein. Rien n&apos;a été enregistré&#xa0;; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The database refused the operation: %1</source>
        <translation>La base de données a refusé l&apos;opération&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Nothing was saved; check the network and try again.</source>
        <translation>La connexion au serveur de base de données a été perdue. Rien n&apos;a été enregistré ; vérifiez le réseau et réessayez.</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>NISS</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent d&apos;insertion</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Outcome detail</source>
        <translation>Détail de l&apos;issue</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Period (internal)</source>
        <translation>Période (interne)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>%1 is not a national number: %2</source>
        <translation>%1 n&apos;est pas un NISS&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nobody with the national number %1 is in this database.</source>
        <translation>Personne avec le NISS %1 ne figure dans cette base de données.</translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation>Données détenues sur %1</translation>
    </message>
    <message>
        <source>National number %1. Written on %2 (UTC) by %3, from the Parcours database, for a request of access to personal data (GDPR article 15).</source>
        <translation>NISS %1. Établi le %2 (UTC) par %3, à partir de la base de données Parcours, pour une demande d&apos;accès aux données personnelles (article 15 du RGPD).</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Placements in the integration trajectory</source>
        <translation>Étapes du parcours d&apos;insertion</translation>
    </message>
    <message>
        <source>Who created, changed or looked at this data (audit trail)</source>
        <translation>Qui a créé, modifié ou consulté ces données (journal d&apos;audit)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Socio-professional balance (every version)</source>
        <translation>Bilan socioprofessionnel (toutes les versions)</translation>
    </message>
    <message>
        <source>Individualised social integration project (GPMI)</source>
        <translation>Projet individualisé d&apos;intégration sociale (PIIS)</translation>
    </message>
    <message>
        <source>Evaluations of the GPMI</source>
        <translation>Évaluations du PIIS</translation>
    </message>
    <message>
        <source>Job Tables taken part in</source>
        <translation>Participation aux Tables Emploi</translation>
    </message>
    <message>
        <source>Attendance at the Job Table meetings</source>
        <translation>Présence aux séances de la Table Emploi</translation>
    </message>
    <message>
        <source>Visits to the Space for Work</source>
        <translation>Visites à l’Espace Emploi</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Days needed</source>
        <translation>Jours nécessaires</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin réelle</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>Article 60 contracts</source>
        <translation>Contrats article 60</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>Placements started in the year</source>
        <translation>Placements commencés dans l&apos;année</translation>
    </message>
    <message>
        <source>More dossiers in the cell (31 Dec − 1 Jan)</source>
        <translation>Dossiers en plus dans la cellule (31 déc − 1er janv)</translation>
    </message>
    <message>
        <source>Literacy level tests taken</source>
        <translation>Tests de niveau d&apos;alphabétisation passés</translation>
    </message>
    <message>
        <source>Article 60: contracts started in the year</source>
        <translation>Article 60 : contrats commencés dans l&apos;année</translation>
    </message>
    <message>
        <source>%1: placements started in the year</source>
        <translation>%1 : placements commencés dans l&apos;année</translation>
    </message>
    <message>
        <source>%1: more dossiers in the cell (31 Dec − 1 Jan)</source>
        <translation>%1 : dossiers en plus dans la cellule (31 déc − 1er janv)</translation>
    </message>
    <message>
        <source>Year: %1 is not a year between 1990 and 2100.</source>
        <translation>Année : %1 n&apos;est pas une année entre 1990 et 2100.</translation>
    </message>
    <message>
        <source>Measure: literacy level tests are a target of the literacy cell, not of %1.</source>
        <translation>Mesure : les tests de niveau sont un objectif de la Cellule Alphabétisation, pas de %1.</translation>
    </message>
    <message>
        <source>Target: %1 is out of range.</source>
        <translation>Objectif : %1 est hors limites.</translation>
    </message>
    <message>
        <source>Target: only a change in the number of dossiers can be negative.</source>
        <translation>Objectif : seule une variation du nombre de dossiers peut être négative.</translation>
    </message>
    <message>
        <source>%1 already has a target for %2; change that one.</source>
        <translation>%1 a déjà un objectif pour %2 ; modifiez celui-là.</translation>
    </message>
    <message>
        <source>There is no target number %1.</source>
        <translation>Il n&apos;y a pas d&apos;objectif numéro %1.</translation>
    </message>
</context>
<context>
    <name>Trajectory</name>
    <message>
        <source>There is no dossier number %1 in the register (it may have been removed).</source>
        <translation>Il n&apos;y a pas de dossier numéro %1 dans le registre (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>There is no placement number %1 (it may have been removed).</source>
        <translation>Il n&apos;y a pas d&apos;étape numéro %1 (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>A transfer needs a valid day.</source>
        <translation>Un transfert a besoin d&apos;un jour valide.</translation>
    </message>
    <message>
        <source>The dossier %1 is in no cell on %2, so there is nothing to transfer from: refer it to a cell instead.</source>
        <translation>Le dossier %1 n&apos;est dans aucune cellule le %2, il n&apos;y a donc rien à transférer&#xa0;: orientez-le plutôt vers une cellule.</translation>
    </message>
    <message>
        <source>The transfer on %1 must come after the start of the current placement %2: edit that placement instead.</source>
        <translation>Le transfert du %1 doit suivre le début de l&apos;étape en cours %2&#xa0;: modifiez plutôt cette étape.</translation>
    </message>
    <message>
        <source>The dossier %1 is already in %2 on %3.</source>
        <translation>Le dossier %1 est déjà dans la cellule %2 le %3.</translation>
    </message>
    <message>
        <source>The transfer to %1 on %2 was refused: %3</source>
        <translation>Le transfert vers la cellule %1 le %2 a été refusé&#xa0;: %3</translation>
    </message>
    <message>
        <source>Ending a placement needs a valid end date.</source>
        <translation>Pour terminer une étape, il faut une date de fin valide.</translation>
    </message>
    <message>
        <source>A placement cannot move to another dossier: end it and refer the other dossier instead.</source>
        <translation>Une étape ne peut pas passer à un autre dossier&#xa0;: terminez-la et orientez plutôt l&apos;autre dossier.</translation>
    </message>
    <message>
        <source>Closing a dossier needs a valid closing date.</source>
        <translation>Pour clôturer un dossier, il faut une date de clôture valide.</translation>
    </message>
    <message>
        <source>The dossier %1 cannot close on %2, before it opened on %3.</source>
        <translation>Le dossier %1 ne peut pas être clôturé le %2, avant son ouverture le %3.</translation>
    </message>
    <message>
        <source>The dossier %1 cannot close on %2: the placement %3 starts later. Remove or move that placement first.</source>
        <translation>Le dossier %1 ne peut pas être clôturé le %2&#xa0;: l&apos;étape %3 commence plus tard. Supprimez ou déplacez d&apos;abord cette étape.</translation>
    </message>
    <message>
        <source>The placement was removed by somebody else after you opened it, so nothing was saved.</source>
        <translation>Le placement a été supprimé par quelqu&apos;un d&apos;autre après que vous l&apos;avez ouvert ; rien n&apos;a donc été enregistré.</translation>
    </message>
    <message>
        <source>The placement %1 of dossier %2</source>
        <translation>Le placement %1 du dossier %2</translation>
    </message>
</context>
<context>
    <name>TrajectoryLabels</name>
    <message>
        <source>Project facilitation</source>
        <translation>Facilitateurs de projet</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Alphabétisation</translation>
    </message>
    <message>
        <source>Studies and training</source>
        <translation>Études et formations</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Article 60</source>
        <translation>Article 60</translation>
    </message>
    <message>
        <source>Post-article 60</source>
        <translation>Post-article 60</translation>
    </message>
    <message>
        <source>Health / equity</source>
        <translation>Santé / équité</translation>
    </message>
    <message>
        <source>Job found</source>
        <translation>Emploi trouvé</translation>
    </message>
    <message>
        <source>Studies or training completed</source>
        <translation>Études ou formation terminées</translation>
    </message>
    <message>
        <source>Moved to another cell</source>
        <translation>Vers une autre cellule</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Déménagement</translation>
    </message>
    <message>
        <source>Income ended</source>
        <translation>Fin du RIS ou de l&apos;aide équivalente</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Nobody is signed in. Sign in first; nothing was saved.</source>
        <translation>Personne n&apos;est connecté. Connectez-vous d&apos;abord&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The audit trail of this database cannot record who you are, so nothing was saved. Run &quot;parcours-cli check&quot; and restore a backup if it reports problems.</source>
        <translation>Le journal d&apos;audit de cette base de données ne peut pas enregistrer qui vous êtes, rien n&apos;a donc été enregistré. Lancez «&#xa0;parcours-cli check&#xa0;» et restaurez une sauvegarde s&apos;il signale des problèmes.</translation>
    </message>
    <message>
        <source>The import was not recorded in the audit trail, so nothing was saved.</source>
        <translation>L&apos;importation n&apos;a pas été enregistrée dans la piste d&apos;audit ; rien n&apos;a été sauvegardé.</translation>
    </message>
    <message>
        <source>An import cannot run inside another change; nothing was saved.</source>
        <translation>Une importation ne peut pas se faire au milieu d’une autre modification ; rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>WholeFile</name>
    <message>
        <source>the disk may be full (%1).</source>
        <translation>le disque est peut-être plein (%1).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Integration trajectories for the SPI services of Belgian OCMW / CPAS.</source>
        <translation>Parcours d&apos;insertion pour les services ISP des CPAS belges.</translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt;. It must exist, unless it is the default database.</source>
        <translation>Ouvrir le fichier de base de données &lt;path&gt;. Il doit exister, sauf s&apos;il s&apos;agit de la base de données par défaut.</translation>
    </message>
    <message>
        <source>Render each main view with sample data to &lt;dir&gt;/&lt;view&gt;.png and exit.</source>
        <translation>Enregistrer chaque vue principale avec des données d&apos;exemple dans &lt;dir&gt;/&lt;view&gt;.png, puis quitter.</translation>
    </message>
    <message>
        <source>The language of the interface: nl, fr or en (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>La langue de l&apos;interface&#xa0;: nl, fr ou en (par défaut&#xa0;: celle choisie dans les Paramètres, sinon celle du système).</translation>
    </message>
    <message>
        <source>parcours: unknown language %1 (nl, fr or en).</source>
        <translation>parcours&#xa0;: langue inconnue %1 (nl, fr ou en).</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AboutDialog</name>
    <message>
        <source>About Parcours</source>
        <translation>À propos de Parcours</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Integration trajectories for the socio-professional integration services (SPI) of Belgian OCMW / CPAS: the register of dossiers, the trajectory through the cells, the evolution figures and the Job Table.</source>
        <translation>Parcours d&apos;insertion pour les services d&apos;insertion socioprofessionnelle (ISP) des CPAS belges&#xa0;: le registre des dossiers, le parcours à travers les cellules, les chiffres d&apos;évolution et la Table Emploi.</translation>
    </message>
    <message>
        <source>Free software: you may use, study, share and change it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Logiciel libre&#xa0;: vous pouvez l&apos;utiliser, l&apos;étudier, le partager et le modifier selon les termes de la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Licence publique générale GNU&lt;/a&gt;, version 3 ou toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Construit avec&#xa0;:</translation>
    </message>
    <message>
        <source>Catch2 runs the tests; it is not part of the program.</source>
        <translation>Catch2 exécute les tests&#xa0;; il ne fait pas partie du programme.</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>Aucune base de données ouverte.</translation>
    </message>
    <message>
        <source>Database in use: %1</source>
        <translation>Base de données utilisée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AccountsDialog</name>
    <message>
        <source>Accounts and settings</source>
        <translation>Comptes et paramètres</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Nouveau compte…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Settings of this database</source>
        <translation>Paramètres de cette base de données</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>Verrouiller la fenêtre après</translation>
    </message>
    <message>
        <source>Keep identities for</source>
        <translation>Conserver les identités pendant</translation>
    </message>
    <message>
        <source>…after a person&apos;s last dossier closed.</source>
        <translation>…après la clôture du dernier dossier d&apos;une personne.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Compter</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymiser…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Settings and retention</source>
        <translation>Paramètres et conservation</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>People whose every dossier closed before %1 (%2 years ago) are anonymised: names, numbers, contacts and notes erased; the figures stay the same. This cannot be undone.</source>
        <translation>Les personnes dont tous les dossiers ont été clôturés avant le %1 (il y a %2 ans) sont anonymisées&#xa0;: noms, numéros, coordonnées et notes effacés&#xa0;; les chiffres restent les mêmes. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>Premier mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Répétez-le&#xa0;:</translation>
    </message>
    <message>
        <source>The person must choose a password of their own at the first sign-in.</source>
        <translation>La personne devra choisir son propre mot de passe à la première connexion.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>A new password for %1; they must change it at the next sign-in:</source>
        <translation>Un nouveau mot de passe pour %1&#xa0;; il devra être changé à la connexion suivante&#xa0;:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The account %1 was created.</source>
        <translation>Le compte %1 a été créé.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>The password of %1 was reset; they must change it at the next sign-in.</source>
        <translation>Le mot de passe de %1 a été réinitialisé&#xa0;; il devra être changé à la connexion suivante.</translation>
    </message>
    <message>
        <source>%1 is now %2. The change applies from their next sign-in.</source>
        <translation>%1 est maintenant %2. Le changement s&apos;applique à partir de sa prochaine connexion.</translation>
    </message>
    <message>
        <source>The settings were saved. The idle lock applies from the next sign-in.</source>
        <translation>Les paramètres ont été enregistrés. Le verrouillage automatique s&apos;applique à partir de la prochaine connexion.</translation>
    </message>
    <message>
        <source>%1 people would be anonymised (%2 dossiers, %3 placements).</source>
        <translation>%1 personnes seraient anonymisées (%2 dossiers, %3 étapes).</translation>
    </message>
    <message>
        <source>Nobody&apos;s dossiers all closed before %1: nothing to anonymise.</source>
        <translation>Personne n&apos;a tous ses dossiers clôturés avant le %1&#xa0;: rien à anonymiser.</translation>
    </message>
    <message>
        <source>Anonymise %1 people whose every dossier closed before %2? Their names, numbers, contacts and notes are erased for good. Backups made earlier still hold them.</source>
        <translation>Anonymiser %1 personnes dont tous les dossiers ont été clôturés avant le %2&#xa0;? Leurs noms, numéros, coordonnées et notes seront définitivement effacés. Les sauvegardes antérieures les contiennent encore.</translation>
    </message>
    <message>
        <source>%1 people were anonymised.</source>
        <translation>%1 personnes ont été anonymisées.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AccountsModel</name>
    <message>
        <source>Yes, must change password</source>
        <translation>Oui, doit changer de mot de passe</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Connexions échouées</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AgreementListModel</name>
    <message>
        <source>until further notice</source>
        <translation>jusqu&apos;à nouvel ordre</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>parcours::ui::Article60Dialog</name>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n&apos;a été enregistré. %1</translation>
    </message>
</context>
<context>
    <name>parcours::ui::Article60View</name>
    <message>
        <source>Post-article-60 guidance</source>
        <translation>Accompagnement post-article 60</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le :</translation>
    </message>
    <message>
        <source>New &amp;post…</source>
        <translation>Nouveau &amp;poste…</translation>
    </message>
    <message>
        <source>New &amp;contract…</source>
        <translation>Nouveau &amp;contrat…</translation>
    </message>
    <message>
        <source>&amp;End contract…</source>
        <translation>&amp;Terminer le contrat…</translation>
    </message>
    <message>
        <source>Contracts ending</source>
        <translation>Contrats qui se terminent</translation>
    </message>
    <message numerus="yes">
        <source>within %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No article 60 posts yet: add the first one with “New post”.</source>
        <translation>Pas encore de postes article 60 : ajoutez le premier avec « Nouveau poste ».</translation>
    </message>
    <message>
        <source>%1 posts: %2 filled, %3 vacant.</source>
        <translation>%1 postes : %2 occupés, %3 vacants.</translation>
    </message>
    <message>
        <source>The post was added.</source>
        <translation>Le poste a été ajouté.</translation>
    </message>
    <message>
        <source>The contract was added, with the article 60 placement over its period.</source>
        <translation>Le contrat a été ajouté, avec l&apos;étape article 60 sur sa période.</translation>
    </message>
    <message>
        <source>The contract ended. %1</source>
        <translation>Le contrat est terminé. %1</translation>
    </message>
    <message>
        <source>The contract of %1 ended. Parcours proposes three months of post-article-60 guidance (Cel Post-Artikel 60 / Cellule post-article 60) from %2 to %3.

Create this placement?</source>
        <translation>Le contrat de %1 est terminé. Parcours propose trois mois d&apos;accompagnement post-article 60 (Cellule post-article 60) du %2 au %3.

Créer cette étape ?</translation>
    </message>
    <message>
        <source>The contract ended; no post-article-60 placement was created.</source>
        <translation>Le contrat est terminé ; aucune étape post-article 60 n&apos;a été créée.</translation>
    </message>
    <message>
        <source>The post-article-60 placement was not created: %1</source>
        <translation>L&apos;étape post-article 60 n&apos;a pas été créée : %1</translation>
    </message>
    <message>
        <source>The post-article-60 placement of %1 runs from %2 to %3.</source>
        <translation>L&apos;étape post-article 60 de %1 va du %2 au %3.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AttendanceModel</name>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AuditModel</name>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>looked at</source>
        <translation>consulté</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>connexion échouée</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Values (old → new)</source>
        <translation>Valeurs (ancienne → nouvelle)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>copied from another database</source>
        <translation>copié depuis une autre base de données</translation>
    </message>
    <message>
        <source>restored from a backup</source>
        <translation>restauré depuis une sauvegarde</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Toutes les données</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui&#xa0;:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Données&#xa0;:</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
</context>
<context>
    <name>parcours::ui::BackupListModel</name>
    <message>
        <source>Taken on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>parcours::ui::BalanceForm</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formation scolaire</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Highest &amp;level:</source>
        <translation>&amp;Niveau le plus élevé :</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diplôme</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Recognised in Belgium</source>
        <translation>Reconnu en Belgique</translation>
    </message>
    <message>
        <source>Diplomas:</source>
        <translation>Diplômes :</translation>
    </message>
    <message>
        <source>Work experience and skills</source>
        <translation>Expérience professionnelle et compétences</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Experience:</source>
        <translation>Expérience :</translation>
    </message>
    <message>
        <source>separated by ;</source>
        <translation>séparées par ;</translation>
    </message>
    <message>
        <source>&amp;Acquired skills:</source>
        <translation>Compétences &amp;acquises :</translation>
    </message>
    <message>
        <source>La&amp;tent skills:</source>
        <translation>Compétences la&amp;tentes :</translation>
    </message>
    <message>
        <source>Personal &amp;wishes:</source>
        <translation>&amp;Souhaits personnels :</translation>
    </message>
    <message>
        <source>Languages (CEFR level)</source>
        <translation>Langues (niveau CECR)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Obstacles to integration</source>
        <translation>Obstacles à l&apos;insertion</translation>
    </message>
    <message>
        <source>Health, mental health, addiction and criminal record are hidden: your role may not see them.</source>
        <translation>Santé, santé mentale, assuétudes et casier judiciaire sont masqués : votre rôle ne peut pas les voir.</translation>
    </message>
    <message>
        <source>%1 (sensitive)</source>
        <translation>%1 (sensible)</translation>
    </message>
    <message>
        <source>Special category of data: only facilitators and officers see it, and every reading is recorded.</source>
        <translation>Catégorie particulière de données : seuls les facilitateurs et les agents d&apos;insertion les voient, et chaque consultation est enregistrée.</translation>
    </message>
    <message>
        <source>how it is being resolved</source>
        <translation>comment c&apos;est résolu</translation>
    </message>
    <message>
        <source>Professional project and orientation</source>
        <translation>Projet professionnel et orientation</translation>
    </message>
    <message>
        <source>(not judged yet)</source>
        <translation>(pas encore jugé)</translation>
    </message>
    <message>
        <source>(no orientation yet)</source>
        <translation>(pas encore d&apos;orientation)</translation>
    </message>
    <message>
        <source>Target &amp;occupation:</source>
        <translation>&amp;Métier visé :</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>Realistic and &amp;feasible:</source>
        <translation>Réaliste et &amp;réalisable :</translation>
    </message>
    <message>
        <source>O&amp;rientation:</source>
        <translation>O&amp;rientation :</translation>
    </message>
    <message>
        <source>Orientation &amp;note:</source>
        <translation>&amp;Note d&apos;orientation :</translation>
    </message>
</context>
<context>
    <name>parcours::ui::BalancePage</name>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>Select two versions, or one to compare it with the version before it</source>
        <translation>Sélectionnez deux versions, ou une pour la comparer à la précédente</translation>
    </message>
    <message>
        <source>Versions (double-click to show):</source>
        <translation>Versions (double-cliquez pour afficher) :</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Enregistré comme version %1.</translation>
    </message>
    <message>
        <source>&amp;Refer to the orientation…</source>
        <translation>&amp;Orienter selon le bilan…</translation>
    </message>
    <message>
        <source>Make the orientation of the latest version the dossier&apos;s next step in the trajectory</source>
        <translation>Faire de l&apos;orientation de la dernière version la prochaine étape du dossier dans le parcours</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>&amp;Imprimer le résumé…</translation>
    </message>
    <message>
        <source>Version %1 — %2
%3</source>
        <translation>Version %1 — %2
%3</translation>
    </message>
    <message>
        <source>No balance yet: fill in the form and save the first version.</source>
        <translation>Pas encore de bilan : remplissez le formulaire et enregistrez la première version.</translation>
    </message>
    <message>
        <source>Version %1 (the latest), %2 by %3.</source>
        <translation>Version %1 (la dernière), %2 par %3.</translation>
    </message>
    <message>
        <source>Version %1 of %2 by %3. Saving it makes it the latest version again.</source>
        <translation>Version %1 du %2 par %3. L&apos;enregistrer en refait la dernière version.</translation>
    </message>
    <message>
        <source>The balance was not read yet; open the Balance tab first.</source>
        <translation>Le bilan n&apos;a pas encore été lu ; ouvrez d&apos;abord l&apos;onglet Bilan.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The dossier was referred on %1; the trajectory shows the new step.</source>
        <translation>Le dossier a été orienté le %1 ; le parcours montre la nouvelle étape.</translation>
    </message>
    <message>
        <source>Refer to the orientation</source>
        <translation>Orienter selon le bilan</translation>
    </message>
    <message>
        <source>The orientation of the latest version becomes the dossier&apos;s referral from this day on. A step that is running then ends the day before.</source>
        <translation>L&apos;orientation de la dernière version devient l&apos;orientation du dossier à partir de ce jour. Une étape en cours se termine la veille.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>À &amp;partir du :</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Bilan %1</translation>
    </message>
    <message>
        <source>Save the balance summary as PDF</source>
        <translation>Enregistrer le résumé du bilan en PDF</translation>
    </message>
    <message>
        <source>balance-%1.pdf</source>
        <translation>bilan-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary was written to %1.</source>
        <translation>Le résumé a été écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CandidateDialog</name>
    <message>
        <source>Add participants</source>
        <translation>Ajouter des participants</translation>
    </message>
    <message>
        <source>Name or dossier reference</source>
        <translation>Nom ou référence du dossier</translation>
    </message>
    <message>
        <source>In the Work cell</source>
        <translation>À la Cellule Emploi</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Add to the group</source>
        <translation>Ajouter au groupe</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CandidateModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Cell today</source>
        <translation>Cellule aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CaseloadModel</name>
    <message>
        <source>In %1 from %2, planned until %3</source>
        <translation>Dans la cellule %1 depuis le %2, prévu jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>In %1 since %2</source>
        <translation>Dans la cellule %1 depuis le %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Days in the cell</source>
        <translation>Jours dans la cellule</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent d&apos;insertion</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CaseloadReportView</name>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>Per cell</source>
        <translation>Par cellule</translation>
    </message>
    <message>
        <source>Per officer</source>
        <translation>Par agent d&apos;insertion</translation>
    </message>
    <message>
        <source>Per officer and cell</source>
        <translation>Par agent d&apos;insertion et cellule</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>How many people each cell and each officer follow on a day: placements running that day in dossiers open that day. Choose a day and press Compute.</source>
        <translation>Combien de personnes chaque cellule et chaque agent d&apos;insertion suivent un jour donné&#xa0;: étapes en cours ce jour-là dans des dossiers ouverts ce jour-là. Choisissez un jour et cliquez sur Calculer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On %1&lt;/b&gt; — people in a cell: %2 · officers: %3</source>
        <translation>&lt;b&gt;Le %1&lt;/b&gt; — personnes dans une cellule&#xa0;: %2 · agents d&apos;insertion&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>All cells</source>
        <translation>Toutes les cellules</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent d&apos;insertion</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Tous les agents d&apos;insertion</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CaseloadView</name>
    <message>
        <source>(no officer recorded)</source>
        <translation>(aucun agent d&apos;insertion enregistré)</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>Aujourd&apos;&amp;hui</translation>
    </message>
    <message>
        <source>All cells</source>
        <translation>Toutes les cellules</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Tous les agents d&apos;insertion</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Cellule&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>&amp;Agent d&apos;insertion&#xa0;:</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Days in the cell</source>
        <translation>Jours dans la cellule</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>On %1, %2 follows 1 person in a cell</source>
        <translation>Le %1, %2 suit 1 personne dans une cellule</translation>
    </message>
    <message>
        <source>On %1, %2 follows %3 people in a cell</source>
        <translation>Le %1, %2 suit %3 personnes dans une cellule</translation>
    </message>
    <message>
        <source>On %1, 1 person is in a cell</source>
        <translation>Le %1, 1 personne est dans une cellule</translation>
    </message>
    <message>
        <source>On %1, %2 people are in a cell</source>
        <translation>Le %1, %2 personnes sont dans une cellule</translation>
    </message>
    <message>
        <source>Nobody is in a cell on %1.</source>
        <translation>Personne n&apos;est dans une cellule le %1.</translation>
    </message>
    <message>
        <source>Nobody matches these filters on %1.</source>
        <translation>Personne ne correspond à ces filtres le %1.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CellsArea</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Article 60</source>
        <translation>Article 60</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Alphabétisation</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Changer votre mot de passe</translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose a password of your own (at least %1 characters) before you go on.</source>
        <translation>Votre mot de passe a été défini par l&apos;administrateur. Choisissez votre propre mot de passe (au moins %1 caractères) avant de continuer.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Un mot de passe compte au moins %1 caractères.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Répétez le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the new password again.</source>
        <translation>Les deux nouveaux mots de passe diffèrent. Tapez à nouveau le nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CompareDialog</name>
    <message>
        <source>Compare %1 with %2</source>
        <translation>Comparer %1 avec %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Sensitive data: this reading is recorded in the audit trail.</source>
        <translation>Données sensibles : cette consultation est enregistrée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(non rempli)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>%1 of %2 fields changed.</source>
        <translation>%1 champ(s) sur %2 modifié(s).</translation>
    </message>
    <message>
        <source>Show &amp;only the changes</source>
        <translation>Afficher &amp;uniquement les modifications</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ComplianceModel</name>
    <message>
        <source>%1 days late</source>
        <translation>%1 jours de retard</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent d&apos;insertion</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ComplianceView</name>
    <message>
        <source>GPMI follow-up</source>
        <translation>Suivi des PIIS</translation>
    </message>
    <message>
        <source>Open integration-income dossiers whose GPMI is missing, signed late, short of evaluations (3 a year, 2 face to face), or due within 30 days.</source>
        <translation>Dossiers ouverts au revenu d&apos;intégration dont le PIIS manque, a été signé en retard, manque d&apos;évaluations (3 par an, 2 en face à face), ou arrive à échéance dans les 30 jours.</translation>
    </message>
    <message>
        <source>O&amp;n:</source>
        <translation>&amp;Le :</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>A&amp;gent :</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Nothing to do: every GPMI that is due is signed and evaluated on time.</source>
        <translation>Rien à faire : chaque PIIS dû est signé et évalué à temps.</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>On %1: %2 missing or overdue, %3 due soon or signed late.</source>
        <translation>Le %1 : %2 manquant(s) ou en retard, %3 bientôt dû(s) ou signé(s) en retard.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ConnectionDialog</name>
    <message>
        <source>%1 on %2:%3 (%4)</source>
        <translation>%1 sur %2:%3 (%4)</translation>
    </message>
    <message>
        <source>Connect to a database</source>
        <translation>Se connecter à une base de données</translation>
    </message>
    <message>
        <source>This computer (a file)</source>
        <translation>Cet ordinateur (un fichier)</translation>
    </message>
    <message>
        <source>A server (PostgreSQL), shared by several PCs</source>
        <translation>Un serveur (PostgreSQL), partagé par plusieurs PC</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>For one PC. Keep the file on this PC&apos;s own disk: a database file on a network share can be damaged when two PCs write to it. Several officers at once need a server.</source>
        <translation>Pour un seul PC. Gardez le fichier sur le disque propre de ce PC : un fichier de base sur un partage réseau peut être endommagé quand deux PC y écrivent. Plusieurs agents à la fois ont besoin d&apos;un serveur.</translation>
    </message>
    <message>
        <source>name or IP address, e.g. db.ocmw.local</source>
        <translation>nom ou adresse IP, p. ex. db.cpas.local</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Chiffrée (require)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (verify-full)</source>
        <translation>Chiffrée, certificat du serveur vérifié (verify-full)</translation>
    </message>
    <message>
        <source>Not encrypted: only for a server on this PC (disable)</source>
        <translation>Non chiffrée : seulement pour un serveur sur ce PC (disable)</translation>
    </message>
    <message>
        <source>optional: the CA certificate that signed the server&apos;s</source>
        <translation>facultatif : le certificat d&apos;AC qui a signé celui du serveur</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Remember the password until Parcours closes</source>
        <translation>Retenir le mot de passe jusqu&apos;à la fermeture de Parcours</translation>
    </message>
    <message>
        <source>The password is kept in memory only, for opening this database again before Parcours closes. It is never saved: not in the settings, not on disk.</source>
        <translation>Le mot de passe est gardé en mémoire seulement, pour rouvrir cette base avant la fermeture de Parcours. Il n&apos;est jamais enregistré : ni dans les réglages, ni sur le disque.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Récents :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificat d&apos;&amp;AC :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnecter</translation>
    </message>
    <message>
        <source>Where is the register?</source>
        <translation>Où se trouve le registre ?</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or IP address.</source>
        <translation>Donnez le nom ou l&apos;adresse IP du serveur.</translation>
    </message>
    <message>
        <source>Give the name of the database on the server.</source>
        <translation>Donnez le nom de la base de données sur le serveur.</translation>
    </message>
    <message>
        <source>Give your user name on the database server.</source>
        <translation>Donnez votre nom d&apos;utilisateur sur le serveur de bases de données.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Choisissez le fichier de base de données.</translation>
    </message>
    <message>
        <source>The database %1 on %2 is empty. Set it up as a new Parcours register?

The first person to sign in becomes its administrator.</source>
        <translation>La base %1 sur %2 est vide. La préparer comme un nouveau registre Parcours ?

La première personne qui se connecte en devient l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Stop w&amp;aiting</source>
        <translation>&amp;Ne plus attendre</translation>
    </message>
    <message>
        <source>Stops waiting for the server&apos;s answer. Nothing was changed on the server.</source>
        <translation>Cesse d&apos;attendre la réponse du serveur. Rien n&apos;a été modifié sur le serveur.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion en cours…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ContractDialog</name>
    <message>
        <source>New article 60 contract</source>
        <translation>Nouveau contrat article 60</translation>
    </message>
    <message>
        <source>Name or dossier reference</source>
        <translation>Nom ou référence du dossier</translation>
    </message>
    <message>
        <source>%1, held until %2</source>
        <translation>%1, occupé jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>The days of work the person needs to open their unemployment rights, as the officer established them.</source>
        <translation>Les jours de travail dont la personne a besoin pour ouvrir ses droits au chômage, tels que l&apos;assistant social les a établis.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>P&amp;ost:</source>
        <translation>P&amp;oste :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Days needed:</source>
        <translation>&amp;Jours nécessaires :</translation>
    </message>
    <message>
        <source>Planned end:</source>
        <translation>Fin prévue :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Add contract</source>
        <translation>&amp;Ajouter le contrat</translation>
    </message>
    <message>
        <source>Choose the post, the start and the days needed.</source>
        <translation>Choisissez le poste, le début et les jours nécessaires.</translation>
    </message>
    <message>
        <source>%1 — the days needed counted in six-day weeks as the unemployment rules do (half time: three days a week), in whole weeks from the start.</source>
        <translation>%1 — les jours nécessaires comptés en semaines de six jours comme la réglementation du chômage (régime de six jours ; mi-temps : trois jours par semaine), en semaines entières depuis le début.</translation>
    </message>
    <message>
        <source>Start: type the date as %1.</source>
        <translation>Début : tapez la date sous la forme %1.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CourseModel</name>
    <message>
        <source>At the centre</source>
        <translation>Au CPAS</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prises</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DateEdit</name>
    <message>
        <source>Choose from a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <comment>date placeholder: day/month/year</comment>
        <translation>jj/mm/aaaa</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DemoDataDialog</name>
    <message>
        <source>Fill with demo data</source>
        <translation>Remplir avec des données de démonstration</translation>
    </message>
    <message>
        <source>Parcours will invent people with names heard in Brussels and valid national numbers, ten years of income dossiers and their trajectories through the cells, as a Brussels centre would have them. Use it to try Parcours out, for training sessions and demonstrations.</source>
        <translation>Parcours va inventer des personnes aux noms entendus à Bruxelles et aux NISS valides, dix ans de dossiers de revenu d&apos;intégration et leurs parcours à travers les cellules, comme un CPAS bruxellois les aurait. Utilisez-les pour essayer Parcours, pour des formations et des démonstrations.</translation>
    </message>
    <message>
        <source>Nobody in this data exists. Keep demo data in a database of its own: real dossiers belong in another one.</source>
        <translation>Personne dans ces données n&apos;existe. Gardez les données de démonstration dans une base de données à part&#xa0;: les vrais dossiers vont dans une autre.</translation>
    </message>
    <message>
        <source>About five placements per dossier. 2,000 dossiers take a few seconds.</source>
        <translation>Environ cinq étapes par dossier. 2 000 dossiers prennent quelques secondes.</translation>
    </message>
    <message>
        <source>&amp;Number of dossiers:</source>
        <translation>&amp;Nombre de dossiers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create demo data</source>
        <translation>&amp;Créer les données</translation>
    </message>
    <message>
        <source>Creating %1 demo dossiers…</source>
        <translation>Création de %1 dossiers de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DossierForm</name>
    <message>
        <source>New dossier</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>YY.MM.DD-SSS.CC</source>
        <translation>AA.MM.JJ-SSS.CC</translation>
    </message>
    <message>
        <source>Leave empty when the birth date is unknown.</source>
        <translation>Laisser vide si la date de naissance est inconnue.</translation>
    </message>
    <message>
        <source>Street and number, postcode and municipality</source>
        <translation>Rue et numéro, code postal et commune</translation>
    </message>
    <message>
        <source>Leave empty while the dossier is open.</source>
        <translation>Laisser vide tant que le dossier est ouvert.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;National number:</source>
        <translation>&amp;NISS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Sexe&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation>Re&amp;venu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>O&amp;uvert le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Clôturé le&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>A&amp;gent d&apos;insertion&#xa0;:</translation>
    </message>
    <message>
        <source>Dossier %1 — %2, %3</source>
        <translation>Dossier %1 — %2, %3</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the marked fields.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: corrigez les champs signalés.</translation>
    </message>
    <message>
        <source>Type the date as %1, for example %2.</source>
        <translation>Tapez la date sous la forme %1, par exemple %2.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>This dossier has changes that are not saved yet.</source>
        <translation>Ce dossier comporte des modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to the form.</source>
        <translation>Enregistrez-les, abandonnez-les, ou revenez au formulaire.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>What you typed stays in the form until you reload.</source>
        <translation>Ce que vous avez saisi reste dans le formulaire jusqu&apos;à ce que vous rechargiez.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DossierListModel</name>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>NISS</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent d&apos;insertion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DossierListView</name>
    <message>
        <source>Search name, national number or reference</source>
        <translation>Chercher un nom, un NISS ou une référence</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Ouverts et clôturés</translation>
    </message>
    <message>
        <source>Open dossiers</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Closed dossiers</source>
        <translation>Dossiers clôturés</translation>
    </message>
    <message>
        <source>Show open dossiers, closed dossiers or both</source>
        <translation>Afficher les dossiers ouverts, clôturés ou les deux</translation>
    </message>
    <message>
        <source>All income types</source>
        <translation>RIS et aide équivalente</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected dossier with its trajectory (or double-click it)</source>
        <translation>Ouvrir le dossier sélectionné avec son parcours (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <source>&amp;New dossier</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>Create a dossier (%1)</source>
        <translation>Créer un dossier (%1)</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Fill with demo data…</source>
        <translation>Données de démonstration…</translation>
    </message>
    <message>
        <source>Invented people, dossiers and trajectories to try Parcours out or for training</source>
        <translation>Des personnes, dossiers et parcours inventés pour essayer Parcours ou pour des formations</translation>
    </message>
    <message>
        <source>No dossiers yet</source>
        <translation>Pas encore de dossiers</translation>
    </message>
    <message>
        <source>This register is empty. Create the first dossier to start following a person&apos;s integration trajectory, or fill this database with invented demo data to try Parcours out.</source>
        <translation>Ce registre est vide. Créez le premier dossier pour commencer à suivre le parcours d&apos;insertion d&apos;une personne, ou remplissez cette base de données avec des données de démonstration inventées pour essayer Parcours.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Check the spelling, type fewer letters, or search by national number or reference.</source>
        <translation>Vérifiez l&apos;orthographe, tapez moins de lettres, ou cherchez par NISS ou par référence.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No dossier matches these filters.</source>
        <translation>Aucun dossier ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No dossier matches “%1”.</source>
        <translation>Aucun dossier ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>1 dossier</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <source>%1 dossiers</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <source>%1 of %2 dossiers</source>
        <translation>%1 dossiers sur %2</translation>
    </message>
    <message>
        <source>Already keep a list in a spreadsheet? Save it as a CSV file and bring it in with File&#xa0;→&#xa0;Import dossiers…</source>
        <translation>Vous tenez déjà une liste dans un tableur&#xa0;? Enregistrez-la en fichier CSV et importez-la avec Fichier&#xa0;→&#xa0;Importer des dossiers…</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DossierWindow</name>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Modifier les &amp;données…</translation>
    </message>
    <message>
        <source>Change the person&apos;s and the dossier&apos;s details</source>
        <translation>Modifier les données de la personne et du dossier</translation>
    </message>
    <message>
        <source>Dossier %1 — %2</source>
        <translation>Dossier %1 — %2</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>open from %1 to %2</source>
        <translation>ouvert du %1 au %2</translation>
    </message>
    <message>
        <source>open since %1</source>
        <translation>ouvert depuis le %1</translation>
    </message>
    <message>
        <source>officer %1</source>
        <translation>agent d&apos;insertion %1</translation>
    </message>
    <message>
        <source>&amp;Trajectory</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>&amp;Bilan</translation>
    </message>
    <message>
        <source>&amp;GPMI</source>
        <translation>P&amp;IIS</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DrillDownDialog</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2: 1 dossier. Double-click it to open it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; au %2 : 1 dossier. Double-cliquez pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2: %3 dossiers. Double-click one to open it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; au %2 : %3 dossiers. Double-cliquez sur un dossier pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DrillDownModel</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DurationReportView</name>
    <message>
        <source>&amp;Ended between</source>
        <translation>&amp;Terminées entre le</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation>Médiane (jours)</translation>
    </message>
    <message>
        <source>1st quartile</source>
        <translation>1er quartile</translation>
    </message>
    <message>
        <source>3rd quartile</source>
        <translation>3e quartile</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>Plus courte</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Plus longue</translation>
    </message>
    <message>
        <source>How many days people spend in each cell, from the first day to the last, both included. Only placements that ended count: how long a running one will last is not known yet.</source>
        <translation>Combien de jours les personnes passent dans chaque cellule, du premier au dernier jour, tous deux compris. Seules les étapes terminées comptent&#xa0;: on ne sait pas encore combien de temps durera une étape en cours.</translation>
    </message>
    <message>
        <source>Ended between</source>
        <translation>Terminées entre le</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>La période commence le %1, après sa fin le %2.</translation>
    </message>
    <message>
        <source>Placements that ended from %1 to %2</source>
        <translation>Étapes terminées du %1 au %2</translation>
    </message>
    <message>
        <source>Every placement that ended</source>
        <translation>Toutes les étapes terminées</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — none.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — aucune.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — placements: %2 · median in days: %3. Running placements are not counted.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — étapes&#xa0;: %2 · médiane en jours&#xa0;: %3. Les étapes en cours ne sont pas comptées.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::EndContractDialog</name>
    <message>
        <source>End article 60 contract</source>
        <translation>Terminer le contrat article 60</translation>
    </message>
    <message>
        <source>%1, from %2, planned until %3</source>
        <translation>%1, depuis le %2, prévu jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;End contract</source>
        <translation>&amp;Terminer le contrat</translation>
    </message>
    <message>
        <source>Last day: type the date as %1.</source>
        <translation>Dernier jour : tapez la date sous la forme %1.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::EndingContractModel</name>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (terminé)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
</context>
<context>
    <name>parcours::ui::EnrolmentModel</name>
    <message>
        <source>end of the course</source>
        <translation>fin du cours</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>parcours::ui::EvaluationDialog</name>
    <message>
        <source>Evaluation of the GPMI</source>
        <translation>Évaluation du PIIS</translation>
    </message>
    <message>
        <source>In a face-to-face meeting</source>
        <translation>Lors d&apos;un entretien en face à face</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Objectif %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>&amp;Prochaines étapes :</translation>
    </message>
    <message>
        <source>This evaluation no longer exists: somebody removed it. Close the dialog.</source>
        <translation>Cette évaluation n&apos;existe plus : quelqu&apos;un l&apos;a supprimée. Fermez la fenêtre.</translation>
    </message>
    <message>
        <source>Type the date of the evaluation as %1.</source>
        <translation>Saisissez la date de l&apos;évaluation au format %1.</translation>
    </message>
    <message>
        <source>What you typed stays in the fields until you reload.</source>
        <translation>Ce que vous avez saisi reste dans les champs jusqu&apos;à ce que vous rechargiez.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
</context>
<context>
    <name>parcours::ui::EvolutionModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Dossiers (equiv.) income</source>
        <translation>Dossiers (équivalent) revenu d&apos;intégration</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>Intégrés</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>SPI</source>
        <translation>ISP</translation>
    </message>
    <message>
        <source>SPI dossiers</source>
        <translation>Dossiers ISP</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source>n.d.</source>
        <comment>not determined: nothing was published for this count</comment>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Not determined: nothing was published for this count (not zero).</source>
        <translation>Non déterminé : rien n&apos;a été publié pour ce nombre (pas zéro).</translation>
    </message>
    <message>
        <source>Recorded: kept exactly as published, never recomputed.</source>
        <translation>Publié : conservé exactement tel que publié, jamais recalculé.</translation>
    </message>
    <message>
        <source>Recorded: kept exactly as published, never recomputed (%1).</source>
        <translation>Publié : conservé exactement tel que publié, jamais recalculé (%1).</translation>
    </message>
    <message>
        <source>Click to list the dossiers behind this count.</source>
        <translation>Cliquez pour lister les dossiers derrière ce nombre.</translation>
    </message>
    <message>
        <source>Integrated dossiers ÷ dossiers × 100</source>
        <translation>Dossiers intégrés ÷ dossiers × 100</translation>
    </message>
    <message>
        <source>SPI dossiers ÷ dossiers × 100</source>
        <translation>Dossiers ISP ÷ dossiers × 100</translation>
    </message>
    <message>
        <source>Dossiers in any of the six cells of the SPI trajectory (not health/equity)</source>
        <translation>Dossiers dans l&apos;une des six cellules du parcours ISP (pas santé/équité)</translation>
    </message>
</context>
<context>
    <name>parcours::ui::FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Créer l&apos;administrateur</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account: the administrator creates the accounts of the staff and sets the idle lock and the retention period. Choose a password of at least %1 characters; a sentence of several words is easy to remember and hard to guess.</source>
        <translation>Cette base de données n&apos;a pas encore de comptes. Créez le compte de l&apos;administrateur&#xa0;: l&apos;administrateur crée les comptes du personnel et règle le verrouillage automatique et la durée de conservation. Choisissez un mot de passe d&apos;au moins %1 caractères&#xa0;; une phrase de plusieurs mots est facile à retenir et difficile à deviner.</translation>
    </message>
    <message>
        <source>e.g. admin or nlemaire</source>
        <translation>p. ex. admin ou nlemaire</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Répétez le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s full name.</source>
        <translation>Tapez le nom complet de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the password again.</source>
        <translation>Les deux mots de passe diffèrent. Tapez à nouveau le mot de passe.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::FlowReportView</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Entry (no cell)</source>
        <translation>Entrée (aucune cellule)</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Passages entrants</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Passages sortants</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Who went from which cell to which other, who entered the trajectory and who left it, and why. Choose a period and press Compute.</source>
        <translation>Qui est passé de quelle cellule à quelle autre, qui est entré dans le parcours et qui l&apos;a quitté, et pourquoi. Choisissez une période et cliquez sur Calculer.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>La période commence le %1, après sa fin le %2.</translation>
    </message>
    <message>
        <source>All cells</source>
        <translation>Toutes les cellules</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — no placement started or ended.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — aucune étape n&apos;a commencé ni pris fin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — entries into a cell: %2 · moves between cells: %3 · exits: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — entrées dans une cellule&#xa0;: %2 · passages entre cellules&#xa0;: %3 · sorties&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>parcours::ui::FreeAccessView</name>
    <message>
        <source>Anonymous (or type the dossier reference)</source>
        <translation>Anonyme (ou tapez la référence du dossier)</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>Noter une visite</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Records the visit at once</source>
        <translation>Note la visite tout de suite</translation>
    </message>
    <message>
        <source>Remove the visit</source>
        <translation>Supprimer la visite</translation>
    </message>
    <message>
        <source>The visit was removed.</source>
        <translation>La visite a été supprimée.</translation>
    </message>
    <message>
        <source>Visits of the day</source>
        <translation>Visites du jour</translation>
    </message>
    <message>
        <source>Visits per month</source>
        <translation>Visites par mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>The text of the usage rules</source>
        <translation>Le texte des règles d&apos;utilisation</translation>
    </message>
    <message>
        <source>Put this version in force</source>
        <translation>Mettre cette version en vigueur</translation>
    </message>
    <message>
        <source>in force from</source>
        <translation>en vigueur dès le</translation>
    </message>
    <message>
        <source>New version of the rules…</source>
        <translation>Nouvelle version des règles…</translation>
    </message>
    <message>
        <source>Usage rules of the Space for Work</source>
        <translation>Règles d&apos;utilisation de l&apos;Espace Emploi</translation>
    </message>
    <message>
        <source>Recorded: %1, %2, %3.</source>
        <translation>Noté : %1, %2, %3.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>The usage rules %1 are saved.</source>
        <translation>Les règles d&apos;utilisation %1 sont enregistrées.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In force: version %1, since %2.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;En vigueur : version %1, depuis le %2.&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>No usage rules are recorded yet.</source>
        <translation>Aucune règle d&apos;utilisation n&apos;est encore enregistrée.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::GpmiPage</name>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Star&amp;t:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>&amp;Offered on:</source>
        <translation>&amp;Remis le :</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>&amp;Signé le :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Assisted &amp;by:</source>
        <translation>Assisté(e) &amp;par :</translation>
    </message>
    <message>
        <source>Social &amp;worker:</source>
        <translation>&amp;Travailleur social :</translation>
    </message>
    <message>
        <source>Domains and partners</source>
        <translation>Domaines et partenaires</translation>
    </message>
    <message>
        <source>Actiris; Bruxelles Formation; … (separated by ;)</source>
        <translation>Actiris ; Bruxelles Formation ; … (séparés par ;)</translation>
    </message>
    <message>
        <source>dates separated by ;</source>
        <translation>dates séparées par ;</translation>
    </message>
    <message>
        <source>Partne&amp;rs:</source>
        <translation>Parte&amp;naires :</translation>
    </message>
    <message>
        <source>Pla&amp;nned evaluations:</source>
        <translation>Éval&amp;uations prévues :</translation>
    </message>
    <message>
        <source>Goals and commitments</source>
        <translation>Objectifs et engagements</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>The person undertakes</source>
        <translation>La personne s&apos;engage à</translation>
    </message>
    <message>
        <source>The centre undertakes</source>
        <translation>Le centre s&apos;engage à</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation>En face à face</translation>
    </message>
    <message>
        <source>Progress per goal</source>
        <translation>Progrès par objectif</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Add e&amp;valuation…</source>
        <translation>Ajouter une é&amp;valuation…</translation>
    </message>
    <message>
        <source>&amp;Save contract</source>
        <translation>&amp;Enregistrer le contrat</translation>
    </message>
    <message>
        <source>The GPMI was saved.</source>
        <translation>Le PIIS a été enregistré.</translation>
    </message>
    <message>
        <source>&amp;Print contract…</source>
        <translation>&amp;Imprimer le contrat…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Equivalent income: a GPMI is possible but not mandatory.</source>
        <translation>Aide sociale équivalente : un PIIS est possible mais pas obligatoire.</translation>
    </message>
    <message>
        <source>Exempted for health or equity reasons today: no GPMI obligation.</source>
        <translation>Dispensé aujourd&apos;hui pour raisons de santé ou d&apos;équité : pas d&apos;obligation de PIIS.</translation>
    </message>
    <message>
        <source>Opened before the GPMI became mandatory for everybody (1 November 2016).</source>
        <translation>Ouvert avant que le PIIS ne devienne obligatoire pour tous (1er novembre 2016).</translation>
    </message>
    <message>
        <source>In order today.</source>
        <translation>En ordre aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The evaluation of %1 was recorded.</source>
        <translation>L&apos;évaluation du %1 a été enregistrée.</translation>
    </message>
    <message>
        <source>This dossier has no GPMI yet: save the contract first.</source>
        <translation>Ce dossier n&apos;a pas encore de PIIS : enregistrez d&apos;abord le contrat.</translation>
    </message>
    <message>
        <source>GPMI %1</source>
        <translation>PIIS %1</translation>
    </message>
    <message>
        <source>Save the GPMI contract as PDF</source>
        <translation>Enregistrer le contrat PIIS en PDF</translation>
    </message>
    <message>
        <source>gpmi-%1.pdf</source>
        <translation>piis-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The contract was written to %1.</source>
        <translation>Le contrat a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Reflection period: %1 working days, so it can be signed from %2 on.</source>
        <translation>Délai de réflexion : %1 jours ouvrables, la signature est donc possible à partir du %2.</translation>
    </message>
    <message>
        <source>The person has %1 working days to reflect after the draft is handed over.</source>
        <translation>La personne dispose de %1 jours ouvrables de réflexion après la remise du projet.</translation>
    </message>
    <message>
        <source>What you typed stays in the contract until you reload.</source>
        <translation>Ce que vous avez saisi reste dans le contrat jusqu&apos;à ce que vous rechargiez.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Change evaluation…</source>
        <translation>&amp;Modifier l&apos;évaluation…</translation>
    </message>
    <message>
        <source>The evaluation of %1 was changed.</source>
        <translation>L&apos;évaluation du %1 a été modifiée.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::JobTableArea</name>
    <message>
        <source>New Job Table…</source>
        <translation>Nouvelle Table Emploi…</translation>
    </message>
    <message>
        <source>Choose a Job Table in the list, or create one with &quot;New Job Table…&quot;.

A Job Table leads a group through six stages: composing the group, the launch, the modules &quot;Aspects of job search&quot; and &quot;Interviews&quot;, the conclusion with the orientation table, and the debriefing.</source>
        <translation>Choisissez une Table Emploi dans la liste, ou créez-en une avec « Nouvelle Table Emploi… ».

Une Table Emploi mène un groupe à travers six étapes : la composition du groupe, le lancement, les modules « Aspects de la recherche d&apos;emploi » et « Entretiens », la conclusion avec le tableau d&apos;orientation, et le débriefing.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Free access</source>
        <translation>Accès libre</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>New Job Table</source>
        <translation>Nouvelle Table Emploi</translation>
    </message>
    <message>
        <source>Title of the group:</source>
        <translation>Titre du groupe :</translation>
    </message>
    <message>
        <source>Job Table %1</source>
        <translation>Table Emploi %1</translation>
    </message>
</context>
<context>
    <name>parcours::ui::JobTableFigureModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 + %2 of %3</source>
        <translation>%1 + %2 sur %3</translation>
    </message>
    <message>
        <source>Participants with a job + with a training, of those measured</source>
        <translation>Participants avec un emploi + avec une formation, parmi ceux mesurés</translation>
    </message>
    <message>
        <source>Job Table</source>
        <translation>Table Emploi</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Lancée</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Conclue</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>After 3 months</source>
        <translation>Après 3 mois</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>After 6 months</source>
        <translation>Après 6 mois</translation>
    </message>
</context>
<context>
    <name>parcours::ui::JobTableFiguresView</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Groups launched in the period. Outcomes, read from the trajectory, for the participants of concluded groups once 3 or 6 months have passed: a job (a placement ended with outcome job since the conclusion, or article 60 on that day) or a training (studies and training on that day, or a training completed since the conclusion).</source>
        <translation>Groupes lancés dans la période. Résultats, lus dans le parcours, pour les participants des groupes conclus une fois passés 3 ou 6 mois : un emploi (un placement terminé avec le résultat emploi depuis la conclusion, ou l&apos;article 60 ce jour-là) ou une formation (études et formations ce jour-là, ou une formation achevée depuis la conclusion).</translation>
    </message>
    <message>
        <source>Launched from</source>
        <translation>Lancées du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>parcours::ui::JobTableListModel</name>
    <message>
        <source>Being planned</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 / %2 (+%3)</source>
        <translation>%1 / %2 (+%3)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Job Table</source>
        <translation>Table Emploi</translation>
    </message>
    <message>
        <source>Done up to</source>
        <translation>Fait jusqu&apos;à</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Places (waiting)</source>
        <translation>Places (en attente)</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
</context>
<context>
    <name>parcours::ui::JobTablePage</name>
    <message>
        <source>Technical fiche (PDF)…</source>
        <translation>Fiche technique (PDF)…</translation>
    </message>
    <message>
        <source>Fiche and stages</source>
        <translation>Fiche et étapes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Meetings and attendance</source>
        <translation>Séances et présences</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Debriefing</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>Room, computers, telephone, newspapers, job sites…</source>
        <translation>Salle, ordinateurs, téléphone, journaux, sites d&apos;emploi…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Target public</source>
        <translation>Public cible</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Étape&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planned&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prévu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done on&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fait le&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note&lt;/b&gt;</source>
        <translation>&lt;b&gt;Note&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save the fiche</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <source>Add from open dossiers…</source>
        <translation>Ajouter depuis les dossiers ouverts…</translation>
    </message>
    <message>
        <source>Usage rules accepted today</source>
        <translation>Règles d&apos;utilisation acceptées aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Take out of the group</source>
        <translation>Retirer du groupe</translation>
    </message>
    <message>
        <source>Click a cell: present, excused, absent, empty.</source>
        <translation>Cliquez une case : présent, excusé, absent, vide.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Add the meeting</source>
        <translation>Ajouter la séance</translation>
    </message>
    <message>
        <source>Remove the meeting</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Attendance sheet (PDF)…</source>
        <translation>Feuille de présence (PDF)…</translation>
    </message>
    <message>
        <source>Create trajectory steps</source>
        <translation>Créer les étapes du parcours</translation>
    </message>
    <message>
        <source>For each person oriented, the matching step in the trajectory on the day of the conclusion: a transfer to the cell, or for a job the end of the current placement with outcome job.</source>
        <translation>Pour chaque personne orientée, l&apos;étape correspondante du parcours au jour de la conclusion : un transfert vers la cellule, ou pour un emploi la fin du placement en cours avec le résultat emploi.</translation>
    </message>
    <message>
        <source>The officers&apos; evaluation of the group: what worked, what to change, the dynamics of the group, the means…</source>
        <translation>L&apos;évaluation du groupe par les agents : ce qui a fonctionné, ce qu&apos;il faut changer, la dynamique du groupe, les moyens…</translation>
    </message>
    <message>
        <source>Save the debriefing</source>
        <translation>Enregistrer le débriefing</translation>
    </message>
    <message>
        <source>No Job Table chosen</source>
        <translation>Aucune Table Emploi choisie</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 places occupées sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n sur la liste d&apos;attente</numerusform>
            <numerusform>%n sur la liste d&apos;attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 on %2.</source>
        <translation>Fait : %1 le %2.</translation>
    </message>
    <message>
        <source>Nothing done yet.</source>
        <translation>Rien de fait pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Next: %1, planned on %2.</source>
        <translation>Suivante : %1, prévue le %2.</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>Suivante : %1.</translation>
    </message>
    <message>
        <source>Done today: %1</source>
        <translation>Fait aujourd&apos;hui : %1</translation>
    </message>
    <message>
        <source>All six stages are done.</source>
        <translation>Les six étapes sont faites.</translation>
    </message>
    <message>
        <source>Attendance of the group: %1 (%2 present, %3 excused, %4 absent)</source>
        <translation>Présence du groupe : %1 (%2 présents, %3 excusés, %4 absents)</translation>
    </message>
    <message>
        <source>The date of &quot;%1&quot; cannot be read: type it as %2.</source>
        <translation>La date de « %1 » est illisible : tapez-la comme %2.</translation>
    </message>
    <message>
        <source>No usage rules are in force today: record them first under Free access.</source>
        <translation>Aucune règle d&apos;utilisation n&apos;est en vigueur aujourd&apos;hui : enregistrez-les d&apos;abord sous Accès libre.</translation>
    </message>
    <message>
        <source>Trajectory steps: %1 made, %2 already in the cell, %3 to choose by hand.</source>
        <translation>Étapes du parcours : %1 créées, %2 déjà dans la cellule, %3 à choisir à la main.</translation>
    </message>
    <message>
        <source>There is no such meeting in this Job Table.</source>
        <translation>Cette séance n&apos;existe pas dans cette Table Emploi.</translation>
    </message>
    <message>
        <source>Technical fiche</source>
        <translation>Fiche technique</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a meeting first: click a cell in its column.</source>
        <translation>Choisissez d&apos;abord une séance : cliquez une case de sa colonne.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
</context>
<context>
    <name>parcours::ui::LevelTestModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>parcours::ui::LiteracyCourseDialog</name>
    <message>
        <source>New literacy course</source>
        <translation>Nouveau cours d&apos;alphabétisation</translation>
    </message>
    <message>
        <source>Edit the course &quot;%1&quot;</source>
        <translation>Modifier le cours « %1 »</translation>
    </message>
    <message>
        <source>e.g. Alpha 2 mornings, FLE A1 evenings</source>
        <translation>p. ex. Alpha 2 matin, FLE A1 soir</translation>
    </message>
    <message>
        <source>At the centre</source>
        <translation>Au CPAS</translation>
    </message>
    <message>
        <source>e.g. Mon, Tue, Thu 9:00–12:00</source>
        <translation>p. ex. lun, mar, jeu 9:00–12:00</translation>
    </message>
    <message>
        <source>empty: until further notice</source>
        <translation>vide : jusqu&apos;à nouvel ordre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Où :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Ni&amp;veau :</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Places :</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Horaire :</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>Co&amp;mmence le :</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Se t&amp;ermine le :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n&apos;a été enregistré. %1</translation>
    </message>
    <message>
        <source>Starts on: &quot;%1&quot; is not a date (day/month/year).</source>
        <translation>Commence le : « %1 » n&apos;est pas une date (jour/mois/année).</translation>
    </message>
    <message>
        <source>Ends on: &quot;%1&quot; is not a date (day/month/year).</source>
        <translation>Se termine le : « %1 » n&apos;est pas une date (jour/mois/année).</translation>
    </message>
</context>
<context>
    <name>parcours::ui::LiteracyView</name>
    <message>
        <source>Literacy</source>
        <translation>Alphabétisation</translation>
    </message>
    <message>
        <source>Dossier reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>Nouveau cours…</translation>
    </message>
    <message>
        <source>Enrol the person</source>
        <translation>Inscrire la personne</translation>
    </message>
    <message>
        <source>Enrol the next one waiting</source>
        <translation>Inscrire la personne suivante en attente</translation>
    </message>
    <message>
        <source>Courses at the centre and at the partners</source>
        <translation>Cours au CPAS et chez les partenaires</translation>
    </message>
    <message>
        <source>End the enrolment on the day</source>
        <translation>Terminer l&apos;inscription ce jour-là</translation>
    </message>
    <message>
        <source>In the course</source>
        <translation>Dans le cours</translation>
    </message>
    <message>
        <source>Put the person on the list</source>
        <translation>Inscrire la personne sur la liste</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Record the test</source>
        <translation>Enregistrer le test</translation>
    </message>
    <message>
        <source>Level tests of the person</source>
        <translation>Tests de niveau de la personne</translation>
    </message>
    <message>
        <source>Type the dossier reference of the person first.</source>
        <translation>Tapez d&apos;abord la référence du dossier de la personne.</translation>
    </message>
    <message>
        <source>There is no dossier with the reference %1.</source>
        <translation>Il n&apos;y a pas de dossier avec la référence %1.</translation>
    </message>
    <message>
        <source>In the course &quot;%1&quot;: %2 of %3 places taken</source>
        <translation>Dans le cours « %1 » : %2 places prises sur %3</translation>
    </message>
    <message>
        <source>Waiting list: %1, %2</source>
        <translation>Liste d&apos;attente : %1, %2</translation>
    </message>
    <message>
        <source>no course yet</source>
        <translation>pas encore de cours</translation>
    </message>
    <message>
        <source>last course: %1</source>
        <translation>dernier cours : %1</translation>
    </message>
    <message>
        <source>Choose a course first.</source>
        <translation>Choisissez d&apos;abord un cours.</translation>
    </message>
    <message>
        <source>Put the person on the waiting list now?</source>
        <translation>Inscrire la personne sur la liste d&apos;attente maintenant ?</translation>
    </message>
    <message>
        <source>Enrol anyway?</source>
        <translation>Inscrire quand même ?</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Pas inscrit.</translation>
    </message>
    <message>
        <source>Enrolled from %1.</source>
        <translation>Inscrit à partir du %1.</translation>
    </message>
    <message>
        <source>Nobody is waiting for this course&apos;s language and level.</source>
        <translation>Personne n&apos;attend la langue et le niveau de ce cours.</translation>
    </message>
    <message>
        <source>%1 (first on the waiting list) is enrolled from %2.</source>
        <translation>%1 (premier sur la liste d&apos;attente) est inscrit à partir du %2.</translation>
    </message>
    <message>
        <source>Choose the enrolment to end in the course&apos;s list.</source>
        <translation>Choisissez dans la liste du cours l&apos;inscription à terminer.</translation>
    </message>
    <message>
        <source>The enrolment ends on %1; the place is free from the next day.</source>
        <translation>L&apos;inscription se termine le %1 ; la place est libre dès le lendemain.</translation>
    </message>
    <message>
        <source>On the waiting list (%1, %2) from %3.</source>
        <translation>Sur la liste d&apos;attente (%1, %2) à partir du %3.</translation>
    </message>
    <message>
        <source>%1 is no longer on the waiting list.</source>
        <translation>%1 n&apos;est plus sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>Level test of %1 recorded: %2.</source>
        <translation>Test de niveau du %1 enregistré : %2.</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; is added.</source>
        <translation>Le cours « %1 » est ajouté.</translation>
    </message>
    <message>
        <source>Edit course…</source>
        <translation>Modifier le cours…</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; is saved.</source>
        <translation>Le cours « %1 » est enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) free on the day and people waiting: &quot;Enrol the next one waiting&quot; takes the first.</source>
        <translation>
            <numerusform>%n place libre ce jour-là et des personnes attendent : « Inscrire la personne suivante en attente » prend la première.</numerusform>
            <numerusform>%n places libres ce jour-là et des personnes attendent : « Inscrire la personne suivante en attente » prend la première.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Parcours (locked)</source>
        <translation>Parcours (verrouillé)</translation>
    </message>
    <message>
        <source>Quit Parcours</source>
        <translation>Quitter Parcours</translation>
    </message>
    <message>
        <source>Quit without unlocking? What was not saved yet in the open windows is lost.</source>
        <translation>Quitter sans déverrouiller&#xa0;? Ce qui n&apos;a pas encore été enregistré dans les fenêtres ouvertes sera perdu.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::LoginDialog</name>
    <message>
        <source>Sign in to Parcours</source>
        <translation>Se connecter à Parcours</translation>
    </message>
    <message>
        <source>This database holds personal data. Sign in with your own account.</source>
        <translation>Cette base de données contient des données personnelles. Connectez-vous avec votre propre compte.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Parcours is locked</source>
        <translation>Parcours est verrouillé</translation>
    </message>
    <message>
        <source>The window was locked after a time without use. %1, type your password to go on where you left off, or quit.</source>
        <translation>La fenêtre a été verrouillée après un moment d&apos;inactivité. %1, tapez votre mot de passe pour reprendre là où vous en étiez, ou quittez.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Tapez votre nom d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::MainWindow</name>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Job Table</source>
        <translation>Table Emploi</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Parcours</source>
        <translation>À &amp;propos de Parcours</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>This database was upgraded to the current version. A copy of it as it was before is kept at %1.</source>
        <translation>Cette base de données a été mise à jour vers la version actuelle. Une copie de la version précédente est conservée dans %1.</translation>
    </message>
    <message>
        <source>Parcours — %1</source>
        <translation>Parcours — %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>1 dossier</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <source>%1 dossiers</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <source>The database could not be created.</source>
        <translation>La base de données n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>La base de données n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Remove from recent list</source>
        <translation>Retirer de la liste des récents</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Parcours databases (*.sqlite *.parcours);;All files (*)</source>
        <translation>Bases de données Parcours (*.sqlite *.parcours);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>The backup was written to
%1</source>
        <translation>La sauvegarde a été écrite dans
%1</translation>
    </message>
    <message>
        <source>The backup failed; nothing was written.

%1</source>
        <translation>La sauvegarde a échoué&#xa0;; rien n&apos;a été écrit.

%1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies. Choose another file.</source>
        <translation>Une sauvegarde ne peut pas remplacer la base de données qu&apos;elle copie. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>Remplir avec des données de démonstration</translation>
    </message>
    <message>
        <source>Demo data added: %1 invented people, %2 dossiers and %3 placements. Nobody in this database exists.</source>
        <translation>Données de démonstration ajoutées&#xa0;: %1 personnes inventées, %2 dossiers et %3 étapes. Personne dans cette base de données n&apos;existe.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Import dossiers…</source>
        <translation>&amp;Importer des dossiers…</translation>
    </message>
    <message>
        <source>Import &amp;placements…</source>
        <translation>Importer des &amp;étapes…</translation>
    </message>
    <message>
        <source>Your role (%1) does not give access to the dossiers. The Account menu holds what your role may do.</source>
        <translation>Votre rôle (%1) ne donne pas accès aux dossiers. Le menu Compte contient ce que votre rôle permet de faire.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>GPMI follow-up</source>
        <translation>Suivi des PIIS</translation>
    </message>
    <message>
        <source>GPMI follow-up (%1 overdue)</source>
        <translation>Suivi des PIIS (%1 en retard)</translation>
    </message>
    <message>
        <source>GPMI follow-up (%1)</source>
        <translation>Suivi des PIIS (%1)</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Cellules</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>You can still look things up in it and export what it holds; nothing can be saved to it until the latest backup is restored.</source>
        <translation>Vous pouvez encore y consulter et exporter ce qu&apos;elle contient ; rien ne peut y être enregistré tant que la dernière sauvegarde n&apos;a pas été restaurée.</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: %1</source>
        <translation>La sauvegarde automatique n&apos;a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Daily backup written to %1</source>
        <translation>Sauvegarde quotidienne écrite dans %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup was not restored.

%1</source>
        <translation>La sauvegarde n&apos;a pas été restaurée.

%1</translation>
    </message>
    <message>
        <source>The backup was put in place but cannot be opened: %1 The database as it was is kept at %2.</source>
        <translation>La sauvegarde a été mise en place mais ne peut pas être ouverte&#xa0;: %1 La base de données telle qu&apos;elle était est conservée dans %2.</translation>
    </message>
    <message>
        <source>The database was restored from the backup %1. The database as it was before is kept at %2.</source>
        <translation>La base de données a été restaurée à partir de la sauvegarde %1. La base telle qu&apos;elle était avant est conservée dans %2.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Connect to a database…</source>
        <translation>&amp;Se connecter à une base de données…</translation>
    </message>
</context>
<context>
    <name>parcours::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>parcours::ui::MonthCountModel</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connus</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>parcours::ui::OrientationModel</name>
    <message>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Where next</source>
        <translation>Orientation vers</translation>
    </message>
    <message>
        <source>Contract type, training…</source>
        <translation>Type de contrat, formation…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Trajectory step</source>
        <translation>Étape du parcours</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ParticipantModel</name>
    <message>
        <source>Left on %1</source>
        <translation>Parti le %1</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Version %1, %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Usage rules accepted</source>
        <translation>Règles d&apos;utilisation acceptées</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PartnerListModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PartnersView</name>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show inactive partners</source>
        <translation>Afficher les partenaires inactifs</translation>
    </message>
    <message>
        <source>&amp;New partner</source>
        <translation>&amp;Nouveau partenaire</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>Personne de &amp;contact :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Active (offered in the choice lists)</source>
        <translation>Actif (proposé dans les listes de choix)</translation>
    </message>
    <message>
        <source>&amp;Save partner</source>
        <translation>&amp;Enregistrer le partenaire</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>What the agreement covers</source>
        <translation>Ce que couvre la convention</translation>
    </message>
    <message>
        <source>First day of the agreement</source>
        <translation>Premier jour de la convention</translation>
    </message>
    <message>
        <source>Last day (empty: until further notice)</source>
        <translation>Dernier jour (vide : jusqu&apos;à nouvel ordre)</translation>
    </message>
    <message>
        <source>Add &amp;agreement</source>
        <translation>&amp;Ajouter la convention</translation>
    </message>
    <message>
        <source>Agreement: type the dates as %1.</source>
        <translation>Convention : tapez les dates sous la forme %1.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PlacementDialog</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 du %2 au %3</translation>
    </message>
    <message>
        <source>Choose a cell</source>
        <translation>Choisissez une cellule</translation>
    </message>
    <message>
        <source>&amp;New cell:</source>
        <translation>&amp;Nouvelle cellule&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Cellule&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Transfer on:</source>
        <translation>&amp;Transfert le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>empty while the placement runs</source>
        <translation>vide tant que l&apos;étape est en cours</translation>
    </message>
    <message>
        <source>The last day in the cell (included). Leave empty while the placement runs.</source>
        <translation>Le dernier jour dans la cellule (inclus). Laisser vide tant que l&apos;étape est en cours.</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Dernier &amp;jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Agent d&apos;insertion&#xa0;:</translation>
    </message>
    <message>
        <source>Why the person goes to this cell</source>
        <translation>Pourquoi la personne va dans cette cellule</translation>
    </message>
    <message>
        <source>&amp;Reason for referral:</source>
        <translation>&amp;Motif de l&apos;orientation&#xa0;:</translation>
    </message>
    <message>
        <source>— (still running)</source>
        <translation>— (toujours en cours)</translation>
    </message>
    <message>
        <source>Choose how it ended</source>
        <translation>Choisissez comment elle s&apos;est terminée</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;Précisions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Refer to a cell</source>
        <translation>Orienter vers une cellule</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>Orient&amp;er</translation>
    </message>
    <message>
        <source>A new placement. Give an end date only when recording one that is already over.</source>
        <translation>Une nouvelle étape. N&apos;indiquez une date de fin que pour enregistrer une étape déjà terminée.</translation>
    </message>
    <message>
        <source>Transfer to another cell</source>
        <translation>Transférer vers une autre cellule</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>Trans&amp;férer</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Actuellement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>End placement</source>
        <translation>Terminer l&apos;étape</translation>
    </message>
    <message>
        <source>&amp;End placement</source>
        <translation>Terminer l&apos;&amp;étape</translation>
    </message>
    <message>
        <source>Edit placement</source>
        <translation>Modifier l&apos;étape</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Contract type, e.g. open-ended, fixed-term, temporary agency work</source>
        <translation>Type de contrat, p. ex. CDI, CDD, intérim</translation>
    </message>
    <message>
        <source>Diploma, certificate or attest obtained</source>
        <translation>Diplôme, certificat ou attestation obtenu</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Précisions (facultatif)</translation>
    </message>
    <message>
        <source>The transfer day D is the first day in the new cell.</source>
        <translation>Le jour du transfert J est le premier jour dans la nouvelle cellule.</translation>
    </message>
    <message>
        <source>the new cell</source>
        <translation>la nouvelle cellule</translation>
    </message>
    <message>
        <source>The dossier is in no cell on %1: refer it to a cell instead.</source>
        <translation>Le dossier n&apos;est dans aucune cellule le %1&#xa0;: orientez-le plutôt vers une cellule.</translation>
    </message>
    <message>
        <source>%1 ends on %2 with the outcome “%3”; %4 starts on %5.</source>
        <translation>%1 se termine le %2 avec l&apos;issue «&#xa0;%3&#xa0;»&#xa0;; %4 commence le %5.</translation>
    </message>
    <message>
        <source>%1: type the date as %2, for example %3.</source>
        <translation>%1&#xa0;: tapez la date sous la forme %2, par exemple %3.</translation>
    </message>
    <message>
        <source>%1: a date is needed.</source>
        <translation>%1&#xa0;: une date est nécessaire.</translation>
    </message>
    <message>
        <source>Choose the cell.</source>
        <translation>Choisissez la cellule.</translation>
    </message>
    <message>
        <source>Transfer day</source>
        <translation>Jour du transfert</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Choose how the placement ended.</source>
        <translation>Choisissez comment l&apos;étape s&apos;est terminée.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n&apos;a été enregistré. %1</translation>
    </message>
    <message>
        <source>— (none)</source>
        <translation>— (aucun)</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire :</translation>
    </message>
    <message>
        <source>This placement no longer exists: somebody removed it. Close the dialog.</source>
        <translation>Ce placement n&apos;existe plus : quelqu&apos;un l&apos;a supprimé. Fermez la fenêtre.</translation>
    </message>
    <message>
        <source>What you typed stays in the fields until you reload.</source>
        <translation>Ce que vous avez saisi reste dans les champs jusqu&apos;à ce que vous rechargiez.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PlacementModel</name>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 du %2 au %3</translation>
    </message>
    <message>
        <source>(ongoing)</source>
        <translation>(en cours)</translation>
    </message>
    <message>
        <source>Reason for referral: %1</source>
        <translation>Motif de l&apos;orientation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Issue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent d&apos;insertion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PostBoardModel</name>
    <message>
        <source>Filled</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <source>the centre</source>
        <translation>le CPAS</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Social economy</source>
        <translation>Économie sociale</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Occupé par</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PostDialog</name>
    <message>
        <source>New article 60 post</source>
        <translation>Nouveau poste article 60</translation>
    </message>
    <message>
        <source>e.g. kitchen help, maintenance worker, clerk</source>
        <translation>p. ex. aide-cuisinier, ouvrier d&apos;entretien, employé</translation>
    </message>
    <message>
        <source>The service or the site where the work is done</source>
        <translation>Le service ou le site où le travail se fait</translation>
    </message>
    <message>
        <source>The centre itself</source>
        <translation>Le CPAS lui-même</translation>
    </message>
    <message>
        <source>In the social economy</source>
        <translation>Dans l&apos;économie sociale</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>P&amp;artner:</source>
        <translation>P&amp;artenaire :</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Régime :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Add post</source>
        <translation>&amp;Ajouter le poste</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ReportView</name>
    <message>
        <source>C&amp;ompute</source>
        <translation>C&amp;alculer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <source>Cancelled; the table shows the last report computed.</source>
        <translation>Annulé&#xa0;; le tableau montre le dernier rapport calculé.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>There is no report to export yet: compute one first.</source>
        <translation>Il n&apos;y a pas encore de rapport à exporter&#xa0;: calculez-en d&apos;abord un.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ReportsPage</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Computed and recorded</source>
        <translation>Calculés et publiés</translation>
    </message>
    <message>
        <source>Computed only</source>
        <translation>Calculés seulement</translation>
    </message>
    <message>
        <source>Recorded only</source>
        <translation>Publiés seulement</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Chart as PNG image…</source>
        <translation>Graphique en image PNG…</translation>
    </message>
    <message>
        <source>Chart as SVG drawing…</source>
        <translation>Graphique en dessin SVG…</translation>
    </message>
    <message>
        <source>PDF report (chart and table)…</source>
        <translation>Rapport PDF (graphique et tableau)…</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Tableau en CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Pas :</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Computing the evolution…</source>
        <translation>Calcul de l&apos;évolution…</translation>
    </message>
    <message>
        <source>Computed rows count the dossiers open on each day; click a count to list its dossiers. Recorded rows (in italics, tinted) are figures as published, kept as they were: n.d. (not determined) is not zero.</source>
        <translation>Les lignes calculées comptent les dossiers ouverts chaque jour ; cliquez sur un nombre pour lister ses dossiers. Les lignes publiées (en italique, teintées) sont les chiffres tels que publiés, conservés tels quels : n.d. (non déterminé) n&apos;est pas zéro.</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Graphique :</translation>
    </message>
    <message>
        <source>Evolution table</source>
        <translation>Tableau d&apos;évolution</translation>
    </message>
    <message>
        <source>Evolution chart</source>
        <translation>Graphique d&apos;évolution</translation>
    </message>
    <message>
        <source>The computation was cancelled. Choose a period and press Update.</source>
        <translation>Le calcul a été annulé. Choisissez une période et appuyez sur Actualiser.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Flows between cells</source>
        <translation>Flux entre cellules</translation>
    </message>
    <message>
        <source>Days in each cell</source>
        <translation>Jours dans chaque cellule</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Charge de dossiers</translation>
    </message>
    <message>
        <source>Type the first and the last day of the period (dd/mm/yyyy).</source>
        <translation>Tapez le premier et le dernier jour de la période (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>La période commence le %1, après sa fin le %2.</translation>
    </message>
    <message>
        <source>No figures between %1 and %2: no period end falls in it and nothing was recorded there.</source>
        <translation>Aucun chiffre entre le %1 et le %2 : aucune fin de période n&apos;y tombe et rien n&apos;y a été publié.</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .pdf or .csv.</source>
        <translation>Choisissez un fichier se terminant par .png, .svg, .pdf ou .csv.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the evolution</source>
        <translation>Exporter l&apos;évolution</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
</context>
<context>
    <name>parcours::ui::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restoring replaces the whole database with the backup you choose. The database as it is now is first kept beside it under a name with today&apos;s date, so it is not lost. Everyone else must close Parcours on this database first.</source>
        <translation>La restauration remplace toute la base de données par la sauvegarde choisie. La base telle qu&apos;elle est maintenant est d&apos;abord conservée à côté, sous un nom portant la date du jour&#xa0;: elle n&apos;est pas perdue. Toutes les autres personnes doivent d&apos;abord fermer Parcours sur cette base.</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Changer de dossier…</translation>
    </message>
    <message>
        <source>There are no backups of this database in this folder yet. Parcours makes one when it opens a database and once a day while it runs.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde de cette base de données dans ce dossier. Parcours en fait une quand il ouvre une base, puis une fois par jour tant qu&apos;il tourne.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Backups of %1 in %2</source>
        <translation>Sauvegardes de %1 dans %2</translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Replace the database %1 with the backup taken on %2 at %3?

Everything recorded after that moment will no longer be in the database. The database as it is now is kept beside it, in %4, with today&apos;s date in its name; you can open it with File → Open database.</source>
        <translation>Remplacer la base de données %1 par la sauvegarde du %2 à %3&#xa0;?

Tout ce qui a été enregistré après ce moment ne sera plus dans la base. La base telle qu&apos;elle est maintenant est conservée dans %4, avec la date du jour dans son nom&#xa0;; vous pouvez l&apos;ouvrir avec Fichier → Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>parcours::ui::Session</name>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Accounts and settings…</source>
        <translation>&amp;Comptes et paramètres…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>parcours::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The language of menus, windows, dates and numbers, and of exported charts and documents. Stored for you on this computer.</source>
        <translation>La langue des menus, des fenêtres, des dates et des nombres, et des graphiques et documents exportés. Enregistrée pour vous sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Dates and numbers: %1, %2 %, %3 dossiers</source>
        <translation>Dates et nombres&#xa0;: %1, %2&#xa0;%, %3 dossiers</translation>
    </message>
    <message>
        <source>The change applies at once, in the open dossier windows too, without losing what you are typing.</source>
        <translation>Le changement s&apos;applique tout de suite, dans les fenêtres de dossier ouvertes aussi, sans perdre ce que vous êtes en train de saisir.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::StageStepper</name>
    <message>
        <source>%1. %2: done on %3</source>
        <translation>%1. %2 : fait le %3</translation>
    </message>
    <message>
        <source>%1. %2: planned on %3</source>
        <translation>%1. %2 : prévu le %3</translation>
    </message>
</context>
<context>
    <name>parcours::ui::TargetModel</name>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Aimed at</source>
        <translation>Visé</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>parcours::ui::TargetsView</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Add a target…</source>
        <translation>Ajouter un objectif…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No targets for %1 yet.</source>
        <translation>Pas encore d&apos;objectifs pour %1.</translation>
    </message>
    <message>
        <source>%1 has not begun: nothing is realised yet.</source>
        <translation>%1 n&apos;a pas commencé : rien n&apos;est encore réalisé.</translation>
    </message>
    <message>
        <source>Realised from %1 to %2.</source>
        <translation>Réalisé du %1 au %2.</translation>
    </message>
    <message>
        <source>The target is saved.</source>
        <translation>L&apos;objectif est enregistré.</translation>
    </message>
    <message>
        <source>Choose the target to change.</source>
        <translation>Choisissez l&apos;objectif à modifier.</translation>
    </message>
    <message>
        <source>The target is removed.</source>
        <translation>L&apos;objectif est supprimé.</translation>
    </message>
    <message>
        <source>Change the target</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <source>New yearly target</source>
        <translation>Nouvel objectif annuel</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>parcours::ui::TimelineBand</name>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Trajectory over time</source>
        <translation>Parcours dans le temps</translation>
    </message>
    <message>
        <source>Dossier open, in no cell</source>
        <translation>Dossier ouvert, dans aucune cellule</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>From %1, ongoing (%2 so far)</source>
        <translation>Depuis le %1, en cours (%2 jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3)</source>
        <translation>Du %1 au %2 (%3)</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Agent d&apos;insertion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Issue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: dossier open, in no cell</source>
        <translation>%1&#xa0;: dossier ouvert, dans aucune cellule</translation>
    </message>
    <message>
        <source>No placements yet</source>
        <translation>Pas encore d&apos;étapes</translation>
    </message>
</context>
<context>
    <name>parcours::ui::TrajectoryView</name>
    <message>
        <source>No placements yet. Refer the person to a cell to start the trajectory: most start in project facilitation.</source>
        <translation>Pas encore d&apos;étapes. Orientez la personne vers une cellule pour commencer le parcours&#xa0;: la plupart commencent chez les facilitateurs de projet.</translation>
    </message>
    <message>
        <source>&amp;Refer to a cell…</source>
        <translation>&amp;Orienter vers une cellule…</translation>
    </message>
    <message>
        <source>Start a placement in a cell (or record one that is over)</source>
        <translation>Commencer une étape dans une cellule (ou en enregistrer une terminée)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transférer…</translation>
    </message>
    <message>
        <source>Move the person to another cell on a day: the current placement ends the day before</source>
        <translation>Faire passer la personne dans une autre cellule à une date&#xa0;: l&apos;étape en cours se termine la veille</translation>
    </message>
    <message>
        <source>E&amp;nd placement…</source>
        <translation>Ter&amp;miner l&apos;étape…</translation>
    </message>
    <message>
        <source>End the selected placement with its outcome</source>
        <translation>Terminer l&apos;étape sélectionnée avec son issue</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected placement (or double-click it)</source>
        <translation>Modifier l&apos;étape sélectionnée (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove the selected placement, e.g. one recorded by mistake</source>
        <translation>Supprimer l&apos;étape sélectionnée, p. ex. une étape enregistrée par erreur</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Change e&amp;nd…</source>
        <translation>Modifier la &amp;fin…</translation>
    </message>
    <message>
        <source>Dossier closed on %1.</source>
        <translation>Dossier clôturé le %1.</translation>
    </message>
    <message>
        <source>Today in &lt;b&gt;%1&lt;/b&gt; since %2 (%3).</source>
        <translation>Aujourd&apos;hui dans la cellule &lt;b&gt;%1&lt;/b&gt; depuis le %2 (%3).</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>In no cell: no placement recorded yet.</source>
        <translation>Dans aucune cellule&#xa0;: aucune étape enregistrée.</translation>
    </message>
    <message>
        <source>In no cell today.</source>
        <translation>Aujourd&apos;hui dans aucune cellule.</translation>
    </message>
    <message>
        <source>%1 from %2 (ongoing)</source>
        <translation>%1 depuis le %2 (en cours)</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 du %2 au %3</translation>
    </message>
    <message>
        <source>Remove the placement %1? It disappears from the trajectory and from the figures.</source>
        <translation>Supprimer l&apos;étape %1&#xa0;? Elle disparaît du parcours et des chiffres.</translation>
    </message>
    <message>
        <source>Remove placement</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
</context>
<context>
    <name>parcours::ui::VisitModel</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>parcours::ui::WaitingModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demandé le</translation>
    </message>
</context>
<context>
    <name>screenshots</name>
    <message>
        <source>Dutch evening course at the partner</source>
        <translation>Cours du soir de néerlandais chez le partenaire</translation>
    </message>
    <message>
        <source>This database is on a network drive (\\srv-ocmw\spi\parcours.sqlite). If two people open it at the same time, changes can be lost; keep it on this computer or make sure only one person works in it.</source>
        <translation>Cette base de données se trouve sur un lecteur réseau (\\srv-ocmw\spi\parcours.sqlite). Si deux personnes l&apos;ouvrent en même temps, des modifications peuvent être perdues&#xa0;; gardez-la sur cet ordinateur ou veillez à ce qu&apos;une seule personne y travaille.</translation>
    </message>
</context>
</TS>
