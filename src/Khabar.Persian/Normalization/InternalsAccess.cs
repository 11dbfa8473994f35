using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Khabar.Persian.Tests")]
[assembly: InternalsVisibleTo("Khabar.Bench")]
