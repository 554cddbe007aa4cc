using System.Text.RegularExpressions;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>
/// Copies what the national register knows onto an arrangement. What it does not know — a confirmed goal level,
/// tasks, finances, risks, representatives — is left alone, so it survives every re-import.
/// </summary>
internal static partial class RooMapping
{
    public static void Apply(RooRegeling r, Arrangement a, IReadOnlyList<RooRegeling> chain, ImportLookups lookups, DateOnly today, ImportReport report)
    {
        var isNew = a.Id == 0;
        Set(a.Name, ImportLookups.Limit(r.Title, Arrangement.NameMaxLength), v => a.Name = v);
        Set(a.Purpose, r.Purpose is null ? null : ImportLookups.Limit(r.Purpose, Arrangement.TextMaxLength), v => a.Purpose = v);
        Set(a.NationalRegisterId, r.SystemId, v => a.NationalRegisterId = v);
        Set(a.NationalRegisterVersion, r.StartDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), v => a.NationalRegisterVersion = v);
        if (a.EndDate is not null)
        {
            a.EndDate = null;
        }

        var firstStart = chain.Select(v => v.StartDate).Where(d => d is not null).Min();
        if (a.StartDate is null && firstStart is not null)
        {
            a.StartDate = firstStart;
        }

        ApplyForm(r, a, lookups, report);
        ApplyPolicyAreas(r, a, lookups);
        ApplyPowers(r, a);
        ApplyLinks(r, a);
        ApplyMemberships(r, a, lookups, today, report);

