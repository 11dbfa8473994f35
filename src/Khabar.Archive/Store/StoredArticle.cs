using Khabar.Model;

namespace Khabar.Archive.Store;

/// <summary>An article as the archive keeps it: its archive id, change sequence, identity and content hash.</summary>
public sealed record StoredArticle(long Id, long Sequence, string Identity, string ContentHash, Article Article);
