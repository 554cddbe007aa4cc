using System.Text.RegularExpressions;

namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>
/// A catalog task (by its code) that a regeling's data points to, with the evidence an administrator reads before
/// confirming it: "wettelijke grondslag: Wet publieke gezondheid", "beleidsterrein: …", "titel: …", "doel: …",
/// "bevoegdheid: …". Rules over the data only — legal bases by their BWBR id, policy-area labels and word stems in name,
/// purpose and powers — never lists of regelingen. Ported from the research probe (/work/notes/task_rules_probe.py) and
/// measured on the half export; decision 0021.
/// </summary>
public sealed partial record TaskSuggestion(string TaskCode, IReadOnlyList<string> Reasons)
{
    /// <summary>All the evidence in one line, the strongest first.</summary>
    public string Reason => string.Join("; ", Reasons);

    /// <summary>The tasks the regeling's data points to, in catalog order.</summary>
    public static IReadOnlyList<TaskSuggestion> For(RooRegeling regeling)
    {
        var view = new View(regeling);
        var strong = new Dictionary<string, List<Hit>>();
        var support = new Dictionary<string, List<Hit>>();
        var regionText = new Dictionary<string, List<Hit>>();
        foreach (var task in TaskRules.Catalog)
        {
            foreach (var rule in task.Rules)
            {
                if (Fire(rule, view) is not { } hit)
                {
                    continue;
                }

                var into = rule.Kind == RuleKind.RegionText ? regionText : rule.IsSupport ? support : strong;
                Add(into, task.Code, hit);
            }
        }

        var titleTasks = strong.Where(s => s.Value.Any(h => h.Kind == HitKind.Title)).Select(s => s.Key).ToHashSet();
        var region = RegionName().IsMatch(view.Name) && !titleTasks.Any(c => c != "REGIO");
        var result = strong.ToDictionary(s => s.Key, s => s.Value.ToList());
        if (region)
        {
            foreach (var (code, hits) in regionText)
            {
                AddRange(result, code, hits);
            }
        }

        // 1. Two supporting signals of different kinds, one of them a policy area or the name, make a suggestion.
        foreach (var task in TaskRules.Catalog.Where(t => !result.ContainsKey(t.Code) && !t.NoSupportCombination))
        {
            var hits = support.GetValueOrDefault(task.Code) ?? [];
            var kinds = hits.Select(h => h.Kind).ToHashSet();
            if (kinds.Count >= 2 && (kinds.Contains(HitKind.Area) || kinds.Contains(HitKind.Title)))
            {
                result[task.Code] = [.. hits];
            }
        }

        // 1b. A region whose purpose or powers name two or more agenda themes is a regional strategy body.
        if (region && !result.ContainsKey("REGIO"))
        {
            var themes = AgendaThemes.Where(t => t.Pattern.IsMatch(view.Text)).Select(t => t.Theme).ToList();
            if (themes.Count >= 2)
            {
                result["REGIO"] = [new Hit(HitKind.PurposeOrPower, $"doel/bevoegdheid: regionale agenda over {string.Join(", ", themes)}")];
            }
        }

        // 2. A veiligheidsregio cites the Wpg for infectious-disease preparation (art. 6, 8): public health only when its
        //    name or text itself names the GGD or public health care.
        if (result.TryGetValue("PG", out var health) && (result.ContainsKey("BRANDWEER") || result.ContainsKey("CRISIS"))
            && !health.Any(h => h.Kind is HitKind.Title or HitKind.Purpose or HitKind.Power))
        {
            result.Remove("PG");
        }

        // 3. A law-only suggestion yields to the tasks it is cited for (Jeugdwet and Wmo for Veilig Thuis or opvang).
        foreach (var task in TaskRules.Catalog.Where(t => t.Unless.Length > 0))
        {
            if (result.TryGetValue(task.Code, out var hits) && task.Unless.Any(result.ContainsKey) && hits.All(h => h.Kind == HitKind.Law))
            {
                result.Remove(task.Code);
            }
        }

        // 3b. Wmo wording about opvang or beschermd wonen belongs to that task, not to Wmo maatwerk in general.
        if (result.TryGetValue("WMO", out var wmo) && result.TryGetValue("BWMO", out var sheltered)
            && sheltered.Any(h => h.Kind is HitKind.Title or HitKind.Purpose) && !wmo.Any(h => WmoProper().IsMatch(h.Text)))
        {
            result.Remove("WMO");
        }

        // 4. A werkorganisatie found only by its boilerplate purpose yields to any sectoral task.
        if (result.TryGetValue("WERKORG", out var work) && !work.Any(h => h.Kind == HitKind.Title)
            && result.Keys.Any(c => c is not ("WERKORG" or "BEDRIJFSVOERING" or "ICT")))
        {
            result.Remove("WERKORG");
        }

        if (result.ContainsKey("WERKORG") && titleTasks.Contains("BEDRIJFSVOERING") && !titleTasks.Contains("WERKORG"))
        {
            result.Remove("WERKORG");
        }

        // 5. A suggestion from the title alone is dropped when the purpose points to other tasks and not to this one: a
        //    title can name another body ("Centrumregeling … Dienst Sociale Zaken …" is about ICT for that Dienst).
        if (view.Purpose.Length > 0)
        {
            var purposeTasks = result.Concat(support).Where(s => s.Value.Any(h => h.Kind is HitKind.Purpose or HitKind.PurposeOrPower))
                .Select(s => s.Key).ToHashSet();
            foreach (var (code, hits) in result.ToList())
            {
                if (hits.All(h => h.Kind is HitKind.Title or HitKind.Area) && purposeTasks.Any(c => c != code) && !purposeTasks.Contains(code))
                {
                    result.Remove(code);
                }
            }
        }

        // 5b. A cross-border body lists fields of cooperation in its articles: themes, not tasks placed there.
        if (result.TryGetValue("REGIO", out var regional) && regional.Any(h => h.Text.Contains("grensoverschrijdend", StringComparison.Ordinal)))
        {
            foreach (var (code, hits) in result.ToList())
            {
                if (code != "REGIO" && hits.All(h => h.Kind == HitKind.Power))
                {
                    result.Remove(code);
                }
            }
        }

        // 5c. "Grensoverschrijdend" says where, not what: with a sectoral task it is no regional strategy body.
        if (result.TryGetValue("REGIO", out var crossBorder) && crossBorder.All(h => h.Text.Contains("grensoverschrijdend", StringComparison.Ordinal))
            && result.Keys.Any(c => c is not ("REGIO" or "ECONOMIE" or "RO")))
        {
            result.Remove("REGIO");
        }

        // 5d. The sociale werkvoorziening is a task of its own: the Wsw (art. 2) gives work under adapted conditions to those
        //     indicated for it, the re-integration of everyone else is the Participatiewet's (art. 7, eerste lid, onder a).
        //     A body whose purpose or powers name the Wsw describes that work in words re-integration also uses
        //     ("arbeidsinschakeling van daartoe geïndiceerde personen op grond van de Wsw", "afstand tot de arbeidsmarkt"):
        //     it gets WSW, and re-integration only when it names the Participatiewet or re-integration in its own words.
        if (result.ContainsKey("WSW") && result.ContainsKey("REINTEGRATIE") && view.Find(WswNamed(), purposeOnly: false) is not null
            && !view.Laws.Contains("participatiewet") && view.Find(ParticipatiewetNamed(), purposeOnly: false) is null
            && view.Find(ReintegrationInItsOwnWords(), purposeOnly: false) is null && !ReintegrationInItsOwnWords().IsMatch(view.Name))
        {
            result.Remove("REINTEGRATIE");
        }

        // 6. Supporting signals are shown with the suggestion they support.
        foreach (var (code, hits) in result)
        {
            hits.AddRange((support.GetValueOrDefault(code) ?? []).Where(h => !hits.Contains(h)));
        }

        // 7. A body named "Regio …" or "… Regio" without any other task: its name is the signal.
        if (result.Count == 0 && RegionHead().IsMatch(regeling.Title.ToLowerInvariant()))
        {
            result["REGIO"] = [new Hit(HitKind.Title, "titel: “regio” zonder sectorale aanduiding en zonder andere taak")];
        }

        if (result.TryGetValue("ECONOMIE", out var economy) && !region
            && !economy.Any(h => h.Kind is HitKind.Title or HitKind.Purpose or HitKind.Power or HitKind.PurposeOrPower))
        {
            result.Remove("ECONOMIE");
        }

        return TaskRules.Catalog.Where(t => result.ContainsKey(t.Code))
            .Select(t => new TaskSuggestion(t.Code, result[t.Code].Select(h => h.Text).Distinct().ToList()))
            .ToList();
    }

