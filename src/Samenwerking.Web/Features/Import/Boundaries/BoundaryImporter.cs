using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Import.Boundaries;

/// <summary>
/// Stores CBS boundaries (TopoJSON or GeoJSON with a <c>statcode</c> per area) for the maps. The kind follows from
/// the codes (GM, PV, VR); a new file of a kind replaces the old one. Municipality codes the register does not know
/// are listed in the report.
/// </summary>
public sealed partial class BoundaryImporter(IDbContextFactory<RegisterDbContext> contextFactory, TimeProvider clock)
{
    public async Task<ImportReport> ImportAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream);
        var content = await reader.ReadToEndAsync(cancellationToken);
        var (format, codes) = Read(content);
        var kind = codes.All(c => c.StartsWith("GM", StringComparison.Ordinal)) ? BoundaryKind.Gemeenten
            : codes.All(c => c.StartsWith("PV", StringComparison.Ordinal)) ? BoundaryKind.Provincies
            : codes.All(c => c.StartsWith("VR", StringComparison.Ordinal)) ? BoundaryKind.Veiligheidsregios
            : throw new ImportFormatException("De gebieden zijn geen gemeenten (GM), provincies (PV) of veiligheidsregio's (VR), of een mengsel daarvan.", 1);

        var report = new ImportReport();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (kind == BoundaryKind.Gemeenten)
        {
            var known = await db.Municipalities.Select(m => m.Code).ToListAsync(cancellationToken);
            report.Notes.AddRange(codes.Except(known).Order(StringComparer.Ordinal).Select(code => $"Grens van onbekende gemeente {code} bewaard."));
            // A municipality that merged has no boundary of its own any more: only those that exist today are missed.
            var existing = await db.Municipalities.Where(m => m.ValidTo == null).Select(m => m.Code).ToListAsync(cancellationToken);
            report.Notes.AddRange(existing.Except(codes).Order(StringComparer.Ordinal).Take(20).Select(code => $"Geen grens voor {code}."));
        }

        var set = await db.BoundarySets.SingleOrDefaultAsync(b => b.Kind == kind, cancellationToken);
        var line = $"{kind}: {codes.Count} gebieden ({format})";
        if (set is null)
        {
            db.BoundarySets.Add(new BoundarySet { Kind = kind, Format = format, Content = content, FeatureCount = codes.Count, ImportedAt = clock.GetUtcNow() });
            report.Added.Add(line);
        }
        else
        {
            (set.Format, set.Content, set.FeatureCount, set.ImportedAt) = (format, content, codes.Count, clock.GetUtcNow());
            report.Updated.Add(line);
        }

        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    /// <summary>The format and every area's statcode; a file that is neither TopoJSON nor GeoJSON with statcodes is refused.</summary>
    private static (string Format, List<string> Codes) Read(string content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            var type = root.TryGetProperty("type", out var t) ? t.GetString() : null;
            var (format, areas) = type switch
            {
                "Topology" => ("topojson", root.GetProperty("objects").EnumerateObject()
                    .SelectMany(o => o.Value.GetProperty("geometries").EnumerateArray()).ToList()),
                "FeatureCollection" => ("geojson", root.GetProperty("features").EnumerateArray().ToList()),
                _ => throw new ImportFormatException("Dit is geen TopoJSON (type Topology) of GeoJSON (type FeatureCollection).", 1),
            };
            var codes = areas.Select(a => a.TryGetProperty("properties", out var p) && p.TryGetProperty("statcode", out var code) ? code.GetString() : null).ToList();
            if (codes.Count == 0 || codes.Any(string.IsNullOrEmpty))
            {
                throw new ImportFormatException("Elk gebied moet een statcode hebben (GM0344, PV26, VR09).", 1);
            }

            if (codes.FirstOrDefault(code => !StatCode().IsMatch(code!)) is { } wrong)
            {
                throw new ImportFormatException($"‘{wrong}’ is geen CBS-statcode: verwacht GM en vier cijfers, PV of VR en twee cijfers.", 1);
            }

            return (format, codes.OfType<string>().ToList());
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            throw new ImportFormatException($"Regel {line}: het bestand is geen geldige JSON ({exception.Message}). Er is niets ingelezen.", line, exception);
        }
        catch (KeyNotFoundException exception)
        {
            throw new ImportFormatException("Het bestand mist de onderdelen 'objects' (TopoJSON) of 'features' (GeoJSON).", 1, exception);
        }
    }

    [GeneratedRegex(@"^(GM\d{4}|PV\d{2}|VR\d{2})$")]
    private static partial Regex StatCode();
}
