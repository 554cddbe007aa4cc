using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace Samenwerking.Web.Features.Maps;

/// <summary>Draws the map as one SVG document: a path per municipality, filled by its class, named by a title.</summary>
public static class SvgMap
{
    /// <summary>The map inside a page. For pages rendered statically only: the pieces are not whole elements, and an interactive renderer would insert each on its own.</summary>
    public static RenderFragment Fragment(MapGeometry geometry, MapShading shading) => builder =>
    {
        foreach (var piece in Pieces(geometry, shading))
        {
            builder.AddMarkupContent(0, piece);
        }
    };

    /// <summary>The map as an SVG file, written into the response piece by piece.</summary>
    public static IResult File(MapGeometry geometry, MapShading shading) => new SvgFile(geometry, shading);

    /// <summary>
    /// The map in the pieces it is written in, in order (a piece is not always a whole element): written one by one into
    /// a page or a response, so that no page or download holds the whole map as one string (a large object of some
    /// 180 KB for the builder's buffer and another for the string, which made the runtime collect its oldest generation
    /// in the background a third of the time while SVG downloads were served).
    /// </summary>
    public static IEnumerable<string> Pieces(MapGeometry geometry, MapShading shading, bool standalone = false)
    {
        yield return standalone ? "<svg xmlns=\"http://www.w3.org/2000/svg\" " : "<svg ";
        yield return string.Create(CultureInfo.InvariantCulture, $"viewBox=\"0 0 {MapGeometry.Width} {geometry.Height}\" class=\"municipality-map\" role=\"img\" aria-label=\"{Encode(shading.Title)}\">");
        yield return $"<title>{Encode(shading.Title)}</title>";
        // A hatched class (a suggestion) is its colour striped with white: a pattern per class, named by its index.
        if (shading.Classes.Any(c => c.Hatched))
        {
            yield return "<defs>";
            for (var i = 0; i < shading.Classes.Count; i++)
            {
                if (shading.Classes[i].Hatched)
                {
                    yield return $"<pattern id=\"{PatternId(i)}\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                        + $"<rect width=\"5\" height=\"5\" fill=\"{shading.Classes[i].Colour}\"/><rect width=\"2\" height=\"5\" fill=\"#fff\"/></pattern>";
                }
            }

            yield return "</defs>";
        }

        foreach (var area in geometry.Areas)
        {
            var index = shading.ClassOf.GetValueOrDefault(area.Code);
            var mapClass = shading.Classes[index];
            yield return "<path d=\"";
            yield return area.Path;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"\" fill=\"{(mapClass.Hatched ? $"url(#{PatternId(index)})" : mapClass.Colour)}\" data-code=\"{Encode(area.Code)}\" data-class=\"{index}\"><title>{Encode(area.Name)}: {Encode(mapClass.AreaText ?? mapClass.Label.ToLowerInvariant())}</title></path>");
        }

        yield return "</svg>";
    }

    private static string PatternId(int index) => string.Create(CultureInfo.InvariantCulture, $"arcering-{index}");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private sealed class SvgFile(MapGeometry geometry, MapShading shading) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = "image/svg+xml; charset=utf-8";
            // Buffers the pieces in a buffer from the array pool and writes it on when full.
            await using var writer = new HttpResponseStreamWriter(httpContext.Response.Body, Encoding.UTF8);
            foreach (var piece in Pieces(geometry, shading, standalone: true))
            {
                await writer.WriteAsync(piece);
            }
        }
    }
}
