using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Domain.Calendar;

namespace Samenwerking.Web.Features.Calendar;

/// <summary>
/// The planning-and-control calendar, derived from the law for every current regeling with a body of its own and moved
/// by what was recorded. Two round trips per page: the regelingen, then their recorded documents and zienswijzen.
/// </summary>
public sealed class CalendarQueries(IDbContextFactory<RegisterDbContext> contextFactory)
{
    private static readonly LegalForm[] CycleForms = Enum.GetValues<LegalForm>().Where(WgrCalendar.HasCycle).ToArray();

    private sealed record Regeling(int Id, string Name, DateOnly? StartDate, DateOnly? EndDate, bool ProvinceTakesPart);

    /// <summary>The deadlines between the dates of the municipality's current regelingen, with its own council's zienswijzen.</summary>
    public async Task<MunicipalityCalendar?> ForMunicipalityAsync(string code, DateOnly today, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (Municipality.NormaliseCode(code) is not { } normalised)
        {
            return null;
        }

        return await contextFactory.ReadingAsync(db => ForMunicipalityAsync(db, normalised, today, from, to, cancellationToken), cancellationToken);
    }

    private static async Task<MunicipalityCalendar?> ForMunicipalityAsync(
        RegisterDbContext db, string normalised, DateOnly today, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Code == normalised)
            .Select(m => new { m.Id, m.Code, m.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (municipality is null)
        {
            return null;
        }

        var rows = await db.Memberships.AsNoTracking().Where(Membership.InForceOn(today))
            .Where(x => x.MunicipalityId == municipality.Id && CycleForms.Contains(x.Arrangement!.LegalForm))
            .Select(x => new
            {
                x.ArrangementId,
                x.Arrangement!.Name,
                x.Arrangement.StartDate,
                x.Arrangement.EndDate,
                Province = x.Arrangement.Memberships.Any(p => p.Organisation != null && p.Organisation.Kind == OrganisationKind.Provincie),
            })
            .Distinct()
            .ToListAsync(cancellationToken);
        var regelingen = rows.Select(r => new Regeling(r.ArrangementId, r.Name, r.StartDate, r.EndDate, r.Province)).ToList();
        var ids = regelingen.Select(r => r.Id).ToList();
        var documents = await DocumentsAsync(db, ids, from, to, municipality.Id, cancellationToken);
        var items = Items(regelingen, documents, from, to, includeZienswijze: true);
        return new MunicipalityCalendar(municipality.Code, municipality.Name, from, to, regelingen.Count, items);
    }

    /// <summary>A regeling's deadlines between the dates, its current municipal members and all their zienswijzen.</summary>
    public Task<ArrangementCalendar?> ForArrangementAsync(int id, DateOnly today, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => ForArrangementAsync(db, id, today, from, to, cancellationToken), cancellationToken);

    private static async Task<ArrangementCalendar?> ForArrangementAsync(
        RegisterDbContext db, int id, DateOnly today, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var arrangement = await db.Arrangements.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                Regeling = new Regeling(a.Id, a.Name, a.StartDate, a.EndDate,
                    a.Memberships.Any(p => p.Organisation != null && p.Organisation.Kind == OrganisationKind.Provincie)),
                a.LegalForm,
                Councils = db.Memberships.AsQueryable().Where(Membership.InForceOn(today))
                    .Where(m => m.ArrangementId == a.Id && m.Municipality != null)
                    .Select(m => new { m.Municipality!.Code, m.Municipality.Name })
                    .Distinct()
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (arrangement is null)
        {
            return null;
        }

        var hasCycle = WgrCalendar.HasCycle(arrangement.LegalForm);
        var documents = hasCycle ? await DocumentsAsync(db, [id], from, to, null, cancellationToken) : [];
        var items = hasCycle ? Items([arrangement.Regeling], documents, from, to, includeZienswijze: false) : [];
        return new ArrangementCalendar(id, arrangement.Regeling.Name, arrangement.LegalForm, hasCycle, from, to, items,
            arrangement.Councils.OrderBy(c => c.Name).Select(c => (c.Code, c.Name)).ToList(),
            documents.SelectMany(d => d.Zienswijzen).ToList(),
            documents.Select(d => d.Record).ToList());
    }

    /// <summary>
    /// The first deadline of one regeling from today on (within a year), with the municipality's own zienswijze: one round
    /// trip on the caller's context, for a read that already has the regeling. Null when the regeling has no Wgr budget
    /// cycle or nothing is due.
    /// </summary>
    public static async Task<CalendarItem?> NextDeadlineAsync(
        RegisterDbContext db, int arrangementId, LegalForm form, DateOnly? startDate, DateOnly? endDate, bool provinceTakesPart, int municipalityId,
        DateOnly today, CancellationToken cancellationToken)
    {
        if (!WgrCalendar.HasCycle(form))
        {
            return null;
        }

        var to = today.AddYears(1);
        var documents = await DocumentsAsync(db, [arrangementId], today, to, municipalityId, cancellationToken);
        return Items([new Regeling(arrangementId, "", startDate, endDate, provinceTakesPart)], documents, today, to, includeZienswijze: true)
            .FirstOrDefault();
    }

    private sealed record LoadedDocument(int ArrangementId, DocumentRecord Record, List<ZienswijzeView> Zienswijzen);

    private static async Task<List<LoadedDocument>> DocumentsAsync(
        RegisterDbContext db, List<int> arrangementIds, DateOnly from, DateOnly to, int? municipalityId, CancellationToken cancellationToken)
    {
        // A document's deadlines lie at most two years from its year (a jaarrekening's goes to the supervisor in J+1).
        var firstYear = from.Year - 2;
        var lastYear = to.Year + 2;
        var rows = await db.PlanningDocuments.AsNoTracking()
            .Where(d => arrangementIds.Contains(d.ArrangementId) && d.Year >= firstYear && d.Year <= lastYear)
            .Select(d => new
            {
                d.ArrangementId,
                Record = new DocumentRecord(d.Id, d.Kind, d.Year, d.Number, d.SentOn, d.Title, d.Link, d.Revision, d.Version),
                Zienswijzen = d.Zienswijzen.Where(z => municipalityId == null || z.MunicipalityId == municipalityId)
                    .Select(z => new ZienswijzeView(d.Id, z.Municipality!.Code, z.Municipality.Name, z.Status, z.MeetingOn, z.GivenOn,
                        z.Text, z.Link, z.Reply, z.ReplyOn, z.Version))
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.Select(r => new LoadedDocument(r.ArrangementId, r.Record, r.Zienswijzen)).ToList();
    }

    private static List<CalendarItem> Items(
        IReadOnlyCollection<Regeling> regelingen, List<LoadedDocument> documents, DateOnly from, DateOnly to, bool includeZienswijze)
    {
        var byKey = documents.ToDictionary(d => (d.ArrangementId, d.Record.Kind, d.Record.Year, d.Record.Number));
        var items = new List<CalendarItem>();
        foreach (var regeling in regelingen)
        {
            var keys = new HashSet<(PlanningDocumentKind, int, int)>();
            for (var year = from.Year - 2; year <= to.Year + 2; year++)
            {
                foreach (var kind in WgrCalendar.Yearly)
                {
                    keys.Add((kind, year, 0));
                }
            }

            keys.UnionWith(documents.Where(d => d.ArrangementId == regeling.Id).Select(d => (d.Record.Kind, d.Record.Year, d.Record.Number)));
            foreach (var (kind, year, number) in keys)
            {
                byKey.TryGetValue((regeling.Id, kind, year, number), out var document);
                foreach (var deadline in WgrCalendar.For(kind, year, number, document?.Record.SentOn, regeling.ProvinceTakesPart))
                {
                    // Only while the regeling exists: no kadernota is due before it started or after it ended.
                    if (deadline.Date < from || deadline.Date > to
                        || (deadline.IsStatutoryLatest && !Periods.Contains(regeling.StartDate, regeling.EndDate, deadline.Date)))
                    {
                        continue;
                    }

                    var zienswijze = includeZienswijze && deadline.CouncilMayGiveZienswijze ? document?.Zienswijzen.FirstOrDefault() : null;
                    items.Add(new CalendarItem(regeling.Id, regeling.Name, deadline, document?.Record.SentOn, document?.Record.Revision ?? 0,
                        document?.Record.Title, document?.Record.Link, zienswijze));
                }
            }
        }

        return items.OrderBy(i => i.Deadline.Date).ThenBy(i => i.ArrangementName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), false))
            .ThenBy(i => i.Deadline.Kind).ToList();
    }
}
