using SiteGen.Cli;

HeapPages.Request();
return new CommandLine().Run(args);