    private static void Add(Dictionary<string, List<Hit>> into, string code, Hit hit)
    {
        if (!into.TryGetValue(code, out var hits))
        {
            into[code] = hits = [];
        }

        hits.Add(hit);
    }

    private static void AddRange(Dictionary<string, List<Hit>> into, string code, IEnumerable<Hit> hits)
    {
        foreach (var hit in hits)
        {
            Add(into, code, hit);
        }
    }

    private static Hit? Fire(Rule rule, View view)
    {
        switch (rule.Kind)
        {
            case RuleKind.Law:
                return view.Laws.Contains(rule.Pattern) ? new Hit(HitKind.Law, $"wettelijke grondslag: {rule.Label}") : null;
            case RuleKind.Area:
                return view.Areas.Contains(rule.Pattern) ? new Hit(HitKind.Area, $"beleidsterrein: {rule.Pattern}") : null;
            case RuleKind.Name:
                var match = rule.Regex!.Match(view.Name);
                return match.Success ? new Hit(HitKind.Title, $"titel: “{match.Value.Trim()}” ({rule.Label})") : null;
            default:
                var found = view.Find(rule.Regex!, purposeOnly: rule.Kind == RuleKind.PurposeText);
                return found is { } f ? new Hit(f.InPurpose ? HitKind.Purpose : HitKind.Power, $"{(f.InPurpose ? "doel" : "bevoegdheid")}: “…{f.Snippet}…”") : null;
        }
    }

