using System.Globalization;
using System.Net;
using System.Text;

namespace Samenwerking.Web.Features.Maps;

/// <summary>Draws the map as one SVG document: a path per municipality, filled by its class, named by a title.</summary>
public static class SvgMap
{
    public static string Render(MapGeometry geometry, MapShading shading, bool standalone = false)
    {
        var svg = new StringBuilder(geometry.Areas.Sum(a => a.Path.Length) + geometry.Areas.Count * 120);
        svg.Append("<svg ");
        if (standalone)
        {
            svg.Append("xmlns=\"http://www.w3.org/2000/svg\" ");
        }

        svg.Append(CultureInfo.InvariantCulture, $"viewBox=\"0 0 {MapGeometry.Width} {geometry.Height}\" class=\"municipality-map\" role=\"img\" aria-label=\"{Encode(shading.Title)}\">");
        svg.Append("<title>").Append(Encode(shading.Title)).Append("</title>");
        // A hatched class (a suggestion) is its colour striped with white: a pattern per class, named by its index.
        if (shading.Classes.Any(c => c.Hatched))
        {
            svg.Append("<defs>");
            for (var i = 0; i < shading.Classes.Count; i++)
            {
                if (shading.Classes[i].Hatched)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<pattern id=\"{PatternId(i)}\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                        .Append("<rect width=\"5\" height=\"5\" fill=\"").Append(shading.Classes[i].Colour).Append("\"/><rect width=\"2\" height=\"5\" fill=\"#fff\"/></pattern>");
                }
            }

            svg.Append("</defs>");
        }

        foreach (var area in geometry.Areas)
        {
            var index = shading.ClassOf.GetValueOrDefault(area.Code);
            var mapClass = shading.Classes[index];
            svg.Append("<path d=\"").Append(area.Path).Append("\" fill=\"").Append(mapClass.Hatched ? $"url(#{PatternId(index)})" : mapClass.Colour)
                .Append("\" data-code=\"").Append(Encode(area.Code)).Append("\" data-class=\"").Append(index.ToString(CultureInfo.InvariantCulture))
                .Append("\"><title>").Append(Encode(area.Name)).Append(": ").Append(Encode(mapClass.AreaText ?? mapClass.Label.ToLowerInvariant())).Append("</title></path>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string PatternId(int index) => string.Create(CultureInfo.InvariantCulture, $"arcering-{index}");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
