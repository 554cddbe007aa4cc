using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>
/// Copies what the national register knows onto an arrangement. What it does not know — a confirmed goal level,
/// tasks, finances, risks, representatives, links of other kinds — is left alone, so it survives every re-import.
/// </summary>
internal static class RooMapping
{
    /// <summary>The kinds of link the import writes; links of other kinds were added by an administrator.</summary>
    private static readonly LinkKind[] ImportedLinkKinds = [LinkKind.Regeling, LinkKind.WettelijkeGrondslag, LinkKind.Besluit];

    public static void Apply(RooRegeling r, Arrangement a, VersionChain chain, RooExport export, ImportLookups lookups, DateOnly today, ImportReport report)
    {
        var isNew = a.Id == 0;
        Set(a.Name, ImportLookups.Limit(r.Title, Arrangement.NameMaxLength), v => a.Name = v);
        Set(a.Purpose, r.Purpose is null ? null : ImportLookups.Limit(r.Purpose, Arrangement.TextMaxLength), v => a.Purpose = v);
        Set(a.NationalRegisterId, r.SystemId, v => a.NationalRegisterId = v);
        Set(a.NationalRegisterVersion, r.StartDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), v => a.NationalRegisterVersion = v);
        Set(a.EndDate, null, v => a.EndDate = v);
        if (a.StartDate is null && chain.FirstStart is { } firstStart)
        {
            a.StartDate = firstStart;
        }

        foreach (var problem in chain.Problems)
        {
            report.Notes.Add($"{r.Title} ({r.SystemId}): {problem}");
        }

        ApplyAddress(r, a, export, report);
        ApplyForm(r, a, export, lookups, report);
        ApplyPolicyAreas(r, a, lookups);
        ApplyPowers(r, a);
        ApplyLinks(r, a);
        ApplyVersions(chain, a);
        ApplyMemberships(r, a, lookups, today, report);

