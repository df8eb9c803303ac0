<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
    <context>
        <name>About</name>
        <message>
            <source>Trusted cancer information that works without the internet. What you read stays on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles: Source: National Cancer Institute, cancer.gov; public domain; not endorsed by NCI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This information does not replace advice from your doctor or nurse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The list of licenses is missing from this copy of the reader.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library packs: none installed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library packs:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>• {title}, version {version}, from {publisher}, made on {date} (%Ln article(s))</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Licenses of the parts this reader is made from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parts of the reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>License text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>License: {license}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArticleHeader</name>
        <message>
            <source>Patient version</source>
            <translation>मरीज़ों के लिए</translation>
        </message>
        <message>
            <source>Version for health professionals</source>
            <translation>डॉक्टरों और स्वास्थ्य कर्मियों के लिए</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>स्रोत: {source}</translation>
        </message>
        <message>
            <source>Reviewed {date}</source>
            <translation>{date} में जाँचा गया</translation>
        </message>
        <message>
            <source>Web address: {url}</source>
            <translation>वेब पता: {url}</translation>
        </message>
        <message>
            <source>Citation: {citation}</source>
            <translation>हवाला: {citation}</translation>
        </message>
        <message>
            <source>Its authors last reviewed this article in {date}, and it is now due for another review. Some details may have changed. Your care team can tell you what is current for you.</source>
            <translation>इसके लेखकों ने इस लेख को आख़िरी बार {date} में जाँचा था, और अब इसकी फिर से जाँच होनी है। कुछ बातें बदल गई हो सकती हैं। आपकी इलाज करने वाली टीम बता सकती है कि अभी आपके लिए क्या सही है।</translation>
        </message>
    </context>
    <context>
        <name>Bookmarks</name>
        <message>
            <source>it was cut short or is not in the right format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it does not hold bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it has no valid format version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its list of bookmarks is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its list of questions is damaged</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln of its entries could not be read</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{bookmarks_and_questions} added</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln already there</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln could not be read</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{bookmarks} and {questions}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln bookmark(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>it could not be opened ({problem})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not a text file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your bookmarks file could not be opened ({problem}). It was left as it is, and new bookmarks will not be saved until this is fixed. Please tell staff.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your bookmarks were saved by a newer version of this app. A copy was kept as {moved}. This version shows the {kept} it can read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your bookmarks file was damaged ({reason}). We kept the {kept} that could be read. The old file was saved as {moved}, so nothing is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your bookmarks file was damaged ({reason}) and could not be read. It was saved as {moved}, so staff can look at it. You can start new bookmarks now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your bookmarks could not be saved ({problem}). They are kept while the app stays open. Please tell staff.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo removing “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be opened ({problem}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a bookmarks file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file cannot be used: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My questions and reading notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section: {heading}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web address: {url}</source>
            <translation type="unfinished">वेब पता: {url}</translation>
        </message>
        <message>
            <source>This article is not in the reader's library on this computer now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made with the Cancer Information Reader on {date}. You can take this to your next visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions for my doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No questions yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarks and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bookmarks yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmark name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: ask about this at my next visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note (only you see it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This article is already bookmarked. You can change its name and note, or remove it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bookmark is saved. You can give it a name and a note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move it to the part you are reading: {heading}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the top of the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A question for my doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Question to ask at your next visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handout to print or share (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handout as a web page (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File to move to another computer (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarks and questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book&amp;mark this page</source>
            <translation>यह पेज बुकमार्क करें (&amp;B)</translation>
        </message>
        <message>
            <source>Bookmark this page (Ctrl+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B&amp;ookmarks</source>
            <translation>बुकमार्क (&amp;O)</translation>
        </message>
        <message>
            <source>Show or hide your bookmarks (Ctrl+B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My &amp;questions</source>
            <translation>मेरे सवाल (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Add a question about this article…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export bookmarks and questions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import bookmarks and questions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open an article first, then bookmark it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarked “{title}” at “{section}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarked “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmark removed. Press Undo in the Bookmarks panel to bring it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” is not in your library now, so it cannot be opened. The bookmark is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About “{title}”: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save your bookmarks and questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be saved ({problem}). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add bookmarks and questions from a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarks file (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} could not be added. {problem} Your bookmarks were not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From {file}: {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bookmarks yet. Open an article and press the star (Ctrl+D) to keep it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No questions yet. Type one above, or add one from an article.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bookmarks</source>
            <translation type="unfinished">बुकमार्क (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the name or the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a question for your doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask about this &amp;article…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a question about the article you are reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions for my doctor. Tick a question when you have asked it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This article is not in your library now. The bookmark is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not asked yet: tick it once you have asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bookmark matches your filter.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>note</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n article(s) loaded</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its language '{language}' has no search analyser of its own, so it is searched by its words as written (without accents)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>cancer type '{slug}' has no name in display_names.json; shown as '{name}' (%n article(s))</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Total: %n distinct articles loaded</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files could not be loaded.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is not UTF-8 text (bad byte at position {position}); save it as UTF-8 and try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the front matter is too long ({size} KB; the limit is {limit} KB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the front matter is not valid YAML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the front matter is not valid YAML (line {line})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the front matter is nested too deeply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the front matter has a number or date that is out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is too large ({size} MB; the limit is {limit} MB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file cannot be read (permission denied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file cannot be read ({problem})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the folder cannot be opened ({problem})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file cannot be opened ({problem})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the link points at a file that does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this folder does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file could not be understood ({problem})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden because its status is '{status}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the same article (same web address) as {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the same file (same content) as {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the same file as {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is not text (it looks like a PDF document)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is not text (it looks like a ZIP archive or Word/EPUB document)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is not text (it looks like an old Microsoft Office document)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is not text (it looks like a picture)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is not text (it looks like a rich-text (RTF) document)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is not text (it looks like an e-book, such as a .mobi file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is not text (it looks like a binary file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is not text (it has many control characters, like a binary file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the page has no article text, only a web-page message such as 'You need to enable JavaScript' (it was saved from a site that did not load)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the article has no readable text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the front matter uses YAML aliases, which are not allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the front matter is not a list of 'name: value' fields</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>MMMM d, yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <translation>MMMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong inside the reader. Your bookmarks and notes are safe. You can keep reading; if it happens again, please tell staff.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FolderReport</name>
        <message numerus="yes">
            <source>%Ln file(s) could not be opened:</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %Ln more.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{folder} is in your library already. %Ln new article(s) found in it.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{folder} is in your library already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every article in {folder} was in your library already.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Already in your library: %Ln article(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Nothing was added from {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No articles were found in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Added %Ln article(s) from {folder}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Adding a folder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Glossary</name>
        <message>
            <source>A cancer drug. Click to open the article about it in your library:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no article about this drug in your library, so this is a short explanation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sorry, this drug is not in your library or in the offline glossary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your imported glossary could not be read, so the built-in one is used. The old file was kept as {moved}. ({problem})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your imported glossary could not be opened ({problem}). The built-in one is used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The built-in glossary could not be read, so no definitions are available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sorry, this word is not in the offline glossary, so there is no definition to show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A plain-language explanation written for this app. Your care team can tell you what it means for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From: {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also called: {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Related words: {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles that use this word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No article in your library links to this word.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words in this article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This article has no words from the glossary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a word from the list below, or click a marked word in an article.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open an article to see the glossary words it uses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking for articles that use this word…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Glossary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chosen word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type to filter the words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter the glossary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All glossary words, A to Z</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find a word:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In this article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All words A–Z</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meaning of {word}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Escape to go back to the article.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Handouts</name>
        <message>
            <source>Words in this article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Citation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} from the Cancer Information Reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About this handout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last reviewed {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {number} of {pages}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print this article as a handout (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this article as a PDF handout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Large type in handouts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sorry, the printer could not be used.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Sent %Ln page(s) to the printer.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Print this article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printed pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smaller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the pages smaller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bigger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the pages bigger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a printer and print these pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">बंद करें</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sorry, the PDF could not be saved ({problem}).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Saved %Ln page(s) to {path}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>&amp;How to use this reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keys and what this reader does (F1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to use this reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This reader has trusted information about cancer from the National Cancer Institute. It works without the internet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you read, your bookmarks and your questions stay on this computer. The reader does not send them anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The articles help you learn. They do not take the place of advice from your doctor or nurse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can use a mouse or only the keyboard. Screen readers can read every part of the window. These are the keys:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find an article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the search box. Type a few words, like “lump in my neck”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Down arrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move from the search box to the list of results.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished">एंटर</translation>
        </message>
        <message>
            <source>Open the article you chose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the next place in the article that matches your search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find words in the article you are reading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read an article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>H, Shift+H</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jump to the next heading, or back to the one before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tab, Shift+Tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move from link to link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On a word that is underlined with dots: show what the word means. Escape closes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn the text cursor on or off. When it is on, the arrow keys read the article line by line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back to the page before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go forward again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the home page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the list of articles and the headings of the article.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the text bigger or smaller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bigger text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smaller text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The usual size. The article keeps your place at every size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose dark colours or high contrast, more space between lines or an easy-to-read font.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep what matters to you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmark the part you are reading. You can give it a name and a note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show your bookmarks and your questions for the doctor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the article.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the article as a PDF file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Menus and this page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a menu: hold Alt and press the underlined letter of its name, like Alt+F for File.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open this page again. Escape closes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> or </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the arrow keys to read. Press Escape to close.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>Welcome</source>
            <translation>स्वागत है</translation>
        </message>
        <message>
            <source>This reader has trusted information about cancer. Everything is on this computer, so it works without the internet, and what you read stays private.</source>
            <translation>इस रीडर में कैंसर के बारे में भरोसेमंद जानकारी है। सब कुछ इसी कंप्यूटर पर है, इसलिए यह इंटरनेट के बिना चलता है, और आप जो पढ़ते हैं वह निजी रहता है।</translation>
        </message>
        <message numerus="yes">
            <source>Your library has %Ln article(s)</source>
            <translation>
                <numerusform>आपकी लाइब्रेरी में %Ln लेख है</numerusform>
                <numerusform>आपकी लाइब्रेरी में %Ln लेख हैं</numerusform>
            </translation>
        </message>
        <message>
            <source>Start here:</source>
            <translation>यहाँ से शुरू करें:</translation>
        </message>
        <message>
            <source>New to this?</source>
            <translation>पहली बार?</translation>
        </message>
        <message>
            <source>Your type of cancer</source>
            <translation>आपके कैंसर का प्रकार</translation>
        </message>
        <message>
            <source>Find every article in the list on the left, or search for a word.</source>
            <translation>सभी लेख बाईं ओर की सूची में हैं, या कोई शब्द खोजें।</translation>
        </message>
        <message>
            <source>No articles could be found. Please ask staff for help.</source>
            <translation>कोई लेख नहीं मिला। कृपया स्टाफ़ से मदद लें।</translation>
        </message>
        <message>
            <source>Adding articles</source>
            <translation>लेख जोड़ना</translation>
        </message>
        <message>
            <source>Your clinic can add its own articles. Choose &lt;b&gt;Add a folder of articles&lt;/b&gt; below and pick a folder of Markdown (.md) files.</source>
            <translation>आपका क्लिनिक अपने लेख जोड़ सकता है। नीचे &lt;b&gt;लेखों का फ़ोल्डर जोड़ें&lt;/b&gt; चुनें और Markdown (.md) फ़ाइलों वाला फ़ोल्डर चुनें।</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>होम</translation>
        </message>
        <message>
            <source>Add a folder of articles…</source>
            <translation>लेखों का फ़ोल्डर जोड़ें…</translation>
        </message>
        <message>
            <source>Add a folder of articles</source>
            <translation>लेखों का फ़ोल्डर जोड़ें</translation>
        </message>
        <message>
            <source>Opening your library… This takes a moment the first time.</source>
            <translation>आपकी लाइब्रेरी खुल रही है… पहली बार थोड़ा समय लगता है।</translation>
        </message>
    </context>
    <context>
        <name>Kiosk</name>
        <message>
            <source>Are you still reading?</source>
            <translation>क्या आप अभी भी पढ़ रहे हैं?</translation>
        </message>
        <message>
            <source>Seconds left</source>
            <translation>बचे हुए सेकंड</translation>
        </message>
        <message>
            <source>Keep reading</source>
            <translation>पढ़ते रहें</translation>
        </message>
        <message numerus="yes">
            <source>To keep your reading private, this screen will start over in %n second(s). Tap the button if you are still here.</source>
            <translation>
                <numerusform>आपकी पढ़ाई निजी रखने के लिए, यह स्क्रीन %n सेकंड में फिर से शुरू होगी। अगर आप अभी भी यहाँ हैं तो बटन दबाएँ।</numerusform>
                <numerusform>आपकी पढ़ाई निजी रखने के लिए, यह स्क्रीन %n सेकंड में फिर से शुरू होगी। अगर आप अभी भी यहाँ हैं तो बटन दबाएँ।</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>मिटाएँ</translation>
        </message>
        <message>
            <source>⌫ Delete letter</source>
            <translation>⌫ अक्षर मिटाएँ</translation>
        </message>
        <message>
            <source>Delete the letter before</source>
            <translation>पिछला अक्षर मिटाएँ</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>स्पेस</translation>
        </message>
        <message>
            <source>Go</source>
            <translation>खोजें</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>एंटर</translation>
        </message>
        <message>
            <source>On-screen keyboard</source>
            <translation>स्क्रीन पर कीबोर्ड</translation>
        </message>
        <message>
            <source>⇧ Capitals</source>
            <translation>⇧ बड़े अक्षर</translation>
        </message>
        <message>
            <source>Capital letters</source>
            <translation>बड़े अक्षर</translation>
        </message>
        <message>
            <source>Accented letters</source>
            <translation>विशेष अक्षर (á, ñ …)</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>छिपाएँ</translation>
        </message>
        <message>
            <source>Hide the keyboard</source>
            <translation>कीबोर्ड छिपाएँ</translation>
        </message>
        <message>
            <source>Letter {letter}</source>
            <translation>अक्षर {letter}</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>कीबोर्ड</translation>
        </message>
        <message>
            <source>This link cannot be opened on this screen.</source>
            <translation>यह लिंक इस स्क्रीन पर नहीं खुल सकता।</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>फिर से शुरू करें</translation>
        </message>
        <message>
            <source>Clear everything and start again for the next person</source>
            <translation>सब कुछ मिटाकर अगले व्यक्ति के लिए फिर से शुरू करें</translation>
        </message>
        <message>
            <source>Article buttons</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>For staff: %Ln library folder(s) not found: {folders}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>कॉपी करें</translation>
        </message>
        <message>
            <source>No staff PIN is set up on this computer, so kiosk mode cannot be left from here. Please ask IT.</source>
            <translation>इस कंप्यूटर पर स्टाफ़ पिन नहीं बना है, इसलिए यहाँ से कियोस्क मोड बंद नहीं हो सकता। कृपया IT से पूछें।</translation>
        </message>
        <message>
            <source>Staff only</source>
            <translation>केवल स्टाफ़ के लिए</translation>
        </message>
        <message>
            <source>Staff PIN</source>
            <translation>स्टाफ़ पिन</translation>
        </message>
        <message>
            <source>Delete the last digit</source>
            <translation>आख़िरी अंक मिटाएँ</translation>
        </message>
        <message>
            <source>Meaning of “{words}”</source>
            <translation>“{words}” का मतलब</translation>
        </message>
        <message>
            <source>Which link did you mean?</source>
            <translation>आप कौन-सा लिंक खोलना चाहते थे?</translation>
        </message>
        <message>
            <source>These links are close together. Tap the one you want.</source>
            <translation>ये लिंक पास-पास हैं। जो चाहिए, उसे छुएँ।</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>खोलें</translation>
        </message>
        <message>
            <source>That PIN is not right. Please try again.</source>
            <translation>यह पिन सही नहीं है। कृपया फिर से कोशिश करें।</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Please wait %Ln second(s), then try again.</source>
            <translation>
                <numerusform>बहुत बार गलत पिन डाला गया। कृपया %Ln सेकंड रुकें, फिर से कोशिश करें।</numerusform>
                <numerusform>बहुत बार गलत पिन डाला गया। कृपया %Ln सेकंड रुकें, फिर से कोशिश करें।</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter the staff PIN to leave kiosk mode.</source>
            <translation>कियोस्क मोड से निकलने के लिए स्टाफ़ पिन डालें।</translation>
        </message>
    </context>
    <context>
        <name>KioskHome</name>
        <message>
            <source>Trusted information about cancer. Tap a subject to start reading. Everything is on this computer, and what you read here is forgotten when you leave.</source>
            <translation>कैंसर के बारे में भरोसेमंद जानकारी। पढ़ना शुरू करने के लिए कोई विषय छुएँ। सब कुछ इसी कंप्यूटर पर है, और आपके जाने के बाद यहाँ पढ़ी गई बातें भुला दी जाती हैं।</translation>
        </message>
        <message>
            <source>All articles, A to Z</source>
            <translation type="unfinished">सभी लेख, A से Z</translation>
        </message>
        <message>
            <source>All cancer types, A to Z</source>
            <translation>कैंसर के सभी प्रकार, A से Z</translation>
        </message>
        <message>
            <source>Show everything in this language</source>
            <translation>सब कुछ इस भाषा में देखें</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>%Ln लेख</numerusform>
                <numerusform>%Ln लेख</numerusform>
            </translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>विषय</translation>
        </message>
        <message>
            <source>‹  All subjects</source>
            <translation>‹  सभी विषय</translation>
        </message>
        <message>
            <source>Back to all subjects</source>
            <translation>सभी विषयों पर वापस जाएँ</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>लेख</translation>
        </message>
        <message>
            <source>Opening the library…</source>
            <translation>लाइब्रेरी खुल रही है…</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation type="unfinished">स्वागत है</translation>
        </message>
        <message>
            <source>Most common cancers</source>
            <translation>सबसे आम कैंसर</translation>
        </message>
        <message>
            <source>Types of cancer</source>
            <translation>कैंसर के प्रकार</translation>
        </message>
        <message numerus="yes">
            <source>%Ln type(s)</source>
            <translation>
                <numerusform>%Ln प्रकार</numerusform>
                <numerusform>%Ln प्रकार</numerusform>
            </translation>
        </message>
        <message>
            <source>No articles could be found. Please ask staff for help.</source>
            <translation type="unfinished">कोई लेख नहीं मिला। कृपया स्टाफ़ से मदद लें।</translation>
        </message>
        <message>
            <source>Where to start</source>
            <translation>कहाँ से शुरू करें</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>Lan&amp;guage</source>
            <translation>भाषा (&amp;L)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <source>The reader will be in {language} the next time it starts.</source>
            <translation>अगली बार खुलने पर रीडर {language} में होगा।</translation>
        </message>
        <message>
            <source>Start it again now?</source>
            <translation>क्या अभी दोबारा खोलें?</translation>
        </message>
        <message>
            <source>Start again now</source>
            <translation>अभी दोबारा खोलें</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>बाद में</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>In English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In Spanish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In {language}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spanish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>French</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portuguese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>German</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Italian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chinese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vietnamese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Korean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arabic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Russian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hindi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tagalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Japanese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Polish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Haitian Creole</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Layout</name>
        <message>
            <source>More</source>
            <translation>और</translation>
        </message>
        <message>
            <source>More ▾</source>
            <translation>और ▾</translation>
        </message>
        <message>
            <source>More buttons</source>
            <translation>और बटन</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>The article you asked for is not in this library.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryBrowser</name>
        <message>
            <source>Any reading level</source>
            <translation>कोई भी पढ़ने का स्तर</translation>
        </message>
        <message>
            <source>Browse the library</source>
            <translation>लाइब्रेरी देखें</translation>
        </message>
        <message>
            <source>Articles by cancer type</source>
            <translation>कैंसर के प्रकार के अनुसार लेख</translation>
        </message>
        <message>
            <source>Articles by topic</source>
            <translation>विषय के अनुसार लेख</translation>
        </message>
        <message>
            <source>Filter titles</source>
            <translation>शीर्षक छाँटें</translation>
        </message>
        <message>
            <source>Filter article titles</source>
            <translation>लेखों के शीर्षक छाँटें</translation>
        </message>
        <message>
            <source>All articles, A to Z</source>
            <translation>सभी लेख, A से Z</translation>
        </message>
        <message>
            <source>Cancer types</source>
            <translation>कैंसर के प्रकार</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>विषय</translation>
        </message>
        <message>
            <source>A–Z</source>
            <translation>A–Z</translation>
        </message>
        <message>
            <source>Show articles at this reading level</source>
            <translation>इस पढ़ने के स्तर के लेख दिखाएँ</translation>
        </message>
    </context>
    <context>
        <name>Links</name>
        <message>
            <source>Glossary word. Press Enter for its meaning.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medicine. Press Enter to learn about it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens another article.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not in your offline library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goes to another part of this article.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web address. It cannot be opened offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Definition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Definition: {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drug: {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link to another article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link to another article: {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web address (not opened offline): {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link: {words}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Cancer Information Reader</source>
            <translation>कैंसर जानकारी रीडर</translation>
        </message>
        <message>
            <source>This page is not in your offline library, so it cannot be opened here.</source>
            <translation>यह पेज आपकी ऑफ़लाइन लाइब्रेरी में नहीं है, इसलिए यहाँ नहीं खुल सकता।</translation>
        </message>
        <message>
            <source>This link goes to a website. This reader works without the internet, so it cannot open it.</source>
            <translation>यह लिंक एक वेबसाइट पर जाता है। यह रीडर इंटरनेट के बिना चलता है, इसलिए इसे नहीं खोल सकता।</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>फ़ाइल (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>संपादन (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>दृश्य (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>जाएँ (&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Bookmarks</source>
            <translation>बुकमार्क (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>सहायता (&amp;H)</translation>
        </message>
        <message>
            <source>On this page</source>
            <translation>इस पेज पर</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>पीछे (&amp;B)</translation>
        </message>
        <message>
            <source>Go back (Alt+Left)</source>
            <translation>पीछे जाएँ (Alt+Left)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>आगे (&amp;F)</translation>
        </message>
        <message>
            <source>Go forward (Alt+Right)</source>
            <translation>आगे जाएँ (Alt+Right)</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <translation>होम (&amp;H)</translation>
        </message>
        <message>
            <source>Go to the home page (Alt+Home)</source>
            <translation>होम पेज पर जाएँ (Alt+Home)</translation>
        </message>
        <message>
            <source>F&amp;ind in article…</source>
            <translation>लेख में खोजें… (&amp;F)</translation>
        </message>
        <message>
            <source>☰ Bro&amp;wse</source>
            <translation>☰ लाइब्रेरी (&amp;B)</translation>
        </message>
        <message>
            <source>Show or hide the list of articles and the article's headings (F9)</source>
            <translation>लेखों की सूची और लेख के शीर्षक दिखाएँ या छिपाएँ (F9)</translation>
        </message>
        <message>
            <source>&amp;Add a folder of articles…</source>
            <translation>लेखों का फ़ोल्डर जोड़ें… (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>बंद करें (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;About Cancer Information Reader</source>
            <translation>कैंसर जानकारी रीडर के बारे में (&amp;A)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>मुख्य टूलबार</translation>
        </message>
        <message>
            <source>More buttons</source>
            <translation>और बटन</translation>
        </message>
        <message>
            <source>Text size: {percent}%</source>
            <translation>अक्षर का आकार: {percent}%</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article(s) in your library</source>
            <translation>
                <numerusform>आपकी लाइब्रेरी में %Ln लेख</numerusform>
                <numerusform>आपकी लाइब्रेरी में %Ln लेख</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s) could not be opened and will not be shown</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln folder(s) with no articles: {folders}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln folder(s) not found: {folders}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Opening your library…</source>
            <translation>आपकी लाइब्रेरी खुल रही है…</translation>
        </message>
        <message>
            <source>Choose a folder of articles</source>
            <translation>लेखों का फ़ोल्डर चुनें</translation>
        </message>
        <message>
            <source>Adding articles from {folder}…</source>
            <translation>{folder} से लेख जोड़े जा रहे हैं…</translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln article(s) from {folder}</source>
            <translation>
                <numerusform>{folder} से %Ln लेख जोड़े गए</numerusform>
                <numerusform>{folder} से %Ln लेख जोड़े गए</numerusform>
            </translation>
        </message>
        <message>
            <source>That article is not in your library any more.</source>
            <translation>वह लेख अब आपकी लाइब्रेरी में नहीं है।</translation>
        </message>
        <message>
            <source>Opening {title}…</source>
            <translation>{title} खुल रहा है…</translation>
        </message>
        <message>
            <source>{title} – Cancer Information Reader</source>
            <translation>{title} – कैंसर जानकारी रीडर</translation>
        </message>
        <message>
            <source>Sorry, this article could not be shown. It may be damaged.</source>
            <translation>माफ़ कीजिए, यह लेख नहीं दिखाया जा सका। यह ख़राब हो सकता है।</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address was copied.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Packs</name>
        <message>
            <source>This library was published more than a year ago. Most of it is still useful, but some details may have changed since then. Your care team can tell you about anything new.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” (version {version}) was published by {publisher} on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” (version {version}) was published by {publisher}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The install was stopped; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} Nothing was changed. {step}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pack could not be installed, so nothing was changed. Try again; if it fails again, ask your clinic's IT team for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I&amp;nstall a library pack…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Install a library pack from a file (for example from a USB stick)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a library pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library packs (*.pack);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A library pack is being installed; please wait until it is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking and installing “{title}”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installing a library pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” version {version} is installed already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installed “{title}” version {version}: {changes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installed “{title}” version {version}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installed “{title}” version {version}. Every article in it was in your library already.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln new article(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Already in your library: %Ln article(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The pack was not installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by a publisher this computer trusts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking every file in the pack…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every file in it was checked and is whole.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing: this version is installed already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot be installed.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln article(s) added</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{added}, {changed} changed, {removed} removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Install a library pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (you have version {version})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show details for staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Install</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide details for staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask whoever gave you this pack for a new copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask your clinic's IT team, or whoever gave you this pack, to set this computer up to trust “{publisher}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask your clinic's IT team to update this reader.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack is damaged, or it was changed after it was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack holds files that are not safe to open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not use it, and tell whoever gave it to you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack is larger than this reader can open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask whoever gave you this pack for a smaller one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is not a library pack.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that you chose the right file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack needs a newer version of this reader.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>manifest.json: {what} is missing or wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>manifest.json is not readable JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>manifest.json is not a library pack's manifest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack format {found}; this reader reads up to {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It unpacks to more than {limit} GB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file name that is not allowed: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A link or special file: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file larger than {limit} MB: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file that unpacks to far more than its size: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An encrypted file: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” is installed already, from a different publisher key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask your clinic's IT team which one to keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installed: key {old}; this pack: key {new}. To replace it: cancer-reader pack remove {id}, then install this pack.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack is version {new} of “{title}”, older than the version {old} you have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can keep the one you have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To install it anyway: cancer-reader pack install --downgrade FILE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack says it is version {version} of “{title}”, but the version {version} you have is different.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask “{publisher}” for a copy with a new version number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack file cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that it is still there (for example, that the USB stick is plugged in), then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack file is empty: the copy did not finish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the pack again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a zip file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack is damaged or was not copied in full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a complete zip file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is larger than {limit} bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack says it comes from “{publisher}”, but it is not signed, so that cannot be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask whoever gave you this pack for a signed copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no manifest.sig.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key {key}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack says it comes from “{publisher}”, but it was changed or damaged after it was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature does not match the manifest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack says it comes from “{publisher}”, but this computer is not set up to trust it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed with a key this computer does not trust.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than {limit} files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two files with the same name: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It has no manifest.json.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is listed in the manifest but missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not listed in the manifest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} does not have the size the manifest gives.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The manifest's article_count does not match its files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It needs version {needed} or newer; this is {current}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} does not match its checksum.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To trust this publisher, get its key file ({name}) from the publisher itself, not only from the same USB stick as the pack. Then, in the folder that holds the key file, run one of these:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For everyone on this computer (folder {folder}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For this account only (folder {folder}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then choose the pack again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Panel</name>
        <message>
            <source>Close</source>
            <translation type="unfinished">बंद करें</translation>
        </message>
        <message>
            <source>Close {panel}</source>
            <translation>{panel} बंद करें</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>&amp;Read aloud</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the article aloud, or the part you selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pause or go on reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stop reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read s&amp;lower</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read &amp;faster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read &amp;aloud</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Readability</name>
        <message>
            <source>Easy to read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For health professionals</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reading</name>
        <message>
            <source>This article has no headings to jump to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article</source>
            <translation>लेख</translation>
        </message>
        <message>
            <source>On this page</source>
            <translation type="unfinished">इस पेज पर</translation>
        </message>
        <message>
            <source>Find in this article</source>
            <translation>इस लेख में खोजें</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>पिछला</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>अगला</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">बंद करें</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>खोज बंद करें</translation>
        </message>
        <message>
            <source>Find result</source>
            <translation>खोज का नतीजा</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>नहीं मिला</translation>
        </message>
        <message>
            <source>{number} of {count}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReadingControls</name>
        <message>
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extra wide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text {percent}%</source>
            <translation>अक्षर {percent}%</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger text (Ctrl++)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smaller text (Ctrl+-)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Usual text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usual text size, {percent}% (Ctrl+0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset size</source>
            <translation>सामान्य आकार</translation>
        </message>
        <message>
            <source>{spacing} line spacing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Easy-to-read &amp;font (Atkinson Hyperlegible)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line s&amp;pacing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usual text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size {percent} percent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScreenReader</name>
        <message>
            <source>Heading level {level}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text cursor on: the arrow keys move through the text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text cursor off: the arrow keys scroll the article.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Text cursor in articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move through the article's text with the arrow keys (F7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scroll up and down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scroll left and right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Panels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No more headings below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No more headings above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This page has no headings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heading level {level}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Links and headings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Search is being prepared: the index has not been built yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The search index is damaged and has to be rebuilt; search is not available until then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The search index was made by another version of the reader and has to be rebuilt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The search index cannot be updated because its folder is read-only; results come from the index as it is and may miss recent changes.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Search is ready (%Ln article(s)).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>This search could not be carried out; try other words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The search index is damaged ({problem}) and has to be rebuilt; search is not available until then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The search index folder {folder} cannot be written, so search uses a temporary index that is rebuilt each time the reader starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another copy of the reader is updating the search index; the existing index is used meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The search index is up to date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The search index could not be built: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An earlier index build did not finish; its files were removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the library (Ctrl+K)</source>
            <translation>लाइब्रेरी में खोजें (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>लाइब्रेरी में खोजें</translation>
        </message>
        <message>
            <source>Preparing search…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search preparation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear all</source>
            <translation>सब मिटाएँ</translation>
        </message>
        <message>
            <source>Clear the whole search</source>
            <translation>पूरी खोज मिटाएँ</translation>
        </message>
        <message>
            <source>Search is not available yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updating search{stage}: {percent}%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing search{stage}: {percent}%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing search… {percent}%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updating search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search is being prepared{percent}. You can keep reading meanwhile; your results will appear here as soon as it is ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another copy of the reader is preparing search. It will work here too as soon as that is done.</source>
            <translation>रीडर की एक और कॉपी खोज तैयार कर रही है। वह पूरा होते ही खोज यहाँ भी काम करेगी।</translation>
        </message>
        <message>
            <source>Search could not take in the latest changes to your articles. It will try again the next time the reader starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search is ready.</source>
            <translation>खोज तैयार है।</translation>
        </message>
        <message>
            <source>Search is ready now. Here are the results for what you typed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New articles are still being added to search{percent}. These results may change; they will be updated when it is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search is still getting ready ({percent}% done). The articles being added now can be found once it is finished. Your results will appear here by themselves; you do not need to type again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are also articles in {in_language}. To read them, choose {language} in the View &gt; Language menu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are also articles in {in_language}. To read them, tap {language} at the top of the home screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search the library…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next search match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the next place that matches your search (F3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search is being prepared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{match}: “{words}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the next place that matches your search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear marks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the search marks</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln place(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>1 place in “{article}” matches your search</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln places in “{article}” match your search</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>(the one that fits best is marked)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>(the %Ln that fit best are marked)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>1 place matches your search</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln places match your search</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Match {number} of {places}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the spelling, or type only the start of a long word.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try fewer words, or other words (for example “tired” instead of “exhausted”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look through the lists on the left: by cancer type, by topic, or A to Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tap Home to find articles by subject, or by cancer type from A to Z.</source>
            <translation>विषय के अनुसार, या कैंसर के प्रकार के अनुसार A से Z तक लेख पाने के लिए होम दबाएँ।</translation>
        </message>
        <message>
            <source>Sorry, nothing in your library matches these words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The articles in this library are in {language}. If you searched in another language, try the words in {language}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The articles in this library are in {languages}. If you searched in another language, try the words in one of these.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some tips:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Health professional version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only a cancer type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only a topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only a reading level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancer type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading level:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All cancer types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filters cleared.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Filters (%Ln chosen)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Searching for “{words}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did you mean “{words}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search for {words} instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No articles match “{words}” with these filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No articles match “{words}” yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No articles match “{words}”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The best {shown} of %Ln article(s) for “{words}”</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>1 article matches “{words}”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln articles match “{words}”</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Some articles match, but not with the filters you chose. Choose &lt;b&gt;Clear filters&lt;/b&gt; to see them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchStages</name>
        <message>
            <source>getting ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>writing the index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>finishing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>adding new and changed articles</source>
            <translation>नए और बदले गए लेख जोड़े जा रहे हैं</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Your settings could not be read ({problem}). Default settings are used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your settings were saved by a newer version of this app. They are kept as they are, and default settings are used for now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your settings file was damaged, so default settings are used. The old file was kept as {moved}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your settings could not be saved ({problem}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sizes</name>
        <message numerus="yes">
            <source>%Ln byte(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{size} GB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{size} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{size} KB</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation type="unfinished">
                <numerusform>%Ln लेख</numerusform>
                <numerusform>%Ln लेख</numerusform>
            </translation>
        </message>
        <message>
            <source>the articles that came with the reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another place in this list</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln article(s), shown from {sources} instead.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more, shown from {sources} instead.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>“{title}”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln file(s) could not be opened.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>In {place}, these files could not be opened:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles that came with the reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library pack from {publisher}, version {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installed for everyone on this computer. Only the person who looks after this computer can remove it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Came with the reader when it was installed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If it is on a USB stick or another drive, plug it in. Its articles come back when the folder is found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a file, not a folder, so there are no articles to read here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person who looks after this computer may need to give you access to this folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Named when the reader was started, so it cannot be removed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the library pack {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the folder {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folders and packs in your library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The articles in your library come from these places. Removing a folder does not delete any files: the reader only stops showing its articles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where your articles come from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have not added any folders or installed any library packs. To add some, use “Add a folder of articles…” or “Install a library pack…” in the File menu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show details for staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide details for staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Folders and packs in your library…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See where your articles come from, and remove folders or packs you added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder} is no longer in your library. Its files were not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A library pack is being installed. Please wait until it is done, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} was removed already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} could not be removed, so nothing was changed. Try again; if it fails again, ask the person who looks after this computer for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed {title} from your library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove a library pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {title} from this reader?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Its %Ln article(s) will leave your library.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The pack file you installed it from is not changed, so you can install it again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We could not find this folder of articles: {folder}. If it is on a USB stick or another drive, plug it in and start the reader again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can also remove it from your library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We could not find these folders of articles: {folders}. If they are on a USB stick or another drive, plug them in and start the reader again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can also remove them from your library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;See folders and packs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Folders and packs in your library</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartingPoints</name>
        <message>
            <source>What cancer is</source>
            <translation>कैंसर क्या है</translation>
        </message>
        <message>
            <source>How cancer starts and grows, in plain words.</source>
            <translation>कैंसर कैसे शुरू होता है और कैसे बढ़ता है, आसान शब्दों में।</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>इलाज</translation>
        </message>
        <message>
            <source>The main kinds of treatment and how they work.</source>
            <translation>इलाज के मुख्य तरीके और वे कैसे काम करते हैं।</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>साइड इफ़ेक्ट</translation>
        </message>
        <message>
            <source>What may happen during treatment, and what helps.</source>
            <translation>इलाज के दौरान क्या हो सकता है, और किससे मदद मिलती है।</translation>
        </message>
        <message>
            <source>Coping and support</source>
            <translation>हिम्मत और सहारा</translation>
        </message>
        <message>
            <source>Feelings, family, and day-to-day life with cancer.</source>
            <translation>कैंसर के साथ भावनाएँ, परिवार और रोज़ की ज़िंदगी।</translation>
        </message>
        <message>
            <source>Questions for your doctor</source>
            <translation>डॉक्टर से पूछने के सवाल</translation>
        </message>
        <message>
            <source>Questions to take to your next visit.</source>
            <translation>अगली मुलाक़ात पर ले जाने के लिए सवाल।</translation>
        </message>
    </context>
    <context>
        <name>Survival</name>
        <message>
            <source>Show numbers about survival</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This part is about survival and the chance of recovery. Some people prefer not to read numbers like these unless they choose to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This handout leaves out a part about survival and the chance of recovery. You can show it in the reader and print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask before showing &amp;numbers about survival</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fold parts about survival and the chance of recovery until you choose to see them</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
