import type { EN_HOST } from '../en/host';
import type { AreaCatalog } from '../area-catalog';

export const PL_HOST: AreaCatalog<typeof EN_HOST> = {
  'host.itemGone': 'elementu projektu {itemId} nie ma w projekcie',
  'host.clipGone': 'klipu audio {clipId} nie ma już w sekwencji; odczytaj sekwencję ponownie',
  'host.twoEnvelopes': 'dwie obwiednie dla klipu audio {clipId}; połącz je w jedną',
  'host.clipNotOnTimeline': 'klipu {clipId} nie ma w sekwencji; odczytaj sekwencję ponownie',
  'host.trackIndexMissing':
    'ścieżka {trackKind, select, video {wideo} audio {audio} other {{trackKind}}} o indeksie {trackIndex} nie istnieje',
  'host.trackOccupied':
    'ścieżka {track} jest zajęta przez „{occupiedBy}” w czasie trwania klipu; ClipRelay niczego nie nadpisuje bez Twojej prośby',
  'host.resolveCannotOverwrite':
    'Resolve nie umieszcza niczego na zajętym odcinku, a jego skrypty nie potrafią przycinać klipów; wybierz wolne ścieżki',
  'host.resolveRetimed': 'klip ma zmienioną prędkość ({percent, number} %); w Resolve ClipRelay wycisza tylko klipy o normalnej prędkości',
  'host.sandboxDrawsNoFrames': 'ta piaskownica nie rysuje klatek',
  'host.cannotReadMedia': 'nie można odczytać {mediaPath}',
  'host.noVideoClipAt': 'brak klipu wideo w {timecode}; ustaw głowicę odtwarzania nad klipem',
  'host.cannotDrawFrame': 'nie można narysować klatki „{clipName}” w {timecode}',
  'host.browserCouldNotDraw': 'przeglądarka nie narysowała klatki {mediaPath}',
  'host.browserCannotDecode': 'przeglądarka nie potrafi zdekodować obrazu {mediaPath}',
  'host.undoTimelineGone': 'osi czasu zmienionej przez ClipRelay nie ma już w tym projekcie',
  'host.resolveCannotDuckAtAll': 'ta wersja Resolve nie potrafi ustawić głośności klipu ani wyeksportować osi czasu do OTIO',
  'host.resolveOtioNotExported': 'Resolve nie wyeksportował osi czasu do OTIO',
  'host.resolveDuckedCopyNotImported':
    'Resolve nie zaimportował wyciszonej kopii „{timelineName}”: sprawdź, czy media wszystkich klipów są dostępne (import OTIO wymaga Resolve 18.6 lub nowszego)',
  'host.resolveUnreadableFrameRate': 'Resolve podał liczbę klatek na sekundę, której ClipRelay nie umie odczytać („{setting}”)',
  'host.resolveUnreadableTimecode': 'Resolve podał kod czasowy, którego ClipRelay nie umie odczytać („{timecode}”)',
  'host.resolveNoPoolItemToLay': 'klip audio „{clipName}” nie odtwarza żadnego elementu Media Pool, który ClipRelay mógłby ułożyć ponownie',
  'host.resolveClipNotLifted': 'Resolve nie zdjął klipu audio „{clipName}”, aby ułożyć wyciszenie',
  'host.resolveStepNotLaid': 'Resolve odpowiedział, ale nie ułożył stopnia wyciszenia w {atSeconds, number} s',
  'host.resolveLevelNotKept': 'Resolve nie zachował {levelDb, number} dB na stopniu wyciszenia w {atSeconds, number} s',
  'host.resolveDuckNotLinked': 'Resolve nie połączył wyciszonego dźwięku „{clipName}” z jego obrazem',
  'host.resolveBinNotOpened': 'Resolve nie otworzył pojemnika {binPath}',
  'host.resolveBinNotCreated': 'Resolve nie utworzył pojemnika „{binName}” w „{parentName}”',
  'host.resolveMediaNotImported': 'Resolve nie zaimportował {mediaPath}; sprawdź, czy plik istnieje i czy Resolve obsługuje jego format',
  'host.resolvePoolItemGone': 'elementu {itemId} z Media Pool nie ma już w projekcie',
  'host.resolveTrackMissing': 'ścieżka {trackNumber} nie istnieje; następna nowa ścieżka to {nextTrackNumber}',
  'host.resolveTrackNotAdded': 'Resolve nie dodał ścieżki {trackKind, select, video {wideo} audio {audio} other {{trackKind}}}',
  'host.resolveNothingPlaced': 'Resolve odpowiedział, ale niczego nie umieścił na {track}',
  'host.resolveVideoAudioNotLinked': 'Resolve nie połączył obrazu z dźwiękiem',
  'host.resolveProvenanceNotKept': 'Resolve nie zachował pochodzenia w elemencie Media Pool',
  'host.resolveNeedsClipVolume':
    'ta wersja Resolve nie pozwala wtyczce ustawić głośności klipu (wymaga Resolve 21.1 lub nowszego); wycisz przez wyciszoną kopię osi czasu',
  'host.resolveAlreadySplit': 'klip audio „{clipName}” jest już podzielony przez ClipRelay; najpierw cofnij to wyciszenie',
  'host.resolveNoSoundIn': 'Resolve nie odczytuje dźwięku w {fileName}',
  'host.resolveAudioNotTakenOut': 'Resolve nie usunął dźwięku „{clipName}”',
  'host.resolveRenderNotPlaced': 'Resolve odpowiedział, ale niczego nie umieścił na {track}; klip ma z powrotem własny dźwięk',
  'host.resolveRenderNotLinked': 'Resolve nie połączył wyrenderowanego dźwięku z „{clipName}”; klip ma z powrotem własny dźwięk',
  'host.renderedClipUnreadable': 'klip audio {clipId} nie odtwarza pliku, który ClipRelay umie odczytać; odczytaj sekwencję ponownie',
  'host.alreadyRendered':
    '„{clipName}” odtwarza już wyciszony render ClipRelay; naciśnij „Cofnij ostatnią zmianę ClipRelay”, aby przywrócić jego dźwięk, a potem wycisz ponownie',
  'host.premiereClipLeftTimeline':
    'klipu audio {clipId} nie ma już w sekwencji; odczytaj sekwencję ponownie (identyfikatory klipów zmieniają się po edycji sekwencji)',
  'host.premiereNoVolumeEffect': 'klip audio {clipId} nie ma efektu Głośność',
  'host.premiereLevelNotANumber': 'poziom głośności klipu audio {clipId} nie jest liczbą',
  'host.premiereFrameNotExported': 'Premiere nie mógł wyeksportować klatki w {timecode}',
  'host.premiereFrameExportDeclined': 'Premiere odmówił eksportu klatki w {timecode}',
  'host.premiereExportedFrameMissing': 'Premiere zgłosił eksport klatki, ale {fileName} nie ma w folderze danych wtyczki',
  'host.stillNotAnImage': '„{itemName}” nie jest obrazem PNG ani JPEG',
  'host.stillUnreadable': 'nie można odczytać {mediaPath}; połącz go ponownie w projekcie i spróbuj jeszcze raz',
  'host.stillGone': 'elementu nie ma już w projekcie; wybierz ponownie',
  'host.premiereTimebaseUnreadable': 'Premiere podał podstawę czasu „{timebase}”, która nie jest liczbą tyknięć na klatkę',
  'host.premiereMetadataColumnRefused': 'Premiere odrzucił kolumnę metadanych „{column}”: {hostSaid}',
  'host.premiereMetadataNotEditable': 'nie można edytować metadanych projektu „{itemName}”: {hostSaid}',
  'host.premiereMetadataNotKept': 'Premiere nie zachował kolumn metadanych ClipRelay w „{itemName}”',
  'host.premiereEditNotPrepared': 'nie udało się przygotować edycji {step} z {stepCount} ({hostSaid}); nic nie zostało zmienione',
  'host.premiereTransactionFailed': 'transakcja w Premiere nie powiodła się ({hostSaid}); nic nie zostało zmienione',
  'host.premiereFirstEditRefused': 'Premiere odrzucił edycję 1 z {stepCount}; nic nie zostało zmienione',
  'host.premiereNotCommitted': 'Premiere nie zatwierdził transakcji; nic nie zostało zmienione',
  'host.premierePartialTransaction':
    'Premiere odrzucił edycję {refusedStep} z {stepCount}; {appliedCount, plural, one {poprzednia edycja została zastosowana} few {# poprzednie edycje zostały zastosowane} many {# poprzednich edycji zostało zastosowanych} other {# poprzedniej edycji zostało zastosowane}} jako jeden krok cofania — Edycja › Cofnij „{undoLabel}” je odwraca',
  'host.premiereNoFramesFolder': 'ten panel uruchomiono bez folderu na klatki',
  'host.premiereMediaLeftProject': '{mediaPath} nie ma już w projekcie; zaimportuj go ponownie',
  'host.premiereNoMediaLength': 'Premiere nie podaje długości mediów dla {mediaPath}',
  'host.premierePlacedClipMissing': 'Premiere przyjął edycję, ale żaden klip z {mediaPath} nie pojawił się w {atSeconds, number} s',
  'host.premiereClipsShifted':
    'Premiere przesunął {count, plural, one {# klip zaczynający się} few {# klipy zaczynające się} many {# klipów zaczynających się} other {# klipu zaczynającego się}} po {afterSeconds, number, ::.00} s podczas dodawania nowej ścieżki; Edycja › Cofnij „{undoLabel}” przywraca je na miejsce (prześlij raport diagnostyczny)',
  'host.premiereRetimed':
    'klip ma zmienioną prędkość ({retiming, select, reversed {odtwarzany wstecz} speedReversed {prędkość {percent, number} %, odtwarzany wstecz} other {prędkość {percent, number} %}}); ClipRelay jeszcze nie wycisza takich klipów — wycisz ten ręcznie',
  'host.premiereKeyframesNotRecorded': 'nie można zapisać klatek kluczowych ClipRelay w „{itemName}”',
  'host.premiereGainNotKept':
    'Premiere nie zachował wszystkich klatek kluczowych klipu audio {clipId} ({differences}); Edycja › Cofnij „{undoLabel}” odwraca całe wyciszenie — prześlij raport diagnostyczny',
  'host.premiereImportThrew': 'Premiere nie mógł zaimportować {mediaPath}: {hostSaid}',
  'host.premiereImportRefused': 'Premiere nie mógł zaimportować {mediaPath}',
  'host.premiereImportedItemMissing':
    'Premiere zgłosił import {mediaPath}, ale plik nie pojawił się w pojemniku „{binPath}” po {lookupCount, plural, one {# wyszukiwaniu} few {# wyszukiwaniach} many {# wyszukiwaniach} other {# wyszukiwania}}',
  'host.premiereCreatedBinMissing': 'Premiere utworzył pojemnik, ale nie można go znaleźć',
};
