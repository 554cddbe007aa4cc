using System.Globalization;
using System.IO.Compression;
using System.Xml;
using MiniExcelLibs;

namespace Samenwerking.Web.Features.Finances;

/// <summary>
/// Reads an uploaded finance workbook and checks every cell: the file is an Excel workbook made by this register, its
/// sheets keep their layout, every row is one that was downloaded, no cell holds a formula and every amount is one
/// the register can take. Problems name the sheet, the row and the column, in Dutch.
/// </summary>
internal static class FinanceWorkbookReader
{
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Download = "Download het werkblad opnieuw op de pagina Financiën in Excel en vul het daarin in.";

    /// <summary>Error values as Excel writes them, in English and in Dutch.</summary>
    private static readonly HashSet<string> ErrorValues =
    [
        "#DIV/0!", "#N/A", "#N/B", "#NAME?", "#NAAM?", "#NULL!", "#NUM!", "#GETAL!", "#REF!", "#VERW!", "#VALUE!", "#WAARDE!", "#SPILL!", "#CALC!",
    ];

    public static async Task<ReadWorkbook> ReadAsync(Stream input, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var sheets = SheetParts(bytes);
        if (!sheets.ContainsKey(RegisterSheet.Name))
        {
            throw new FinanceFileException(
                $"Dit werkblad komt niet uit het register: het verborgen blad '{RegisterSheet.Name}' ontbreekt, dat bijhoudt wat er bij het downloaden in stond. {Download}");
        }

        var (subject, downloaded) = ReadRegister(bytes);
        var problems = new List<UploadProblem>();
        var figures = new List<UploadedFigure>();
        var missing = 0;
        foreach (var layout in SheetLayout.For(subject.Kind))
        {
            if (!sheets.TryGetValue(layout.Name, out var part))
            {
                problems.Add(new UploadProblem(null, $"Het blad '{layout.Name}' ontbreekt (hernoemd of verwijderd?). Zet het terug of download het werkblad opnieuw."));
                continue;
            }

            var rows = downloaded.Where(r => r.Sheet == layout.Name).ToDictionary(r => r.Key, StringComparer.OrdinalIgnoreCase);
            var seen = ReadSheet(bytes, layout, rows, Formulas(bytes, part), problems, figures);
            missing += seen is null ? 0 : rows.Keys.Count(key => !seen.Contains(key));
        }

        return new ReadWorkbook(subject, figures, missing, problems);
    }

