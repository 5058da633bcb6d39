import type { EN_ERRORS } from '../en/errors';
import type { AreaCatalog } from '../area-catalog';

export const PL_ERRORS: AreaCatalog<typeof EN_ERRORS> = {
  'errors.providerTimedOut': '{provider} nie odpowiedział na czas ({request}). Spróbuj ponownie później.',
  'errors.providerUnreachable': 'Nie można połączyć się z {provider}. Sprawdź połączenie i spróbuj ponownie.',
  'errors.providerUnreachableCode': 'Nie można połączyć się z {provider} ({code}). Sprawdź połączenie i spróbuj ponownie.',
  'errors.providerAnswerUnusable':
    '{provider} odpowiedział, ale w formie, której nie da się użyć ({reason}). Spróbuj ponownie później; jeśli to się powtarza, winny jest serwer pośredniczący lub dostawca.',
  'errors.providerHttp':
    '{provider}: {kind, select, auth {odrzucono dane logowania} rateLimit {ograniczono liczbę żądań} quota {na koncie skończył się limit} moderation {odrzucono treść} invalidRequest {odrzucono żądanie} notFound {nie znaleziono} server {błąd serwera} other {brak połączenia}} ({code, select, none {HTTP {status}} other {HTTP {status}, kod {code}}}).',
  'errors.providerHttpSaid':
    '{provider}: {kind, select, auth {odrzucono dane logowania} rateLimit {ograniczono liczbę żądań} quota {na koncie skończył się limit} moderation {odrzucono treść} invalidRequest {odrzucono żądanie} notFound {nie znaleziono} server {błąd serwera} other {brak połączenia}} ({code, select, none {HTTP {status}} other {HTTP {status}, kod {code}}}). {providerSaid}',
  'errors.providerJobFailed': 'Zadanie {provider} {jobId} nie powiodło się. {providerSaid}',
  'errors.providerRefusedContent': '{provider}: odrzucono treść. {providerSaid}',
  'errors.jobTimedOut': 'Zadanie {provider} {jobId} nie zakończyło się w ciągu {seconds} s; może jeszcze się zakończyć.',
  'errors.downloadDeadline':
    'Pobieranie z {provider} nie zakończyło się w ciągu {duration} i zostało przerwane; zadanie zachowano, więc można je wznowić (cliprelay resume lub Ponów w panelu).',
  'errors.downloadEmpty': '{provider} przesłał pusty plik.',
  'errors.downloadChanged': 'Plik {provider} zmienił się podczas pobierania; pobierz go ponownie.',
  'errors.downloadDifferentOnResume': 'Serwer {provider} przesłał inny plik po wznowieniu pobierania; pobierz go ponownie.',
  'errors.downloadStoppedEarly': 'Pobieranie z {provider} przerwało się za wcześnie: {receivedBytes} z {totalBytes} bajtów.',
  'errors.downloadNotMp4': 'Plik pobrany z {provider} nie jest wideo MP4 (brak pola ftyp na początku).',
  'errors.downloadTooLarge': 'Plik {provider} przekracza {maxMib} MiB ({bytes} bajtów lub więcej); nie został zachowany.',
  'errors.missingCredentials': '{provider} wymaga: {fields}. Wpisz je w sekcji Klucze dostawców, a potem ponownie kliknij Generuj.',
  'errors.overDailyCap':
    'To generowanie ({costUsd, number, ::currency/USD group-off}) podniosłoby dzisiejsze wydatki do {totalUsd, number, ::currency/USD group-off}, powyżej dziennego limitu {capUsd, number, ::currency/USD group-off}.',
  'errors.overProjectCap':
    'To generowanie ({costUsd, number, ::currency/USD group-off}) podniosłoby wydatki projektu do {totalUsd, number, ::currency/USD group-off}, powyżej jego limitu {capUsd, number, ::currency/USD group-off}.',
  'errors.overClientCap':
    'To generowanie ({costUsd, number, ::currency/USD group-off}) podniosłoby wydatki klienta {client} w tym miesiącu do {totalUsd, number, ::currency/USD group-off}, powyżej miesięcznego limitu na klienta {capUsd, number, ::currency/USD group-off}.',
  'errors.overClientCapUntagged':
    'To generowanie ({costUsd, number, ::currency/USD group-off}) podniosłoby wydatki tego klienta w tym miesiącu do {totalUsd, number, ::currency/USD group-off}, powyżej miesięcznego limitu na klienta {capUsd, number, ::currency/USD group-off}.',
  'errors.promptEmpty': 'Prompt jest pusty.',
  'errors.promptTooLong': 'Prompt ma {length, number} znaków; {model} przyjmuje najwyżej {max, number}. Skróć go; nic nie wysłano.',
  'errors.durationRange': '{model} przyjmuje od {first} do {last} sekund; wybrano {asked} s.',
  'errors.durationChoices': '{model} przyjmuje {durations} sekund; wybrano {asked} s.',
  'errors.aspectChoices': '{model} przyjmuje proporcje {ratios}; wybrano {asked}.',
  'errors.resolutionChoices': '{model} oferuje {resolutions}; wybrano {asked}.',
  'errors.textOnlyModel': '{model} tworzy wideo tylko z tekstu; usuń obraz referencyjny lub wybierz inny model.',
  'errors.imageOnlyModel': '{model} tworzy wideo tylko z obrazu; wybierz obraz referencyjny.',
  'errors.noPremiereProject': 'Nie otwarto projektu Premiere Pro. Otwórz lub utwórz projekt i spróbuj ponownie.',
  'errors.noPremiereSequence': 'W Premiere Pro nie ma aktywnej sekwencji. Otwórz sekwencję w panelu Oś czasu i spróbuj ponownie.',
  'errors.noResolveProject': 'Najpierw otwórz projekt w DaVinci Resolve.',
  'errors.noResolveTimeline': 'Najpierw otwórz oś czasu w DaVinci Resolve (strona Edit).',
  'errors.fillInTemplateValues': 'Najpierw wypełnij {names}.',
  'errors.packKeyChanged':
    'Nie można użyć {source}: jest podpisany innym kluczem ({newKey}) niż ten, któremu ten panel zaufał przy pierwszej instalacji pakietu ({pinnedKey}). Jeśli agencja naprawdę zmieniła klucz, potwierdź u niej nowy, a potem usuń pakiet i zainstaluj go ponownie.',
  'errors.createUnconfirmed': '{provider} nie potwierdził utworzenia ({answer}); sprawdzanie, czy zadanie istnieje…',
  'errors.jobNotShownYet': '{provider} jeszcze nie pokazuje zadania {jobId}; ponowne pytanie do {seconds} s po wysłaniu.',
  'errors.createNeverArrived':
    '{provider} nie ma zadania {jobId} {seconds} s po wysłaniu: żądanie nigdy nie dotarło, więc nic nie pobrano. Przycisk Ponów utworzy je (z tym samym identyfikatorem, więc nigdy dwa razy).',
  'errors.hostOperationFailed':
    'Operacja „{kind, select, placeClip {Umieszczenie klipu} duck {Ściszanie dźwięku} recordProvenance {Zapis pochodzenia} readProvenance {Odczyt pochodzenia} importMedia {Import} pictureSequence {Klatka z sekwencji} pictureClip {Klatka z klipu} useProjectStill {Obraz z projektu} readSequence {Odczyt sekwencji} readPlayhead {Odczyt głowicy odtwarzania} revealInBin {Pokazanie w pojemniku} selectClips {Zaznaczenie klipów} undo {Cofnięcie} diagnostics {Diagnostyka} other {{operation}}}” nie powiodła się: {detail}',
  'errors.ledgerRecordsLeftOut':
    'Rejestr zadań był uszkodzony ({unreadable, plural, one {pominięto # nieczytelny wpis} few {pominięto # nieczytelne wpisy} many {pominięto # nieczytelnych wpisów} other {pominięto # nieczytelnego wpisu}}); odłożono go do {path}, a {count, plural, one {odzyskano # zadanie} few {odzyskano # zadania} many {odzyskano # zadań} other {odzyskano # zadania}}.',
  'errors.ledgerDamaged':
    'Rejestr zadań był uszkodzony ({detail}); odłożono go do {path}, a {count, plural, one {odzyskano # zadanie} few {odzyskano # zadania} many {odzyskano # zadań} other {odzyskano # zadania}}.',
  'errors.packStoredCopyUntrusted': 'Zapisanej kopii tego pakietu nie można już ufać: {reason} Usuń subskrypcję i zasubskrybuj ponownie.',
  'errors.sentAgain':
    'Wysłano ponownie na Twoją prośbę; pierwsza próba ({sentAt}) mogła również zostać utworzona i rozliczona przez {provider}.',
  'errors.endpointChanged':
    'Utworzono w {createdAt}; ustawienia wskazują teraz {current}, więc zadanie zostanie dokończone tam, gdzie je utworzono.',
  'errors.clipWithoutAudio': '{provider} zwrócił klip bez ścieżki dźwiękowej.',
  'errors.clipLongerThanReported':
    '{provider} podał klip o długości {reportedSeconds, number, ::.########## group-off} s; plik trwa {fileSeconds, number, ::.0 group-off} s.',
  'errors.packReleaseOlder': 'Serwer oferuje wersję {offered}, starszą niż Twoja wersja {current}; zachowano Twoją.',
  'errors.packChangedSameVersion':
    'Pakiet na serwerze zmienił się bez nowego numeru wersji (nadal {version}); zachowano Twój. Agencja powinna zwiększyć „version”.',
};