        if (isNew || a.GoalLevelIsSuggestion)
        {
            var suggestion = GoalLevelSuggestion.For(a.LegalForm, a.PolicyAreas.Select(p => p.Code).ToList(), r.Title, r.Purpose);
            Set(a.GoalLevel, suggestion.GoalLevel, v => a.GoalLevel = v);
            Set(a.GoalLevelReason, suggestion.Reason, v => a.GoalLevelReason = v);
            if (!a.GoalLevelIsSuggestion)
            {
                a.GoalLevelIsSuggestion = true;
            }
        }
    }

    /// <summary>A centrumregeling is registered as RZM: its title says what it is, its bronhouder which municipality is the centre.</summary>
    private static void ApplyForm(RooRegeling r, Arrangement a, ImportLookups lookups, ImportReport report)
    {
        var form = r.FormCode switch
        {
            "OL" => LegalForm.OpenbaarLichaam,
            "GO" => LegalForm.GemeenschappelijkOrgaan,
            "BVO" => LegalForm.Bedrijfsvoeringsorganisatie,
            "CC" => LegalForm.Centrumregeling,
            _ => LegalForm.RegelingZonderMeer,
        };
        Municipality? centre = null;
        if (form is LegalForm.RegelingZonderMeer or LegalForm.Centrumregeling && CentrumregelingTitle().IsMatch(r.Title))
        {
            var holder = r.SourceHolderIdentifier is { } tooi ? new RooParticipant(null, tooi, "", null, null, []).TooiCode : null;
            centre = r.Participants.Any(p => p.TooiCode == holder) ? lookups.Municipality(holder) : null;
            if (centre is null)
            {
                report.Notes.Add($"{r.Title}: centrumregeling zonder deelnemende centrumgemeente als bronhouder; vastgelegd als regeling zonder meer.");
            }

            form = centre is null ? LegalForm.RegelingZonderMeer : LegalForm.Centrumregeling;
        }

        Set(a.LegalForm, form, v => a.LegalForm = v);
        if (a.CentralMunicipality != centre)
        {
            a.CentralMunicipality = centre;
        }
    }

    private static void ApplyPolicyAreas(RooRegeling r, Arrangement a, ImportLookups lookups)
    {
        var areas = r.PolicyAreas.Select(PolicyAreaMap.CodeFor).OfType<string>().Distinct()
            .Select(code => lookups.PolicyAreas[code]).ToList();
        a.PolicyAreas.RemoveAll(p => !areas.Contains(p));
        a.PolicyAreas.AddRange(areas.Where(p => !a.PolicyAreas.Contains(p)));
    }

    private static void ApplyPowers(RooRegeling r, Arrangement a)
    {
        var acquisition = r.Acquisitions.Select(text => Enum.TryParse<PowerAcquisition>(text, ignoreCase: true, out var value) ? value : (PowerAcquisition?)null)
            .OfType<PowerAcquisition>().DefaultIfEmpty(PowerAcquisition.Delegatie).First();
        var wanted = r.Powers
            .Select(p => ImportLookups.Limit(p.Heading is null ? p.Text : $"{p.Heading}: {p.Text}", TransferredPower.DescriptionMaxLength))
            .Distinct().ToList();
        a.Powers.RemoveAll(p => !wanted.Contains(p.Description));
        foreach (var description in wanted.Where(d => a.Powers.All(p => p.Description != d)))
        {
            a.Powers.Add(new TransferredPower { Description = description, Acquisition = acquisition });
        }

        foreach (var power in a.Powers.Where(p => p.Acquisition != acquisition))
        {
            power.Acquisition = acquisition;
        }
    }

    private static void ApplyLinks(RooRegeling r, Arrangement a)
    {
        var wanted = r.LegalBases.Where(b => IsWebAddress(b.Url))
            .Select(b => (Title: ImportLookups.Limit(b.Title, LegalBasisLink.TitleMaxLength), Url: b.Url!, Kind: LinkKind.Regeling))
            .Concat(r.Publications.Where(IsWebAddress).Select(url => (Title: "Publicatie van de regeling", Url: url, Kind: LinkKind.Besluit)))
            .Where(l => l.Url.Length <= LegalBasisLink.UrlMaxLength)
            .DistinctBy(l => (l.Title, l.Url))
            .ToList();
        a.Links.RemoveAll(l => !wanted.Any(w => w.Title == l.Title && w.Url == l.Url));
        foreach (var link in wanted.Where(w => !a.Links.Any(l => l.Title == w.Title && l.Url == w.Url)))
        {
            a.Links.Add(new LegalBasisLink { Title = link.Title, Url = link.Url, Kind = link.Kind });
        }
    }

    /// <summary>New participants join; those that left the regeling are ended, not removed; one that returns is reopened.</summary>
    private static void ApplyMemberships(RooRegeling r, Arrangement a, ImportLookups lookups, DateOnly today, ImportReport report)
    {
        var present = new HashSet<Membership>();
        foreach (var participant in r.Participants)
        {
            var (municipality, organisation) = lookups.Resolve(participant, report, r.Title);
            var memberships = a.Memberships.Where(m => municipality is not null ? m.Municipality == municipality : m.Organisation == organisation).ToList();
            var membership = memberships.FirstOrDefault(m => m.LeaveDate is null || m.LeaveDate > today)
                ?? memberships.FirstOrDefault(m => participant.JoinDate is null || m.LeaveDate > participant.JoinDate);
            if (membership is not null && present.Contains(membership))
            {
                report.Notes.Add($"{r.Title}: {participant.Name} staat twee keer bij de deelnemers; één keer vastgelegd.");
                continue;
            }

            if (membership is null)
            {
                membership = new Membership { Municipality = municipality, Organisation = organisation };
                a.Memberships.Add(membership);
            }

            present.Add(membership);
            Set(membership.LeaveDate, null, v => membership.LeaveDate = v);
            Set(membership.JoinDate, participant.JoinDate ?? membership.JoinDate, v => membership.JoinDate = v);
            Set(membership.CostSharePercentage, participant.CostSharePercentage ?? membership.CostSharePercentage, v => membership.CostSharePercentage = v);
            Set(membership.GoverningBody, GoverningBodyOf(participant) ?? membership.GoverningBody, v => membership.GoverningBody = v);
        }

        foreach (var gone in a.Memberships.Where(m => !present.Contains(m) && (m.LeaveDate is null || m.LeaveDate > today)))
        {
            var leave = r.StartDate is { } start && start <= today ? start : today;
            gone.LeaveDate = Periods.EndOn(gone.JoinDate, leave);
        }
    }

    private static GoverningBody? GoverningBodyOf(RooParticipant participant) =>
        participant.GoverningBodies.Select(b => b.ToLowerInvariant()).Select(b =>
            b.Contains("raad", StringComparison.Ordinal) ? GoverningBody.Raad
            : b.Contains("college", StringComparison.Ordinal) ? GoverningBody.College
            : b.Contains("burgemeester", StringComparison.Ordinal) ? GoverningBody.Burgemeester
            : (GoverningBody?)null).FirstOrDefault(b => b is not null);

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Assigns only a different value, so an unchanged regeling leaves nothing to save or record.</summary>
    private static void Set<T>(T current, T value, Action<T> assign)
    {
        if (!EqualityComparer<T>.Default.Equals(current, value))
        {
            assign(value);
        }
    }

    [GeneratedRegex(@"\bcentrumregeling\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CentrumregelingTitle();
}