    /// <summary>The keys of the rows read; null when the sheet's layout changed and its rows were not read.</summary>
    private static HashSet<string>? ReadSheet(
        byte[] bytes, SheetLayout layout, Dictionary<string, DownloadedRow> downloaded, Dictionary<string, string> formulas,
        List<UploadProblem> problems, List<UploadedFigure> figures)
    {
        var rows = MiniExcel.Query(new MemoryStream(bytes, writable: false), useHeaderRow: false, sheetName: layout.Name, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        foreach (var (reference, formula) in formulas.OrderBy(f => RowOf(f.Key)).ThenBy(f => f.Key, StringComparer.Ordinal))
        {
            problems.Add(new UploadProblem(Place(layout, reference),
                $"bevat een formule ({(formula.Length == 0 ? "gedeelde formule" : "=" + formula)}). Het register leest alleen bedragen: vervang de formule " +
                "door het bedrag zelf (kopiëren en plakken als waarden)."));
        }

        if (!HeaderMatches(layout, rows, problems))
        {
            return null;
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var index = 1; index < rows.Count; index++)
        {
            var number = index + 1;
            var cells = rows[index];
            var values = layout.Columns.Select((_, i) => cells.TryGetValue(SheetColumn.Letter(i), out var value) ? value : null).ToList();
            foreach (var (letter, value) in cells.Where(c => ColumnIndex(c.Key) >= layout.Columns.Count && !IsEmpty(c.Value) && !formulas.ContainsKey(c.Key + number)))
            {
                problems.Add(new UploadProblem(new CellPlace(layout.Name, number, null, letter + number),
                    $"buiten de tabel staat '{Shorten(value)}'. Het register leest alleen de kolommen A tot en met {SheetColumn.Letter(layout.Columns.Count - 1)}: " +
                    "zet eigen berekeningen of aantekeningen in een ander bestand."));
            }

            if (values.All(IsEmpty))
            {
                continue;
            }

            var keyColumns = layout.Columns.Select((column, i) => (column, i)).Where(c => c.column.Role == ColumnRole.Key).ToList();
            if (keyColumns.Any(k => IsEmpty(values[k.i])))
            {
                var text = values.FirstOrDefault(v => !IsEmpty(v));
                problems.Add(new UploadProblem(new CellPlace(layout.Name, number),
                    $"deze rij hoort niet bij het werkblad: er staat '{Shorten(text)}' maar geen {string.Join(" en ", keyColumns.Select(k => k.column.Header))}. " +
                    "Haal rijen weg die u zelf toevoegde, zoals totalen of aantekeningen."));
                continue;
            }

            var key = layout.KeyOf(values);
            if (seen.TryGetValue(key, out var earlier))
            {
                problems.Add(new UploadProblem(new CellPlace(layout.Name, number),
                    $"{layout.DescribeKey(values)} staat ook al in rij {earlier}: elke rij komt één keer voor. Haal de kopie weg."));
                continue;
            }

            seen[key] = number;
            if (!downloaded.TryGetValue(key, out var row))
            {
                problems.Add(new UploadProblem(new CellPlace(layout.Name, number),
                    $"{layout.DescribeKey(values)} stond niet in het gedownloade werkblad. Voeg geen rijen toe en wijzig geen nummers of jaren: " +
                    "download een werkblad met de jaren die u nodig hebt."));
                continue;
            }

            for (var i = 0; i < layout.Columns.Count; i++)
            {
                var column = layout.Columns[i];
                var reference = SheetColumn.Letter(i) + number;
                if (column.Figure is not { } figure || formulas.ContainsKey(reference))
                {
                    continue;
                }

                var place = new CellPlace(layout.Name, number, column.Header, reference);
                var (amount, problem) = Amount(values[i]);
                problem ??= amount is { } value ? figure.Check(value) : null;
                if (problem is not null)
                {
                    problems.Add(new UploadProblem(place, problem));
                    continue;
                }

                var membership = figure.IsContribution() ? row.MembershipId : null;
                figures.Add(new UploadedFigure(new FigureKey(row.ArrangementId, membership, row.Year, figure), row.Originals[figure], amount, place, row.Name));
            }
        }

        return [.. seen.Keys];
    }

    private static bool HeaderMatches(SheetLayout layout, List<IDictionary<string, object?>> rows, List<UploadProblem> problems)
    {
        var header = rows.Count > 0 ? rows[0] : new Dictionary<string, object?>();
        var differences = layout.Columns.Select((column, i) => (column, letter: SheetColumn.Letter(i), found: Text(header.TryGetValue(SheetColumn.Letter(i), out var v) ? v : null)))
            .Where(c => !string.Equals(c.found, c.column.Header, StringComparison.OrdinalIgnoreCase))
            .Select(c => c.found.Length == 0 ? $"kolom {c.letter} heeft geen kop (hoort '{c.column.Header}')" : $"kolom {c.letter} heet '{c.found}' (hoort '{c.column.Header}')")
            .Concat(header.Where(c => ColumnIndex(c.Key) >= layout.Columns.Count && !IsEmpty(c.Value)).Select(c => $"kolom {c.Key} ('{Shorten(c.Value)}') is toegevoegd"))
            .ToList();
        if (differences.Count == 0)
        {
            return true;
        }

        problems.Add(new UploadProblem(new CellPlace(layout.Name, 1),
            $"de indeling is veranderd: {string.Join("; ", differences)}. Houd de kolommen zoals ze waren, in dezelfde volgorde, of download het werkblad opnieuw."));
        return false;
    }

    /// <summary>An amount from a cell: a number, or text written the Dutch way; null for an empty cell; else why not.</summary>
    private static (decimal? Amount, string? Problem) Amount(object? value) => value switch
    {
        null => (null, null),
        string text when string.IsNullOrWhiteSpace(text) => (null, null),
        string text when ErrorValues.Contains(text.Trim().ToUpperInvariant()) =>
            (null, $"bevat de foutwaarde {text.Trim()}: vul een bedrag in of laat het vak leeg."),
        string text when Amounts.TryParseDutch(text, out var amount) => (Amounts.ToCents(amount), null),
        string text => (null, $"'{Shorten(text)}' is geen bedrag: vul een getal in euro's in, zonder tekst, of laat het vak leeg."),
        double number when double.IsFinite(number) && Math.Abs(number) < (double)Figures.MaximumAmount => (Amounts.ToCents((decimal)number), null),
        double => (null, $"is te groot voor een bedrag in euro's; controleer het aantal cijfers."),
        decimal number => (Amounts.ToCents(number), null),
        int or long => (Convert.ToDecimal(value, CultureInfo.InvariantCulture), null),
        DateTime => (null, "is een datum, geen bedrag: vul een getal in euro's in."),
        bool => (null, "is ja of nee, geen bedrag: vul een getal in euro's in."),
        _ => (null, $"'{Shorten(value)}' is geen bedrag: vul een getal in euro's in."),
    };

    private static (FinanceSubject Subject, List<DownloadedRow> Rows) ReadRegister(byte[] bytes)
    {
        var rows = MiniExcel.Query(new MemoryStream(bytes, writable: false), useHeaderRow: true, sheetName: RegisterSheet.Name, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        var changed = new FinanceFileException(
            $"Het verborgen blad '{RegisterSheet.Name}' is gewijzigd, zodat het register niet meer weet wat u downloadde. {Download}");
        if (rows.Count == 0 || RegisterSheet.Headers.Any(h => !rows[0].ContainsKey(h)))
        {
            throw changed;
        }

        var identity = rows[0];
        var kind = Text(identity[RegisterSheet.Kind]) switch
        {
            "gemeente" => SubjectKind.Gemeente,
            "samenwerkingsverband" => SubjectKind.Samenwerkingsverband,
            _ => throw changed,
        };
        var code = Text(identity[RegisterSheet.Code]);
        var valid = kind == SubjectKind.Gemeente ? Domain.Municipality.NormaliseCode(code) == code : int.TryParse(code, CultureInfo.InvariantCulture, out _);
        if (!valid)
        {
            throw changed;
        }

        var subject = new FinanceSubject(kind, code, Text(identity[RegisterSheet.SubjectName]));

        var downloaded = new List<DownloadedRow>();
        foreach (var row in rows.Skip(1))
        {
            if (!int.TryParse(SheetLayout.KeyText(row[RegisterSheet.Arrangement]), CultureInfo.InvariantCulture, out var arrangement)
                || !int.TryParse(SheetLayout.KeyText(row[RegisterSheet.Year]), CultureInfo.InvariantCulture, out var year))
            {
                throw changed;
            }

            int? membership = int.TryParse(SheetLayout.KeyText(row[RegisterSheet.Membership]), CultureInfo.InvariantCulture, out var id) ? id : null;
            var originals = new Dictionary<Figure, decimal?>();
            foreach (var figure in Enum.GetValues<Figure>())
            {
                var text = Text(row[RegisterSheet.Original(figure)]);
                if (text.Length == 0)
                {
                    originals[figure] = null;
                }
                else if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                {
                    originals[figure] = amount;
                }
                else
                {
                    throw changed;
                }
            }

            downloaded.Add(new DownloadedRow(Text(row[RegisterSheet.Sheet]), Text(row[RegisterSheet.Key]), Text(row[RegisterSheet.RowName]),
                arrangement, membership, year, originals));
        }

        return (subject, downloaded);
    }

    /// <summary>
    /// The workbook's sheets by name, each with the path of its part in the package; refuses what is no Excel workbook,
    /// saying what it seems to be.
    /// </summary>
    private static Dictionary<string, string> SheetParts(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new FinanceFileException("Het bestand is leeg.");
        }

        if (bytes is [0xD0, 0xCF, 0x11, 0xE0, ..])
        {
            throw new FinanceFileException("Dit is een ouder Excel-bestand (.xls) of een werkmap met een wachtwoord. " +
                "Sla het op als Excel-werkmap (.xlsx) zonder wachtwoord en upload het opnieuw.");
        }

        var notExcel = new FinanceFileException("Dit is geen Excel-werkmap (.xlsx). Upload het werkblad dat u hier downloadde, " +
            "opgeslagen als Excel-werkmap; een CSV-bestand, PDF of ander bestand kan het register niet lezen.");
        if (bytes is not [0x50, 0x4B, ..])
        {
            throw notExcel;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("xl/workbook.xml") is not { } workbook || zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } relations)
            {
                throw notExcel;
            }

            var targets = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var element in Elements(relations, "Relationship"))
            {
                if (element.GetAttribute("Id") is { } id && element.GetAttribute("Target") is { } target)
                {
                    targets[id] = target.StartsWith('/') ? target[1..] : "xl/" + target;
                }
            }

