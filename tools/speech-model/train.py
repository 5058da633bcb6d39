"""Fits the speech/music model on the inputs build-training-set.ts recorded; reports on the accuracy
suite's files (never trained on). Usage: train.py HIDDEN ITERATIONS OUT.pkl (numpy only, seeded).
The frames' hop is the detector's default (HOP_SECONDS, 20 ms); set HOP_SECONDS in the environment
for inputs recorded at another hop."""
import sys, pickle, glob, json, os
import numpy as np

HOP = float(os.environ.get('HOP_SECONDS', '0.02'))
# SpeechLikelihood's INPUT_COUNT: 3 × 20 frame cues + the level's spread + level and flux before and after.
INPUTS = 65

def labels_mask(m,nfr,hop_s=HOP):
    t=(np.arange(nfr)+0.5)*hop_s
    mask=np.zeros(nfr,bool)
    for l in m['labels']: mask|=(t>=l['startSeconds'])&(t<l['endSeconds'])
    return mask
def f1(mask,det):
    tp=(mask&det).sum(); fp=(~mask&det).sum(); fn=(mask&~det).sum()
    return 2*tp/(2*tp+fp+fn)
def regions_from(det,hop_s=HOP):
    r=[];i=0;n=len(det)
    while i<n:
        if det[i]:
            j=i
            while j<n and det[j]: j+=1
            r.append((i*hop_s,j*hop_s)); i=j
        else: i+=1
    return r
def boundary_errors(m,regs):
    errs=[]
    for l in m['labels']:
        best=None;bo=0
        for (s,e) in regs:
            o=min(l['endSeconds'],e)-max(l['startSeconds'],s)
            if o>bo: bo=o;best=(s,e)
        if best: errs+= [abs(best[0]-l['startSeconds']),abs(best[1]-l['endSeconds'])]
    return np.median(errs) if errs else float('nan')


def dataset(dirs):
    out = []
    for d in dirs:
        for meta in sorted(glob.glob(d + '/condition-*.json')):
            path = meta[:-5] + '.inputs.bin'
            if not os.path.exists(path):
                continue
            m = json.load(open(meta))
            X = np.fromfile(path, dtype=np.float32).reshape(-1, INPUTS).astype(np.float64)
            out.append((m['name'], X, labels_mask(m, len(X)), m))
    return out

R = 'test-output/'
tr = dataset([R + 'speech-training-set', R + 'speech-training-set-music', R + 'speech-training-set-music2', R + 'speech-training-set-other-beds', R + 'speech-training-bursts'])
te = dataset([R + 'speech-test-set', R + 'speech-test-set/hard', R + 'speech-test-set/low-level', R + 'speech-test-set/more-beds'])
H=int(sys.argv[1]) if len(sys.argv)>1 else 12
X=np.concatenate([x for _,x,_,_ in tr]); Y=np.concatenate([m for _,_,m,_ in tr]).astype(float)
mu=X.mean(0); sd=X.std(0)+1e-6
Xn=(X-mu)/sd
rng=np.random.default_rng(1)
d=X.shape[1]
W1=rng.normal(0,1/np.sqrt(d),(d,H)); b1=np.zeros(H); W2=rng.normal(0,1/np.sqrt(H),H); b2=0.0
params=[W1,b1,W2,np.array([b2])]
m_=[np.zeros_like(p) for p in params]; v_=[np.zeros_like(p) for p in params]
lr=0.01; n=len(Xn)
def fwd(Xn,params):
    W1,b1,W2,b2=params
    h=np.tanh(Xn@W1+b1); z=h@W2+b2[0]; return h,1/(1+np.exp(-z))
ITERS=int(sys.argv[2]) if len(sys.argv)>2 else 3000
for it in range(ITERS):
    lr=0.01 if it<ITERS*0.6 else 0.003
    idx=rng.integers(0,n,4096)
    x=Xn[idx]; y=Y[idx]
    W1,b1,W2,b2=params
    h,p=fwd(x,params)
    g=(p-y)/len(y)
    gW2=h.T@g; gb2=np.array([g.sum()])
    gh=np.outer(g,W2)*(1-h**2)
    gW1=x.T@gh; gb1=gh.sum(0)
    grads=[gW1+1e-4*W1,gb1,gW2+1e-4*W2,gb2]
    for i,(p_,g_) in enumerate(zip(params,grads)):
        m_[i]=0.9*m_[i]+0.1*g_; v_[i]=0.999*v_[i]+0.001*g_**2
        p_-= lr*(m_[i]/(1-0.9**(it+1)))/(np.sqrt(v_[i]/(1-0.999**(it+1)))+1e-8)
def detect(p,open_=0.6,close=0.4,hold=round(0.3/HOP),confirm=max(1,round(0.03/HOP)),minlen=round(0.1/HOP)):
    det=np.zeros(len(p),bool); i=0; n=len(p); state=False; run=0; start=0; last=0
    for t in range(n):
        if not state:
            run = run+1 if p[t]>open_ else 0
            if run>=confirm:
                s=t-confirm+1
                while s>0 and p[s-1]>close and s>t-hold: s-=1
                state=True; start=s; last=t; run=0
        else:
            if p[t]>close: last=t
            elif t-last>hold:
                if last+1-start>=minlen: det[start:last+1]=True
                state=False
    if state and last+1-start>=minlen: det[start:last+1]=True
    return det
pickle.dump((mu,sd,params),open(sys.argv[3] if len(sys.argv)>3 else '/tmp/proto/model.pkl','wb'))
_,ptr=fwd(Xn,params); print('train acc', ((ptr>0.5)==Y).mean())
for name,x,mask,m in te:
    _,p=fwd((x-mu)/sd,params)
    det=detect(p)
    regs=regions_from(det)
    print('%-45s frame-acc %.3f F1 %.3f med %.0f ms regions %d'%(name[:45],((p>0.5)==mask).mean(),f1(mask,det),1000*boundary_errors(m,regs),len(regs)))
