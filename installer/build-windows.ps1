<#
.SYNOPSIS
  Builds the Windows installers of normdesk: target\installer\normdesk-<version>.msi and
  target\installer\normdesk-<version>-windows-portable.zip.

.DESCRIPTION
  Mirrors installer/build-deb.sh: mvn package, a Java runtime trimmed by jlink to the modules
  normdesk uses (installer\jlink-modules.txt), then jpackage: first an application image
  (normdesk.exe for the window, normdesk-cli.exe for the command line, the runtime, the jars),
  zipped as the portable version, then an .msi made from that same image.

  Run on Windows 10/11 x64 with JDK 17+ (JAVA_HOME or PATH), Maven and WiX Toolset 3.x
  (candle.exe and light.exe on PATH). Run it on a Windows whose language for non-Unicode
  programs is Chinese (Simplified) - see installer\README.md for why.

  User data lives in %APPDATA%\normdesk, outside the installation, so installing a newer .msi
  over an older one (same fixed upgrade code) or uninstalling keeps it.

.PARAMETER Version
  Package version (default: the pom's version without -SNAPSHOT). MSI versions are
  major.minor.build with major and minor at most 255, build at most 65535.

.PARAMETER SkipPackage
  Reuse target\app from an earlier mvn package.

.PARAMETER AllUsers
  Build a machine-wide .msi (C:\Program Files\normdesk, needs administrator rights to install).
  Default: a per-user .msi (%LOCALAPPDATA%\normdesk), which installs without administrator rights.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
#>
[CmdletBinding()]
param(
    [string]$Version = "",
    [switch]$SkipPackage,
    [switch]$AllUsers
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version 3

# The fixed upgrade code: every normdesk .msi carries it, so a newer one replaces the older one
# instead of installing beside it. Never change it.
$UpgradeUuid = "6d6ff804-e8fe-4dc4-b769-2a5331f4b4c2"

$Here = $PSScriptRoot
$Root = Split-Path -Parent $Here
Set-Location $Root

function Fail([string]$Message) {
    Write-Error "build-windows: $Message"
    exit 1
}

# Runs a program and stops the build when it fails (native programs do not throw).
function Invoke-Tool([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { Fail "$Exe failed (exit code $LASTEXITCODE)" }
}

# JDK tools: from JAVA_HOME when set, else from PATH.
function Find-JdkTool([string]$Name) {
    if ($env:JAVA_HOME -and (Test-Path (Join-Path $env:JAVA_HOME "bin\$Name.exe"))) {
        return (Join-Path $env:JAVA_HOME "bin\$Name.exe")
    }
    $cmd = Get-Command "$Name.exe" -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    Fail "$Name.exe not found: install a JDK 17 or newer (not only a JRE) and set JAVA_HOME"
}
$Jdeps = Find-JdkTool "jdeps"
$Jlink = Find-JdkTool "jlink"
$Jpackage = Find-JdkTool "jpackage"
if (-not (Get-Command "candle.exe" -ErrorAction SilentlyContinue) -or
    -not (Get-Command "light.exe" -ErrorAction SilentlyContinue)) {
    Fail "WiX Toolset 3.x not found: install it and put its bin folder (candle.exe, light.exe) on PATH"
}

$App = Join-Path $Root "target\app"
$Out = Join-Path $Root "target\installer"
$Work = Join-Path $Root "target\installer-work\windows"

# 1. The application. target\app is emptied first so that jars of older dependency versions (or
#    the Linux JavaFX jars of a build on another system) do not end up in the package.
if (-not $SkipPackage) {
    if (Test-Path $App) { Remove-Item -Recurse -Force $App }
    Write-Host "== mvn package"
    $mvnArgs = @("-B", "-q")
    if ($env:MVN_ARGS) { $mvnArgs += $env:MVN_ARGS -split "\s+" }
    $mvnArgs += @("package", "-DskipTests")
    & mvn @mvnArgs
    if ($LASTEXITCODE -ne 0) { Fail "mvn package failed (exit code $LASTEXITCODE)" }
}
$MainJar = Join-Path $App "normdesk.jar"
if (-not (Test-Path $MainJar)) { Fail "$MainJar missing; run without -SkipPackage" }

# 2. The version: the pom's, as Maven wrote it into the jar's manifest (Implementation-Version).
if (-not $Version) {
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $zip = [System.IO.Compression.ZipFile]::OpenRead($MainJar)
    try {
        $reader = New-Object System.IO.StreamReader($zip.GetEntry("META-INF/MANIFEST.MF").Open())
        $manifest = $reader.ReadToEnd()
        $reader.Close()
    } finally {
        $zip.Dispose()
    }
    if ($manifest -notmatch "(?m)^Implementation-Version:\s*(\S+)") { Fail "no Implementation-Version in $MainJar" }
    $Version = ($Matches[1] -split "-")[0]
}
if ($Version -notmatch "^\d{1,3}(\.\d{1,3}(\.\d{1,5})?)?$") { Fail "version '$Version' is not of the form 1.2.3" }
$parts = @($Version.Split(".") | ForEach-Object { [int]$_ })
if ($parts[0] -gt 255 -or ($parts.Count -gt 1 -and $parts[1] -gt 255) -or ($parts.Count -gt 2 -and $parts[2] -gt 65535)) {
    Fail "version '$Version' does not fit an MSI version (255.255.65535 at most)"
}
Write-Host "== version $Version"

# Chinese texts reach jpackage through the command line, which a Java program on Windows reads in
# the system's ANSI code page, and the .msi needs them in code page 936 (the zh_CN installer
# strings, chosen by running jpackage in Chinese). Without a Chinese (or UTF-8) code page the
# build falls back to ASCII texts rather than producing question marks.
# The ANSI code page from the registry ([Text.Encoding]::Default is always UTF-8 in PowerShell 7).
$ansi = (Get-ItemProperty "HKLM:\SYSTEM\CurrentControlSet\Control\Nls\CodePage").ACP
$Chinese = ($ansi -eq "936") -or ($ansi -eq "54936") -or ($ansi -eq "65001")
if ($Chinese) {
    $Description = "规范性文件合法性审核与备案管理：登记、合法性审核、备案与清理（离线）"
    $MenuGroup = "司法局"
    $JpackageLocale = @("-J-Duser.language=zh", "-J-Duser.country=CN")
} else {
    Write-Warning ("The system code page is $ansi, not Chinese: the .msi gets the English menu group " +
        "'normdesk' and an English description. See installer\README.md.")
    $Description = "Normative documents: register, legality review, filing and cleanup (offline)"
    $MenuGroup = "normdesk"
    $JpackageLocale = @()
}

# 3. The runtime: the modules jdeps finds, plus installer\jlink-modules.txt, zh and en locale data.
Write-Host "== jdeps"
$found = & $Jdeps --print-module-deps --ignore-missing-deps --multi-release 17 `
    --class-path (Join-Path $App "lib\*") $MainJar
if ($LASTEXITCODE -ne 0) { Fail "jdeps failed (exit code $LASTEXITCODE)" }
$found = @($found)[-1].Trim()
if ($found -notmatch "^java\.base") { Fail "jdeps did not print a module list: $found" }
$extra = Get-Content -Encoding UTF8 (Join-Path $Here "jlink-modules.txt") |
    ForEach-Object { ($_ -replace "#.*", "").Trim() } | Where-Object { $_ }
$Modules = (@($found -split ",") + $extra | Sort-Object -Unique) -join ","
Write-Host "   modules: $Modules"
$Runtime = Join-Path $Work "runtime"
if (Test-Path $Work) { Remove-Item -Recurse -Force $Work }
New-Item -ItemType Directory -Force $Work, $Out | Out-Null
Write-Host "== jlink"
Invoke-Tool $Jlink @("--add-modules", $Modules, "--include-locales=zh,en",
    "--strip-debug", "--no-header-files", "--no-man-pages", "--output", $Runtime)
& (Join-Path $Runtime "bin\java.exe") -jar $MainJar --version | Out-Null
if ($LASTEXITCODE -ne 0) { Fail "the trimmed runtime does not start normdesk" }

# 4. The application image: normdesk\normdesk.exe (window), normdesk\normdesk-cli.exe (console).
Write-Host "== jpackage --type app-image"
$ImageDir = Join-Path $Work "image"
Invoke-Tool $Jpackage ($JpackageLocale + @(
    "--type", "app-image",
    "--name", "normdesk",
    "--app-version", $Version,
    "--description", $Description,
    "--vendor", "normdesk",
    "--copyright", "normdesk contributors, Apache-2.0",
    "--input", $App,
    "--main-jar", "normdesk.jar",
    "--main-class", "org.normdesk.app.Launcher",
    "--runtime-image", $Runtime,
    "--icon", (Join-Path $Here "resources\normdesk.ico"),
    "--add-launcher", ("normdesk-cli=" + (Join-Path $Here "resources\windows\normdesk-cli.properties")),
    "--temp", (Join-Path $Work "tmp-image"),
    "--dest", $ImageDir))
$Image = Join-Path $ImageDir "normdesk"

# 5. The portable zip: the image as it is, one folder normdesk\ inside.
$Zip = Join-Path $Out "normdesk-$Version-windows-portable.zip"
if (Test-Path $Zip) { Remove-Item -Force $Zip }
Write-Host "== $Zip"
Add-Type -AssemblyName System.IO.Compression.FileSystem
[System.IO.Compression.ZipFile]::CreateFromDirectory($Image, $Zip,
    [System.IO.Compression.CompressionLevel]::Optimal, $true)

# 6. The .msi from the same image.
Write-Host "== jpackage --type msi"
$msiArgs = $JpackageLocale + @(
    "--type", "msi",
    "--app-image", $Image,
    "--name", "normdesk",
    "--app-version", $Version,
    "--description", $Description,
    "--vendor", "normdesk",
    "--copyright", "normdesk contributors, Apache-2.0",
    "--license-file", (Join-Path $Root "LICENSE"),
    "--win-menu",
    "--win-menu-group", $MenuGroup,
    "--win-shortcut",
    "--win-dir-chooser",
    "--win-upgrade-uuid", $UpgradeUuid,
    "--temp", (Join-Path $Work "tmp-msi"),
    "--dest", $Out)
if (-not $AllUsers) { $msiArgs += "--win-per-user-install" }
$Msi = Join-Path $Out "normdesk-$Version.msi"
if (Test-Path $Msi) { Remove-Item -Force $Msi }
Invoke-Tool $Jpackage $msiArgs
if (-not (Test-Path $Msi)) { Fail "jpackage did not write $Msi" }

Write-Host "== done"
Get-Item $Msi, $Zip | ForEach-Object { Write-Host ("   {0}  {1:N1} MB" -f $_.FullName, ($_.Length / 1MB)) }