            var sheets = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var element in Elements(workbook, "sheet"))
            {
                if (element.GetAttribute("name") is { } name && RelationshipId(element) is { } id && targets.TryGetValue(id, out var part))
                {
                    sheets[name] = part;
                }
            }

            return sheets;
        }
        catch (Exception exception) when (exception is InvalidDataException or XmlException)
        {
            throw new FinanceFileException("Het bestand is beschadigd en kan niet als Excel-werkmap worden gelezen. Sla het opnieuw op als .xlsx en upload het nog eens.");
        }
    }

    /// <summary>The cells of a sheet that hold a formula, by reference ("D5"), with the formula's text.</summary>
    private static Dictionary<string, string> Formulas(byte[] bytes, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        var formulas = new Dictionary<string, string>(StringComparer.Ordinal);
        if (zip.GetEntry(part) is not { } entry)
        {
            return formulas;
        }

        using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        string? cell = null;
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (reader.LocalName == "c")
                {
                    cell = reader.GetAttribute("r");
                }
                else if (reader.LocalName == "f" && cell is not null)
                {
                    formulas[cell] = reader.IsEmptyElement ? "" : reader.ReadElementContentAsString();
                    continue;
                }
            }

            reader.Read();
        }

        return formulas;
    }

    /// <summary>The elements of one name in a part of the package, read one by one, as readers over their attributes.</summary>
    private static IEnumerable<XmlReader> Elements(ZipArchiveEntry entry, string name)
    {
        using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == name)
            {
                yield return reader;
            }
        }
    }

    /// <summary>The sheet's r:id, in the transitional namespace Excel writes by default or in any other (strict) one.</summary>
    private static string? RelationshipId(XmlReader element)
    {
        if (element.GetAttribute("id", RelationshipNamespace) is { } id)
        {
            return id;
        }

        while (element.MoveToNextAttribute())
        {
            if (element.LocalName == "id" && element.Prefix.Length > 0)
            {
                return element.Value;
            }
        }

        return null;
    }

    private static CellPlace Place(SheetLayout layout, string reference)
    {
        var column = ColumnIndex(reference);
        return new CellPlace(layout.Name, RowOf(reference), column < layout.Columns.Count ? layout.Columns[column].Header : null, reference);
    }

    /// <summary>0 for "A" or "A5", 25 for "Z", 26 for "AA".</summary>
    private static int ColumnIndex(string reference) =>
        reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (index, letter) => index * 26 + char.ToUpperInvariant(letter) - 'A' + 1) - 1;

    private static int RowOf(string reference) =>
        int.TryParse(reference.AsSpan(reference.TakeWhile(char.IsAsciiLetter).Count()), CultureInfo.InvariantCulture, out var row) ? row : 0;

    private static bool IsEmpty(object? value) => value is null || (value is string text && string.IsNullOrWhiteSpace(text));

    private static string Text(object? value) => SheetLayout.KeyText(value);

    private static string Shorten(object? value)
    {
        var text = Text(value);
        return text.Length <= 40 ? text : text[..40] + "…";
    }

    /// <summary>A row as the hidden register sheet remembers it.</summary>
    private sealed record DownloadedRow(
        string Sheet, string Key, string Name, int ArrangementId, int? MembershipId, int Year, IReadOnlyDictionary<Figure, decimal?> Originals);
}
