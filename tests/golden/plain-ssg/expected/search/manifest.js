qafSearch.manifest({"docs":3,"frameworks":[],"groups":[[-1,0,0]],"kinds":[["page","Page"]],"terms":[""],"version":1});
