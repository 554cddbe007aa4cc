using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements.Editing;

/// <summary>The municipalities, organisations, tasks and policy areas a form names, looked up; unknown ones are errors.</summary>
internal sealed class References
{
    public Dictionary<string, Municipality> Municipalities { get; private init; } = [];

    public Dictionary<int, Organisation> Organisations { get; private init; } = [];

    public Dictionary<int, MunicipalTask> Tasks { get; private init; } = [];

    public List<PolicyArea> PolicyAreas { get; private init; } = [];

    public Dictionary<string, string[]> Errors { get; } = [];

    public static async Task<References> LoadAsync(RegisterDbContext db, ArrangementForm form, CancellationToken cancellationToken)
    {
        var codes = form.Memberships.Select(m => m.MunicipalityCode).Append(form.CentralMunicipalityCode)
            .Concat(form.Placements.Select(p => p.MunicipalityCode)).OfType<string>().Distinct().ToList();
        var organisationIds = form.Memberships.Select(m => m.OrganisationId).OfType<int>().Distinct().ToList();
        var taskIds = form.Placements.Select(p => p.TaskId).OfType<int>().Distinct().ToList();
        var references = new References
        {
            Municipalities = await db.Municipalities.Where(m => codes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, cancellationToken),
            Organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken),
            Tasks = await db.MunicipalTasks.Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken),
            PolicyAreas = await db.PolicyAreas.Where(p => form.PolicyAreaCodes.Contains(p.Code)).ToListAsync(cancellationToken),
        };

        for (var i = 0; i < form.Memberships.Count; i++)
        {
            var membership = form.Memberships[i];
            if (membership.MunicipalityCode is { } code && !references.Municipalities.ContainsKey(code))
            {
                references.Errors[$"Memberships[{i}].MunicipalityCode"] = [$"Onbekende gemeentecode {code}."];
            }

            if (membership.OrganisationId is { } id && !references.Organisations.ContainsKey(id))
            {
                references.Errors[$"Memberships[{i}].OrganisationId"] = ["Deze organisatie bestaat niet (meer)."];
            }
        }

        for (var i = 0; i < form.Placements.Count; i++)
        {
            if (form.Placements[i].TaskId is { } id && !references.Tasks.ContainsKey(id))
            {
                references.Errors[$"Placements[{i}].TaskId"] = ["Deze taak staat niet in de takencatalogus."];
            }
        }

        await CheckPlacedElsewhereAsync(db, form, references, cancellationToken);

        if (form.CentralMunicipalityCode is { } central && !references.Municipalities.ContainsKey(central))
        {
            references.Errors[nameof(ArrangementForm.CentralMunicipalityCode)] = [$"Onbekende gemeentecode {central}."];
        }

        if (references.PolicyAreas.Count != form.PolicyAreaCodes.Distinct().Count())
        {
            references.Errors[nameof(ArrangementForm.PolicyAreaCodes)] = ["Onbekend beleidsterrein."];
        }

        return references;
    }

    /// <summary>
    /// A municipality places a task once at a time (decision 0026): a placement in this form may not overlap a placement
    /// of the same task for the same municipality in another arrangement or kept itself, confirmed or suggested. A
    /// suggestion of this arrangement stays a suggestion, and suggestions may overlap each other. One query.
    /// </summary>
    private static async Task CheckPlacedElsewhereAsync(RegisterDbContext db, ArrangementForm form, References references, CancellationToken cancellationToken)
    {
        var municipalityIds = form.Placements.Select(p => p.MunicipalityCode).OfType<string>()
            .Select(c => references.Municipalities.GetValueOrDefault(c)?.Id).OfType<int>().Distinct().ToList();
        var taskIds = form.Placements.Select(p => p.TaskId).OfType<int>().Distinct().ToList();
        if (municipalityIds.Count == 0 || taskIds.Count == 0)
        {
            return;
        }

        var placed = await db.TaskPlacements.AsNoTracking()
            .Where(p => municipalityIds.Contains(p.MunicipalityId) && taskIds.Contains(p.MunicipalTaskId))
            .Select(p => new { p.Id, p.ArrangementId, Arrangement = p.Arrangement!.Name, p.MunicipalityId, p.MunicipalTaskId, p.StartDate, p.EndDate, p.IsSuggestion })
            .ToListAsync(cancellationToken);
        var suggestionsHere = placed.Where(p => p.IsSuggestion && p.ArrangementId == form.Id && form.Id is not null).Select(p => p.Id).ToHashSet();
        for (var i = 0; i < form.Placements.Count; i++)
        {
            var placement = form.Placements[i];
            if (placement.Id is { } id && suggestionsHere.Contains(id)
                || placement.MunicipalityCode is null || !references.Municipalities.TryGetValue(placement.MunicipalityCode, out var municipality))
            {
                continue;
            }

            var (start, end) = (ToDate(placement.StartDate), ToDate(placement.EndDate));
            var other = placed.FirstOrDefault(p => (p.ArrangementId != form.Id || form.Id is null) && p.MunicipalityId == municipality.Id
                && p.MunicipalTaskId == placement.TaskId && Periods.Overlap(start, end, p.StartDate, p.EndDate));
            if (other is null)
            {
                continue;
            }

            var where = other.ArrangementId is null ? "bij de gemeente zelf" : $"in {other.Arrangement}";
            references.Errors[$"Placements[{i}].MunicipalityCode"] = [other.IsSuggestion
                ? $"Voor {municipality.Name} staat deze taak in die periode als voorstel {where}. Een taak ligt per gemeente op één plek tegelijk: wijs dat voorstel eerst af bij Voorstellen beoordelen, of bevestig het daar."
                : $"{municipality.Name} heeft deze taak in die periode al belegd {where}. Een taak ligt per gemeente op één plek tegelijk: beëindig eerst die plaatsing, of laat deze later beginnen."];
        }
    }

    private static DateOnly? ToDate(DateTime? value) => value is { } date ? DateOnly.FromDateTime(date) : null;
}
