<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Verdict</name>
    <message>
        <location filename="../core/consent/Verdict.cpp" line="42"/>
        <source>Eligible</source>
        <translation>Admisible</translation>
    </message>
    <message>
        <location filename="../core/consent/Verdict.cpp" line="44"/>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <location filename="../core/consent/Verdict.cpp" line="46"/>
        <source>Consent withdrawn</source>
        <translation>Consentimiento retirado</translation>
    </message>
    <message>
        <location filename="../core/consent/Verdict.cpp" line="48"/>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../core/consent/Verdict.cpp" line="50"/>
        <source>Not in the program</source>
        <translation>Fuera del programa</translation>
    </message>
    <message>
        <location filename="../core/consent/Verdict.cpp" line="52"/>
        <source>Card blocked</source>
        <translation>Tarjeta bloqueada</translation>
    </message>
    <message>
        <location filename="../core/consent/Verdict.cpp" line="54"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../core/consent/Verdict.cpp" line="56"/>
        <source>Not a student card</source>
        <translation>No es una tarjeta de estudiante</translation>
    </message>
    <message>
        <location filename="../core/consent/Verdict.cpp" line="65"/>
        <source>Use the patron number below.</source>
        <translation>Use el número de usuario de abajo.</translation>
    </message>
    <message>
        <location filename="../core/consent/Verdict.cpp" line="67"/>
        <source>Offer a regular library card sign-up.</source>
        <translation>Ofrezca la inscripción a una tarjeta de biblioteca normal.</translation>
    </message>
    <message>
        <location filename="../core/consent/Verdict.cpp" line="69"/>
        <source>Offer a regular library card sign-up. Do not use the old patron number.</source>
        <translation>Ofrezca la inscripción a una tarjeta de biblioteca normal. No use el número de usuario anterior.</translation>
    </message>
    <message>
        <location filename="../core/consent/Verdict.cpp" line="72"/>
        <source>Tell the student the program renews with the school year.</source>
        <translation>Explique al estudiante que el programa se renueva con el año escolar.</translation>
    </message>
    <message>
        <location filename="../core/consent/Verdict.cpp" line="75"/>
        <source>Offer a regular library card.</source>
        <translation>Ofrezca una tarjeta de biblioteca normal.</translation>
    </message>
    <message>
        <location filename="../core/consent/Verdict.cpp" line="77"/>
        <source>This card was reported lost or replaced. Ask for the new card.</source>
        <translation>Esta tarjeta se reportó perdida o fue reemplazada. Pida la tarjeta nueva.</translation>
    </message>
    <message>
        <location filename="../core/consent/Verdict.cpp" line="80"/>
        <source>No consent is on file for this card. Offer a regular library card sign-up.</source>
        <translation>No hay consentimiento registrado para esta tarjeta. Ofrezca la inscripción a una tarjeta de biblioteca normal.</translation>
    </message>
    <message>
        <location filename="../core/consent/Verdict.cpp" line="83"/>
        <source>Scan the card again or type the number.</source>
        <translation>Escanee la tarjeta otra vez o escriba el número.</translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictService.cpp" line="56"/>
        <source>Nothing was scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictService.cpp" line="70"/>
        <source>The store could not be read. Try again, then call the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictService.cpp" line="83"/>
        <source>The check digit is wrong: the number was mistyped or misread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictService.cpp" line="85"/>
        <source>This code matches no student card rule (a book, a phone, a typo?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cardbridge</name>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="31"/>
        <source>Consent was given and later withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="35"/>
        <source>A parent or guardian declined sharing with the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="36"/>
        <source>Consent was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="39"/>
        <source>The consent on file has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="43"/>
        <source>Consent is on file and the agreement is current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="44"/>
        <source>In the program (opt-out: no refusal on file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="45"/>
        <source>No consent is on file (opt-in program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="57"/>
        <source>This card was replaced by a newer card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="58"/>
        <source>This card was reported lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="60"/>
        <source>This school is not in the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="62"/>
        <source>This grade is not in the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="65"/>
        <source>The student is no longer enrolled at a school in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="69"/>
        <source>The agreement&apos;s school year has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="70"/>
        <source>The agreement&apos;s school year is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="81"/>
        <source>Eligible, but no patron number can be made from this student number; check the agreement&apos;s patron number rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="91"/>
        <source>A valid student card with no record: under opt-in, no consent is on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consent/VerdictRules.cpp" line="92"/>
        <source>A valid student card with no record: the student is not in the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeskAppOptions.cpp" line="24"/>
        <source>CardBridge desk: scan a student ID card and see whether it works as a library card, and as which patron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeskAppOptions.cpp" line="27"/>
        <source>Open the store at &lt;path&gt; (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeskAppOptions.cpp" line="27"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeskAppOptions.cpp" line="29"/>
        <source>Open the demo store (synthetic data; created on first use). With --store, treat that path as the demo store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeskAppOptions.cpp" line="61"/>
        <location filename="../ui/DeskAppOptions.cpp" line="76"/>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictText.cpp" line="34"/>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictText.cpp" line="38"/>
        <source>grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictText.cpp" line="51"/>
        <source>Patron number %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cardbridge::BusyIndicator</name>
    <message>
        <location filename="../ui/BusyIndicator.cpp" line="16"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cardbridge::BusyPage</name>
    <message>
        <location filename="../ui/BusyPage.cpp" line="16"/>
        <source>One moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cardbridge::DemoCardsHint</name>
    <message>
        <location filename="../ui/DemoCardsHint.cpp" line="36"/>
        <source>Demo cards: click one to try each verdict (synthetic data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DemoCardsHint.cpp" line="37"/>
        <source>Demo cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DemoCardsHint.cpp" line="66"/>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DemoCardsHint.cpp" line="67"/>
        <source>Try demo card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DemoCardsHint.cpp" line="69"/>
        <source>Look up %1 (expected: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cardbridge::DeskView</name>
    <message>
        <location filename="../ui/DeskView.cpp" line="42"/>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeskView.cpp" line="43"/>
        <source>Loc&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeskView.cpp" line="48"/>
        <source>&amp;Card number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeskView.cpp" line="57"/>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeskView.cpp" line="58"/>
        <source>Scan a card, or type its number and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeskView.cpp" line="61"/>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeskView.cpp" line="64"/>
        <source>Lock the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeskView.cpp" line="65"/>
        <source>Lock the store (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeskView.cpp" line="145"/>
        <source>This scan could not be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cardbridge::InlineMessage</name>
    <message>
        <location filename="../ui/InlineMessage.cpp" line="16"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InlineMessage.cpp" line="16"/>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cardbridge::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="38"/>
        <location filename="../ui/MainWindow.cpp" line="39"/>
        <source>CardBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47"/>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>Lock the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Creating the demo store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Filling %1 with synthetic students. This takes a few seconds, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>The demo store could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Demo store open (synthetic data): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Demo store: %1 (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>Store open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>Store: %1 (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>No store yet at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cardbridge::NewStorePage</name>
    <message>
        <location filename="../ui/NewStorePage.cpp" line="31"/>
        <source>&amp;Create store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewStorePage.cpp" line="32"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewStorePage.cpp" line="36"/>
        <source>Create a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewStorePage.cpp" line="38"/>
        <source>Student records are kept encrypted in this file. Choose a passphrase of at least %1 characters and keep it somewhere safe: without it the store cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewStorePage.cpp" line="44"/>
        <source>Store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewStorePage.cpp" line="49"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewStorePage.cpp" line="50"/>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewStorePage.cpp" line="51"/>
        <source>Create store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewStorePage.cpp" line="53"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewStorePage.cpp" line="57"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewStorePage.cpp" line="58"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewStorePage.cpp" line="80"/>
        <source>New store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewStorePage.cpp" line="144"/>
        <source>Creating the store…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cardbridge::PassphraseRules</name>
    <message>
        <location filename="../ui/PassphraseRules.cpp" line="10"/>
        <source>Use at least %1 characters (%2 so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PassphraseRules.cpp" line="16"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cardbridge::StartPage</name>
    <message>
        <location filename="../ui/StartPage.cpp" line="31"/>
        <source>&amp;Create a new store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="31"/>
        <source>Create a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="32"/>
        <source>Open the &amp;demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="32"/>
        <source>Open the demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="35"/>
        <source>Welcome to CardBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="40"/>
        <source>For the real program: you will import the district&apos;s consent lists into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="44"/>
        <source>A store with synthetic students, to try every verdict at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="54"/>
        <source>There is no store at %1 yet. A store keeps the student records this desk checks cards against, encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cardbridge::StoreJobs</name>
    <message>
        <location filename="../ui/StoreJobs.cpp" line="23"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cardbridge::UnlockPage</name>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="31"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="35"/>
        <source>Unlock the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="37"/>
        <source>The store is encrypted. Enter its passphrase to start scanning cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="41"/>
        <source>Store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="44"/>
        <source>Demo store hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="48"/>
        <location filename="../ui/UnlockPage.cpp" line="49"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="51"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="54"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="74"/>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="77"/>
        <source>Demo store — passphrase: %1
The demo store holds synthetic data only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="113"/>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="147"/>
        <source>Wrong passphrase. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="157"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cardbridge::VerdictPanel</name>
    <message>
        <location filename="../ui/VerdictPanel.cpp" line="43"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictPanel.cpp" line="44"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictPanel.cpp" line="45"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictPanel.cpp" line="46"/>
        <source>Patron number caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictPanel.cpp" line="47"/>
        <location filename="../ui/VerdictPanel.cpp" line="54"/>
        <source>Patron number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictPanel.cpp" line="48"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictPanel.cpp" line="50"/>
        <source>Verdict panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictPanel.cpp" line="106"/>
        <source>Scan a student ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictPanel.cpp" line="107"/>
        <source>Or type the card number and press Enter. The verdict appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
