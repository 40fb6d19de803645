//! The PowerShell grammar reader (`tests/support/ps_grammar.rs`) on a realistic Windows
//! PowerShell 5.1 script: it parses without a syntax error, its commands (nested ones, joined
//! continuations) and .NET method calls come out exactly, and it has no PowerShell 7 construct.
//! Controls plant one fault each and see it caught: an unclosed brace or string is a syntax
//! error; each PowerShell 7 construct is reported on its line; the same characters inside
//! strings, here-strings and comments are not. The reader never panics, whatever the text.

use proptest::prelude::*;

use crate::support::ps_grammar;
use ps_grammar::{commands, method_calls, ps7_only, syntax_errors};

/// A script as the planner could generate it for Windows PowerShell 5.1.
const SCRIPT: &str = r#"<#
.SYNOPSIS
    Exports the Lync Server configuration before a restore (Windows PowerShell 5.1).
.NOTES
    Needs no PowerShell 7: no ?? or ??=, no $a?.b, no && or ||, no $c ? 1 : 2, no clean { }.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$Run,
    [ValidateSet('Full', 'Config')]
    [string]$Mode = 'Full',
    [string[]]$Servers = @('fe01.contoso.com', 'fe02.contoso.com'),
    [switch]$Force
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 2.0

function Write-Step {
    param([string]$Message, [int]$Number = 0)
    $stamp = (Get-Date).ToString('HH:mm:ss')
    Write-Host ('[{0}] {1,3}: {2}' -f $stamp, $Number, $Message)
}

function Test-Archive([string]$Path) {
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $zip = [System.IO.Compression.ZipFile]::OpenRead($Path)
    try {
        return $zip.Entries.Count -gt 0
    }
    finally {
        $zip.Dispose()
    }
}

$settings = @{
    Pool    = 'pool01.contoso.com'
    Share   = '\\fs01.contoso.com\share'
    Retries = 3
}
$report = @()
$header = @"
Run folder: $Run (PowerShell 7 would say `$PSStyle; this does not)
Started by $($env:USERNAME) on $(Get-Date -Format 'yyyy-MM-dd')
"@
$footer = @'
Check the export with: Test-CsDatabase -ConfiguredDatabases
Literal $text and `backticks` stay; so do ?? and && and Get-Error here.
'@
Write-Verbose $header

if (-not (Test-Path -LiteralPath $Run)) {
    New-Item -ItemType Directory -Path $Run -Force | Out-Null
}
elseif ($Force) {
    Write-Verbose "Reusing $Run"
}
else {
    Write-Warning "Folder $Run exists; use -Force to reuse it (a && b is not run)."
}

try {
    Export-CsConfiguration -FileName (Join-Path $Run 'Config.zip') -Force
    Export-CsLisConfiguration -FileName (Join-Path $Run 'Lis.zip') `
        -Verbose
    foreach ($server in $Servers) {
        $online = Test-Connection -ComputerName $server -Count 1 -Quiet
        $report += [pscustomobject]@{
            Server = $server
            Online = $online
            Short  = $server.Split('.')[0].ToUpperInvariant()
        }
        Write-Step -Message "Checked $($server): $online" -Number $report.Count
    }
    Get-CsPool -Identity $settings.Pool | Select-Object -ExpandProperty Computers | ForEach-Object { Write-Step -Message $_ }
    if (-not (Test-Archive -Path (Join-Path $Run 'Config.zip'))) {
        throw "Config.zip in $Run is empty"
    }
    $report | Export-Csv -Path (Join-Path $Run 'Servers.csv') -NoTypeInformation -Encoding UTF8
    [System.IO.File]::WriteAllText((Join-Path $Run 'Footer.txt'), $footer)
    Write-Output ("{0} servers checked, mode {1}" -f $report.Count, $Mode)
}
catch {
    Write-Error "Export failed: $($_.Exception.Message)"
    exit 1
}
exit 0
"#;

#[test]
fn the_realistic_script_parses_without_a_syntax_error() {
    assert_eq!(syntax_errors(SCRIPT), Vec::<String>::new());
}

