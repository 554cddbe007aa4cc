using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using MiniExcelLibs;

namespace Samenwerking.Testing;

/// <summary>
/// A downloaded xlsx workbook, changed the way a user changes it in Excel: a number typed in a cell, text, a formula, a
/// cell emptied, a row added, a sheet renamed. Edits the sheet's XML in place, so everything else (the hidden sheet,
/// the styles) stays as the register wrote it.
/// </summary>
public sealed class Spreadsheet(byte[] bytes)
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public byte[] Bytes { get; private set; } = bytes;

    /// <summary>The sheet's rows as MiniExcel reads them, keyed by column letter; row 1 first.</summary>
    public IReadOnlyList<IDictionary<string, object?>> Rows(string sheet) =>
        MiniExcel.Query(new MemoryStream(Bytes), useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();

    /// <summary>The number of the first row whose cells hold these values (numbers compared as numbers).</summary>
    public int RowOf(string sheet, params (string Column, object Value)[] cells)
    {
        var rows = Rows(sheet);
        for (var i = 0; i < rows.Count; i++)
        {
            if (cells.All(c => Same(rows[i].TryGetValue(c.Column, out var value) ? value : null, c.Value)))
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException($"No row in sheet {sheet} holds {string.Join(", ", cells)}.");
    }

    /// <summary>Types a value in a cell: a number, text, or null to empty it.</summary>
    public Spreadsheet Set(string sheet, string reference, object? value) => Set(sheet, [(reference, value)]);

    /// <summary>Types values in many cells at once, as pasting a block does.</summary>
    public Spreadsheet Set(string sheet, IEnumerable<(string Reference, object? Value)> cells) => Edit(sheet, cells.Select(c => (c.Reference, (Action<XElement>)(cell => Type(cell, c.Value)))));

    private static void Type(XElement cell, object? value)
    {
        cell.RemoveNodes();
        cell.Attribute("t")?.Remove();
        switch (value)
        {
            case null:
                break;
            case string text:
                cell.SetAttributeValue("t", "inlineStr");
                cell.Add(new XElement(Main + "is", new XElement(Main + "t", text)));
                break;
            default:
                cell.Add(new XElement(Main + "v", Convert.ToString(value, CultureInfo.InvariantCulture)));
                break;
        }
    }

    /// <summary>Types a formula in a cell, with the value Excel would have computed for it.</summary>
    public Spreadsheet SetFormula(string sheet, string reference, string formula, double computed) => Edit(sheet, reference, cell =>
    {
        cell.RemoveNodes();
        cell.Attribute("t")?.Remove();
        cell.Add(new XElement(Main + "f", formula), new XElement(Main + "v", computed.ToString(CultureInfo.InvariantCulture)));
    });

    /// <summary>Gives a sheet another name, as double-clicking its tab does.</summary>
    public Spreadsheet RenameSheet(string sheet, string name)
    {
        Bytes = Update(Bytes, zip =>
        {
            var entry = zip.GetEntry("xl/workbook.xml")!;
            var workbook = Load(entry);
            workbook.Descendants(Main + "sheet").Single(s => (string?)s.Attribute("name") == sheet).SetAttributeValue("name", name);
            Save(zip, entry, workbook);
        });
        return this;
    }

    private Spreadsheet Edit(string sheet, string reference, Action<XElement> change) => Edit(sheet, [(reference, change)]);

    private Spreadsheet Edit(string sheet, IEnumerable<(string Reference, Action<XElement> Change)> changes)
    {
        Bytes = Update(Bytes, zip =>
        {
            var entry = zip.GetEntry(PartOf(zip, sheet))!;
            var document = Load(entry);
            foreach (var (reference, change) in changes)
            {
                change(Cell(document, reference));
            }

            // Excel keeps a sheet's dimension up to date; readers may rely on it.
            document.Descendants(Main + "dimension").Remove();
            Save(zip, entry, document);
        });
        return this;
    }

    /// <summary>The cell element, made where missing, in the order Excel keeps rows and cells.</summary>
    private static XElement Cell(XDocument sheet, string reference)
    {
        var column = new string(reference.TakeWhile(char.IsLetter).ToArray());
        var number = int.Parse(reference[column.Length..], CultureInfo.InvariantCulture);
        var data = sheet.Descendants(Main + "sheetData").Single();
        var row = data.Elements(Main + "row").SingleOrDefault(r => (int)r.Attribute("r")! == number);
        if (row is null)
        {
            row = new XElement(Main + "row", new XAttribute("r", number));
            var after = data.Elements(Main + "row").LastOrDefault(r => (int)r.Attribute("r")! < number);
            if (after is null)
            {
                data.AddFirst(row);
            }
            else
            {
                after.AddAfterSelf(row);
            }
        }

        var cell = row.Elements(Main + "c").SingleOrDefault(c => (string?)c.Attribute("r") == reference);
        if (cell is null)
        {
            cell = new XElement(Main + "c", new XAttribute("r", reference));
            var before = row.Elements(Main + "c").LastOrDefault(c => ColumnNumber((string)c.Attribute("r")!) < ColumnNumber(reference));
            if (before is null)
            {
                row.AddFirst(cell);
            }
            else
            {
                before.AddAfterSelf(cell);
            }
        }

        return cell;
    }

    private static int ColumnNumber(string reference) =>
        reference.TakeWhile(char.IsLetter).Aggregate(0, (n, letter) => n * 26 + letter - 'A' + 1);

    private static string PartOf(ZipArchive zip, string sheet)
    {
        var id = (string)Load(zip.GetEntry("xl/workbook.xml")!).Descendants(Main + "sheet")
            .Single(s => (string?)s.Attribute("name") == sheet).Attribute(Relationships + "id")!;
        var target = (string)Load(zip.GetEntry("xl/_rels/workbook.xml.rels")!).Descendants(PackageRelationships + "Relationship")
            .Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!;
        return target.StartsWith('/') ? target[1..] : "xl/" + target;
    }

    private static bool Same(object? found, object expected) => (found, expected) switch
    {
        (double number, int whole) => number == whole,
        (double number, double other) => number == other,
        (string text, string other) => text == other,
        _ => Equals(found, expected),
    };

    private static byte[] Update(byte[] bytes, Action<ZipArchive> change)
    {
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            change(zip);
        }

        return stream.ToArray();
    }

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static void Save(ZipArchive zip, ZipArchiveEntry entry, XDocument document)
    {
        var name = entry.FullName;
        entry.Delete();
        using var stream = zip.CreateEntry(name).Open();
        document.Save(stream);
    }
}
