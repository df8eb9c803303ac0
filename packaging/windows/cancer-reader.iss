; Inno Setup 6 script: a Windows installer from the PyInstaller bundle.
; On Windows, from the project folder:
;   py -3.11 packaging\build.py                      (makes dist\cancer-reader\ and build\VERSION)
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\cancer-reader.iss
; Output: dist\cancer-reader-<version>-setup.exe
; Installs per user without administrator rights by default (caregivers' computers are often locked);
; an administrator may choose "for all users" in the first page.

#define AppName "Cancer Information Reader"
#define AppExe "cancer-reader.exe"
#define Root SourcePath + "..\.."
#define VersionHandle FileOpen(Root + "\build\VERSION")
#if VersionHandle == 0
  #error build\VERSION is missing: run packaging\build.py first
#endif
#define AppVersion Trim(FileRead(VersionHandle))
#expr FileClose(VersionHandle)

[Setup]
AppId={{5B0E8C3A-7D51-4E0B-9B5C-2C1F3A6E9D42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Cancer Information Reader team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#Root}\dist
OutputBaseFilename=cancer-reader-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\cancer-reader.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
LicenseFile={#Root}\resources\licenses\cancer-reader.txt

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle: the .exe and its _internal\ folder (Qt, Python, seeds, resources, index).
Source: "{#Root}\dist\cancer-reader\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put there; the person's bookmarks and settings (in their profile) stay.
Type: filesandordirs; Name: "{app}\_internal"
