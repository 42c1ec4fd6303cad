; The Windows installer for HK AI Dashboard (NSIS 3, built on Linux by
; scripts/build-windows.sh with `makensis`).
;
; Per user, no administrator rights: installs to %LOCALAPPDATA%\Programs,
; writes only to HKEY_CURRENT_USER. Start-menu shortcut; desktop shortcut
; optional (a checkbox, or /DESKTOP on the command line); .ron datasets open
; with the app (double-click and "Open with"); listed in "Apps & features";
; silent with /S (uninstaller too: "uninstall.exe /S").
;
; makensis -DVERSION=x.y.z -DDIST=<staged folder> -DOUTFILE=<installer.exe>
;          -DICON=<app .ico> installer.nsi

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
ManifestDPIAware true
RequestExecutionLevel user

!macro Require NAME
  !ifndef ${NAME}
    !error "define ${NAME} with -D${NAME}=... (see the header)"
  !endif
!macroend
!insertmacro Require VERSION
!insertmacro Require DIST
!insertmacro Require OUTFILE
!insertmacro Require ICON

!define APP_NAME "HK AI Dashboard"
!define PUBLISHER "hk-ai-dashboard developers"
!define EXE "hk-ai-dashboard.exe"
!define PROGID "hk.ai.dashboard.ron"
!define CLASSES "Software\Classes"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\hk-ai-dashboard"
!define SHORTCUT "${APP_NAME}.lnk"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT OR Apache-2.0, ${PUBLISHER}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The installer's language follows Windows' display language.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "TradChinese"

LangString SecAppName ${LANG_ENGLISH} "${APP_NAME} (required)"
LangString SecAppName ${LANG_TRADCHINESE} "${APP_NAME}（必要）"
LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktopName ${LANG_TRADCHINESE} "桌面捷徑"
LangString DatasetType ${LANG_ENGLISH} "HK AI Dashboard dataset"
LangString DatasetType ${LANG_TRADCHINESE} "HK AI Dashboard 資料集"

Section "!$(SecAppName)" SecApp
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "${DIST}\${EXE}"
  File "${DIST}\hk-ai-dashboard.com"
  File "${DIST}\README.txt"
  File "${DIST}\LICENSE-MIT.txt"
  File "${DIST}\LICENSE-APACHE.txt"
  File "${DIST}\LICENSE-FONT-OFL.txt"
  File "${DIST}\THIRD-PARTY-LICENSES.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  Call RegisterDatasetFiles

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "$(SecDesktopName)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${SHORTCUT}" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

; .ron: our ProgID (icon, open command), listed under "Open with", and the
; double-click default only when no other program already is (a developer's
; editor keeps Rust Object Notation files). The uninstaller undoes exactly this.
Function RegisterDatasetFiles
  WriteRegStr HKCU "${CLASSES}\${PROGID}" "" "$(DatasetType)"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "${CLASSES}\.ron\OpenWithProgids" "${PROGID}" ""
  ReadRegStr $0 HKCU "${CLASSES}\.ron" ""
  ${If} $0 == ""
    WriteRegStr HKCU "${CLASSES}\.ron" "" "${PROGID}"
  ${EndIf}
  WriteRegStr HKCU "${CLASSES}\Applications\${EXE}" "FriendlyAppName" "${APP_NAME}"
  WriteRegStr HKCU "${CLASSES}\Applications\${EXE}\SupportedTypes" ".ron" ""
  WriteRegStr HKCU "${CLASSES}\Applications\${EXE}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  ; SHCNE_ASSOCCHANGED: Explorer picks up the new icon and verb at once.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
FunctionEnd

; /DESKTOP ticks the desktop shortcut (for silent installs: /S /DESKTOP).
Function .onInit
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/DESKTOP" $1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecDesktop} ${SF_SELECTED}
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\hk-ai-dashboard.com"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\LICENSE-MIT.txt"
  Delete "$INSTDIR\LICENSE-APACHE.txt"
  Delete "$INSTDIR\LICENSE-FONT-OFL.txt"
  Delete "$INSTDIR\THIRD-PARTY-LICENSES.txt"
  Delete "$INSTDIR\uninstall.exe"
  ; Only if empty: never a folder holding someone's own files.
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${SHORTCUT}"
  Delete "$DESKTOP\${SHORTCUT}"

  ReadRegStr $0 HKCU "${CLASSES}\.ron" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue HKCU "${CLASSES}\.ron" ""
  ${EndIf}
  DeleteRegValue HKCU "${CLASSES}\.ron\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "${CLASSES}\.ron\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "${CLASSES}\.ron"
  DeleteRegKey HKCU "${CLASSES}\${PROGID}"
  DeleteRegKey HKCU "${CLASSES}\Applications\${EXE}"
  DeleteRegKey HKCU "${UNINST_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ; Settings in %APPDATA%\hk.ai.dashboard are the person's, and stay.
SectionEnd