    private static readonly (string Theme, Regex Pattern)[] AgendaThemes =
    [
        ("economie", new(@"econom", RegexOptions.CultureInvariant)), ("wonen", new(@"wonen|woning|huisvest", RegexOptions.CultureInvariant)),
        ("mobiliteit", new(@"mobiliteit|bereikbaar|verkeer", RegexOptions.CultureInvariant)), ("ruimte", new(@"ruimtelijk|ruimte en", RegexOptions.CultureInvariant)),
        ("duurzaamheid", new(@"duurzaam|energie|klimaat", RegexOptions.CultureInvariant)),
        ("arbeidsmarkt en onderwijs", new(@"arbeidsmarkt|onderwijs", RegexOptions.CultureInvariant)),
        ("toerisme en recreatie", new(@"toeris|recreat", RegexOptions.CultureInvariant)),
    ];

    [GeneratedRegex(@"(^|[^a-z])(stads|metropool|eu)?regio([^a-z]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex RegionName();

    [GeneratedRegex(@"(?<!in de )(?<!in het )\b(stads|metropool|eu)?regio\b", RegexOptions.CultureInvariant)]
    private static partial Regex RegionHead();

    [GeneratedRegex(@"huishoud|hulpmiddel|begeleiding|dagbesteding|woningaanpass|inkoop|contract", RegexOptions.CultureInvariant)]
    private static partial Regex WmoProper();

    [GeneratedRegex(@"sociale werkvoorziening|\bwsw\b", RegexOptions.CultureInvariant)]
    private static partial Regex WswNamed();

    [GeneratedRegex(@"participatiewet|wet werk en bijstand|\bpw\b|\bwwb\b", RegexOptions.CultureInvariant)]
    private static partial Regex ParticipatiewetNamed();

    /// <summary>Re-integration named as such ("re-integratie", "reïntegreren", a "traject" that leads to work), not in words the Wsw shares.</summary>
    [GeneratedRegex(@"re-?integr|reïntegr|werkgeversservicepunt|\btraject\w*\W+(\w+\W+){0,8}?(naar|tot)\W+(\(?gesubsidieerde\)?\W+)?(arbeid|werk)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReintegrationInItsOwnWords();

    [GeneratedRegex(@"(uitgezonderd|met uitzondering van|uitgesloten|uitdrukkelijk niet|behoort niet|vallen niet|geen|voormalige)\W+(\w+\W+){0,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    private enum HitKind
    {
        Law,
        Area,
        Title,
        Purpose,
        Power,
        PurposeOrPower,
    }

    private sealed record Hit(HitKind Kind, string Text);

    /// <summary>The regeling as the rules read it: lower case, names together, purpose and powers apart, laws by key.</summary>
    private sealed class View
    {
        public View(RooRegeling r)
        {
            Name = Lower(string.Join(' ', new[] { r.Title, r.CitationTitle, r.BodyName }.Where(s => !string.IsNullOrEmpty(s))));
            Purpose = Lower(r.Purpose ?? "");
            Powers = Lower(string.Join(' ', r.Powers.Select(p => $"{p.Heading} {p.Text}")));
            Text = $"{Purpose} {Powers}";
            Areas = r.PolicyAreas.Select(Lower).ToHashSet();
            Laws = r.LegalBases.Select(b => TaskRules.LawKey(b.Title, b.Url)).ToHashSet();
        }

        public string Name { get; }

        public string Purpose { get; }

        public string Powers { get; }

        public string Text { get; }

        public HashSet<string> Areas { get; }

        public HashSet<string> Laws { get; }

        /// <summary>The first match in the purpose (then the powers) that no negation just before it cancels, with ±40 characters.</summary>
        public (bool InPurpose, string Snippet)? Find(Regex pattern, bool purposeOnly)
        {
            foreach (var (inPurpose, text) in purposeOnly ? [(true, Purpose)] : new[] { (true, Purpose), (false, Powers) })
            {
                for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
                {
                    var before = text[Math.Max(0, match.Index - 70)..match.Index];
                    if (Negation().IsMatch(before))
                    {
                        continue;
                    }

                    var start = Math.Max(0, match.Index - 40);
                    var end = Math.Min(text.Length, match.Index + match.Length + 40);
                    return (inPurpose, text[start..end].Trim());
                }
            }

            return null;
        }

        private static string Lower(string text) => text.Replace("&rsquo;", "’", StringComparison.Ordinal).ToLowerInvariant();
    }
}
