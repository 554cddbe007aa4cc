using Samenwerking.Web.Features.Maps;

namespace Samenwerking.Web.Features.Tasks;

/// <summary>
/// The task's map: every municipality coloured by the arrangement it placed the task in, each arrangement its own
/// colour and bordering arrangements different ones (<see cref="RegionColours"/>); a suggested placement striped; who
/// keeps the task dark grey, who has nothing registered light grey. Class 0 is "nothing", 1 "kept", and from 2 on
/// the task's arrangement groups in the order of <see cref="TaskDetail.Arrangements"/>, so the page's table can show
/// each group's swatch.
/// </summary>
public static class TaskMap
{
    public const string KeptColour = "#3d3d3d";

    /// <summary>The map class of the group at this index of <see cref="TaskDetail.Arrangements"/>.</summary>
    public static int ClassOfGroup(int index) => index + 2;

    /// <summary>
    /// A municipality in several arrangements for the task shows the first that applies: a confirmed arrangement (the
    /// one most municipalities placed the task in), keeping it itself, then a suggested arrangement.
    /// </summary>
    public static MapShading Shading(TaskDetail task, string title, IReadOnlyDictionary<string, IReadOnlySet<string>>? neighbours)
    {
        var classOf = new Dictionary<string, int>(StringComparer.Ordinal);
        void Assign(IEnumerable<MunicipalityRef> municipalities, int mapClass)
        {
            foreach (var municipality in municipalities)
            {
                classOf.TryAdd(municipality.Code, mapClass);
            }
        }

        var groups = task.Arrangements;
        for (var i = 0; i < groups.Count; i++)
        {
            if (!groups[i].IsSuggestion)
            {
                Assign(groups[i].Municipalities, ClassOfGroup(i));
            }
        }

        Assign(task.KeptThemselves, 1);
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].IsSuggestion)
            {
                Assign(groups[i].Municipalities, ClassOfGroup(i));
            }
        }

        // Coloured by arrangement: its confirmed and its suggested municipalities share the colour.
        var regionOf = classOf.Where(c => c.Value >= 2).ToDictionary(c => c.Key, c => groups[c.Value - 2].ArrangementId, StringComparer.Ordinal);
        var colours = RegionColours.Assign(regionOf, neighbours ?? new Dictionary<string, IReadOnlySet<string>>());
        var classes = new List<MapClass>
        {
            new("Niets geregistreerd", MapShading.Neutral),
            new("Voert de taak zelf uit", KeptColour),
        };
        classes.AddRange(groups.Select(g =>
        {
            var colour = RegionColours.Palette[colours.GetValueOrDefault(g.ArrangementId)];
            var text = g.IsSuggestion ? $"{g.ArrangementName} (voorgesteld)" : g.ArrangementName;
            return new MapClass(text, colour, g.IsSuggestion, text);
        }));
        return new MapShading(title, classes, classOf);
    }
}
