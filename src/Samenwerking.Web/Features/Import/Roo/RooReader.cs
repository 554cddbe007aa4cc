using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>
/// Reads the regelingen from the national register's export (exportOO.xml) as a stream: only one regeling or
/// organisation is in memory as XML at a time, and of the organisations (most of the file) only the addresses are
/// kept, since a regeling's seat may be the address of the body it set up. Elements and attributes are matched on
/// their local names, since the namespace version changes and attributes may be prefixed or not.
/// </summary>
public static class RooReader
{
    private const string Root = "overheidsorganisaties";

    public static async Task<RooExport> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            Async = true,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        var regelingen = new List<RooRegeling>();
        var addresses = new Dictionary<string, IReadOnlyList<RooAddress>>();
        using var reader = XmlReader.Create(stream, settings);
        var lines = (IXmlLineInfo)reader;
        try
        {
            await reader.MoveToContentAsync();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != Root)
            {
                throw new ImportFormatException(
                    $"Regel {lines.LineNumber}: dit is geen export van het Register van Overheidsorganisaties (het hoofdelement heet '{reader.LocalName}', niet '{Root}').",
                    lines.LineNumber);
            }

            await reader.ReadAsync();
            while (!reader.EOF)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NodeType != XmlNodeType.Element)
                {
                    await reader.ReadAsync();
                }
                else if (reader.LocalName == "regeling")
                {
                    var line = lines.LineNumber;
                    var element = (XElement)await XNode.ReadFromAsync(reader, cancellationToken);
                    regelingen.Add(Parse(element, line));
                }
                else if (reader.LocalName == "organisatie")
                {
                    var organisation = (XElement)await XNode.ReadFromAsync(reader, cancellationToken);
                    foreach (var o in organisation.DescendantsAndSelf().Where(d => d.Name.LocalName == "organisatie"))
                    {
                        if (Attribute(o, "systeemId") is { } id && Addresses(o) is { Count: > 0 } found)
                        {
                            addresses[id] = found;
                        }
                    }
                }
                else
                {
                    await reader.ReadAsync();
                }
            }
        }
        catch (XmlException exception)
        {
            throw new ImportFormatException(
                $"Regel {exception.LineNumber}, positie {exception.LinePosition}: het bestand is geen geldige XML ({exception.Message}). Er is niets ingelezen.",
                exception.LineNumber, exception);
        }

        return new RooExport(regelingen, addresses);
    }

    private static RooRegeling Parse(XElement e, int line)
    {
        var systemId = Attribute(e, "systeemId") ?? Text(Child(e, "systemId"))
            ?? throw new ImportFormatException($"Regel {line}: een regeling zonder systeemId.", line);
        var title = Text(Child(e, "titel"))
            ?? throw new ImportFormatException($"Regel {line}: regeling {systemId} heeft geen titel.", line);

        return new RooRegeling(
            systemId,
            line,
            title,
            Text(Child(e, "citeertitel")),
            Attribute(Child(e, "samenwerkingsvorm"), "afkorting"),
            Descendants(e, "bevoegdheidsverkrijging").Select(Text).OfType<string>()
                .Concat(Descendants(e, "bevoegdheidsverkrijgingen").Select(b => Attribute(b, "verkrijging")).OfType<string>()).ToList(),
            Descendants(e, "bevoegdheid").Select(b => (Heading: Text(Child(b, "kopArtikel")), Body: Text(Child(b, "inhoudArtikel"))))
                .Where(b => b.Body is not null).Select(b => new RooPower(b.Heading, b.Body!)).ToList(),
            Descendants(e, "beleidsterrein").Select(Text).OfType<string>().ToList(),
            Text(Child(e, "doel")),
            Text(Child(e, "regionaalSamenwerkingsorgaan")),
            Attribute(Child(e, "regionaalSamenwerkingsorgaan"), "systeemId"),
            Attribute(Child(e, "bronhouder"), "resourceIdentifierTOOI"),
            Children(Child(e, "instellingsbesluiten"), "referentie").Select(Text)
                .Concat(Children(e, "instellingsbesluit").Select(b => Attribute(b, "url"))).OfType<string>().ToList(),
            Descendants(e, "wettelijkeGrondslag").Select(g => (Title: Text(Child(g, "opschrift")), Url: Text(Child(g, "referentie"))))
                .Where(g => g.Title is not null).Select(g => new RooLegalBasis(g.Title!, g.Url)).ToList(),
            Date(Child(e, "datumInwerkingtreding"), line),
            Date(Child(e, "datumUitwerkingtreding"), line),
            Attribute(Child(e, "previousVersion"), "systeemId"),
            Attribute(Child(e, "nextVersion"), "systeemId"),
            Descendants(e, "deelnemendeOrganisatie").Select(p => ParseParticipant(p, line)).ToList(),
            Addresses(e));
    }

    /// <summary>The element's own addresses (adressen/adres as a direct child), not those of nested organisations.</summary>
    private static List<RooAddress> Addresses(XElement e) => Children(Child(e, "adressen"), "adres")
        .Select(a => new RooAddress(
            Text(Child(a, "adresType")), Text(Child(a, "openbareRuimte")), Text(Child(a, "huisnummer")), Text(Child(a, "toevoeging")),
            Text(Child(a, "postbus")), Text(Child(a, "postcode")), Text(Child(a, "woonplaats")), Text(Child(a, "land"))))
        .ToList();

    private static RooParticipant ParseParticipant(XElement p, int line) => new(
        Attribute(p, "systeemId") ?? Text(Child(p, "organisatieId")),
        Attribute(p, "resourceIdentifierTOOI"),
        Text(Child(p, "naam")) ?? Text(p.Nodes().OfType<XText>().FirstOrDefault()?.Value) ?? "onbekend",
        Date(Child(p, "toetredingsDatum"), line),
        Percentage(Child(p, "verdeelsleutel"), line),
        Descendants(p, "bestuursorgaan").Select(b => Text(b) ?? Attribute(b, "naam")).OfType<string>().ToList());

    private static XElement? Child(XElement? parent, string name) => parent?.Elements().FirstOrDefault(c => c.Name.LocalName == name);

    private static IEnumerable<XElement> Children(XElement? parent, string name) =>
        parent?.Elements().Where(c => c.Name.LocalName == name) ?? [];

    private static IEnumerable<XElement> Descendants(XElement parent, string name) => parent.Descendants().Where(c => c.Name.LocalName == name);

    /// <summary>Prefixed (p:systeemId) or not (systeemId): both are read.</summary>
    private static string? Attribute(XElement? element, string name) =>
        Text(element?.Attributes().FirstOrDefault(a => a.Name.LocalName == name)?.Value);

    private static string? Text(XElement? element) => element is null ? null : Text(element.Value);

    /// <summary>Without zero-width characters, with single spaces, trimmed; null when nothing is left.</summary>
    private static string? Text(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var cleaned = string.Join(' ', value.Replace("\u200B", "", StringComparison.Ordinal).Replace("\uFEFF", "", StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>The regeling's line is the place to look: an element read from the stream keeps no line of its own.</summary>
    private static DateOnly? Date(XElement? element, int line)
    {
        var text = Text(element);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ImportFormatException($"Regeling vanaf regel {line}: '{text}' in <{element!.Name.LocalName}> is geen datum (JJJJ-MM-DD).", line);
    }

    /// <summary>The export writes a decimal comma ("35,53").</summary>
    private static decimal? Percentage(XElement? element, int line)
    {
        var text = Text(element)?.Replace(',', '.');
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ImportFormatException($"Regeling vanaf regel {line}: '{text}' in <verdeelsleutel> is geen getal.", line);
    }
}
