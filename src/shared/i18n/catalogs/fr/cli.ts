import type { EN_CLI } from '../en/cli';
import type { AreaCatalog } from '../area-catalog';

export const FR_CLI: AreaCatalog<typeof EN_CLI> = {
  'cli.error': 'cliprelay : {message}',
  'cli.unknownCommand': 'cliprelay : commande inconnue « {command} ». Commandes : {commands}. Voir cliprelay --help.',
  'cli.cancelled': 'cliprelay : annulé.',
  'cli.warning': 'attention : {message}',
  'cli.help.tagline': 'cliprelay — générez des clips vidéo IA avec leur son, sans logiciel de montage.',
  'cli.help.usage': 'Utilisation :',
  'cli.help.commands': 'Commandes :',
  'cli.help.flags': 'Options :',
  'cli.help.examples': 'Exemples :',
  'cli.help.oneCommand': 'une commande : options avec unités et valeurs par défaut, exemples',
  'cli.help.credentials': 'Les identifiants viennent des variables d’environnement habituelles de chaque fournisseur :',
  'cli.help.exitCodes': 'Codes de sortie :',
  'cli.exit.ok': 'terminé (y compris `emulate` arrêté par Ctrl-C : c’est ainsi qu’il se termine)',
  'cli.exit.failed':
    'la commande a échoué : erreur du fournisseur ou de la tâche, téléchargement raté, fichier audio qui n’est pas en WAV/AIFF, ou `models --check` a trouvé un modèle que son fournisseur ne sert plus',
  'cli.exit.usage':
    'la commande n’a pas pu démarrer : option ou valeur invalide ; commande, fournisseur, modèle ou préréglage inconnu ; fournisseur ou modèle retiré ; requête impossible pour ce modèle ; fichier d’entrée absent ; identifiants manquants ; CLI non compilée',
  'cli.exit.interrupted': 'interrompu (Ctrl-C) : les tâches inachevées restent dans le registre, `cliprelay resume` les termine',
  'cli.analyze.summary': 'zones de parole et loudness intégrée (BS.1770) d’un enregistrement de voix WAV/AIFF',
  'cli.analyze.progress': 'analyse de {file} {percent, number, percent}',
  'cli.duck.summary': 'baisse le son de toute timeline (XML Premiere, FCPXML, OTIO) sous sa voix, ou rend l’audio baissé',
  'cli.duck.clipsDucked':
    '{count, plural, =0 {aucun clip baissé} one {# clip baissé} other {# clips baissés}} sous {regions, plural, one {# zone de parole} other {# zones de parole}}',
  'cli.lang.unknown': '--lang « {lang} » n’est pas une langue de cliprelay : utilisez en, fr, ca, pl ou zh-Hans.',
};
