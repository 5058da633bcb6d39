import type { EN_PACKS } from '../en/packs';
import type { AreaCatalog } from '../area-catalog';

export const CA_PACKS: AreaCatalog<typeof EN_PACKS> = {
  'packs.cannotUse': 'No es pot fer servir {source}.',
  'packs.cannotUsePasted': 'No es pot fer servir el paquet enganxat.',
  'packs.jsonEmpty': 'És buit.',
  'packs.jsonCutShort': 'No és JSON vàlid (potser està tallat).',
  'packs.jsonMistakeAt': 'No és JSON vàlid (hi ha un error prop de la línia {line}, columna {column}).',
  'packs.notAnObject': 'Ha de ser un objecte JSON amb schemaVersion, name i presets.',
  'packs.versionNewer':
    'La versió d’esquema {version} és més nova que la que llegeix aquesta versió de ClipRelay ({current}); actualitzeu ClipRelay.',
  'packs.versionRequired': 'La versió d’esquema és obligatòria (1, 2 o {current}).',
  'packs.versionUnknown': 'La versió d’esquema ha de ser 1, 2 o {current}.',
  'packs.versionThreeField': '«{field}» és un camp de la versió 3 de l’esquema; poseu schemaVersion a 3 per fer-lo servir.',
  'packs.hostNotAllowed':
    'Aquesta versió de ClipRelay només pot obtenir paquets de {hosts}, no de {host}. Qui compila el connector afegeix l’amfitrió a «packHosts» a cliprelay.build.json (o compila amb --env pack-host={host}) i el torna a instal·lar; aleshores el manifest permet que el tauler hi accedeixi.',
  'packs.noHostAllowed':
    'Aquesta versió de ClipRelay no pot obtenir paquets de cap amfitrió, i per tant tampoc de {host}. Qui compila el connector afegeix l’amfitrió a «packHosts» a cliprelay.build.json (o compila amb --env pack-host={host}) i el torna a instal·lar; aleshores el manifest permet que el tauler hi accedeixi.',
  'packs.alreadySubscribed': 'Ja esteu subscrit a {location}; feu servir «Comprova-ho ara».',
  'packs.subscriptionGone':
    'La subscripció al paquet {id} ja no existeix (eliminada en una altra finestra?); torneu a obrir la pestanya Preajustos.',
};
