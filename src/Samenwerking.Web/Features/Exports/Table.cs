using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Samenwerking.Web.Components.Shared;

namespace Samenwerking.Web.Features.Exports;

/// <summary>A list as a download: Dutch column headers, one row per item, as CSV (for Dutch Excel: ';' and a BOM) or xlsx.</summary>
public sealed record Table(string Name, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows)
{
    public async Task WriteCsvAsync(Stream stream, CancellationToken cancellationToken)
    {
        // RFC 4180 line ends, which every spreadsheet reads.
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(';', Headers.Select(Quote)));
        foreach (var row in Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(string.Join(';', row.Select(value => Quote(Format(value)))));
        }
    }

    public Task WriteXlsxAsync(Stream stream, CancellationToken cancellationToken)
    {
        var sheet = Rows.Select(row => Headers.Select((header, i) => (header, value: row[i] switch
            {
                DateOnly date => (object?)date.ToDateTime(TimeOnly.MinValue),
                var value => value,
            }))
            .ToDictionary(cell => cell.header, cell => cell.value));
        return stream.SaveAsAsync(sheet, printHeader: true, sheetName: Name, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "ja" : "nee",
        IFormattable formattable => formattable.ToString(null, Labels.Dutch),
        _ => value.ToString() ?? "",
    };

    /// <summary>Quoted when needed; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula.</summary>
    private static string Quote(string text)
    {
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) && !decimal.TryParse(text, NumberStyles.Number, Labels.Dutch, out _))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
