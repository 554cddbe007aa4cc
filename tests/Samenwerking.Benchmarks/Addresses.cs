using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;

namespace Samenwerking.Benchmarks;

/// <summary>
/// The addresses the benchmarks cycle through: every 7th municipality (49 of 342), 40 arrangements spread over the
/// register (not the seeded examples), every task, the veiligheidsregio's, ten searches and six filter combinations of the list.
/// </summary>
internal sealed record Addresses(string[] Municipalities, string[] Arrangements, string[] Tasks, string[] Regions)
{
    public static readonly string[] Searches =
    [
        "/zoeken?q=jeugdhulp", "/zoeken?q=omgevingsdienst", "/zoeken?q=Amsterdm", "/zoeken?q=belastingen", "/zoeken?q=afval+inzameling",
        "/zoeken?q=leerplicht+handhaving", "/zoeken?q=GM0344", "/zoeken?q=archief", "/zoeken?q=beschermd+wonen", "/zoeken?q=brandweer",
    ];

    public static readonly string[] FilteredLists =
    [
        "/samenwerkingsverbanden?provincie=PV27&doel=tactisch",
        "/samenwerkingsverbanden?vorm=OpenbaarLichaam&sorteer=deelnemers&volgorde=af",
        "/samenwerkingsverbanden?gemeente=GM0344",
        "/samenwerkingsverbanden?beleidsterrein=6&pagina=2",
        "/samenwerkingsverbanden?q=regio&sorteer=start",
        "/samenwerkingsverbanden?provincie=PV30&beleidsterrein=7&doel=tactisch&sorteer=vorm",
    ];

    /// <summary>The list as a reader first opens it, then the filtered ones.</summary>
    public static readonly string[] Lists = ["/samenwerkingsverbanden", .. FilteredLists];

    /// <summary>The municipality codes behind <see cref="Municipalities"/>, e.g. GM0014.</summary>
    public IEnumerable<string> MunicipalityCodes => Municipalities.Select(p => p[(p.LastIndexOf('/') + 1)..]);

    public string[] Overviews => [.. Municipalities.Select(p => $"{p}/overzicht")];

    public static async Task<Addresses> LoadAsync(RegisterDbContext db)
    {
        var regions = await db.Arrangements.Where(a => a.Name.StartsWith("Veiligheidsregio ")).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        var codes = await db.Municipalities.OrderBy(m => m.Code).Select(m => m.Code).ToListAsync();
        // Not the seeded examples: an import of real data removes them (the soak's import would make them 404s).
        var ids = await db.Arrangements.Where(a => !a.IsExample).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        var tasks = await db.MunicipalTasks.Select(t => t.Id).ToListAsync();
        return new Addresses(
            [.. codes.Where((_, i) => i % 7 == 0).Select(c => $"/gemeenten/{c}")],
            [.. ids.Where((_, i) => i % Math.Max(1, ids.Count / 40) == 0).Select(id => $"/samenwerkingsverbanden/{id}")],
            [.. tasks.Select(id => $"/taken/{id}")],
            [.. regions.Select(id => $"/congruentie?regio={id}")]);
    }
}