#[test]
fn the_realistic_script_gives_its_commands_in_source_order() {
    let expected = [
        "Set-StrictMode -Version 2.0",
        "Get-Date",
        "Write-Host ('[{0}] {1,3}: {2}' -f $stamp, $Number, $Message)",
        "Add-Type -AssemblyName System.IO.Compression.FileSystem",
        "Get-Date -Format 'yyyy-MM-dd'",
        "Write-Verbose $header",
        "Test-Path -LiteralPath $Run",
        "New-Item -ItemType Directory -Path $Run -Force",
        "Out-Null",
        "Write-Verbose \"Reusing $Run\"",
        "Write-Warning \"Folder $Run exists; use -Force to reuse it (a && b is not run).\"",
        "Export-CsConfiguration -FileName (Join-Path $Run 'Config.zip') -Force",
        "Join-Path $Run 'Config.zip'",
        "Export-CsLisConfiguration -FileName (Join-Path $Run 'Lis.zip') -Verbose",
        "Join-Path $Run 'Lis.zip'",
        "Test-Connection -ComputerName $server -Count 1 -Quiet",
        "Write-Step -Message \"Checked $($server): $online\" -Number $report.Count",
        "Get-CsPool -Identity $settings.Pool",
        "Select-Object -ExpandProperty Computers",
        "ForEach-Object { Write-Step -Message $_ }",
        "Write-Step -Message $_",
        "Test-Archive -Path (Join-Path $Run 'Config.zip')",
        "Join-Path $Run 'Config.zip'",
        "Export-Csv -Path (Join-Path $Run 'Servers.csv') -NoTypeInformation -Encoding UTF8",
        "Join-Path $Run 'Servers.csv'",
        "Join-Path $Run 'Footer.txt'",
        "Write-Output (\"{0} servers checked, mode {1}\" -f $report.Count, $Mode)",
        "Write-Error \"Export failed: $($_.Exception.Message)\"",
    ];
    assert_eq!(commands(SCRIPT), expected);
}

#[test]
fn the_realistic_script_gives_its_method_calls_in_source_order() {
    let expected = [
        "ToString",
        "OpenRead",
        "Dispose",
        "Split",
        "ToUpperInvariant",
        "WriteAllText",
    ];
    assert_eq!(method_calls(SCRIPT), expected);
}

#[test]
fn the_realistic_script_has_no_powershell_7_construct() {
    assert_eq!(ps7_only(SCRIPT), Vec::<String>::new());
}

#[test]
fn continuations_are_joined_but_here_strings_keep_their_lines() {
    let src = "Set-Content -Path $p `\n    -Value @'\nline one `\nline two\n'@ `\n  -Force\n";
    assert_eq!(syntax_errors(src), Vec::<String>::new());
    assert_eq!(
        commands(src),
        ["Set-Content -Path $p -Value @'\nline one `\nline two\n'@ -Force"]
    );
    // Windows line ends, and a backtick with no space before it.
    let crlf = "Get-ChildItem -Path $p`\r\n  -Recurse\r\n";
    assert_eq!(commands(crlf), ["Get-ChildItem -Path $p -Recurse"]);
}

#[test]
fn a_script_without_statements_is_clean() {
    for src in [
        "",
        "\n",
        "# only a comment\n",
        "<# help #>\n",
        "param($a)",
        "[CmdletBinding()]\nparam([string]$Run)\n# nothing else\n",
    ] {
        assert_eq!(syntax_errors(src), Vec::<String>::new(), "{src:?}");
        assert_eq!(commands(src), Vec::<String>::new(), "{src:?}");
    }
}

/// `line:column: ` at the start of a message.
fn located(message: &str) -> bool {
    let mut parts = message.splitn(3, ':');
    let mut number = || {
        parts
            .next()
            .is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    };
    number() && number()
}

#[test]
fn an_unclosed_brace_is_a_syntax_error() {
    // The foreach body loses its closing brace.
    let planted = SCRIPT.replacen(
        "        Write-Step -Message \"Checked $($server): $online\" -Number $report.Count\n    }\n",
        "        Write-Step -Message \"Checked $($server): $online\" -Number $report.Count\n",
        1,
    );
    assert_ne!(planted, SCRIPT);
    let errors = syntax_errors(&planted);
    assert!(!errors.is_empty());
    assert!(errors.iter().all(|e| located(e)), "{errors:#?}");

    let errors = syntax_errors("function Get-Pool {\n    Write-Output 'pool01'\n");
    assert!(
        errors.iter().any(|e| e.contains("missing `}`")),
        "{errors:#?}"
    );
    assert!(errors.iter().all(|e| located(e)), "{errors:#?}");
}

