using System.Xml;
using System.Xml.Linq;
using Samenwerking.Testing;

namespace Samenwerking.Benchmarks;

/// <summary>
/// A national export of at least the real size, written from the half export: its regelingen copied under new ids
/// (with their version chains and the bodies they set up, so seats resolve as in the real file) and its organisations
/// repeated until the file is as large as the real one (38 MB). Two copies of the half make 1,142 regeling versions,
/// the whole register has 1,186; twenty make a register ten times the national size with the real data's shape.
/// </summary>
internal static class NationalExport
{
    private const long RealExportBytes = 38L * 1024 * 1024;

    public static (int Versions, int Participants) Write(string target, int copies)
    {
        var root = XElement.Load(SharedData.PathOf("roo/national-half-exportOO.xml"));
        var ns = root.Name.Namespace;
        var organisations = root.Element(ns + "organisaties")!.Elements().ToList();
        var regelingen = root.Element(ns + "gemeenschappelijkeRegelingen")!.Elements().ToList();
        var versions = 0;
        var participants = 0;

        using var writer = XmlWriter.Create(target, new XmlWriterSettings { Indent = true });
        writer.WriteStartElement("p", "overheidsorganisaties", ns.NamespaceName);
        // As in the real export, the organisations come first: each copy's bodies under the copy's ids, then
        // the organisations again until the file has the real size.
        writer.WriteStartElement("p", "organisaties", ns.NamespaceName);
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var organisation in organisations)
            {
                var clone = new XElement(organisation);
                if (clone.Attribute(ns + "systeemId") is { } id)
                {
                    id.Value = Copied(id.Value, copy);
                }

                clone.WriteTo(writer);
            }
        }

        writer.Flush();
        var regelingenBytes = regelingen.Sum(r => (long)r.ToString().Length) * copies;
        while (new FileInfo(target).Length < RealExportBytes - regelingenBytes)
        {
            foreach (var organisation in organisations)
            {
                organisation.WriteTo(writer);
            }

            writer.Flush();
        }

        writer.WriteEndElement();
        writer.WriteStartElement("p", "gemeenschappelijkeRegelingen", ns.NamespaceName);
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var regeling in regelingen)
            {
                var clone = new XElement(regeling);
                foreach (var id in clone.DescendantsAndSelf()
                    .Where(e => e.Name.LocalName is "regeling" or "previousVersion" or "nextVersion" or "regionaalSamenwerkingsorgaan")
                    .Select(e => e.Attribute(ns + "systeemId")).OfType<XAttribute>())
                {
                    id.Value = Copied(id.Value, copy);
                }

                clone.Element(ns + "titel")!.Value += copy == 0 ? "" : $" ({copy + 1})";
                clone.WriteTo(writer);
                versions++;
                participants += clone.Descendants(ns + "deelnemendeOrganisatie").Count();
            }
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        return (versions, participants);
    }

    /// <summary>The first copy keeps the real ids (so seeded veiligheidsregio's link); later copies get a prefix.</summary>
    private static string Copied(string id, int copy) => copy == 0 ? id : $"{copy + 1}{id}";
}
