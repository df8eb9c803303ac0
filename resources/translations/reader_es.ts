<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>About</name>
        <message>
            <source>Trusted cancer information that works without the internet. What you read stays on this computer.</source>
            <translation>Información confiable sobre el cáncer que funciona sin internet. Lo que usted lee se queda en esta computadora.</translation>
        </message>
        <message>
            <source>Articles: Source: National Cancer Institute, cancer.gov; public domain; not endorsed by NCI.</source>
            <translation>Artículos: Fuente: Instituto Nacional del Cáncer (NCI), cancer.gov; dominio público; sin respaldo del NCI. Los artículos en español son textos propios de este lector (CC0).</translation>
        </message>
        <message>
            <source>This information does not replace advice from your doctor or nurse.</source>
            <translation>Esta información no reemplaza los consejos de su médico o enfermera.</translation>
        </message>
        <message>
            <source>The list of licenses is missing from this copy of the reader.</source>
            <translation>Falta la lista de licencias en esta copia del lector.</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Acerca del {app}</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Versión {version}</translation>
        </message>
        <message>
            <source>&amp;Licenses of the parts this reader is made from:</source>
            <translation>&amp;Licencias de las partes con que está hecho este lector:</translation>
        </message>
        <message>
            <source>Parts of the reader</source>
            <translation>Partes del lector</translation>
        </message>
        <message>
            <source>License text</source>
            <translation>Texto de la licencia</translation>
        </message>
        <message>
            <source>License: {license}</source>
            <translation>Licencia: {license}</translation>
        </message>
    </context>
    <context>
        <name>CancerTypes</name>
        <message>
            <source>Adrenocortical</source>
            <translation>Corteza suprarrenal</translation>
        </message>
        <message>
            <source>Agnostic cancer therapies hp pdq</source>
            <translation>Terapias agnósticas del tumor (profesionales)</translation>
        </message>
        <message>
            <source>Anal</source>
            <translation>Ano</translation>
        </message>
        <message>
            <source>Aya</source>
            <translation>Adolescentes y adultos jóvenes</translation>
        </message>
        <message>
            <source>Biomarker testing cancer treatment</source>
            <translation>Pruebas de biomarcadores</translation>
        </message>
        <message>
            <source>Bladder</source>
            <translation>Vejiga</translation>
        </message>
        <message>
            <source>Bone</source>
            <translation>Hueso</translation>
        </message>
        <message>
            <source>Brain</source>
            <translation>Cerebro</translation>
        </message>
        <message>
            <source>Breast</source>
            <translation>Mama</translation>
        </message>
        <message>
            <source>By body location</source>
            <translation>Por parte del cuerpo</translation>
        </message>
        <message>
            <source>Cardiac</source>
            <translation>Corazón</translation>
        </message>
        <message>
            <source>Cervical</source>
            <translation>Cuello uterino</translation>
        </message>
        <message>
            <source>Chemotherapy</source>
            <translation>Quimioterapia</translation>
        </message>
        <message>
            <source>Childhood cancers</source>
            <translation>Cáncer infantil</translation>
        </message>
        <message>
            <source>Colorectal</source>
            <translation>Colon y recto</translation>
        </message>
        <message>
            <source>Common cancers</source>
            <translation>Cánceres comunes</translation>
        </message>
        <message>
            <source>Esophageal</source>
            <translation>Esófago</translation>
        </message>
        <message>
            <source>Extracranial germ cell</source>
            <translation>Células germinales extracraneales</translation>
        </message>
        <message>
            <source>Extragonadal germ cell</source>
            <translation>Células germinales extragonadales</translation>
        </message>
        <message>
            <source>Eye</source>
            <translation>Ojo</translation>
        </message>
        <message>
            <source>Gallbladder</source>
            <translation>Vesícula biliar</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Gestational trophoblastic</source>
            <translation>Trofoblástico gestacional</translation>
        </message>
        <message>
            <source>Gi neuroendocrine tumors</source>
            <translation>Tumores neuroendocrinos digestivos</translation>
        </message>
        <message>
            <source>Head and neck</source>
            <translation>Cabeza y cuello</translation>
        </message>
        <message>
            <source>Hormone therapy</source>
            <translation>Terapia hormonal</translation>
        </message>
        <message>
            <source>Hyperthermia</source>
            <translation>Hipertermia</translation>
        </message>
        <message>
            <source>Immunotherapy</source>
            <translation>Inmunoterapia</translation>
        </message>
        <message>
            <source>Kidney</source>
            <translation>Riñón</translation>
        </message>
        <message>
            <source>Langerhans</source>
            <translation>Histiocitosis de células de Langerhans</translation>
        </message>
        <message>
            <source>Leukemia</source>
            <translation>Leucemia</translation>
        </message>
        <message>
            <source>Liver</source>
            <translation>Hígado</translation>
        </message>
        <message>
            <source>Lung</source>
            <translation>Pulmón</translation>
        </message>
        <message>
            <source>Lymphoma</source>
            <translation>Linfoma</translation>
        </message>
        <message>
            <source>Mesothelioma</source>
            <translation>Mesotelioma</translation>
        </message>
        <message>
            <source>Metastatic cancer</source>
            <translation>Cáncer metastásico</translation>
        </message>
        <message>
            <source>Midline</source>
            <translation>Carcinoma de la línea media</translation>
        </message>
        <message>
            <source>Multiple endocrine neoplasia</source>
            <translation>Neoplasia endocrina múltiple</translation>
        </message>
        <message>
            <source>Myeloma</source>
            <translation>Mieloma</translation>
        </message>
        <message>
            <source>Myeloproliferative</source>
            <translation>Neoplasias mieloproliferativas</translation>
        </message>
        <message>
            <source>Neuroblastoma</source>
            <translation>Neuroblastoma</translation>
        </message>
        <message>
            <source>Ovarian</source>
            <translation>Ovario</translation>
        </message>
        <message>
            <source>Pancreatic</source>
            <translation>Páncreas</translation>
        </message>
        <message>
            <source>Parathyroid</source>
            <translation>Paratiroides</translation>
        </message>
        <message>
            <source>Penile</source>
            <translation>Pene</translation>
        </message>
        <message>
            <source>Pheochromocytoma</source>
            <translation>Feocromocitoma</translation>
        </message>
        <message>
            <source>Photodynamic therapy</source>
            <translation>Terapia fotodinámica</translation>
        </message>
        <message>
            <source>Photoimmunotherapy video</source>
            <translation>Fotoinmunoterapia (video)</translation>
        </message>
        <message>
            <source>Pituitary</source>
            <translation>Hipófisis</translation>
        </message>
        <message>
            <source>Prostate</source>
            <translation>Próstata</translation>
        </message>
        <message>
            <source>Radiation therapy</source>
            <translation>Radioterapia</translation>
        </message>
        <message>
            <source>Recurrent cancer</source>
            <translation>Cáncer que vuelve</translation>
        </message>
        <message>
            <source>Retinoblastoma</source>
            <translation>Retinoblastoma</translation>
        </message>
        <message>
            <source>Skin</source>
            <translation>Piel</translation>
        </message>
        <message>
            <source>Small intestine</source>
            <translation>Intestino delgado</translation>
        </message>
        <message>
            <source>Soft tissue sarcoma</source>
            <translation>Sarcoma de tejidos blandos</translation>
        </message>
        <message>
            <source>Stem cell transplant</source>
            <translation>Trasplante de células madre</translation>
        </message>
        <message>
            <source>Stomach</source>
            <translation>Estómago</translation>
        </message>
        <message>
            <source>Surgery</source>
            <translation>Cirugía</translation>
        </message>
        <message>
            <source>Targeted therapies</source>
            <translation>Terapias dirigidas</translation>
        </message>
        <message>
            <source>Testicular</source>
            <translation>Testículo</translation>
        </message>
        <message>
            <source>Thymoma</source>
            <translation>Timoma</translation>
        </message>
        <message>
            <source>Thyroid</source>
            <translation>Tiroides</translation>
        </message>
        <message>
            <source>Unknown primary</source>
            <translation>Origen desconocido</translation>
        </message>
        <message>
            <source>Urethral</source>
            <translation>Uretra</translation>
        </message>
        <message>
            <source>Uterine</source>
            <translation>Útero</translation>
        </message>
        <message>
            <source>Vaginal</source>
            <translation>Vagina</translation>
        </message>
        <message>
            <source>Vulvar</source>
            <translation>Vulva</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message numerus="yes">
            <source>%n article(s) loaded</source>
            <translation>
                <numerusform>%n artículo cargado</numerusform>
                <numerusform>%n artículos cargados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n omitido</numerusform>
                <numerusform>%n omitidos</numerusform>
            </translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>its language '{language}' has no search analyser of its own, so it is searched by its words as written (without accents)</source>
            <translation>su idioma '{language}' no tiene un analizador de búsqueda propio, así que se busca por sus palabras tal como están escritas (sin acentos)</translation>
        </message>
        <message numerus="yes">
            <source>Total: %n distinct articles loaded</source>
            <translation>
                <numerusform>Total: %n artículo distinto cargado</numerusform>
                <numerusform>Total: %n artículos distintos cargados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files could not be loaded.</source>
            <translation>
                <numerusform>%n archivo no se pudo cargar.</numerusform>
                <numerusform>%n archivos no se pudieron cargar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>MMMM d, yyyy</source>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>Something went wrong inside the reader. Your bookmarks and notes are safe. You can keep reading; if it happens again, please tell staff.</source>
            <translation>Algo salió mal dentro del lector. Sus marcadores y notas están a salvo. Puede seguir leyendo; si vuelve a pasar, avise al personal.</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>Welcome</source>
            <translation>Bienvenido</translation>
        </message>
        <message>
            <source>This reader has trusted information about cancer. Everything is on this computer, so it works without the internet, and what you read stays private.</source>
            <translation>Este lector tiene información confiable sobre el cáncer. Todo está en esta computadora, así que funciona sin internet y lo que usted lee es privado.</translation>
        </message>
        <message numerus="yes">
            <source>Your library has %n article(s)</source>
            <translation>
                <numerusform>Su biblioteca tiene %n artículo</numerusform>
                <numerusform>Su biblioteca tiene %n artículos</numerusform>
            </translation>
        </message>
        <message>
            <source>Start here:</source>
            <translation>Empiece aquí:</translation>
        </message>
        <message>
            <source>Start with one of these:</source>
            <translation>Empiece con uno de estos:</translation>
        </message>
        <message>
            <source>Find more in the list on the left.</source>
            <translation>Encontrará más en la lista de la izquierda.</translation>
        </message>
        <message>
            <source>Cancer types covered:</source>
            <translation>Tipos de cáncer que incluye:</translation>
        </message>
        <message>
            <source>Topics:</source>
            <translation>Temas:</translation>
        </message>
        <message>
            <source>No articles could be found. Please ask staff for help.</source>
            <translation>No se encontró ningún artículo. Pida ayuda al personal.</translation>
        </message>
        <message>
            <source>Adding articles</source>
            <translation>Añadir artículos</translation>
        </message>
        <message>
            <source>Your clinic can add its own articles. Choose &lt;b&gt;Add a folder of articles&lt;/b&gt; below and pick a folder of Markdown (.md) files.</source>
            <translation>Su clínica puede añadir sus propios artículos. Elija &lt;b&gt;Añadir una carpeta de artículos&lt;/b&gt; abajo y escoja una carpeta de archivos Markdown (.md).</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Add a folder of articles…</source>
            <translation>Añadir una carpeta de artículos…</translation>
        </message>
        <message>
            <source>Add a folder of articles</source>
            <translation>Añadir una carpeta de artículos</translation>
        </message>
        <message>
            <source>Opening your library… This takes a moment the first time.</source>
            <translation>Abriendo su biblioteca… La primera vez tarda un momento.</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The reader will be in {language} the next time it starts.</source>
            <translation>El lector estará en {language} la próxima vez que lo abra.</translation>
        </message>
        <message>
            <source>Start it again now?</source>
            <translation>¿Quiere abrirlo de nuevo ahora?</translation>
        </message>
        <message>
            <source>Start again now</source>
            <translation>Abrir de nuevo ahora</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
    </context>
    <context>
        <name>LibraryBrowser</name>
        <message>
            <source>Browse the library</source>
            <translation>Explorar la biblioteca</translation>
        </message>
        <message>
            <source>Articles by cancer type</source>
            <translation>Artículos por tipo de cáncer</translation>
        </message>
        <message>
            <source>Articles by topic</source>
            <translation>Artículos por tema</translation>
        </message>
        <message>
            <source>Filter titles</source>
            <translation>Filtrar títulos</translation>
        </message>
        <message>
            <source>Filter article titles</source>
            <translation>Filtrar los títulos de los artículos</translation>
        </message>
        <message>
            <source>All articles, A to Z</source>
            <translation>Todos los artículos, de la A a la Z</translation>
        </message>
        <message>
            <source>Cancer types</source>
            <translation>Tipos de cáncer</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>A–Z</source>
            <translation>A–Z</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todos</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Cancer Information Reader</source>
            <translation>Lector de información sobre el cáncer</translation>
        </message>
        <message>
            <source>This page is not in your offline library, so it cannot be opened here.</source>
            <translation>Esta página no está en su biblioteca sin internet, así que no se puede abrir aquí.</translation>
        </message>
        <message>
            <source>This link goes to a website. This reader works without the internet, so it cannot open it.</source>
            <translation>Este enlace lleva a un sitio web. Este lector funciona sin internet, así que no puede abrirlo.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <extracomment>From this text size (percent) the window uses the reading layout: one toolbar row, side panel folded.</extracomment>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;Bookmarks</source>
            <translation>&amp;Marcadores</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>On this page</source>
            <translation>En esta página</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>Go back (Alt+Left)</source>
            <translation>Volver atrás (Alt+Izquierda)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>A&amp;delante</translation>
        </message>
        <message>
            <source>Go forward (Alt+Right)</source>
            <translation>Ir adelante (Alt+Derecha)</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <translation>&amp;Inicio</translation>
        </message>
        <message>
            <source>Go to the home page (Alt+Home)</source>
            <translation>Ir a la página de inicio (Alt+Inicio)</translation>
        </message>
        <message>
            <source>&amp;Find in article…</source>
            <translation>&amp;Buscar en el artículo…</translation>
        </message>
        <message>
            <source>&amp;Add a folder of articles…</source>
            <translation>&amp;Añadir una carpeta de artículos…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;About Cancer Information Reader</source>
            <translation>&amp;Acerca del Lector de información sobre el cáncer</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra principal</translation>
        </message>
        <message>
            <source>More buttons</source>
            <translation>Más botones</translation>
        </message>
        <message>
            <source>Text size: {percent}%</source>
            <translation>Tamaño del texto: {percent} %</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) in your library</source>
            <translation>
                <numerusform>%n artículo en su biblioteca</numerusform>
                <numerusform>%n artículos en su biblioteca</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be opened (see 'cancer-reader check')</source>
            <translation>
                <numerusform>%n archivo no se pudo abrir (vea 'cancer-reader check')</numerusform>
                <numerusform>%n archivos no se pudieron abrir (vea 'cancer-reader check')</numerusform>
            </translation>
        </message>
        <message>
            <source>Opening your library…</source>
            <translation>Abriendo su biblioteca…</translation>
        </message>
        <message>
            <source>Choose a folder of articles</source>
            <translation>Elija una carpeta de artículos</translation>
        </message>
        <message>
            <source>Adding articles from {folder}…</source>
            <translation>Añadiendo artículos de {folder}…</translation>
        </message>
        <message numerus="yes">
            <source>Added %n article(s) from {folder}</source>
            <translation>
                <numerusform>Se añadió %n artículo de {folder}</numerusform>
                <numerusform>Se añadieron %n artículos de {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>That article is not in your library any more.</source>
            <translation>Ese artículo ya no está en su biblioteca.</translation>
        </message>
        <message>
            <source>Opening {title}…</source>
            <translation>Abriendo {title}…</translation>
        </message>
        <message>
            <source>{title} – Cancer Information Reader</source>
            <translation>{title} – Lector de información sobre el cáncer</translation>
        </message>
        <message>
            <source>Sorry, this article could not be shown. It may be damaged.</source>
            <translation>Lo sentimos, este artículo no se puede mostrar. Puede estar dañado.</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>Copiar la dirección</translation>
        </message>
        <message>
            <source>Copy the web address</source>
            <translation>Copiar la dirección web</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Close the message</source>
            <translation>Cerrar el mensaje</translation>
        </message>
        <message>
            <source>The address was copied.</source>
            <translation>Se copió la dirección.</translation>
        </message>
    </context>
    <context>
        <name>Topics</name>
        <message>
            <source>Treatment</source>
            <extracomment>Topic (tag) names.</extracomment>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>About a type of cancer</source>
            <translation>Sobre un tipo de cáncer</translation>
        </message>
        <message>
            <source>In-depth summaries (PDQ)</source>
            <translation>Resúmenes detallados (PDQ)</translation>
        </message>
        <message>
            <source>Support and coping</source>
            <translation>Apoyo y cómo sobrellevarlo</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Detección temprana</translation>
        </message>
        <message>
            <source>Prevention</source>
            <translation>Prevención</translation>
        </message>
    </context>
</TS>