#[test]
fn an_unclosed_string_is_a_syntax_error() {
    for (from, to) in [
        (
            "Write-Verbose \"Reusing $Run\"",
            "Write-Verbose \"Reusing $Run",
        ),
        (
            "Add-Type -AssemblyName System.IO.Compression.FileSystem",
            "Add-Type -AssemblyName 'System.IO.Compression.FileSystem",
        ),
        (
            "Config.zip in $Run is empty\"",
            "Config.zip in $Run is empty",
        ),
    ] {
        let planted = SCRIPT.replacen(from, to, 1);
        assert_ne!(planted, SCRIPT, "{from}");
        let errors = syntax_errors(&planted);
        assert!(!errors.is_empty(), "{to}");
        assert!(errors.iter().all(|e| located(e)), "{errors:#?}");
    }
    // Where the error is: the line and the text around it.
    let errors = syntax_errors("$a = 1\n$b = 'open\n");
    assert!(errors.iter().any(|e| e.starts_with("2:")), "{errors:#?}");
    assert!(
        errors.iter().any(|e| e.contains("$b = 'open")),
        "{errors:#?}"
    );
}

/// A small valid script with `line` as its third line.
fn planted(line: &str) -> String {
    format!(
        "$ErrorActionPreference = 'Stop'\n$value = Get-Item -Path $env:TEMP\n{line}\nWrite-Output 'done'\n"
    )
}

#[test]
fn each_powershell_7_construct_is_reported_on_its_line() {
    let cases = [
        ("$name = $value.Name ?? 'unknown'", "`??` null-coalescing"),
        ("$name = $value.Name??'unknown'", "`??` null-coalescing"),
        (
            "Write-Output \"Name: $($value.Name ?? 'none')\"",
            "`??` null-coalescing",
        ),
        ("$value ??= 'default'", "`??=` null-coalescing assignment"),
        ("$length = ${value}?.Length", "`?.` null-conditional"),
        ("$first = ${value}?[0]", "`?[` null-conditional"),
        ("$length = $value?.Length", "`?.` null-conditional"),
        (
            "Test-Path -Path $env:TEMP && Write-Output 'ok'",
            "`&&` pipeline chain",
        ),
        (
            "Test-Path -Path $env:TEMP || Write-Output 'missing'",
            "`||` pipeline chain",
        ),
        ("$state = $value ? 'present' : 'absent'", "`? :` ternary"),
        ("$state = ($null -ne $value) ? 1 : 2", "`? :` ternary"),
        (
            "$list | ForEach-Object -Parallel { $_ * 2 }",
            "`ForEach-Object -Parallel`",
        ),
        (
            "$list | % -parallel { $_ * 2 } -ThrottleLimit 4",
            "`ForEach-Object -Parallel`",
        ),
        (
            "function Stop-Work { clean { Write-Output 'bye' } }",
            "`clean { }` block",
        ),
        (
            "function Stop-Work { process { $_ } clean { Write-Output 'bye' } }",
            "`clean { }` block",
        ),
        ("$bold = $PSStyle.Bold", "`$PSStyle`"),
        ("Write-Host \"$($PSStyle.Bold)done\"", "`$PSStyle`"),
        (
            "$path = Join-Path -Path $env:TEMP -ChildPath 'a' -AdditionalChildPath 'b', 'c'",
            "`Join-Path -AdditionalChildPath`",
        ),
        (
            "$data = Get-Content -Raw -Path 'a.json' | ConvertFrom-Json -AsHashtable",
            "`ConvertFrom-Json -AsHashtable`",
        ),
        (
            "$data = Get-Content -Raw -Path 'a.json' | ConvertFrom-Json -asHash",
            "`ConvertFrom-Json -AsHashtable`",
        ),
        ("Get-Error -Newest 1", "`Get-Error`"),
        (
            "if (Test-Json -Json '{}') { Write-Output 'json' }",
            "`Test-Json`",
        ),
        (
            "Invoke-RestMethod -Uri 'https://pool01.contoso.com/' -SkipCertificateCheck",
            "`-SkipCertificateCheck`",
        ),
        (
            "Invoke-WebRequest -Uri 'https://pool01.contoso.com/' -SkipCertificateCheck:$true",
            "`-SkipCertificateCheck`",
        ),
        ("Get-Date &", "`&` background operator"),
    ];
    for (line, label) in cases {
        let src = planted(line);
        let found = ps7_only(&src);
        assert_eq!(found.len(), 1, "{line}: {found:#?}");
        assert!(found[0].starts_with("3:"), "{line}: {found:#?}");
        assert!(found[0].contains(label), "{line}: {found:#?}");
        assert!(found[0].contains(line.trim()), "{line}: {found:#?}");
    }
}