        if (isNew || a.GoalLevelIsSuggestion)
        {
            var suggestion = GoalLevelSuggestion.For(r);
            Set(a.GoalLevel, suggestion.GoalLevel, v => a.GoalLevel = v);
            Set(a.GoalLevelReason, suggestion.Reason, v => a.GoalLevelReason = v);
            Set(a.GoalLevelIsSuggestion, true, v => a.GoalLevelIsSuggestion = v);
        }
    }

    /// <summary>The seat (vestigingsplaats, Wgr art. 27) and address: the regeling's own, else those of the body it set up.</summary>
    private static void ApplyAddress(RooRegeling r, Arrangement a, RooExport export, ImportReport report)
    {
        var addresses = export.AddressesOf(r);
        if (RooAddress.Best(addresses) is not { } address)
        {
            return;
        }

        Set(a.Address, ImportLookups.Limit(address.Text, Arrangement.AddressMaxLength), v => a.Address = v);
        if (address.Place is { } place)
        {
            Set(a.Seat, ImportLookups.Limit(place, Arrangement.SeatMaxLength), v => a.Seat = v);
        }
        else
        {
            report.Notes.Add($"{r.Title} ({r.SystemId}): het adres '{address.Text}' noemt geen woonplaats; de vestigingsplaats is niet overgenomen.");
        }
    }

    /// <summary>A centrumregeling is registered as RZM: its title says what it is, its bronhouder which municipality is the centre.</summary>
    private static void ApplyForm(RooRegeling r, Arrangement a, RooExport export, ImportLookups lookups, ImportReport report)
    {
        var form = RooForms.CrossBorderForm(r, export.AddressesOf(r)) ?? RooForms.WgrForm(r.FormCode);
        Municipality? centre = null;
        if (form is LegalForm.RegelingZonderMeer or LegalForm.Centrumregeling && RooForms.IsCentrumregeling(r))
        {
            var holder = RooParticipant.CodeOf(r.SourceHolderIdentifier);
            centre = r.Participants.Any(p => p.TooiCode == holder) ? lookups.Municipality(holder) : null;
            if (centre is null)
            {
                report.Notes.Add($"{r.Title} ({r.SystemId}): centrumregeling zonder deelnemende centrumgemeente als bronhouder; vastgelegd als regeling zonder meer.");
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

    /// <summary>The export says how powers were obtained for the regeling as a whole, not per power: so it is kept.</summary>
    private static void ApplyPowers(RooRegeling r, Arrangement a)
    {
        var acquisitions = r.Acquisitions
            .Select(text => Enum.TryParse<PowerAcquisition>(text, ignoreCase: true, out var value) ? value : (PowerAcquisition?)null)
            .OfType<PowerAcquisition>().Distinct().Order().ToList();
        if (!acquisitions.SequenceEqual(a.PowerAcquisitions))
        {
            a.PowerAcquisitions = acquisitions;
        }

        var wanted = r.Powers
            .Select(p => ImportLookups.Limit(p.Heading is null ? p.Text : $"{p.Heading}: {p.Text}", TransferredPower.DescriptionMaxLength))
            .Distinct().ToList();
        a.Powers.RemoveAll(p => !wanted.Contains(p.Description));
        foreach (var description in wanted.Where(d => a.Powers.All(p => p.Description != d)))
        {
            a.Powers.Add(new TransferredPower { Description = description });
        }
    }

    /// <summary>The published text of the regeling, the laws it rests on; links an administrator added of other kinds stay.</summary>
    private static void ApplyLinks(RooRegeling r, Arrangement a)
    {
        var wanted = r.Publications.Where(IsWebAddress).Select(url => (Title: RooPublications.TitleOf(url), Url: url, Kind: RooPublications.KindOf(url)))
            .Concat(r.LegalBases.Where(b => IsWebAddress(b.Url))
                .Select(b => (Title: ImportLookups.Limit(b.Title, LegalBasisLink.TitleMaxLength), Url: b.Url!, Kind: LinkKind.WettelijkeGrondslag)))
            .Where(l => l.Url.Length <= LegalBasisLink.UrlMaxLength)
            .DistinctBy(l => (l.Title, l.Url))
            .ToList();
        a.Links.RemoveAll(l => ImportedLinkKinds.Contains(l.Kind) && !wanted.Any(w => w.Title == l.Title && w.Url == l.Url && w.Kind == l.Kind));
        foreach (var link in wanted.Where(w => !a.Links.Any(l => l.Title == w.Title && l.Url == w.Url && l.Kind == w.Kind)))
        {
            a.Links.Add(new LegalBasisLink { Title = link.Title, Url = link.Url, Kind = link.Kind });
        }
    }

    private static void ApplyVersions(VersionChain chain, Arrangement a)
    {
        // A stored version the chain still names stays, even when this file does not hold it.
        var ids = chain.Ids.ToHashSet();
        a.Versions.RemoveAll(v => !ids.Contains(v.NationalRegisterId));
        foreach (var version in chain.Versions)
        {
            var entity = a.Versions.FirstOrDefault(v => v.NationalRegisterId == version.SystemId);
            if (entity is null)
            {
                entity = new ArrangementVersion { NationalRegisterId = version.SystemId, Title = "" };
                a.Versions.Add(entity);
            }

            // A version that ends before it starts (a data error) keeps its start; the database requires end > start.
            var end = version.EndDate is { } e && (version.StartDate is null || e > version.StartDate) ? e : (DateOnly?)null;
            Set(entity.Title, ImportLookups.Limit(version.Title, ArrangementVersion.TitleMaxLength), v => entity.Title = v);
            Set(entity.StartDate, version.StartDate, v => entity.StartDate = v);
            Set(entity.EndDate, end, v => entity.EndDate = v);
            Set(entity.PublicationUrl, RooPublications.Preferred(version.Publications.Where(IsWebAddress)), v => entity.PublicationUrl = v);
        }
    }

    /// <summary>
    /// New participants join; those that left the regeling are ended, not removed; one that returns is reopened. A
    /// municipality that merged is kept until its merger, and its successor counted from then, marked as such.
    /// </summary>
    private static void ApplyMemberships(RooRegeling r, Arrangement a, ImportLookups lookups, DateOnly today, ImportReport report)
    {
        var present = new HashSet<Membership>();
        var listedMunicipalities = r.Participants.Select(p => p.TooiKind == "gemeente" ? lookups.Municipality(p.TooiCode) : null).OfType<Municipality>().ToHashSet();
        foreach (var participant in r.Participants)
        {
            var (municipality, organisation) = lookups.Resolve(participant, report, r.Title);
            var bodies = Bodies(participant, r, report);
            if (municipality is { ValidTo: { } merged } && merged <= today)
            {
                var successor = Successor(municipality, today);
                report.FormerMunicipalities.Add($"{municipality.Code} {municipality.Name} (in {r.Title})" +
                    (successor is null ? "" : $": opgegaan in {successor.Name}, dat als deelnemer telt"));
                if (participant.JoinDate is null || participant.JoinDate < merged)
                {
                    Join(a, municipality, null, null, participant.JoinDate, merged, participant, bodies, present, r, today, report);
                }

                if (successor is not null && !listedMunicipalities.Contains(successor))
                {
                    var join = participant.JoinDate is { } joined && joined > merged ? joined : merged;
                    Join(a, successor, null, municipality, join, null, participant, bodies, present, r, today, report);
                }

                continue;
            }

            Join(a, municipality, organisation, null, participant.JoinDate, null, participant, bodies, present, r, today, report);
        }

        foreach (var gone in a.Memberships.Where(m => !present.Contains(m) && (m.LeaveDate is null || m.LeaveDate > today)))
        {
            var leave = r.StartDate is { } start && start <= today ? start : today;
            gone.LeaveDate = Periods.EndOn(gone.JoinDate, leave);
        }
    }

    private static void Join(
        Arrangement a, Municipality? municipality, Organisation? organisation, Municipality? namedAs, DateOnly? join, DateOnly? leave,
        RooParticipant participant, List<GoverningBody> bodies, HashSet<Membership> present, RooRegeling r, DateOnly today, ImportReport report)
    {
        var memberships = a.Memberships.Where(m => municipality is not null ? m.Municipality == municipality : m.Organisation == organisation).ToList();
        var membership = memberships.FirstOrDefault(m => m.LeaveDate is null || m.LeaveDate > today)
            ?? memberships.FirstOrDefault(m => join is null || m.LeaveDate > join);
        if (membership is not null && present.Contains(membership))
        {
            if (namedAs is null)
            {
                report.Notes.Add($"{r.Title}: {participant.Name} staat twee keer bij de deelnemers; één keer vastgelegd.");
            }

            return;
        }

        if (membership is null)
        {
            membership = new Membership { Municipality = municipality, Organisation = organisation };
            a.Memberships.Add(membership);
        }

        present.Add(membership);
        Set(membership.JoinDate, join ?? membership.JoinDate, v => membership.JoinDate = v);
        Set(membership.LeaveDate, leave is null ? null : Periods.EndOn(membership.JoinDate, leave.Value), v => membership.LeaveDate = v);
        Set(membership.CostSharePercentage, participant.CostSharePercentage ?? membership.CostSharePercentage, v => membership.CostSharePercentage = v);
        if (membership.FormerMunicipality != namedAs)
        {
            membership.FormerMunicipality = namedAs;
        }

        if (bodies.Count > 0 && !bodies.SequenceEqual(membership.GoverningBodies))
        {
            membership.GoverningBodies = bodies;
        }

        membership.SuggestInterests(a.LegalForm);
    }

    /// <summary>The municipality that exists today after one or more mergers; null when the register does not know it.</summary>
    private static Municipality? Successor(Municipality municipality, DateOnly today)
    {
        var current = municipality.Successor;
        for (var steps = 0; current is not null && current.ValidTo is { } end && end <= today && steps < 10; steps++)
        {
            current = current.Successor;
        }

        return current is { ValidTo: null } || current?.ValidTo > today ? current : null;
    }

    private static List<GoverningBody> Bodies(RooParticipant participant, RooRegeling r, ImportReport report)
    {
        var bodies = new List<GoverningBody>();
        foreach (var name in participant.GoverningBodies)
        {
            if (RooBodies.Parse(name) is { } body)
            {
                bodies.Add(body);
            }
            else
            {
                report.Notes.Add($"{r.Title} ({r.SystemId}): {participant.Name} neemt deel met '{name}', een bestuursorgaan dat het register niet kent; niet overgenomen.");
            }
        }

        return bodies.Distinct().Order().ToList();
    }

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
}
