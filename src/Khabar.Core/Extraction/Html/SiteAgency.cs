namespace Khabar.Extraction.Html;

/// <summary>The agency that runs a site, from its host name (<c>www.isna.ir</c> → isna) or its OpenGraph site name.</summary>
internal static class SiteAgency
{
    /// <summary>The agency, or null for a site Khabar does not know.</summary>
    public static Agency? Find(string? url, string? siteName)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            var label = host.Split('.')[0].ToLowerInvariant();
            var byHost = Agencies.All.FirstOrDefault(a => label == a.Id || (label.StartsWith(a.Id, StringComparison.Ordinal) && label.Length - a.Id.Length <= 6));
            if (byHost is not null)
            {
                return byHost;
            }
        }

        return siteName is null ? null : Agencies.Find(siteName);
    }
}
