import type { EN_PACKS } from '../en/packs';
import type { AreaCatalog } from '../area-catalog';

export const PL_PACKS: AreaCatalog<typeof EN_PACKS> = {
  'packs.cannotUse': 'Nie można użyć {source}.',
  'packs.cannotUsePasted': 'Nie można użyć wklejonego pakietu.',
  'packs.jsonEmpty': 'Jest pusty.',
  'packs.jsonCutShort': 'To nie jest poprawny JSON (może być ucięty).',
  'packs.jsonMistakeAt': 'To nie jest poprawny JSON (błąd w okolicy wiersza {line}, kolumny {column}).',
  'packs.notAnObject': 'Musi to być obiekt JSON z polami schemaVersion, name i presets.',
  'packs.versionNewer': 'Wersja schematu {version} jest nowsza niż ta, którą czyta ta wersja ClipRelay ({current}); zaktualizuj ClipRelay.',
  'packs.versionRequired': 'Wersja schematu jest wymagana (1, 2 lub {current}).',
  'packs.versionUnknown': 'Wersja schematu musi wynosić 1, 2 lub {current}.',
  'packs.versionThreeField': '„{field}” to pole wersji 3 schematu; ustaw schemaVersion na 3, aby go użyć.',
  'packs.hostNotAllowed':
    'Ta kompilacja ClipRelay może pobierać pakiety tylko z {hosts}, nie z {host}. Osoba budująca wtyczkę dodaje hosta do „packHosts” w cliprelay.build.json (lub buduje z --env pack-host={host}) i instaluje ją ponownie; wtedy manifest pozwala panelowi się z nim połączyć.',
  'packs.noHostAllowed':
    'Ta kompilacja ClipRelay nie może pobierać pakietów z żadnego hosta, więc także z {host}. Osoba budująca wtyczkę dodaje hosta do „packHosts” w cliprelay.build.json (lub buduje z --env pack-host={host}) i instaluje ją ponownie; wtedy manifest pozwala panelowi się z nim połączyć.',
  'packs.alreadySubscribed': 'Subskrybujesz już {location}; użyj raczej „Sprawdź teraz”.',
  'packs.subscriptionGone': 'Subskrypcji pakietu {id} już nie ma (usunięta w innym oknie?); otwórz ponownie kartę Presety.',
};