#[test]
fn powershell_7_characters_inside_strings_and_comments_are_not_reported() {
    let cases = [
        "Write-Output 'a ?? b, a ??= b, a?.b, a?[0], a && b, a || b, a ? b : c'",
        "Write-Output \"a ?? b, a ??= b, a?.b, a?[0], a && b, a || b, a ? b : c\"",
        "# a ?? b, a ??= b, $a?.b, $a?[0], a && b, a || b, $a ? b : c, clean { }",
        "<# $a ?? $b; $a && $b; Get-Error; Test-Json; $PSStyle #>",
        "Write-Output 'ForEach-Object -Parallel { }; clean { }; $PSStyle; Get-Error; Test-Json'",
        "Write-Output \"Join-Path -AdditionalChildPath x; ConvertFrom-Json -AsHashtable; -SkipCertificateCheck; `$PSStyle\"",
        "$text = @'\n$a ?? $b; $a?.b && $c || $d; $e ? 1 : 2\nclean { }; Get-Error; Test-Json -Json x\n'@",
        "$text = @\"\n$($value.Name): a ?? b && c || d ? e : f; `$PSStyle\nclean { }; Get-Error\n\"@",
        "Write-Output 'Invoke-RestMethod -SkipCertificateCheck' # $PSStyle ?? && ||",
        "cmd.exe /c \"echo a && echo b || echo c\"",
        // After --% the rest of the line goes to cmd.exe as written: valid in 5.1.
        "cmd.exe --% /c echo a && echo b",
        // `?` in 5.1 code: the Where-Object alias, `$?`, a wildcard.
        "Get-Process | ? { $_.Id -gt 0 } | Out-Null",
        "if (-not $?) { exit 1 }",
        "Get-ChildItem -Path $env:TEMP -Filter fe0?.log",
        // A command that only looks like a block, and a variable named clean.
        "Write-Output clean; $clean = @{ clean = 1 }",
    ];
    for line in cases {
        let src = planted(line);
        assert_eq!(syntax_errors(&src), Vec::<String>::new(), "{line}");
        assert_eq!(ps7_only(&src), Vec::<String>::new(), "{line}");
    }
}

#[test]
fn method_calls_come_from_code_only() {
    let src = "$x.Dispose()\n[System.IO.Compression.ZipFile]::OpenRead($f).Entries\n$s = [string]::new('a', 2)\n# $y.NotACall()\nWrite-Output '$z.NotACall()' \"$($w.Trim())\"\n$n = $x.Count\n";
    assert_eq!(syntax_errors(src), Vec::<String>::new());
    assert_eq!(method_calls(src), ["Dispose", "OpenRead", "new", "Trim"]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_reader_never_panics(
        src in prop_oneof![
            any::<String>(),
            "[ -~\t\r\n`]{0,120}",
            proptest::collection::vec(
                prop::sample::select(vec![
                    "$a", " ", "\n", "`\n", "`", "'", "\"", "@'\n", "\n'@", "@\"\n", "\n\"@", "#",
                    "<#", "#>", "{", "}", "(", ")", "$(", "@(", "@{", "[", "]", "?", "??", "?.",
                    "&&", "||", "&", "|", ";", "=", ":", "clean", "Get-Error", "-Parallel",
                    "ForEach-Object", "$PSStyle", ".Foo(", "::", "é", "\u{FEFF}", "--%",
                ]),
                0..40,
            )
            .prop_map(|parts| parts.concat()),
        ]
    ) {
        let _ = syntax_errors(&src);
        let _ = commands(&src);
        let _ = method_calls(&src);
        let _ = ps7_only(&src);
    }
}
