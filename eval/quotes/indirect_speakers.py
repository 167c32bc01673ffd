#!/usr/bin/env python3
"""Indirect-speech speakers on PolNeAR train (tuning material; score_quotes.py does not score indirect speech).

usage: sitrep analyze ../shared/data/polnear/train/text --format jsonl > out.jsonl
       python3 eval/quotes/indirect_speakers.py out.jsonl [more.jsonl ...]
Prints: file, indirect quotes matched to an annotated attribution (content overlap >= half the quote), and how many
and what share of them have a speaker phrase (speaker_span) overlapping the attribution's annotated Source.
"""
import json,sys,os,glob
root=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'data', 'polnear', 'train')
gold={}
for f in glob.glob(root+'/attributions/*.ann'):
    name=os.path.basename(f)[:-4].rsplit('_',1)[0]
    T={};E=[]
    for l in open(f,encoding='utf-8'):
        p=l.rstrip('\n').split('\t')
        if len(p)<2: continue
        if p[0].startswith('T'):
            typ,*rng=p[1].split(' ')
            try: a=int(rng[0]); b=int(rng[-1].split(';')[-1])
            except: continue
            T[p[0]]=(typ,a,b)
        elif p[0].startswith('E'):
            d=dict(x.split(':',1) for x in p[1].split(' ')[1:] if ':' in x)
            E.append(d)
    gold[name]=[(T.get(d.get('Content')),T.get(d.get('Source'))) for d in E if d.get('Content') in T]
def ov(a,b,c,d): return max(0,min(b,d)-max(a,c))
def score(fn):
    n=ok=0
    for l in open(fn):
        d=json.loads(l); name=os.path.basename(d['document']['source'])
        name=name[:-4] if name.endswith('.txt') else name
        g=gold.get(name,[])
        for q in d['quotes']:
            if q['kind']!='indirect': continue
            best=None;bo=0
            for c,s in g:
                o=ov(q['start'],q['end'],c[1],c[2])
                if o>bo: bo, best = o,(c,s)
            if not best or bo < 0.5*(q['end']-q['start']): continue
            n+=1
            sp=q.get('speaker_span')
            s=best[1]
            if sp and s and ov(sp['start'],sp['end'],s[1],s[2])>0: ok+=1
    print(fn, n, ok, round(100*ok/max(n,1),2))
for fn in sys.argv[1:]: score(fn)
