using System.Text;
using QRCoder;

namespace Samenwerking.Web.Features.Account;

/// <summary>
/// What an authenticator app needs to make codes for this account: the key as text (to type) and as an otpauth address
/// (to scan, drawn as a QR code in SVG on the server; no image request and no script).
/// </summary>
public sealed record AuthenticatorSetup(string Key, string Uri, string QrSvg)
{
    public const string Issuer = "Samenwerking";

    public static AuthenticatorSetup For(string email, string key)
    {
        var uri = $"otpauth://totp/{System.Uri.EscapeDataString($"{Issuer}:{email}")}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        using var code = new SvgQRCode(data);
        var svg = code.GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        return new AuthenticatorSetup(InGroups(key), uri, svg);
    }

    /// <summary>The key in groups of four, lower case, as apps accept it typed.</summary>
    private static string InGroups(string key)
    {
        var groups = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            groups.Append(groups.Length > 0 ? " " : "").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return groups.ToString().ToLowerInvariant();
    }
}
